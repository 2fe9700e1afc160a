/*
 * html.c - the monthly review as one self-contained HTML page, or Markdown.
 *
 * The page has no external resource of any kind: CSS is inline, charts are
 * inline SVG drawn here from the aggregates, nothing runs. Sections: the
 * headline (NPS, comments, score groups, the row accounting), themes ranked
 * by NPS impact with detractor/promoter split bars, a segment x theme
 * heatmap (first breakdown), trends per period with the last change tested
 * for significance, churn risk (with signals: the churn-risk comments by
 * segment and period, the themes they mention, their quotes), quotes per
 * theme, and the lexicon and settings used. Signal rows stay out of the
 * theme sections.
 * Every text that came from data (theme names, segments, quotes, file
 * names) is HTML-escaped; Markdown escapes its table and emphasis
 * characters. Figures use the same functions as the CSV table, so the page
 * and the table never disagree.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/report.h"

/* The escapers append to b and return its sticky status. */
static vc_status esc(vc_buf *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': vc_buf_append_str(b, "&amp;"); break;
        case '<': vc_buf_append_str(b, "&lt;"); break;
        case '>': vc_buf_append_str(b, "&gt;"); break;
        case '"': vc_buf_append_str(b, "&quot;"); break;
        case '\'': vc_buf_append_str(b, "&#39;"); break;
        default: vc_buf_append_char(b, *s);
        }
    }
    return vc_buf_status(b);
}

static vc_status md_esc(vc_buf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == '\n' || *s == '\r')
            vc_buf_append_char(b, ' ');
        else if (strchr("|\\*_`[]<>#", *s))
            vc_buf_printf(b, "\\%c", *s);
        else
            vc_buf_append_char(b, *s);
    }
    return vc_buf_status(b);
}

static void fmt(char *out, size_t cap, double v, int dec) { vc_format_number(out, cap, v, dec); }

/* The "all" row of a theme; all zero when nothing was analyzed (no segment). */
static const vc_cell *total(const vc_agg *a, uint32_t theme)
{
    static const vc_cell zero;
    return vc_agg_segments(a, 0) ? vc_agg_cell(a, 0, 0, theme) : &zero;
}

typedef struct theme_row {
    uint32_t theme;
    double impact;
} theme_row;

static int cmp_impact(const void *x, const void *y)
{
    const theme_row *a = x, *b = y;
    double ia = isnan(a->impact) ? 1e9 : a->impact, ib = isnan(b->impact) ? 1e9 : b->impact;
    if (ia != ib)
        return ia < ib ? -1 : 1;
    return a->theme < b->theme ? -1 : a->theme > b->theme;
}

/* Theme rows of dimension 0 ("all"), most negative impact first. */
static theme_row *ranked(const vc_report_spec *s, size_t *n)
{
    size_t nt = s->signal_start; /* themes only: signals have their own section */
    theme_row *r = calloc(nt + 1, sizeof *r);
    if (!r)
        return NULL;
    const vc_cell *base = total(s->agg, VC_AGG_BASE);
    for (uint32_t t = 0; t < nt; t++)
        r[t] = (theme_row){t, vc_impact(s->scale, base, total(s->agg, t))};
    qsort(r, nt, sizeof *r, cmp_impact);
    *n = nt;
    return r;
}

static int depth(const vc_report_spec *s, uint32_t t)
{
    int d = 0;
    while (s->theme_parent[t] != VC_NO_THEME_ID && d < 16) {
        t = s->theme_parent[t];
        d++;
    }
    return d;
}

/* Show quotes for theme t? Those of detractors or promoters exist, and t is
 * not a top-level parent (its children show the same sentences). */
static int quoted(const vc_report_spec *s, uint32_t t)
{
    if (depth(s, t) == 0 && s->theme_has_children[t])
        return 0;
    for (size_t i = 0; i < s->nquotes; i++)
        if (s->quotes[i].theme == t && s->quotes[i].group != 1)
            return 1;
    return 0;
}

/* NPS -100..100 -> a red-white-green background */
static void heat(double v, char *out, size_t cap)
{
    if (isnan(v)) {
        snprintf(out, cap, "#f2f2f2");
        return;
    }
    double x = v / 100.0;
    if (x > 1)
        x = 1;
    if (x < -1)
        x = -1;
    int r = x < 0 ? 255 : (int)(255 - 120 * x), g = x > 0 ? 255 : (int)(255 + 120 * x);
    int bl = (int)(255 - 120 * fabs(x));
    snprintf(out, cap, "#%02x%02x%02x", r, g, bl);
}

/* ---- churn risk --------------------------------------------------------- */

/* The signal/churn_risk row, or UINT32_MAX when the run has none. */
static uint32_t churn_theme(const vc_report_spec *s)
{
    for (size_t t = s->signal_start; t < vc_agg_themes(s->agg); t++)
        if (strcmp(s->theme_names[t], "signal/churn_risk") == 0)
            return (uint32_t)t;
    return UINT32_MAX;
}

