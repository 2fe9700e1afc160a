/*
 * html.c - the monthly review as one self-contained HTML page.
 *
 * The page has no external resource of any kind: CSS is inline, charts are
 * inline SVG (charts.c), nothing runs. The figures come from the review
 * model (review.c), which the Markdown writer shares, so both say the same
 * thing. Sections, each its own printed page after the first:
 *   summary     sentences made from the figures, each linking to its table;
 *               the headline cards (the focus period against the one before
 *               and a year before) and the trend chart with its band
 *   priority    share of comments against impact, per leaf theme
 *   impact      leaf themes ranked by impact under their parents
 *   changes     every theme, the focus period against the one before
 *   trends      the mention share of every theme per period
 *   segments    each breakdown against the rest, and the heatmap of the first
 *   churn       churn-risk comments (with signals)
 *   quotes      what customers say, with where and when they said it
 *   missed      what the lexicon misses (vocal discover)
 *   appendix    the data: accounting, inputs, lexicon, settings
 * Colours are Okabe and Ito's blue and vermillion, never the only cue: a
 * change carries ▲/▼, a low base says so in words.
 * Every text that came from data (theme names and labels, segments,
 * quotes, file names) is escaped.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "review_internal.h"

#define DASH "&ndash;"

static const char CSS[] =
    ":root{--neg:" RV_NEG ";--pos:" RV_POS ";--mid:" RV_MID ";--neg-text:#a84400;--pos-text:#005a8c}"
    "body{font-family:system-ui,'DejaVu Sans',Helvetica,Arial,sans-serif,'Noto Color Emoji','Apple Color Emoji',"
    "'Segoe UI Emoji';color:#222;max-width:1100px;margin:24px auto;padding:0 16px;line-height:1.45}"
    "h1{font-size:1.7em;margin-bottom:4px}h2{font-size:1.25em;border-bottom:2px solid #ddd;padding-bottom:4px;"
    "margin-top:36px}h3{font-size:1.05em;margin:18px 0 6px}.meta{color:#555;font-size:.9em}"
    "nav{font-size:.85em;margin:8px 0 0}nav a{margin-right:12px}a{color:var(--pos-text)}"
    "#summary ul{padding-left:20px}#summary li{margin:6px 0}#summary li a{font-size:.85em;color:#666}"
    ".cards{display:flex;gap:12px;flex-wrap:wrap;margin:14px 0}.card{border:1px solid #ddd;border-radius:6px;"
    "padding:10px 16px;min-width:120px}.card .v{font-size:1.8em;font-weight:bold}.card .l{color:#555;"
    "font-size:.85em}table{border-collapse:collapse;width:100%;font-size:.9em;margin:6px 0 12px}"
    "th,td{padding:4px 6px;border-bottom:1px solid #eee;text-align:left;vertical-align:top}"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
    "tr.group td{font-weight:bold;background:#f7f7f7}td.child{padding-left:22px}"
    ".neg{color:var(--neg-text)}.pos{color:var(--pos-text)}.sig{font-weight:bold}.low{color:#777;font-style:italic}"
    ".heat td{text-align:center;border:1px solid #fff}.heat td:first-child{text-align:left}"
    ".heat td.child{padding-left:22px}.heat td.lowbase{background:#e6e6e6;color:#777}"
    "blockquote{margin:8px 0 8px 12px;padding:4px 10px;border-left:4px solid var(--mid)}"
    "blockquote.detractor{border-color:var(--neg)}blockquote.promoter{border-color:var(--pos)}"
    "blockquote footer{font-size:.8em;color:#555;margin-top:2px}"
    "mark{background:none;border-bottom:2px solid var(--mid);color:inherit}mark.neg{border-color:var(--neg)}"
    "mark.pos{border-color:var(--pos)}.legend{font-size:.85em;color:#555}"
    "svg text{font-family:system-ui,'DejaVu Sans',sans-serif}svg .tick{font-size:11px;fill:#555}"
    "svg .tick.focus{font-weight:bold;fill:#222}svg .axis{font-size:12px;fill:#444}svg .label{font-size:11px;"
    "fill:#222}svg .quadrant{font-size:13px;font-weight:bold;fill:#888}.chart{overflow-x:auto}"
    "@media print{body{margin:0;max-width:none}nav{display:none}section.page{break-before:page}"
    "h2,h3{break-after:avoid}table,blockquote,svg,.cards{break-inside:avoid}a{color:inherit;text-decoration:none}}";

static void sig_mark(vc_buf *b, rv_sig v)
{
    if (v == RV_SIG_UP)
        vc_buf_append_str(b, " <span class=\"sig\" title=\"significant\">&#9650;</span>");
    else if (v == RV_SIG_DOWN)
        vc_buf_append_str(b, " <span class=\"sig\" title=\"significant\">&#9660;</span>");
    else if (v == RV_LOW_BASE)
        vc_buf_append_str(b, " <span class=\"low\">low base</span>");
}

static const char *sign_class(double v, int decimals)
{
    char x[32];
    rv_num(x, sizeof x, v, decimals, "");
    if (!x[0] || strspn(x, "-0.") == strlen(x))
        return "";
    return v < 0 ? "neg" : "pos";
}

static void theme_cell(vc_buf *b, const rv_model *m, uint32_t t, int child)
{
    vc_buf_printf(b, "<td%s title=\"", child ? " class=\"child\"" : "");
    rv_html(b, m->s->theme_names[t]);
    vc_buf_append_str(b, "\">");
    rv_html(b, m->names[t]);
    vc_buf_append_str(b, "</td>");
}

/* ---- header and summary --------------------------------------------------- */

