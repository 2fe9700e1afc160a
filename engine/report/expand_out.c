/*
 * expand_out.c - the outputs of `vocal lexicon expand` (lab_report.h) from
 * a vc_expansion: text that is itself lexicon text (a summary in comments,
 * then per theme a [theme] header and its suggested entries, each preceded
 * by its counts, G2, lift and an example as comments, so a block can be
 * pasted into the lexicon as it is: a repeated header adds to its theme),
 * CSV through the row sinks (one row per suggestion) and JSON (settings and
 * themes in one document). Undefined figures are empty in CSV and null in
 * JSON. The writers only read; each appends without a check per write and
 * returns the buffer's sticky status.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sink.h"
#include "vocal/lab_report.h"

static void fnum(char *dst, size_t cap, double v, int decimals)
{
    if (isnan(v) || isinf(v))
        snprintf(dst, cap, "%s", "");
    else
        snprintf(dst, cap, "%.*f", decimals, v + 0.0); /* + 0.0: never "-0.0" */
}

static double lift_of(const vc_expansion *x, const vc_expand_theme *th, const vc_term *t)
{
    return vc_expand_lift(t->target, th->comments, t->cell.comments, x->comments);
}

static const char *correction_label(vc_correction c)
{
    return c == VC_CORRECT_BH ? "Benjamini-Hochberg" : c == VC_CORRECT_BONFERRONI ? "Bonferroni" : "uncorrected";
}

/* A comment line: the example on one line, quoted. */
static void comment_example(vc_buf *b, const char *ex)
{
    vc_buf_append_str(b, "#   \"");
    for (const char *p = ex; *p; p++)
        vc_buf_append_char(b, *p == '\n' || *p == '\r' ? ' ' : *p);
    vc_buf_append_str(b, "\"\n");
}

static vc_status text_write(vc_buf *b, const vc_expansion *x, const vc_expand_options *o)
{
    char cut[48] = "none";
    if (x->p_cutoff >= 0)
        snprintf(cut, sizeof cut, "%.3g", x->p_cutoff);
    vc_buf_printf(b,
                  "# Suggested by vocal lexicon expand over %llu comments: per theme, terms no entry\n"
                  "# covers that occur in the theme's comments far more than chance. %llu (theme, term)\n"
                  "# pairs occur in at least %llu comments of their theme; %llu are significantly more\n"
                  "# frequent there (G2, %s, alpha %g, p <= %s).\n"
                  "# Lift: the term's rate in the theme over its rate overall. Keep the entries that\n"
                  "# mean the theme, paste a block under its header, and check the effect with:\n"
                  "# vocal lexicon diff OLD.lex NEW.lex FILE...\n",
                  (unsigned long long)x->comments, (unsigned long long)x->tested,
                  (unsigned long long)(o->min_count ? o->min_count : 1), (unsigned long long)x->significant,
                  correction_label(o->correction), o->alpha > 0 ? o->alpha : 0.05, cut);
    if (x->exact_above)
        vc_buf_printf(b,
                      "# The n-gram counts outgrew --memory: every term in more than %llu comments is counted\n"
                      "# exactly; rarer ones may be missing.\n",
                      (unsigned long long)x->exact_above);
    for (size_t i = 0; i < x->nthemes; i++) {
        const vc_expand_theme *th = &x->themes[i];
        vc_buf_printf(b, "\n[%s]\n# %llu comments match this theme; ", th->name, (unsigned long long)th->comments);
        if (!th->terms.n) {
            vc_buf_append_str(b, "nothing to suggest\n");
            continue;
        }
        vc_buf_printf(b, "%zu suggestion%s\n", th->terms.n, th->terms.n == 1 ? "" : "s");
        for (size_t k = 0; k < th->terms.n; k++) {
            const vc_term *t = &th->terms.v[k];
            char g2[32], lift[32];
            fnum(g2, sizeof g2, t->k.g2, 1);
            fnum(lift, sizeof lift, lift_of(x, th, t), 1);
            vc_buf_printf(b, "# in %llu of its comments and %llu overall; G2 %s, lift %s%s\n",
                          (unsigned long long)t->target, (unsigned long long)t->cell.comments, g2, lift,
                          t->sentiment ? " (a sentiment term)" : "");
            for (size_t e = 0; e < t->nexamples; e++)
                comment_example(b, t->examples[e]);
            vc_buf_printf(b, "%s\n", t->text);
        }
    }
    return vc_buf_status(b);
}

