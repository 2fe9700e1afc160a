/*
 * stream.h - a byte stream over a file or stdin that decompresses gzip,
 * zstd, bzip2, xz and lzma transparently, and the list of file formats
 * vocal refuses (spreadsheets, columnar files, archives, PDF).
 *
 * gzip is detected by its magic bytes (1f 8b), never by file name. Every
 * member of a multi-member gzip file is inflated in order. Plain input passes
 * through untouched. Inflate uses ISA-L's igzip when vocal was built with it
 * (VOCAL_WITH_ISAL) unless the environment variable VOCAL_INFLATE=zlib asks
 * for zlib; zlib is always compiled in as the fallback.
 *
 * zstd, bzip2, xz and lzma-alone are detected by their magic bytes too and
 * read the same way: frames (zstd), streams (bzip2, xz; `cat a.bz2 b.bz2`,
 * pbzip2) one after another, zstd's skippable frames skipped, xz's stream
 * padding allowed, the same sticky VC_ERR_GZIP for a truncated or corrupt
 * one and the same warning for trailing data. Only gzip has shares and a
 * parallel inflate.
 *
 * Errors are sticky (as htslib's bgzf errcode): once a read fails (I/O error,
 * corrupt deflate data, CRC or length mismatch, stream truncated inside a
 * member), every later read returns the same negative status, and
 * vc_stream_error() keeps the message. A truncated gzip is never reported as
 * a clean end of file. Bytes after the last complete member that do not start
 * a new member are not an error: reading stops there and
 * vc_stream_warning() says how many bytes were ignored.
 *
 * Shares: vc_stream_open_members() reads one share of a multi-member gzip
 * file, so that N independent tasks can each process 1/N of one big file.
 * Share `index` of `count` holds the members whose first byte lies in the
 * compressed byte range [size*index/count, size*(index+1)/count); the shares
 * tile the file, each member is read by exactly one of them.
 *
 * Parallel inflate: vc_stream_set_inflate_threads() lets a pool of threads
 * inflate the rest of a multi-member gzip file ahead of the reader, in
 * units of about 2 MiB of whole members, in bounded memory. The reader
 * still gets exactly the bytes, counters, errors and warnings of reading in
 * order; only the speed differs (see pstream.c).
 *
 * Ownership: the stream owns its file descriptor (except stdin, which it does
 * not close), its buffers and its inflate threads, which it joins when it
 * ends or is freed. One thread at a time reads and frees it.
 */
#ifndef VOCAL_STREAM_H
#define VOCAL_STREAM_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "vocal/status.h"
#include "vocal/transcode.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_stream vc_stream;

/* Open `path` ("-" = stdin). On failure returns VC_ERR_IO with
 * "PATH: strerror" in err and sets *out = NULL. */
vc_status vc_stream_open(const char *path, vc_stream **out, vc_error *err);

/* vc_stream_open() that can be stopped: while *stop is 0 it behaves the
 * same; once *stop becomes non-zero (a signal handler sets it), the open or
 * a read waiting for data (a stalled pipe, a FIFO without writer) fails
 * with VC_ERR_INTERRUPTED ("NAME: interrupted") within
 * VC_STREAM_STOP_POLL_MS milliseconds, whichever thread got the signal.
 * `stop` must outlive the stream. */
#define VC_STREAM_STOP_POLL_MS 200
vc_status vc_stream_open_stop(const char *path, const volatile sig_atomic_t *stop, vc_stream **out,
                              vc_error *err);
/* The same for a stream already open (its later reads). */
void vc_stream_set_stop(vc_stream *s, const volatile sig_atomic_t *stop);

/* Open over a caller-owned memory buffer (tests, fuzzing). The buffer must
 * outlive the stream. `name` is used in messages. */
vc_status vc_stream_open_mem(const char *name, const void *data, size_t len,
                             vc_stream **out, vc_error *err);

/* Open over a producer: `pull` fills up to `cap` bytes of buf and returns
 * how many, 0 at the end, or a negative vc_status (the stream fails with
 * it). The bytes are taken as they come (never inflated or decoded: no
 * compression is looked for), the size is unknown, and pull runs on the
 * thread that reads the stream. `name` is used in messages; ctx is
 * borrowed and must outlive the stream. */
typedef ssize_t (*vc_stream_pull_fn)(void *ctx, void *buf, size_t cap);
vc_status vc_stream_open_pull(const char *name, vc_stream_pull_fn pull, void *ctx, vc_stream **out,
                              vc_error *err);

/* Open the share `index` of `count` (0 <= index < count) of the gzip file
 * `path`: the members whose first byte lies in the compressed byte range
 * [size*index/count, size*(index+1)/count) of the file, inflated in order.
 * Shares tile the file: every member is read by exactly one share; a share
 * whose range holds no member start reads nothing (a clean, empty stream).
 * A member start is confirmed by inflating from it (see stream.c); one that
 * cannot be (a corrupt member, the last members before trailing data that
 * is not gzip) is read by the share before, so the tiling holds.
 * count == 1 is vc_stream_open(path). Otherwise returns VC_ERR_USAGE for
 * index >= count, count == 0, stdin ("-") or any file it cannot seek in,
 * and "PATH: --members needs a gzip file" for plain input; VC_ERR_IO when
 * the file cannot be opened or read. The last share reads to the end of the
 * file (trailing data warns as in vc_stream_open); the others end cleanly
 * where the next share's first member starts, and fail with VC_ERR_GZIP if
 * that offset turns out not to be a member boundary (see stream.c). */
