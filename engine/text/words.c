/*
 * words.c - what a word is, and what may stand between the words of a
 * phrase: the two rules every tokenizer in vocal shares.
 *
 * A word is a maximal run of code points of category L, N or M, or '_'
 * (vc_is_word_cp). The ASCII part of the scan is inline in text.h
 * (vc_next_word, 8 bytes at a time on little-endian GCC builds); the first
 * non-ASCII byte hands over to vc_next_word_general here, which decodes.
 *
 * Gap characters (vc_gap_char) are the separators a lexicon phrase matches
 * across: spaces, tabs, line breaks, hyphens and the Unicode dashes and
 * minus. The matcher and the lexicon builder use the rule as is; discover,
 * whose terms stay inside one sentence, leaves out the line break.
 *
 * Everything here is pure: no state, no allocation.
 */
#include <utf8proc.h>

#include "vocal/text.h"

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

size_t vc_gap_char(const char *s, size_t len)
{
    unsigned char c = (unsigned char)s[0];
    if (c == ' ' || c == '\t' || c == '\n' || c == '-')
        return 1;
    if (c == 0xE2 && len >= 3) {
        unsigned char b1 = (unsigned char)s[1], b2 = (unsigned char)s[2];
        if (b1 == 0x80 && b2 >= 0x90 && b2 <= 0x95) /* U+2010..U+2015 */
            return 3;
        if (b1 == 0x88 && b2 == 0x92) /* U+2212 */
            return 3;
    }
    return 0;
}
