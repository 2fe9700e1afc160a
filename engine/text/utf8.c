/*
 * utf8.c - UTF-8 decoding, validation and repair, and the word-character
 * test shared by every tokenizer in vocal.
 *
 * Repair follows the Unicode "substitution of maximal subparts" practice
 * (Unicode 15, section 3.9; also what the WHATWG encoding standard does):
 * decoding per Table 3-7, and when a sequence breaks, the bytes consumed so
 * far become one U+FFFD and decoding restarts at the offending byte. So an
 * overlong "C0 AF" is two replacements, a surrogate "ED A0 80" three, a
 * truncated "E2 82" one.
 */
#include <utf8proc.h>

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

const unsigned char vc_ascii_word[128] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1,
    ['9'] = 1, ['_'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1,
    ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
    ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1,
    ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
    ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

int vc_is_word_cp(int32_t cp)
{
    if (cp < 128)
        return cp >= 0 && vc_ascii_word[cp];
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

int vc_next_word_general(const char *s, size_t len, size_t *pos, size_t *start, size_t *end)
{
    size_t i = *pos;
    int32_t cp;
    /* skip separators */
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (vc_ascii_word[c])
                break;
            i++;
            continue;
        }
        int n = vc_utf8_decode(s + i, len - i, &cp);
        if (vc_is_word_cp(cp))
            break;
        i += (size_t)n;
    }
    if (i >= len) {
        *pos = len;
        return 0;
    }
    *start = i;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (!vc_ascii_word[c])
                break;
            i++;
            continue;
        }
        int n = vc_utf8_decode(s + i, len - i, &cp);
        if (!vc_is_word_cp(cp))
            break;
        i += (size_t)n;
    }
    *end = i;
    *pos = i;
    return 1;
}
