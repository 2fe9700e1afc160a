/*
 * changes.c - what changed between two periods, and whether it is real.
 *
 * For the period dimension of a scan, compares two periods (by default the
 * last two with a date, in label order, which is time order) theme by
 * theme: the share of comments that mention the theme (two-proportion
 * z-test) and the headline figure of those comments (NPS: difference over
 * the combined standard error; CSAT: two-proportion test; CES: not tested).
 * A change is flagged significant when its two-sided p is at most alpha
 * (0.05). The "*" row compares the headline of all comments.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sink.h"
#include "vocal/report.h"

static int find_segment(const vc_agg *a, size_t dim, const char *label)
{
    for (size_t i = 0; i < vc_agg_segments(a, dim); i++)
        if (strcmp(vc_agg_segment_name(a, dim, i), label) == 0)
            return (int)i;
    return -1;
}

static vc_status pick_periods(const vc_changes_spec *spec, int *from, int *to, vc_error *err)
{
    const vc_agg *a = spec->agg;
    size_t n = vc_agg_segments(a, spec->dim);
    if (spec->from || spec->to) {
        *from = spec->from ? find_segment(a, spec->dim, spec->from) : -1;
        *to = spec->to ? find_segment(a, spec->dim, spec->to) : -1;
        if (*from < 0 || *to < 0)
            return vc_error_set(err, VC_ERR_USAGE, "--compare: no period '%s' in the data (periods run from %s to %s)",
                                *from < 0 ? (spec->from ? spec->from : "") : spec->to,
                                n ? vc_agg_segment_name(a, spec->dim, 0) : "-",
                                n ? vc_agg_segment_name(a, spec->dim, n - 1) : "-");
        return VC_OK;
    }
    *from = *to = -1;
    for (size_t i = 0; i < n; i++) {
        if (vc_agg_segment_name(a, spec->dim, i)[0] == '(') /* (blank), (invalid date), ... */
            continue;
        *from = *to;
        *to = (int)i;
    }
    if (*from < 0)
        return vc_error_set(err, VC_ERR_USAGE, "comparing periods needs at least two periods with a date; found %d",
                            *to < 0 ? 0 : 1);
    return VC_OK;
}

static const char *flag(double p, double alpha)
{
    return isnan(p) ? "" : p <= alpha ? "yes" : "no";
}

vc_status vc_changes_write(const vc_changes_spec *spec, vc_table_format fmt, vc_buf *out, vc_error *err)
{
    int from, to;
    vc_status st = pick_periods(spec, &from, &to, err);
    if (st)
        return st;
    const vc_agg *a = spec->agg;
    double alpha = spec->alpha > 0 ? spec->alpha : 0.05;
    const char *h = vc_scale_name(spec->scale);
    char c_from[32], c_to[32], c_change[32], c_se[32], c_z[32], c_p[32], c_sig[32];
    snprintf(c_from, sizeof c_from, "%s_from", h);
    snprintf(c_to, sizeof c_to, "%s_to", h);
    snprintf(c_change, sizeof c_change, "%s_change", h);
    snprintf(c_se, sizeof c_se, "%s_se", h);
    snprintf(c_z, sizeof c_z, "%s_z", h);
    snprintf(c_p, sizeof c_p, "%s_p", h);
    snprintf(c_sig, sizeof c_sig, "%s_significant", h);
    const char *cols[] = {"theme",      "from",         "to",        "comments_from", "comments_to",
                          "mentions_from", "mentions_to", "rate_from", "rate_to",       "rate_change",
                          "rate_z",     "rate_p",       "rate_significant", c_from, c_to, c_change, c_se, c_z, c_p,
                          c_sig};
    enum { NC = sizeof cols / sizeof *cols };
    sink s;
    vc_sink_init(&s, fmt, out);
    st = s.begin(&s, cols, NC);
    const vc_cell *base_a = vc_agg_cell(a, spec->dim, (size_t)from, VC_AGG_BASE);
    const vc_cell *base_b = vc_agg_cell(a, spec->dim, (size_t)to, VC_AGG_BASE);
    int dec = spec->scale == VC_SCALE_CES ? 2 : 1;
    for (size_t t = 0; t <= vc_agg_themes(a) && !st; t++) {
        uint32_t theme = t == 0 ? VC_AGG_BASE : (uint32_t)(t - 1);
        const vc_cell *ca = vc_agg_cell(a, spec->dim, (size_t)from, theme);
        const vc_cell *cb = vc_agg_cell(a, spec->dim, (size_t)to, theme);
        char num[NC][40];
        const char *cells[NC];
        int numeric[NC];
        for (int i = 0; i < NC; i++) {
            num[i][0] = 0;
            cells[i] = num[i];
            numeric[i] = 1;
        }
        cells[0] = t == 0 ? "*" : spec->theme_names[t - 1];
        cells[1] = vc_agg_segment_name(a, spec->dim, (size_t)from);
        cells[2] = vc_agg_segment_name(a, spec->dim, (size_t)to);
        numeric[0] = numeric[1] = numeric[2] = 0;
        snprintf(num[3], sizeof num[3], "%llu", (unsigned long long)base_a->comments);
        snprintf(num[4], sizeof num[4], "%llu", (unsigned long long)base_b->comments);
        if (t > 0) {
            snprintf(num[5], sizeof num[5], "%llu", (unsigned long long)ca->comments);
            snprintf(num[6], sizeof num[6], "%llu", (unsigned long long)cb->comments);
            vc_test r = vc_two_proportion_test(ca->comments, base_a->comments, cb->comments, base_b->comments);
            vc_format_number(num[7], sizeof num[7],
                             base_a->comments ? (double)ca->comments / (double)base_a->comments : NAN, 4);
            vc_format_number(num[8], sizeof num[8],
                             base_b->comments ? (double)cb->comments / (double)base_b->comments : NAN, 4);
            vc_format_number(num[9], sizeof num[9], r.diff, 4);
            vc_format_number(num[10], sizeof num[10], r.z, 2);
            vc_format_number(num[11], sizeof num[11], r.p, 4);
            cells[12] = flag(r.p, alpha);
            numeric[12] = 0;
        } else {
            numeric[12] = 1;
        }
        vc_test hd = vc_headline_test(spec->scale, ca, cb);
        vc_format_number(num[13], sizeof num[13], vc_headline(spec->scale, ca), dec);
        vc_format_number(num[14], sizeof num[14], vc_headline(spec->scale, cb), dec);
        vc_format_number(num[15], sizeof num[15], hd.diff, dec);
        vc_format_number(num[16], sizeof num[16], hd.se, dec);
        vc_format_number(num[17], sizeof num[17], hd.z, 2);
        vc_format_number(num[18], sizeof num[18], hd.p, 4);
        cells[19] = flag(hd.p, alpha);
        numeric[19] = 0;
        st = s.row(&s, cells, numeric, NC);
    }
    if (!st)
        st = s.end(&s);
    return st;
}