vc_status vc_stream_open_members(const char *path, unsigned index, unsigned count,
                                 vc_stream **out, vc_error *err);

void vc_stream_free(vc_stream *s); /* accepts NULL */

/* Inflate with up to `threads` threads (the reading thread only reads) from
 * the next member boundary on, in units of about `unit_bytes` compressed
 * bytes (0: 2 MiB). The pool starts only once the first member has ended
 * and another starts right after it, in a regular file the stream opened
 * itself, with at least two units left; otherwise, and for threads <= 1,
 * plain input, stdin and memory, reading stays as it was and no thread is
 * started. A member larger than the unit is inflated by one thread while
 * the others wait, in bounded memory. Call before a read; ignored while a
 * pool runs. A unit that fails (corrupt data, truncation, a member start
 * that was not one) hands reading back to the reading thread at the
 * unit's first byte, so errors come exactly where reading in order meets
 * them, with the same messages. */
void vc_stream_set_inflate_threads(vc_stream *s, unsigned threads, size_t unit_bytes);
/* Units read from a pool so far (0: the stream was read in order). */
unsigned vc_stream_inflate_units(const vc_stream *s);

/* Read up to `cap` decompressed bytes into buf. Returns the number of bytes
 * read (> 0), 0 at a clean end of stream, or a negative vc_status on error
 * (sticky; message in err and in vc_stream_error()). Short reads are normal. */
ssize_t vc_stream_read(vc_stream *s, void *buf, size_t cap, vc_error *err);

/* Deliver the decompressed bytes as UTF-8 (transcode.h): `encoding` NULL
 * reads a UTF-16 or UTF-32 byte order mark at the start and decodes that
 * encoding, else passes UTF-8 through and checks it; any other name is
 * decoded through iconv. Reads then return decoded bytes (bytes_out still
 * counts them as decompressed). Call before the first read; VC_ERR_USAGE
 * for an encoding iconv does not know, VC_ERR_NOMEM. */
vc_status vc_stream_set_encoding(vc_stream *s, const char *encoding, vc_error *err);
/* What the stage has seen so far (valid once the stream was read from):
 * 0, or -1 when no encoding was set. */
int vc_stream_transcode_info(const vc_stream *s, vc_transcode_info *info);

const char *vc_stream_name(const vc_stream *s);
int vc_stream_is_gzip(const vc_stream *s);
/* "plain", "zlib" or "isa-l" (gzip), "zstd", "bzip2", "xz" or "lzma". */
const char *vc_stream_backend(const vc_stream *s);
/* The compressed format: "gzip", "zstd", "bzip2", "xz", "lzma"; NULL for
 * plain input. */
const char *vc_stream_compression(const vc_stream *s);
/* Raw bytes consumed; for a share, from its start offset. */
uint64_t vc_stream_bytes_in(const vc_stream *s);
uint64_t vc_stream_bytes_out(const vc_stream *s); /* bytes delivered */
/* Size of the underlying file when it is a regular file, else -1. For a
 * share, the compressed bytes it spans (0 when it reads nothing). */
int64_t vc_stream_size_hint(const vc_stream *s);
/* Compressed offset of the first member the stream reads (0 for a whole
 * file; for a share that reads nothing, the end of its byte range). */
uint64_t vc_stream_start_offset(const vc_stream *s);
unsigned vc_stream_members(const vc_stream *s); /* gzip members completed */
/* Frames (zstd, skippable ones not counted) or streams (bzip2, xz, lzma)
 * completed; gzip members for gzip. */
unsigned vc_stream_frames(const vc_stream *s);
vc_status vc_stream_status(const vc_stream *s);  /* sticky status */
const char *vc_stream_error(const vc_stream *s); /* "" when none */
const char *vc_stream_warning(const vc_stream *s); /* NULL when none */

/* A file format vocal does not read (a spreadsheet, a columnar file, an
 * archive, a PDF), recognised from its first bytes. `name` is short
 * ("xlsx"), `what` is a noun phrase ("an Excel workbook (xlsx)"), `advice`
 * says how to get CSV out of it. Static strings. */
typedef struct vc_binary_format {
    const char *name;
    const char *what;
    const char *advice;
} vc_binary_format;

/* The binary format whose signature starts the `len` bytes at `data` (the
 * first bytes of a file, after decompression; 64 KiB are enough for every
 * signature, fewer may miss the finer ones, such as xlsx inside a zip),
 * or NULL when none does. Text never matches. */
const vc_binary_format *vc_binary_format_detect(const void *data, size_t len);

/* VC_OK when the first bytes `data` of input `path` are not a known binary
 * format; otherwise VC_ERR_USAGE with "PATH: this is WHAT, not CSV[ (inside
 * COMPRESSION compression)]; ADVICE" in err. `compression` is
 * vc_stream_compression() of its stream, or NULL. */
vc_status vc_binary_format_refuse(const char *path, const void *data, size_t len, const char *compression,
                                  vc_error *err);

VC_API_END

#endif