static void header(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    char n[32];
    vc_buf_append_str(b, "<h1>");
    rv_html(b, s->title);
    rv_count(n, sizeof n, m->base->comments);
    vc_buf_printf(b, "</h1>\n<p class=\"meta\">%s comments", n);
    if (m->ndated >= 2) {
        vc_buf_append_str(b, ", ");
        rv_html(b, rv_period_name(m, m->dated[0]));
        vc_buf_append_str(b, " to ");
        rv_html(b, rv_period_name(m, m->dated[m->ndated - 1]));
    }
    for (size_t i = 0; i < s->ninputs; i++) {
        vc_buf_append_str(b, i ? ", " : ", from ");
        rv_html(b, s->inputs[i]);
    }
    vc_buf_append_str(b, ".");
    if (s->rows_rejected) {
        rv_count(n, sizeof n, s->rows_rejected);
        vc_buf_printf(b, " %s row%s could not be read and %s left out (see <a href=\"#appendix\">the data</a>).", n,
                      s->rows_rejected == 1 ? "" : "s", s->rows_rejected == 1 ? "is" : "are");
    }
    vc_buf_append_str(b, "</p>\n<nav><a href=\"#summary\">Summary</a><a href=\"#priority\">Priorities</a>"
                         "<a href=\"#impact\">Impact</a>");
    if (m->prev != RV_NONE)
        vc_buf_append_str(b, "<a href=\"#changes\">Changes</a>");
    if (m->ndated >= 2)
        vc_buf_append_str(b, "<a href=\"#trends\">Trends</a>");
    vc_buf_append_str(b, "<a href=\"#segments\">Segments</a>");
    if (rv_churn_theme(s) != UINT32_MAX)
        vc_buf_append_str(b, "<a href=\"#churn\">Churn risk</a>");
    if (s->nquotes)
        vc_buf_append_str(b, "<a href=\"#quotes\">Quotes</a>");
    vc_buf_append_str(b, "<a href=\"#appendix\">Data</a></nav>\n");
}

static void card(vc_buf *b, const char *id, const char *value, const char *label, const char *cls)
{
    vc_buf_printf(b, "<div class=\"card\"><div class=\"v%s%s\"%s%s%s>%s</div><div class=\"l\">%s</div></div>",
                  cls && cls[0] ? " " : "", cls ? cls : "", id ? " id=\"" : "", id ? id : "", id ? "\"" : "", value,
                  label);
}

static void change_card(vc_buf *b, const rv_model *m, const char *id, const vc_cell *from, const vc_cell *to,
                        const char *against)
{
    double d;
    rv_sig v = rv_headline_change(m, from, to, &d);
    char x[64], label[160], e[96] = "";
    rv_delta(x, sizeof x, d, rv_headline_decimals(m->s), 1, DASH);
    vc_buf l = VC_BUF_INIT;
    vc_buf_append_str(&l, "vs ");
    rv_html(&l, against);
    if (v == RV_LOW_BASE)
        vc_buf_append_str(&l, " &middot; low base");
    else if (v == RV_SIG_UP || v == RV_SIG_DOWN)
        vc_buf_append_str(&l, " &middot; significant");
    else if (v == RV_NOT_SIG)
        vc_buf_append_str(&l, " &middot; not significant");
    snprintf(label, sizeof label, "%s", l.data ? l.data : "");
    vc_buf_free(&l);
    if (v == RV_SIG_UP || v == RV_SIG_DOWN)
        snprintf(e, sizeof e, "%s %s", v == RV_SIG_UP ? "&#9650;" : "&#9660;", x);
    else
        snprintf(e, sizeof e, "%s", x);
    card(b, id, e, label, sign_class(d, rv_headline_decimals(m->s)));
}

static void headline_cards(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    const vc_cell *c = m->focus != RV_NONE ? rv_period_cell(m, m->dated[m->focus], VC_AGG_BASE) : m->base;
    char x[64], label[160], n[32];
    rv_num(x, sizeof x, vc_headline(s->scale, c), rv_headline_decimals(s), DASH);
    vc_buf_append_str(b, "<div class=\"cards\">");
    if (m->focus != RV_NONE) {
        vc_buf l = VC_BUF_INIT;
        vc_buf_printf(&l, "%s, ", s->scale_name);
        rv_html(&l, rv_period_name(m, m->dated[m->focus]));
        snprintf(label, sizeof label, "%s", l.data ? l.data : "");
        vc_buf_free(&l);
    } else {
        snprintf(label, sizeof label, "%s", s->scale_name);
    }
    card(b, "headline", x, label, NULL);
    if (m->prev != RV_NONE)
        change_card(b, m, "change-prev", rv_period_cell(m, m->dated[m->prev], VC_AGG_BASE), c,
                    rv_period_name(m, m->dated[m->prev]));
    if (m->yago != RV_NONE)
        change_card(b, m, "change-year", rv_period_cell(m, m->dated[m->yago], VC_AGG_BASE), c,
                    rv_period_name(m, m->dated[m->yago]));
    rv_count(n, sizeof n, c->comments);
    card(b, "headline-comments", n, "comments", NULL);
    uint64_t scored = rv_scored(c);
    for (int g = 2; g >= 0; g--) {
        rv_pct(x, sizeof x, scored ? 100.0 * (double)c->group[g] / (double)scored : NAN, DASH);
        rv_count(n, sizeof n, c->group[g]);
        snprintf(label, sizeof label, "%s (%s)", m->group_names[g], n);
        card(b, NULL, x, label, NULL);
    }
    vc_buf_append_str(b, "</div>\n");
}

