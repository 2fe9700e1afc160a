/*
 * sentiment_eval.h - sentiment against hand labels: a file with a text
 * column and a sentiment label column (positive, neutral, negative; other
 * labels such as "mixed" are counted apart), scored in one or both
 * sentiment modes (VADER, CX). Per mode: 3-class accuracy (compound >= 0.05
 * positive, <= -0.05 negative, else neutral) with its confusion matrix, and
 * polarity accuracy over the items labeled positive or negative (positive
 * iff compound >= 0.05), the way VADER is usually measured on reviews.
 *
 * Ownership: the result is caller-owned (vc_sentiment_eval_result_free);
 * the options borrow their inputs and lexicon.
 */
#ifndef VOCAL_SENTIMENT_EVAL_H
#define VOCAL_SENTIMENT_EVAL_H

#include <stdint.h>

#include "vocal/pipeline.h"
#include "vocal/sentiment.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

enum { VC_SEVAL_POSITIVE = 0, VC_SEVAL_NEUTRAL = 1, VC_SEVAL_NEGATIVE = 2, VC_SEVAL_OTHER = 3 };

typedef struct vc_sentiment_eval_options {
    vc_scan_options scan;  /* inputs: the gold files; sentiment: NULL loads
                              the built-in VADER lexicon; lex: NULL for none
                              (themes are not read). Hook fields are the
                              evaluation's own. */
    const char *labels_col; /* NULL: "sentiment" */
    /* NULL: every comment is scored as English (VADER, CX). A column of
     * language codes (vc_language_normalize): each comment is scored in
     * its gold language, with scan.sentiment_languages' lexicon for it,
     * VADER for en and und (or a blank value); a comment in a language
     * with no lexicon is counted in no_lexicon and in no accuracy. The
     * result then has the figures per language too. */
    const char *language_col;
    unsigned modes;         /* bits 1 << vc_sentiment_mode; 0: VADER only */
} vc_sentiment_eval_options;

void vc_sentiment_eval_options_init(vc_sentiment_eval_options *o);

typedef struct vc_sentiment_eval_mode {
    vc_sentiment_mode mode;
    uint64_t labeled, correct;     /* 3-class, over positive/neutral/negative labels */
    uint64_t confusion[4][3];      /* [gold: pos, neu, neg, other][predicted: pos, neu, neg] */
    uint64_t polar, polar_correct; /* items labeled positive or negative */
} vc_sentiment_eval_mode;

/* One language's confusion matrices, per mode in the order of modes[]. */
typedef struct vc_sentiment_eval_language {
    char code[16];
    uint64_t confusion[2][4][3];
} vc_sentiment_eval_language;

typedef struct vc_sentiment_eval_result {
    uint64_t comments;  /* rows read */
    uint64_t unlabeled; /* empty label */
    size_t nmodes;      /* in mode order: VADER before CX */
    vc_sentiment_eval_mode modes[2];
    vc_scan *scan;      /* the scan's accounting */
    /* with language_col: per language, sorted by code */
    vc_sentiment_eval_language *languages;
    size_t nlanguages;
    uint64_t no_lexicon; /* labeled comments in a language with no lexicon */
} vc_sentiment_eval_result;

vc_status vc_sentiment_eval_run(const vc_sentiment_eval_options *o, vc_sentiment_eval_result **out,
                                vc_error *err);
void vc_sentiment_eval_result_free(vc_sentiment_eval_result *r);

VC_API_END

#endif
