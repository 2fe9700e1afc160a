/*
 * lexdiff_out.c - the report of `vocal lexicon diff` (lab_report.h) from a
 * vc_lexdiff_result: per theme its status, the comments each lexicon
 * matched, gained, lost, the change, and the headline figure and impact
 * under each; renames; the first gained (+) and lost (-) comments with the
 * entries responsible; and in text and JSON the totals and throughputs.
 * Text for reading, CSV and JSON for pipelines. Figures that round to zero
 * are written as 0.0, never -0.0. The writer only reads the result.
 *
 * The CSV is a plain table and goes through the row sinks (sink.h); the
 * JSON nests examples inside each theme and is written by hand. Every
 * format appends without a check per write and returns the buffer's
 * sticky status.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "json_internal.h"
#include "sink.h"
#include "vocal/lab_report.h"

/* A theme's headline figure and impact under each lexicon, as the CSV and
 * the text table show them: one decimal, "" when undefined (or when the
 * lexicon matched no comment of the theme), never "-0.0". */
typedef struct figures {
    char head_old[16], head_new[16], imp_old[16], imp_new[16];
} figures;

static void figure(char *dst, size_t cap, double v, int ok)
{
    dst[0] = 0;
    if (ok)
        snprintf(dst, cap, "%.1f", fabs(v) < 0.05 ? 0.0 : v);
}

static void theme_figures(const vc_lexdiff_result *r, const vc_lexdiff_theme *t, figures *f)
{
    int ok;
    double v = vc_lexdiff_headline(r, t, 0, &ok);
    figure(f->head_old, sizeof f->head_old, v, ok && t->n_old);
    v = vc_lexdiff_headline(r, t, 1, &ok);
    figure(f->head_new, sizeof f->head_new, v, ok && t->n_new);
    v = vc_lexdiff_impact(r, t, 0, &ok);
    figure(f->imp_old, sizeof f->imp_old, v, ok);
    v = vc_lexdiff_impact(r, t, 1, &ok);
    figure(f->imp_new, sizeof f->imp_new, v, ok);
}

