/*
 * stream.c - bytes from a file, stdin or memory, inflated when they are gzip.
 *
 * Detection looks at the first two bytes (1f 8b), never at the file name.
 * A gzip file is a sequence of members (RFC 1952 section 2.2): `cat a.gz
 * b.gz`, pigz -i and bgzip all produce several. After each member ends we
 * look at what follows: another magic starts the next member, the end of
 * input ends the stream cleanly, anything else is trailing data that gzip(1)
 * also ignores with a warning, and so do we (vc_stream_warning).
 *
 * Two inflaters with one behaviour (inflate.c): ISA-L's igzip (about 3x
 * zlib on x86-64) when built with it, zlib otherwise or when
 * VOCAL_INFLATE=zlib. This file chooses one, owns the input buffer they
 * read through, and keeps the sticky status they fail with.
 *
 * zstd, bzip2, xz and lzma-alone are recognised the same way, by their
 * first bytes (up to VC_MAGIC_MAX of them), and read through decomp.c with
 * the same input buffer, errors and trailing-data warning. Shares and the
 * parallel inflate stay gzip's alone: the other formats are read in order.
 *
 * Errors are sticky: once a read fails, every later read returns the same
 * status, so a caller that only checks at the end still sees it. End of
 * input inside a member is an error (truncated), never a clean EOF.
 *
 * Shares (vc_stream_open_members) and the units of a parallel inflate
 * start where gzmember.c finds a member start; this file opens the share
 * there and stops it at the next share's start.
 *
 * Parallel inflate (pstream.c). With vc_stream_set_inflate_threads, a
 * stream that has read its first member and finds another right after it
 * hands the rest of the file (or share) to a pool of threads at that
 * boundary; vc_stream_read then copies the pool's blocks out. The pool's
 * unit streams are ordinary streams here, reading with pread from a given
 * offset to a given stop (the same test as a share's stop), and a unit
 * start is found with the share scan and a shorter trial inflate
 * (UNIT_LIMITS, gzmember.c). When a unit fails, vc_stream_resume puts this stream back
 * to reading in order from the unit's first byte, so every error and count
 * comes from the code above.
 *
 * Stopping. A stream opened with a stop flag (vc_stream_open_stop) waits
 * for data with poll() in steps of VC_STREAM_STOP_POLL_MS and looks at the
 * flag between them, so a read blocked on a stalled pipe ends soon after a
 * signal even when the signal went to another thread (which is why a
 * handler without SA_RESTART and EINTR alone are not enough). Regular files
 * are always readable, so they pay one poll() per refill and nothing else.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stream_internal.h"

/* The message is "NAME: ..."; in a share, `located` 0 adds which share and
 * the byte offset of the member, since member numbers count from the
 * share's start. */
static vc_status fail_v(vc_stream *s, vc_error *err, vc_status st, int located, const char *fmt, va_list ap)
{
    if (!s->status) {
        s->status = st;
        size_t n = (size_t)snprintf(s->err, sizeof s->err, "%s: ", s->name);
        if (n < sizeof s->err)
            n += (size_t)vsnprintf(s->err + n, sizeof s->err - n, fmt, ap);
        if (!located && s->share_count > 1 && n < sizeof s->err)
            snprintf(s->err + n, sizeof s->err - n, " (share %u/%u, member at byte %llu)", s->share_index,
                     s->share_count, (unsigned long long)s->member_off);
    }
    if (err) {
        err->status = s->status;
        snprintf(err->msg, sizeof err->msg, "%s", s->err);
    }
    return s->status;
}

vc_status vc_stream_fail(vc_stream *s, vc_error *err, vc_status st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vc_status r = fail_v(s, err, st, 0, fmt, ap);
    va_end(ap);
    return r;
}

/* vc_stream_fail() for messages that already say where they are */
vc_status vc_stream_fail_at(vc_stream *s, vc_error *err, vc_status st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vc_status r = fail_v(s, err, st, 1, fmt, ap);
    va_end(ap);
    return r;
}

