/*
 * language_eval.h - language identification (language.h) against hand
 * labels: a file with a text column and a language column (codes or
 * export values such as "EN" or "pt-BR", made codes as
 * vc_language_normalize does; "und" is a label too). The result counts
 * every (labeled, identified) pair and, apart, the comments of five words
 * or more, which is where identification is expected to be right.
 *
 * Ownership: the result is caller-owned (vc_language_eval_result_free);
 * the options borrow their inputs.
 */
#ifndef VOCAL_LANGUAGE_EVAL_H
#define VOCAL_LANGUAGE_EVAL_H

#include <stdint.h>

#include "vocal/pipeline.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_language_eval_options {
    vc_scan_options scan;   /* inputs: the gold files; the hook fields are the evaluation's own */
    const char *labels_col; /* NULL: "language" */
} vc_language_eval_options;

void vc_language_eval_options_init(vc_language_eval_options *o);

/* How many comments labeled `gold` were identified as `identified`, all
 * and those of five words or more (words as text.h counts them). */
typedef struct vc_language_pair {
    char gold[VC_LANGUAGE_CODE_MAX], identified[VC_LANGUAGE_CODE_MAX];
    uint64_t comments, long_comments;
} vc_language_pair;

typedef struct vc_language_eval_result {
    uint64_t comments;  /* rows read */
    uint64_t unlabeled; /* a blank or unreadable label */
    vc_language_pair *pairs; /* by gold code, then identified code */
    size_t npairs;
    vc_scan *scan;      /* the scan's accounting */
} vc_language_eval_result;

#define VC_LANGUAGE_EVAL_LONG_WORDS 5

vc_status vc_language_eval_run(const vc_language_eval_options *o, vc_language_eval_result **out, vc_error *err);
void vc_language_eval_result_free(vc_language_eval_result *r);

VC_API_END

#endif