static void summary(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    vc_buf_append_str(b, "<section id=\"summary\">\n<h2>Summary</h2>\n<ul>\n");
    for (size_t i = 0; i < m->nsentences; i++) {
        const char *t = m->sentences[i].text;
        size_t n = strlen(t);
        vc_buf_append_str(b, "<li>");
        rv_html_n(b, t, n && t[n - 1] == '.' ? n - 1 : n);
        vc_buf_printf(b, " <a href=\"#%s\">&mdash; see %s</a>.</li>\n", m->sentences[i].anchor,
                      m->sentences[i].section);
    }
    vc_buf_append_str(b, "</ul>\n<div id=\"headline-block\">\n");
    headline_cards(b, m);
    if (m->ndated >= 2) {
        vc_buf_printf(b, "<p class=\"legend\">%s per period; the band is its 95%% confidence interval%s. Hollow "
                         "points: fewer than %u scored comments.</p>\n<div class=\"chart\">",
                      s->scale_name, s->scale == VC_SCALE_CES ? " (not drawn for a CES mean)" : "", m->min_base);
        rv_trend_chart(m, b);
        vc_buf_append_str(b, "</div>\n");
    }
    vc_buf_append_str(b, "</div>\n</section>\n");
}

/* ---- priority and impact --------------------------------------------------- */

static const char *scope(const rv_model *m, char *out, size_t cap)
{
    char n[32];
    rv_count(n, sizeof n, m->base->comments);
    if (m->ndated >= 2)
        snprintf(out, cap, "all %s comments, %s to %s", n, rv_period_name(m, m->dated[0]),
                 rv_period_name(m, m->dated[m->ndated - 1]));
    else
        snprintf(out, cap, "all %s comments", n);
    return out;
}

static void priority(vc_buf *b, const rv_model *m)
{
    char sc[256];
    vc_buf_printf(b, "<section id=\"priority\" class=\"page\">\n<h2>Priorities</h2>\n<p class=\"legend\">Each "
                     "theme placed by how many comments mention it (across) and how much it moves %s (up: raises "
                     "it, down: lowers it), over ",
                  m->s->scale_name);
    rv_html(b, scope(m, sc, sizeof sc));
    vc_buf_append_str(b, ". <b>Fix first</b>: often mentioned, lowering the score. <b>Strengths</b>: often "
                         "mentioned, raising it. <b>Monitor</b> and <b>Keep</b>: the same, mentioned less often "
                         "than the median theme (dashed line).</p>\n<div class=\"chart\">");
    rv_priority_chart(m, b);
    vc_buf_append_str(b, "</div>\n</section>\n");
}

static void impact_row(vc_buf *b, const rv_model *m, uint32_t t, int group_row, int child)
{
    const vc_report_spec *s = m->s;
    const vc_cell *c = rv_total(m, t), *base = m->base;
    double low = base->group[0] ? (double)c->group[0] / (double)base->group[0] : 0;
    double high = base->group[2] ? (double)c->group[2] / (double)base->group[2] : 0;
    char x[32], y[32], z[32];
    rv_pct(x, sizeof x, base->comments ? 100.0 * (double)c->comments / (double)base->comments : NAN, DASH);
    rv_num(y, sizeof y, vc_headline(s->scale, c), rv_headline_decimals(s), DASH);
    rv_delta(z, sizeof z, m->impact[t], 1, 1, DASH);
    vc_buf_append_str(b, group_row ? "<tr class=\"group\">" : "<tr>");
    theme_cell(b, m, t, child);
    vc_buf_printf(b, "<td class=\"n\">%llu</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n %s\">%s"
                     "</td><td><svg class=\"split-bar\" width=\"210\" height=\"22\" role=\"img\" aria-label=\"%.0f%% "
                     "of %s, %.0f%% of %s\"><rect x=\"0\" y=\"2\" width=\"%.1f\" height=\"8\" fill=\"" RV_NEG
                     "\"/><rect x=\"0\" y=\"12\" width=\"%.1f\" height=\"8\" fill=\"" RV_POS "\"/></svg></td></tr>\n",
                  (unsigned long long)c->comments, x, y, sign_class(m->impact[t], 1), z, 100 * low, m->group_names[0],
                  100 * high, m->group_names[2], 200 * low, 200 * high);
}