/* With a stop flag: wait until the descriptor has data (or its end, or an
 * error for read() to report), looking at the flag every
 * VC_STREAM_STOP_POLL_MS; VC_ERR_INTERRUPTED once it is set. */
static vc_status wait_readable(vc_stream *s, vc_error *err)
{
    for (;;) {
        if (*s->stop)
            return vc_stream_fail(s, err, VC_ERR_INTERRUPTED, "interrupted");
        struct pollfd pfd = {.fd = s->fd, .events = POLLIN};
        int r = poll(&pfd, 1, VC_STREAM_STOP_POLL_MS);
        if (r > 0 || (r < 0 && errno != EINTR))
            return VC_OK;
    }
}

/* Refill the input buffer, keeping the unconsumed bytes and the last
 * VC_IN_HISTORY consumed ones: at the end of a member ISA-L hands back bytes it
 * had buffered by moving next_in backwards, and those must still be there.
 * Returns 0, or a status. */
vc_status vc_stream_refill(vc_stream *s, vc_error *err)
{
    size_t keep = s->in_pos < VC_IN_HISTORY ? s->in_pos : VC_IN_HISTORY;
    size_t from = s->in_pos - keep;
    if (from > 0) {
        memmove(s->in, s->in + from, s->in_len - from);
        s->in_len -= from;
        s->in_pos = keep;
    }
    if (s->in_eof || s->in_len == VC_IN_CAP + VC_IN_HISTORY)
        return VC_OK;
    if (s->pull) {
        ssize_t n = s->pull(s->pull_ctx, s->in + s->in_len, VC_IN_CAP + VC_IN_HISTORY - s->in_len);
        if (n < 0)
            return vc_stream_fail(s, err, (vc_status)n, "%s", vc_strerror((vc_status)n));
        s->in_len += (size_t)n;
        s->bytes_in += (uint64_t)n;
        if (n == 0)
            s->in_eof = 1;
        return VC_OK;
    }
    if (s->mem) {
        size_t n = s->mem_len - s->mem_pos;
        if (n > VC_IN_CAP + VC_IN_HISTORY - s->in_len)
            n = VC_IN_CAP + VC_IN_HISTORY - s->in_len;
        memcpy(s->in + s->in_len, s->mem + s->mem_pos, n);
        s->mem_pos += n;
        s->in_len += n;
        s->bytes_in += n;
        if (n == 0)
            s->in_eof = 1;
        return VC_OK;
    }
    for (;;) {
        if (s->stop && !s->pread_mode) {
            vc_status st = wait_readable(s, err);
            if (st)
                return st;
        }
        size_t want = VC_IN_CAP + VC_IN_HISTORY - s->in_len;
        ssize_t n = s->pread_mode ? pread(s->fd, s->in + s->in_len, want, (off_t)s->fpos)
                                  : read(s->fd, s->in + s->in_len, want);
        if (n < 0 && errno == EINTR && s->stop && *s->stop)
            return vc_stream_fail(s, err, VC_ERR_INTERRUPTED, "interrupted");
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return vc_stream_fail(s, err, VC_ERR_IO, "read error: %s", strerror(errno));
        if (n == 0)
            s->in_eof = 1;
        s->in_len += (size_t)n;
        s->bytes_in += (uint64_t)n;
        s->fpos += (uint64_t)n;
        return VC_OK;
    }
}

/* ISA-L when built with it, unless VOCAL_INFLATE=zlib */
static int gzip_backend(void)
{
#ifdef VOCAL_HAVE_ISAL
    const char *force = getenv("VOCAL_INFLATE");
    if (!force || strcmp(force, "zlib") != 0)
        return VC_B_ISAL;
#endif
    return VC_B_ZLIB;
}

/* the most first bytes a magic needs (lzma-alone's header) */
#define VC_MAGIC_MAX 13

