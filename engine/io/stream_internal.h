/*
 * stream_internal.h - the stream handle shared by stream.c (one inflater,
 * reading in order), gzmember.c (finding member starts for shares and
 * units) and pstream.c (a pool of inflate threads over units of a
 * multi-member gzip file, behind the same handle).
 *
 * The handle belongs to the thread that reads it. The pool's threads never
 * touch it: each inflates its unit with a stream of its own (a unit stream,
 * which reads the shared descriptor with pread) and hands the bytes over in
 * blocks; only the reading thread moves them into the handle's counters.
 */
#ifndef VOCAL_STREAM_INTERNAL_H
#define VOCAL_STREAM_INTERNAL_H

#include <signal.h>
#include <zlib.h>
#ifdef VOCAL_HAVE_ISAL
#include <isa-l/igzip_lib.h>
#endif

#include "vocal/stream.h"

#define VC_NO_OFFSET UINT64_MAX

/* The input buffer: VC_IN_CAP bytes read at a time, after the last
 * VC_IN_HISTORY consumed ones (ISA-L may hand back bytes it had buffered at
 * the end of a member by moving next_in backwards). */
#define VC_IN_CAP (256u * 1024u)
#define VC_IN_HISTORY 16

/* compressed bytes per unit of a parallel inflate, unless asked otherwise */
#define VC_STREAM_UNIT_DEFAULT (2u << 20)

/* gzip's two back ends, then the other compressed formats (decomp.c) */
enum { VC_B_PLAIN = 0, VC_B_ZLIB = 1, VC_B_ISAL = 2, VC_B_ZSTD = 3, VC_B_BZIP2 = 4, VC_B_XZ = 5, VC_B_LZMA = 6 };
#define VC_B_IS_GZIP(b) ((b) == VC_B_ZLIB || (b) == VC_B_ISAL)

typedef struct vc_decomp vc_decomp;

typedef struct vc_pinflate vc_pinflate;

struct vc_stream {
    char *name;
    int fd;
    int own_fd;
    const unsigned char *mem;
    size_t mem_len, mem_pos;
    /* a stream whose bytes come from a callback (vc_stream_open_pull) */
    vc_stream_pull_fn pull;
    void *pull_ctx;
    /* read with pread from file offset fpos (unit streams, and a stream
     * whose pool handed reading back), instead of read() */
    int pread_mode;
    uint64_t fpos;
    /* when set and non-zero, a read waiting for data gives up with
     * VC_ERR_INTERRUPTED (vc_stream_set_stop); written by a signal handler,
     * read by the thread that reads the stream */
    const volatile sig_atomic_t *stop;

    unsigned char *in;
    size_t in_pos, in_len;
    int in_eof;

    int backend;
    int member_open;
    z_stream z;
    int z_init;
#ifdef VOCAL_HAVE_ISAL
    struct inflate_state *isal;
    uint64_t member_out;
#endif
    vc_decomp *dec; /* zstd, bzip2, xz, lzma (decomp.c) */
    uint64_t bytes_in, bytes_out;
    unsigned members;
    int64_t size;
    /* a share of a file (vc_stream_open_members); share_count 0 otherwise */
    unsigned share_index, share_count;
    uint64_t start_off;  /* file offset of the first byte read */
    uint64_t member_off; /* file offset of the member being read */
    uint64_t stop_off;   /* where the next share starts, when has_stop */
    int has_stop;
    int done;
    vc_status status;
    char err[VC_ERROR_MSG_MAX];
    char warn[256];
    int has_warn;

    /* parallel inflate (pstream.c): asked for with
     * vc_stream_set_inflate_threads, running while par is set */
    unsigned par_threads;
    size_t par_unit;
    vc_pinflate *par;
    unsigned par_units;  /* units read from the pool so far */
    int par_handed_back; /* the pool handed reading back: stay in order */

    /* the transcoding stage above all of this (transcode_stage.c), set by
     * vc_stream_set_encoding; NULL: bytes are delivered as read */
    struct vc_tstage *tstage;
};

/* A stream over the bytes [at, stop) of a file, read with pread on `fd`
 * (which it does not own) and inflated with `backend`; `name` is borrowed
 * and must outlive it. `at` must start a member; the stream ends cleanly at
 * a member boundary at `stop` (VC_NO_OFFSET: the end of the file) and fails
 * otherwise. Byte counts are file offsets. NULL when out of memory or when
 * `at` does not start with the gzip magic. */
