/*
 * review_internal.h - the review's figures, computed once (review.c) and
 * written by the HTML (html.c, charts.c) and Markdown (markdown.c) writers,
 * so that both say the same sentences with the same numbers.
 */
#ifndef VOCAL_REVIEW_INTERNAL_H
#define VOCAL_REVIEW_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/report.h"

#define RV_NONE SIZE_MAX
#define RV_ALPHA 0.05
#define RV_MIN_BASE 30

/* A significance verdict under the base-size guard. */
typedef enum rv_sig {
    RV_NOT_TESTED = 0, /* no test (CES, an empty group, no variance) */
    RV_LOW_BASE,       /* a group under the minimum base: no verdict */
    RV_NOT_SIG,
    RV_SIG_UP,
    RV_SIG_DOWN
} rv_sig;

/* A summary sentence: plain text (escaped by each writer) and the id of
 * the section whose table shows its numbers. */
typedef struct rv_sentence {
    char *text;
    const char *anchor;
    char section[64]; /* the section's title */
} rv_sentence;

/* The impact ranking: one group per top-level theme; a group's header is
 * a parent (NULL row when a top-level theme has no children), its rows
 * the leaves under it, most negative impact first. */
typedef struct rv_group {
    uint32_t header; /* VC_NO_THEME_ID: a leaf standing alone */
    uint32_t *leaves;
    size_t nleaves;
    double impact;   /* the header's, or the lone leaf's */
} rv_group;

typedef struct rv_model {
    const vc_report_spec *s;
    unsigned min_base;
    char **names;               /* display name per theme */
    const vc_cell *base;        /* the "all" row */
    double *impact;             /* per theme, whole file */
    rv_group *groups;
    size_t ngroups;
    uint32_t *leaf_store;       /* the groups' leaves */
    uint32_t *order;            /* themes (< signal_start) as the tables list them: */
    size_t norder;              /* each parent followed by its children */
    /* period focus (period_dim >= 0): indexes into the period dimension */
    size_t *dated, ndated;      /* periods with a date, in order */
    size_t focus, prev, yago;   /* RV_NONE when absent */
    rv_sentence *sentences;
    size_t nsentences;
    double share_split;
    char impact_title[64];      /* "Themes by NPS impact" */
    char group_names[3][32];    /* the score groups in words ("low effort") */         /* the priority chart's: the median leaf share */
} rv_model;

/* VC_ERR_NOMEM, or VC_ERR_USAGE when spec->focus names no period of the
 * period dimension (the caller checks that first: vc_result_report). */
vc_status rv_build(rv_model *m, const vc_report_spec *s);
void rv_free(rv_model *m);

/* The period dimension's cell of segment g (base or theme). */
const vc_cell *rv_period_cell(const rv_model *m, size_t g, uint32_t theme);
const char *rv_period_name(const rv_model *m, size_t g);
/* The "all" row of a theme. */
const vc_cell *rv_total(const rv_model *m, uint32_t theme);
uint64_t rv_scored(const vc_cell *c);
int rv_depth(const vc_report_spec *s, uint32_t t);

/* The change of a theme's mention share (theme VC_AGG_BASE: of the
 * headline) between two cells of the same dimension, under the guard. */
rv_sig rv_share_change(const rv_model *m, const vc_cell *base1, const vc_cell *c1, const vc_cell *base2,
                       const vc_cell *c2, double *diff_pts);
rv_sig rv_headline_change(const rv_model *m, const vc_cell *c1, const vc_cell *c2, double *diff);

/* Number formatting: "12.3%" or the writer's dash for a missing value
 * (never a bare "%"); dst gets at least 32 bytes. */
void rv_pct(char *dst, size_t cap, double v, const char *dash);
void rv_num(char *dst, size_t cap, double v, int decimals, const char *dash);
/* A signed change: "+3.1", "-2.0" ("−" in HTML: minus = 1), or the dash. */
void rv_delta(char *dst, size_t cap, double v, int decimals, int minus, const char *dash);
/* Thousands separated by commas. */
void rv_count(char *dst, size_t cap, uint64_t n);
int rv_headline_decimals(const vc_report_spec *s);

