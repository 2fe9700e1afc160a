/*
 * utf8.c - UTF-8 decoding, validation and repair.
 *
 * Repair follows the Unicode "substitution of maximal subparts" practice
 * (Unicode 15, section 3.9; also what the WHATWG encoding standard does):
 * decoding per Table 3-7, and when a sequence breaks, the bytes consumed so
 * far become one U+FFFD and decoding restarts at the offending byte. So an
 * overlong "C0 AF" is two replacements, a surrogate "ED A0 80" three, a
 * truncated "E2 82" one. vc_utf8_repair is that repair on its own, for
 * strings that reach an output without being normalized (segment values,
 * file names); vc_normalize starts with it.
 */
#include "text_internal.h"
#include "vocal/text.h"

/* Length of the valid sequence at s (1-4), or 0 when invalid; *bad gets the
 * number of bytes that form the maximal invalid subpart (>= 1). */
size_t vc_utf8_valid_len(const unsigned char *s, size_t len, size_t *bad)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        need = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        *bad = 1;
        return 0;
    }
    size_t i = 1;
    for (; i < need; i++) {
        if (i >= len)
            break;
        unsigned char b = s[i];
        unsigned char l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
        if (b < l || b > h)
            break;
    }
    if (i == need)
        return need;
    *bad = i;
    return 0;
}

int vc_utf8_decode(const char *str, size_t len, int32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t bad = 1;
    size_t n = vc_utf8_valid_len(s, len, &bad);
    switch (n) {
    case 1: *cp = s[0]; return 1;
    case 2: *cp = ((s[0] & 0x1F) << 6) | (s[1] & 0x3F); return 2;
    case 3: *cp = ((s[0] & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F); return 3;
    case 4:
        *cp = ((s[0] & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        return 4;
    }
    *cp = 0xFFFD;
    return (int)bad;
}

size_t vc_utf8_invalid_count(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0, count = 0;
    while (i < len) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t bad = 1;
        size_t n = vc_utf8_valid_len(s + i, len - i, &bad);
        if (n)
            i += n;
        else {
            count++;
            i += bad;
        }
    }
    return count;
}

size_t vc_utf8_repair(const char *in, size_t len, vc_buf *out)
{
    const unsigned char *s = (const unsigned char *)in;
    size_t count = 0, i = 0, start = 0;
    while (i < len) {
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
        vc_buf_append(out, in + start, i - start);
        vc_buf_append(out, "\xEF\xBF\xBD", 3);
        count++;
        i += bad;
        start = i;
    }
    vc_buf_append(out, in + start, len - start);
    return count;
}
