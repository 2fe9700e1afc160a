/*
 * review.c - the figures of the review, computed once for both writers.
 *
 * The review leads with one period (the latest with a date, or the one
 * asked for) against the period before it and the same period a year
 * earlier; it ranks leaf themes by NPS impact under their parents; and it
 * opens with a few sentences generated from those figures, each naming the
 * section whose table shows its numbers.
 *
 * The base-size guard: a change is tested only when each group compared
 * holds at least min_base comments (the mention share: the comments of each
 * period; a headline: the scored comments of each). Under it the verdict is
 * "low base" and no significance mark is shown, whatever the p-value.
 *
 * Ownership: the model borrows the spec (and its aggregates) and owns the
 * names, rankings and sentences it makes; rv_free releases them.
 */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "review_internal.h"

static const vc_cell ZERO;

const vc_cell *rv_total(const rv_model *m, uint32_t theme)
{
    return vc_agg_segments(m->s->agg, 0) ? vc_agg_cell(m->s->agg, 0, 0, theme) : &ZERO;
}

const vc_cell *rv_period_cell(const rv_model *m, size_t g, uint32_t theme)
{
    return vc_agg_cell(m->s->agg, (size_t)m->s->period_dim, g, theme);
}

const char *rv_period_name(const rv_model *m, size_t g)
{
    return vc_agg_segment_name(m->s->agg, (size_t)m->s->period_dim, g);
}

uint64_t rv_scored(const vc_cell *c) { return c->group[0] + c->group[1] + c->group[2]; }

int rv_depth(const vc_report_spec *s, uint32_t t)
{
    int d = 0;
    while (s->theme_parent[t] != VC_NO_THEME_ID && d < 16) {
        t = s->theme_parent[t];
        d++;
    }
    return d;
}

int rv_headline_decimals(const vc_report_spec *s) { return s->scale == VC_SCALE_CES ? 2 : 1; }

void rv_num(char *dst, size_t cap, double v, int decimals, const char *dash)
{
    if (isnan(v))
        snprintf(dst, cap, "%s", dash);
    else
        vc_format_number(dst, cap, v, decimals);
}

void rv_pct(char *dst, size_t cap, double v, const char *dash)
{
    if (isnan(v)) {
        snprintf(dst, cap, "%s", dash);
        return;
    }
    vc_format_number(dst, cap > 1 ? cap - 1 : cap, v, 1);
    size_t n = strlen(dst);
    if (n + 2 <= cap)
        memcpy(dst + n, "%", 2);
}

void rv_delta(char *dst, size_t cap, double v, int decimals, int minus, const char *dash)
{
    if (isnan(v)) {
        snprintf(dst, cap, "%s", dash);
        return;
    }
    char x[32];
    vc_format_number(x, sizeof x, fabs(v), decimals);
    int zero = strspn(x, "0.") == strlen(x);
    const char *sign = zero ? "" : v < 0 ? (minus ? "\xe2\x88\x92" : "-") : "+";
    size_t a = strlen(sign), n = strlen(x);
    if (a + n + 1 > cap) {
        if (cap)
            dst[0] = 0;
        return;
    }
    memcpy(dst, sign, a);
    memcpy(dst + a, x, n + 1);
}

void rv_count(char *dst, size_t cap, uint64_t n)
{
    char raw[32];
    int len = snprintf(raw, sizeof raw, "%llu", (unsigned long long)n);
    size_t o = 0;
    for (int i = 0; i < len && o + 1 < cap; i++) {
        if (i && (len - i) % 3 == 0 && o + 2 < cap)
            dst[o++] = ',';
        dst[o++] = raw[i];
    }
    dst[o] = 0;
}

const char *rv_quote_segment(const char *segments, size_t d, size_t *len)
{
    if (!segments || d == 0)
        return NULL;
    const char *p = segments;
    for (size_t i = 1; i < d; i++) {
        p = strchr(p, '\x1f');
        if (!p)
            return NULL;
        p++;
    }
    const char *e = strchr(p, '\x1f');
    *len = e ? (size_t)(e - p) : strlen(p);
    return p;
}

