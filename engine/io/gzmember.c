/*
 * gzmember.c - where gzip members start, in a file that has no index: the
 * test that splits one multi-member file into shares for many tasks, and
 * into units for a pool of inflate threads (pstream.c).
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
 * Units of a parallel inflate use the same scan with a shorter trial
 * inflate (UNIT_LIMITS): a wrong start there only costs speed.
 *
 * Ownership: a probe (vc_probe_ctx) is a throwaway reader and raw inflater
 * of its own over the file's descriptor, read with pread, so it never
 * disturbs the stream's position or buffers; one per thread.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stream_internal.h"

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
ssize_t vc_pread_full(int fd, unsigned char *buf, size_t n, uint64_t off)
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
    ssize_t n = vc_pread_full(p->fd, p->in, PROBE_CAP, p->off);
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
        ssize_t n = vc_pread_full(p->fd, p->scan, SCAN_CAP, pos);
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
vc_status vc_stream_find_share(vc_stream *s, uint64_t size, vc_error *err)
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
