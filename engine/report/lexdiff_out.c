/*
 * lexdiff_out.c - the report of `vocal lexicon diff` (lab_report.h) from a
 * vc_lexdiff_result: per theme its status, the comments each lexicon
 * matched, gained, lost, the change, and the headline figure and impact
 * under each; renames; the first gained (+) and lost (-) comments with the
 * entries responsible; and in text and JSON the totals and throughputs.
 * Text for reading, CSV and JSON for pipelines. Figures that round to zero
 * are written as 0.0, never -0.0. The writer only reads the result.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vocal/lab_report.h"

static vc_status fmt_num(vc_buf *b, double v, int ok, const char *fmt)
{
    if (!ok)
        return VC_OK;
    if (fabs(v) < 0.05)
        v = 0.0; /* no "-0.0" */
    return vc_buf_printf(b, fmt, v);
}

vc_status vc_lexdiff_write(const vc_lexdiff_result *r, const char *old_name, const char *new_name, vc_lab_format fmt,
                           vc_buf *out)
{
    const vc_scan_stats *stats = vc_scan_stats_get(r->scan);
    double r_old = vc_lexdiff_rate(r, 0), r_new = vc_lexdiff_rate(r, 1);
    double slowdown = vc_lexdiff_slowdown(r);
    int ok;
    vc_status st = VC_OK;
    if (fmt == VC_LAB_CSV) {
        st = vc_buf_printf(out, "theme,status,old_comments,new_comments,gained,lost,delta,old_%s,new_%s,"
                               "old_impact,new_impact\n",
                           vc_scale_name(r->scale), vc_scale_name(r->scale));
        for (size_t u = 0; u < r->nthemes && !st; u++) {
            const vc_lexdiff_theme *t = &r->themes[u];
            st = vc_buf_csv_field(out, r->themes[u].name, strlen(r->themes[u].name), 1);
            if (!st)
                st = vc_buf_printf(out, ",%s,%llu,%llu,%llu,%llu,%lld,",
                                   vc_lexdiff_status(t),
                                   (unsigned long long)t->n_old, (unsigned long long)t->n_new,
                                   (unsigned long long)t->gained, (unsigned long long)t->lost,
                                   (long long)t->n_new - (long long)t->n_old);
            double v = vc_lexdiff_headline(r, t, 0, &ok);
            if (!st)
                st = fmt_num(out, v, ok && t->n_old, "%.1f");
            if (!st)
                st = vc_buf_append_char(out, ',');
            v = vc_lexdiff_headline(r, t, 1, &ok);
            if (!st)
                st = fmt_num(out, v, ok && t->n_new, "%.1f");
            if (!st)
                st = vc_buf_append_char(out, ',');
            v = vc_lexdiff_impact(r, t, 0, &ok);
            if (!st)
                st = fmt_num(out, v, ok, "%.1f");
            if (!st)
                st = vc_buf_append_char(out, ',');
            v = vc_lexdiff_impact(r, t, 1, &ok);
            if (!st)
                st = fmt_num(out, v, ok, "%.1f");
            if (!st)
                st = vc_buf_append_char(out, '\n');
        }
    } else if (fmt == VC_LAB_JSON) {
        st = vc_buf_printf(out,
                           "{\n  \"comments\": %llu,\n  \"changed\": %llu,\n  \"gained\": %llu,\n  \"lost\": %llu,\n"
                           "  \"old_comments_per_cpu_second\": %.0f,\n  \"new_comments_per_cpu_second\": %.0f,\n"
                           "  \"themes\": [",
                           (unsigned long long)r->comments, (unsigned long long)r->changed,
                           (unsigned long long)r->gained, (unsigned long long)r->lost, r_old, r_new);
        for (size_t u = 0; u < r->nthemes && !st; u++) {
            const vc_lexdiff_theme *t = &r->themes[u];
            st = vc_buf_append_str(out, u ? ",\n    {\"theme\": " : "\n    {\"theme\": ");
            if (!st)
                st = vc_buf_json_string(out, r->themes[u].name, strlen(r->themes[u].name));
            if (!st)
                st = vc_buf_printf(out, ", \"status\": \"%s\", \"old\": %llu, \"new\": %llu, \"gained\": %llu, \"lost\": %llu",
                                   vc_lexdiff_status(t),
                                   (unsigned long long)t->n_old, (unsigned long long)t->n_new,
                                   (unsigned long long)t->gained, (unsigned long long)t->lost);
            if (!st && t->renamed_to >= 0) {
                st = vc_buf_append_str(out, ", \"renamed_to\": ");
                if (!st)
                    st = vc_buf_json_string(out, r->themes[t->renamed_to].name, strlen(r->themes[t->renamed_to].name));
            }
            for (int kind = 0; kind < 2 && !st; kind++) {
                const vc_example_list *l = kind ? &r->themes[u].lost_examples : &r->themes[u].gained_examples;
                st = vc_buf_append_str(out, kind ? ", \"lost_examples\": [" : ", \"gained_examples\": [");
                for (size_t k = 0; k < l->n && !st; k++) {
                    const char *fname = stats->files[l->v[k].file].name;
                    st = vc_buf_append_str(out, k ? ", {\"file\": " : "{\"file\": ");
                    if (!st)
                        st = vc_buf_json_string(out, fname, strlen(fname));
                    if (!st)
                        st = vc_buf_printf(out, ", \"line\": %llu, \"text\": ", (unsigned long long)l->v[k].line);
                    if (!st)
                        st = vc_buf_json_string(out, l->v[k].text, strlen(l->v[k].text));
                    if (!st)
                        st = vc_buf_append_str(out, ", \"entries\": ");
                    if (!st)
                        st = vc_buf_json_string(out, l->v[k].entries, strlen(l->v[k].entries));
                    if (!st)
                        st = vc_buf_append_char(out, '}');
                }
                if (!st)
                    st = vc_buf_append_char(out, ']');
            }
            if (!st)
                st = vc_buf_append_char(out, '}');
        }
        if (!st)
            st = vc_buf_append_str(out, "\n  ]\n}\n");
    } else {
        st = vc_buf_printf(out,
                           "lexicon diff: %s -> %s on %llu comments\n"
                           "comments whose themes changed: %llu (gained a theme: %llu, lost a theme: %llu)\n"
                           "themes added: %zu, removed: %zu, renamed: %zu\n"
                           "throughput, normalize + match, per CPU second: old %.0f, new %.0f comments (new takes "
                           "%.2fx the time)\n\n",
                           old_name, new_name, (unsigned long long)r->comments, (unsigned long long)r->changed,
                           (unsigned long long)r->gained, (unsigned long long)r->lost, r->added, r->removed,
                           r->renamed, r_old, r_new, slowdown);
        if (!st)
        {
            char ho[16], hn[16];
            snprintf(ho, sizeof ho, "%s_old", vc_scale_name(r->scale));
            snprintf(hn, sizeof hn, "%s_new", vc_scale_name(r->scale));
            st = vc_buf_printf(out, "%-30s %-8s %7s %7s %7s %6s %7s %8s %8s %8s %8s\n", "theme", "status", "old",
                               "new", "gained", "lost", "delta", ho, hn, "imp_old", "imp_new");
        }
        for (size_t u = 0; u < r->nthemes && !st; u++) {
            const vc_lexdiff_theme *t = &r->themes[u];
            char no[16] = "", nn[16] = "", io[16] = "", in[16] = "";
            double v = vc_lexdiff_headline(r, t, 0, &ok);
            if (ok && t->n_old)
                snprintf(no, sizeof no, "%.1f", fabs(v) < 0.05 ? 0.0 : v);
            v = vc_lexdiff_headline(r, t, 1, &ok);
            if (ok && t->n_new)
                snprintf(nn, sizeof nn, "%.1f", fabs(v) < 0.05 ? 0.0 : v);
            v = vc_lexdiff_impact(r, t, 0, &ok);
            if (ok)
                snprintf(io, sizeof io, "%.1f", fabs(v) < 0.05 ? 0.0 : v);
            v = vc_lexdiff_impact(r, t, 1, &ok);
            if (ok)
                snprintf(in, sizeof in, "%.1f", fabs(v) < 0.05 ? 0.0 : v);
            st = vc_buf_printf(out, "%-30s %-8s %7llu %7llu %7llu %6llu %+7lld %8s %8s %8s %8s\n", r->themes[u].name,
                               vc_lexdiff_status(t),
                               (unsigned long long)t->n_old, (unsigned long long)t->n_new,
                               (unsigned long long)t->gained, (unsigned long long)t->lost,
                               (long long)t->n_new - (long long)t->n_old, no, nn, io, in);
        }
        for (size_t u = 0; u < r->nthemes && !st; u++)
            if (r->themes[u].renamed_to >= 0)
                st = vc_buf_printf(out, "renamed: %s -> %s (%.0f%% of their comments in common)\n", r->themes[u].name,
                                   r->themes[r->themes[u].renamed_to].name, 100 * r->themes[u].jaccard);
        if (!st && r->examples)
            st = vc_buf_printf(out, "\nfirst %zu gained (+) and lost (-) comments per theme, as file:line, with the "
                                   "entries responsible:\n",
                               r->examples);
        for (size_t u = 0; u < r->nthemes && !st && r->examples; u++) {
            const vc_example_list *gl = &r->themes[u].gained_examples, *ll = &r->themes[u].lost_examples;
            if (!gl->n && !ll->n)
                continue;
            st = vc_buf_printf(out, "%s\n", r->themes[u].name);
            for (int kind = 0; kind < 2 && !st; kind++) {
                const vc_example_list *l = kind ? ll : gl;
                for (size_t k = 0; k < l->n && !st; k++)
                    st = vc_buf_printf(out, "  %c %s:%llu \"%s\"%s%s\n", kind ? '-' : '+',
                                       stats->files[l->v[k].file].name,
                                       (unsigned long long)l->v[k].line, l->v[k].text,
                                       l->v[k].entries[0] ? " <- " : "", l->v[k].entries);
            }
        }
    }
    return st;
}