uint32_t rv_churn_theme(const vc_report_spec *s)
{
    for (size_t t = s->signal_start; t < vc_agg_themes(s->agg); t++)
        if (strcmp(s->theme_names[t], "signal/churn_risk") == 0)
            return (uint32_t)t;
    return UINT32_MAX;
}

static rv_sig verdict(const vc_test *t, int guarded)
{
    if (guarded)
        return RV_LOW_BASE;
    if (isnan(t->p))
        return RV_NOT_TESTED;
    if (t->p > RV_ALPHA)
        return RV_NOT_SIG;
    return t->diff > 0 ? RV_SIG_UP : RV_SIG_DOWN;
}

rv_sig rv_share_change(const rv_model *m, const vc_cell *base1, const vc_cell *c1, const vc_cell *base2,
                       const vc_cell *c2, double *diff_pts)
{
    vc_test t = vc_two_proportion_test(c1->comments, base1->comments, c2->comments, base2->comments);
    *diff_pts = 100 * t.diff;
    if (!base1->comments || !base2->comments)
        return RV_NOT_TESTED;
    return verdict(&t, base1->comments < m->min_base || base2->comments < m->min_base);
}

rv_sig rv_headline_change(const rv_model *m, const vc_cell *c1, const vc_cell *c2, double *diff)
{
    vc_test t = vc_headline_test(m->s->scale, c1, c2);
    *diff = vc_headline(m->s->scale, c2) - vc_headline(m->s->scale, c1);
    if (!rv_scored(c1) || !rv_scored(c2))
        return RV_NOT_TESTED;
    if (m->s->scale == VC_SCALE_CES)
        return RV_NOT_TESTED;
    return verdict(&t, rv_scored(c1) < m->min_base || rv_scored(c2) < m->min_base);
}

/* ---- ranking -------------------------------------------------------------- */

static const rv_model *sort_model; /* qsort has no context argument */

static int cmp_theme_impact(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    double ia = sort_model->impact[a], ib = sort_model->impact[b];
    ia = isnan(ia) ? 1e9 : ia;
    ib = isnan(ib) ? 1e9 : ib;
    if (ia != ib)
        return ia < ib ? -1 : 1;
    return a < b ? -1 : a > b;
}

void rv_sort_by_impact(const rv_model *m, uint32_t *themes, size_t n)
{
    sort_model = m;
    qsort(themes, n, sizeof *themes, cmp_theme_impact);
    sort_model = NULL;
}

static int cmp_group(const void *x, const void *y)
{
    const rv_group *a = x, *b = y;
    double ia = isnan(a->impact) ? 1e9 : a->impact, ib = isnan(b->impact) ? 1e9 : b->impact;
    if (ia != ib)
        return ia < ib ? -1 : 1;
    uint32_t ta = a->header != VC_NO_THEME_ID ? a->header : a->leaves[0];
    uint32_t tb = b->header != VC_NO_THEME_ID ? b->header : b->leaves[0];
    return ta < tb ? -1 : ta > tb;
}

static uint32_t top_of(const vc_report_spec *s, uint32_t t)
{
    for (int d = 0; s->theme_parent[t] != VC_NO_THEME_ID && d < 16; d++)
        t = s->theme_parent[t];
    return t;
}

static void walk(rv_model *m, uint32_t t)
{
    m->order[m->norder++] = t;
    if (!m->s->theme_has_children[t])
        return;
    for (uint32_t c = 0; c < m->s->signal_start; c++)
        if (m->s->theme_parent[c] == t && c != t)
            walk(m, c);
}

