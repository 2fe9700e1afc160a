/*
 * sentiment_internal.h - VADER's "but" rule, exposed to the tests, and the
 * token record the CX rules (cx.c) read.
 *
 * Ownership: vc_but_work is caller-owned scratch, reused across calls and
 * released with vc_but_work_free(). Tokens belong to the scratch.
 */
#ifndef VOCAL_SENTIMENT_INTERNAL_H
#define VOCAL_SENTIMENT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/status.h"

typedef struct vc_but_work {
    uint32_t *left, *right, *rank; /* a leftist heap node per listed token */
    size_t cap;
    uint64_t *keys;  /* value -> heap of the tokens holding it */
    uint32_t *roots;
    size_t tcap;
} vc_but_work;

void vc_but_work_free(vc_but_work *w);

/* One token of VADER's str.split(), as the scorer prepares it. */
typedef struct vc_vader_tok {
    size_t off, rawlen; /* bytes of the token in the prepared text */
    size_t lo, lolen;   /* lowercase text in scratch->low */
    double val;
    double boost;
    uint8_t upper; /* Python str.isupper() of the token */
    uint8_t in_lex;
    uint8_t is_boost;
    uint8_t negated;
    uint8_t word;  /* W_* */
    uint8_t idiom; /* I_*: a word of a special idiom or two-word booster */
} vc_vader_tok;

/* A token's word as the CX rules (cx.c) compare it: its lowercase form
 * without leading or trailing punctuation, the key the rules compare, what
 * kind of word it is, and the rules that may start at it (bits, in the
 * order of cx.c's table). */
#define VC_CX_KEY 24
enum { VC_CX_QUANTITY = 1, VC_CX_NEGATOR = 2, VC_CX_OPENS_CLAUSE = 4 };
typedef struct vc_cx_word {
    const char *p;
    size_t n;
    uint64_t rules[2];
    char key[VC_CX_KEY]; /* apostrophes dropped */
    uint8_t klen;
    uint8_t flags;       /* VC_CX_* */
} vc_cx_word;

/* The words of tokens t[0..n), whose lowercase forms are at low + t[i].lo.
 * Computed once per prepared text and shared by the text and its spans. */
void vc_cx_words(const vc_vader_tok *t, const char *low, size_t n, vc_cx_word *out);

/* The CX rules on tokens t[0..n) with words w[0..n) and raw forms at
 * text + t[i].off: rewrites the per-token valences `sent` VADER's step 3
 * computed, before the "but" rule. */
void vc_cx_rules(const vc_vader_tok *t, const vc_cx_word *w, const char *text, size_t n, double *sent);

/* The rule as the reference applies it: for a = 0 .. n-1, the value
 * v = s[nz[a]] (when not 0) is looked up with list.index(), and the first
 * listed token b holding v gets v * 0.5 if nz[b] < but, v * 1.5 if
 * nz[b] > but. nz lists the tokens with a value, ascending. O(n log n)
 * (a heap of tokens per value); the direct search is O(n^2) when values
 * repeat. */
vc_status vc_but_rule(double *s, const size_t *nz, size_t n, size_t but, vc_but_work *w);

#endif
