/*
 * decomp.c - the back ends behind vc_stream for the compressed formats
 * other than gzip: zstd (libzstd), bzip2 (libbz2), xz and the older
 * lzma-alone format (liblzma).
 *
 * One table, one loop. Each row of `BACKENDS` names a format, says how its
 * first bytes look (`starts`), and gives three small functions: `begin`
 * (set up or reset the decoder for the next frame or stream), `step` (one
 * call of the library over the bytes at hand) and `end` (release it). The
 * loop in vc_decomp_read is shared, so the four formats behave alike and
 * like gzip (inflate.c):
 *
 * - Detection is by magic bytes only, never by file name (stream.c asks
 *   vc_decomp_detect on the file's first bytes).
 * - Concatenation: `cat a.zst b.zst`, pbzip2's output (one bzip2 stream per
 *   block) and multi-stream xz files are read frame after frame. After each
 *   frame the loop looks at what follows: the magic of another frame starts
 *   it, the end of input ends the stream cleanly, anything else is trailing
 *   data, ignored with a warning as gzip(1) does (vc_stream_warning). zstd's
 *   skippable frames are skipped by libzstd and not counted as frames; xz's
 *   stream padding (zero bytes in fours) is allowed between and after
 *   streams.
 * - Errors are the stream's sticky VC_ERR_GZIP status with the same shapes
 *   as gzip's: "zstd stream truncated in frame 2 (after N compressed
 *   bytes)" when the input ends inside a frame, "corrupt zstd data in frame
 *   2: REASON" when the library refuses the data. Bytes decoded before an
 *   error are delivered first; the error comes with the next read.
 * - The loop returns as soon as it has output, and looks at the stream's
 *   stop flag on every turn, besides the refill's own wait, so a read that
 *   is decoding (or skipping) a long run without output still ends soon
 *   after a signal.
 *
 * Ownership: the decoder state belongs to its stream (s->dec) and to the
 * thread reading it; vc_decomp_free releases it.
 */
#include <bzlib.h>
#include <limits.h>
#include <lzma.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zstd.h>
#include <zstd_errors.h>

#include "stream_internal.h"

struct vc_decomp {
    ZSTD_DStream *zstd;
    bz_stream bz;
    int bz_init;
    lzma_stream lz;
    int lz_init;
    int open;      /* inside a frame or stream */
    int skippable; /* the open zstd frame is a skippable one */
    unsigned begun; /* frames begun, skippable ones too */
};

/* what one step did: the step returns STEP_OK (maybe no progress),
 * STEP_END (the frame or stream ended), STEP_CORRUPT (`why` says how) or
 * STEP_NOMEM */
enum { STEP_OK = 0, STEP_END = 1, STEP_CORRUPT = -1, STEP_NOMEM = -2 };

typedef struct backend {
    int id;          /* VC_B_* */
    const char *name; /* in messages and vc_stream_backend */
    const char *unit; /* "frame" or "stream" */
    size_t magic_len; /* bytes `starts` needs to decide */
    int (*starts)(const unsigned char *p, size_t n);
    int (*begin)(vc_decomp *d);
    int (*step)(vc_decomp *d, const unsigned char *in, size_t in_len, unsigned char *out, size_t cap,
                size_t *used, size_t *made, int finish, const char **why);
    void (*end)(vc_decomp *d);
    int padding; /* zero bytes in fours may follow a stream (xz) */
    int concat;  /* frames may follow one another */
} backend;

/* ---- zstd ---- */

static int zstd_starts(const unsigned char *p, size_t n)
{
    if (n < 4)
        return 0;
    uint32_t m = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    return m == 0xFD2FB528u || (m & 0xFFFFFFF0u) == 0x184D2A50u; /* a frame, or a skippable frame */
}

