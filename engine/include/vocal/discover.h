/*
 * discover.h - find what a lexicon misses: the words and phrases that are
 * unusually frequent in one group of comments against another, whether a
 * theme entry already covers them, the score of the comments that use them,
 * examples, and candidate themes grouped by co-occurrence.
 *
 * Terms are word n-grams (1 to max_words words) of the normalized text, cut
 * the way the matcher cuts words (text.h), so each term written as a lexicon
 * phrase matches exactly where it was counted:
 *   - words joined by a single apostrophe stay one token ("don't", "it's");
 *   - an n-gram runs across spaces, hyphens and dashes only (the separators a
 *     lexicon phrase matches across); other punctuation, emoji and sentence
 *     ends break it;
 *   - a unigram may not be a stop word, and an n-gram may not start or end
 *     with one ("waste of time" is a term, "of the" is not).
 *
 * Topics and sentiment: a term made only of words that carry sentiment in
 * the VADER lexicon (a valence, or a negation or booster such as "never" or
 * "very") and stop words, with at least one of the former ("bad", "so bad",
 * "not good", "the worst", "never"), is a sentiment term. Its weight among
 * detractors says how they feel, not what they talk about, so it is listed
 * in its own section (vc_discovery.sentiment_terms) and never among the
 * uncovered topics, nor in the suggested fragment.
 *
 * Ranking and overlap: terms are ranked by G2; a longer term that contains
 * a stronger shorter one is kept beside it unless it accounts for most of
 * the shorter one's comments, in which case it replaces it ("card scanner
 * kept" stays beside "card"; "qr code scanner" replaces "scanner" when
 * scanners are only ever mentioned in it).
 *
 * Passes (each an ordinary pipeline scan, so the accounting, rejects and
 * threading are those of `vocal scan`):
 *   1. count every term per group in per-thread tables that hold at most
 *      memory_bytes between them. A table that fills up drops its rarest
 *      entries (lossy counting with a rising threshold T: an entry dropped
 *      had been seen in at most T comments, and a new entry may already have
 *      missed T). When no table ever filled, the counts are exact and pass 2
 *      is skipped.
 *   2. otherwise, count exactly the terms that could still reach min_count
 *      in the target group. Guarantee: every term found in more than
 *      `exact_above` target comments (the sum of the tables' final T, or more
 *      when the candidates themselves had to be cut to the budget) is
 *      evaluated with exact counts; rarer terms may be missed.
 *   3. collect examples and co-occurrences of the terms that are listed.
 * So inputs must be files that can be read again (not standard input).
 *
 * Ownership: options are borrowed during vc_discover_run(); the result owns
 * its terms (vc_discovery_free).
 */
#ifndef VOCAL_DISCOVER_H
#define VOCAL_DISCOVER_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/keyness.h"
#include "vocal/lexicon.h"
#include "vocal/pipeline.h"
#include "vocal/sentiment.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef enum vc_compare_kind {
    VC_COMPARE_SCORE = 0,  /* low (detractors) against high (promoters) */
    VC_COMPARE_PERIOD = 1, /* one period (the latest by default) against the others */
    VC_COMPARE_VALUE = 2   /* rows where a column has a value against the rest */
} vc_compare_kind;

typedef struct vc_discover_options {
    vc_scan_options scan;        /* inputs, columns, format, lexicon, threads, rejects;
                                    sentiment, hook and quotes are set by discover */
    vc_compare_kind compare;
    const char *compare_col;     /* VALUE: the column; PERIOD: the date column */
    const char *compare_value;   /* VALUE: the value; PERIOD: a label, NULL = latest */
    unsigned max_words;          /* 1..5; 0: 3 */
    uint64_t min_count;          /* target comments a term needs; 0: 5 */
    double alpha;                /* 0: 0.05 */
    vc_correction correction;
    double collapse_share;       /* 0: 0.75 (vc_terms_collapse) */
    int include_covered;         /* list covered terms too */
    int rank_log_ratio;          /* rank by log ratio (effect size) instead of G2 */
    int no_collapse;             /* list overlapping n-grams as they are */
    size_t top;                  /* terms listed; 0: 30 */
    size_t examples;             /* per listed term */
    size_t example_bytes;        /* examples are cut to this; 0: 300 */
    size_t memory_bytes;         /* for the n-gram tables; 0: 128 MiB */
    const char *const *stop_words; /* NULL: none */
    size_t nstop_words;
    double cluster_phi;          /* 0: 0.3; terms whose mentions in the target correlate this much
                                    (phi coefficient) share a candidate theme */
    const vc_sentiment_lexicon *sentiment_lex; /* which words carry sentiment; NULL: VADER's built-in */
    int sentiment_as_topics;     /* list sentiment terms among the topics, as before (no section) */
} vc_discover_options;

typedef struct vc_discovery {
    vc_term_list terms;          /* listed, ranked */
    char *target_label, *reference_label; /* "detractors", "promoters", "2026-11", "rest", ... */
    uint64_t target_comments, reference_comments;
    vc_cell all;                 /* every analyzed comment */
    uint64_t tested;             /* terms tested for significance */
    uint64_t significant;        /* ... significant in the target's favour */
    uint64_t significant_uncovered;
    double p_cutoff;             /* the largest significant p (-1: none) */
    uint64_t exact_above;        /* 0: every count exact */
    int passes;
    size_t peak_table_bytes;     /* the most the n-gram tables held */
    unsigned candidates;         /* candidate themes among the listed terms */
    uint64_t invalid_dates;      /* PERIOD: rows without a readable date (in neither group) */
    vc_scan *scan;               /* pass 1: accounting and file status */
    vc_term_list sentiment_terms; /* the sentiment section, ranked (covered or not) */
    uint64_t significant_sentiment; /* significant terms that are sentiment terms */
} vc_discovery;

/* 1 when the words of `term` (single spaces between them) are all stop
 * words or words VADER gives a valence, a negation or a boost to, and at
 * least one is one of the latter; 0 otherwise. `stop` lists stop words
 * (nstop of them, as normalized text). */
int vc_term_is_sentiment(const vc_sentiment_lexicon *lex, const char *term, const char *const *stop, size_t nstop);

void vc_discover_defaults(vc_discover_options *o);
/* Returns VC_OK; VC_ERR_USAGE for bad options or columns; what vc_scan_run
 * returns otherwise (err says where). On VC_OK *out is set. */
vc_status vc_discover_run(const vc_discover_options *o, vc_discovery **out, vc_error *err);
void vc_discovery_free(vc_discovery *d);

/* The report's "What the lexicon misses": discover's defaults over the
 * inputs of a scan (so's rejects, comments, progress and segments are left
 * out), detractors against promoters, the 10 strongest uncovered terms with
 * one example of at most 200 bytes each, the built-in stop words. Reads the
 * inputs twice more, so not for standard input. Returns as vc_discover_run. */
vc_status vc_discover_missed(const vc_scan_options *so, vc_discovery **out, vc_error *err);

VC_API_END

#endif