static vc_status csv_write(vc_buf *b, const vc_expansion *x, vc_lab_format fmt)
{
    const char *const cols[] = {"theme", "rank", "term", "words", "in_theme", "overall", "theme_comments",
                                "g2", "lift", "pmi", "p", "sentiment", "example", "entry"};
    static const int NUMERIC[] = {0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0};
    enum { NCOLS = sizeof NUMERIC / sizeof NUMERIC[0] };
    sink out;
    vc_sink_init(&out, fmt == VC_LAB_NDJSON ? VC_TABLE_NDJSON : VC_TABLE_CSV, b);
    out.begin(&out, cols, NCOLS);
    for (size_t i = 0; i < x->nthemes; i++) {
        const vc_expand_theme *th = &x->themes[i];
        for (size_t k = 0; k < th->terms.n; k++) {
            const vc_term *t = &th->terms.v[k];
            char rank[24], words[16], a[24], n[24], nt[24], g2[32], lift[32], pmi[32], p[32], sent[4];
            double l = lift_of(x, th, t);
            snprintf(rank, sizeof rank, "%zu", k + 1);
            snprintf(words, sizeof words, "%u", t->words);
            snprintf(a, sizeof a, "%llu", (unsigned long long)t->target);
            snprintf(n, sizeof n, "%llu", (unsigned long long)t->cell.comments);
            snprintf(nt, sizeof nt, "%llu", (unsigned long long)th->comments);
            fnum(g2, sizeof g2, t->k.g2, 2);
            fnum(lift, sizeof lift, l, 3);
            fnum(pmi, sizeof pmi, l > 0 ? log2(l) : NAN, 3);
            snprintf(p, sizeof p, "%.3g", t->k.p);
            snprintf(sent, sizeof sent, "%d", t->sentiment ? 1 : 0);
            const char *cells[] = {th->name, rank, t->text, words, a, n, nt, g2, lift, pmi, p, sent,
                                   t->nexamples ? t->examples[0] : "", t->text};
            out.row(&out, cells, NUMERIC, NCOLS);
        }
    }
    return out.end(&out);
}

static void json_num(vc_buf *b, double v, int decimals)
{
    char s[48];
    fnum(s, sizeof s, v, decimals);
    vc_buf_append_str(b, s[0] ? s : "null");
}

static vc_status json_write(vc_buf *b, const vc_expansion *x, const vc_expand_options *o)
{
    vc_buf_printf(b,
                  "{\n  \"comments\": %llu,\n  \"settings\": {\"ngrams\": %u, \"min_count\": %llu, \"alpha\": %g, "
                  "\"correction\": \"%s\", \"top\": %zu, \"sentiment_terms\": %s},\n"
                  "  \"tested\": %llu,\n  \"significant\": %llu,\n  \"p_cutoff\": ",
                  (unsigned long long)x->comments, o->max_words ? o->max_words : 3,
                  (unsigned long long)(o->min_count ? o->min_count : 1), o->alpha > 0 ? o->alpha : 0.05,
                  vc_correction_name(o->correction), o->top ? o->top : 10,
                  o->include_sentiment ? "true" : "false", (unsigned long long)x->tested,
                  (unsigned long long)x->significant);
    if (x->p_cutoff < 0)
        vc_buf_append_str(b, "null");
    else
        vc_buf_printf(b, "%.6g", x->p_cutoff);
    vc_buf_printf(b, ",\n  \"exact_above\": %llu,\n  \"passes\": %d,\n  \"themes\": [",
                  (unsigned long long)x->exact_above, x->passes);
    for (size_t i = 0; i < x->nthemes; i++) {
        const vc_expand_theme *th = &x->themes[i];
        vc_buf_append_str(b, i ? ",\n    {\"theme\": " : "\n    {\"theme\": ");
        vc_json_cstr(b, th->name);
        vc_buf_printf(b, ", \"comments\": %llu, \"suggestions\": [", (unsigned long long)th->comments);
        for (size_t k = 0; k < th->terms.n; k++) {
            const vc_term *t = &th->terms.v[k];
            double l = lift_of(x, th, t);
            vc_buf_printf(b, "%s\n      {\"rank\": %zu, \"term\": ", k ? "," : "", k + 1);
            vc_json_cstr(b, t->text);
            vc_buf_printf(b, ", \"words\": %u, \"in_theme\": %llu, \"overall\": %llu, \"g2\": ", t->words,
                          (unsigned long long)t->target, (unsigned long long)t->cell.comments);
            json_num(b, t->k.g2, 2);
            vc_buf_append_str(b, ", \"lift\": ");
            json_num(b, l, 3);
            vc_buf_append_str(b, ", \"pmi\": ");
            json_num(b, l > 0 ? log2(l) : NAN, 3);
            vc_buf_printf(b, ", \"p\": %.3g, \"sentiment\": %s, \"examples\": [", t->k.p,
                          t->sentiment ? "true" : "false");
            for (size_t e = 0; e < t->nexamples; e++) {
                if (e)
                    vc_buf_append_str(b, ", ");
                vc_json_cstr(b, t->examples[e]);
            }
            vc_buf_append_str(b, "], \"entry\": ");
            vc_json_cstr(b, t->text);
            vc_buf_append_str(b, "}");
        }
        vc_buf_append_str(b, th->terms.n ? "\n    ]}" : "]}");
    }
    vc_buf_append_str(b, "\n  ]\n}\n");
    return vc_buf_status(b);
}

vc_status vc_expansion_write(const vc_expansion *x, const vc_expand_options *o, vc_lab_format fmt, vc_buf *out)
{
    return fmt == VC_LAB_CSV || fmt == VC_LAB_NDJSON ? csv_write(out, x, fmt) : fmt == VC_LAB_JSON ? json_write(out, x, o) : text_write(out, x, o);
}
