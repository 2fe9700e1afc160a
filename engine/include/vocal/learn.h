/*
 * learn.h - train a theme model (model.h) from a lexicon's own matches.
 *
 * Weak labels, per leaf theme: a comment the lexicon matches for the theme
 * is a positive; a comment it matches only for other themes, or where the
 * theme's exclusion vetoed it, is a negative; a comment no theme matches
 * is a negative of weight `unmatched_weight` (it may mention the theme in
 * words the lexicon lacks, which is what the model is for). Hand-labeled
 * comments (`labels`, eval's gold format) add positives and negatives of
 * weight `labels_weight`. With `mask`, the words of the lexicon's own hits
 * are left out of a comment's features, so the model learns what
 * surrounds a theme's entries rather than the entries again.
 *
 * A fraction `holdout` of the comments (chosen by a hash of file and
 * record number) is kept out of training; on it, each theme's threshold is
 * the lowest probability at which the weak labels give precision >=
 * target_precision (the theme is switched off when none does).
 *
 * The model is a logistic regression per theme, trained by stochastic
 * gradient descent for `epochs` passes over the comments in an order fixed
 * by a hash of file and record number, whatever the thread count: the
 * scan's workers write each comment's features to a spill file, the spill
 * is sorted in buckets, and one thread runs the passes. Memory stays
 * bounded: a bucket (about comments/64) is in memory at a time, plus the
 * weights (themes x 2^bits floats).
 *
 * Ownership: options are borrowed; the model and report are the caller's.
 */
#ifndef VOCAL_LEARN_H
#define VOCAL_LEARN_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/model.h"
#include "vocal/pipeline.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_learn_options {
    vc_scan_options scan;     /* inputs (files: read twice; no stdin), columns,
                                 format, threads, stop; lex: the theme lexicon
                                 (no signals); hook fields are vc_learn's */
    const char *labels;       /* a gold file (eval.h format) or NULL */
    const char *labels_col;   /* NULL: "themes" */
    double labels_weight;     /* default 5 */
    double unmatched_weight;  /* default VC_LEARN_UNMATCHED_WEIGHT */
    int mask;                 /* default 1 */
    unsigned bits;            /* default VC_MODEL_BITS_DEFAULT */
    unsigned epochs;          /* default 4 */
    double learning_rate;     /* default 0.2 */
    double target_precision;  /* default 0.8 */
    double holdout;           /* default 0.1 */
} vc_learn_options;

#define VC_LEARN_UNMATCHED_WEIGHT 0.3

void vc_learn_options_init(vc_learn_options *o);

typedef struct vc_learn_theme {
    const char *name;         /* the model's */
    uint64_t positives;       /* training comments labeled with it */
    uint64_t held_positives, held_negatives;
    double threshold;         /* > 1: switched off */
    double precision, recall; /* on the held-out weak labels, at the threshold */
} vc_learn_theme;

typedef struct vc_learn_report {
    uint64_t comments, matched, unmatched, labeled, held_out;
    size_t nthemes;
    vc_learn_theme *themes;
} vc_learn_report;

vc_status vc_learn(const vc_learn_options *o, vc_model **out, vc_learn_report *rep, vc_error *err);
void vc_learn_report_free(vc_learn_report *r);

/* Lexicon entries to review (`vocal learn --suggest`): per theme of m, the
 * `top` buckets with the highest weights, read back as the words or word
 * pairs of o's inputs that fall in them outside the lexicon's own hits
 * (the most frequent string of a bucket; seen in at least 2 comments),
 * with the number of comments and the first one (in input order) as an
 * example, written to out as a lexicon fragment (one [theme] section
 * each, a comment line before each entry). One more scan of the inputs. */
vc_status vc_learn_suggest(const vc_learn_options *o, const vc_model *m, size_t top, vc_buf *out, vc_error *err);

VC_API_END

#endif