static void impact(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    char sc[256];
    vc_buf_printf(b, "<section id=\"impact\" class=\"page\">\n<h2>Themes by %s impact</h2>\n<p class=\"legend\">"
                     "Impact: how many points the theme moves %s (%s with the comments that mention it, minus %s "
                     "without them), over ",
                  s->scale_name, s->scale_name, s->scale_name, s->scale_name);
    rv_html(b, scope(m, sc, sizeof sc));
    vc_buf_printf(b, ". Themes are ranked within their group, groups by their own impact. Bars: the share of "
                     "all %s (vermillion, top) and of all %s (blue, bottom) who mention it.</p>\n"
                     "<table id=\"impact-table\"><tr><th>theme</th><th class=\"n\">comments</th><th class=\"n\">"
                     "share</th><th class=\"n\">%s</th><th class=\"n\">impact</th><th>%s / %s</th></tr>\n",
                  m->group_names[0], m->group_names[2], s->scale_name, m->group_names[0], m->group_names[2]);
    for (size_t i = 0; i < m->ngroups; i++) {
        const rv_group *g = &m->groups[i];
        if (g->header != VC_NO_THEME_ID)
            impact_row(b, m, g->header, 1, 0);
        for (size_t k = 0; k < g->nleaves; k++)
            impact_row(b, m, g->leaves[k], 0, g->header != VC_NO_THEME_ID);
    }
    vc_buf_append_str(b, "</table>\n</section>\n");
}

/* ---- changes and trends ------------------------------------------------------ */

static void changes(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    if (m->prev == RV_NONE)
        return;
    size_t fg = m->dated[m->focus], pg = m->dated[m->prev];
    const vc_cell *fb = rv_period_cell(m, fg, VC_AGG_BASE), *pb = rv_period_cell(m, pg, VC_AGG_BASE);
    vc_buf_append_str(b, "<section id=\"changes\" class=\"page\">\n<h2>Changes, ");
    rv_html(b, rv_period_name(m, fg));
    vc_buf_append_str(b, " against ");
    rv_html(b, rv_period_name(m, pg));
    vc_buf_printf(b, "</h2>\n<p class=\"legend\">The share of comments that mention each theme and the %s of "
                     "those comments, in both periods. &#9650;/&#9660; marks a significant change (two-sided "
                     "p &le; 0.05); <span class=\"low\">low base</span>: a period with fewer than %u comments "
                     "(%u scored, for %s), too few to tell.</p>\n<table id=\"changes-table\"><tr><th>theme</th>"
                     "<th class=\"n\">",
                  s->scale_name, m->min_base, m->min_base, s->scale_name);
    rv_html(b, rv_period_name(m, pg));
    vc_buf_append_str(b, "</th><th class=\"n\">");
    rv_html(b, rv_period_name(m, fg));
    vc_buf_printf(b, "</th><th class=\"n\">change</th><th class=\"n\">%s</th><th class=\"n\">change</th></tr>\n",
                  s->scale_name);
    char x[32], y[32], z[32];
    rv_pct(x, sizeof x, 100.0, DASH);
    for (size_t i = 0; i < m->norder; i++) {
        uint32_t t = m->order[i];
        const vc_cell *fc = rv_period_cell(m, fg, t), *pc = rv_period_cell(m, pg, t);
        double d, hd;
        rv_sig v = rv_share_change(m, pb, pc, fb, fc, &d), hv = rv_headline_change(m, pc, fc, &hd);
        int group_row = rv_depth(s, t) == 0 && s->theme_has_children[t];
        vc_buf_append_str(b, group_row ? "<tr class=\"group\">" : "<tr>");
        theme_cell(b, m, t, rv_depth(s, t) > 0);
        rv_pct(x, sizeof x, pb->comments ? 100.0 * (double)pc->comments / (double)pb->comments : NAN, DASH);
        rv_pct(y, sizeof y, fb->comments ? 100.0 * (double)fc->comments / (double)fb->comments : NAN, DASH);
        rv_delta(z, sizeof z, d, 1, 1, DASH);
        vc_buf_printf(b, "<td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n %s\">%s pts", x, y,
                      v == RV_SIG_UP || v == RV_SIG_DOWN ? sign_class(d, 1) : "", z);
        sig_mark(b, v);
        rv_num(x, sizeof x, vc_headline(s->scale, fc), rv_headline_decimals(s), DASH);
        rv_delta(z, sizeof z, hd, rv_headline_decimals(s), 1, DASH);
        vc_buf_printf(b, "</td><td class=\"n\">%s</td><td class=\"n %s\">%s", x,
                      hv == RV_SIG_UP || hv == RV_SIG_DOWN ? sign_class(hd, 1) : "", z);
        sig_mark(b, hv);
        vc_buf_append_str(b, "</td></tr>\n");
    }
    vc_buf_append_str(b, "</table>\n</section>\n");
}

