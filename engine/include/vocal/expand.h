/*
 * expand.h - grow a lexicon from the user's own comments: per theme, the
 * words and phrases no entry covers that occur in the comments matching the
 * theme far more often than chance.
 *
 * Terms are cut as discover cuts them (discover.h: word n-grams of the
 * normalized text, 1 to max_words words, stop words neither alone nor at an
 * end) and counted over comments in the same bounded-memory passes. For a
 * theme T matched in N_T of the N analyzed comments, and a term in n
 * comments, a of them matching T, the 2x2 table (with / without the term,
 * matching T / not) gives the signed log-likelihood G2 (keyness.h, a of N_T
 * against n - a of N - N_T) and the lift
 *   lift = (a / N_T) / (n / N)   (log2 lift is the pointwise mutual information)
 * A suggestion is a term with a >= min_count, G2 > 0 and significant after
 * the correction over every (theme, term) pair tested, not covered by any
 * entry (vc_term_is_covered) and, unless asked, not a sentiment term
 * (vc_term_is_sentiment). Per theme the suggestions are ranked by G2, the
 * overlapping n-grams collapsed as discover does, and the first `top` kept.
 *
 * In each vc_term of a theme's list: target = a, reference = n - a,
 * cell.comments = n (with its score groups), k = the keyness above.
 *
 * Ownership: options are borrowed during vc_expand_run(); the result owns
 * its themes, names and terms (vc_expansion_free).
 */
#ifndef VOCAL_EXPAND_H
#define VOCAL_EXPAND_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/keyness.h"
#include "vocal/lexicon.h"
#include "vocal/pipeline.h"
#include "vocal/sentiment.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_expand_options {
    vc_scan_options scan;        /* inputs, columns, format, lexicon (the one to expand), threads */
    const char *theme;           /* only this theme (its full name); NULL: every theme with entries */
    unsigned max_words;          /* 1..5; 0: 3 */
    uint64_t min_count;          /* comments of the theme a term needs; 0: 5 */
    double alpha;                /* 0: 0.05 */
    vc_correction correction;
    size_t top;                  /* suggestions per theme; 0: 10 */
    size_t examples;             /* per suggestion */
    size_t example_bytes;        /* 0: 300 */
    size_t memory_bytes;         /* for the n-gram tables; 0: 128 MiB */
    const char *const *stop_words; /* NULL: none */
    size_t nstop_words;
    const vc_sentiment_lexicon *sentiment_lex; /* NULL: VADER's built-in */
    int include_sentiment;       /* suggest sentiment terms too */
} vc_expand_options;

typedef struct vc_expand_theme {
    uint32_t theme;              /* id in the lexicon */
    char *name;
    uint64_t comments;           /* comments matching it */
    vc_term_list terms;          /* its suggestions, ranked */
} vc_expand_theme;

typedef struct vc_expansion {
    vc_expand_theme *themes;     /* in lexicon order; a theme without suggestions is listed too */
    size_t nthemes;
    uint64_t comments;           /* analyzed comments */
    uint64_t tested;             /* (theme, term) pairs tested */
    uint64_t significant;        /* ... significant for their theme */
    double p_cutoff;             /* the largest significant p (-1: none) */
    uint64_t exact_above;        /* 0: every count exact (discover.h) */
    int passes;
    size_t peak_table_bytes;
    vc_scan *scan;               /* pass 1: accounting and file status */
} vc_expansion;

void vc_expand_defaults(vc_expand_options *o);
/* Returns VC_OK; VC_ERR_USAGE for bad options, an unknown theme or columns;
 * what vc_scan_run returns otherwise. On VC_OK *out is set. */
vc_status vc_expand_run(const vc_expand_options *o, vc_expansion **out, vc_error *err);
void vc_expansion_free(vc_expansion *x);

/* lift of a term (see above): (a / N_T) / (n / N); NAN when undefined. */
double vc_expand_lift(uint64_t a, uint64_t theme_comments, uint64_t n, uint64_t comments);

VC_API_END

#endif