#define CHURN_SEGMENTS 12 /* segments listed per dimension, most churn risk first */
#define CHURN_THEMES 8    /* themes listed */

typedef struct churn_row {
    size_t idx;    /* segment (sorted index) or theme id */
    uint64_t n, base;
} churn_row;

static int cmp_churn(const void *x, const void *y)
{
    const churn_row *a = x, *b = y;
    if (a->n != b->n)
        return a->n > b->n ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* Segments of dimension d by churn-risk comments (at most CHURN_SEGMENTS,
 * the period in its own order): rows[] gets them, returns how many. */
static size_t churn_segments(const vc_report_spec *s, size_t d, uint32_t ct, churn_row *rows)
{
    size_t ns = vc_agg_segments(s->agg, d), n = 0;
    for (size_t g = 0; g < ns; g++) {
        const vc_cell *bc = vc_agg_cell(s->agg, d, g, VC_AGG_BASE), *c = vc_agg_cell(s->agg, d, g, ct);
        rows[n++] = (churn_row){g, c->comments, bc->comments};
    }
    if ((int)d != s->period_dim)
        qsort(rows, n, sizeof *rows, cmp_churn);
    else if (n > CHURN_SEGMENTS) { /* the latest periods */
        memmove(rows, rows + (n - CHURN_SEGMENTS), CHURN_SEGMENTS * sizeof *rows);
        n = CHURN_SEGMENTS;
    }
    return n < CHURN_SEGMENTS ? n : CHURN_SEGMENTS;
}

/* Leaf themes the churn-risk comments mention (the signal dimension's
 * churn_risk segment), most mentioned first: returns how many (0 without
 * a signal dimension). */
static size_t churn_themes(const vc_report_spec *s, churn_row *rows, uint64_t *base)
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
            rows[n++] = (churn_row){t, c->comments, *base};
    }
    qsort(rows, n, sizeof *rows, cmp_churn);
    return n < CHURN_THEMES ? n : CHURN_THEMES;
}

/* Room for the rows of any dimension's segments or of the themes. */
static churn_row *churn_rows_new(const vc_report_spec *s)
{
    size_t cap = CHURN_THEMES;
    for (size_t d = 1; d < s->ndims; d++)
        if (vc_agg_segments(s->agg, d) > cap)
            cap = vc_agg_segments(s->agg, d);
    return calloc(cap + (size_t)s->signal_start + 1, sizeof(churn_row));
}

static const char CHURN_INTRO[] =
    "Comments in which the customer says they will leave, cancel, switch to a competitor or not renew, "
    "or already did (the signals lexicon's churn_risk; <code>vocal lexicon explain</code> shows why a "
    "comment counts).";