static int zstd_begin(vc_decomp *d)
{
    if (!d->zstd && !(d->zstd = ZSTD_createDStream()))
        return STEP_NOMEM;
    return ZSTD_isError(ZSTD_DCtx_reset(d->zstd, ZSTD_reset_session_only)) ? STEP_NOMEM : STEP_OK;
}

static int zstd_step(vc_decomp *d, const unsigned char *in, size_t in_len, unsigned char *out, size_t cap,
                     size_t *used, size_t *made, int finish, const char **why)
{
    ZSTD_inBuffer ib = {in, in_len, 0};
    ZSTD_outBuffer ob = {out, cap, 0};
    size_t r = ZSTD_decompressStream(d->zstd, &ob, &ib);
    *used = ib.pos;
    *made = ob.pos;
    if (ZSTD_isError(r)) {
        if (ZSTD_getErrorCode(r) == ZSTD_error_memory_allocation)
            return STEP_NOMEM;
        if (ZSTD_getErrorCode(r) == ZSTD_error_frameParameter_windowTooLarge)
            *why = "the frame needs a window over 128 MiB (written with zstd --long?); "
                   "decompress it first with zstd -d --long=31";
        else
            *why = ZSTD_getErrorName(r);
        return STEP_CORRUPT;
    }
    return r == 0 ? STEP_END : STEP_OK;
}

static void zstd_end(vc_decomp *d) { ZSTD_freeDStream(d->zstd); }

/* ---- bzip2 ---- */

/* "BZh", the block size digit, then the magic of a block (pi) or of the
 * end of an empty stream (sqrt(pi)): ten bytes text never starts with */
static int bzip2_starts(const unsigned char *p, size_t n)
{
    return n >= 10 && p[0] == 'B' && p[1] == 'Z' && p[2] == 'h' && p[3] >= '1' && p[3] <= '9' &&
           (memcmp(p + 4, "\x31\x41\x59\x26\x53\x59", 6) == 0 || memcmp(p + 4, "\x17\x72\x45\x38\x50\x90", 6) == 0);
}

static int bzip2_begin(vc_decomp *d)
{
    if (d->bz_init)
        BZ2_bzDecompressEnd(&d->bz);
    d->bz_init = 0;
    memset(&d->bz, 0, sizeof d->bz);
    int r = BZ2_bzDecompressInit(&d->bz, 0, 0);
    if (r != BZ_OK)
        return STEP_NOMEM;
    d->bz_init = 1;
    return STEP_OK;
}

static int bzip2_step(vc_decomp *d, const unsigned char *in, size_t in_len, unsigned char *out, size_t cap,
                      size_t *used, size_t *made, int finish, const char **why)
{
    unsigned in_n = in_len > UINT_MAX ? UINT_MAX : (unsigned)in_len;
    unsigned out_n = cap > UINT_MAX ? UINT_MAX : (unsigned)cap;
    d->bz.next_in = (char *)(uintptr_t)in;
    d->bz.avail_in = in_n;
    d->bz.next_out = (char *)out;
    d->bz.avail_out = out_n;
    int r = BZ2_bzDecompress(&d->bz);
    *used = in_n - d->bz.avail_in;
    *made = out_n - d->bz.avail_out;
    switch (r) {
    case BZ_OK: return STEP_OK;
    case BZ_STREAM_END: return STEP_END;
    case BZ_MEM_ERROR: return STEP_NOMEM;
    case BZ_DATA_ERROR_MAGIC: *why = "bad stream header"; return STEP_CORRUPT;
    case BZ_DATA_ERROR: *why = "invalid block data or CRC mismatch"; return STEP_CORRUPT;
    default: *why = "the decoder failed"; return STEP_CORRUPT;
    }
}

static void bzip2_end(vc_decomp *d)
{
    if (d->bz_init)
        BZ2_bzDecompressEnd(&d->bz);
}

/* ---- xz and lzma-alone ---- */

static const unsigned char XZ_MAGIC[6] = {0xFD, '7', 'z', 'X', 'Z', 0x00};

