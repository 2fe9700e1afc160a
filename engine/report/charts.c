/*
 * charts.c - the review's two large charts as inline SVG, drawn from the
 * model's figures (nothing runs in the page).
 *
 * The trend chart: the headline figure per period with its 95% confidence
 * band (1.96 standard errors; none for a CES mean, whose variance is not
 * kept), the focus period drawn larger, periods under the minimum base
 * drawn hollow.
 *
 * The priority chart: each leaf theme with comments as a point, x its share
 * of comments, y its impact on the headline; the quadrants split at the
 * median share and at zero impact. Labels are placed greedily, most
 * mentioned theme first, at the first of a few positions around the point
 * that overlaps no label or point already placed (the least overlapping one
 * when none is free), so 20 or more themes stay readable.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "review_internal.h"

/* ---- trend ---------------------------------------------------------------- */

static void axis_range(double lo, double hi, double *a, double *b, double *step)
{
    if (!(hi > lo)) {
        lo -= 1;
        hi += 1;
    }
    double span = hi - lo, raw = span / 5, mag = pow(10, floor(log10(raw)));
    double f = raw / mag;
    *step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
    *a = floor(lo / *step) * *step;
    *b = ceil(hi / *step) * *step;
}

vc_status rv_trend_chart(const rv_model *m, vc_buf *b)
{
    const vc_report_spec *s = m->s;
    size_t n = m->ndated;
    if (n < 2)
        return VC_OK;
    const double W = 1040, H = 260, L = 56, R = 40, T = 14, B = 40;
    double *v = calloc(2 * n + 2, sizeof *v), *se = v + n + 1;
    if (!v)
        return VC_ERR_NOMEM;
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = 0; i < n; i++) {
        const vc_cell *c = rv_period_cell(m, m->dated[i], VC_AGG_BASE);
        v[i] = vc_headline(s->scale, c);
        se[i] = vc_headline_se(s->scale, c);
        if (isnan(v[i]))
            continue;
        double w = isnan(se[i]) ? 0 : 1.96 * se[i];
        lo = fmin(lo, v[i] - w);
        hi = fmax(hi, v[i] + w);
    }
    if (!isfinite(lo)) {
        free(v);
        return VC_OK;
    }
    double bound_lo = s->scale == VC_SCALE_NPS ? -100 : s->scale == VC_SCALE_CSAT ? 0 : 1;
    double bound_hi = s->scale == VC_SCALE_CES ? 7 : 100;
    lo = fmax(lo, bound_lo);
    hi = fmin(hi, bound_hi);
    double a, z, step;
    axis_range(lo, hi, &a, &z, &step);