/* Allocate the buffers, look at the first bytes and set up the inflater:
 * for gzip, `backend` when it is not VC_B_PLAIN, else the one gzip_backend
 * chooses; for the other compressed formats, their decoder (decomp.c). */
static vc_status start(vc_stream *s, int backend, vc_error *err)
{
    s->in = malloc(VC_IN_CAP + VC_IN_HISTORY);
    if (!s->in)
        return vc_stream_fail(s, err, VC_ERR_NOMEM, "out of memory");
    /* two bytes tell gzip; more only while they may start another magic,
     * so a pipe that sent "id,text\n" is not waited on for more */
    while ((s->in_len < 2 || (s->in_len < VC_MAGIC_MAX && vc_decomp_prefix(s->in, s->in_len))) && !s->in_eof) {
        vc_status st = vc_stream_refill(s, err);
        if (st)
            return st;
    }
    int other = backend == VC_B_PLAIN ? vc_decomp_detect(s->in, s->in_len) : VC_B_PLAIN;
    if (other != VC_B_PLAIN) {
        s->backend = other;
        return vc_decomp_init(s, err);
    }
    if (s->in_len >= 2 && s->in[0] == 0x1f && s->in[1] == 0x8b) {
        s->backend = backend != VC_B_PLAIN ? backend : gzip_backend();
#ifdef VOCAL_HAVE_ISAL
        if (s->backend == VC_B_ISAL) {
            s->isal = malloc(sizeof *s->isal);
            if (!s->isal)
                return vc_stream_fail(s, err, VC_ERR_NOMEM, "out of memory");
        }
#endif
        if (s->backend == VC_B_ZLIB) {
            memset(&s->z, 0, sizeof s->z);
            if (inflateInit2(&s->z, 16 + MAX_WBITS) != Z_OK)
                return vc_stream_fail(s, err, VC_ERR_NOMEM, "cannot initialise zlib");
            s->z_init = 1;
        }
    }
    return VC_OK;
}

static vc_stream *alloc_stream(const char *name)
{
    vc_stream *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->name = strdup(name);
    s->fd = -1;
    s->size = -1;
    if (!s->name) {
        free(s);
        return NULL;
    }
    return s;
}

vc_status vc_stream_open_pull(const char *name, vc_stream_pull_fn pull, void *ctx, vc_stream **out,
                              vc_error *err)
{
    *out = NULL;
    vc_stream *s = alloc_stream(name);
    if (!s || !(s->in = malloc(VC_IN_CAP + VC_IN_HISTORY))) {
        vc_stream_free(s);
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    }
    s->pull = pull;
    s->pull_ctx = ctx;
    s->backend = VC_B_PLAIN;
    *out = s;
    return VC_OK;
}

