/*
 * text.h - Unicode normalization, sentence splitting and word tokenization.
 *
 * Normalization (vc_normalize) is what both lexicon entries and comments go
 * through before matching, so the two always agree:
 *   1. invalid UTF-8 is repaired: each maximal invalid subpart becomes U+FFFD
 *      (the W3C/Unicode "substitution of maximal subparts" practice) and is
 *      counted;
 *   2. NFKC with case folding (utf8proc: STABLE|COMPOSE|COMPAT|CASEFOLD),
 *      default-ignorable code points removed (IGNORE), control characters
 *      other than tab and newline become spaces;
 *   3. typographic apostrophes and quotes map to ASCII ' and ".
 * Pure ASCII text takes a fast path (byte-wise lowercase) that gives exactly
 * the same result as the full path.
 *
 * Words (vc_is_word_cp / vc_next_word): a word is a maximal run of code
 * points of Unicode general category L, N or M (any subcategory), or '_'. Everything else
 * separates words. The same definition is used by the matcher's fast path
 * and by its PCRE2 reference patterns ([\p{L}\p{N}\p{M}_]).
 *
 * Ownership: vc_normalizer is per-thread scratch (utf8proc work buffers);
 * the output goes to a caller-owned vc_buf.
 */
#ifndef VOCAL_TEXT_H
#define VOCAL_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/buf.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_normalizer vc_normalizer;

vc_normalizer *vc_normalizer_new(void);
void vc_normalizer_free(vc_normalizer *n);

/* Normalize `in` into `out` (out is reset first). *repaired (may be NULL)
 * receives the number of invalid UTF-8 sequences replaced by U+FFFD. */
vc_status vc_normalize(vc_normalizer *n, const char *in, size_t len,
                       vc_buf *out, size_t *repaired);

/* Count invalid UTF-8 sequences without changing anything (0 = valid). */
size_t vc_utf8_invalid_count(const char *s, size_t len);

/* Append s[0..len) to out with each maximal invalid subpart replaced by
 * U+FFFD (the repair vc_normalize starts with); returns the number of
 * replacements. A failed append is kept in out's sticky status. */
size_t vc_utf8_repair(const char *s, size_t len, vc_buf *out);

/* Decode one code point of valid UTF-8 at s (len > 0). Returns bytes used
 * (1..4); on invalid input returns 1 and *cp = 0xFFFD. */
int vc_utf8_decode(const char *s, size_t len, int32_t *cp);

/* Length of the ASCII prefix of s[0..len) (len when all of it is ASCII),
 * checked 8 bytes at a time. */
static inline size_t vc_ascii_prefix(const char *s, size_t len)
{
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ULL)
            break;
    }
    while (i < len && (unsigned char)s[i] < 0x80)
        i++;
    return i;
}

/* 1 when cp is a word character (categories L, N, M, or '_'). */
int vc_is_word_cp(int32_t cp);

/* Find the next word in s[*pos..len): on success sets *start and *end (byte
 * offsets) and *pos = *end and returns 1; returns 0 when no word is left.
 * Inline for ASCII (a table lookup per byte); the first non-ASCII byte
 * hands over to vc_next_word_general, which decodes. */
extern const unsigned char vc_ascii_word[128];
int vc_next_word_general(const char *s, size_t len, size_t *pos, size_t *start, size_t *end);

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define VC_WORD_SWAR 1
/* Per byte of 8: the high bit set where the byte is an ASCII word character
 * ([0-9A-Za-z_]), clear elsewhere (non-ASCII bytes included). Range tests
 * on 7-bit bytes cannot carry into the next byte. */
static inline uint64_t vc_word_mask8(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ULL, hi = 0x8080808080808080ULL;
    uint64_t v = w & ~hi;
    uint64_t l = v | 0x2020202020202020ULL; /* A-Z -> a-z, letters only land in a-z */
    uint64_t letter = (l + ones * (0x80 - 'a')) & ~(l + ones * (0x7F - 'z'));
    uint64_t digit = (v + ones * (0x80 - '0')) & ~(v + ones * (0x7F - '9'));
    uint64_t x = v ^ (ones * '_');
    uint64_t under = ~(((x & ~hi) + ~hi) | x); /* exact zero-byte test */
    return (letter | digit | under) & ~w & hi;
}
#endif

static inline int vc_next_word(const char *s, size_t len, size_t *pos, size_t *start, size_t *end)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = *pos;
#ifdef VC_WORD_SWAR
    /* 8 bytes at a time: to the first word character or non-ASCII byte */
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, u + i, 8);
        uint64_t stop = vc_word_mask8(w) | (w & 0x8080808080808080ULL);
        if (stop) {
            i += (size_t)__builtin_ctzll(stop) / 8;
            break;
        }
    }
#endif
    while (i < len && u[i] < 0x80 && !vc_ascii_word[u[i]])
        i++;
    if (i >= len) {
        *pos = len;
        return 0;
    }
    size_t a = i;
#ifdef VC_WORD_SWAR
    /* to the first byte that is not an ASCII word character */
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, u + i, 8);
        uint64_t stop = ~vc_word_mask8(w) & 0x8080808080808080ULL;
        if (stop) {
            i += (size_t)__builtin_ctzll(stop) / 8;
            break;
        }
    }
#endif
    while (i < len && u[i] < 0x80 && vc_ascii_word[u[i]])
        i++;
    if (i < len && u[i] >= 0x80) {
        *pos = a; /* a separator or a word character: decoding decides */
        return vc_next_word_general(s, len, pos, start, end);
    }
    *start = a;
    *end = *pos = i;
    return 1;
}

/* Length of the gap character at s (a space, tab, line break, hyphen,
 * U+2010..U+2015 or U+2212: what a lexicon phrase matches across between
 * two words), 0 when the character at s is not one. len > 0. */
size_t vc_gap_char(const char *s, size_t len);

typedef struct vc_span_range {
    size_t start, end; /* byte offsets, end exclusive */
} vc_span_range;

/* Split text into sentences. A sentence ends after a run of '.', '!', '?'
 * (and the Unicode ellipsis/fullwidth forms) that is followed by whitespace
 * or the end of text, or at a line break. Leading/trailing whitespace is
 * trimmed and empty sentences are dropped. Writes up to `max` ranges and
 * returns the total count (call again with more room when it exceeds max). */
size_t vc_split_sentences(const char *s, size_t len, vc_span_range *out,
                          size_t max);

/* Split text into clauses: the sentences of vc_split_sentences(), each cut
 * again after a ',' ';' or ':' that is followed by whitespace, and before
 * the words "but", "though", "although" and "however" (any case; the word
 * opens the next clause). Trimmed, empty clauses dropped; writes up to
 * `max` ranges and returns the total count, as vc_split_sentences(). */
size_t vc_split_clauses(const char *s, size_t len, vc_span_range *out, size_t max);
/* The same cuts in text that is one sentence already (a range that
 * vc_split_sentences() gave): no sentence boundary is looked for, so a
 * caller that has the sentences pays for the clauses only. */
size_t vc_split_sentence_clauses(const char *s, size_t len, vc_span_range *out, size_t max);

VC_API_END

#endif
