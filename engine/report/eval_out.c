/*
 * eval_out.c - the report of `vocal lexicon eval` (lab_report.h) from a
 * vc_eval_result: a table of themes with support, predicted, tp, fp, fn,
 * precision, recall and F1, the micro and macro averages over the leaf themes
 * the gold labels (a theme it never labels is shown unjudged, with its
 * predictions only, and one line says how many were left out), unknown labels, sentiment accuracy, and the first false positives and
 * negatives with the entries that fired. Text for reading, CSV and JSON for
 * pipelines. The writer only reads the result; examples are named by the
 * file names of the result's scan.
 *
 * The CSV is a plain table and goes through the row sinks (sink.h); the
 * JSON nests the examples inside each theme, so it is written by hand. All
 * three append without a check per write and return the buffer's sticky
 * status.
 */
#include <stdio.h>
#include <string.h>

#include "json_internal.h"
#include "sink.h"
#include "vocal/lab_report.h"

/* One row of the CSV: a name, a level and a score; "" for a count the
 * macro average has none of. */
static void csv_score_row(sink *out, const char *name, const char *level, const vc_eval_score *sc, int counts)
{
    static const int NUMERIC[] = {0, 0, 1, 1, 1, 1, 1, 1, 1, 1};
    char n[5][24] = {"", "", "", "", ""}, f[3][32];
    if (counts) {
        const uint64_t v[5] = {sc->support, sc->predicted, sc->tp, sc->fp, sc->fn};
        for (int i = 0; i < 5; i++)
            snprintf(n[i], sizeof n[i], "%llu", (unsigned long long)v[i]);
    }
    snprintf(f[0], sizeof f[0], "%.4f", sc->precision);
    snprintf(f[1], sizeof f[1], "%.4f", sc->recall);
    snprintf(f[2], sizeof f[2], "%.4f", sc->f1);
    const char *cells[] = {name, level, n[0], n[1], n[2], n[3], n[4], f[0], f[1], f[2]};
    out->row(out, cells, NUMERIC, 10);
}


static void csv_write(const vc_eval_result *r, vc_lab_format fmt, vc_buf *out)
{
    static const char *const COLS[] = {"theme", "level", "support", "predicted", "tp",
                                       "fp", "fn", "precision", "recall", "f1"};
    sink s;
    vc_sink_init(&s, fmt == VC_LAB_NDJSON ? VC_TABLE_NDJSON : VC_TABLE_CSV, out);
    s.begin(&s, COLS, 10);
    for (size_t t = 0; t < r->nthemes; t++) {
        if (r->themes[t].unjudged) { /* only what is known: support 0 and the predictions */
            static const int NUMERIC[] = {0, 0, 1, 1, 1, 1, 1, 1, 1, 1};
            char pred[24];
            snprintf(pred, sizeof pred, "%llu", (unsigned long long)r->themes[t].score.predicted);
            const char *cells[] = {r->themes[t].name, "unjudged", "0", pred, "", "", "", "", "", ""};
            s.row(&s, cells, NUMERIC, 10);
            continue;
        }
        csv_score_row(&s, r->themes[t].name, r->themes[t].leaf ? "leaf" : "parent", &r->themes[t].score, 1);
    }
    csv_score_row(&s, "(micro)", "average", &r->micro, 1);
    vc_eval_score macro = {0, 0, 0, 0, 0, r->macro_precision, r->macro_recall, r->macro_f1};
    csv_score_row(&s, "(macro)", "average", &macro, 0);
    s.end(&s);
}

