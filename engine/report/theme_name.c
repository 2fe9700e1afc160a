/*
 * theme_name.c - a theme's name in words, for readers of a review.
 *
 * A theme without a display label ("@label" in its lexicon) is shown by
 * the words of its slug: the last level of the path, '_' and '-' read as
 * spaces, the first letter in capitals ("commercial/price_value" is "Price
 * value", "signal/churn_risk" is "Churn risk"). Nothing else is guessed:
 * "and" stays "and", abbreviations stay as written, and only an ASCII
 * first letter is changed (case rules beyond ASCII belong to a label).
 *
 * Pure and allocation-free: the caller's buffer, snprintf's contract
 * (the length the whole name needs comes back; a name that does not fit
 * is cut at a character boundary), safe from any thread.
 */
#include <string.h>

#include "vocal/report.h"

/* Append byte c at *n, when it fits before the terminating NUL. */
static void put(char *dst, size_t cap, size_t *n, char c)
{
    if (*n + 1 < cap)
        dst[*n] = c;
    (*n)++;
}

size_t vc_theme_display_name(const char *name, char *dst, size_t cap)
{
    const char *slash = strrchr(name, '/');
    const char *level = slash ? slash + 1 : name;
    size_t n = 0;
    int gap = 0;
    for (const char *p = level; *p; p++) {
        if (*p == '_' || *p == '-' || *p == ' ') {
            gap = n > 0; /* runs become one space; none at the start */
            continue;
        }
        if (gap)
            put(dst, cap, &n, ' ');
        gap = 0;
        char c = *p;
        if (n == 0 && c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        put(dst, cap, &n, c);
    }
    if (n == 0) /* no word in it ("_"): the level as written */
        for (const char *p = level; *p; p++)
            put(dst, cap, &n, *p);
    if (cap) {
        size_t end = n < cap ? n : cap - 1;
        if (end < n) { /* cut: drop a last character that lost bytes */
            size_t lead = end;
            while (lead > 0 && ((unsigned char)dst[lead - 1] & 0xC0) == 0x80)
                lead--;
            if (lead > 0) {
                unsigned char b = (unsigned char)dst[lead - 1];
                size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                if (lead - 1 + len > end)
                    end = lead - 1;
            }
        }
        dst[end] = 0;
    }
    return n;
}