static void trends(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    if (m->ndated < 2)
        return;
    vc_buf_append_str(b, "<section id=\"trends\" class=\"page\">\n<h2>Trends</h2>\n<p class=\"legend\">The share "
                         "of comments that mention each theme, per period, ");
    rv_html(b, rv_period_name(m, m->dated[0]));
    vc_buf_append_str(b, " to ");
    rv_html(b, rv_period_name(m, m->dated[m->ndated - 1]));
    vc_buf_append_str(b, " (each line on its own scale, from zero).</p>\n<table id=\"trends-table\"><tr><th>theme"
                         "</th><th>mention share</th><th class=\"n\">lowest</th><th class=\"n\">highest</th><th "
                         "class=\"n\">");
    rv_html(b, rv_period_name(m, m->dated[m->focus]));
    vc_buf_append_str(b, "</th></tr>\n");
    for (size_t i = 0; i < m->norder; i++) {
        uint32_t t = m->order[i];
        double maxr = 0, minr = INFINITY;
        for (size_t k = 0; k < m->ndated; k++) {
            const vc_cell *bc = rv_period_cell(m, m->dated[k], VC_AGG_BASE), *c = rv_period_cell(m, m->dated[k], t);
            if (!bc->comments)
                continue;
            double r = (double)c->comments / (double)bc->comments;
            maxr = fmax(maxr, r);
            minr = fmin(minr, r);
        }
        vc_buf_append_str(b, rv_depth(s, t) == 0 && s->theme_has_children[t] ? "<tr class=\"group\">" : "<tr>");
        theme_cell(b, m, t, rv_depth(s, t) > 0);
        vc_buf_append_str(b, "<td><svg class=\"trend\" width=\"200\" height=\"36\" role=\"img\"><polyline "
                             "fill=\"none\" stroke=\"" RV_POS "\" stroke-width=\"2\" points=\"");
        for (size_t k = 0; k < m->ndated; k++) {
            const vc_cell *bc = rv_period_cell(m, m->dated[k], VC_AGG_BASE), *c = rv_period_cell(m, m->dated[k], t);
            double r = bc->comments ? (double)c->comments / (double)bc->comments : 0;
            double px = 4 + 192.0 * (double)k / (double)(m->ndated - 1), py = 32 - (maxr > 0 ? 28.0 * r / maxr : 0);
            vc_buf_printf(b, "%s%.1f,%.1f", k ? " " : "", px, py);
        }
        const vc_cell *fb = rv_period_cell(m, m->dated[m->focus], VC_AGG_BASE);
        const vc_cell *fc = rv_period_cell(m, m->dated[m->focus], t);
        char lo[32], hi[32], f[32];
        rv_pct(lo, sizeof lo, isfinite(minr) ? 100 * minr : NAN, DASH);
        rv_pct(hi, sizeof hi, isfinite(minr) ? 100 * maxr : NAN, DASH);
        rv_pct(f, sizeof f, fb->comments ? 100.0 * (double)fc->comments / (double)fb->comments : NAN, DASH);
        vc_buf_printf(b, "\"/></svg></td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td></tr>\n",
                      lo, hi, f);
    }
    vc_buf_append_str(b, "</table>\n</section>\n");
}

/* ---- segments ------------------------------------------------------------------ */

/* NPS -100..100 -> white to vermillion (below 0) or blue (above) */
static void heat(double v, double lo, double hi, char *out, size_t cap, int *dark)
{
    double x = isnan(v) ? 0 : v < 0 ? -fmin(1, v / lo) : fmin(1, v / hi);
    const unsigned char neg[3] = {0xd5, 0x5e, 0x00}, pos[3] = {0x00, 0x72, 0xb2};
    const unsigned char *to = x < 0 ? neg : pos;
    double a = fabs(x) * 0.85;
    int c[3];
    for (int i = 0; i < 3; i++)
        c[i] = (int)lround(255 + (to[i] - 255) * a);
    *dark = a > 0.55;
    snprintf(out, cap, "#%02x%02x%02x", c[0], c[1], c[2]);
}

