/*
 * markdown.c - the review as Markdown, for a wiki page, a pull request or
 * an e-mail: the same sections and sentences as the HTML page (review.c
 * computes them once), with tables instead of charts (the priority chart
 * becomes a table of quadrants). Text from the data is escaped so that it
 * can neither break a table nor start emphasis.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "review_internal.h"

#define DASH "-"

static const char *mark(rv_sig v)
{
    return v == RV_SIG_UP ? " ▲" : v == RV_SIG_DOWN ? " ▼" : v == RV_LOW_BASE ? " (low base)" : "";
}

/* A theme's name in a table: a parent in bold, a child indented. */
static void theme_name(vc_buf *b, const rv_model *m, uint32_t t)
{
    const vc_report_spec *s = m->s;
    int group = rv_depth(s, t) == 0 && s->theme_has_children[t];
    for (int d = rv_depth(s, t); d > 0; d--)
        vc_buf_append_str(b, "&nbsp;&nbsp;&nbsp;");
    vc_buf_append_str(b, group ? "**" : "");
    rv_md(b, m->names[t]);
    vc_buf_append_str(b, group ? "**" : "");
}

static void scope(vc_buf *b, const rv_model *m)
{
    char n[32];
    rv_count(n, sizeof n, m->base->comments);
    vc_buf_printf(b, "all %s comments", n);
    if (m->ndated >= 2) {
        vc_buf_append_str(b, ", ");
        rv_md(b, rv_period_name(m, m->dated[0]));
        vc_buf_append_str(b, " to ");
        rv_md(b, rv_period_name(m, m->dated[m->ndated - 1]));
    }
}

static void headline(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    const vc_cell *c = m->focus != RV_NONE ? rv_period_cell(m, m->dated[m->focus], VC_AGG_BASE) : m->base;
    char x[32], n[32];
    vc_buf_append_str(b, "\n## Headline\n\n| | ");
    if (m->focus != RV_NONE)
        rv_md(b, rv_period_name(m, m->dated[m->focus]));
    else
        vc_buf_append_str(b, "all comments");
    vc_buf_append_str(b, " |\n|---|---:|\n");
    rv_num(x, sizeof x, vc_headline(s->scale, c), rv_headline_decimals(s), DASH);
    vc_buf_printf(b, "| %s | **%s** |\n", s->scale_name, x);
    const size_t against[2] = {m->prev, m->yago};
    for (int i = 0; i < 2; i++) {
        if (against[i] == RV_NONE)
            continue;
        double d;
        rv_sig v = rv_headline_change(m, rv_period_cell(m, m->dated[against[i]], VC_AGG_BASE), c, &d);
        rv_delta(x, sizeof x, d, rv_headline_decimals(s), 0, DASH);
        vc_buf_append_str(b, "| change against ");
        rv_md(b, rv_period_name(m, m->dated[against[i]]));
        vc_buf_printf(b, " | %s%s%s |\n", x, mark(v), v == RV_NOT_SIG ? " (not significant)" : "");
    }
    rv_count(n, sizeof n, c->comments);
    vc_buf_printf(b, "| comments | %s |\n", n);
    uint64_t scored = rv_scored(c);
    for (int g = 2; g >= 0; g--) {
        rv_pct(x, sizeof x, scored ? 100.0 * (double)c->group[g] / (double)scored : NAN, DASH);
        rv_count(n, sizeof n, c->group[g]);
        vc_buf_printf(b, "| %s | %s (%s) |\n", m->group_names[g], x, n);
    }
    if (m->ndated >= 2) {
        vc_buf_printf(b, "\n| period | comments | %s | 95%% interval |\n|---|---:|---:|---:|\n", s->scale_name);
        for (size_t i = 0; i < m->ndated; i++) {
            const vc_cell *pc = rv_period_cell(m, m->dated[i], VC_AGG_BASE);
            double v = vc_headline(s->scale, pc), se = vc_headline_se(s->scale, pc);
            char lo[32], hi[32];
            rv_num(x, sizeof x, v, rv_headline_decimals(s), DASH);
            double bl = s->scale == VC_SCALE_CES ? 1 : s->scale == VC_SCALE_NPS ? -100 : 0;
            double bh = s->scale == VC_SCALE_CES ? 7 : 100;
            rv_num(lo, sizeof lo, isnan(v + se) ? NAN : fmax(bl, v - 1.96 * se), rv_headline_decimals(s), "");
            rv_num(hi, sizeof hi, isnan(v + se) ? NAN : fmin(bh, v + 1.96 * se), rv_headline_decimals(s), "");
            vc_buf_append_str(b, "| ");
            rv_md(b, rv_period_name(m, m->dated[i]));
            vc_buf_printf(b, "%s | %llu | %s | %s%s%s%s |\n", i == m->focus ? " (focus)" : "",
                          (unsigned long long)pc->comments, x, lo[0] ? lo : DASH, lo[0] ? " to " : "", hi,
                          rv_scored(pc) < m->min_base ? " (low base)" : "");
        }
    }
}