vc_stream *vc_stream_unit_open(const char *name, int fd, int backend, uint64_t at, uint64_t stop);

/* The same unit stream, its buffers and inflater reused, over [at, stop)
 * of the same file. 0, or -1 when the inflater cannot be reset. */
int vc_stream_unit_restart(vc_stream *s, uint64_t at, uint64_t stop);

/* gzmember.c: the first confirmed member start in [from, to) of the file,
 * with a short trial inflate, or VC_NO_OFFSET. 0, or -1 on a read or
 * memory error. The scratch buffers come from and go back to *ctx, which
 * vc_stream_probe_free releases. */
typedef struct vc_probe_ctx vc_probe_ctx;
int vc_stream_find_unit(int fd, vc_probe_ctx **ctx, uint64_t from, uint64_t to, uint64_t *found);
void vc_stream_probe_free(vc_probe_ctx *ctx);

/* gzmember.c: where share s->share_index of s->share_count of a file of
 * `size` bytes starts (s->start_off, s->member_off) and stops (s->stop_off,
 * s->has_stop), its size, and s->done when no member starts in it. */
vc_status vc_stream_find_share(vc_stream *s, uint64_t size, vc_error *err);

/* pread all of n bytes unless the file ends first; -1 on error */
ssize_t vc_pread_full(int fd, unsigned char *buf, size_t n, uint64_t off);

/* Go on reading s in order from file offset `at`, a member start, as if
 * everything before it had been read and held `members` members; the next
 * `skip` bytes of output are dropped (they were delivered already). */
void vc_stream_resume(vc_stream *s, uint64_t at, unsigned members, uint64_t skip, vc_error *err);

/* stream.c: fail the stream with a sticky status and "NAME: message" (in
 * a share, with the share and the member's byte offset; _at for messages
 * that already say where); refill the input buffer. Both return the
 * status. */
vc_status vc_stream_fail(vc_stream *s, vc_error *err, vc_status st, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
vc_status vc_stream_fail_at(vc_stream *s, vc_error *err, vc_status st, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
vc_status vc_stream_refill(vc_stream *s, vc_error *err);

/* inflate.c: the next output bytes of a gzip stream, > 0, 0 at its end,
 * or a negative status. */
ssize_t vc_inflate_read_zlib(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err);
#ifdef VOCAL_HAVE_ISAL
ssize_t vc_inflate_read_isal(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err);
#endif

/* The decompressed bytes, before any transcoding (stream.c); the
 * transcoding stage reads through it. */
ssize_t vc_stream_read_bytes(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err);
/* transcode_stage.c: read through the stage; free it. */
ssize_t vc_tstage_read(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err);
void vc_tstage_free(struct vc_tstage *g);
/* decomp.c: the back end (VC_B_ZSTD ...) whose magic starts the n bytes at
 * p, else VC_B_PLAIN; its name; its decoder's state, set up and released;
 * the next decoded bytes, > 0, 0 at the end, or a negative status. */
int vc_decomp_detect(const unsigned char *p, size_t n);
/* 1 when the n bytes at p may be the start of one of those magics */
int vc_decomp_prefix(const unsigned char *p, size_t n);
const char *vc_decomp_name(int backend);
vc_status vc_decomp_init(vc_stream *s, vc_error *err);
void vc_decomp_free(vc_stream *s);
ssize_t vc_decomp_read(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err);

/* Read in order, without counting bytes_out (stream.c). */
ssize_t vc_stream_read_seq(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err);

/* pstream.c: start the pool at file offset `at` (a member start, where the
 * handle's reading stands). 0, or -1 when it could not start (then nothing
 * changed). */
int vc_pinflate_start(vc_stream *s, uint64_t at);
/* Read from the pool: > 0 bytes, 0 at the end (the handle is done), or
 * VC_PINFLATE_SEQ when a unit failed and the handle now reads in order. */
#define VC_PINFLATE_SEQ (-1000)
ssize_t vc_pinflate_read(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err);
void vc_pinflate_free(vc_pinflate *p); /* accepts NULL; joins the threads */

#endif