static void csv_write(const vc_lexdiff_result *r, vc_lab_format fmt, vc_buf *out)
{
    char ho[24], hn[24];
    snprintf(ho, sizeof ho, "old_%s", vc_scale_name(r->scale));
    snprintf(hn, sizeof hn, "new_%s", vc_scale_name(r->scale));
    const char *const cols[] = {"theme", "status", "old_comments", "new_comments", "gained", "lost",
                                "delta", ho, hn, "old_impact", "new_impact"};
    static const int NUMERIC[] = {0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    sink s;
    vc_sink_init(&s, fmt == VC_LAB_NDJSON ? VC_TABLE_NDJSON : VC_TABLE_CSV, out);
    s.begin(&s, cols, 11);
    for (size_t u = 0; u < r->nthemes; u++) {
        const vc_lexdiff_theme *t = &r->themes[u];
        char n[5][24];
        snprintf(n[0], sizeof n[0], "%llu", (unsigned long long)t->n_old);
        snprintf(n[1], sizeof n[1], "%llu", (unsigned long long)t->n_new);
        snprintf(n[2], sizeof n[2], "%llu", (unsigned long long)t->gained);
        snprintf(n[3], sizeof n[3], "%llu", (unsigned long long)t->lost);
        snprintf(n[4], sizeof n[4], "%lld", (long long)t->n_new - (long long)t->n_old);
        figures f;
        theme_figures(r, t, &f);
        const char *cells[] = {t->name, vc_lexdiff_status(t), n[0], n[1], n[2], n[3], n[4],
                               f.head_old, f.head_new, f.imp_old, f.imp_new};
        s.row(&s, cells, NUMERIC, 11);
    }
    s.end(&s);
}

static void json_write(const vc_lexdiff_result *r, const vc_scan_stats *stats, vc_buf *out)
{
    vc_buf_printf(out,
                  "{\n  \"comments\": %llu,\n  \"changed\": %llu,\n  \"gained\": %llu,\n  \"lost\": %llu,\n"
                  "  \"old_comments_per_cpu_second\": %.0f,\n  \"new_comments_per_cpu_second\": %.0f,\n"
                  "  \"themes\": [",
                  (unsigned long long)r->comments, (unsigned long long)r->changed, (unsigned long long)r->gained,
                  (unsigned long long)r->lost, vc_lexdiff_rate(r, 0), vc_lexdiff_rate(r, 1));
    for (size_t u = 0; u < r->nthemes; u++) {
        const vc_lexdiff_theme *t = &r->themes[u];
        vc_buf_append_str(out, u ? ",\n    {\"theme\": " : "\n    {\"theme\": ");
        vc_json_cstr(out, t->name);
        vc_buf_printf(out, ", \"status\": \"%s\", \"old\": %llu, \"new\": %llu, \"gained\": %llu, \"lost\": %llu",
                      vc_lexdiff_status(t), (unsigned long long)t->n_old, (unsigned long long)t->n_new,
                      (unsigned long long)t->gained, (unsigned long long)t->lost);
        if (t->renamed_to >= 0) {
            vc_buf_append_str(out, ", \"renamed_to\": ");
            vc_json_cstr(out, r->themes[t->renamed_to].name);
        }
        for (int kind = 0; kind < 2; kind++) {
            const vc_example_list *l = kind ? &t->lost_examples : &t->gained_examples;
            vc_buf_append_str(out, kind ? ", \"lost_examples\": [" : ", \"gained_examples\": [");
            vc_example_list_json(out, l, stats);
        }
        vc_buf_append_char(out, '}');
    }
    vc_buf_append_str(out, "\n  ]\n}\n");
}

static void text_write(const vc_lexdiff_result *r, const vc_scan_stats *stats, const char *old_name,
                       const char *new_name, vc_buf *out)
{
    vc_buf_printf(out,
                  "lexicon diff: %s -> %s on %llu comments\n"
                  "comments whose themes changed: %llu (gained a theme: %llu, lost a theme: %llu)\n"
                  "themes added: %zu, removed: %zu, renamed: %zu\n"
                  "throughput, normalize + match, per CPU second: old %.0f, new %.0f comments (new takes "
                  "%.2fx the time)\n\n",
                  old_name, new_name, (unsigned long long)r->comments, (unsigned long long)r->changed,
                  (unsigned long long)r->gained, (unsigned long long)r->lost, r->added, r->removed, r->renamed,
                  vc_lexdiff_rate(r, 0), vc_lexdiff_rate(r, 1), vc_lexdiff_slowdown(r));
    char ho[16], hn[16];
    snprintf(ho, sizeof ho, "%s_old", vc_scale_name(r->scale));
    snprintf(hn, sizeof hn, "%s_new", vc_scale_name(r->scale));
    vc_buf_printf(out, "%-30s %-8s %7s %7s %7s %6s %7s %8s %8s %8s %8s\n", "theme", "status", "old", "new", "gained",
                  "lost", "delta", ho, hn, "imp_old", "imp_new");
    for (size_t u = 0; u < r->nthemes; u++) {
        const vc_lexdiff_theme *t = &r->themes[u];
        figures f;
        theme_figures(r, t, &f);
        vc_buf_printf(out, "%-30s %-8s %7llu %7llu %7llu %6llu %+7lld %8s %8s %8s %8s\n", t->name,
                      vc_lexdiff_status(t), (unsigned long long)t->n_old, (unsigned long long)t->n_new,
                      (unsigned long long)t->gained, (unsigned long long)t->lost,
                      (long long)t->n_new - (long long)t->n_old, f.head_old, f.head_new, f.imp_old, f.imp_new);
    }
    for (size_t u = 0; u < r->nthemes; u++)
        if (r->themes[u].renamed_to >= 0)
            vc_buf_printf(out, "renamed: %s -> %s (%.0f%% of their comments in common)\n", r->themes[u].name,
                          r->themes[r->themes[u].renamed_to].name, 100 * r->themes[u].jaccard);
    if (!r->examples)
        return;
    vc_buf_printf(out,
                  "\nfirst %zu gained (+) and lost (-) comments per theme, as file:line, with the entries "
                  "responsible:\n",
                  r->examples);
    for (size_t u = 0; u < r->nthemes; u++) {
        const vc_example_list *gl = &r->themes[u].gained_examples, *ll = &r->themes[u].lost_examples;
        if (!gl->n && !ll->n)
            continue;
        vc_buf_printf(out, "%s\n", r->themes[u].name);
        for (int kind = 0; kind < 2; kind++) {
            const vc_example_list *l = kind ? ll : gl;
            for (size_t k = 0; k < l->n; k++)
                vc_buf_printf(out, "  %c %s:%llu \"%s\"%s%s\n", kind ? '-' : '+', stats->files[l->v[k].file].name,
                              (unsigned long long)l->v[k].line, l->v[k].text, l->v[k].entries[0] ? " <- " : "",
                              l->v[k].entries);
        }
    }
}

vc_status vc_lexdiff_write(const vc_lexdiff_result *r, const char *old_name, const char *new_name, vc_lab_format fmt,
                           vc_buf *out)
{
    const vc_scan_stats *stats = vc_scan_stats_get(r->scan);
    if (fmt == VC_LAB_CSV || fmt == VC_LAB_NDJSON)
        csv_write(r, fmt, out);
    else if (fmt == VC_LAB_JSON)
        json_write(r, stats, out);
    else
        text_write(r, stats, old_name, new_name, out);
    return vc_buf_status(out);
}