static void priority(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    char x[32], y[32];
    vc_buf_printf(b, "\n## Priorities\n\nLeaf themes by how often they are mentioned and how much they move %s, "
                     "over ",
                  s->scale_name);
    scope(b, m);
    vc_buf_printf(b, ". Fix first: mentioned at least as often as the median theme (%.1f%% of comments) and "
                     "lowering %s; Strengths: as often, raising it; Monitor and Keep: the same, less often.\n\n"
                     "| quadrant | theme | share | impact |\n|---|---|---:|---:|\n",
                  m->share_split, s->scale_name);
    static const char *const Q[] = {"Fix first", "Strengths", "Monitor", "Keep"};
    uint32_t *byimpact = calloc(s->signal_start + 1, sizeof *byimpact);
    size_t n = 0;
    double share;
    for (uint32_t t = 0; byimpact && t < s->signal_start; t++)
        if (rv_plotted(m, t, &share))
            byimpact[n++] = t;
    rv_sort_by_impact(m, byimpact, n);
    for (int q = 0; q < 4; q++)
        for (size_t i = 0; i < n; i++) {
            uint32_t t = byimpact[i];
            if (strcmp(rv_quadrant(m, t), Q[q]) != 0 || !rv_plotted(m, t, &share))
                continue;
            rv_pct(x, sizeof x, share, DASH);
            rv_delta(y, sizeof y, m->impact[t], 1, 0, DASH);
            vc_buf_printf(b, "| %s | ", Q[q]);
            rv_md(b, m->names[t]);
            vc_buf_printf(b, " | %s | %s |\n", x, y);
        }
    free(byimpact);
}

static void impact_row(vc_buf *b, const rv_model *m, uint32_t t)
{
    const vc_report_spec *s = m->s;
    const vc_cell *c = rv_total(m, t), *base = m->base;
    char x[32], y[32], z[32], lo[32], hi[32];
    rv_pct(x, sizeof x, base->comments ? 100.0 * (double)c->comments / (double)base->comments : NAN, DASH);
    rv_num(y, sizeof y, vc_headline(s->scale, c), rv_headline_decimals(s), DASH);
    rv_delta(z, sizeof z, m->impact[t], 1, 0, DASH);
    rv_pct(lo, sizeof lo, base->group[0] ? 100.0 * (double)c->group[0] / (double)base->group[0] : NAN, DASH);
    rv_pct(hi, sizeof hi, base->group[2] ? 100.0 * (double)c->group[2] / (double)base->group[2] : NAN, DASH);
    vc_buf_append_str(b, "| ");
    theme_name(b, m, t);
    vc_buf_printf(b, " | %llu | %s | %s | %s | %s | %s |\n", (unsigned long long)c->comments, x, y, z, lo, hi);
}

static void impact(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    vc_buf_printf(b, "\n## Themes by %s impact\n\nImpact: how many points the theme moves %s (with its comments "
                     "minus without them), over ",
                  s->scale_name, s->scale_name);
    scope(b, m);
    vc_buf_printf(b, "; ranked within each group.\n\n| theme | comments | share | %s | impact | of %s | of %s |\n"
                     "|---|---:|---:|---:|---:|---:|---:|\n",
                  s->scale_name, m->group_names[0], m->group_names[2]);
    for (size_t i = 0; i < m->ngroups; i++) {
        const rv_group *g = &m->groups[i];
        if (g->header != VC_NO_THEME_ID)
            impact_row(b, m, g->header);
        for (size_t k = 0; k < g->nleaves; k++)
            impact_row(b, m, g->leaves[k]);
    }
}

