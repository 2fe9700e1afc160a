/*
 * eval_out.c - the report of `vocal lexicon eval` (lab_report.h) from a
 * vc_eval_result: a table of themes with support, predicted, tp, fp, fn,
 * precision, recall and F1, the micro and macro averages over leaf themes,
 * unknown labels, sentiment accuracy, and the first false positives and
 * negatives with the entries that fired. Text for reading, CSV and JSON for
 * pipelines. The writer only reads the result; examples are named by the
 * file names of the result's scan.
 */
#include <string.h>

#include "vocal/lab_report.h"

vc_status vc_eval_write(const vc_eval_result *r, const char *lex_name, const char *gold_name, vc_lab_format fmt,
                        vc_buf *out)
{
    const vc_scan_stats *stats = vc_scan_stats_get(r->scan);
    static const char *SENT_NAMES[] = {"positive", "neutral", "negative", "other"};
    vc_status st = VC_OK;
    if (fmt == VC_LAB_CSV) { /* csv */
        st = vc_buf_append_str(out, "theme,level,support,predicted,tp,fp,fn,precision,recall,f1\n");
        for (size_t t = 0; t < r->nthemes && !st; t++) {
            const char *name = r->themes[t].name;
            st = vc_buf_csv_field(out, name, strlen(name), 1);
            if (!st)
                st = vc_buf_printf(out, ",%s,%llu,%llu,%llu,%llu,%llu,%.4f,%.4f,%.4f\n", r->themes[t].leaf ? "leaf" : "parent",
                                   (unsigned long long)r->themes[t].score.support, (unsigned long long)r->themes[t].score.predicted,
                                   (unsigned long long)r->themes[t].score.tp, (unsigned long long)r->themes[t].score.fp,
                                   (unsigned long long)r->themes[t].score.fn, r->themes[t].score.precision, r->themes[t].score.recall, r->themes[t].score.f1);
        }
        if (!st)
            st = vc_buf_printf(out, "(micro),average,%llu,%llu,%llu,%llu,%llu,%.4f,%.4f,%.4f\n",
                               (unsigned long long)r->micro.support, (unsigned long long)r->micro.predicted,
                               (unsigned long long)r->micro.tp, (unsigned long long)r->micro.fp,
                               (unsigned long long)r->micro.fn, r->micro.precision, r->micro.recall, r->micro.f1);
        if (!st)
            st = vc_buf_printf(out, "(macro),average,,,,,,%.4f,%.4f,%.4f\n", r->macro_precision, r->macro_recall, r->macro_f1);
    } else if (fmt == VC_LAB_JSON) { /* json */
        st = vc_buf_printf(out, "{\n  \"comments\": %llu,\n  \"rows_rejected\": %llu,\n  \"themes\": [",
                           (unsigned long long)r->comments, (unsigned long long)stats->rows_rejected);
        for (size_t t = 0; t < r->nthemes && !st; t++) {
            const char *name = r->themes[t].name;
            st = vc_buf_append_str(out, t ? ",\n    {\"theme\": " : "\n    {\"theme\": ");
            if (!st)
                st = vc_buf_json_string(out, name, strlen(name));
            if (!st)
                st = vc_buf_printf(out,
                                   ", \"leaf\": %s, \"support\": %llu, \"predicted\": %llu, \"tp\": %llu, \"fp\": %llu, "
                                   "\"fn\": %llu, \"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f",
                                   r->themes[t].leaf ? "true" : "false", (unsigned long long)r->themes[t].score.support,
                                   (unsigned long long)r->themes[t].score.predicted, (unsigned long long)r->themes[t].score.tp,
                                   (unsigned long long)r->themes[t].score.fp, (unsigned long long)r->themes[t].score.fn, r->themes[t].score.precision, r->themes[t].score.recall,
                                   r->themes[t].score.f1);
            for (int kind = 0; kind < 2 && !st; kind++) {
                const vc_example_list *l = kind ? &r->themes[t].false_negatives : &r->themes[t].false_positives;
                st = vc_buf_append_str(out, kind ? ", \"false_negatives\": [" : ", \"false_positives\": [");
                for (size_t k = 0; k < l->n && !st; k++) {
                    const char *gname = stats->files[l->v[k].file].name;
                    st = vc_buf_append_str(out, k ? ", {\"file\": " : "{\"file\": ");
                    if (!st)
                        st = vc_buf_json_string(out, gname, strlen(gname));
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
            st = vc_buf_printf(out,
                               "\n  ],\n  \"micro\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f},\n"
                               "  \"macro\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f},\n"
                               "  \"unknown_labels\": %llu",
                               r->micro.precision, r->micro.recall, r->micro.f1, r->macro_precision, r->macro_recall, r->macro_f1,
                               (unsigned long long)r->unknown_labels);
        if (!st && r->with_sentiment) {
            st = vc_buf_printf(out, ",\n  \"sentiment\": {\"labeled\": %llu, \"accuracy\": %.4f, \"confusion\": {",
                               (unsigned long long)r->labeled_sentiment,
                               r->labeled_sentiment ? (double)r->correct_sentiment / (double)r->labeled_sentiment : 0.0);
            for (int g = 0; g < 4 && !st; g++)
                st = vc_buf_printf(out, "%s\"%s\": {\"positive\": %llu, \"neutral\": %llu, \"negative\": %llu}",
                                   g ? ", " : "", SENT_NAMES[g], (unsigned long long)r->confusion[g][0],
                                   (unsigned long long)r->confusion[g][1], (unsigned long long)r->confusion[g][2]);
            if (!st)
                st = vc_buf_append_str(out, "}}");
        }
        if (!st)
            st = vc_buf_append_str(out, "\n}\n");
    } else { /* text */
        st = vc_buf_printf(out, "eval of %s on %s: %llu comments, %zu leaf themes\n\n", lex_name, gold_name,
                           (unsigned long long)r->comments, r->nleaves);
        if (!st)
            st = vc_buf_printf(out, "%-34s %7s %9s %5s %5s %5s %9s %7s %6s\n", "theme", "support", "predicted", "tp",
                               "fp", "fn", "precision", "recall", "f1");
        for (size_t t = 0; t < r->nthemes && !st; t++)
            st = vc_buf_printf(out, "%-34s %7llu %9llu %5llu %5llu %5llu %9.3f %7.3f %6.3f\n",
                               r->themes[t].name, (unsigned long long)r->themes[t].score.support,
                               (unsigned long long)r->themes[t].score.predicted, (unsigned long long)r->themes[t].score.tp,
                               (unsigned long long)r->themes[t].score.fp, (unsigned long long)r->themes[t].score.fn, r->themes[t].score.precision, r->themes[t].score.recall,
                               r->themes[t].score.f1);
        if (!st)
            st = vc_buf_printf(out, "%-34s %7llu %9llu %5llu %5llu %5llu %9.3f %7.3f %6.3f\n", "micro average (leaves)",
                               (unsigned long long)r->micro.support, (unsigned long long)r->micro.predicted,
                               (unsigned long long)r->micro.tp, (unsigned long long)r->micro.fp,
                               (unsigned long long)r->micro.fn, r->micro.precision, r->micro.recall, r->micro.f1);
        if (!st)
            st = vc_buf_printf(out, "%-34s %7s %9s %5s %5s %5s %9.3f %7.3f %6.3f\n", "macro average (leaves)", "", "",
                               "", "", "", r->macro_precision, r->macro_recall, r->macro_f1);
        if (!st && r->unknown_labels) {
            st = vc_buf_printf(out, "\n%llu labels name no theme of the lexicon:", (unsigned long long)r->unknown_labels);
            for (size_t k = 0; k < r->nunknown && !st; k++)
                st = vc_buf_printf(out, " %s", r->unknown[k]);
            if (!st)
                st = vc_buf_append_char(out, '\n');
        }
        if (!st && r->with_sentiment) {
            st = vc_buf_printf(out, "\nsentiment: accuracy %.3f on %llu labeled comments (VADER compound >= 0.05 "
                                  "positive, <= -0.05 negative)\n%-10s %9s %8s %9s\n",
                               r->labeled_sentiment ? (double)r->correct_sentiment / (double)r->labeled_sentiment : 0.0,
                               (unsigned long long)r->labeled_sentiment, "gold", "positive", "neutral", "negative");
            for (int g = 0; g < 4 && !st; g++)
                st = vc_buf_printf(out, "%-10s %9llu %8llu %9llu\n", SENT_NAMES[g], (unsigned long long)r->confusion[g][0],
                                   (unsigned long long)r->confusion[g][1], (unsigned long long)r->confusion[g][2]);
        }
        if (!st && r->examples)
            st = vc_buf_printf(out, "\nfirst %zu false positives (FP) and false negatives (FN) per theme, as file:line, with the entries that "
                                  "fired:\n",
                               r->examples);
        for (size_t t = 0; t < r->nthemes && !st && r->examples; t++) {
            if (!r->themes[t].false_positives.n && !r->themes[t].false_negatives.n)
                continue;
            st = vc_buf_printf(out, "%s\n", r->themes[t].name);
            for (int kind = 0; kind < 2 && !st; kind++) {
                const vc_example_list *l = kind ? &r->themes[t].false_negatives : &r->themes[t].false_positives;
                for (size_t k = 0; k < l->n && !st; k++)
                    st = vc_buf_printf(out, "  %s %s:%llu \"%s\"%s%s\n", kind ? "FN" : "FP",
                                       stats->files[l->v[k].file].name, (unsigned long long)l->v[k].line,
                                       l->v[k].text, l->v[k].entries[0] ? " <- " : "", l->v[k].entries);
            }
        }
    }
    return st;
}
