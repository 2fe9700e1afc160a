/*
 * clauses.c - splitting a comment into clauses, the unit a theme's
 * sentiment is read from in the CX sentiment mode.
 *
 * In "the refund still hasn't arrived, no problems with the staff though"
 * the staff are not part of the complaint: a clause boundary falls at the
 * comma. Clauses are the sentences of vc_split_sentences(), cut again after
 * ',' ';' and ':' when whitespace follows ("3,5" and "10:30" stay whole),
 * and before the contrast words "but", "though", "although" and "however"
 * (whole words, any ASCII case), which open the clause that follows. These
 * are the clause ends the negation guard of the lexicon language uses too.
 *
 * No allocation: sentences are found a few at a time in a local array, and
 * the caller passes room for the clauses and calls again when the returned
 * count says it was too small, as with sentences.
 */
#include <string.h>

#include "text_internal.h"
#include "vocal/text.h"

static int is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

/* A byte that continues a word: ASCII letters and digits, the apostrophe
 * and any byte of a multibyte character. */
static int is_wordc(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c >= 0x80;
}


static const struct {
    const char *w;
    size_t n;
} CONTRAST[] = {{"but", 3}, {"though", 6}, {"although", 8}, {"however", 7}};

/* Length of the contrast word starting at s[i] (a word start), 0 if none. */
static size_t contrast_word(const unsigned char *s, size_t i, size_t end)
{
    for (size_t k = 0; k < sizeof CONTRAST / sizeof *CONTRAST; k++) {
        size_t n = CONTRAST[k].n;
        if (i + n > end || (i + n < end && is_wordc(s[i + n])))
            continue;
        size_t j = 0;
        while (j < n && (s[i + j] | 0x20) == CONTRAST[k].w[j])
            j++;
        if (j == n)
            return n;
    }
    return 0;
}

/* Bytes that can end a clause (, ; :) or start a contrast word (b t a h,
 * any case): the only ones the scan below looks at twice. */
static const unsigned char STOP[256] = {
    [','] = 1, [';'] = 1, [':'] = 1, ['b'] = 1, ['t'] = 1, ['a'] = 1, ['h'] = 1,
    ['B'] = 1, ['T'] = 1, ['A'] = 1, ['H'] = 1,
};

static void split_sentence(const char *str, size_t a, size_t b, vc_span_range *out, size_t max, size_t *count)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t start = a;
    for (size_t i = a; i < b; i++) {
        unsigned char c = s[i];
        if (!STOP[c])
            continue;
        if ((c == ',' || c == ';' || c == ':') && (i + 1 == b || is_ws(s[i + 1]))) {
            vc_text_emit_span(str, start, i + 1, out, max, count);
            start = i + 1;
        } else if (((c | 0x20) == 'b' || (c | 0x20) == 't' || (c | 0x20) == 'a' || (c | 0x20) == 'h') &&
                   (i == a || !is_wordc(s[i - 1])) && contrast_word(s, i, b)) {
            vc_text_emit_span(str, start, i, out, max, count);
            start = i;
        }
    }
    vc_text_emit_span(str, start, b, out, max, count);
}

size_t vc_split_sentence_clauses(const char *s, size_t len, vc_span_range *out, size_t max)
{
    size_t count = 0;
    split_sentence(s, 0, len, out, max, &count);
    return count;
}

size_t vc_split_clauses(const char *s, size_t len, vc_span_range *out, size_t max)
{
    enum { BATCH = 32 };
    vc_span_range sent[BATCH];
    size_t count = 0, from = 0;
    while (from < len) {
        size_t n = vc_split_sentences(s + from, len - from, sent, BATCH);
        size_t take = n < BATCH ? n : BATCH;
        for (size_t k = 0; k < take; k++)
            split_sentence(s, from + sent[k].start, from + sent[k].end, out, max, &count);
        if (n <= BATCH)
            break;
        /* the sentences after the last one taken start past its end */
        from += sent[BATCH - 1].end;
    }
    return count;
}