static void json_write(const vc_eval_result *r, const vc_scan_stats *stats, const char *const *sent_names,
                       vc_buf *out)
{
    vc_buf_printf(out, "{\n  \"comments\": %llu,\n  \"rows_rejected\": %llu,\n  \"themes\": [",
                  (unsigned long long)r->comments, (unsigned long long)stats->rows_rejected);
    for (size_t t = 0; t < r->nthemes; t++) {
        const vc_eval_score *sc = &r->themes[t].score;
        vc_buf_append_str(out, t ? ",\n    {\"theme\": " : "\n    {\"theme\": ");
        vc_json_cstr(out, r->themes[t].name);
        if (r->themes[t].unjudged) {
            vc_buf_printf(out,
                          ", \"leaf\": %s, \"unjudged\": true, \"support\": 0, \"predicted\": %llu, \"tp\": null, "
                          "\"fp\": null, \"fn\": null, \"precision\": null, \"recall\": null, \"f1\": null, "
                          "\"false_positives\": [], \"false_negatives\": []}",
                          r->themes[t].leaf ? "true" : "false", (unsigned long long)sc->predicted);
            continue;
        }
        vc_buf_printf(out,
                      ", \"leaf\": %s, \"support\": %llu, \"predicted\": %llu, \"tp\": %llu, \"fp\": %llu, "
                      "\"fn\": %llu, \"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f",
                      r->themes[t].leaf ? "true" : "false", (unsigned long long)sc->support,
                      (unsigned long long)sc->predicted, (unsigned long long)sc->tp, (unsigned long long)sc->fp,
                      (unsigned long long)sc->fn, sc->precision, sc->recall, sc->f1);
        for (int kind = 0; kind < 2; kind++) {
            const vc_example_list *l = kind ? &r->themes[t].false_negatives : &r->themes[t].false_positives;
            vc_buf_append_str(out, kind ? ", \"false_negatives\": [" : ", \"false_positives\": [");
            vc_example_list_json(out, l, stats);
        }
        vc_buf_append_char(out, '}');
    }
    vc_buf_printf(out,
                  "\n  ],\n  \"micro\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f},\n"
                  "  \"macro\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f},\n"
                  "  \"unknown_labels\": %llu",
                  r->micro.precision, r->micro.recall, r->micro.f1, r->macro_precision, r->macro_recall,
                  r->macro_f1, (unsigned long long)r->unknown_labels);
    if (r->nunjudged)
        vc_buf_printf(out, ",\n  \"unjudged\": {\"themes\": %zu, \"predictions\": %llu}", r->nunjudged,
                      (unsigned long long)r->unjudged_predictions);
    for (int k = 0; k < 2 && r->with_sentiment; k++) {
        if (k && !r->with_cx_sentiment)
            break;
        uint64_t labeled = k ? r->cx_labeled_sentiment : r->labeled_sentiment;
        uint64_t correct = k ? r->cx_correct_sentiment : r->correct_sentiment;
        const uint64_t(*confusion)[3] = k ? r->cx_confusion : r->confusion;
        /* the scan's mode keeps the key "sentiment"; with both, CX is "sentiment_cx" */
        const char *key = k ? "sentiment_cx" : "sentiment";
        vc_buf_printf(out, ",\n  \"%s\": {", key);
        if (!k && r->sentiment_mode == VC_SENTIMENT_CX)
            vc_buf_append_str(out, "\"mode\": \"cx\", ");
        vc_buf_printf(out, "\"labeled\": %llu, \"accuracy\": %.4f, \"confusion\": {",
                      (unsigned long long)labeled, labeled ? (double)correct / (double)labeled : 0.0);
        for (int g = 0; g < 4; g++)
            vc_buf_printf(out, "%s\"%s\": {\"positive\": %llu, \"neutral\": %llu, \"negative\": %llu}",
                          g ? ", " : "", sent_names[g], (unsigned long long)confusion[g][0],
                          (unsigned long long)confusion[g][1], (unsigned long long)confusion[g][2]);
        vc_buf_append_str(out, "}}");
    }
    vc_buf_append_str(out, "\n}\n");
}

/* One sentiment block: accuracy and the confusion matrix of a mode. */
static void text_sentiment(vc_buf *out, const char *const *sent_names, const char *mode, uint64_t labeled,
                           uint64_t correct, const uint64_t confusion[4][3])
{
    vc_buf_printf(out,
                  "\nsentiment: accuracy %.3f on %llu labeled comments (%s compound >= 0.05 "
                  "positive, <= -0.05 negative)\n%-10s %9s %8s %9s\n",
                  labeled ? (double)correct / (double)labeled : 0.0, (unsigned long long)labeled, mode, "gold",
                  "positive", "neutral", "negative");
    for (int g = 0; g < 4; g++)
        vc_buf_printf(out, "%-10s %9llu %8llu %9llu\n", sent_names[g], (unsigned long long)confusion[g][0],
                      (unsigned long long)confusion[g][1], (unsigned long long)confusion[g][2]);
}