#define TX(i) (L + (W - L - R) * (double)(i) / (double)(n - 1))
#define TY(y) (T + (H - T - B) * (z - (y)) / (z - a))
    vc_buf_printf(b, "<svg id=\"trend-chart\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" role=\"img\" "
                     "aria-label=\"%s per period with its 95%% confidence band\">\n",
                  W, H, W, H, s->scale_name);
    for (double y = a; y <= z + step / 2; y += step) {
        char t[32];
        rv_num(t, sizeof t, y, step < 1 ? 1 : 0, "");
        vc_buf_printf(b, "<line x1=\"%.0f\" x2=\"%.0f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>"
                         "<text x=\"%.0f\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\">%s</text>\n",
                      L, W - R, TY(y), TY(y), fabs(y) < step / 2 ? "#888" : "#e4e4e4", L - 6, TY(y) + 4, t);
    }
    /* the band: upper edge left to right, lower edge back */
    int band = 0;
    for (size_t i = 0; i < n; i++)
        band |= !isnan(v[i]) && !isnan(se[i]);
    if (band) {
        vc_buf_append_str(b, "<polygon class=\"band\" fill=\"" RV_POS "\" fill-opacity=\"0.15\" points=\"");
        for (size_t i = 0; i < n; i++)
            if (!isnan(v[i]))
                vc_buf_printf(b, "%.1f,%.1f ", TX(i), TY(fmin(bound_hi, v[i] + (isnan(se[i]) ? 0 : 1.96 * se[i]))));
        for (size_t i = n; i-- > 0;)
            if (!isnan(v[i]))
                vc_buf_printf(b, "%.1f,%.1f ", TX(i), TY(fmax(bound_lo, v[i] - (isnan(se[i]) ? 0 : 1.96 * se[i]))));
        vc_buf_append_str(b, "\"/>\n");
    }
    vc_buf_append_str(b, "<polyline fill=\"none\" stroke=\"" RV_POS "\" stroke-width=\"2\" points=\"");
    for (size_t i = 0; i < n; i++)
        if (!isnan(v[i]))
            vc_buf_printf(b, "%.1f,%.1f ", TX(i), TY(v[i]));
    vc_buf_append_str(b, "\"/>\n");
    size_t every = (n + 11) / 12;
    for (size_t i = 0; i < n; i++) {
        const vc_cell *c = rv_period_cell(m, m->dated[i], VC_AGG_BASE);
        const char *name = rv_period_name(m, m->dated[i]);
        if (!isnan(v[i])) {
            int low = rv_scored(c) < m->min_base, foc = i == m->focus;
            char t[32], e[32];
            rv_num(t, sizeof t, v[i], rv_headline_decimals(s), "");
            rv_num(e, sizeof e, 1.96 * se[i], rv_headline_decimals(s), "");
            vc_buf_printf(b, "<circle class=\"period%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\" stroke=\""
                             RV_POS "\" stroke-width=\"2\"><title>", foc ? " focus" : "", TX(i), TY(v[i]),
                          foc ? 6 : 4, low ? "#fff" : RV_POS);
            rv_html(b, name);
            vc_buf_printf(b, ": %s %s%s%s on %llu comments%s</title></circle>\n", s->scale_name, t, e[0] ? " \xc2\xb1 " : "",
                          e, (unsigned long long)c->comments, low ? " (low base)" : "");
        }
        if (i % every == 0 || i == n - 1 || i == m->focus) {
            vc_buf_printf(b, "<text x=\"%.1f\" y=\"%.0f\" class=\"tick%s\" text-anchor=\"middle\">", TX(i), H - B + 18,
                          i == m->focus ? " focus" : "");
            rv_html(b, name);
            vc_buf_append_str(b, "</text>\n");
        }
    }
#undef TX
#undef TY
    vc_buf_append_str(b, "</svg>\n");
    free(v);
    return vc_buf_status(b);
}

/* ---- priority ------------------------------------------------------------- */

typedef struct box {
    double x0, y0, x1, y1;
} box;

typedef struct pt {
    uint32_t theme;
    double share, impact, px, py;
} pt;

static int cmp_share_desc(const void *x, const void *y)
{
    const pt *a = x, *b = y;
    if (a->share != b->share)
        return a->share > b->share ? -1 : 1;
    return a->theme < b->theme ? -1 : a->theme > b->theme;
}

static double overlap(const box *a, const box *b)
{
    double w = fmin(a->x1, b->x1) - fmax(a->x0, b->x0), h = fmin(a->y1, b->y1) - fmax(a->y0, b->y0);
    return w > 0 && h > 0 ? w * h : 0;
}

/* The width of a label in the chart's 11px font, roughly. */
static double text_width(const char *s)
{
    double w = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xc0) != 0x80)
            w += 6.3;
    return w;
}

