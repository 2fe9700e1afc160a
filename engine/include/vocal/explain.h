/*
 * explain.h - the audit trail of one comment (`vocal explain`, and
 * vocal.explain in Python): entries that matched with where they were
 * written, what a negator held off or an exclusion vetoed, the themes and
 * their sentiment, a theme model's view, and whether the PCRE2 reference
 * evaluator agrees; as text or as one JSON object per comment.
 *
 * Ownership: the explainer borrows what it is given (they must outlive
 * it); reports are appended to the caller's buffer.
 */
#ifndef VOCAL_EXPLAIN_H
#define VOCAL_EXPLAIN_H

#include <stddef.h>

#include "vocal/analyze.h"
#include "vocal/buf.h"
#include "vocal/lexicon.h"
#include "vocal/model.h"
#include "vocal/sentiment.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_explainer vc_explainer;

/* lex: the theme lexicon (with signals or not); open_lex: the same read
 * with its ~guards ignored (vc_lexicon_options.ignore_guards), for the
 * "held off" lines, or NULL; sent: NULL for no sentiment; model: NULL for
 * none (checked against lex's themes by the caller). NULL: out of memory. */
vc_explainer *vc_explainer_new(const vc_lexicon *lex, const vc_lexicon *open_lex, const vc_sentiment_lexicon *sent,
                               const vc_model *model);
void vc_explainer_free(vc_explainer *x); /* accepts NULL */

/* Append the report of one comment to out: text (numbered "comment N" in
 * the order of calls) or, with json, one JSON object and a line end.
 * *agree (may be NULL): 1 when the PCRE2 reference evaluator finds the same
 * themes. */
vc_status vc_explain(vc_explainer *x, const char *text, size_t len, int json, vc_buf *out, int *agree,
                     vc_error *err);

/* The lexicon and its guard-free twin as `vocal explain` reads them:
 * themes a path, builtin:NAME or NULL (the default); with_signals adds
 * signals (a path, or NULL: builtin:signals). *open_lex is NULL when the
 * twin cannot be read (no "held off" lines then). The caller frees both. */
vc_status vc_explain_lexicons(const char *themes, const char *signals, int with_signals, vc_lexicon **lex,
                              vc_lexicon **open_lex, vc_error *err);

VC_API_END

#endif
