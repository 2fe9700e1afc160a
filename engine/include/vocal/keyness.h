/*
 * keyness.h - which words and phrases are unusually frequent in one group of
 * comments (the target: detractors, the latest month, one segment) against
 * another (the reference), and the result type `vocal discover` produces and
 * the report shows.
 *
 * The unit is the comment: a term's frequency in a group is the number of
 * the group's comments that contain it, and the group's size is its number
 * of comments (a comment that repeats a phrase counts once). For each term
 * the 2x2 table (comments with / without the term, target / reference) gives
 *   G2 = 2 sum O ln(O/E)   (log-likelihood, Dunning 1993; 0 ln 0 = 0),
 * signed negative when the term is relatively rarer in the target, its
 * p-value from the chi-square distribution with 1 degree of freedom, and the
 * effect size
 *   log ratio = log2((a/n1) / (b/n2))   (Hardie 2014; a zero count is 0.5).
 * A term is significant after a multiple-comparison correction over all the
 * terms tested: Benjamini-Hochberg (false discovery rate, the default),
 * Bonferroni, or none.
 *
 * Ownership: plain functions over caller arrays; vc_term_list owns its terms
 * and their strings (vc_term_list_free).
 */
#ifndef VOCAL_KEYNESS_H
#define VOCAL_KEYNESS_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/agg.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_keyness {
    double g2;        /* signed log-likelihood; 0 when undefined */
    double log_ratio; /* log2 of the ratio of relative frequencies */
    double p;         /* two-sided, chi-square 1 df; 1 when undefined */
} vc_keyness;

/* a of n1 target comments and b of n2 reference comments contain the term. */
vc_keyness vc_keyness_compute(uint64_t a, uint64_t n1, uint64_t b, uint64_t n2);

typedef enum vc_correction {
    VC_CORRECT_BH = 0,         /* Benjamini-Hochberg, false discovery rate alpha */
    VC_CORRECT_BONFERRONI = 1, /* family-wise error rate alpha */
    VC_CORRECT_NONE = 2
} vc_correction;

int vc_correction_parse(const char *name, vc_correction *out); /* 0 or -1 */
const char *vc_correction_name(vc_correction c);

/* The largest p-value that is significant among the m tests p[0..m) at
 * level alpha, or -1 when none is: a test is significant when its p <= the
 * cut-off. p is read only. */
double vc_significance_cutoff(const double *p, size_t m, double alpha, vc_correction c);

/* One discovered term. */
typedef struct vc_term {
    char *text;            /* its words joined by single spaces */
    unsigned words;
    uint64_t target, reference;  /* comments of each group containing it */
    vc_cell cell;          /* every comment containing it: comments, score groups, score sum */
    vc_keyness k;
    int significant;
    uint64_t covered;      /* comments where a theme entry's match overlaps it */
    char *covered_by;      /* "theme: entry (file:line)" of the first such entry in lexicon order, or NULL */
    char **examples;       /* target comments containing it, first in input order */
    size_t nexamples;
    unsigned candidate;    /* suggested theme it was grouped into (1, 2, ...); 0: none */
    int sentiment;         /* a sentiment term: its weight comes from how people feel, not what they
                              talk about (vc_term_is_sentiment, discover.h) */
} vc_term;

typedef struct vc_term_list {
    vc_term *v;
    size_t n;
} vc_term_list;

void vc_term_free(vc_term *t); /* its strings; leaves it zeroed */
void vc_term_list_free(vc_term_list *l);

/* Covered: a theme entry matches over the term in at least half the comments
 * that contain it. */
int vc_term_is_covered(const vc_term *t);

/* Rank terms: by G2 descending, then more words first, then text. */
int vc_term_rank_cmp(const void *a, const void *b);
/* The same by log ratio, then G2. */
int vc_term_rank_lr_cmp(const void *a, const void *b);

/* Collapse overlapping n-grams, in place, over ranked terms (either order).
 * Going down the ranking, a term is dropped when a kept term contains it (as
 * whole words); when it contains kept terms instead, it replaces those of
 * which it holds at least `share` of the target comments (the shorter term
 * is then mostly seen inside it) and is kept beside the others (a specific
 * phrase beside a wider word that is also said without it). Dropped terms
 * are freed; returns the new count. */
size_t vc_terms_collapse(vc_term *t, size_t n, double share);

/* 1 when the words of `part` occur consecutively in `whole`. */
int vc_term_contains(const char *whole, const char *part);

VC_API_END

#endif