static void text_write(const vc_eval_result *r, const vc_scan_stats *stats, const char *const *sent_names,
                       const char *lex_name, const char *gold_name, vc_buf *out)
{
    vc_buf_printf(out, "eval of %s on %s: %llu comments, %zu leaf themes", lex_name, gold_name,
                  (unsigned long long)r->comments, r->nleaves);
    if (r->nunjudged)
        vc_buf_printf(out, " (and %zu unjudged)", r->nunjudged);
    vc_buf_append_str(out, "\n\n");
    vc_buf_printf(out, "%-34s %7s %9s %5s %5s %5s %9s %7s %6s\n", "theme", "support", "predicted", "tp", "fp", "fn",
                  "precision", "recall", "f1");
    for (size_t t = 0; t < r->nthemes; t++) {
        const vc_eval_score *sc = &r->themes[t].score;
        if (r->themes[t].unjudged) {
            vc_buf_printf(out, "%-34s %7llu %9llu %5s %5s %5s %9s %7s %6s  unjudged\n", r->themes[t].name,
                          (unsigned long long)sc->support, (unsigned long long)sc->predicted, "-", "-", "-", "-", "-",
                          "-");
            continue;
        }
        vc_buf_printf(out, "%-34s %7llu %9llu %5llu %5llu %5llu %9.3f %7.3f %6.3f\n", r->themes[t].name,
                      (unsigned long long)sc->support, (unsigned long long)sc->predicted, (unsigned long long)sc->tp,
                      (unsigned long long)sc->fp, (unsigned long long)sc->fn, sc->precision, sc->recall, sc->f1);
    }
    vc_buf_printf(out, "%-34s %7llu %9llu %5llu %5llu %5llu %9.3f %7.3f %6.3f\n", "micro average (leaves)",
                  (unsigned long long)r->micro.support, (unsigned long long)r->micro.predicted,
                  (unsigned long long)r->micro.tp, (unsigned long long)r->micro.fp, (unsigned long long)r->micro.fn,
                  r->micro.precision, r->micro.recall, r->micro.f1);
    vc_buf_printf(out, "%-34s %7s %9s %5s %5s %5s %9.3f %7.3f %6.3f\n", "macro average (leaves)", "", "", "", "", "",
                  r->macro_precision, r->macro_recall, r->macro_f1);
    if (r->nunjudged)
        vc_buf_printf(out,
                      "\n%llu predictions of %zu leaf theme%s the gold never labels are unjudged: left out of the "
                      "averages, not counted as false positives\n",
                      (unsigned long long)r->unjudged_predictions, r->nunjudged, r->nunjudged == 1 ? "" : "s");
    if (r->unknown_labels) {
        vc_buf_printf(out, "\n%llu labels name no theme of the lexicon:", (unsigned long long)r->unknown_labels);
        for (size_t k = 0; k < r->nunknown; k++)
            vc_buf_printf(out, " %s", r->unknown[k]);
        vc_buf_append_char(out, '\n');
    }
    if (r->with_sentiment)
        text_sentiment(out, sent_names, r->sentiment_mode == VC_SENTIMENT_CX ? "CX mode" : "VADER",
                       r->labeled_sentiment, r->correct_sentiment, r->confusion);
    if (r->with_sentiment && r->with_cx_sentiment)
        text_sentiment(out, sent_names, "CX mode", r->cx_labeled_sentiment, r->cx_correct_sentiment,
                       r->cx_confusion);
    if (!r->examples)
        return;
    vc_buf_printf(out,
                  "\nfirst %zu false positives (FP) and false negatives (FN) per theme, as file:line, with the "
                  "entries that fired:\n",
                  r->examples);
    for (size_t t = 0; t < r->nthemes; t++) {
        if (!r->themes[t].false_positives.n && !r->themes[t].false_negatives.n)
            continue;
        vc_buf_printf(out, "%s\n", r->themes[t].name);
        for (int kind = 0; kind < 2; kind++) {
            const vc_example_list *l = kind ? &r->themes[t].false_negatives : &r->themes[t].false_positives;
            for (size_t k = 0; k < l->n; k++)
                vc_buf_printf(out, "  %s %s:%llu \"%s\"%s%s\n", kind ? "FN" : "FP", stats->files[l->v[k].file].name,
                              (unsigned long long)l->v[k].line, l->v[k].text, l->v[k].entries[0] ? " <- " : "",
                              l->v[k].entries);
        }
    }
}

vc_status vc_eval_write(const vc_eval_result *r, const char *lex_name, const char *gold_name, vc_lab_format fmt,
                        vc_buf *out)
{
    static const char *const SENT_NAMES[] = {"positive", "neutral", "negative", "other"};
    const vc_scan_stats *stats = vc_scan_stats_get(r->scan);
    if (fmt == VC_LAB_CSV || fmt == VC_LAB_NDJSON)
        csv_write(r, fmt, out);
    else if (fmt == VC_LAB_JSON)
        json_write(r, stats, SENT_NAMES, out);
    else
        text_write(r, stats, SENT_NAMES, lex_name, gold_name, out);
    return vc_buf_status(out);
}