static vc_status rank(rv_model *m)
{
    const vc_report_spec *s = m->s;
    size_t nt = s->signal_start;
    m->groups = calloc(nt + 1, sizeof *m->groups);
    uint32_t *leaves = calloc(nt + 1, sizeof *leaves);
    m->order = calloc(nt + 1, sizeof *m->order);
    if (!m->groups || !leaves || !m->order) {
        free(leaves);
        return VC_ERR_NOMEM;
    }
    /* leaves grouped by their top-level theme, the groups in theme order */
    size_t nl = 0;
    for (uint32_t top = 0; top < nt; top++) {
        if (s->theme_parent[top] != VC_NO_THEME_ID)
            continue;
        rv_group *g = &m->groups[m->ngroups++];
        g->leaves = leaves + nl;
        if (!s->theme_has_children[top]) {
            g->header = VC_NO_THEME_ID;
            leaves[nl++] = top;
            g->nleaves = 1;
        } else {
            g->header = top;
            for (uint32_t t = 0; t < nt; t++)
                if (!s->theme_has_children[t] && t != top && top_of(s, t) == top)
                    leaves[nl++] = t;
            g->nleaves = (size_t)(leaves + nl - g->leaves);
        }
        g->impact = m->impact[g->header != VC_NO_THEME_ID ? g->header : top];
    }
    sort_model = m;
    for (size_t i = 0; i < m->ngroups; i++)
        qsort(m->groups[i].leaves, m->groups[i].nleaves, sizeof(uint32_t), cmp_theme_impact);
    qsort(m->groups, m->ngroups, sizeof *m->groups, cmp_group);
    sort_model = NULL;
    m->leaf_store = leaves;
    /* the table order: each theme followed by its children (depth first,
     * each level in id order) */
    for (uint32_t top = 0; top < nt; top++)
        if (s->theme_parent[top] == VC_NO_THEME_ID)
            walk(m, top);
    return VC_OK;
}

/* ---- period focus --------------------------------------------------------- */

/* The same period a year before `label` (2026-03 -> 2025-03, 2026-Q1 ->
 * 2025-Q1, 2026-W05 -> 2025-W05, 2026-03-07 -> 2025-03-07); 0 when the label
 * does not start with a year. */
static int year_before(const char *label, char *out, size_t cap)
{
    if (strlen(label) < 5 || label[4] != '-')
        return 0;
    for (int i = 0; i < 4; i++)
        if (!isdigit((unsigned char)label[i]))
            return 0;
    int y = atoi(label) - 1;
    if (y < 1)
        return 0;
    snprintf(out, cap, "%04d%s", y, label + 4);
    return 1;
}

static vc_status focus(rv_model *m)
{
    const vc_report_spec *s = m->s;
    m->focus = m->prev = m->yago = RV_NONE;
    if (s->period_dim < 0)
        return VC_OK;
    size_t d = (size_t)s->period_dim, ns = vc_agg_segments(s->agg, d);
    m->dated = calloc(ns + 1, sizeof *m->dated);
    if (!m->dated)
        return VC_ERR_NOMEM;
    for (size_t g = 0; g < ns; g++) {
        const char *name = vc_agg_segment_name(s->agg, d, g);
        if (name[0] == '(')
            continue; /* (blank), (invalid date), (ambiguous date), (other) */
        if (s->focus && strcmp(name, s->focus) == 0)
            m->focus = m->ndated;
        m->dated[m->ndated++] = g;
    }
    if (s->focus && m->focus == RV_NONE)
        return VC_ERR_USAGE;
    if (!m->ndated)
        return VC_OK;
    if (m->focus == RV_NONE)
        m->focus = m->ndated - 1;
    if (m->focus > 0)
        m->prev = m->focus - 1;
    char ya[64];
    if (year_before(rv_period_name(m, m->dated[m->focus]), ya, sizeof ya))
        for (size_t i = 0; i < m->focus; i++)
            if (strcmp(rv_period_name(m, m->dated[i]), ya) == 0)
                m->yago = i;
    return VC_OK;
}

/* ---- summary -------------------------------------------------------------- */

static vc_status say(rv_model *m, const char *anchor, const char *section, const char *f, ...)
{
    char text[1024];
    va_list ap;
    va_start(ap, f);
    vsnprintf(text, sizeof text, f, ap);
    va_end(ap);
    char *t = strdup(text);
    if (!t)
        return VC_ERR_NOMEM;
    rv_sentence *r = &m->sentences[m->nsentences++];
    r->text = t;
    r->anchor = anchor;
    snprintf(r->section, sizeof r->section, "%s", section);
    return VC_OK;
}

static const char *unit(const vc_report_spec *s) { return s->scale == VC_SCALE_CES ? "" : " points"; }