static vc_status churn_html(const vc_report_spec *s, vc_buf *b)
{
    uint32_t ct = churn_theme(s);
    if (ct == UINT32_MAX)
        return VC_OK;
    const vc_cell *base = total(s->agg, VC_AGG_BASE), *c = total(s->agg, ct);
    char x[64], y[64];
    fmt(x, sizeof x, base->comments ? 100.0 * (double)c->comments / (double)base->comments : NAN, 1);
    fmt(y, sizeof y, vc_headline(s->scale, c), 1);
    vc_buf_printf(b, "<h2>Churn risk</h2>\n<p class=\"legend\">%s</p>\n", CHURN_INTRO);
    if (!c->comments)
        vc_buf_printf(b, "<p id=\"churn\">No comment of %llu signals churn risk.</p>\n",
                      (unsigned long long)base->comments);
    else
        vc_buf_printf(b, "<p id=\"churn\"><b>%llu</b> comments (%s%% of %llu) signal churn risk; their %s is "
                         "%s.</p>\n",
                      (unsigned long long)c->comments, x, (unsigned long long)base->comments, s->scale_name,
                      y[0] ? y : "&ndash;");
    churn_row *rows = churn_rows_new(s);
    if (!rows)
        return VC_ERR_NOMEM;
    for (size_t d = 1; d < s->ndims && c->comments; d++) {
        if ((int)d == s->signal_dim)
            continue;
        size_t n = churn_segments(s, d, ct, rows);
        vc_buf_append_str(b, "<table class=\"churn-by\"><tr><th>");
        esc(b, s->dim_names[d]);
        vc_buf_append_str(b, "</th><th class=\"n\">comments</th><th class=\"n\">churn risk</th>"
                             "<th class=\"n\">share</th></tr>\n");
        for (size_t i = 0; i < n; i++) {
            fmt(x, sizeof x, rows[i].base ? 100.0 * (double)rows[i].n / (double)rows[i].base : NAN, 1);
            vc_buf_append_str(b, "<tr><td>");
            esc(b, vc_agg_segment_name(s->agg, d, rows[i].idx));
            vc_buf_printf(b, "</td><td class=\"n\">%llu</td><td class=\"n\">%llu</td><td class=\"n\">%s%%</td></tr>\n",
                          (unsigned long long)rows[i].base, (unsigned long long)rows[i].n, x[0] ? x : "&ndash;");
        }
        vc_buf_append_str(b, "</table>\n");
    }
    uint64_t cb = 0;
    size_t nt = c->comments ? churn_themes(s, rows, &cb) : 0;
    if (nt) {
        vc_buf_append_str(b, "<p>What these comments mention:</p>\n<table id=\"churn-themes\"><tr><th>theme</th>"
                             "<th class=\"n\">churn-risk comments</th><th class=\"n\">share</th></tr>\n");
        for (size_t i = 0; i < nt; i++) {
            fmt(x, sizeof x, cb ? 100.0 * (double)rows[i].n / (double)cb : NAN, 1);
            vc_buf_append_str(b, "<tr><td>");
            esc(b, s->theme_names[rows[i].idx]);
            vc_buf_printf(b, "</td><td class=\"n\">%llu</td><td class=\"n\">%s%%</td></tr>\n",
                          (unsigned long long)rows[i].n, x[0] ? x : "&ndash;");
        }
        vc_buf_append_str(b, "</table>\n");
    } else if (s->signal_dim < 0 && c->comments) {
        vc_buf_append_str(b, "<p class=\"legend\">The themes these comments mention need the signal "
                             "dimension: make the partials with <code>--by signal</code>.</p>\n");
    }
    for (size_t i = 0; i < s->nquotes; i++) {
        const vc_report_quote *q = &s->quotes[i];
        if (q->theme != ct)
            continue;
        vc_buf_printf(b, "<blockquote class=\"%s\">", q->group == 0 ? "detractor" : q->group == 2 ? "promoter" : "passive");
        esc(b, q->text);
        vc_buf_printf(b, " <small>(%s)</small></blockquote>\n", s->group_names[q->group]);
    }
    free(rows);
    return vc_buf_status(b);
}

static vc_status churn_markdown(const vc_report_spec *s, vc_buf *b)
{
    uint32_t ct = churn_theme(s);
    if (ct == UINT32_MAX)
        return VC_OK;
    const vc_cell *base = total(s->agg, VC_AGG_BASE), *c = total(s->agg, ct);
    char x[64], y[64];
    fmt(x, sizeof x, base->comments ? 100.0 * (double)c->comments / (double)base->comments : NAN, 1);
    fmt(y, sizeof y, vc_headline(s->scale, c), 1);
    if (!c->comments)
        vc_buf_printf(b, "\n## Churn risk\n\nNo comment of %llu signals churn risk (says the customer will "
                         "leave, cancel, switch or not renew).\n",
                      (unsigned long long)base->comments);
    else
        vc_buf_printf(b, "\n## Churn risk\n\n**%llu** comments (%s%% of %llu) signal churn risk: the customer "
                         "says they will leave, cancel, switch or not renew. Their %s is %s.\n",
                      (unsigned long long)c->comments, x, (unsigned long long)base->comments, s->scale_name,
                      y[0] ? y : "-");
    churn_row *rows = churn_rows_new(s);
    if (!rows)
        return VC_ERR_NOMEM;
    for (size_t d = 1; d < s->ndims && c->comments; d++) {
        if ((int)d == s->signal_dim)
            continue;
        size_t n = churn_segments(s, d, ct, rows);
        vc_buf_append_str(b, "\n| ");
        md_esc(b, s->dim_names[d]);
        vc_buf_append_str(b, " | comments | churn risk | share |\n|---|---:|---:|---:|\n");
        for (size_t i = 0; i < n; i++) {
            fmt(x, sizeof x, rows[i].base ? 100.0 * (double)rows[i].n / (double)rows[i].base : NAN, 1);
            vc_buf_append_str(b, "| ");
            md_esc(b, vc_agg_segment_name(s->agg, d, rows[i].idx));
            vc_buf_printf(b, " | %llu | %llu | %s%% |\n", (unsigned long long)rows[i].base,
                          (unsigned long long)rows[i].n, x[0] ? x : "-");
        }
    }
    uint64_t cb = 0;
    size_t nt = c->comments ? churn_themes(s, rows, &cb) : 0;
    if (nt) {
        vc_buf_append_str(b, "\nWhat these comments mention:\n\n| theme | churn-risk comments | share |\n|---|---:|---:|\n");
        for (size_t i = 0; i < nt; i++) {
            fmt(x, sizeof x, cb ? 100.0 * (double)rows[i].n / (double)cb : NAN, 1);
            vc_buf_append_str(b, "| ");
            md_esc(b, s->theme_names[rows[i].idx]);
            vc_buf_printf(b, " | %llu | %s%% |\n", (unsigned long long)rows[i].n, x[0] ? x : "-");
        }
    } else if (s->signal_dim < 0 && c->comments) {
        vc_buf_append_str(b, "\nThe themes these comments mention need the signal dimension: make the partials "
                             "with `--by signal`.\n");
    }
    int first = 1;
    for (size_t i = 0; i < s->nquotes; i++) {
        const vc_report_quote *q = &s->quotes[i];
        if (q->theme != ct)
            continue;
        vc_buf_append_str(b, first ? "\n> " : "> ");
        first = 0;
        md_esc(b, q->text);
        vc_buf_printf(b, " (%s)\n\n", s->group_names[q->group]);
    }
    free(rows);
    return vc_buf_status(b);
}