static void changes(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    if (m->prev == RV_NONE)
        return;
    size_t fg = m->dated[m->focus], pg = m->dated[m->prev];
    const vc_cell *fb = rv_period_cell(m, fg, VC_AGG_BASE), *pb = rv_period_cell(m, pg, VC_AGG_BASE);
    vc_buf_append_str(b, "\n## Changes, ");
    rv_md(b, rv_period_name(m, fg));
    vc_buf_append_str(b, " against ");
    rv_md(b, rv_period_name(m, pg));
    vc_buf_printf(b, "\n\n▲/▼: a significant change (two-sided p ≤ 0.05); low base: fewer than %u comments in a "
                     "period, too few to tell.\n\n| theme | ",
                  m->min_base);
    rv_md(b, rv_period_name(m, pg));
    vc_buf_append_str(b, " | ");
    rv_md(b, rv_period_name(m, fg));
    vc_buf_printf(b, " | change | %s | change |\n|---|---:|---:|---:|---:|---:|\n", s->scale_name);
    for (size_t i = 0; i < m->norder; i++) {
        uint32_t t = m->order[i];
        const vc_cell *fc = rv_period_cell(m, fg, t), *pc = rv_period_cell(m, pg, t);
        double d, hd;
        rv_sig v = rv_share_change(m, pb, pc, fb, fc, &d), hv = rv_headline_change(m, pc, fc, &hd);
        char x[32], y[32], z[32];
        rv_pct(x, sizeof x, pb->comments ? 100.0 * (double)pc->comments / (double)pb->comments : NAN, DASH);
        rv_pct(y, sizeof y, fb->comments ? 100.0 * (double)fc->comments / (double)fb->comments : NAN, DASH);
        rv_delta(z, sizeof z, d, 1, 0, DASH);
        vc_buf_append_str(b, "| ");
        theme_name(b, m, t);
        vc_buf_printf(b, " | %s | %s | %s%s%s | ", x, y, z, z[0] != '-' || z[1] ? " pts" : "", mark(v));
        rv_num(x, sizeof x, vc_headline(s->scale, fc), rv_headline_decimals(s), DASH);
        rv_delta(z, sizeof z, hd, rv_headline_decimals(s), 0, DASH);
        vc_buf_printf(b, "%s | %s%s |\n", x, z, mark(hv));
    }
}

static void segments(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    int any = 0;
    for (size_t d = 1; d < s->ndims; d++) {
        if ((int)d == s->period_dim || (int)d == s->signal_dim)
            continue;
        if (!any) {
            vc_buf_printf(b, "\n## Segments\n\nEach segment's %s against the rest of its breakdown, over ",
                          s->scale_name);
            scope(b, m);
            vc_buf_printf(b, "; ▲/▼: significantly higher or lower; low base: fewer than %u scored comments.\n",
                          m->min_base);
        }
        any = 1;
        size_t ns = vc_agg_segments(s->agg, d);
        int part = rv_partitions(m, d);
        vc_buf_append_str(b, "\n| ");
        rv_md(b, s->dim_names[d]);
        vc_buf_printf(b, " | comments | %s | %s of the rest | difference |\n|---|---:|---:|---:|---:|\n",
                      s->scale_name, s->scale_name);
        for (size_t g = 0; g < ns; g++) {
            const vc_cell *c = vc_agg_cell(s->agg, d, g, VC_AGG_BASE);
            vc_cell rest = rv_rest(m, c);
            double diff = NAN;
            rv_sig v = part ? rv_headline_change(m, &rest, c, &diff) : RV_NOT_TESTED;
            char x[32], y[32], z[32];
            rv_num(x, sizeof x, vc_headline(s->scale, c), rv_headline_decimals(s), DASH);
            rv_num(y, sizeof y, part ? vc_headline(s->scale, &rest) : NAN, rv_headline_decimals(s), DASH);
            rv_delta(z, sizeof z, diff, rv_headline_decimals(s), 0, DASH);
            vc_buf_append_str(b, "| ");
            rv_md(b, vc_agg_segment_name(s->agg, d, g));
            vc_buf_printf(b, " | %llu | %s | %s | %s%s |\n", (unsigned long long)c->comments, x, y, z, mark(v));
        }
    }
}

static void quote(vc_buf *b, const rv_model *m, const vc_report_quote *q)
{
    size_t len = strlen(q->text);
    vc_buf_append_str(b, "> ");
    if (q->mark_len && q->mark + q->mark_len <= len) {
        rv_md_n(b, q->text, q->mark);
        vc_buf_append_str(b, "**");
        rv_md_n(b, q->text + q->mark, q->mark_len);
        vc_buf_append_str(b, "**");
        rv_md(b, q->text + q->mark + q->mark_len);
    } else {
        rv_md(b, q->text);
    }
    vc_buf_append_str(b, "  \n> — ");
    rv_quote_context(m, q, ", ", ", ", rv_md_n, b);
    vc_buf_append_str(b, "\n\n");
}

