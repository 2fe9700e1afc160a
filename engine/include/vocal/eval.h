/*
 * eval.h - how well a lexicon finds hand-labeled themes: precision, recall
 * and F1 per theme, micro and macro averages over the leaf themes the gold
 * labels at least once, the first
 * false positives and negatives with the entries that fired, and with a
 * sentiment label column the accuracy of VADER's class and its confusion
 * matrix.
 *
 * Labels are theme names separated by ';' (blanks around a name trimmed,
 * empty for none). A label names a theme by its full name (service/staff)
 * or, without '/', by its last level (staff); a comment labeled with a theme
 * also counts for the themes above it. A theme the gold never labels (support
 * 0: say a pack's industry theme against a gold file of the default's
 * themes) is unjudged: its predictions are counted but are neither true
 * nor false positives, and it stays out of the averages. Sentiment labels are positive,
 * neutral or negative (any case); other non-empty labels count as "other".
 *
 * One pass through the pipeline (any input format, threads) with a record
 * hook; per-worker counters are merged at the end and examples are the
 * first in input order, so the result does not depend on threads.
 *
 * Ownership: options are borrowed during vc_eval_run(); the result owns
 * everything it points to except the lexicon, which must outlive it
 * (vc_eval_result_free).
 */
#ifndef VOCAL_EVAL_H
#define VOCAL_EVAL_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/example.h"
#include "vocal/lexicon.h"
#include "vocal/model.h"
#include "vocal/pipeline.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_eval_options {
    vc_scan_options scan;      /* inputs: the gold files; lex: the lexicon to
                                  judge; sentiment: NULL loads the built-in
                                  VADER when sentiment_col is set. The hook
                                  fields are vc_eval_run's own. */
    const char *labels_col;    /* NULL: "themes" */
    const char *sentiment_col; /* NULL: no sentiment accuracy */
    size_t examples;           /* false positives and negatives kept per theme */
    /* Sentiment modes for the accuracy (bits 1 << vc_sentiment_mode): 0 or
     * one bit, the scan in that mode (0: scan.sentiment_mode); both bits, the
     * scan in VADER and each comment scored again in CX for a second block. */
    unsigned sentiment_modes;
    /* A theme model (model.h, checked against scan.lex) and what predicts:
     * VC_EVAL_LEXICON (the default; the model unused), VC_EVAL_MODEL (the
     * model alone: a leaf theme where its probability reaches the theme's
     * threshold, and the themes above it) or VC_EVAL_UNION (either). */
    const vc_model *model;
    int model_use;
} vc_eval_options;

enum { VC_EVAL_LEXICON = 0, VC_EVAL_MODEL = 1, VC_EVAL_UNION = 2 };

/* The defaults of `vocal lexicon eval`: vc_scan_options_init() for the scan,
 * 3 examples; labels and sentiment columns NULL. */
void vc_eval_options_init(vc_eval_options *o);

/* 1 when the label label[0..n) names the theme: its full name
 * (service/staff) or, without '/', its last level (staff). */
int vc_eval_label_matches(const char *theme, const char *label, size_t n);

typedef struct vc_eval_score {
    uint64_t support, predicted, tp, fp, fn;
    double precision, recall, f1; /* 0 when undefined */
} vc_eval_score;

typedef struct vc_eval_theme {
    const char *name; /* the lexicon's */
    int leaf;         /* no theme below it */
    vc_eval_score score; /* unjudged: only support (0) and predicted; the rest 0 */
    vc_example_list false_positives, false_negatives; /* entries: those that fired */
    int unjudged;     /* the gold never labels it (support 0): out of the averages */
} vc_eval_theme;

/* Sentiment classes of the labels; the predictions use the first three. */
enum { VC_EVAL_POSITIVE = 0, VC_EVAL_NEUTRAL = 1, VC_EVAL_NEGATIVE = 2, VC_EVAL_OTHER = 3 };

typedef struct vc_eval_result {
    uint64_t comments;
    size_t nthemes;          /* the lexicon's themes, in its order */
    vc_eval_theme *themes;
    size_t nleaves;          /* leaf themes in the averages (judged) */
    vc_eval_score micro;     /* over those leaf themes */
    double macro_precision, macro_recall, macro_f1;
    uint64_t unknown_labels; /* labels that name no theme */
    char unknown[8][64];     /* the first few of their distinct names */
    size_t nunknown;
    size_t examples;         /* the options' */
    int with_sentiment;
    uint64_t labeled_sentiment, correct_sentiment; /* positive, neutral or negative labels */
    uint64_t confusion[4][3]; /* label class x predicted class */
    vc_sentiment_mode sentiment_mode; /* of the counts above */
    int with_cx_sentiment;   /* both modes: the CX counts below */
    uint64_t cx_labeled_sentiment, cx_correct_sentiment, cx_confusion[4][3];
    vc_scan *scan;           /* accounting; its stats name the files of examples */
    size_t nunjudged;        /* leaf themes the gold never labels */
    uint64_t unjudged_predictions; /* their predictions, left out of the averages */
} vc_eval_result;

/* Returns VC_OK and sets *out; otherwise what vc_scan_run returns (err says
 * where) or VC_ERR_NOMEM. */
vc_status vc_eval_run(const vc_eval_options *o, vc_eval_result **out, vc_error *err);
/* Frees the result; accepts NULL. */
void vc_eval_result_free(vc_eval_result *r);
/* The F1 of precision p and recall r, and both from counts: 0 when undefined. */
void vc_eval_score_compute(vc_eval_score *s);

VC_API_END

#endif