static int xz_starts(const unsigned char *p, size_t n) { return n >= 6 && memcmp(p, XZ_MAGIC, 6) == 0; }

/* The lzma-alone header has no magic: properties (0x5D for every file xz
 * and lzma(1) write with default options), a dictionary size of 2^n or
 * 2^n + 2^(n-1) bytes, and the uncompressed size (all ones when unknown).
 * A dictionary size is made of zero bytes in practice, which text never
 * holds, so CSV or JSON cannot look like one. */
static int lzma_starts(const unsigned char *p, size_t n)
{
    if (n < 13 || p[0] != 0x5D)
        return 0;
    uint32_t dict = (uint32_t)p[1] | (uint32_t)p[2] << 8 | (uint32_t)p[3] << 16 | (uint32_t)p[4] << 24;
    if (dict < 4096)
        return 0;
    uint32_t top = dict & -dict; /* lowest set bit */
    if (dict != top && dict != top + (top << 1))
        return 0;
    uint64_t size = 0;
    for (int i = 12; i >= 5; i--)
        size = size << 8 | p[i];
    return size == UINT64_MAX || size < (UINT64_C(1) << 48);
}

/* The decoder allocates the dictionary a header asks for: xz -9 needs 65
 * MiB, so 1 GiB refuses only a hostile or exotic header, with a message,
 * instead of a huge allocation. */
#define LZ_MEMLIMIT (UINT64_C(1) << 30)

static int lz_begin(vc_decomp *d, int alone)
{
    if (!d->lz_init) {
        lzma_stream init = LZMA_STREAM_INIT;
        d->lz = init;
    }
    lzma_ret r = alone ? lzma_alone_decoder(&d->lz, LZ_MEMLIMIT) : lzma_stream_decoder(&d->lz, LZ_MEMLIMIT, 0);
    if (r != LZMA_OK)
        return STEP_NOMEM;
    d->lz_init = 1;
    return STEP_OK;
}

static int xz_begin(vc_decomp *d) { return lz_begin(d, 0); }
static int lzma_begin(vc_decomp *d) { return lz_begin(d, 1); }

static int lz_step(vc_decomp *d, const unsigned char *in, size_t in_len, unsigned char *out, size_t cap,
                   size_t *used, size_t *made, int finish, const char **why)
{
    d->lz.next_in = in;
    d->lz.avail_in = in_len;
    d->lz.next_out = out;
    d->lz.avail_out = cap;
    lzma_ret r = lzma_code(&d->lz, finish ? LZMA_FINISH : LZMA_RUN);
    *used = in_len - d->lz.avail_in;
    *made = cap - d->lz.avail_out;
    switch (r) {
    case LZMA_OK:
    case LZMA_BUF_ERROR: return STEP_OK; /* no progress: the loop tells truncation */
    case LZMA_STREAM_END: return STEP_END;
    case LZMA_MEM_ERROR: return STEP_NOMEM;
    case LZMA_MEMLIMIT_ERROR:
        *why = "its dictionary needs more than 1 GiB of memory; decompress it first with xz -d";
        return STEP_CORRUPT;
    case LZMA_FORMAT_ERROR: *why = "bad stream header"; return STEP_CORRUPT;
    case LZMA_OPTIONS_ERROR: *why = "unsupported compression options"; return STEP_CORRUPT;
    case LZMA_DATA_ERROR: *why = "compressed data is corrupt"; return STEP_CORRUPT;
    default: *why = "the decoder failed"; return STEP_CORRUPT;
    }
}

static void lz_end(vc_decomp *d)
{
    if (d->lz_init)
        lzma_end(&d->lz);
}

