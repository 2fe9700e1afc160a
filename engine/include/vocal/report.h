/*
 * report.h - writing the theme table. Writers only read aggregates.
 *
 * Rows come out in one fixed order: dimension as given ("all" first), then
 * segment (byte-wise), then theme ("*" first, then theme names byte-wise).
 * Every (dimension, segment, theme) row is written, zero counts included,
 * so that tables from different months line up row for row.
 *
 * Columns, pinned first and in this order:
 *   dimension,segment,theme,comments,<low>,<mid>,<high>,<headline>
 * where <low>,<mid>,<high>,<headline> are detractors,passives,promoters,nps
 * (NPS), dissatisfied,neutral,satisfied,csat (CSAT) or
 * high_effort,neutral,low_effort,ces (CES); then, with sentiment:
 *   pos,neu,neg,avg_compound,net_sentiment
 *
 * Writers sit behind one sink interface (begin / row / end, table_sink.h),
 * so CSV, JSON and NDJSON share the row iteration and the number formatting.
 * Ownership: the spec and everything it points to are borrowed.
 */
#ifndef VOCAL_REPORT_H
#define VOCAL_REPORT_H

#include <stdint.h>
#include <stdio.h>

#include "vocal/agg.h"
#include "vocal/buf.h"
#include "vocal/keyness.h"
#include "vocal/status.h"
#include "vocal/table_sink.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_table_spec {
    const vc_agg *agg;
    vc_scale scale;
    const char *const *dim_names;   /* vc_agg_dims() names */
    const char *const *theme_names; /* vc_agg_themes() names, sorted */
    int sentiment;                  /* add the sentiment columns */
} vc_table_spec;

/* Write the whole table to `out` (a vc_buf, so callers decide where and
 * how the bytes land: temp file + rename, stdout, a test buffer). */
vc_status vc_table_write(const vc_table_spec *spec, vc_table_format fmt, vc_buf *out);

/* What changed between two periods of the period dimension `dim`, per
 * theme: mention rate and headline figure in each, the change, z, p and a
 * significance flag (p <= alpha). from/to are period labels; NULL: the last
 * two periods with a date. VC_ERR_USAGE (err says why) when a period is
 * missing or there are fewer than two. */
typedef struct vc_changes_spec {
    const vc_agg *agg;
    vc_scale scale;
    size_t dim;
    const char *from, *to;
    const char *const *theme_names;
    double alpha; /* 0: 0.05 */
} vc_changes_spec;

vc_status vc_changes_write(const vc_changes_spec *spec, vc_table_format fmt, vc_buf *out, vc_error *err);

/* The review report (html.c). Quotes come in as plain records so that the
 * report layer needs nothing from the run layer. */
#define VC_NO_THEME_ID UINT32_MAX
#define VC_REPORT_NO_SCORE INT32_MIN
typedef struct vc_report_quote {
    uint32_t theme;
    int group; /* 0 low, 1 mid, 2 high */
    const char *text;
    int32_t score;          /* the respondent's score; VC_REPORT_NO_SCORE: none */
    const char *segments;   /* the comment's segment in each dimension 1..ndims-1,
                             * in order, separated by '\x1f' (a multi-valued
                             * dimension's values joined by ", "); NULL: none */
    size_t mark, mark_len;  /* the matched phrase in text (bytes); mark_len 0: none */
    double compound;        /* the sentence's compound; NAN: no sentiment */
} vc_report_quote;

typedef struct vc_report_spec {
    const vc_agg *agg;
    vc_scale scale;
    const char *scale_name;             /* "NPS", "CSAT", "CES" */
    const char *group_names[3];         /* "detractors", "passives", "promoters" */
    const char *const *dim_names;
    size_t ndims;
    int period_dim;                     /* -1: none */
    const char *const *theme_names;
    const char *const *theme_labels;    /* display label per theme (NULL, or a NULL
                                         * entry: made from the name,
                                         * vc_theme_display_name) */
    const uint32_t *theme_parent;       /* VC_NO_THEME_ID at the top */
    const uint8_t *theme_has_children;
    const vc_report_quote *quotes;
    size_t nquotes;
    const char *title;
    const char *const *inputs;
    size_t ninputs;
    uint64_t rows_read, rows_analyzed, rows_rejected;
    const char *settings;               /* one line: lexicon, fingerprint, options */
    /* "What the lexicon misses" (vocal discover): shown when missed_ran */
    int missed_ran;
    const vc_term *missed;              /* ranked, uncovered */
    size_t nmissed;
    const char *missed_target, *missed_reference; /* group names */
    uint64_t missed_target_n, missed_reference_n;
    /* Signals (vocal scan's signals lexicon): themes from signal_start on
     * are "signal/NAME" rows, left out of the theme sections (signal_start
     * = the theme count when there are none); signal_dim is the "signal"
     * dimension (-1: none). With a signal/churn_risk row the review has a
     * churn-risk section. */
    size_t signal_start;
    int signal_dim;
    /* The period the review leads with (a period_dim segment; NULL: the
     * latest with a date) and the base-size guard: no change is marked
     * significant where a group compared has fewer comments (0: 30). */
    const char *focus;
    unsigned min_base;
} vc_report_spec;

vc_status vc_report_html(const vc_report_spec *spec, vc_buf *out);
vc_status vc_report_markdown(const vc_report_spec *spec, vc_buf *out);

/* A JSON string literal of s, or null when s is NULL (json.c). */
vc_status vc_json_cstr(vc_buf *b, const char *s);

/* A theme's name in words, for a theme without a display label
 * (vc_report_spec.theme_labels, "@label" in the lexicon): the last level of
 * the path, '_' and '-' as spaces (a run of them and of spaces as one, none
 * at either end), the first letter upper-cased when it is ASCII;
 * everything else as written. "commercial/price_value" -> "Price value",
 * "service/staff" -> "Staff", "signal/churn_risk" -> "Churn risk",
 * "food_and_drink" -> "Food and drink". Writes at most cap bytes with the
 * NUL (a longer name is cut at a character boundary) and returns the
 * length of the whole name, as snprintf does. Pure; any thread.
 * (theme_name.c) */
size_t vc_theme_display_name(const char *name, char *dst, size_t cap);

/* Number formatting shared by every writer: one decimal for percentages and
 * NPS, two for a CES mean, four for compounds; "" when undefined (NaN). */
void vc_format_number(char *dst, size_t cap, double v, int decimals);

VC_API_END

#endif