static vc_status churn(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    uint32_t ct = rv_churn_theme(s);
    if (ct == UINT32_MAX)
        return VC_OK;
    const vc_cell *c = rv_total(m, ct);
    char x[32], y[32], n[32], nb[32];
    rv_pct(x, sizeof x, m->base->comments ? 100.0 * (double)c->comments / (double)m->base->comments : NAN, DASH);
    rv_num(y, sizeof y, vc_headline(s->scale, c), 1, DASH);
    rv_count(n, sizeof n, c->comments);
    rv_count(nb, sizeof nb, m->base->comments);
    if (!c->comments) {
        vc_buf_printf(b, "\n## Churn risk\n\nNone of the %s comments signals churn risk (says the customer will "
                         "leave, cancel, switch or not renew).\n",
                      nb);
        return vc_buf_status(b);
    }
    vc_buf_printf(b, "\n## Churn risk\n\n**%s** comments (%s of %s) signal churn risk: the customer says they will "
                     "leave, cancel, switch or not renew. Their %s is %s.\n",
                  n, x, nb, s->scale_name, y);
    rv_churn_row *rows = rv_churn_rows_new(s);
    if (!rows)
        return VC_ERR_NOMEM;
    for (size_t d = 1; d < s->ndims; d++) {
        if ((int)d == s->signal_dim)
            continue;
        size_t k = rv_churn_segments(s, d, ct, rows);
        vc_buf_append_str(b, "\n| ");
        rv_md(b, s->dim_names[d]);
        vc_buf_append_str(b, " | comments | churn risk | share |\n|---|---:|---:|---:|\n");
        for (size_t i = 0; i < k; i++) {
            rv_pct(x, sizeof x, rows[i].base ? 100.0 * (double)rows[i].n / (double)rows[i].base : NAN, DASH);
            vc_buf_append_str(b, "| ");
            rv_md(b, vc_agg_segment_name(s->agg, d, rows[i].idx));
            vc_buf_printf(b, " | %llu | %llu | %s |\n", (unsigned long long)rows[i].base,
                          (unsigned long long)rows[i].n, x);
        }
    }
    uint64_t cb = 0;
    size_t nt = rv_churn_themes(s, rows, &cb);
    if (nt) {
        vc_buf_append_str(b, "\nWhat these comments mention:\n\n| theme | churn-risk comments | share |\n|---|---:|---:|\n");
        for (size_t i = 0; i < nt; i++) {
            rv_pct(x, sizeof x, cb ? 100.0 * (double)rows[i].n / (double)cb : NAN, DASH);
            vc_buf_append_str(b, "| ");
            rv_md(b, m->names[rows[i].idx]);
            vc_buf_printf(b, " | %llu | %s |\n", (unsigned long long)rows[i].n, x);
        }
    } else if (s->signal_dim < 0) {
        vc_buf_append_str(b, "\nWhich themes these comments mention needs the signal breakdown: make the partial "
                             "results with `--by signal`.\n");
    }
    free(rows);
    int first = 1;
    for (size_t i = 0; i < s->nquotes; i++)
        if (s->quotes[i].theme == ct) {
            if (first)
                vc_buf_append_char(b, '\n');
            first = 0;
            quote(b, m, &s->quotes[i]);
        }
    return vc_buf_status(b);
}

static void quotes(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    if (!s->nquotes)
        return;
    vc_buf_append_str(b, "\n## What customers say\n\nThe sentences that say each theme most clearly; the words "
                         "in bold are what matched.\n");
    for (size_t i = 0; i < m->norder; i++) {
        uint32_t t = m->order[i];
        if (rv_depth(s, t) == 0 && s->theme_has_children[t])
            continue;
        int any = 0;
        for (size_t k = 0; k < s->nquotes && !any; k++)
            any = s->quotes[k].theme == t && s->quotes[k].group != 1;
        if (!any)
            continue;
        vc_buf_append_str(b, "\n### ");
        if (s->theme_parent[t] != VC_NO_THEME_ID) {
            rv_md(b, m->names[s->theme_parent[t]]);
            vc_buf_append_str(b, " › ");
        }
        rv_md(b, m->names[t]);
        vc_buf_append_str(b, "\n\n");
        for (size_t k = 0; k < s->nquotes; k++)
            if (s->quotes[k].theme == t && s->quotes[k].group != 1)
                quote(b, m, &s->quotes[k]);
    }
}

