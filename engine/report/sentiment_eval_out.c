/*
 * sentiment_eval_out.c - the text report of a sentiment evaluation
 * (`vocal sentiment --eval`): one block per mode with 3-class accuracy,
 * polarity accuracy, per-class precision and recall, and the confusion
 * matrix (rows gold, columns predicted), and with a gold language column
 * the accuracy and per-class precision/recall of each language. Only
 * reads the result.
 */
#include "vocal/lab_report.h"

static const char *const CLASS[4] = {"positive", "neutral", "negative", "other"};

static double ratio(uint64_t a, uint64_t b) { return b ? (double)a / (double)b : 0.0; }

vc_status vc_sentiment_eval_write(const vc_sentiment_eval_result *r, const char *gold_name, vc_buf *out)
{
    uint64_t other = r->nmodes ? r->modes[0].confusion[VC_SEVAL_OTHER][0] + r->modes[0].confusion[VC_SEVAL_OTHER][1] +
                                     r->modes[0].confusion[VC_SEVAL_OTHER][2]
                               : 0;
    vc_buf_printf(out, "sentiment against %s: %llu comments, %llu labeled positive, neutral or negative",
                  gold_name, (unsigned long long)r->comments,
                  (unsigned long long)(r->nmodes ? r->modes[0].labeled : 0));
    vc_buf_printf(out, " (%llu other label%s, %llu unlabeled)\n", (unsigned long long)other, other == 1 ? "" : "s",
                  (unsigned long long)r->unlabeled);
    vc_buf_append_str(out, "classes: compound >= 0.05 positive, <= -0.05 negative, else neutral\n");
    if (r->no_lexicon)
        vc_buf_printf(out, "%llu labeled comments in languages with no sentiment lexicon are left out\n",
                      (unsigned long long)r->no_lexicon);
    for (size_t k = 0; k < r->nmodes; k++) {
        const vc_sentiment_eval_mode *m = &r->modes[k];
        vc_buf_printf(out, "\nmode %s: accuracy %.3f (%llu of %llu); polarity accuracy %.3f (%llu of %llu "
                           "positive/negative)\n",
                      vc_sentiment_mode_name(m->mode), ratio(m->correct, m->labeled), (unsigned long long)m->correct,
                      (unsigned long long)m->labeled, ratio(m->polar_correct, m->polar),
                      (unsigned long long)m->polar_correct, (unsigned long long)m->polar);
        vc_buf_printf(out, "%-10s %9s %7s\n", "class", "precision", "recall");
        for (int c = 0; c < 3; c++) {
            uint64_t pred = m->confusion[0][c] + m->confusion[1][c] + m->confusion[2][c];
            uint64_t gold = m->confusion[c][0] + m->confusion[c][1] + m->confusion[c][2];
            vc_buf_printf(out, "%-10s %9.3f %7.3f\n", CLASS[c], ratio(m->confusion[c][c], pred),
                          ratio(m->confusion[c][c], gold));
        }
        vc_buf_printf(out, "%-10s %9s %8s %9s\n", "gold", "positive", "neutral", "negative");
        for (int g = 0; g < 4; g++)
            vc_buf_printf(out, "%-10s %9llu %8llu %9llu\n", CLASS[g], (unsigned long long)m->confusion[g][0],
                          (unsigned long long)m->confusion[g][1], (unsigned long long)m->confusion[g][2]);
        if (r->nlanguages)
            vc_buf_printf(out, "%-8s %5s %8s  %-11s  %-11s  %-11s\n", "language", "n", "accuracy", "pos P/R", "neu P/R",
                          "neg P/R");
        for (size_t l = 0; l < r->nlanguages; l++) {
            const uint64_t(*c)[3] = r->languages[l].confusion[k];
            uint64_t n = 0, ok = 0;
            for (int g = 0; g < 3; g++)
                for (int p = 0; p < 3; p++)
                    n += c[g][p], ok += g == p ? c[g][p] : 0;
            vc_buf_printf(out, "%-8s %5llu %8.3f", r->languages[l].code, (unsigned long long)n, ratio(ok, n));
            for (int cl = 0; cl < 3; cl++) {
                uint64_t pred = c[0][cl] + c[1][cl] + c[2][cl], gold = c[cl][0] + c[cl][1] + c[cl][2];
                vc_buf_printf(out, "  %.3f/%.3f", ratio(c[cl][cl], pred), ratio(c[cl][cl], gold));
            }
            vc_buf_append_char(out, '\n');
        }
    }
    return vc_buf_status(out);
}