static const char CSS[] =
    "body{font-family:'DejaVu Sans',Helvetica,Arial,sans-serif;color:#222;max-width:1100px;margin:24px auto;"
    "padding:0 16px;line-height:1.4}h1{font-size:1.6em;margin-bottom:4px}h2{font-size:1.2em;border-bottom:2px "
    "solid #ddd;padding-bottom:4px;margin-top:32px}.meta{color:#666;font-size:.9em}.cards{display:flex;gap:12px;"
    "flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:10px 16px;min-width:120px}.card .v{"
    "font-size:1.8em;font-weight:bold}.card .l{color:#666;font-size:.85em}table{border-collapse:collapse;width:"
    "100%;font-size:.9em}th,td{padding:4px 6px;border-bottom:1px solid #eee;text-align:left}td.n,th.n{text-align:"
    "right;font-variant-numeric:tabular-nums}.neg{color:#b00020}.pos{color:#1b7f3b}.sig{font-weight:bold}"
    ".heat td{text-align:center;border:1px solid #fff}blockquote{margin:4px 0 4px 12px;padding:2px 10px;"
    "border-left:3px solid #ccc}blockquote.detractor{border-color:#d9534f}blockquote.promoter{border-color:"
    "#5cb85c}.legend{font-size:.85em;color:#666}@media print{body{margin:0}h2{page-break-after:avoid}"
    "table,blockquote{page-break-inside:avoid}}";