static void segments(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    char sc[256], x[32], y[32], z[32];
    vc_buf_append_str(b, "<section id=\"segments\" class=\"page\">\n<h2>Segments</h2>\n");
    int any = 0;
    for (size_t d = 1; d < s->ndims; d++) {
        if ((int)d == s->period_dim || (int)d == s->signal_dim)
            continue;
        if (!any)
            vc_buf_printf(b, "<p class=\"legend\">Each segment's %s against the other segments of its breakdown, "
                             "over %s; &#9650;/&#9660;: significantly higher or lower (two-sided p &le; 0.05); "
                             "<span class=\"low\">low base</span>: fewer than %u scored comments.</p>\n",
                          s->scale_name, scope(m, sc, sizeof sc), m->min_base);
        any = 1;
        int part = rv_partitions(m, d);
        vc_buf_append_str(b, "<h3>By ");
        rv_html(b, s->dim_names[d]);
        vc_buf_printf(b, "</h3>\n<table class=\"segments\"><tr><th>");
        rv_html(b, s->dim_names[d]);
        vc_buf_printf(b, "</th><th class=\"n\">comments</th><th class=\"n\">%s</th><th class=\"n\">%s of the rest"
                         "</th><th class=\"n\">difference</th></tr>\n",
                      s->scale_name, s->scale_name);
        for (size_t g = 0; g < vc_agg_segments(s->agg, d); g++) {
            const vc_cell *c = vc_agg_cell(s->agg, d, g, VC_AGG_BASE);
            vc_cell rest = rv_rest(m, c);
            double diff = NAN;
            rv_sig v = RV_NOT_TESTED;
            if (part)
                v = rv_headline_change(m, &rest, c, &diff);
            rv_num(x, sizeof x, vc_headline(s->scale, c), rv_headline_decimals(s), DASH);
            rv_num(y, sizeof y, part ? vc_headline(s->scale, &rest) : NAN, rv_headline_decimals(s), DASH);
            rv_delta(z, sizeof z, diff, rv_headline_decimals(s), 1, DASH);
            vc_buf_append_str(b, "<tr><td>");
            rv_html(b, vc_agg_segment_name(s->agg, d, g));
            vc_buf_printf(b, "</td><td class=\"n\">%llu</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td "
                             "class=\"n %s\">%s",
                          (unsigned long long)c->comments, x, y,
                          v == RV_SIG_UP || v == RV_SIG_DOWN ? sign_class(diff, 1) : "", z);
            sig_mark(b, v);
            vc_buf_append_str(b, "</td></tr>\n");
        }
        vc_buf_append_str(b, "</table>\n");
    }
    if (!any)
        vc_buf_append_str(b, "<p>No breakdown was asked for: add <code>--by COLUMN</code> (region, product, "
                             "channel, plan, ...) to compare segments.</p>\n");
    /* heatmap: the first breakdown */
    if (s->ndims > 1 && s->period_dim != 1 && s->signal_dim != 1) {
        size_t d = 1, ns = vc_agg_segments(s->agg, d);
        vc_buf_append_str(b, "<h3>Themes by ");
        rv_html(b, s->dim_names[d]);
        vc_buf_printf(b, "</h3>\n<p class=\"legend\">%s of the comments that mention each theme, by segment "
                         "(vermillion below 0, blue above); the small number is how many comments. Grey: fewer "
                         "than %u comments, too few to read.</p>\n<table class=\"heat\" id=\"heatmap\"><tr><th>"
                         "theme</th>",
                      s->scale_name, m->min_base);
        for (size_t g = 0; g < ns; g++) {
            vc_buf_append_str(b, "<th>");
            rv_html(b, vc_agg_segment_name(s->agg, d, g));
            vc_buf_append_str(b, "</th>");
        }
        vc_buf_append_str(b, "</tr>\n");
        for (size_t i = 0; i < m->norder; i++) {
            uint32_t t = m->order[i];
            vc_buf_append_str(b, rv_depth(s, t) == 0 && s->theme_has_children[t] ? "<tr class=\"group\">" : "<tr>");
            theme_cell(b, m, t, rv_depth(s, t) > 0);
            for (size_t g = 0; g < ns; g++) {
                const vc_cell *c = vc_agg_cell(s->agg, d, g, t);
                double v = vc_headline(s->scale, c);
                rv_num(x, sizeof x, v, 0, DASH);
                if (c->comments < m->min_base) {
                    vc_buf_printf(b, "<td class=\"cell lowbase\" title=\"low base\">%s<br><small>%llu</small></td>", x,
                                  (unsigned long long)c->comments);
                    continue;
                }
                char col[16];
                int dark;
                if (s->scale == VC_SCALE_NPS)
                    heat(v, -50, 50, col, sizeof col, &dark);
                else if (s->scale == VC_SCALE_CSAT)
                    heat(isnan(v) ? NAN : v - 50, -50, 50, col, sizeof col, &dark);
                else
                    heat(isnan(v) ? NAN : v - 4, -3, 3, col, sizeof col, &dark);
                vc_buf_printf(b, "<td class=\"cell\" style=\"background:%s%s\">%s<br><small>%llu</small></td>", col,
                              dark ? ";color:#fff" : "", x, (unsigned long long)c->comments);
            }
            vc_buf_append_str(b, "</tr>\n");
        }
        vc_buf_append_str(b, "</table>\n");
    }
    vc_buf_append_str(b, "</section>\n");
}

/* ---- churn risk -------------------------------------------------------------- */

static void quote(vc_buf *b, const rv_model *m, const vc_report_quote *q);