/* "up 6.1 points on 2026-10 (a significant change)" */
static void change_phrase(const rv_model *m, char *out, size_t cap, double diff, rv_sig v, const char *against)
{
    char x[32];
    rv_num(x, sizeof x, fabs(diff), rv_headline_decimals(m->s), "");
    const char *why = v == RV_SIG_UP || v == RV_SIG_DOWN ? "a significant change"
                      : v == RV_NOT_SIG                  ? "within the margin of error"
                      : v == RV_LOW_BASE                 ? "too few comments to tell"
                                                         : "not tested";
    if (isnan(diff))
        snprintf(out, cap, "no figure to compare with %s", against);
    else if (strspn(x, "0.") == strlen(x))
        snprintf(out, cap, "unchanged on %s", against);
    else
        snprintf(out, cap, "%s %s%s on %s (%s)", diff > 0 ? "up" : "down", x, unit(m->s), against, why);
}

static vc_status headline_sentence(rv_model *m)
{
    const vc_report_spec *s = m->s;
    char v[32], n[32], a[160], b[160];
    if (m->focus == RV_NONE) {
        rv_num(v, sizeof v, vc_headline(s->scale, m->base), rv_headline_decimals(s), "not defined");
        rv_count(n, sizeof n, m->base->comments);
        return say(m, "headline", "Headline", "%s is %s on %s comments.", s->scale_name, v, n);
    }
    const vc_cell *fc = rv_period_cell(m, m->dated[m->focus], VC_AGG_BASE);
    const char *fname = rv_period_name(m, m->dated[m->focus]);
    rv_num(v, sizeof v, vc_headline(s->scale, fc), rv_headline_decimals(s), "not defined");
    rv_count(n, sizeof n, fc->comments);
    if (m->prev == RV_NONE)
        return say(m, "headline", "Headline", "In %s, the first period, %s was %s on %s comments.", fname,
                   s->scale_name, v, n);
    double diff;
    const vc_cell *pc = rv_period_cell(m, m->dated[m->prev], VC_AGG_BASE);
    rv_sig sig = rv_headline_change(m, pc, fc, &diff);
    change_phrase(m, a, sizeof a, diff, sig, rv_period_name(m, m->dated[m->prev]));
    b[0] = 0;
    if (m->yago != RV_NONE) {
        const vc_cell *yc = rv_period_cell(m, m->dated[m->yago], VC_AGG_BASE);
        sig = rv_headline_change(m, yc, fc, &diff);
        memcpy(b, " and ", 6);
        change_phrase(m, b + 5, sizeof b - 5, diff, sig, rv_period_name(m, m->dated[m->yago]));
    }
    return say(m, "headline", "Headline", "In %s, %s was %s on %s comments: %s%s.", fname, s->scale_name, v, n,
               a, b);
}

typedef struct mover {
    uint32_t theme;
    double diff, share, z;
    rv_sig v;
} mover;

static int cmp_mover(const void *x, const void *y)
{
    const mover *a = x, *b = y;
    if (fabs(a->diff) != fabs(b->diff))
        return fabs(a->diff) > fabs(b->diff) ? -1 : 1;
    return a->theme < b->theme ? -1 : a->theme > b->theme;
}

#define SUMMARY_MOVERS 3

