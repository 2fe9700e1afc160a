/*
 * table.c - the theme table as CSV, JSON or NDJSON, through the table sink
 * (vocal/table_sink.h).
 *
 * The row walk (dimension -> segment -> "*" then themes) and the derived
 * figures are computed once here; the sink only decides how a header, a row
 * and the end look. Adding a format means changing the sink, nothing else.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sink.h"
#include "vocal/report.h"

typedef struct row_values {
    const char *dimension, *segment, *theme;
    const vc_cell *c;
} row_values;

void vc_format_number(char *dst, size_t cap, double v, int decimals)
{
    if (isnan(v)) {
        if (cap)
            dst[0] = 0;
        return;
    }
    snprintf(dst, cap, "%.*f", decimals, v);
    if (strcmp(dst, "-0.0") == 0 || strcmp(dst, "-0.00") == 0 || strcmp(dst, "-0.0000") == 0)
        memmove(dst, dst + 1, strlen(dst));
}

#define MAX_COLS 20

vc_status vc_table_write(const vc_table_spec *spec, vc_table_format fmt, vc_buf *out)
{
    sink s;
    vc_sink_init(&s, fmt, out);
    const char *cols[MAX_COLS];
    size_t ncols = 0;
    cols[ncols++] = "dimension";
    cols[ncols++] = "segment";
    cols[ncols++] = "theme";
    cols[ncols++] = "comments";
    for (int g = 0; g < 3; g++)
        cols[ncols++] = vc_scale_group_column(spec->scale, g);
    cols[ncols++] = vc_scale_name(spec->scale);
    if (spec->sentiment) {
        cols[ncols++] = "pos";
        cols[ncols++] = "neu";
        cols[ncols++] = "neg";
        cols[ncols++] = "avg_compound";
        cols[ncols++] = "net_sentiment";
    }
    /* impact: <scale>_impact, <low>_share, <high>_share */
    char impact_col[32], low_col[32], high_col[32];
    snprintf(impact_col, sizeof impact_col, "%s_impact", vc_scale_name(spec->scale));
    snprintf(low_col, sizeof low_col, "%s_share", vc_scale_group_label(spec->scale, 0));
    snprintf(high_col, sizeof high_col, "%s_share", vc_scale_group_label(spec->scale, 2));
    cols[ncols++] = impact_col;
    cols[ncols++] = low_col;
    cols[ncols++] = high_col;
    int with_model = vc_agg_has_model(spec->agg);
    if (with_model) /* only with a theme model: tables without one keep their columns */
        cols[ncols++] = "model_only";
    vc_status st = s.begin(&s, cols, ncols);
    char num[MAX_COLS][40];
    const char *cells[MAX_COLS];
    int numeric[MAX_COLS];
    const vc_agg *a = spec->agg;
    size_t nthemes = vc_agg_themes(a);
    for (size_t d = 0; d < vc_agg_dims(a) && !st; d++) {
        for (size_t sg = 0; sg < vc_agg_segments(a, d) && !st; sg++) {
            for (size_t t = 0; t <= nthemes && !st; t++) {
                uint32_t theme = t == 0 ? VC_AGG_BASE : (uint32_t)(t - 1);
                const vc_cell *c = vc_agg_cell(a, d, sg, theme);
                size_t k = 0;
                cells[k] = spec->dim_names[d];
                numeric[k++] = 0;
                cells[k] = vc_agg_segment_name(a, d, sg);
                numeric[k++] = 0;
                cells[k] = t == 0 ? "*" : spec->theme_names[t - 1];
                numeric[k++] = 0;
                uint64_t ints[4] = {c->comments, c->group[0], c->group[1], c->group[2]};
                for (int i = 0; i < 4; i++) {
                    snprintf(num[k], sizeof num[k], "%llu", (unsigned long long)ints[i]);
                    cells[k] = num[k];
                    numeric[k++] = 1;
                }
                vc_format_number(num[k], sizeof num[k], vc_headline(spec->scale, c),
                                 spec->scale == VC_SCALE_CES ? 2 : 1);
                cells[k] = num[k];
                numeric[k++] = 1;
                if (spec->sentiment) {
                    for (int i = 0; i < 3; i++) {
                        snprintf(num[k], sizeof num[k], "%llu", (unsigned long long)c->sent[i]);
                        cells[k] = num[k];
                        numeric[k++] = 1;
                    }
                    vc_format_number(num[k], sizeof num[k], vc_avg_compound(c), 4);
                    cells[k] = num[k];
                    numeric[k++] = 1;
                    vc_format_number(num[k], sizeof num[k], vc_net_sentiment(c), 1);
                    cells[k] = num[k];
                    numeric[k++] = 1;
                }
                const vc_cell *base = vc_agg_cell(a, d, sg, VC_AGG_BASE);
                double impact = NAN, low = NAN, high = NAN;
                if (t > 0) {
                    impact = vc_impact(spec->scale, base, c);
                    if (base->group[0])
                        low = (double)c->group[0] / (double)base->group[0];
                    if (base->group[2])
                        high = (double)c->group[2] / (double)base->group[2];
                }
                vc_format_number(num[k], sizeof num[k], impact, spec->scale == VC_SCALE_CES ? 2 : 1);
                cells[k] = num[k];
                numeric[k++] = 1;
                vc_format_number(num[k], sizeof num[k], low, 4);
                cells[k] = num[k];
                numeric[k++] = 1;
                vc_format_number(num[k], sizeof num[k], high, 4);
                cells[k] = num[k];
                numeric[k++] = 1;
                if (with_model) {
                    if (t > 0)
                        snprintf(num[k], sizeof num[k], "%llu", (unsigned long long)c->model_only);
                    else
                        num[k][0] = 0; /* the base row: no theme */
                    cells[k] = num[k];
                    numeric[k++] = 1; /* empty: null in JSON, as the base row's impact */
                }
                st = s.row(&s, cells, numeric, k);
            }
        }
    }
    if (!st)
        st = s.end(&s);
    return st;
}
