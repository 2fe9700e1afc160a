/*
 * agg.h - score groups and the theme x segment x group counters.
 *
 * The aggregator knows nothing about text, lexicons or files: it receives one
 * observation per analyzed comment (its score group, its segment value in
 * every dimension, the themes it mentions with their sentiment) and counts.
 * Every counter is an integer (sentiment sums are fixed point, 1e-8), so
 * merging per-worker tables in any order gives bit-identical results: output
 * never depends on the thread count.
 *
 * Ownership: a vc_agg owns its segment strings and counters. Each worker
 * owns one; vc_agg_merge() folds one into another at the end of a run.
 * Not thread-safe: one thread per vc_agg.
 */
#ifndef VOCAL_AGG_H
#define VOCAL_AGG_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/buf.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

/* ---- score scales --------------------------------------------------------- */

typedef enum vc_scale {
    VC_SCALE_NPS = 0,  /* 0-10: 0-6 detractor, 7-8 passive, 9-10 promoter */
    VC_SCALE_CSAT = 1, /* 1-5: 1-2 dissatisfied, 3 neutral, 4-5 satisfied */
    VC_SCALE_CES = 2   /* 1-7: 1-3 high effort, 4 neutral, 5-7 low effort */
} vc_scale;

enum {
    VC_GROUP_UNSCORED = -1, /* empty score */
    VC_GROUP_INVALID = -2,  /* present but not a valid score for the scale */
    VC_GROUP_LOW = 0,       /* detractor / dissatisfied / high effort */
    VC_GROUP_MID = 1,       /* passive / neutral / neutral */
    VC_GROUP_HIGH = 2       /* promoter / satisfied / low effort */
};

/* Parse "scale" names ("nps", "csat", "ces"); returns 0 and sets *out, or -1. */
int vc_scale_parse(const char *name, vc_scale *out);
const char *vc_scale_name(vc_scale s); /* "nps", "csat", "ces" */
/* Column names for the three groups, low to high: "detractors", "passives",
 * "promoters" / "dissatisfied", "neutral", "satisfied" / "high_effort",
 * "neutral", "low_effort". */
const char *vc_scale_group_column(vc_scale s, int group);
/* Singular labels for per-comment output: "detractor", "passive", ... */
const char *vc_scale_group_label(vc_scale s, int group);

/* Classify a score field (surrounding whitespace ignored). Integers within
 * the scale are valid, also written with a zero fraction ("9.0", "9.00").
 * Returns a VC_GROUP_* value; *score gets the integer when valid. */
int vc_scale_classify(vc_scale s, const char *text, size_t len, int *score);

/* Classify a score group name (surrounding whitespace and case ignored):
 * the scale's labels, singular or plural ("Detractor", "promoters",
 * "passive"; "satisfied", "neutral", "dissatisfied"; "high_effort", ...),
 * for CSAT also "good" and "bad" (Zendesk; also "good with comment", "bad with
 * comment") and "unsatisfied". Empty, "offered" and
 * "unoffered" (asked, not rated) are VC_GROUP_UNSCORED; anything else
 * VC_GROUP_INVALID. */
int vc_scale_group_parse(vc_scale s, const char *text, size_t len);

/* The scale check: do a run's scores fit the scale? `valid` and `invalid`
 * count the non-empty scores; in_1_to_5 and outside_1_to_5 split the
 * valid numeric ones (both 0 when groups were read from a group column). */
typedef struct vc_scale_counts {
    uint64_t valid, invalid, in_1_to_5, outside_1_to_5;
} vc_scale_counts;
#define VC_SCALE_CHECK_MIN 20 /* numeric scores before the 1-5 rule applies */
enum {
    VC_SCALE_FITS = 0,
    VC_SCALE_MOSTLY_INVALID = 1, /* more than half of the non-empty scores invalid */
    VC_SCALE_LOOKS_1_TO_5 = 2    /* NPS, at least 20 numeric scores, all within 1-5 */
};
int vc_scale_check(vc_scale s, const vc_scale_counts *c);

/* ---- sentiment classes ---------------------------------------------------- */

enum { VC_SENT_POS = 0, VC_SENT_NEU = 1, VC_SENT_NEG = 2 };
/* VADER's convention: compound >= 0.05 positive, <= -0.05 negative. */
int vc_sentiment_class(double compound);
/* Fixed-point representation used for every sentiment sum (1e-8 units). */
int64_t vc_compound_fixed(double compound);

/* ---- counters ------------------------------------------------------------- */

typedef struct vc_cell {
    uint64_t comments;      /* comments in this cell */
    uint64_t group[3];      /* ... of which scored low / mid / high */
    uint64_t score_sum;     /* sum of valid scores (for the CES mean) */
    uint64_t sent[3];       /* ... of which with sentiment pos / neu / neg */
    int64_t compound_sum;   /* sum of compounds, vc_compound_fixed units */
    uint64_t sentiment_n;   /* comments that carried a sentiment */
    uint64_t model_only;    /* theme cells: mentions a theme model found and the lexicon did not */
} vc_cell;

typedef struct vc_agg vc_agg;

/* ndims dimensions (the caller's dimension 0 is normally "all"), nthemes
 * themes. max_segments caps distinct segment values per dimension; values
 * beyond the cap are counted under VC_AGG_OTHER. */
vc_agg *vc_agg_new(size_t ndims, size_t nthemes, size_t max_segments);
void vc_agg_free(vc_agg *a);
/* A table of a scan with a theme model: its cells' model_only counts are
 * part of its wire form (without one they are all 0 and left out). */