static void missed(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    if (!s->missed_ran)
        return;
    vc_buf_printf(b, "\n## What the lexicon misses\n\nUncovered words and phrases unusually frequent among %s (%llu "
                     "comments) against %s (%llu); `vocal discover` lists more and suggests entries.\n\n",
                  s->missed_target, (unsigned long long)s->missed_target_n, s->missed_reference,
                  (unsigned long long)s->missed_reference_n);
    if (!s->nmissed) {
        vc_buf_append_str(b, "No uncovered word or phrase stands out.\n");
        return;
    }
    vc_buf_printf(b, "| term | %% of %s | %% of %s | G2 | %s | example |\n|---|---:|---:|---:|---:|---|\n",
                  s->missed_target, s->missed_reference, s->scale_name);
    for (size_t i = 0; i < s->nmissed; i++) {
        const vc_term *t = &s->missed[i];
        char x[32], y[32], g2[32], z[32];
        rv_pct(x, sizeof x, s->missed_target_n ? 100.0 * (double)t->target / (double)s->missed_target_n : NAN, DASH);
        rv_pct(y, sizeof y, s->missed_reference_n ? 100.0 * (double)t->reference / (double)s->missed_reference_n : NAN,
               DASH);
        rv_num(g2, sizeof g2, t->k.g2, 1, DASH);
        rv_num(z, sizeof z, vc_headline(s->scale, &t->cell), 1, DASH);
        vc_buf_append_str(b, "| ");
        rv_md(b, t->text);
        vc_buf_printf(b, " | %s | %s | %s | %s | ", x, y, g2, z);
        if (t->nexamples)
            rv_md(b, t->examples[0]);
        vc_buf_append_str(b, " |\n");
    }
}

static void appendix(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    char r[32], a[32], j[32];
    rv_count(r, sizeof r, s->rows_read);
    rv_count(a, sizeof a, s->rows_analyzed);
    rv_count(j, sizeof j, s->rows_rejected);
    vc_buf_printf(b, "\n## About the data\n\n| | rows |\n|---|---:|\n| read | %s |\n| analyzed | %s |\n| left out "
                     "(could not be read) | %s |\n\n",
                  r, a, j);
    for (size_t i = 0; i < s->ninputs; i++) {
        vc_buf_append_str(b, i ? ", " : "Input: ");
        rv_md(b, s->inputs[i]);
    }
    vc_buf_append_str(b, s->ninputs ? ".\n\n" : "");
    rv_md(b, s->settings);
    vc_buf_printf(b, "\n\nSignificance: two-sided tests at p ≤ 0.05, shown only where each group compared has at "
                     "least %u comments.",
                  m->min_base);
    if (m->focus != RV_NONE) {
        vc_buf_append_str(b, " Focus period: ");
        rv_md(b, rv_period_name(m, m->dated[m->focus]));
        vc_buf_append_str(b, ".");
    }
    vc_buf_append_char(b, '\n');
}

vc_status vc_report_markdown(const vc_report_spec *s, vc_buf *b)
{
    rv_model m;
    vc_status st = rv_build(&m, s);
    if (st) {
        rv_free(&m);
        return st;
    }
    vc_buf_append_str(b, "# ");
    rv_md(b, s->title);
    vc_buf_append_str(b, "\n\n");
    scope(b, &m);
    vc_buf_append_char(b, '.');
    if (s->rows_rejected)
        vc_buf_printf(b, " %llu row%s could not be read and %s left out (see About the data).",
                      (unsigned long long)s->rows_rejected, s->rows_rejected == 1 ? "" : "s",
                      s->rows_rejected == 1 ? "is" : "are");
    vc_buf_append_str(b, "\n\n## Summary\n\n");
    for (size_t i = 0; i < m.nsentences; i++) {
        const char *t = m.sentences[i].text;
        size_t n = strlen(t);
        vc_buf_append_str(b, "- ");
        rv_md_n(b, t, n && t[n - 1] == '.' ? n - 1 : n);
        vc_buf_printf(b, " — see %s.\n", m.sentences[i].section);
    }
    headline(b, &m);
    priority(b, &m);
    impact(b, &m);
    changes(b, &m);
    segments(b, &m);
    st = churn(b, &m);
    quotes(b, &m);
    missed(b, &m);
    appendix(b, &m);
    rv_free(&m);
    return st ? st : vc_buf_status(b);
}