vc_status vc_report_html(const vc_report_spec *s, vc_buf *b)
{
    const vc_agg *a = s->agg;
    char x[64], y[64], z[64];
    vc_buf_append_str(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                         "<meta name=\"viewport\" content=\"width=device-width\"><title>");
    esc(b, s->title);
    vc_buf_printf(b, "</title><style>%s</style></head><body>\n<h1>", CSS);
    esc(b, s->title);
    vc_buf_append_str(b, "</h1>\n<p class=\"meta\">");
    for (size_t i = 0; i < s->ninputs; i++) {
        vc_buf_append_str(b, i ? ", " : "From ");
        esc(b, s->inputs[i]);
    }
    vc_buf_printf(b, ": %llu rows read, %llu analyzed, %llu rejected (malformed, listed in the rejects "
                     "file when one was asked for).</p>\n",
                  (unsigned long long)s->rows_read, (unsigned long long)s->rows_analyzed,
                  (unsigned long long)s->rows_rejected);
    /* headline */
    const vc_cell *base = total(a, VC_AGG_BASE);
    uint64_t scored = base->group[0] + base->group[1] + base->group[2];
    fmt(x, sizeof x, vc_headline(s->scale, base), s->scale == VC_SCALE_CES ? 2 : 1);
    vc_buf_printf(b, "<div class=\"cards\"><div class=\"card\"><div class=\"v\" id=\"headline\">%s</div>"
                     "<div class=\"l\">%s</div></div><div class=\"card\"><div class=\"v\">%llu</div>"
                     "<div class=\"l\">comments</div></div>",
                  x[0] ? x : "&ndash;", s->scale_name, (unsigned long long)base->comments);
    for (int g = 2; g >= 0; g--) {
        fmt(x, sizeof x, scored ? 100.0 * (double)base->group[g] / (double)scored : NAN, 1);
        vc_buf_printf(b, "<div class=\"card\"><div class=\"v\">%s%%</div><div class=\"l\">%s (%llu)</div></div>",
                      x[0] ? x : "&ndash;", s->group_names[g], (unsigned long long)base->group[g]);
    }
    vc_buf_append_str(b, "</div>\n");
    /* themes by impact */
    size_t nr = 0;
    theme_row *rows = ranked(s, &nr);
    if (!rows)
        return VC_ERR_NOMEM;
    vc_buf_printf(b, "<h2>Themes by %s impact</h2>\n<p class=\"legend\">Impact: how much the theme moves "
                     "the overall figure (the figure minus the figure without the comments that mention "
                     "the theme). Bars: the share of all %s (red) and of all %s (green) who mention "
                     "it.</p>\n<table id=\"impact\"><tr><th>theme</th><th class=\"n\">comments</th>"
                     "<th class=\"n\">share</th><th class=\"n\">%s</th><th class=\"n\">impact</th>"
                     "<th>%s / %s</th></tr>\n",
                  s->scale_name, s->group_names[0], s->group_names[2], s->scale_name, s->group_names[0],
                  s->group_names[2]);
    for (size_t i = 0; i < nr; i++) {
        uint32_t t = rows[i].theme;
        const vc_cell *c = total(a, t);
        double low = base->group[0] ? (double)c->group[0] / (double)base->group[0] : 0;
        double high = base->group[2] ? (double)c->group[2] / (double)base->group[2] : 0;
        fmt(x, sizeof x, base->comments ? 100.0 * (double)c->comments / (double)base->comments : NAN, 1);
        fmt(y, sizeof y, vc_headline(s->scale, c), 1);
        fmt(z, sizeof z, rows[i].impact, 1);
        vc_buf_append_str(b, "<tr><td>");
        esc(b, s->theme_names[t]);
        const char *cls = z[0] == '-' ? "neg" : (z[0] && strcmp(z, "0.0") != 0) ? "pos" : "";
        vc_buf_printf(b,
                      "</td><td class=\"n\">%llu</td><td class=\"n\">%s%%</td><td class=\"n\">%s</td>"
                      "<td class=\"n %s\">%s</td><td><svg class=\"split-bar\" width=\"210\" height=\"22\" "
                      "role=\"img\" aria-label=\"%.0f%% of %s, %.0f%% of %s\"><rect x=\"0\" y=\"2\" "
                      "width=\"%.1f\" height=\"8\" fill=\"#d9534f\"/><rect x=\"0\" y=\"12\" width=\"%.1f\" "
                      "height=\"8\" fill=\"#5cb85c\"/></svg></td></tr>\n",
                      (unsigned long long)c->comments, x, y[0] ? y : "&ndash;", cls, z[0] ? z : "&ndash;",
                      100 * low, s->group_names[0], 100 * high, s->group_names[2], 200 * low, 200 * high);
    }
    vc_buf_append_str(b, "</table>\n");
    /* heatmap: first breakdown */
    if (s->ndims > 1 && s->period_dim != 1 && s->signal_dim != 1) {
        size_t d = 1, ns = vc_agg_segments(a, d);
        vc_buf_append_str(b, "<h2>By ");
        esc(b, s->dim_names[d]);
        vc_buf_printf(b, "</h2>\n<p class=\"legend\">%s of the comments that mention each theme, by "
                         "segment (red below 0, green above); the small number is how many comments.</p>"
                         "\n<table class=\"heat\" id=\"heatmap\"><tr><th>theme</th>",
                      s->scale_name);
        for (size_t g = 0; g < ns; g++) {
            vc_buf_append_str(b, "<th>");
            esc(b, vc_agg_segment_name(a, d, g));
            vc_buf_append_str(b, "</th>");
        }
        vc_buf_append_str(b, "</tr>\n");
        for (uint32_t t = 0; t < s->signal_start; t++) {
            vc_buf_printf(b, "<tr><td style=\"text-align:left;padding-left:%dpx\">", 6 + 14 * depth(s, t));
            esc(b, s->theme_names[t]);
            vc_buf_append_str(b, "</td>");
            for (size_t g = 0; g < ns; g++) {
                const vc_cell *c = vc_agg_cell(a, d, g, t);
                double v = vc_headline(s->scale, c);
                char col[16];
                heat(s->scale == VC_SCALE_NPS ? v : NAN, col, sizeof col);
                fmt(x, sizeof x, v, 0);
                vc_buf_printf(b, "<td class=\"cell\" style=\"background:%s\">%s<br><small>%llu</small></td>", col,
                              x[0] ? x : "&ndash;", (unsigned long long)c->comments);
            }
            vc_buf_append_str(b, "</tr>\n");
        }
        vc_buf_append_str(b, "</table>\n");
    }
    /* trends */
    if (s->period_dim >= 0) {
        size_t d = (size_t)s->period_dim, ns = vc_agg_segments(a, d);
        size_t *dated = calloc(ns + 1, sizeof *dated), nd = 0;
        if (!dated) {
            free(rows);
            return VC_ERR_NOMEM;
        }
        for (size_t g = 0; g < ns; g++)
            if (vc_agg_segment_name(a, d, g)[0] != '(')
                dated[nd++] = g;
        vc_buf_append_str(b, "<h2>Trends</h2>\n");
        if (nd >= 2)
            vc_buf_printf(b,
                          "<p class=\"legend\">Share of comments that mention each theme, per period, %s to "
                          "%s. The last change (%s against %s) is marked <span class=\"sig\">&#9650;/&#9660;"
                          "</span> where it is significant (two-sided p &le; 0.05).</p>\n<table id=\"trends\">"
                          "<tr><th>theme</th><th>mention share</th><th class=\"n\">last</th><th class=\"n\">"
                          "change</th><th class=\"n\">%s last</th><th class=\"n\">change</th></tr>\n",
                          vc_agg_segment_name(a, d, dated[0]), vc_agg_segment_name(a, d, dated[nd - 1]),
                          vc_agg_segment_name(a, d, dated[nd - 1]), vc_agg_segment_name(a, d, dated[nd - 2]),
                          s->scale_name);
        else
            vc_buf_append_str(b, "<p>Fewer than two periods with a date: no trend to show.</p>\n");
        for (uint32_t t = 0; t < s->signal_start && nd >= 2; t++) {
            double maxr = 0;
            for (size_t i = 0; i < nd; i++) {
                const vc_cell *bc = vc_agg_cell(a, d, dated[i], VC_AGG_BASE), *c = vc_agg_cell(a, d, dated[i], t);
                double r = bc->comments ? (double)c->comments / (double)bc->comments : 0;
                if (r > maxr)
                    maxr = r;
            }
            vc_buf_printf(b, "<tr><td style=\"padding-left:%dpx\">", 6 + 14 * depth(s, t));
            esc(b, s->theme_names[t]);
            vc_buf_append_str(b, "</td><td><svg class=\"trend\" width=\"200\" height=\"36\" role=\"img\">"
                                 "<polyline fill=\"none\" stroke=\"#337ab7\" stroke-width=\"2\" points=\"");
            for (size_t i = 0; i < nd; i++) {
                const vc_cell *bc = vc_agg_cell(a, d, dated[i], VC_AGG_BASE), *c = vc_agg_cell(a, d, dated[i], t);
                double r = bc->comments ? (double)c->comments / (double)bc->comments : 0;
                double px = 4 + 192.0 * (double)i / (double)(nd - 1), py = 32 - (maxr > 0 ? 28.0 * r / maxr : 0);
                vc_buf_printf(b, "%s%.1f,%.1f", i ? " " : "", px, py);
            }
            const vc_cell *ba = vc_agg_cell(a, d, dated[nd - 2], VC_AGG_BASE), *bb = vc_agg_cell(a, d, dated[nd - 1], VC_AGG_BASE);
            const vc_cell *ca = vc_agg_cell(a, d, dated[nd - 2], t), *cb = vc_agg_cell(a, d, dated[nd - 1], t);
            vc_test rt = vc_two_proportion_test(ca->comments, ba->comments, cb->comments, bb->comments);
            vc_test ht = vc_headline_test(s->scale, ca, cb);
            fmt(x, sizeof x, bb->comments ? 100.0 * (double)cb->comments / (double)bb->comments : NAN, 1);
            fmt(y, sizeof y, 100 * rt.diff, 1);
            vc_buf_printf(b, "\"/></svg></td><td class=\"n\">%s%%</td><td class=\"n%s\">%s%s pts</td>", x,
                          !isnan(rt.p) && rt.p <= 0.05 ? " sig" : "",
                          !isnan(rt.p) && rt.p <= 0.05 ? (rt.diff > 0 ? "&#9650; " : "&#9660; ") : "",
                          y[0] ? y : "&ndash;");
            fmt(x, sizeof x, vc_headline(s->scale, cb), 1);
            fmt(y, sizeof y, ht.diff, 1);
            vc_buf_printf(b, "<td class=\"n\">%s</td><td class=\"n%s\">%s%s</td></tr>\n", x[0] ? x : "&ndash;",
                          !isnan(ht.p) && ht.p <= 0.05 ? " sig" : "",
                          !isnan(ht.p) && ht.p <= 0.05 ? (ht.diff > 0 ? "&#9650; " : "&#9660; ") : "",
                          y[0] ? y : "&ndash;");
        }
        if (nd >= 2)
            vc_buf_append_str(b, "</table>\n");
        free(dated);
    }
    if (churn_html(s, b)) {
        free(rows);
        return VC_ERR_NOMEM;
    }
    /* quotes */
    if (s->nquotes) {
        vc_buf_append_str(b, "<h2>What customers say</h2>\n<div id=\"quotes\">\n");
        for (uint32_t t = 0; t < s->signal_start; t++) {
            if (!quoted(s, t))
                continue;
            vc_buf_append_str(b, "<h3>");
            esc(b, s->theme_names[t]);
            vc_buf_append_str(b, "</h3>\n");
            for (size_t i = 0; i < s->nquotes; i++) {
                const vc_report_quote *q = &s->quotes[i];
                if (q->theme != t || q->group == 1)
                    continue;
                vc_buf_printf(b, "<blockquote class=\"%s\">", q->group == 0 ? "detractor" : "promoter");
                esc(b, q->text);
                vc_buf_printf(b, " <small>(%s)</small></blockquote>\n", s->group_names[q->group]);
            }
        }
        vc_buf_append_str(b, "</div>\n");
    }
    if (s->missed_ran) {
        vc_buf_append_str(b, "<h2>What the lexicon misses</h2>\n<p class=\"legend\">Words and phrases "
                             "unusually frequent among ");
        esc(b, s->missed_target);
        vc_buf_printf(b, " (%llu comments) against ", (unsigned long long)s->missed_target_n);
        esc(b, s->missed_reference);
        vc_buf_printf(b, " (%llu) that no theme covers: candidates for new lexicon entries "
                         "(log-likelihood G2, false discovery rate 5%%; <code>vocal discover</code> lists "
                         "more and suggests entries).</p>\n",
                      (unsigned long long)s->missed_reference_n);
        if (!s->nmissed)
            vc_buf_append_str(b, "<p>No uncovered word or phrase stands out.</p>\n");
        if (s->nmissed) {
            vc_buf_append_str(b, "<table id=\"missed\">\n<tr><th>term</th><th class=\"n\">% of ");
            esc(b, s->missed_target);
            vc_buf_append_str(b, "</th><th class=\"n\">% of ");
            esc(b, s->missed_reference);
            vc_buf_printf(b, "</th><th class=\"n\">G2</th><th class=\"n\">%s</th><th>example</th></tr>\n",
                          s->scale_name);
        }
        for (size_t i = 0; i < s->nmissed; i++) {
            const vc_term *t = &s->missed[i];
            fmt(x, sizeof x, s->missed_target_n ? 100.0 * (double)t->target / (double)s->missed_target_n : NAN, 1);
            fmt(y, sizeof y, s->missed_reference_n ? 100.0 * (double)t->reference / (double)s->missed_reference_n : NAN,
                1);
            char g2[32], h[32];
            fmt(g2, sizeof g2, t->k.g2, 1);
            fmt(h, sizeof h, vc_headline(s->scale, &t->cell), 1);
            vc_buf_append_str(b, "<tr><td><b>");
            esc(b, t->text);
            vc_buf_printf(b, "</b></td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td>"
                             "<td class=\"n\">%s</td><td>",
                          x, y, g2, h);
            if (t->nexamples)
                esc(b, t->examples[0]);
            vc_buf_append_str(b, "</td></tr>\n");
        }
        if (s->nmissed)
            vc_buf_append_str(b, "</table>\n");
    }
    vc_buf_append_str(b, "<h2>Lexicon and settings</h2>\n<p class=\"meta\">");
    esc(b, s->settings);
    vc_buf_append_str(b, "</p>\n</body></html>\n");
    free(rows);
    return vc_buf_status(b);
}