static const backend BACKENDS[] = {
    {VC_B_ZSTD, "zstd", "frame", 4, zstd_starts, zstd_begin, zstd_step, zstd_end, 0, 1},
    {VC_B_BZIP2, "bzip2", "stream", 10, bzip2_starts, bzip2_begin, bzip2_step, bzip2_end, 0, 1},
    {VC_B_XZ, "xz", "stream", 6, xz_starts, xz_begin, lz_step, lz_end, 1, 1},
    {VC_B_LZMA, "lzma", "stream", 13, lzma_starts, lzma_begin, lz_step, lz_end, 0, 0},
};
#define NBACKENDS (sizeof BACKENDS / sizeof BACKENDS[0])

static const backend *find(int id)
{
    for (size_t i = 0; i < NBACKENDS; i++)
        if (BACKENDS[i].id == id)
            return &BACKENDS[i];
    return NULL;
}

int vc_decomp_detect(const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < NBACKENDS; i++)
        if (BACKENDS[i].starts(p, n))
            return BACKENDS[i].id;
    return VC_B_PLAIN;
}

int vc_decomp_prefix(const unsigned char *p, size_t n)
{
    /* the fixed first bytes of each magic; a skippable frame's first byte
     * is any of 0x50..0x5F */
    static const unsigned char starts[][4] = {{0x28, 0xB5, 0x2F, 0xFD}, {0x50, 0x2A, 0x4D, 0x18},
                                              {0xFD, '7', 'z', 'X'},    {'B', 'Z', 'h', 0},
                                              {0x5D, 0x00, 0, 0}};
    static const size_t lens[] = {4, 4, 4, 3, 2};
    for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++) {
        size_t k = 0;
        while (k < n && k < lens[i] && (p[k] == starts[i][k] || (i == 1 && k == 0 && (p[0] & 0xF0) == 0x50)))
            k++;
        if (k == n || k == lens[i])
            return 1;
    }
    return 0;
}

const char *vc_decomp_name(int id)
{
    const backend *b = find(id);
    return b ? b->name : NULL;
}

vc_status vc_decomp_init(vc_stream *s, vc_error *err)
{
    s->dec = calloc(1, sizeof *s->dec);
    if (!s->dec)
        return vc_stream_fail(s, err, VC_ERR_NOMEM, "out of memory");
    return VC_OK;
}

void vc_decomp_free(vc_stream *s)
{
    if (!s->dec)
        return;
    const backend *b = find(s->backend);
    if (b)
        b->end(s->dec);
    free(s->dec);
    s->dec = NULL;
}

/* Have at least `n` unconsumed bytes unless the input ends first. */
static vc_status want(vc_stream *s, size_t n, vc_error *err)
{
    while (s->in_len - s->in_pos < n && !s->in_eof) {
        vc_status st = vc_stream_refill(s, err);
        if (st)
            return st;
    }
    return VC_OK;
}

/* Count (and consume) everything left, for the trailing-data warning;
 * `skipped` zero bytes were consumed before. */
static void trailing(vc_stream *s, const backend *b, uint64_t skipped, vc_error *err)
{
    uint64_t n = skipped;
    int zeros = 1;
    for (;;) {
        for (size_t i = s->in_pos; i < s->in_len; i++)
            zeros &= s->in[i] == 0;
        n += s->in_len - s->in_pos;
        s->in_pos = s->in_len;
        if (s->in_eof || vc_stream_refill(s, err))
            break;
    }
    if (b->padding && zeros && n % 4 == 0)
        return; /* stream padding: part of the format */
    snprintf(s->warn, sizeof s->warn, "%s: %llu bytes of %s after the last %s %s were ignored", s->name,
             (unsigned long long)n, zeros ? "zero padding" : "trailing data", b->name, b->unit);
    s->has_warn = 1;
}