vc_status rv_priority_chart(const rv_model *m, vc_buf *b)
{
    const vc_report_spec *s = m->s;
    size_t nt = s->signal_start, n = 0;
    pt *p = calloc(nt + 1, sizeof *p);
    box *boxes = calloc(2 * nt + 8, sizeof *boxes); /* 4 quadrant labels, the points, their labels */
    if (!p || !boxes) {
        free(p);
        free(boxes);
        return VC_ERR_NOMEM;
    }
    double xmax = 0, ymax = 0, share;
    for (uint32_t t = 0; t < nt; t++) {
        if (!rv_plotted(m, t, &share))
            continue;
        p[n++] = (pt){t, share, m->impact[t], 0, 0};
        xmax = fmax(xmax, share);
        ymax = fmax(ymax, fabs(m->impact[t]));
    }
    if (!n) {
        free(p);
        free(boxes);
        vc_buf_append_str(b, "<p>No theme with comments to place.</p>\n");
        return vc_buf_status(b);
    }
    double split = m->share_split;
    const double W = 1040, H = 560, L = 60, R = 20, T = 20, B = 46;
    double xa, xz, xs, ya, yz, ys;
    /* the share axis starts at zero unless every theme is far from it:
     * then it starts below the least mentioned, so that the points spread */
    double xmin = xmax;
    for (size_t i = 0; i < n; i++)
        xmin = fmin(xmin, p[i].share);
    int zoom = xmin > 0.4 * xmax;
    axis_range(zoom ? xmin * 0.92 : 0, xmax * 1.06, &xa, &xz, &xs);
    axis_range(-ymax * 1.12, ymax * 1.12, &ya, &yz, &ys);
    if (-ya > yz)
        yz = -ya;
    else
        ya = -yz; /* zero in the middle */
    if (!zoom)
        xa = 0;
#define PX(x) (L + (W - L - R) * ((x) - xa) / (xz - xa))
#define PY(y) (T + (H - T - B) * (yz - (y)) / (yz - ya))
    vc_buf_printf(b, "<svg id=\"priority-chart\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" "
                     "role=\"img\" aria-label=\"Themes by share of comments and %s impact\">\n",
                  W, H, W, H, s->scale_name);
    /* quadrant shading: where fixing pays most */
    vc_buf_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"" RV_NEG
                     "\" fill-opacity=\"0.06\"/>\n",
                  PX(split), PY(0), W - R - PX(split), PY(ya) - PY(0));
    for (double x = xa; x <= xz + xs / 2; x += xs) {
        char t[32];
        rv_num(t, sizeof t, x, xs < 1 ? 1 : 0, "");
        vc_buf_printf(b, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.0f\" y2=\"%.0f\" stroke=\"#eee\"/><text x=\"%.1f\" "
                         "y=\"%.0f\" class=\"tick\" text-anchor=\"middle\">%s%%</text>\n",
                      PX(x), PX(x), T, H - B, PX(x), H - B + 16, t);
    }
    for (double y = ya; y <= yz + ys / 2; y += ys) {
        char t[32];
        rv_delta(t, sizeof t, y, ys < 1 ? 1 : 0, 1, "");
        vc_buf_printf(b, "<line x1=\"%.0f\" x2=\"%.0f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/><text x=\"%.0f\" "
                         "y=\"%.1f\" class=\"tick\" text-anchor=\"end\">%s</text>\n",
                      L, W - R, PY(y), PY(y), fabs(y) < ys / 2 ? "#777" : "#eee", L - 6, PY(y) + 4, t);
    }
    vc_buf_printf(b, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.0f\" y2=\"%.0f\" stroke=\"#777\" stroke-dasharray=\"4 3\"/>\n",
                  PX(split), PX(split), T, H - B);
    vc_buf_printf(b, "<text x=\"%.0f\" y=\"%.0f\" class=\"axis\" text-anchor=\"middle\">share of comments that "
                     "mention the theme</text>\n<text transform=\"translate(14 %.0f) rotate(-90)\" class=\"axis\" "
                     "text-anchor=\"middle\">%s impact (points)</text>\n",
                  (L + W - R) / 2, H - 8, (T + H - B) / 2, s->scale_name);
    /* quadrant labels in the corners */
    vc_buf_printf(b, "<text class=\"quadrant\" x=\"%.0f\" y=\"%.0f\" text-anchor=\"end\">Strengths</text>\n"
                     "<text class=\"quadrant\" x=\"%.0f\" y=\"%.0f\" text-anchor=\"end\">Fix first</text>\n"
                     "<text class=\"quadrant\" x=\"%.0f\" y=\"%.0f\">Keep</text>\n"
                     "<text class=\"quadrant\" x=\"%.0f\" y=\"%.0f\">Monitor</text>\n",
                  W - R - 6, T + 16, W - R - 6, H - B - 8, L + 6, T + 16, L + 6, H - B - 8);
    size_t nb = 0;
    boxes[nb++] = (box){W - R - 80, T, W - R, T + 20}; /* the quadrant labels */
    boxes[nb++] = (box){W - R - 80, H - B - 24, W - R, H - B};
    boxes[nb++] = (box){L, T, L + 60, T + 20};
    boxes[nb++] = (box){L, H - B - 24, L + 70, H - B};
    qsort(p, n, sizeof *p, cmp_share_desc);
    for (size_t i = 0; i < n; i++) {
        p[i].px = PX(p[i].share);
        p[i].py = PY(p[i].impact);
    }
    for (size_t i = 0; i < n; i++)
        boxes[nb++] = (box){p[i].px - 5, p[i].py - 5, p[i].px + 5, p[i].py + 5};
    for (size_t i = 0; i < n; i++) {
        const char *name = m->names[p[i].theme];
        char sh[32], im[32];
        rv_pct(sh, sizeof sh, p[i].share, "");
        rv_delta(im, sizeof im, p[i].impact, 1, 1, "");
        vc_buf_printf(b, "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\" stroke=\"#fff\"><title>",
                      p[i].px, p[i].py, p[i].impact <= -0.05 ? RV_NEG : RV_POS); /* as rv_quadrant */
        rv_html(b, name);
        vc_buf_printf(b, ": %s of comments, impact %s</title></circle>\n", sh, im);
    }
    /* labels */
    for (size_t i = 0; i < n; i++) {
        const char *name = m->names[p[i].theme];
        double w = text_width(name), h = 12, x = p[i].px, y = p[i].py;
        /* candidates: right, left, above, below, then further out */
        const double cand[][2] = {{8, -h / 2}, {-8 - w, -h / 2}, {-w / 2, -8 - h}, {-w / 2, 8},
                                  {8, -h / 2 - 13}, {8, -h / 2 + 13}, {-8 - w, -h / 2 - 13}, {-8 - w, -h / 2 + 13},
                                  {8, -h / 2 - 26}, {8, -h / 2 + 26}, {-8 - w, -h / 2 - 26}, {-8 - w, -h / 2 + 26}};
        size_t best = 0;
        double best_ov = INFINITY;
        for (size_t c = 0; c < sizeof cand / sizeof cand[0]; c++) {
            box bx = {x + cand[c][0], y + cand[c][1], x + cand[c][0] + w, y + cand[c][1] + h};
            double ov = 0;
            if (bx.x0 < L || bx.x1 > W - R || bx.y0 < T || bx.y1 > H - B)
                ov += 1e6;
            for (size_t k = 0; k < nb; k++)
                ov += overlap(&bx, &boxes[k]);
            if (ov < best_ov) {
                best_ov = ov;
                best = c;
            }
            if (ov == 0)
                break;
        }
        box bx = {x + cand[best][0], y + cand[best][1], x + cand[best][0] + w, y + cand[best][1] + h};
        boxes[nb++] = bx;
        if (best >= 4) /* away from its point: a leader line */
            vc_buf_printf(b, "<line class=\"leader\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                             "stroke=\"#aaa\"/>\n",
                          x, y, cand[best][0] > 0 ? bx.x0 - 1 : bx.x1 + 1, (bx.y0 + bx.y1) / 2);
        vc_buf_printf(b, "<text class=\"label\" x=\"%.1f\" y=\"%.1f\">", bx.x0, bx.y1 - 2);
        rv_html(b, name);
        vc_buf_append_str(b, "</text>\n");
    }
#undef PX
#undef PY
    vc_buf_append_str(b, "</svg>\n");
    free(p);
    free(boxes);
    return vc_buf_status(b);
}
