/*
 * run_out.h - every output of a run, written from a result view
 * (report/run_out.c): the theme table, the changes between two periods,
 * the quotes file, the --stats JSON, the review report, and the text of
 * the warnings about dimensions over their segment limit.
 *
 * A scan's state and a merge of partials are both seen through one
 * vc_result_view, so they are written by one code path: that is what makes
 * a merged table the same bytes as a single run's.
 *
 * Ownership: the view and everything it points to are borrowed; every
 * writer appends to a caller's vc_buf and returns its sticky status.
 */
#ifndef VOCAL_RUN_OUT_H
#define VOCAL_RUN_OUT_H

#include "vocal/buf.h"
#include "vocal/discover.h"
#include "vocal/partial.h"
#include "vocal/pipeline.h"
#include "vocal/quotes.h"
#include "vocal/report.h"

#include "vocal/export.h"

VC_API_BEGIN

/* A run's state as the writers see it: a scan's, or merged partials'. */
typedef struct vc_result_view {
    const vc_partial_meta *meta;
    const vc_agg *agg;       /* sorted */
    const vc_quotes *quotes; /* NULL: none kept */
    const vc_scan_stats *stats;
} vc_result_view;

/* The theme table (report.h). */
vc_status vc_result_table(vc_buf *b, const vc_result_view *r, vc_table_format fmt);
/* One line per dimension that went over its segment limit (--max-segments),
 * saying how many comments were counted under "(other)"; nothing when none
 * did. The caller decides where the lines go (vocal prints them as
 * warnings). */
vc_status vc_result_overflow_warnings(vc_buf *b, const vc_result_view *r);
/* The scale check (vc_scale_check) on the run's counters: VC_SCALE_FITS,
 * or the rule that failed with one line in `b` naming the column, the
 * counts, up to five example values and the options that fix it. The
 * caller stops before writing any output (vocal exits 1) unless told not
 * to check. */
int vc_result_scale_check(vc_buf *b, const vc_result_view *r);
/* Warning lines about the scores: no score column at all ("no score column
 * found; comments are unscored; pass --score COL"), and the invalid scores
 * with up to five examples. Nothing when neither applies. */
vc_status vc_result_score_warnings(vc_buf *b, const vc_result_view *r);
/* More than VC_LANGUAGE_WARN_PERCENT of the analyzed comments in
 * languages the sentiment does not cover (comments_no_sentiment_language):
 * one line saying how many, and which languages with their counts. Nothing
 * otherwise. vocal prints it whatever -q says: those comments are missing
 * from every sentiment column. */
#define VC_LANGUAGE_WARN_PERCENT 5
vc_status vc_result_language_warnings(vc_buf *b, const vc_result_view *r);
/* The same for themes: more than VC_LANGUAGE_WARN_PERCENT of the analyzed
 * comments in languages the theme lexicon has no entries for
 * (vc_lexicon_covers_language; "und" is never counted): one line with how
 * many and which languages. Nothing otherwise, or when lex is NULL. */
vc_status vc_result_theme_language_warnings(vc_buf *b, const vc_result_view *r, const vc_lexicon *lex);
/* The changes from period `from` to `to` (NULL: the last two); err says
 * why not (vc_changes_write). */
vc_status vc_result_changes(vc_buf *b, const vc_result_view *r, const char *from, const char *to,
                            vc_table_format fmt, vc_error *err);
/* The example quotes: theme,group,rank,quote,compound,file,line. */
vc_status vc_result_quotes(vc_buf *b, const vc_result_view *r, vc_table_format fmt);
/* The accounting as a JSON document (`vocal scan --stats`). */
vc_status vc_result_stats_json(vc_buf *b, const vc_result_view *r);
/* The review report, HTML or Markdown; `missed` (NULL: no such section)
 * fills "What the lexicon misses". VC_ERR_USAGE (err says why) when focus
 * names no period of the period dimension, or is given without one. */
typedef struct vc_review_options {
    const char *title;
    int markdown;
    const char *focus; /* the period to lead with; NULL: the latest with a date */
    unsigned min_base; /* no significance under this many comments per group; 0: 30 */
} vc_review_options;
vc_status vc_result_report(vc_buf *b, const vc_result_view *r, const vc_review_options *o,
                           const vc_discovery *missed, vc_error *err);

VC_API_END

#endif
