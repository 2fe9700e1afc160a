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
 *
 * Shares (vc_stream_open_members). To let N tasks split one big
 * multi-member file, share k of N owns the members whose first byte lies in
 * [lo, hi) = [size*k/N, size*(k+1)/N). A gzip file has no index, so a share
 * finds its first member by scanning forward from lo for a header: 1f 8b 08,
 * reserved flag bits zero, FEXTRA/FNAME/FCOMMENT parsing and FHCRC matching.
 * Compressed data contains such bytes by chance, and a stored member can hold
 * a whole gzip file, so a candidate is only accepted when a throwaway raw
 * zlib inflater, reading the file with pread, gets through it without a
 * deflate error for 1 MiB of output from at least 256 KiB of input (or
 * for 128 MiB of output), and every member that ends within that window
 * matches its CRC-32 and ISIZE and is followed by the end of the file, zero
 * padding to the end, or another member that inflates in turn. A stored
 * block holds at most 64 KiB, so a gzip file stored inside a member runs
 * into the outer block headers or trailer within the window and is
 * rejected. A rejected
 * candidate: the scan goes on from its next byte. Byte 0 always starts a
 * member. The stream then seeks to the accepted offset and reads with the
 * ordinary machinery, either back end.
 *
 * Where a share stops is decided by the same scan, run from hi: the first
 * accepted offset at or after hi is where the next non-empty share starts,
 * and this share ends cleanly when it reaches that offset at a member
 * boundary. In a sound file that is simply the first member at or after hi.
 * Because both sides of every boundary come from one deterministic test,
 * every member is read exactly once even when the test is wrong. A real
 * member that fails it is read by the share before: a corrupt one is then
 * reported as a whole-file read reports it, and the members within the
 * window before trailing data that is not gzip (which cannot be confirmed)
 * are read on the way to the end. A false start inside a member (possible
 * only for data made to pass the window) leaves the share before with no
 * boundary there: it fails with VC_ERR_GZIP rather than two shares
 * silently reading the same bytes. Data that is not a member, between
 * members, fails the share before in the same way (a whole-file read
 * stops there with a warning). The scan costs the distance to the next
 * member start per boundary, plus the window. Errors in a share name the
 * share and the byte offset of the member.
 *
 * Parallel inflate (pstream.c). With vc_stream_set_inflate_threads, a
 * stream that has read its first member and finds another right after it
 * hands the rest of the file (or share) to a pool of threads at that
 * boundary; vc_stream_read then copies the pool's blocks out. The pool's
 * unit streams are ordinary streams here, reading with pread from a given
 * offset to a given stop (the same test as a share's stop), and a unit
 * start is found with the share scan and a shorter trial inflate
 * (UNIT_LIMITS). When a unit fails, vc_stream_resume puts this stream back
 * to reading in order from the unit's first byte, so every error and count
 * comes from the code above.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stream_internal.h"

#define IN_CAP (256u * 1024u)

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

static vc_status fail(vc_stream *s, vc_error *err, vc_status st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vc_status r = fail_v(s, err, st, 0, fmt, ap);
    va_end(ap);
    return r;
}

/* fail() for messages that already say where they are */
static vc_status fail_at(vc_stream *s, vc_error *err, vc_status st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vc_status r = fail_v(s, err, st, 1, fmt, ap);
    va_end(ap);
    return r;
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
        size_t want = IN_CAP + HISTORY - s->in_len;
        ssize_t n = s->pread_mode ? pread(s->fd, s->in + s->in_len, want, (off_t)s->fpos)
                                  : read(s->fd, s->in + s->in_len, want);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(s, err, VC_ERR_IO, "read error: %s", strerror(errno));
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

/* Allocate the buffers, look at the first bytes and set up the inflater:
 * for gzip, `backend` when it is not VC_B_PLAIN, else the one gzip_backend
 * chooses. */
static vc_status start(vc_stream *s, int backend, vc_error *err)
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
        s->backend = backend != VC_B_PLAIN ? backend : gzip_backend();
#ifdef VOCAL_HAVE_ISAL
        if (s->backend == VC_B_ISAL) {
            s->isal = malloc(sizeof *s->isal);
            if (!s->isal)
                return fail(s, err, VC_ERR_NOMEM, "out of memory");
        }
#endif
        if (s->backend == VC_B_ZLIB) {
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

/* Open the file `path` into s: fd, and size when it is a regular file. */
static vc_status open_path(vc_stream *s, const char *path, vc_error *err)
{
    s->fd = open(path, O_RDONLY);
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
    *out = NULL;
    vc_stream *s = alloc_stream(strcmp(path, "-") == 0 ? "<stdin>" : path);
    if (!s)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
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

/* ---- shares of a multi-member file: finding where members start ---- */

#define SCAN_CAP (256u * 1024u)
#define PROBE_CAP (64u * 1024u)
#define PROBE_WINDOW (1u << 20)    /* output to inflate from a candidate */
#define PROBE_IN_MIN (256u << 10)  /* and input to read, at least */
#define PROBE_OUT_MAX (128u << 20) /* but no more output than this */

/* How far a candidate must inflate (probe_enough). */
typedef struct probe_limits {
    uint64_t out_min, in_min; /* this much output from at least this much input */
    uint64_t out_max, in_max; /* or this much output, or this much input */
} probe_limits;

/* Shares: both sides of every boundary rest on this test alone. */
static const probe_limits SHARE_LIMITS = {PROBE_WINDOW, PROBE_IN_MIN, PROBE_OUT_MAX, 2 * PROBE_WINDOW};

/* Units of a parallel inflate (pstream.c): a wrong start there only costs
 * speed, since the unit before must end exactly at it, so a short trial
 * that keeps the cost per unit small is enough. */
static const probe_limits UNIT_LIMITS = {32u << 10, 8u << 10, 4u << 20, 64u << 10};

/* A throwaway reader and raw inflater over the file, apart from the
 * stream's own buffers. `in` holds file bytes [off, off + len); pos is the
 * next one. */
typedef struct vc_probe_ctx {
    const probe_limits *lim;
    int fd;
    unsigned char *scan, *in, *out;
    uint64_t off;
    size_t len, pos;
    z_stream z;
    int z_init;
    int eno; /* errno of a failed read */
} probe;

/* pread all of n bytes unless the file ends first; -1 on error */
static ssize_t pread_full(int fd, unsigned char *buf, size_t n, uint64_t off)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = pread(fd, buf + got, n - got, (off_t)(off + got));
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return -1;
        if (r == 0)
            break;
        got += (size_t)r;
    }
    return (ssize_t)got;
}

static void probe_seek(probe *p, uint64_t off)
{
    p->off = off;
    p->len = p->pos = 0;
}

static uint64_t probe_tell(const probe *p) { return p->off + p->pos; }

/* Make bytes available at pos: 1, 0 at the end of the file, -1 on error. */
static int probe_more(probe *p)
{
    if (p->pos < p->len)
        return 1;
    probe_seek(p, p->off + p->len);
    ssize_t n = pread_full(p->fd, p->in, PROBE_CAP, p->off);
    if (n < 0) {
        p->eno = errno;
        return -1;
    }
    p->len = (size_t)n;
    return n > 0;
}

static int probe_byte(probe *p, unsigned *b)
{
    int r = probe_more(p);
    if (r > 0)
        *b = p->in[p->pos++];
    return r;
}

/* Header byte: also feeds the header CRC. */
static int probe_hbyte(probe *p, unsigned *b, uLong *crc)
{
    int r = probe_byte(p, b);
    if (r > 0) {
        unsigned char c = (unsigned char)*b;
        *crc = crc32(*crc, &c, 1);
    }
    return r;
}

/* A gzip member header at the cursor (RFC 1952 2.3), no longer than
 * `limit` allows: 1 parsed, 0 not a header, -1 read error. */
static int probe_header(probe *p, uint64_t limit)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    unsigned h[10], b;
    int r;
    for (int i = 0; i < 10; i++)
        if ((r = probe_hbyte(p, &h[i], &crc)) <= 0)
            return r;
    if (h[0] != 0x1f || h[1] != 0x8b || h[2] != 8 || (h[3] & 0xE0))
        return 0;
    unsigned flg = h[3];
    if (flg & 4) { /* FEXTRA */
        unsigned x0, x1;
        if ((r = probe_hbyte(p, &x0, &crc)) <= 0 || (r = probe_hbyte(p, &x1, &crc)) <= 0)
            return r;
        for (unsigned xlen = x0 | x1 << 8; xlen > 0; xlen--)
            if ((r = probe_hbyte(p, &b, &crc)) <= 0)
                return r;
    }
    for (unsigned bit = 8; bit <= 16; bit <<= 1) { /* FNAME, FCOMMENT */
        if (!(flg & bit))
            continue;
        do {
            if ((r = probe_hbyte(p, &b, &crc)) <= 0)
                return r;
            if (probe_tell(p) > limit)
                return 0;
        } while (b != 0);
    }
    if (flg & 2) { /* FHCRC: the low 16 bits of the CRC-32 of the header */
        uLong want = crc & 0xffff;
        unsigned c0, c1;
        if ((r = probe_byte(p, &c0)) <= 0 || (r = probe_byte(p, &c1)) <= 0)
            return r;
        if ((c0 | c1 << 8) != want)
            return 0;
    }
    return 1;
}

/* Has a candidate gone far enough, with `made` bytes of output from `used`
 * bytes of input? For shares, 1 MiB of output from at least 256 KiB of
 * input: a stored deflate block holds at most 64 KiB, so a gzip file stored
 * inside a member runs into the outer block headers (or trailer) before
 * that, unless it is made to pass. 128 MiB of output is more than 64 KiB of
 * deflate data can give, and bounds the work on data that compresses
 * extremely well; 2 MiB of input bounds it on runs of empty members. */
static int probe_enough(const probe *p, uint64_t made, uint64_t used)
{
    const probe_limits *l = p->lim;
    return (made >= l->out_min && used >= l->in_min) || made >= l->out_max || used >= l->in_max;
}

/* Inflate the deflate data at the cursor and check the member trailer.
 * `made` counts output since the candidate at `from`. Returns 2 when the
 * member ended and matched its CRC-32 and ISIZE, 1 when the window was
 * used up without an error, 0 when this is not a sound member, -1 on a
 * read error, -2 out of memory. */
static int probe_member(probe *p, uint64_t from, uint64_t *made)
{
    if (inflateReset(&p->z) != Z_OK)
        return -2;
    uLong crc = crc32(0L, Z_NULL, 0);
    uint32_t isize = 0;
    for (;;) {
        int r = probe_more(p);
        if (r <= 0)
            return r; /* truncated: not a member */
        p->z.next_in = p->in + p->pos;
        p->z.avail_in = (uInt)(p->len - p->pos);
        p->z.next_out = p->out;
        p->z.avail_out = PROBE_CAP;
        r = inflate(&p->z, Z_NO_FLUSH);
        size_t used = p->len - p->pos - p->z.avail_in;
        size_t k = PROBE_CAP - p->z.avail_out;
        p->pos += used;
        crc = crc32(crc, p->out, (uInt)k);
        isize += (uint32_t)k;
        *made += k;
        if (r == Z_STREAM_END)
            break;
        if (r == Z_MEM_ERROR)
            return -2;
        if ((r != Z_OK && r != Z_BUF_ERROR) || (used == 0 && k == 0))
            return 0;
        if (probe_enough(p, *made, probe_tell(p) - from))
            return 1;
    }
    unsigned t[8];
    for (int i = 0; i < 8; i++) {
        int r = probe_byte(p, &t[i]);
        if (r <= 0)
            return r;
    }
    uint32_t want_crc = t[0] | t[1] << 8 | t[2] << 16 | (uint32_t)t[3] << 24;
    uint32_t want_isize = t[4] | t[5] << 8 | t[6] << 16 | (uint32_t)t[7] << 24;
    return want_crc == (uint32_t)crc && want_isize == isize ? 2 : 0;
}

/* Is byte `at` the start of a gzip member? 1 yes, 0 no, <0 as probe_member. */
static int probe_candidate(probe *p, uint64_t at)
{
    uint64_t made = 0;
    probe_seek(p, at);
    for (;;) {
        int r = probe_header(p, at + p->lim->out_min);
        if (r <= 0)
            return r;
        if ((r = probe_member(p, at, &made)) != 2)
            return r;
        /* what follows: the end of the file, zero padding to the end, or
         * another member, which must inflate too while the window lasts */
        uint64_t next = probe_tell(p);
        unsigned b0, b1;
        if ((r = probe_byte(p, &b0)) <= 0)
            return r < 0 ? r : 1;
        if (b0 == 0) {
            while ((r = probe_more(p)) > 0) {
                for (; p->pos < p->len; p->pos++)
                    if (p->in[p->pos])
                        return 0;
            }
            return r < 0 ? r : 1;
        }
        if ((r = probe_byte(p, &b1)) < 0)
            return r;
        if (r == 0 || b0 != 0x1f || b1 != 0x8b)
            return 0;
        if (probe_enough(p, made, next - at))
            return 1;
        probe_seek(p, next);
    }
}

/* The first byte in [from, to) that starts a member (probe_candidate), or
 * VC_NO_OFFSET in *found. Byte 0 of a gzip file always does. 0 or <0 as
 * probe_member. */
static int probe_find(probe *p, uint64_t from, uint64_t to, uint64_t *found)
{
    *found = VC_NO_OFFSET;
    if (from == 0 && to > 0) {
        *found = 0;
        return 0;
    }
    for (uint64_t pos = from; pos < to;) {
        ssize_t n = pread_full(p->fd, p->scan, SCAN_CAP, pos);
        if (n < 0) {
            p->eno = errno;
            return -1;
        }
        if (n < 3)
            break;
        /* look at offsets whose 3 magic bytes are in this chunk; the last
         * two are looked at again from the next chunk */
        size_t lim = (size_t)n - 2;
        if (to - pos < lim)
            lim = (size_t)(to - pos);
        for (size_t i = 0; i < lim; i++) {
            const unsigned char *c = memchr(p->scan + i, 0x1f, lim - i);
            if (!c)
                break;
            i = (size_t)(c - p->scan);
            if (c[1] != 0x8b || c[2] != 8)
                continue;
            int r = probe_candidate(p, pos + i);
            if (r < 0)
                return r;
            if (r > 0) {
                *found = pos + i;
                return 0;
            }
        }
        pos += lim;
    }
    return 0;
}

/* floor(size * k / count) without overflow */
static uint64_t share_bound(uint64_t size, unsigned k, unsigned count)
{
    return size / count * k + size % count * k / count;
}

/* Find the share's first member and where the next share starts. */
static vc_status find_share(vc_stream *s, uint64_t size, vc_error *err)
{
    probe p;
    memset(&p, 0, sizeof p);
    p.lim = &SHARE_LIMITS;
    p.fd = s->fd;
    p.scan = malloc(SCAN_CAP);
    p.in = malloc(PROBE_CAP);
    p.out = malloc(PROBE_CAP);
    int r = -2;
    if (p.scan && p.in && p.out && inflateInit2(&p.z, -MAX_WBITS) == Z_OK) {
        p.z_init = 1;
        uint64_t lo = share_bound(size, s->share_index, s->share_count);
        uint64_t hi = share_bound(size, s->share_index + 1, s->share_count);
        uint64_t first, next = VC_NO_OFFSET;
        r = probe_find(&p, lo, hi, &first);
        if (r == 0 && first != VC_NO_OFFSET && s->share_index + 1 < s->share_count)
            r = probe_find(&p, hi, size, &next);
        if (r == 0) {
            s->start_off = s->member_off = first != VC_NO_OFFSET ? first : hi;
            s->stop_off = next;
            s->has_stop = next != VC_NO_OFFSET;
            s->done = first == VC_NO_OFFSET;
            s->size = first == VC_NO_OFFSET ? 0 : (int64_t)((s->has_stop ? next : size) - first);
        }
    }
    if (p.z_init)
        inflateEnd(&p.z);
    free(p.scan);
    free(p.in);
    free(p.out);
    if (r == -1)
        return vc_error_set(err, VC_ERR_IO, "%s: read error: %s", s->name, strerror(p.eno));
    if (r < 0)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
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
    if (!st && (n = pread_full(s->fd, magic, 2, 0)) < 0)
        st = vc_error_set(err, VC_ERR_IO, "%s: read error: %s", path, strerror(errno));
    if (!st && (n < 2 || magic[0] != 0x1f || magic[1] != 0x8b))
        st = vc_error_set(err, VC_ERR_USAGE, "%s: --members needs a gzip file", path);
    if (!st)
        st = find_share(s, (uint64_t)s->size, err);
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

int vc_stream_find_unit(int fd, vc_probe_ctx **ctx, uint64_t from, uint64_t to, uint64_t *found)
{
    *found = VC_NO_OFFSET;
    probe *p = *ctx;
    if (!p) {
        if (!(p = calloc(1, sizeof *p)))
            return -1;
        *ctx = p;
        p->lim = &UNIT_LIMITS;
        p->fd = fd;
        p->scan = malloc(SCAN_CAP);
        p->in = malloc(PROBE_CAP);
        p->out = malloc(PROBE_CAP);
        if (p->scan && p->in && p->out && inflateInit2(&p->z, -MAX_WBITS) == Z_OK)
            p->z_init = 1;
    }
    if (!p->z_init)
        return -1;
    return probe_find(p, from, to, found) < 0 ? -1 : 0;
}

void vc_stream_probe_free(vc_probe_ctx *p)
{
    if (!p)
        return;
    if (p->z_init)
        inflateEnd(&p->z);
    free(p->scan);
    free(p->in);
    free(p->out);
    free(p);
}

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
        fail(s, err, VC_ERR_GZIP, "cannot reset zlib");
        return;
    }
    unsigned char *tmp = skip ? malloc(IN_CAP) : NULL;
    if (skip && !tmp) {
        fail(s, err, VC_ERR_NOMEM, "out of memory");
        return;
    }
    while (skip > 0) {
        ssize_t n = vc_stream_read_seq(s, tmp, skip < IN_CAP ? (size_t)skip : IN_CAP, err);
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
    s->par_threads = s->backend == VC_B_PLAIN || !s->own_fd || s->size < 0 || s->par_handed_back ||
                             at >= end || end - at < 2 * (uint64_t)s->par_unit
                         ? 0
                         : s->par_threads;
    if (s->par_threads <= 1)
        return;
    unsigned char m[3];
    if (s->in_len - s->in_pos >= 3)
        memcpy(m, s->in + s->in_pos, 3);
    else if (pread_full(s->fd, m, 3, at) != 3)
        m[0] = 0;
    if (m[0] != 0x1f || m[1] != 0x8b || m[2] != 8 || vc_pinflate_start(s, at) != 0)
        s->par_threads = 0; /* the end, trailing data, an error: all read in order */
}

void vc_stream_free(vc_stream *s)
{
    if (!s)
        return;
    vc_pinflate_free(s->par);
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
    uint64_t at = s->start_off + (s->bytes_in - avail);
    if (s->has_stop) {
        /* a share ends where the next one starts, at a member boundary */
        if (at == s->stop_off)
            return 0;
        if (at > s->stop_off)
            return fail_at(s, err, VC_ERR_GZIP,
                           "share %u/%u: member %u (bytes %llu to %llu) contains byte %llu, where share %u/%u "
                           "was found to start; data inside the member looks like a member start there, so the "
                           "file cannot be split into %u shares",
                           s->share_index, s->share_count, s->members, (unsigned long long)s->member_off,
                           (unsigned long long)at, (unsigned long long)s->stop_off, s->share_index + 1,
                           s->share_count, s->share_count);
        if (avail < 2 || s->in[s->in_pos] != 0x1f || s->in[s->in_pos + 1] != 0x8b)
            return fail_at(s, err, VC_ERR_GZIP,
                           "share %u/%u: byte %llu, after member %u, does not start a gzip member, but the next "
                           "share starts further on, at byte %llu",
                           s->share_index, s->share_count, (unsigned long long)at, s->members,
                           (unsigned long long)s->stop_off);
    }
    s->member_off = at;
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

ssize_t vc_stream_read_seq(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err)
{
    if (s->status)
        return fail(s, err, s->status, "%s", "");
    if (s->done || cap == 0)
        return 0;
    ssize_t n;
    if (s->backend == VC_B_PLAIN) {
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
    else if (s->backend == VC_B_ISAL)
        n = read_isal(s, buf, cap, err);
#endif
    else
        n = read_zlib(s, buf, cap, err);
    return n;
}

ssize_t vc_stream_read(vc_stream *s, void *buf, size_t cap, vc_error *err)
{
    if (s->status)
        return fail(s, err, s->status, "%s", "");
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
int vc_stream_is_gzip(const vc_stream *s) { return s->backend != VC_B_PLAIN; }
const char *vc_stream_backend(const vc_stream *s)
{
    return s->backend == VC_B_ISAL ? "isa-l" : s->backend == VC_B_ZLIB ? "zlib" : "plain";
}
uint64_t vc_stream_bytes_in(const vc_stream *s) { return s->bytes_in - (s->in_len - s->in_pos); }
uint64_t vc_stream_bytes_out(const vc_stream *s) { return s->bytes_out; }
int64_t vc_stream_size_hint(const vc_stream *s) { return s->size; }
uint64_t vc_stream_start_offset(const vc_stream *s) { return s->start_off; }
unsigned vc_stream_members(const vc_stream *s) { return s->members; }
vc_status vc_stream_status(const vc_stream *s) { return s->status; }
const char *vc_stream_error(const vc_stream *s) { return s->err; }
const char *vc_stream_warning(const vc_stream *s) { return s->has_warn ? s->warn : NULL; }