static vc_status churn(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    uint32_t ct = rv_churn_theme(s);
    if (ct == UINT32_MAX)
        return VC_OK;
    const vc_cell *base = m->base, *c = rv_total(m, ct);
    char x[64], y[64], n[32], nb[32];
    rv_pct(x, sizeof x, base->comments ? 100.0 * (double)c->comments / (double)base->comments : NAN, DASH);
    rv_num(y, sizeof y, vc_headline(s->scale, c), 1, DASH);
    rv_count(n, sizeof n, c->comments);
    rv_count(nb, sizeof nb, base->comments);
    vc_buf_append_str(b, "<section id=\"churn\" class=\"page\">\n<h2>Churn risk</h2>\n<p class=\"legend\">Comments "
                         "in which the customer says they will leave, cancel, switch to a competitor or not renew, "
                         "or already did.</p>\n");
    if (!c->comments)
        vc_buf_printf(b, "<p id=\"churn-count\">None of the %s comments signals churn risk.</p>\n", nb);
    else
        vc_buf_printf(b, "<p id=\"churn-count\"><b>%s</b> comments (%s of %s) signal churn risk; their %s is "
                         "%s.</p>\n",
                      n, x, nb, s->scale_name, y);
    rv_churn_row *rows = rv_churn_rows_new(s);
    if (!rows)
        return VC_ERR_NOMEM;
    for (size_t d = 1; d < s->ndims && c->comments; d++) {
        if ((int)d == s->signal_dim)
            continue;
        size_t k = rv_churn_segments(s, d, ct, rows);
        vc_buf_append_str(b, "<table class=\"churn-by\"><tr><th>");
        rv_html(b, s->dim_names[d]);
        vc_buf_append_str(b, "</th><th class=\"n\">comments</th><th class=\"n\">churn risk</th>"
                             "<th class=\"n\">share</th></tr>\n");
        for (size_t i = 0; i < k; i++) {
            rv_pct(x, sizeof x, rows[i].base ? 100.0 * (double)rows[i].n / (double)rows[i].base : NAN, DASH);
            vc_buf_append_str(b, "<tr><td>");
            rv_html(b, vc_agg_segment_name(s->agg, d, rows[i].idx));
            vc_buf_printf(b, "</td><td class=\"n\">%llu</td><td class=\"n\">%llu</td><td class=\"n\">%s</td></tr>\n",
                          (unsigned long long)rows[i].base, (unsigned long long)rows[i].n, x);
        }
        vc_buf_append_str(b, "</table>\n");
    }
    uint64_t cb = 0;
    size_t nt = c->comments ? rv_churn_themes(s, rows, &cb) : 0;
    if (nt) {
        vc_buf_append_str(b, "<p>What these comments mention:</p>\n<table id=\"churn-themes\"><tr><th>theme</th>"
                             "<th class=\"n\">churn-risk comments</th><th class=\"n\">share</th></tr>\n");
        for (size_t i = 0; i < nt; i++) {
            rv_pct(x, sizeof x, cb ? 100.0 * (double)rows[i].n / (double)cb : NAN, DASH);
            vc_buf_append_str(b, "<tr>");
            theme_cell(b, m, (uint32_t)rows[i].idx, 0);
            vc_buf_printf(b, "<td class=\"n\">%llu</td><td class=\"n\">%s</td></tr>\n", (unsigned long long)rows[i].n,
                          x);
        }
        vc_buf_append_str(b, "</table>\n");
    } else if (s->signal_dim < 0 && c->comments) {
        vc_buf_append_str(b, "<p class=\"legend\">Which themes these comments mention needs the signal breakdown: "
                             "make the partial results with <code>--by signal</code>.</p>\n");
    }
    for (size_t i = 0; i < s->nquotes; i++)
        if (s->quotes[i].theme == ct)
            quote(b, m, &s->quotes[i]);
    free(rows);
    vc_buf_append_str(b, "</section>\n");
    return vc_buf_status(b);
}

/* ---- quotes ------------------------------------------------------------------- */

static int quoted(const vc_report_spec *s, uint32_t t)
{
    if (rv_depth(s, t) == 0 && s->theme_has_children[t])
        return 0; /* its children show the same sentences */
    for (size_t i = 0; i < s->nquotes; i++)
        if (s->quotes[i].theme == t && s->quotes[i].group != 1)
            return 1;
    return 0;
}

static void quote(vc_buf *b, const rv_model *m, const vc_report_quote *q)
{
    static const char *const CLS[] = {"detractor", "passive", "promoter"};
    vc_buf_printf(b, "<blockquote class=\"%s\">", CLS[q->group]);
    size_t len = strlen(q->text);
    if (q->mark_len && q->mark + q->mark_len <= len) {
        rv_html_n(b, q->text, q->mark);
        int c = isnan(q->compound) ? 1 : vc_sentiment_class(q->compound);
        vc_buf_printf(b, "<mark class=\"%s\">", c == VC_SENT_NEG ? "neg" : c == VC_SENT_POS ? "pos" : "neu");
        rv_html_n(b, q->text + q->mark, q->mark_len);
        vc_buf_append_str(b, "</mark>");
        rv_html(b, q->text + q->mark + q->mark_len);
    } else {
        rv_html(b, q->text);
    }
    vc_buf_append_str(b, "<footer>");
    rv_quote_context(m, q, " &middot; ", " &middot; ", rv_html_n, b);
    vc_buf_append_str(b, "</footer></blockquote>\n");
}

static void quotes(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    if (!s->nquotes)
        return;
    vc_buf_append_str(b, "<section id=\"quotes\" class=\"page\">\n<h2>What customers say</h2>\n<p class=\"legend\">"
                         "For each theme, the sentences that say it most clearly, from ");
    rv_html(b, m->group_names[0]);
    vc_buf_append_str(b, " (vermillion) and ");
    rv_html(b, m->group_names[2]);
    vc_buf_append_str(b, " (blue); the underlined words are what matched the theme.</p>\n");
    for (size_t i = 0; i < m->norder; i++) {
        uint32_t t = m->order[i];
        if (!quoted(s, t))
            continue;
        vc_buf_append_str(b, "<h3>");
        if (s->theme_parent[t] != VC_NO_THEME_ID) {
            rv_html(b, m->names[s->theme_parent[t]]);
            vc_buf_append_str(b, " &rsaquo; ");
        }
        rv_html(b, m->names[t]);
        vc_buf_append_str(b, "</h3>\n");
        for (size_t k = 0; k < s->nquotes; k++)
            if (s->quotes[k].theme == t && s->quotes[k].group != 1)
                quote(b, m, &s->quotes[k]);
    }
    vc_buf_append_str(b, "</section>\n");
}