/* Before a frame: 1 to start one, 0 at the clean end, < 0 on error. */
static int next_frame(vc_stream *s, const backend *b, vc_error *err)
{
    vc_status st = want(s, b->magic_len, err);
    if (st)
        return st;
    uint64_t zeros = 0;
    if (b->padding) {
        /* stream padding between streams: zero bytes, a multiple of four */
        for (;;) {
            while (s->in_pos < s->in_len && s->in[s->in_pos] == 0) {
                s->in_pos++;
                zeros++;
            }
            if (s->in_pos < s->in_len || s->in_eof)
                break;
            if ((st = vc_stream_refill(s, err)))
                return st;
        }
        if ((st = want(s, b->magic_len, err)))
            return st;
    }
    size_t avail = s->in_len - s->in_pos;
    if (avail == 0 && zeros == 0)
        return 0;
    if (b->concat && zeros % 4 == 0 && b->starts(s->in + s->in_pos, avail))
        return 1;
    trailing(s, b, zeros, err);
    return 0;
}

static int truncated(vc_stream *s, const backend *b, vc_error *err)
{
    return vc_stream_fail(s, err, VC_ERR_GZIP, "%s stream truncated in %s %u (after %llu compressed bytes)",
                          b->name, b->unit, s->members + 1, (unsigned long long)s->bytes_in);
}

static ssize_t read_inner(vc_stream *s, const backend *b, unsigned char *buf, size_t cap, size_t *produced,
                          vc_error *err)
{
    vc_decomp *d = s->dec;
    while (*produced == 0) {
        if (s->stop && *s->stop)
            return vc_stream_fail(s, err, VC_ERR_INTERRUPTED, "interrupted");
        if (!d->open) {
            /* the first frame's magic is how the stream was detected */
            int r = d->begun == 0 ? (want(s, b->magic_len, err) ? -1 : 1) : next_frame(s, b, err);
            if (r < 0)
                return s->status;
            if (r == 0) {
                s->done = 1;
                return 0;
            }
            if (b->begin(d))
                return vc_stream_fail(s, err, VC_ERR_NOMEM, "out of memory in %s", b->name);
            d->open = 1;
            d->begun++;
            d->skippable = b->id == VC_B_ZSTD && (s->in[s->in_pos] & 0xF0) == 0x50;
            s->member_off = s->start_off + vc_stream_bytes_in(s);
        }
        if (s->in_pos == s->in_len && !s->in_eof) {
            vc_status st = vc_stream_refill(s, err);
            if (st)
                return st;
        }
        size_t avail = s->in_len - s->in_pos, used = 0, made = 0;
        const char *why = NULL;
        int r = b->step(d, s->in + s->in_pos, avail, buf + *produced, cap - *produced, &used, &made,
                        s->in_eof, &why);
        s->in_pos += used;
        *produced += made;
        if (r == STEP_NOMEM)
            return vc_stream_fail(s, err, VC_ERR_NOMEM, "out of memory in %s", b->name);
        if (r == STEP_CORRUPT)
            return vc_stream_fail(s, err, VC_ERR_GZIP, "corrupt %s data in %s %u: %s", b->name, b->unit,
                                  s->members + 1, why ? why : "invalid data");
        if (r == STEP_END) {
            d->open = 0;
            if (!d->skippable)
                s->members++;
        } else if (used == 0 && made == 0) {
            if (s->in_eof && s->in_pos == s->in_len)
                return truncated(s, b, err);
            /* the decoder wants more than the unconsumed bytes */
            size_t before = s->in_len - s->in_pos;
            vc_status st = vc_stream_refill(s, err);
            if (st)
                return st;
            if (s->in_len - s->in_pos == before)
                return s->in_eof ? truncated(s, b, err)
                                 : vc_stream_fail(s, err, VC_ERR_GZIP, "corrupt %s data in %s %u: the decoder "
                                                  "made no progress", b->name, b->unit, s->members + 1);
        }
    }
    return (ssize_t)*produced;
}

ssize_t vc_decomp_read(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err)
{
    const backend *b = find(s->backend);
    size_t produced = 0;
    ssize_t r = read_inner(s, b, buf, cap, &produced, err);
    /* deliver what was decoded before an error; the error is sticky */
    return r < 0 && produced > 0 ? (ssize_t)produced : r;
}
