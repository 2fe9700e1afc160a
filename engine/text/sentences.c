/*
 * sentences.c - splitting a comment into sentences.
 *
 * A sentence ends after a run of terminators ('.', '!', '?', U+2026) that is
 * followed by whitespace or the end of the text, at a CJK full stop or
 * fullwidth '!'/'?' (CJK text has no spaces after them), and at any line
 * break. "3.5", "e.g.x" and "www.site.com" therefore do not split. Ranges
 * are trimmed of whitespace and empty ones are dropped. No allocation: the
 * caller passes room and calls again when the count says it was too small.
 */
#include <stdint.h>
#include <string.h>

#include "text_internal.h"
#include "vocal/text.h"

static int is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

/* Byte length of a terminator at s, 0 if none; *cjk set for forms that end
 * a sentence without following whitespace. */
static size_t terminator(const unsigned char *s, size_t len, int *cjk)
{
    *cjk = 0;
    if (s[0] == '.' || s[0] == '!' || s[0] == '?')
        return 1;
    if (len >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xA6) /* … */
        return 3;
    if (len >= 3 && ((s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x82) ||  /* 。 */
                     (s[0] == 0xEF && s[1] == 0xBC && (s[2] == 0x81 || s[2] == 0x9F)))) { /* ！ ？ */
        *cjk = 1;
        return 3;
    }
    return 0;
}

void vc_text_emit_span(const char *s, size_t a, size_t b, vc_span_range *out, size_t max, size_t *count)
{
    while (a < b && is_ws((unsigned char)s[a]))
        a++;
    while (b > a && is_ws((unsigned char)s[b - 1]))
        b--;
    if (a == b)
        return;
    if (*count < max) {
        out[*count].start = a;
        out[*count].end = b;
    }
    (*count)++;
}

#define ONES 0x0101010101010101ULL
#define HI 0x8080808080808080ULL

/* Nonzero when some byte of w equals c (SWAR: a zero byte of w ^ c). */
static inline uint64_t has_byte(uint64_t w, unsigned char c)
{
    uint64_t x = w ^ (ONES * c);
    return (x - ONES) & ~x & HI;
}

size_t vc_split_sentences(const char *str, size_t len, vc_span_range *out, size_t max)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t count = 0, start = 0, i = 0;
    while (i < len) {
        /* skip 8 bytes at a time while none can end a sentence */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if ((w & HI) || has_byte(w, '\n') || has_byte(w, '.') || has_byte(w, '!') || has_byte(w, '?'))
                break;
            i += 8;
        }
        if (i >= len)
            break;
        unsigned char c = s[i];
        if (c == '\n') {
            vc_text_emit_span(str, start, i, out, max, &count);
            start = ++i;
            continue;
        }
        if (c != '.' && c != '!' && c != '?' && c < 0xE2) {
            i++;
            continue;
        }
        int cjk;
        size_t t = terminator(s + i, len - i, &cjk);
        if (!t) {
            i++;
            continue;
        }
        size_t j = i + t;
        int any_cjk = cjk;
        for (;;) {
            if (j >= len)
                break;
            size_t t2 = terminator(s + j, len - j, &cjk);
            if (!t2)
                break;
            any_cjk |= cjk;
            j += t2;
        }
        if (any_cjk || j >= len || is_ws(s[j])) {
            vc_text_emit_span(str, start, j, out, max, &count);
            start = j;
        }
        i = j;
    }
    vc_text_emit_span(str, start, len, out, max, &count);
    return count;
}