/* A segment of the comment's dimension d (1..ndims-1) in a quote's
 * '\x1f'-separated segments: its bytes, or NULL. */
const char *rv_quote_segment(const char *segments, size_t d, size_t *len);

/* A leaf theme on the priority chart (with comments and an impact):
 * whether it is, and its quadrant ("Fix first", "Strengths", "Monitor",
 * "Keep"). */
int rv_plotted(const rv_model *m, uint32_t t, double *share);
/* Themes by impact, most negative first (undefined last). */
void rv_sort_by_impact(const rv_model *m, uint32_t *themes, size_t n);
const char *rv_quadrant(const rv_model *m, uint32_t t);

/* Churn risk (shared by both writers): the signal/churn_risk theme
 * (UINT32_MAX: none); the segments of dimension d by churn-risk comments
 * (at most RV_CHURN_SEGMENTS; the period: its latest, in order); the leaf
 * themes the churn-risk comments mention (the signal dimension's
 * churn_risk segment), most first, at most RV_CHURN_THEMES (0 without a
 * signal dimension). rv_churn_rows_new: room for either. */
#define RV_CHURN_SEGMENTS 12
#define RV_CHURN_THEMES 8
typedef struct rv_churn_row {
    size_t idx; /* segment (sorted index) or theme id */
    uint64_t n, base;
} rv_churn_row;
uint32_t rv_churn_theme(const vc_report_spec *s);
rv_churn_row *rv_churn_rows_new(const vc_report_spec *s);
size_t rv_churn_segments(const vc_report_spec *s, size_t d, uint32_t ct, rv_churn_row *rows);
size_t rv_churn_themes(const vc_report_spec *s, rv_churn_row *rows, uint64_t *base);



/* A segment's complement in its breakdown: the "all" row minus c (the
 * counts the tests read). Meaningful where the breakdown partitions the
 * comments (rv_partitions: each comment in exactly one segment). */
vc_cell rv_rest(const rv_model *m, const vc_cell *c);
int rv_partitions(const rv_model *m, size_t d);

/* A quote's context: its score group in words and its score, then its
 * segment in each dimension but the signals (the period by itself, the
 * others after their dimension's name), each part escaped by esc and the
 * parts joined by sep (written as is). */
typedef vc_status (*rv_escaper)(vc_buf *b, const char *s, size_t n);
void rv_quote_context(const rv_model *m, const vc_report_quote *q, const char *sep, const char *after_group,
                      rv_escaper esc, vc_buf *b);

/* A quote's score group in words, capitalized: "Detractor", "High effort". */
void rv_group_label(const rv_model *m, int group, char *out, size_t cap);

/* Escapers: append to b, return its sticky status. HTML escapes & < > " ';
 * Markdown its table and emphasis characters, and turns line ends into
 * spaces. The _n forms stop at n bytes or a NUL. */
vc_status rv_html(vc_buf *b, const char *s);
vc_status rv_html_n(vc_buf *b, const char *s, size_t n);
vc_status rv_md(vc_buf *b, const char *s);
vc_status rv_md_n(vc_buf *b, const char *s, size_t n);

/* The SVG charts (charts.c): the headline per period with its 95%
 * confidence band, and the priority chart (share of comments against
 * impact, one point per leaf theme with comments). */
vc_status rv_trend_chart(const rv_model *m, vc_buf *b);
vc_status rv_priority_chart(const rv_model *m, vc_buf *b);

/* The palette (Okabe and Ito's, safe for the common colour-vision
 * deficiencies): negative, positive, neutral. */
#define RV_NEG "#d55e00"
#define RV_POS "#0072b2"
#define RV_MID "#999999"
#endif
