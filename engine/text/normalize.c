/*
 * normalize.c - the one normalization that comments and lexicon entries
 * share: repair invalid UTF-8, NFKC + case folding, drop default-ignorable
 * code points, map typographic quotes and apostrophes to ASCII, and turn
 * control characters (other than tab and newline) into spaces.
 *
 * Design. Most survey comments are ASCII; for them NFKC is the identity and
 * case folding is ASCII lowercase, so a byte loop gives the exact answer
 * (the tests check it against the full path on every byte value). Most of
 * the rest is ASCII with a few accents, emoji or curly quotes: only those
 * runs (with the character before each) take the full path, cut where
 * normalization cannot reach across (tests check random mixes against the
 * full path on the whole text). The full path uses utf8proc without its
 * allocating utf8proc_map(): repair
 * into a scratch buffer, decompose into a reusable code-point array,
 * compose in place, then map and encode straight into the caller's buffer.
 *
 * Linear time on any input: the decomposition is stream-safe (UAX #15), so
 * canonical ordering never sorts a run of more than 30 combining marks
 * (utf8proc's own ordering is quadratic in a run's length: a 1 MiB comment
 * of alternating marks took minutes). Text without such runs normalizes
 * exactly as before.
 *
 * Threading: a vc_normalizer is per-thread scratch; nothing is shared.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text_internal.h"
#include "vocal/text.h"

struct vc_normalizer {
    vc_buf seg;            /* one non-ASCII segment, normalized */
    vc_buf repaired;       /* valid UTF-8 copy of the input */
    utf8proc_int32_t *cps; /* decomposed code points */
    size_t cps_cap;
};

vc_normalizer *vc_normalizer_new(void) { return calloc(1, sizeof(vc_normalizer)); }

void vc_normalizer_free(vc_normalizer *n)
{
    if (!n)
        return;
    vc_buf_free(&n->seg);
    vc_buf_free(&n->repaired);
    free(n->cps);
    free(n);
}

static inline char ascii_map(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return (char)(c + 32);
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
        return ' ';
    return (char)c;
}

static int32_t map_cp(int32_t cp)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0xFF07:
        return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0xFF02:
        return '"';
    }
    if ((cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp < 0xA0) || cp == 0x2028 || cp == 0x2029)
        return ' ';
    return cp;
}

/* Copy `in` into n->repaired with each maximal invalid subpart replaced by
 * U+FFFD; returns the number of replacements. */
static size_t repair(vc_normalizer *n, const char *in, size_t len, vc_status *st)
{
    vc_buf_reset(&n->repaired);
    size_t count = 0;
    if (!(*st = vc_buf_reserve(&n->repaired, len + 16)))
        count = vc_utf8_repair(in, len, &n->repaired);
    if (!*st)
        *st = vc_buf_status(&n->repaired);
    return count;
}

/* Stream-Safe Text Format (UAX #15, section 13): no run of more than 30
 * non-starters. A longer run gets a COMBINING GRAPHEME JOINER (a starter
 * that composes with nothing) before the non-starter that would be the
 * 31st, so canonical ordering, which is quadratic in a run's length, sorts
 * runs of at most 30. The CGJ is default-ignorable and is dropped from the
 * output like any other; text without such runs is unchanged. */
#define STREAM_SAFE_RUN 30
#define CGJ 0x034F
#define MAX_DECOMPOSITION 64 /* the longest (U+FDFA, folded) has 18 */

static int ccc(utf8proc_int32_t cp) { return utf8proc_get_property(cp)->combining_class; }

static vc_status reserve_cps(vc_normalizer *n, size_t need)
{
    if (need <= n->cps_cap)
        return VC_OK;
    size_t cap = n->cps_cap ? n->cps_cap : 256;
    while (cap < need)
        cap *= 2;
    utf8proc_int32_t *cps = realloc(n->cps, cap * sizeof *cps);
    if (!cps)
        return VC_ERR_NOMEM;
    n->cps = cps;
    n->cps_cap = cap;
    return VC_OK;
}

/* Decompose valid UTF-8 into n->cps as utf8proc_decompose() would (same
 * options: NFKD, case fold, ignorables dropped, canonical order), but
 * stream-safe (see above), so that the ordering is linear in the length.
 * Returns the number of code points or a negative vc_status. */
