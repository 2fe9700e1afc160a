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
 * Two inflaters with one behaviour: ISA-L's igzip (about 3x zlib on x86-64)
 * when built with it, zlib otherwise or when VOCAL_INFLATE=zlib. Both verify
 * the CRC-32 and the length (ISIZE) of every member; for ISA-L, which checks
 * only the CRC, we compare ISIZE ourselves.
 *
 * Errors are sticky: once a read fails, every later read returns the same
 * status, so a caller that only checks at the end still sees it. End of
 * input inside a member is an error (truncated), never a clean EOF.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#ifdef VOCAL_HAVE_ISAL
#include <isa-l/igzip_lib.h>
#endif

#include "vocal/stream.h"

#define IN_CAP (256u * 1024u)

enum { B_PLAIN = 0, B_ZLIB = 1, B_ISAL = 2 };

struct vc_stream {
    char *name;
    int fd;
    int own_fd;
    const unsigned char *mem;
    size_t mem_len, mem_pos;

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
    uint64_t bytes_in, bytes_out;
    unsigned members;
    int64_t size;
    int done;
    vc_status status;
    char err[VC_ERROR_MSG_MAX];
    char warn[256];
    int has_warn;
};

static vc_status fail(vc_stream *s, vc_error *err, vc_status st, const char *fmt, ...)
{
    if (!s->status) {
        s->status = st;
        va_list ap;
        va_start(ap, fmt);
        int n = snprintf(s->err, sizeof s->err, "%s: ", s->name);
        if (n > 0 && (size_t)n < sizeof s->err)
            vsnprintf(s->err + n, sizeof s->err - (size_t)n, fmt, ap);
        va_end(ap);
    }
    if (err) {
        err->status = s->status;
        snprintf(err->msg, sizeof err->msg, "%s", s->err);
    }
    return s->status;
}

/* Refill the input buffer, keeping the unconsumed bytes and the last
 * HISTORY consumed ones: at the end of a member ISA-L hands back bytes it
 * had buffered by moving next_in backwards, and those must still be there.
 * Returns 0, or a status. */