/* Open the file `path` into s: fd, and size when it is a regular file. */
static vc_status open_path(vc_stream *s, const char *path, vc_error *err)
{
    s->fd = open(path, O_RDONLY);
    if (s->fd < 0 && errno == EINTR && s->stop && *s->stop) /* a FIFO without writer */
        return vc_error_set(err, VC_ERR_INTERRUPTED, "%s: interrupted", path);
    if (s->fd < 0)
        return vc_error_set(err, VC_ERR_IO, "%s: %s", path, strerror(errno));
    s->own_fd = 1;
    struct stat stt;
    if (fstat(s->fd, &stt) == 0) {
        if (S_ISDIR(stt.st_mode))
            return vc_error_set(err, VC_ERR_IO, "%s: is a directory", path);
        if (S_ISREG(stt.st_mode))
            s->size = (int64_t)stt.st_size;
    }
#ifdef POSIX_FADV_SEQUENTIAL
    posix_fadvise(s->fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    return VC_OK;
}

vc_status vc_stream_open(const char *path, vc_stream **out, vc_error *err)
{
    return vc_stream_open_stop(path, NULL, out, err);
}

void vc_stream_set_stop(vc_stream *s, const volatile sig_atomic_t *stop) { s->stop = stop; }

vc_status vc_stream_open_stop(const char *path, const volatile sig_atomic_t *stop, vc_stream **out,
                              vc_error *err)
{
    *out = NULL;
    vc_stream *s = alloc_stream(strcmp(path, "-") == 0 ? "<stdin>" : path);
    if (!s)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    s->stop = stop;
    if (strcmp(path, "-") == 0) {
        s->fd = STDIN_FILENO;
    } else {
        vc_status st = open_path(s, path, err);
        if (st) {
            vc_stream_free(s);
            return st;
        }
    }
    vc_status st = start(s, VC_B_PLAIN, err);
    if (st) {
        vc_stream_free(s);
        return st;
    }
    *out = s;
    return VC_OK;
}

vc_status vc_stream_open_mem(const char *name, const void *data, size_t len, vc_stream **out, vc_error *err)
{
    *out = NULL;
    vc_stream *s = alloc_stream(name);
    if (!s)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    s->mem = data ? data : (const unsigned char *)"";
    s->mem_len = len;
    s->size = (int64_t)len;
    vc_status st = start(s, VC_B_PLAIN, err);
    if (st) {
        vc_stream_free(s);
        return st;
    }
    *out = s;
    return VC_OK;
}

vc_status vc_stream_open_members(const char *path, unsigned index, unsigned count, vc_stream **out,
                                 vc_error *err)
{
    *out = NULL;
    if (count == 0)
        return vc_error_set(err, VC_ERR_USAGE, "%s: a file splits into at least 1 share, not 0", path);
    if (index >= count)
        return vc_error_set(err, VC_ERR_USAGE, "%s: there is no share %u of %u (shares run from 0 to %u)", path,
                            index, count, count - 1);
    if (count == 1)
        return vc_stream_open(path, out, err);
    if (strcmp(path, "-") == 0)
        return vc_error_set(err, VC_ERR_USAGE, "<stdin>: --members needs a file, standard input cannot seek");
    vc_stream *s = alloc_stream(path);
    if (!s)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    s->share_index = index;
    s->share_count = count;
    vc_status st = open_path(s, path, err);
    unsigned char magic[2];
    ssize_t n = 0;
    if (!st && s->size < 0)
        st = vc_error_set(err, VC_ERR_USAGE, "%s: --members needs a regular file, it seeks in it", path);
    if (!st && (n = vc_pread_full(s->fd, magic, 2, 0)) < 0)
        st = vc_error_set(err, VC_ERR_IO, "%s: read error: %s", path, strerror(errno));
    if (!st && (n < 2 || magic[0] != 0x1f || magic[1] != 0x8b))
        st = vc_error_set(err, VC_ERR_USAGE, "%s: --members needs a gzip file", path);
    if (!st)
        st = vc_stream_find_share(s, (uint64_t)s->size, err);
    if (!st && s->done) { /* no member starts in this share's range */
        s->backend = gzip_backend();
        *out = s;
        return VC_OK;
    }
    if (!st && lseek(s->fd, (off_t)s->start_off, SEEK_SET) < 0)
        st = vc_error_set(err, VC_ERR_IO, "%s: cannot seek to byte %llu: %s", path,
                          (unsigned long long)s->start_off, strerror(errno));
    if (!st)
        st = start(s, VC_B_PLAIN, err);
    if (st) {
        vc_stream_free(s);
        return st;
    }
    *out = s;
    return VC_OK;
}

/* ---- units of a parallel inflate (pstream.c) ---- */

vc_stream *vc_stream_unit_open(const char *name, int fd, int backend, uint64_t at, uint64_t stop)
{
    vc_stream *s = alloc_stream(name);
    if (!s)
        return NULL;
    s->fd = fd;
    s->pread_mode = 1;
    s->fpos = at;
    s->bytes_in = at; /* start_off 0: byte counts are file offsets */
    s->member_off = at;
    s->stop_off = stop;
    s->has_stop = stop != VC_NO_OFFSET;
    if (start(s, backend, NULL) || s->backend != backend) {
        vc_stream_free(s);
        return NULL;
    }
    return s;
}

int vc_stream_unit_restart(vc_stream *s, uint64_t at, uint64_t stop)
{
    s->fpos = at;
    s->in_pos = s->in_len = 0;
    s->in_eof = 0;
    s->bytes_in = at;
    s->member_off = at;
    s->stop_off = stop;
    s->has_stop = stop != VC_NO_OFFSET;
    s->members = 0;
    s->member_open = 0;
    s->done = 0;
    s->status = VC_OK;
    s->err[0] = 0;
    s->has_warn = 0;
    return s->z_init && inflateReset(&s->z) != Z_OK ? -1 : 0;
}

void vc_stream_resume(vc_stream *s, uint64_t at, unsigned members, uint64_t skip, vc_error *err)
{
    s->pread_mode = 1;
    s->fpos = at;
    s->in_pos = s->in_len = 0;
    s->in_eof = 0;
    s->bytes_in = at - s->start_off;
    s->member_off = at;
    s->members = members;
    s->member_open = 0;
    s->done = 0;
    if (s->z_init && inflateReset(&s->z) != Z_OK) {
        vc_stream_fail(s, err, VC_ERR_GZIP, "cannot reset zlib");
        return;
    }
    unsigned char *tmp = skip ? malloc(VC_IN_CAP) : NULL;
    if (skip && !tmp) {
        vc_stream_fail(s, err, VC_ERR_NOMEM, "out of memory");
        return;
    }
    while (skip > 0) {
        ssize_t n = vc_stream_read_seq(s, tmp, skip < VC_IN_CAP ? (size_t)skip : VC_IN_CAP, err);
        if (n <= 0)
            break;
        skip -= (uint64_t)n;
    }
    free(tmp);
}

void vc_stream_set_inflate_threads(vc_stream *s, unsigned threads, size_t unit_bytes)
{
    if (s->par)
        return;
    s->par_threads = threads;
    s->par_unit = unit_bytes ? unit_bytes : VC_STREAM_UNIT_DEFAULT;
}

unsigned vc_stream_inflate_units(const vc_stream *s) { return s->par_units; }

/* At a member boundary, with threads asked for: hand the rest of the file
 * to a pool (pstream.c) when it is worth it. A stream qualifies once its
 * first member has ended and another starts right after it (so a
 * single-member file never starts a thread), it reads a regular file it
 * opened itself (not stdin, not memory), and at least two units are left. */
static void maybe_parallel(vc_stream *s)
{
    uint64_t at = s->start_off + vc_stream_bytes_in(s);
    uint64_t end = s->has_stop ? s->stop_off : s->start_off + (uint64_t)s->size;
    if (s->members == 0)
        return; /* ask again after the first member */
    s->par_threads = !VC_B_IS_GZIP(s->backend) || !s->own_fd || s->size < 0 || s->par_handed_back ||
                             at >= end || end - at < 2 * (uint64_t)s->par_unit
                         ? 0
                         : s->par_threads;
    if (s->par_threads <= 1)
        return;
    unsigned char m[3];
    if (s->in_len - s->in_pos >= 3)
        memcpy(m, s->in + s->in_pos, 3);
    else if (vc_pread_full(s->fd, m, 3, at) != 3)
        m[0] = 0;
    if (m[0] != 0x1f || m[1] != 0x8b || m[2] != 8 || vc_pinflate_start(s, at) != 0)
        s->par_threads = 0; /* the end, trailing data, an error: all read in order */
}

void vc_stream_free(vc_stream *s)
{
    if (!s)
        return;
    vc_pinflate_free(s->par);
    vc_tstage_free(s->tstage);
    if (s->own_fd && s->fd >= 0)
        close(s->fd);
    if (s->z_init)
        inflateEnd(&s->z);
#ifdef VOCAL_HAVE_ISAL
    free(s->isal);
#endif
    vc_decomp_free(s);
    free(s->in);
    free(s->name);
    free(s);
}

ssize_t vc_stream_read_seq(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err)
{
    if (s->status)
        return vc_stream_fail(s, err, s->status, "%s", "");
    if (s->done || cap == 0)
        return 0;
    ssize_t n;
    if (s->backend == VC_B_PLAIN) {
        if (s->in_pos == s->in_len) {
            if (s->in_eof) {
                s->done = 1;
                return 0;
            }
            vc_status st = vc_stream_refill(s, err);
            if (st)
                return st;
            if (s->in_pos == s->in_len) {
                s->done = 1;
                return 0;
            }
        }
        size_t k = s->in_len - s->in_pos;
        if (k > cap)
            k = cap;
        memcpy(buf, s->in + s->in_pos, k);
        s->in_pos += k;
        n = (ssize_t)k;
    }
#ifdef VOCAL_HAVE_ISAL
    else if (s->backend == VC_B_ISAL)
        n = vc_inflate_read_isal(s, buf, cap, err);
#endif
    else if (s->backend == VC_B_ZLIB)
        n = vc_inflate_read_zlib(s, buf, cap, err);
    else
        n = vc_decomp_read(s, buf, cap, err);
    return n;
}

ssize_t vc_stream_read(vc_stream *s, void *buf, size_t cap, vc_error *err)
{
    return s->tstage ? vc_tstage_read(s, buf, cap, err) : vc_stream_read_bytes(s, buf, cap, err);
}

ssize_t vc_stream_read_bytes(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err)
{
    if (s->status)
        return vc_stream_fail(s, err, s->status, "%s", "");
    if (s->done || cap == 0)
        return 0;
    if (s->par_threads > 1 && !s->par && !s->member_open)
        maybe_parallel(s);
    ssize_t n = VC_PINFLATE_SEQ;
    if (s->par)
        n = vc_pinflate_read(s, buf, cap, err);
    if (n == VC_PINFLATE_SEQ)
        n = vc_stream_read_seq(s, buf, cap, err);
    if (n > 0)
        s->bytes_out += (uint64_t)n;
    return n;
}

const char *vc_stream_name(const vc_stream *s) { return s->name; }
int vc_stream_is_gzip(const vc_stream *s) { return VC_B_IS_GZIP(s->backend); }
const char *vc_stream_backend(const vc_stream *s)
{
    return s->backend == VC_B_ISAL ? "isa-l" : s->backend == VC_B_ZLIB ? "zlib" : s->backend == VC_B_PLAIN ? "plain"
                                                                                : vc_decomp_name(s->backend);
}
const char *vc_stream_compression(const vc_stream *s)
{
    return VC_B_IS_GZIP(s->backend) ? "gzip" : s->backend == VC_B_PLAIN ? NULL : vc_decomp_name(s->backend);
}
uint64_t vc_stream_bytes_in(const vc_stream *s) { return s->bytes_in - (s->in_len - s->in_pos); }
uint64_t vc_stream_bytes_out(const vc_stream *s) { return s->bytes_out; }
int64_t vc_stream_size_hint(const vc_stream *s) { return s->size; }
uint64_t vc_stream_start_offset(const vc_stream *s) { return s->start_off; }
unsigned vc_stream_members(const vc_stream *s) { return VC_B_IS_GZIP(s->backend) ? s->members : 0; }
unsigned vc_stream_frames(const vc_stream *s) { return s->members; }
vc_status vc_stream_status(const vc_stream *s) { return s->status; }
const char *vc_stream_error(const vc_stream *s) { return s->err; }
const char *vc_stream_warning(const vc_stream *s) { return s->has_warn ? s->warn : NULL; }