/* ---- missed and appendix ------------------------------------------------------ */

static void missed(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    char x[32], y[32], g2[32], h[32];
    if (!s->missed_ran)
        return;
    vc_buf_append_str(b, "<section id=\"missed\" class=\"page\">\n<h2>What the lexicon misses</h2>\n<p class=\""
                         "legend\">Words and phrases unusually frequent among ");
    rv_html(b, s->missed_target);
    vc_buf_printf(b, " (%llu comments) against ", (unsigned long long)s->missed_target_n);
    rv_html(b, s->missed_reference);
    vc_buf_printf(b, " (%llu) that no theme covers: candidates for new lexicon entries (log-likelihood G2, false "
                     "discovery rate 5%%; <code>vocal discover</code> lists more and suggests entries).</p>\n",
                  (unsigned long long)s->missed_reference_n);
    if (!s->nmissed) {
        vc_buf_append_str(b, "<p>No uncovered word or phrase stands out.</p>\n</section>\n");
        return;
    }
    vc_buf_append_str(b, "<table id=\"missed-table\">\n<tr><th>term</th><th class=\"n\">% of ");
    rv_html(b, s->missed_target);
    vc_buf_append_str(b, "</th><th class=\"n\">% of ");
    rv_html(b, s->missed_reference);
    vc_buf_printf(b, "</th><th class=\"n\">G2</th><th class=\"n\">%s</th><th>example</th></tr>\n", s->scale_name);
    for (size_t i = 0; i < s->nmissed; i++) {
        const vc_term *t = &s->missed[i];
        rv_pct(x, sizeof x, s->missed_target_n ? 100.0 * (double)t->target / (double)s->missed_target_n : NAN, DASH);
        rv_pct(y, sizeof y, s->missed_reference_n ? 100.0 * (double)t->reference / (double)s->missed_reference_n : NAN,
               DASH);
        rv_num(g2, sizeof g2, t->k.g2, 1, DASH);
        rv_num(h, sizeof h, vc_headline(s->scale, &t->cell), 1, DASH);
        vc_buf_append_str(b, "<tr><td><b>");
        rv_html(b, t->text);
        vc_buf_printf(b, "</b></td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td "
                         "class=\"n\">%s</td><td>",
                      x, y, g2, h);
        if (t->nexamples)
            rv_html(b, t->examples[0]);
        vc_buf_append_str(b, "</td></tr>\n");
    }
    vc_buf_append_str(b, "</table>\n</section>\n");
}

static void appendix(vc_buf *b, const rv_model *m)
{
    const vc_report_spec *s = m->s;
    char r[32], a[32], j[32];
    rv_count(r, sizeof r, s->rows_read);
    rv_count(a, sizeof a, s->rows_analyzed);
    rv_count(j, sizeof j, s->rows_rejected);
    vc_buf_printf(b, "<section id=\"appendix\" class=\"page\">\n<h2>About the data</h2>\n<table id=\"accounting\">"
                     "<tr><td>rows read</td><td class=\"n\">%s</td></tr><tr><td>analyzed</td><td class=\"n\">%s"
                     "</td></tr><tr><td>left out: could not be read (malformed rows, listed in the rejects file "
                     "when one is kept)</td><td class=\"n\">%s</td></tr></table>\n<p class=\"meta\">",
                  r, a, j);
    for (size_t i = 0; i < s->ninputs; i++) {
        vc_buf_append_str(b, i ? ", " : "Input: ");
        rv_html(b, s->inputs[i]);
    }
    vc_buf_append_str(b, s->ninputs ? ".</p>\n<p class=\"meta\">" : "");
    rv_html(b, s->settings);
    vc_buf_printf(b, "</p>\n<p class=\"meta\">Significance: two-sided tests at p &le; 0.05 (a share: the "
                     "two-proportion z-test; NPS: its standard error from the promoter and detractor shares; "
                     "CSAT: the share satisfied), shown only where each group compared has at least %u "
                     "comments.",
                  m->min_base);
    if (m->focus != RV_NONE) {
        vc_buf_append_str(b, " Focus period: ");
        rv_html(b, rv_period_name(m, m->dated[m->focus]));
        vc_buf_append_str(b, ".");
    }
    vc_buf_append_str(b, "</p>\n</section>\n");
}

vc_status vc_report_html(const vc_report_spec *s, vc_buf *b)
{
    rv_model m;
    vc_status st = rv_build(&m, s);
    if (st) {
        rv_free(&m);
        return st;
    }
    vc_buf_append_str(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                         "<meta name=\"viewport\" content=\"width=device-width\"><title>");
    rv_html(b, s->title);
    vc_buf_printf(b, "</title><style>%s</style></head><body>\n", CSS);
    header(b, &m);
    summary(b, &m);
    priority(b, &m);
    impact(b, &m);
    changes(b, &m);
    trends(b, &m);
    segments(b, &m);
    st = churn(b, &m);
    quotes(b, &m);
    missed(b, &m);
    appendix(b, &m);
    vc_buf_append_str(b, "</body></html>\n");
    rv_free(&m);
    return st ? st : vc_buf_status(b);
}