#define HISTORY 16
static vc_status refill(vc_stream *s, vc_error *err)
{
    size_t keep = s->in_pos < HISTORY ? s->in_pos : HISTORY;
    size_t from = s->in_pos - keep;
    if (from > 0) {
        memmove(s->in, s->in + from, s->in_len - from);
        s->in_len -= from;
        s->in_pos = keep;
    }
    if (s->in_eof || s->in_len == IN_CAP + HISTORY)
        return VC_OK;
    if (s->mem) {
        size_t n = s->mem_len - s->mem_pos;
        if (n > IN_CAP + HISTORY - s->in_len)
            n = IN_CAP + HISTORY - s->in_len;
        memcpy(s->in + s->in_len, s->mem + s->mem_pos, n);
        s->mem_pos += n;
        s->in_len += n;
        s->bytes_in += n;
        if (n == 0)
            s->in_eof = 1;
        return VC_OK;
    }
    for (;;) {
        ssize_t n = read(s->fd, s->in + s->in_len, IN_CAP + HISTORY - s->in_len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(s, err, VC_ERR_IO, "read error: %s", strerror(errno));
        if (n == 0)
            s->in_eof = 1;
        s->in_len += (size_t)n;
        s->bytes_in += (uint64_t)n;
        return VC_OK;
    }
}

static vc_status start(vc_stream *s, vc_error *err)
{
    s->in = malloc(IN_CAP + HISTORY);
    if (!s->in)
        return fail(s, err, VC_ERR_NOMEM, "out of memory");
    while (s->in_len < 2 && !s->in_eof) {
        vc_status st = refill(s, err);
        if (st)
            return st;
    }
    if (s->in_len >= 2 && s->in[0] == 0x1f && s->in[1] == 0x8b) {
        const char *force = getenv("VOCAL_INFLATE");
        s->backend = B_ZLIB;
#ifdef VOCAL_HAVE_ISAL
        if (!force || strcmp(force, "zlib") != 0) {
            s->backend = B_ISAL;
            s->isal = malloc(sizeof *s->isal);
            if (!s->isal)
                return fail(s, err, VC_ERR_NOMEM, "out of memory");
        }
#else
        (void)force;
#endif
        if (s->backend == B_ZLIB) {
            memset(&s->z, 0, sizeof s->z);
            if (inflateInit2(&s->z, 16 + MAX_WBITS) != Z_OK)
                return fail(s, err, VC_ERR_NOMEM, "cannot initialise zlib");
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

vc_status vc_stream_open(const char *path, vc_stream **out, vc_error *err)
{
    *out = NULL;
    vc_stream *s = alloc_stream(strcmp(path, "-") == 0 ? "<stdin>" : path);
    if (!s)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    if (strcmp(path, "-") == 0) {
        s->fd = STDIN_FILENO;
    } else {
        s->fd = open(path, O_RDONLY);
        if (s->fd < 0) {
            vc_status st = vc_error_set(err, VC_ERR_IO, "%s: %s", path, strerror(errno));
            vc_stream_free(s);
            return st;
        }
        s->own_fd = 1;
        struct stat stt;
        if (fstat(s->fd, &stt) == 0) {
            if (S_ISDIR(stt.st_mode)) {
                vc_status st = vc_error_set(err, VC_ERR_IO, "%s: is a directory", path);
                vc_stream_free(s);
                return st;
            }
            if (S_ISREG(stt.st_mode))
                s->size = (int64_t)stt.st_size;
        }
#ifdef POSIX_FADV_SEQUENTIAL
        posix_fadvise(s->fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    }
    vc_status st = start(s, err);
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
    vc_status st = start(s, err);
    if (st) {
        vc_stream_free(s);
        return st;
    }
    *out = s;
    return VC_OK;
}

void vc_stream_free(vc_stream *s)
{
    if (!s)
        return;
    if (s->own_fd && s->fd >= 0)
        close(s->fd);
    if (s->z_init)
        inflateEnd(&s->z);
#ifdef VOCAL_HAVE_ISAL
    free(s->isal);
#endif
    free(s->in);
    free(s->name);
    free(s);
}

/* Count (and consume) everything left, for the trailing-data warning. */
static void trailing(vc_stream *s, vc_error *err)
{
    uint64_t n = s->in_len - s->in_pos;
    int zeros = 1;
    for (size_t i = s->in_pos; i < s->in_len; i++)
        zeros &= s->in[i] == 0;
    s->in_pos = s->in_len;
    while (!s->in_eof) {
        if (refill(s, err))
            return;
        for (size_t i = s->in_pos; i < s->in_len; i++)
            zeros &= s->in[i] == 0;
        n += s->in_len - s->in_pos;
        s->in_pos = s->in_len;
    }
    snprintf(s->warn, sizeof s->warn, "%s: %llu bytes of %s after the last gzip member were ignored", s->name,
             (unsigned long long)n, zeros ? "zero padding" : "trailing data");
    s->has_warn = 1;
}

/* Before a member: returns 1 to start one, 0 at the clean end, <0 on error. */
static int next_member(vc_stream *s, vc_error *err)
{
    while (s->in_len - s->in_pos < 2 && !s->in_eof) {
        vc_status st = refill(s, err);
        if (st)
            return st;
    }
    size_t avail = s->in_len - s->in_pos;
    if (avail == 0)
        return s->members == 0 ? fail(s, err, VC_ERR_GZIP, "empty gzip stream") : 0;
    if (avail >= 2 && s->in[s->in_pos] == 0x1f && s->in[s->in_pos + 1] == 0x8b)
        return 1;
    if (s->members == 0)
        return fail(s, err, VC_ERR_GZIP, "not a gzip stream");
    trailing(s, err);
    return 0;
}

static ssize_t read_zlib_inner(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err)
{
    s->z.next_out = buf;
    s->z.avail_out = (uInt)(cap > UINT32_MAX ? UINT32_MAX : cap);
    while (s->z.avail_out == cap) {
        if (!s->member_open) {
            int r = next_member(s, err);
            if (r < 0)
                return r;
            if (r == 0) {
                s->done = 1;
                break;
            }
            if (s->members > 0 && inflateReset(&s->z) != Z_OK)
                return fail(s, err, VC_ERR_GZIP, "cannot reset zlib");
            s->member_open = 1;
        }
        if (s->in_pos == s->in_len) {
            vc_status st = refill(s, err);
            if (st)
                return st;
            if (s->in_pos == s->in_len)
                return fail(s, err, VC_ERR_GZIP,
                            "gzip stream truncated in member %u (after %llu compressed bytes)",
                            s->members + 1, (unsigned long long)s->bytes_in);
        }
        s->z.next_in = s->in + s->in_pos;
        s->z.avail_in = (uInt)(s->in_len - s->in_pos);
        int r = inflate(&s->z, Z_NO_FLUSH);
        s->in_pos = s->in_len - s->z.avail_in;
        if (r == Z_STREAM_END) {
            s->member_open = 0;
            s->members++;
        } else if (r == Z_NEED_DICT || r == Z_DATA_ERROR) {
            return fail(s, err, VC_ERR_GZIP, "corrupt gzip data in member %u: %s", s->members + 1,
                        s->z.msg ? s->z.msg : "invalid deflate data");
        } else if (r == Z_MEM_ERROR) {
            return fail(s, err, VC_ERR_NOMEM, "out of memory in zlib");
        } else if (r == Z_BUF_ERROR && s->in_eof && s->in_pos == s->in_len) {
            return fail(s, err, VC_ERR_GZIP, "gzip stream truncated in member %u (after %llu compressed bytes)",
                        s->members + 1, (unsigned long long)s->bytes_in);
        }
    }
    return (ssize_t)(cap - s->z.avail_out);
}

/* Bytes inflated before an error are delivered first; the (sticky) error
 * comes with the next read, so rows before a bad CRC are still counted. */
static ssize_t read_zlib(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err)
{
    ssize_t r = read_zlib_inner(s, buf, cap, err);
    size_t produced = cap - s->z.avail_out;
    if (r < 0 && produced > 0 && produced <= cap)
        return (ssize_t)produced;
    return r;
}

#ifdef VOCAL_HAVE_ISAL
/* ISIZE of the member that ends just before in_pos (little endian). */
static uint32_t trailer_isize(const vc_stream *s)
{
    const unsigned char *t = s->in + s->in_pos - 4;
    return (uint32_t)t[0] | (uint32_t)t[1] << 8 | (uint32_t)t[2] << 16 | (uint32_t)t[3] << 24;
}

static ssize_t read_isal(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err)
{
    struct inflate_state *st = s->isal;
    size_t produced = 0;
    ssize_t r_err = 0;
#define ISAL_FAIL(expr) do { r_err = (expr); goto failed; } while (0)
    while (produced == 0) {
        if (!s->member_open) {
            int r = next_member(s, err);
            if (r < 0)
                return r;
            if (r == 0) {
                s->done = 1;
                break;
            }
            /* RFC 1952: reserved FLG bits must be zero. zlib rejects them,
             * ISA-L does not look: check here so both back ends agree. */
            while (s->in_len - s->in_pos < 4 && !s->in_eof) {
                vc_status rs = refill(s, err);
                if (rs)
                    return rs;
            }
            if (s->in_len - s->in_pos >= 4 && (s->in[s->in_pos + 3] & 0xE0))
                ISAL_FAIL(fail(s, err, VC_ERR_GZIP, "corrupt gzip data in member %u: unknown header flags set",
                               s->members + 1));
            isal_inflate_init(st);
            st->crc_flag = ISAL_GZIP;
            s->member_open = 1;
            s->member_out = 0;
        }
        if (s->in_pos == s->in_len) {
            vc_status rs = refill(s, err);
            if (rs)
                return rs;
            if (s->in_pos == s->in_len)
                ISAL_FAIL(fail(s, err, VC_ERR_GZIP,
                               "gzip stream truncated in member %u (after %llu compressed bytes)",
                               s->members + 1, (unsigned long long)s->bytes_in));
        }
        st->next_in = s->in + s->in_pos;
        st->avail_in = (uint32_t)(s->in_len - s->in_pos);
        st->next_out = buf + produced;
        st->avail_out = (uint32_t)((cap - produced) > UINT32_MAX ? UINT32_MAX : cap - produced);
        uint32_t before_out = st->avail_out;
        size_t pos_before = s->in_pos;
        int r = isal_inflate(st);
        /* next_in may move back before pos_before (bytes handed back), never
         * before the kept history */
        s->in_pos = (size_t)(st->next_in - s->in);
        size_t used = s->in_pos > pos_before ? s->in_pos - pos_before : 0;
        size_t out_now = before_out - st->avail_out;
        produced += out_now;
        s->member_out += out_now;
        if (r == ISAL_INCORRECT_CHECKSUM) {
            /* ISA-L checks the trailer as a whole; tell CRC from length */
            uint32_t isize = s->in_pos >= 4 ? trailer_isize(s) : 0;
            ISAL_FAIL(fail(s, err, VC_ERR_GZIP, "corrupt gzip data in member %u: incorrect %s check",
                           s->members + 1, isize != (uint32_t)s->member_out ? "length" : "data"));
        }
        if (r < 0)
            ISAL_FAIL(fail(s, err, VC_ERR_GZIP, "corrupt gzip data in member %u: invalid %s", s->members + 1,
                           r == ISAL_INVALID_WRAPPER ? "gzip header" : "deflate data"));
        if (st->block_state == ISAL_BLOCK_FINISH) {
            uint32_t isize = s->in_pos >= 4 ? trailer_isize(s) : 0;
            if (isize != (uint32_t)s->member_out)
                ISAL_FAIL(fail(s, err, VC_ERR_GZIP, "corrupt gzip data in member %u: incorrect length check",
                               s->members + 1));
            s->member_open = 0;
            s->members++;
        } else if (used == 0 && out_now == 0 && s->in_eof && s->in_pos == s->in_len) {
            ISAL_FAIL(fail(s, err, VC_ERR_GZIP, "gzip stream truncated in member %u (after %llu compressed bytes)",
                           s->members + 1, (unsigned long long)s->bytes_in));
        } else if (out_now == 0 && used == 0 && s->in_pos < s->in_len && s->in_len == IN_CAP + HISTORY) {
            /* ISA-L wants more input than fits after the unconsumed bytes */
            vc_status rs = refill(s, err);
            if (rs)
                return rs;
        }
    }
    return (ssize_t)produced;
failed:
    /* deliver what was inflated before the error; the error is sticky */
    return produced > 0 ? (ssize_t)produced : r_err;
#undef ISAL_FAIL
}
#endif

ssize_t vc_stream_read(vc_stream *s, void *buf, size_t cap, vc_error *err)
{
    if (s->status)
        return fail(s, err, s->status, "%s", "");
    if (s->done || cap == 0)
        return 0;
    ssize_t n;
    if (s->backend == B_PLAIN) {
        if (s->in_pos == s->in_len) {
            if (s->in_eof) {
                s->done = 1;
                return 0;
            }
            vc_status st = refill(s, err);
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
    else if (s->backend == B_ISAL)
        n = read_isal(s, buf, cap, err);
#endif
    else
        n = read_zlib(s, buf, cap, err);
    if (n > 0)
        s->bytes_out += (uint64_t)n;
    return n;
}

const char *vc_stream_name(const vc_stream *s) { return s->name; }
int vc_stream_is_gzip(const vc_stream *s) { return s->backend != B_PLAIN; }
const char *vc_stream_backend(const vc_stream *s)
{
    return s->backend == B_ISAL ? "isa-l" : s->backend == B_ZLIB ? "zlib" : "plain";
}
uint64_t vc_stream_bytes_in(const vc_stream *s) { return s->bytes_in - (s->in_len - s->in_pos); }
uint64_t vc_stream_bytes_out(const vc_stream *s) { return s->bytes_out; }
int64_t vc_stream_size_hint(const vc_stream *s) { return s->size; }
unsigned vc_stream_members(const vc_stream *s) { return s->members; }
vc_status vc_stream_status(const vc_stream *s) { return s->status; }
const char *vc_stream_error(const vc_stream *s) { return s->err; }
const char *vc_stream_warning(const vc_stream *s) { return s->has_warn ? s->warn : NULL; }