static vc_status movers_sentence(rv_model *m)
{
    const vc_report_spec *s = m->s;
    if (m->focus == RV_NONE || m->prev == RV_NONE)
        return VC_OK;
    size_t fg = m->dated[m->focus], pg = m->dated[m->prev];
    const vc_cell *fb = rv_period_cell(m, fg, VC_AGG_BASE), *pb = rv_period_cell(m, pg, VC_AGG_BASE);
    const char *prev = rv_period_name(m, pg);
    if (fb->comments < m->min_base || pb->comments < m->min_base)
        return say(m, "changes", "Changes", "Too few comments in %s or %s (under %u) to tell which themes moved.",
                   prev, rv_period_name(m, fg), m->min_base);
    mover *mv = calloc(s->signal_start + 1, sizeof *mv), *hv = calloc(s->signal_start + 1, sizeof *hv);
    if (!mv || !hv) {
        free(mv);
        free(hv);
        return VC_ERR_NOMEM;
    }
    size_t n = 0, nh = 0;
    for (uint32_t t = 0; t < s->signal_start; t++) {
        if (s->theme_has_children[t])
            continue;
        const vc_cell *fc = rv_period_cell(m, fg, t), *pc = rv_period_cell(m, pg, t);
        double d;
        rv_sig v = rv_share_change(m, pb, pc, fb, fc, &d);
        if (v == RV_SIG_UP || v == RV_SIG_DOWN)
            mv[n++] = (mover){t, d, 100.0 * (double)fc->comments / (double)fb->comments, 0, v};
        v = rv_headline_change(m, pc, fc, &d);
        if (v == RV_SIG_UP || v == RV_SIG_DOWN)
            hv[nh++] = (mover){t, d, vc_headline(s->scale, fc), 0, v};
    }
    qsort(mv, n, sizeof *mv, cmp_mover);
    qsort(hv, nh, sizeof *hv, cmp_mover);
    vc_status st = VC_OK;
    if (!n) {
        st = say(m, "changes", "Changes", "No theme's share of comments changed significantly against %s.", prev);
    } else {
        char text[900] = "", x[32], y[32];
        size_t used = 0;
        for (size_t i = 0; i < n && i < SUMMARY_MOVERS; i++) {
            rv_pct(x, sizeof x, mv[i].share, "");
            rv_num(y, sizeof y, fabs(mv[i].diff), 1, "");
            used += (size_t)snprintf(text + used, sizeof text - used, "%s%s %s (%s of comments, %s %s points)",
                                     i == 0 ? "" : i + 1 == (n < SUMMARY_MOVERS ? n : SUMMARY_MOVERS) ? " and " : ", ",
                                     m->names[mv[i].theme], mv[i].diff > 0 ? "more" : "less", x,
                                     mv[i].diff > 0 ? "up" : "down", y);
            if (used >= sizeof text)
                break;
        }
        if (n <= SUMMARY_MOVERS)
            st = say(m, "changes", "Changes", "Against %s, customers mentioned %s; %s significant.", prev, text,
                     n == 1 ? "the change is" : "each change is");
        else
            st = say(m, "changes", "Changes", "Against %s, customers mentioned %s: the largest of %zu significant "
                     "changes.", prev, text, n);
    }
    if (!st && nh) {
        char x[32], y[32];
        rv_num(x, sizeof x, hv[0].share, rv_headline_decimals(s), "not defined");
        rv_num(y, sizeof y, fabs(hv[0].diff), rv_headline_decimals(s), "");
        st = say(m, "changes", "Changes", "Among comments that mention %s, %s %s %s%s to %s (significant).",
                 m->names[hv[0].theme], s->scale_name, hv[0].diff > 0 ? "rose" : "fell", y, unit(s), x);
    }
    free(mv);
    free(hv);
    return st;
}

static vc_status drag_sentence(rv_model *m)
{
    const vc_report_spec *s = m->s;
    uint32_t worst = VC_NO_THEME_ID;
    for (uint32_t t = 0; t < s->signal_start; t++)
        if (!s->theme_has_children[t] && !isnan(m->impact[t]) && m->impact[t] < 0 &&
            (worst == VC_NO_THEME_ID || m->impact[t] < m->impact[worst]))
            worst = t;
    if (worst == VC_NO_THEME_ID)
        return say(m, "impact", m->impact_title, "No theme lowers %s.", s->scale_name);
    char x[32], y[32];
    const vc_cell *c = rv_total(m, worst);
    rv_pct(x, sizeof x, m->base->comments ? 100.0 * (double)c->comments / (double)m->base->comments : NAN, "");
    rv_num(y, sizeof y, -m->impact[worst], rv_headline_decimals(s), "");
    return say(m, "impact", m->impact_title,
               "The biggest drag on %s is %s: mentioned in %s of comments, it lowers %s by %s%s.", s->scale_name,
               m->names[worst], x, s->scale_name, y, unit(s));
}

/* The segment whose headline differs most from the rest of its dimension
 * (largest |z|, significant, both sides over the base). Only dimensions
 * whose segments partition the comments (not multi-valued ones). */
