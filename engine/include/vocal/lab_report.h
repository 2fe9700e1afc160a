/*
 * lab_report.h - the writers of the lab layer's results (lexicon eval,
 * lexicon diff, corpus coverage, discovery): each renders a result object
 * into a vc_buf as text (for reading), CSV or JSON (for pipelines), and
 * discovery also as Markdown; coverage is text only. The bytes are those
 * `vocal lexicon ...` and `vocal discover` print.
 *
 * Ownership: results and names are borrowed; the writers only append to out.
 */
#ifndef VOCAL_LAB_REPORT_H
#define VOCAL_LAB_REPORT_H

#include "vocal/buf.h"
#include "vocal/coverage.h"
#include "vocal/discover.h"
#include "vocal/eval.h"
#include "vocal/expand.h"
#include "vocal/language_eval.h"
#include "vocal/lexdiff.h"
#include "vocal/lexlist.h"
#include "vocal/sentiment_eval.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

/* NDJSON: the CSV's rows, one JSON object per line (table_sink.h). */
typedef enum vc_lab_format {
    VC_LAB_TEXT = 0, VC_LAB_CSV = 1, VC_LAB_JSON = 2, VC_LAB_MARKDOWN = 3, VC_LAB_NDJSON = 4
} vc_lab_format;

/* lex_name and gold_name head the text report. */
vc_status vc_eval_write(const vc_eval_result *r, const char *lex_name, const char *gold_name, vc_lab_format fmt,
                        vc_buf *out);
/* old_name and new_name head the text report. */
vc_status vc_lexdiff_write(const vc_lexdiff_result *r, const char *old_name, const char *new_name, vc_lab_format fmt,
                           vc_buf *out);
/* The entries that never match (lint warnings) and each theme's share. */
vc_status vc_coverage_write(const vc_coverage_result *r, vc_buf *out);
/* The ranked terms of a discovery run with options o, in any of the four
 * formats (Markdown: for a wiki page). */
vc_status vc_discovery_write(const vc_discovery *d, const vc_discover_options *o, vc_lab_format fmt, vc_buf *out);
/* The built-in lexicons (`vocal lexicon list`): text, CSV or JSON. */
vc_status vc_lexlist_write(const vc_lexlist *l, vc_lab_format fmt, vc_buf *out);
/* The suggested lexicon fragment alone (native lexicon text). */
vc_status vc_discovery_suggest(const vc_discovery *d, vc_buf *out);
/* The suggestions of `vocal lexicon expand` per theme: text (lexicon text,
 * ready to paste), CSV or JSON (VC_LAB_MARKDOWN writes text). */
vc_status vc_expansion_write(const vc_expansion *x, const vc_expand_options *o, vc_lab_format fmt, vc_buf *out);
/* A sentiment evaluation (`vocal sentiment --eval`), as text; gold_name
 * heads it. */
vc_status vc_sentiment_eval_write(const vc_sentiment_eval_result *r, const char *gold_name, vc_buf *out);
/* A language evaluation (`vocal language --eval`), as text; gold_name
 * heads it. */
vc_status vc_language_eval_write(const vc_language_eval_result *r, const char *gold_name, vc_buf *out);

VC_API_END

#endif
