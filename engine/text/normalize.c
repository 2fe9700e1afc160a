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
    const unsigned char *s = (const unsigned char *)in;
    size_t count = 0, i = 0, start = 0;
    vc_buf_reset(&n->repaired);
    *st = vc_buf_reserve(&n->repaired, len + 16);
    while (!*st && i < len) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t bad = 1;
        size_t v = vc_utf8_valid_len(s + i, len - i, &bad);
        if (v) {
            i += v;
            continue;
        }
        *st = vc_buf_append(&n->repaired, in + start, i - start);
        if (!*st)
            *st = vc_buf_append(&n->repaired, "\xEF\xBF\xBD", 3);
        count++;
        i += bad;
        start = i;
    }
    if (!*st)
        *st = vc_buf_append(&n->repaired, in + start, len - start);
    return count;
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
    utf8proc_ssize_t need;
    for (;;) {
        /* COMPAT only applies together with DECOMPOSE (or COMPOSE) */
        need = utf8proc_decompose(src, (utf8proc_ssize_t)srclen, n->cps, (utf8proc_ssize_t)n->cps_cap,
                                  (utf8proc_option_t)(opts | UTF8PROC_DECOMPOSE));
        if (need < 0)
            return VC_ERR_INTERNAL; /* cannot happen: input was repaired */
        if ((size_t)need <= n->cps_cap)
            break;
        size_t cap = (size_t)need + 64;
        utf8proc_int32_t *cps = realloc(n->cps, cap * sizeof *cps);
        if (!cps)
            return VC_ERR_NOMEM;
        n->cps = cps;
        n->cps_cap = cap;
    }
    utf8proc_ssize_t m = utf8proc_normalize_utf32(n->cps, need, (utf8proc_option_t)(opts | UTF8PROC_COMPOSE));
    if (m < 0)
        return VC_ERR_INTERNAL;
    if ((st = vc_buf_reserve(out, (size_t)m * 4)))
        return st;
    utf8proc_uint8_t *dst = (utf8proc_uint8_t *)out->data;
    size_t o = 0;
    for (utf8proc_ssize_t i = 0; i < m; i++)
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