void vc_agg_set_model(vc_agg *a, int with_model);
int vc_agg_has_model(const vc_agg *a);

#define VC_AGG_OTHER "(other)"
#define VC_AGG_BLANK "(blank)"

/* One theme mention of a comment. compound is the theme-level compound (mean
 * of the sentences that mention it); has_sentiment = 0 when sentiment is off. */
typedef struct vc_theme_obs {
    uint32_t theme;
    int has_sentiment;
    double compound;
    int model_only; /* found by a theme model (model.h) and not by the lexicon */
} vc_theme_obs;

typedef struct vc_obs {
    int group;                /* VC_GROUP_* */
    int score;                /* valid when group >= 0 */
    const char *const *seg;   /* seg[d], segment value per dimension */
    const size_t *seg_len;    /* its length; 0-length or blank -> "(blank)" */
    const vc_theme_obs *themes; /* distinct themes, any order */
    size_t nthemes;
    int has_sentiment;        /* whole-comment sentiment present */
    double compound;          /* whole-comment compound */
} vc_obs;

vc_status vc_agg_add(vc_agg *a, const vc_obs *obs);

/* Several values in one dimension. As vc_agg_add, but dimension d holds
 * nvals[d] values: 1 is one value in seg[d]/seg_len[d], as vc_agg_add
 * reads it; more than 1 are values one after another in seg[d], each
 * followed by one '\0' byte, seg_len[d] counting every byte; 0 leaves the
 * dimension untouched (the caller adds to it with vc_agg_add_dim). The
 * observation counts once under each distinct value (after trimming), so
 * the segments of a multi-valued dimension sum to more than the total, and
 * each segment's shares and impact are of its own base. nvals NULL is
 * vc_agg_add. */
vc_status vc_agg_add_values(vc_agg *a, const vc_obs *obs, const size_t *nvals);

/* Count obs in dimension `dim` only, under the value seg/len (obs->seg is
 * not read): an observation that differs per value of one dimension, such
 * as one answer of a respondent under its question. */
vc_status vc_agg_add_dim(vc_agg *a, size_t dim, const char *seg, size_t len, const vc_obs *obs);

/* into += from. Both must have the same shape. */
vc_status vc_agg_merge(vc_agg *into, const vc_agg *from);

/* The cap on segments per dimension it was made with. */
size_t vc_agg_max_segments(const vc_agg *a);

/* Saved state (partial results): append the table's counters to b, in the
 * wire.h encoding (segments in value order when vc_agg_sort came after the
 * last change, so equal tables give equal bytes); and add an encoded table into `a`, exactly as
 * vc_agg_merge would (VC_ERR_DATA when it is malformed or of another shape). */
struct vc_wire_reader;
vc_status vc_agg_encode(const vc_agg *a, vc_buf *b);
vc_status vc_agg_decode_merge(vc_agg *a, struct vc_wire_reader *r);

/* Order segments for reading; call after the last add/merge and before the
 * accessors below (which are then safe to call from several threads). */
void vc_agg_sort(vc_agg *a);

size_t vc_agg_dims(const vc_agg *a);
size_t vc_agg_themes(const vc_agg *a);
/* Segments of a dimension in byte-wise order of their values. */
size_t vc_agg_segments(const vc_agg *a, size_t dim);
const char *vc_agg_segment_name(const vc_agg *a, size_t dim, size_t sorted_index);
/* Counters; theme == VC_AGG_BASE gives the base row (all comments). */
#define VC_AGG_BASE UINT32_MAX
const vc_cell *vc_agg_cell(const vc_agg *a, size_t dim, size_t sorted_index,
                           uint32_t theme);
/* Values folded into VC_AGG_OTHER for a dimension (0 when under the cap). */
uint64_t vc_agg_overflow(const vc_agg *a, size_t dim);

/* ---- derived figures (NaN when undefined) --------------------------------- */

/* NPS: 100 x (high - low) / scored. CSAT: 100 x high / scored. CES: mean. */
double vc_headline(vc_scale s, const vc_cell *c);
/* How much the theme moves the segment's headline figure: the headline of
 * the segment minus the headline of the segment without the theme's
 * comments (Thematic's and Kapiche's NPS impact; for NPS equal to
 * n(s - S)/(N - n)). NAN when the segment has no scored comment, or all of
 * them mention the theme. */
double vc_impact(vc_scale s, const vc_cell *segment, const vc_cell *theme);

/* A two-sided test of a change from period 1 to period 2: the difference,
 * its standard error, z and p (NAN where undefined: an empty period, no
 * variance). */
typedef struct vc_test {
    double diff, se, z, p;
} vc_test;
/* Share x/n of period 2 against period 1 (pooled two-proportion z-test). */
vc_test vc_two_proportion_test(uint64_t x1, uint64_t n1, uint64_t x2, uint64_t n2);
/* The headline figure of b against a: NPS (difference over the combined
 * standard error of the two NPS), CSAT (two-proportion test on % satisfied,
 * in points); CES is not tested (NAN). */
vc_test vc_headline_test(vc_scale s, const vc_cell *a, const vc_cell *b);
/* The standard error of the headline figure (the width of a normal 95%
 * interval is 1.96 of it): NPS and CSAT as vc_headline_test uses them; NAN
 * for CES (no sums of squares) and for a cell without a scored comment. */
double vc_headline_se(vc_scale s, const vc_cell *c);
/* 100 x (pos - neg) / (pos + neu + neg) */
double vc_net_sentiment(const vc_cell *c);
double vc_avg_compound(const vc_cell *c);

VC_API_END

#endif