static vc_status segment_sentence(rv_model *m)
{
    const vc_report_spec *s = m->s;
    double best_z = 0;
    size_t bd = 0, bg = 0;
    vc_cell brest = ZERO;
    int any_dim = 0;
    for (size_t d = 1; d < s->ndims; d++) {
        if ((int)d == s->period_dim || (int)d == s->signal_dim)
            continue;
        size_t ns = vc_agg_segments(s->agg, d);
        if (!rv_partitions(m, d) || ns < 2)
            continue;
        any_dim = 1;
        for (size_t g = 0; g < ns; g++) {
            const vc_cell *c = vc_agg_cell(s->agg, d, g, VC_AGG_BASE);
            vc_cell rest = rv_rest(m, c);
            double diff;
            rv_sig v = rv_headline_change(m, &rest, c, &diff);
            if (v != RV_SIG_UP && v != RV_SIG_DOWN)
                continue;
            vc_test t = vc_headline_test(s->scale, &rest, c);
            if (fabs(t.z) > best_z) {
                best_z = fabs(t.z);
                bd = d;
                bg = g;
                brest = rest;
            }
        }
    }
    if (!any_dim)
        return VC_OK;
    if (best_z == 0)
        return say(m, "segments", "Segments", "No segment's %s differs significantly from the rest of its %s.",
                   s->scale_name, s->ndims > 2 ? "breakdown" : s->dim_names[1]);
    const vc_cell *c = vc_agg_cell(s->agg, bd, bg, VC_AGG_BASE);
    char x[32], y[32], n[32];
    rv_num(x, sizeof x, vc_headline(s->scale, c), rv_headline_decimals(s), "");
    rv_num(y, sizeof y, vc_headline(s->scale, &brest), rv_headline_decimals(s), "");
    rv_count(n, sizeof n, c->comments);
    return say(m, "segments", "Segments", "%s (%s) differs most from the rest: %s %s on %s comments against %s "
               "for all other comments (significant).", vc_agg_segment_name(s->agg, bd, bg), s->dim_names[bd],
               s->scale_name, x, n, y);
}

static vc_status churn_sentence(rv_model *m)
{
    const vc_report_spec *s = m->s;
    uint32_t ct = rv_churn_theme(s);
    if (ct == UINT32_MAX)
        return VC_OK;
    const vc_cell *c = rv_total(m, ct);
    char n[32], x[32], v[32];
    rv_count(n, sizeof n, c->comments);
    rv_pct(x, sizeof x, m->base->comments ? 100.0 * (double)c->comments / (double)m->base->comments : NAN, "");
    if (!c->comments)
        return say(m, "churn", "Churn risk", "No comment signals churn risk.");
    rv_num(v, sizeof v, vc_headline(s->scale, c), rv_headline_decimals(s), "not defined");
    const char *verb = c->comments == 1 ? "comment (%s) signals" : "comments (%s) signal";
    char lead[96];
    snprintf(lead, sizeof lead, verb, x);
    if (m->focus != RV_NONE) {
        char k[32];
        rv_count(k, sizeof k, rv_period_cell(m, m->dated[m->focus], ct)->comments);
        return say(m, "churn", "Churn risk", "%s %s churn risk, %s of them in %s; their %s is %s.", n, lead, k,
                   rv_period_name(m, m->dated[m->focus]), s->scale_name, v);
    }
    return say(m, "churn", "Churn risk", "%s %s churn risk; their %s is %s.", n, lead, s->scale_name, v);
}

/* ---- churn risk ------------------------------------------------------------ */