vc_status vc_report_markdown(const vc_report_spec *s, vc_buf *b)
{
    const vc_agg *a = s->agg;
    char x[64], y[64], z[64];
    const vc_cell *base = total(a, VC_AGG_BASE);
    vc_buf_append_str(b, "# ");
    md_esc(b, s->title);
    fmt(x, sizeof x, vc_headline(s->scale, base), s->scale == VC_SCALE_CES ? 2 : 1);
    vc_buf_printf(b, "\n\n**%s %s** on %llu comments (%llu rows read, %llu analyzed, %llu rejected).\n\n",
                  s->scale_name, x[0] ? x : "-", (unsigned long long)base->comments,
                  (unsigned long long)s->rows_read, (unsigned long long)s->rows_analyzed,
                  (unsigned long long)s->rows_rejected);
    size_t nr = 0;
    theme_row *rows = ranked(s, &nr);
    if (!rows)
        return VC_ERR_NOMEM;
    vc_buf_printf(b, "## Themes by %s impact\n\n| theme | comments | %s | impact | %% of %s | %% of %s |\n"
                     "|---|---:|---:|---:|---:|---:|\n",
                  s->scale_name, s->scale_name, s->group_names[0], s->group_names[2]);
    for (size_t i = 0; i < nr; i++) {
        uint32_t t = rows[i].theme;
        const vc_cell *c = total(a, t);
        fmt(x, sizeof x, vc_headline(s->scale, c), 1);
        fmt(y, sizeof y, rows[i].impact, 1);
        vc_buf_append_str(b, "| ");
        md_esc(b, s->theme_names[t]);
        vc_buf_printf(b, " | %llu | %s | %s | %.0f | %.0f |\n", (unsigned long long)c->comments, x, y,
                      base->group[0] ? 100.0 * (double)c->group[0] / (double)base->group[0] : 0.0,
                      base->group[2] ? 100.0 * (double)c->group[2] / (double)base->group[2] : 0.0);
    }
    if (s->period_dim >= 0) {
        size_t d = (size_t)s->period_dim, ns = vc_agg_segments(a, d), last = SIZE_MAX, prev = SIZE_MAX;
        for (size_t g = 0; g < ns; g++)
            if (vc_agg_segment_name(a, d, g)[0] != '(') {
                prev = last;
                last = g;
            }
        if (prev != SIZE_MAX) {
            vc_buf_printf(b, "\n## Changes, %s against %s\n\n| theme | mention share | change | %s | change |\n"
                             "|---|---:|---:|---:|---:|\n",
                          vc_agg_segment_name(a, d, last), vc_agg_segment_name(a, d, prev), s->scale_name);
            const vc_cell *ba = vc_agg_cell(a, d, prev, VC_AGG_BASE), *bb = vc_agg_cell(a, d, last, VC_AGG_BASE);
            for (uint32_t t = 0; t < s->signal_start; t++) {
                const vc_cell *ca = vc_agg_cell(a, d, prev, t), *cb = vc_agg_cell(a, d, last, t);
                vc_test rt = vc_two_proportion_test(ca->comments, ba->comments, cb->comments, bb->comments);
                vc_test ht = vc_headline_test(s->scale, ca, cb);
                fmt(x, sizeof x, bb->comments ? 100.0 * (double)cb->comments / (double)bb->comments : NAN, 1);
                fmt(y, sizeof y, 100 * rt.diff, 1);
                fmt(z, sizeof z, ht.diff, 1);
                vc_buf_append_str(b, "| ");
                md_esc(b, s->theme_names[t]);
                vc_buf_printf(b, " | %s%% | %s%s | ", x, y[0] ? y : "-",
                              !isnan(rt.p) && rt.p <= 0.05 ? " **(significant)**" : "");
                fmt(x, sizeof x, vc_headline(s->scale, cb), 1);
                vc_buf_printf(b, "%s | %s%s |\n", x[0] ? x : "-", z[0] ? z : "-",
                              !isnan(ht.p) && ht.p <= 0.05 ? " **(significant)**" : "");
            }
        }
    }
    if (churn_markdown(s, b)) {
        free(rows);
        return VC_ERR_NOMEM;
    }
    if (s->nquotes) {
        vc_buf_append_str(b, "\n## What customers say\n");
        for (uint32_t t = 0; t < s->signal_start; t++) {
            if (!quoted(s, t))
                continue;
            vc_buf_append_str(b, "\n**");
            md_esc(b, s->theme_names[t]);
            vc_buf_append_str(b, "**\n\n");
            for (size_t i = 0; i < s->nquotes; i++) {
                const vc_report_quote *q = &s->quotes[i];
                if (q->theme != t || q->group == 1)
                    continue;
                vc_buf_append_str(b, "> ");
                md_esc(b, q->text);
                vc_buf_printf(b, " (%s)\n\n", s->group_names[q->group]);
            }
        }
    }
    if (s->missed_ran) {
        vc_buf_printf(b, "\n## What the lexicon misses\n\nUncovered words and phrases unusually frequent among "
                         "%s (%llu comments) against %s (%llu); `vocal discover` lists more and suggests "
                         "entries.\n\n",
                      s->missed_target, (unsigned long long)s->missed_target_n, s->missed_reference,
                      (unsigned long long)s->missed_reference_n);
        if (!s->nmissed)
            vc_buf_append_str(b, "No uncovered word or phrase stands out.\n");
        if (s->nmissed)
            vc_buf_printf(b, "| term | %% of %s | %% of %s | G2 | %s | example |\n|---|---:|---:|---:|---:|---|\n",
                          s->missed_target, s->missed_reference, s->scale_name);
        for (size_t i = 0; i < s->nmissed; i++) {
            const vc_term *t = &s->missed[i];
            char g2[32];
            fmt(x, sizeof x, s->missed_target_n ? 100.0 * (double)t->target / (double)s->missed_target_n : NAN, 1);
            fmt(y, sizeof y, s->missed_reference_n ? 100.0 * (double)t->reference / (double)s->missed_reference_n : NAN,
                1);
            fmt(g2, sizeof g2, t->k.g2, 1);
            fmt(z, sizeof z, vc_headline(s->scale, &t->cell), 1);
            vc_buf_append_str(b, "| ");
            md_esc(b, t->text);
            vc_buf_printf(b, " | %s | %s | %s | %s | ", x, y, g2, z);
            if (t->nexamples)
                md_esc(b, t->examples[0]);
            vc_buf_append_str(b, " |\n");
        }
    }
    vc_buf_append_str(b, "\n---\n");
    md_esc(b, s->settings);
    vc_buf_append_char(b, '\n');
    free(rows);
    return vc_buf_status(b);
}