static utf8proc_ssize_t decompose(vc_normalizer *n, const utf8proc_uint8_t *src, size_t len, int opts)
{
    size_t w = 0, run = 0; /* code points written; non-starters at their end */
    for (size_t r = 0; r < len;) {
        utf8proc_int32_t cp, d[MAX_DECOMPOSITION];
        utf8proc_ssize_t k = utf8proc_iterate(src + r, (utf8proc_ssize_t)(len - r), &cp);
        if (k <= 0)
            return VC_ERR_INTERNAL; /* cannot happen: input was repaired */
        r += (size_t)k;
        int boundclass = UTF8PROC_BOUNDCLASS_START;
        utf8proc_ssize_t nd = utf8proc_decompose_char(cp, d, MAX_DECOMPOSITION, (utf8proc_option_t)opts, &boundclass);
        if (nd < 0 || nd > MAX_DECOMPOSITION)
            return VC_ERR_INTERNAL;
        if (nd == 0)
            continue; /* ignorable */
        vc_status st = reserve_cps(n, w + (size_t)nd + 1);
        if (st)
            return st;
        size_t lead = 0, trail = 0;
        while (lead < (size_t)nd && ccc(d[lead]))
            lead++;
        if (lead && run + lead > STREAM_SAFE_RUN) {
            n->cps[w++] = CGJ;
            run = 0;
        }
        memcpy(n->cps + w, d, (size_t)nd * sizeof *d);
        w += (size_t)nd;
        if (lead == (size_t)nd) {
            run += lead;
        } else {
            while (trail < (size_t)nd && ccc(d[nd - 1 - (utf8proc_ssize_t)trail]))
                trail++;
            run = trail;
        }
    }
    /* canonical ordering: a stable sort by combining class of each run of
     * non-starters, the order utf8proc's exchange sort gives */
    utf8proc_int32_t *c = n->cps;
    for (size_t i = 0; i < w;) {
        if (!ccc(c[i])) {
            i++;
            continue;
        }
        size_t e = i + 1;
        while (e < w && ccc(c[e]))
            e++;
        for (size_t a = i + 1; a < e; a++) {
            utf8proc_int32_t x = c[a];
            int cx = ccc(x);
            size_t b = a;
            while (b > i && ccc(c[b - 1]) > cx) {
                c[b] = c[b - 1];
                b--;
            }
            c[b] = x;
        }
        i = e;
    }
    return (utf8proc_ssize_t)w;
}

vc_status vc_normalize_full(vc_normalizer *n, const char *in, size_t len, vc_buf *out, size_t *repaired)
{
    vc_status st;
    vc_buf_reset(out);
    size_t bad = repair(n, in, len, &st);
    if (repaired)
        *repaired = bad;
    if (st)
        return st;
    const utf8proc_uint8_t *src = (const utf8proc_uint8_t *)n->repaired.data;
    size_t srclen = n->repaired.len;
    if (srclen == 0)
        return vc_buf_reserve(out, 0);
    int opts = UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE;
    /* COMPAT only applies together with DECOMPOSE (or COMPOSE) */
    utf8proc_ssize_t need = decompose(n, src, srclen, opts | UTF8PROC_DECOMPOSE);
    if (need < 0)
        return (vc_status)need;
    utf8proc_ssize_t m = utf8proc_normalize_utf32(n->cps, need, (utf8proc_option_t)(opts | UTF8PROC_COMPOSE));
    if (m < 0)
        return VC_ERR_INTERNAL;
    if ((st = vc_buf_reserve(out, (size_t)m * 4)))
        return st;
    utf8proc_uint8_t *dst = (utf8proc_uint8_t *)out->data;
    size_t o = 0;
    for (utf8proc_ssize_t i = 0; i < m; i++)
        if (n->cps[i] != CGJ) /* only the stream-safe ones: the input's were dropped as ignorable */
            o += (size_t)utf8proc_encode_char(map_cp(n->cps[i]), dst + o);
    out->len = o;
    out->data[o] = 0;
    return VC_OK;
}

vc_status vc_normalize(vc_normalizer *n, const char *in, size_t len, vc_buf *out, size_t *repaired)
{
    const unsigned char *s = (const unsigned char *)in;
    size_t i = vc_ascii_prefix(in, len);
    if (repaired)
        *repaired = 0;
    vc_buf_reset(out);
    vc_status st = vc_buf_reserve(out, len);
    if (st)
        return st;
    if (i == len) {
        char *d = out->data;
        for (size_t k = 0; k < len; k++)
            d[k] = ascii_map(s[k]);
        out->len = len;
        d[len] = 0;
        return VC_OK;
    }
    /* Mostly ASCII with some other text: only the non-ASCII runs, each
     * with the ASCII character before it (an accent may compose with it),
     * go through the full path. The cut before an ASCII character is a
     * normalization boundary (a starter that composes with nothing before
     * it, NFKC_QC = Yes), so the pieces normalize independently. */
    size_t pos = 0;
    while (pos < len) {
        size_t j = pos;
        while (j < len && s[j] < 0x80)
            j++;
        size_t a = j > pos && j < len ? j - 1 : j; /* keep the last ASCII character for the segment */
        if ((st = vc_buf_reserve(out, a - pos)))
            return st;
        for (size_t k = pos; k < a; k++)
            out->data[out->len++] = ascii_map(s[k]);
        if (j == len)
            break;
        size_t e = j;
        while (e < len && s[e] >= 0x80)
            e++;
        size_t bad = 0;
        if ((st = vc_normalize_full(n, in + a, e - a, &n->seg, &bad)) ||
            (st = vc_buf_append(out, n->seg.data ? n->seg.data : "", n->seg.len)))
            return st;
        if (repaired)
            *repaired += bad;
        pos = e;
    }
    out->data[out->len] = 0;
    return VC_OK;
}
