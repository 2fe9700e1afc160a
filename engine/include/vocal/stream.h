/*
 * stream.h - a byte stream over a file or stdin that inflates gzip
 * transparently.
 *
 * gzip is detected by its magic bytes (1f 8b), never by file name. Every
 * member of a multi-member gzip file is inflated in order. Plain input passes
 * through untouched. Inflate uses ISA-L's igzip when vocal was built with it
 * (VOCAL_WITH_ISAL) unless the environment variable VOCAL_INFLATE=zlib asks
 * for zlib; zlib is always compiled in as the fallback.
 *
 * Errors are sticky (as htslib's bgzf errcode): once a read fails (I/O error,
 * corrupt deflate data, CRC or length mismatch, stream truncated inside a
 * member), every later read returns the same negative status, and
 * vc_stream_error() keeps the message. A truncated gzip is never reported as
 * a clean end of file. Bytes after the last complete member that do not start
 * a new member are not an error: reading stops there and
 * vc_stream_warning() says how many bytes were ignored.
 *
 * Ownership: the stream owns its file descriptor (except stdin, which it does
 * not close) and its buffers. One thread at a time.
 */
#ifndef VOCAL_STREAM_H
#define VOCAL_STREAM_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "vocal/status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct vc_stream vc_stream;

/* Open `path` ("-" = stdin). On failure returns VC_ERR_IO with
 * "PATH: strerror" in err and sets *out = NULL. */
vc_status vc_stream_open(const char *path, vc_stream **out, vc_error *err);

/* Open over a caller-owned memory buffer (tests, fuzzing). The buffer must
 * outlive the stream. `name` is used in messages. */
vc_status vc_stream_open_mem(const char *name, const void *data, size_t len,
                             vc_stream **out, vc_error *err);

void vc_stream_free(vc_stream *s); /* accepts NULL */

/* Read up to `cap` decompressed bytes into buf. Returns the number of bytes
 * read (> 0), 0 at a clean end of stream, or a negative vc_status on error
 * (sticky; message in err and in vc_stream_error()). Short reads are normal. */
ssize_t vc_stream_read(vc_stream *s, void *buf, size_t cap, vc_error *err);

const char *vc_stream_name(const vc_stream *s);
int vc_stream_is_gzip(const vc_stream *s);
/* "plain", "zlib" or "isa-l". */
const char *vc_stream_backend(const vc_stream *s);
uint64_t vc_stream_bytes_in(const vc_stream *s);  /* raw bytes consumed */
uint64_t vc_stream_bytes_out(const vc_stream *s); /* bytes delivered */
/* Size of the underlying file when it is a regular file, else -1. */
int64_t vc_stream_size_hint(const vc_stream *s);
unsigned vc_stream_members(const vc_stream *s); /* gzip members completed */
vc_status vc_stream_status(const vc_stream *s);  /* sticky status */
const char *vc_stream_error(const vc_stream *s); /* "" when none */
const char *vc_stream_warning(const vc_stream *s); /* NULL when none */

#ifdef __cplusplus
}
#endif

#endif