static int cmp_churn(const void *x, const void *y)
{
    const rv_churn_row *a = x, *b = y;
    if (a->n != b->n)
        return a->n > b->n ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

size_t rv_churn_segments(const vc_report_spec *s, size_t d, uint32_t ct, rv_churn_row *rows)
{
    size_t ns = vc_agg_segments(s->agg, d), n = 0;
    for (size_t g = 0; g < ns; g++) {
        const vc_cell *bc = vc_agg_cell(s->agg, d, g, VC_AGG_BASE), *c = vc_agg_cell(s->agg, d, g, ct);
        rows[n++] = (rv_churn_row){g, c->comments, bc->comments};
    }
    if ((int)d != s->period_dim)
        qsort(rows, n, sizeof *rows, cmp_churn);
    else if (n > RV_CHURN_SEGMENTS) { /* the latest periods */
        memmove(rows, rows + (n - RV_CHURN_SEGMENTS), RV_CHURN_SEGMENTS * sizeof *rows);
        n = RV_CHURN_SEGMENTS;
    }
    return n < RV_CHURN_SEGMENTS ? n : RV_CHURN_SEGMENTS;
}

size_t rv_churn_themes(const vc_report_spec *s, rv_churn_row *rows, uint64_t *base)
{
    *base = 0;
    if (s->signal_dim < 0)
        return 0;
    size_t d = (size_t)s->signal_dim, ns = vc_agg_segments(s->agg, d), g = 0;
    for (; g < ns && strcmp(vc_agg_segment_name(s->agg, d, g), "churn_risk") != 0; g++)
        ;
    if (g == ns)
        return 0;
    *base = vc_agg_cell(s->agg, d, g, VC_AGG_BASE)->comments;
    size_t n = 0;
    for (uint32_t t = 0; t < s->signal_start; t++) {
        if (s->theme_has_children[t])
            continue;
        const vc_cell *c = vc_agg_cell(s->agg, d, g, t);
        if (c->comments)
            rows[n++] = (rv_churn_row){t, c->comments, *base};
    }
    qsort(rows, n, sizeof *rows, cmp_churn);
    return n < RV_CHURN_THEMES ? n : RV_CHURN_THEMES;
}

rv_churn_row *rv_churn_rows_new(const vc_report_spec *s)
{
    size_t cap = RV_CHURN_THEMES;
    for (size_t d = 1; d < s->ndims; d++)
        if (vc_agg_segments(s->agg, d) > cap)
            cap = vc_agg_segments(s->agg, d);
    return calloc(cap + (size_t)s->signal_start + 1, sizeof(rv_churn_row));
}

/* ---- priority ------------------------------------------------------------- */

int rv_plotted(const rv_model *m, uint32_t t, double *share)
{
    const vc_cell *c = rv_total(m, t);
    if (t >= m->s->signal_start || m->s->theme_has_children[t] || !c->comments || isnan(m->impact[t]) ||
        !m->base->comments)
        return 0;
    *share = 100.0 * (double)c->comments / (double)m->base->comments;
    return 1;
}

const char *rv_quadrant(const rv_model *m, uint32_t t)
{
    double share;
    if (!rv_plotted(m, t, &share))
        return NULL;
    int often = share >= m->share_split, raises = m->impact[t] > -0.05; /* shown as 0.0 or more */
    return often ? (raises ? "Strengths" : "Fix first") : (raises ? "Keep" : "Monitor");
}

static int cmp_dbl(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return a < b ? -1 : a > b;
}

static vc_status split(rv_model *m)
{
    size_t nt = m->s->signal_start, n = 0;
    double *v = calloc(nt + 1, sizeof *v);
    if (!v)
        return VC_ERR_NOMEM;
    for (uint32_t t = 0; t < nt; t++)
        if (rv_plotted(m, t, &v[n]))
            n++;
    qsort(v, n, sizeof *v, cmp_dbl);
    m->share_split = !n ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    free(v);
    return VC_OK;
}

/* ---- the model ------------------------------------------------------------ */

vc_status rv_build(rv_model *m, const vc_report_spec *s)
{
    memset(m, 0, sizeof *m);
    m->s = s;
    m->min_base = s->min_base ? s->min_base : RV_MIN_BASE;
    m->base = rv_total(m, VC_AGG_BASE);
    snprintf(m->impact_title, sizeof m->impact_title, "Themes by %s impact", s->scale_name);
    for (int g = 0; g < 3; g++) {
        snprintf(m->group_names[g], sizeof m->group_names[g], "%s", s->group_names[g] ? s->group_names[g] : "");
        for (char *c = m->group_names[g]; *c; c++)
            if (*c == '_')
                *c = ' ';
    }
    size_t nt = vc_agg_themes(s->agg);
    m->names = calloc(nt + 1, sizeof *m->names);
    m->impact = calloc(nt + 1, sizeof *m->impact);
    m->sentences = calloc(8, sizeof *m->sentences);
    if (!m->names || !m->impact || !m->sentences)
        return VC_ERR_NOMEM;
    for (uint32_t t = 0; t < nt; t++) {
        const char *label = s->theme_labels ? s->theme_labels[t] : NULL;
        if (label) {
            m->names[t] = strdup(label);
        } else {
            size_t n = vc_theme_display_name(s->theme_names[t], NULL, 0);
            if ((m->names[t] = malloc(n + 1)))
                vc_theme_display_name(s->theme_names[t], m->names[t], n + 1);
        }
        if (!m->names[t])
            return VC_ERR_NOMEM;
        m->impact[t] = vc_impact(s->scale, m->base, rv_total(m, t));
    }
    vc_status st = rank(m);
    if (!st)
        st = split(m);
    if (!st)
        st = focus(m);
    if (!st)
        st = headline_sentence(m);
    if (!st)
        st = movers_sentence(m);
    if (!st)
        st = drag_sentence(m);
    if (!st)
        st = segment_sentence(m);
    if (!st)
        st = churn_sentence(m);
    return st;
}

void rv_free(rv_model *m)
{
    size_t nt = m->s ? vc_agg_themes(m->s->agg) : 0;
    for (size_t t = 0; m->names && t < nt; t++)
        free(m->names[t]);
    free(m->names);
    free(m->impact);
    free(m->groups);
    free(m->leaf_store);
    free(m->order);
    free(m->dated);
    for (size_t i = 0; i < m->nsentences; i++)
        free(m->sentences[i].text);
    free(m->sentences);
    memset(m, 0, sizeof *m);
}

void rv_group_label(const rv_model *m, int group, char *out, size_t cap)
{
    snprintf(out, cap, "%s", vc_scale_group_label(m->s->scale, group));
    for (char *c = out; *c; c++)
        if (*c == '_')
            *c = ' ';
    if (out[0] >= 'a' && out[0] <= 'z')
        out[0] = (char)(out[0] - 'a' + 'A');
}

vc_cell rv_rest(const rv_model *m, const vc_cell *c)
{
    vc_cell rest = *m->base;
    for (int k = 0; k < 3; k++)
        rest.group[k] -= c->group[k];
    rest.comments -= c->comments;
    return rest;
}

int rv_partitions(const rv_model *m, size_t d)
{
    uint64_t sum = 0;
    for (size_t g = 0; g < vc_agg_segments(m->s->agg, d); g++)
        sum += vc_agg_cell(m->s->agg, d, g, VC_AGG_BASE)->comments;
    return sum == m->base->comments;
}

void rv_quote_context(const rv_model *m, const vc_report_quote *q, const char *sep, const char *after_group,
                      rv_escaper esc, vc_buf *b)
{
    const vc_report_spec *s = m->s;
    char label[32];
    rv_group_label(m, q->group, label, sizeof label);
    esc(b, label, strlen(label));
    if (q->score != VC_REPORT_NO_SCORE)
        vc_buf_printf(b, "%sscore %d", after_group, (int)q->score);
    for (size_t d = 1; d < s->ndims && q->segments; d++) {
        size_t n;
        const char *v = rv_quote_segment(q->segments, d, &n);
        if (!v || !n || (int)d == s->signal_dim)
            continue; /* the signals have their own section */
        vc_buf_append_str(b, sep);
        if ((int)d != s->period_dim) {
            esc(b, s->dim_names[d], strlen(s->dim_names[d]));
            vc_buf_append_char(b, ' ');
        }
        esc(b, v, n);
    }
}

/* ---- escaping --------------------------------------------------------------- */

vc_status rv_html_n(vc_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n && s[i]; i++) {
        switch (s[i]) {
        case '&': vc_buf_append_str(b, "&amp;"); break;
        case '<': vc_buf_append_str(b, "&lt;"); break;
        case '>': vc_buf_append_str(b, "&gt;"); break;
        case '"': vc_buf_append_str(b, "&quot;"); break;
        case '\'': vc_buf_append_str(b, "&#39;"); break;
        default: vc_buf_append_char(b, s[i]);
        }
    }
    return vc_buf_status(b);
}

vc_status rv_html(vc_buf *b, const char *s) { return rv_html_n(b, s, strlen(s)); }

vc_status rv_md_n(vc_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n && s[i]; i++) {
        if (s[i] == '\n' || s[i] == '\r')
            vc_buf_append_char(b, ' ');
        else if (strchr("|\\*_`[]<>#", s[i]))
            vc_buf_printf(b, "\\%c", s[i]);
        else
            vc_buf_append_char(b, s[i]);
    }
    return vc_buf_status(b);
}

vc_status rv_md(vc_buf *b, const char *s) { return rv_md_n(b, s, strlen(s)); }
