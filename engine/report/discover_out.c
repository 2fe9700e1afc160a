/*
 * discover_out.c - the outputs of `vocal discover` (lab_report.h) from a
 * vc_discovery: the ranked terms as text (for reading), CSV and JSON (for
 * pipelines) or Markdown (for a wiki page), with the summary line, the
 * examples, and the suggested lexicon fragment: native lexicon text, one
 * [discovered/candidate_N] theme per group of co-occurring terms, each entry
 * the term as a phrase with its figures as comments, ready to edit and to
 * check with `vocal lexicon diff`. Undefined figures are empty in CSV and
 * text and null in JSON; none is ever "-0.0". The writers only read.
 *
 * The CSV is a plain table and goes through the row sinks (sink.h); the
 * JSON (settings and terms in one document) is written by hand with the
 * shared string encoding. Every writer appends without a check per write
 * and returns the buffer's sticky status.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sink.h"
#include "vocal/lab_report.h"

static double pct(uint64_t x, uint64_t n)
{
    return n ? 100.0 * (double)x / (double)n : NAN;
}

static void num(char *dst, size_t cap, double v, int decimals)
{
    if (isnan(v))
        snprintf(dst, cap, "%s", "");
    else
        snprintf(dst, cap, "%.*f", decimals, v + 0.0); /* + 0.0: never "-0.0" */
}

static vc_status csv_write(vc_buf *b, const vc_discovery *d, vc_scale scale, vc_lab_format fmt)
{
    const char *sn = vc_scale_name(scale);
    char head[24], impact[32];
    snprintf(head, sizeof head, "%s", sn);
    snprintf(impact, sizeof impact, "%s_impact", sn);
    const char *const cols[] = {"rank", "term", "words", "target", "reference", "target_pct", "reference_pct", "g2",
                                "log_ratio", "p", "comments", head, impact, "covered_pct", "covered_by",
                                "candidate", "example", "section"};
    static const int NUMERIC[] = {1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0};
    enum { NCOLS = sizeof NUMERIC / sizeof NUMERIC[0] };
    sink out;
    vc_sink_init(&out, fmt == VC_LAB_NDJSON ? VC_TABLE_NDJSON : VC_TABLE_CSV, b);
    out.begin(&out, cols, NCOLS);
    const vc_term_list *lists[2] = {&d->terms, &d->sentiment_terms};
    for (int li = 0; li < 2; li++)
        for (size_t i = 0; i < lists[li]->n; i++) {
            const vc_term *t = &lists[li]->v[i];
            char rank[24], words[16], tn[24], rn[24], tp[32], rp[32], g2[32], lr[32], p[32], n[24], hd[32], im[32],
                cv[32], cand[16] = "";
            snprintf(rank, sizeof rank, "%zu", i + 1);
            snprintf(words, sizeof words, "%u", t->words);
            snprintf(tn, sizeof tn, "%llu", (unsigned long long)t->target);
            snprintf(rn, sizeof rn, "%llu", (unsigned long long)t->reference);
            num(tp, sizeof tp, pct(t->target, d->target_comments), 2);
            num(rp, sizeof rp, pct(t->reference, d->reference_comments), 2);
            num(g2, sizeof g2, t->k.g2, 2);
            num(lr, sizeof lr, t->k.log_ratio, 3);
            snprintf(p, sizeof p, "%.3g", t->k.p);
            snprintf(n, sizeof n, "%llu", (unsigned long long)t->cell.comments);
            num(hd, sizeof hd, vc_headline(scale, &t->cell), 1);
            num(im, sizeof im, vc_impact(scale, &d->all, &t->cell), 1);
            num(cv, sizeof cv, pct(t->covered, t->cell.comments), 1);
            if (t->candidate)
                snprintf(cand, sizeof cand, "%u", t->candidate);
            const char *cells[] = {rank, t->text, words, tn, rn, tp, rp, g2, lr, p, n, hd, im, cv,
                                   t->covered_by ? t->covered_by : "", cand, t->nexamples ? t->examples[0] : "",
                                   li ? "sentiment" : "topic"};
            out.row(&out, cells, NUMERIC, NCOLS);
        }
    return out.end(&out);
}

static void json_num(vc_buf *b, double v, int decimals)
{
    char s[48];
    num(s, sizeof s, v, decimals);
    vc_buf_append_str(b, s[0] ? s : "null");
}

vc_status vc_discovery_suggest(const vc_discovery *d, vc_buf *b)
{
    vc_buf_printf(b,
                  "# Suggested by vocal discover: terms unusually frequent among %s (%llu comments)\n"
                  "# against %s (%llu) that no theme covers, grouped by how often they occur\n"
                  "# together. Rename the themes, keep the entries that mean something, and check\n"
                  "# the effect with: vocal lexicon diff OLD.lex NEW.lex FILE...\n",
                  d->target_label, (unsigned long long)d->target_comments, d->reference_label,
                  (unsigned long long)d->reference_comments);
    if (!d->candidates)
        vc_buf_append_str(b, "# (nothing to suggest: no uncovered term was significant)\n");
    for (unsigned k = 1; k <= d->candidates; k++) {
        vc_buf_printf(b, "\n[discovered/candidate_%u]\n", k);
        for (size_t i = 0; i < d->terms.n; i++) {
            const vc_term *t = &d->terms.v[i];
            if (t->candidate != k)
                continue;
            char g2[32];
            num(g2, sizeof g2, t->k.g2, 1);
            vc_buf_printf(b, "# in %llu comments of %s and %llu of %s; G2 %s\n%s\n", (unsigned long long)t->target,
                          d->target_label, (unsigned long long)t->reference, d->reference_label, g2, t->text);
        }
    }
    return vc_buf_status(b);
}

static void json_terms(vc_buf *b, const vc_term_list *l, const vc_discovery *d, const vc_discover_options *o)
{
    const char *sn = vc_scale_name(o->scan.scale);
    for (size_t i = 0; i < l->n; i++) {
        const vc_term *t = &l->v[i];
        vc_buf_printf(b, "%s\n    {\"rank\": %zu, \"term\": ", i ? "," : "", i + 1);
        vc_json_cstr(b, t->text);
        vc_buf_printf(b, ", \"words\": %u, \"target\": %llu, \"reference\": %llu, \"target_pct\": ", t->words,
                      (unsigned long long)t->target, (unsigned long long)t->reference);
        json_num(b, pct(t->target, d->target_comments), 2);
        vc_buf_append_str(b, ", \"reference_pct\": ");
        json_num(b, pct(t->reference, d->reference_comments), 2);
        vc_buf_append_str(b, ", \"g2\": ");
        json_num(b, t->k.g2, 2);
        vc_buf_append_str(b, ", \"log_ratio\": ");
        json_num(b, t->k.log_ratio, 3);
        vc_buf_printf(b, ", \"p\": %.3g, \"comments\": %llu, \"%s\": ", t->k.p, (unsigned long long)t->cell.comments,
                      sn);
        json_num(b, vc_headline(o->scan.scale, &t->cell), 1);
        vc_buf_printf(b, ", \"%s_impact\": ", sn);
        json_num(b, vc_impact(o->scan.scale, &d->all, &t->cell), 1);
        vc_buf_append_str(b, ", \"covered_pct\": ");
        json_num(b, pct(t->covered, t->cell.comments), 1);
        vc_buf_append_str(b, ", \"covered_by\": ");
        vc_json_cstr(b, t->covered_by);
        if (t->candidate)
            vc_buf_printf(b, ", \"candidate\": %u", t->candidate);
        else
            vc_buf_append_str(b, ", \"candidate\": null");
        vc_buf_append_str(b, ", \"examples\": [");
        for (size_t k = 0; k < t->nexamples; k++) {
            if (k)
                vc_buf_append_str(b, ", ");
            vc_json_cstr(b, t->examples[k]);
        }
        vc_buf_append_str(b, "]}");
    }
}

static vc_status json_write(vc_buf *b, const vc_discovery *d, const vc_discover_options *o)
{
    vc_buf_append_str(b, "{\n  \"target\": {\"label\": ");
    vc_json_cstr(b, d->target_label);
    vc_buf_printf(b, ", \"comments\": %llu},\n  \"reference\": {\"label\": ", (unsigned long long)d->target_comments);
    vc_json_cstr(b, d->reference_label);
    vc_buf_printf(b,
                  ", \"comments\": %llu},\n  \"settings\": {\"ngrams\": %u, \"min_count\": %llu, "
                  "\"alpha\": %g, \"correction\": \"%s\", \"uncovered_only\": %s},\n"
                  "  \"tested\": %llu,\n  \"significant\": %llu,\n  \"significant_uncovered\": %llu,\n"
                  "  \"p_cutoff\": ",
                  (unsigned long long)d->reference_comments, o->max_words, (unsigned long long)o->min_count,
                  o->alpha, vc_correction_name(o->correction), o->include_covered ? "false" : "true",
                  (unsigned long long)d->tested, (unsigned long long)d->significant,
                  (unsigned long long)d->significant_uncovered);
    if (d->p_cutoff < 0)
        vc_buf_append_str(b, "null");
    else
        vc_buf_printf(b, "%.6g", d->p_cutoff);
    vc_buf_printf(b, ",\n  \"exact_above\": %llu,\n  \"passes\": %d,\n  \"terms\": [",
                  (unsigned long long)d->exact_above, d->passes);
    json_terms(b, &d->terms, d, o);
    vc_buf_printf(b, "\n  ],\n  \"significant_sentiment\": %llu,\n  \"sentiment_terms\": [",
                  (unsigned long long)d->significant_sentiment);
    json_terms(b, &d->sentiment_terms, d, o);
    vc_buf_append_str(b, "\n  ],\n  \"suggestion\": ");
    vc_buf frag = VC_BUF_INIT;
    vc_status st = vc_discovery_suggest(d, &frag);
    if (!st)
        vc_buf_json_string(b, frag.data, frag.len);
    vc_buf_free(&frag);
    vc_buf_append_str(b, "\n}\n");
    return st ? st : vc_buf_status(b);
}

static void summary_line(vc_buf *b, const vc_discovery *d, const vc_discover_options *o, const char *pre)
{
    char cut[48] = "none";
    if (d->p_cutoff >= 0)
        snprintf(cut, sizeof cut, "%.3g", d->p_cutoff);
    vc_buf_printf(
        b,
        "%s%s (%llu comments) against %s (%llu comments). %llu terms occur in at least %llu comments of %s; %llu are "
        "significantly more frequent there (%s, alpha %g, p <= %s), %llu of them not covered by a theme.\n",
        pre, d->target_label, (unsigned long long)d->target_comments, d->reference_label,
        (unsigned long long)d->reference_comments, (unsigned long long)d->tested, (unsigned long long)o->min_count,
        d->target_label, (unsigned long long)d->significant,
        o->correction == VC_CORRECT_BH           ? "Benjamini-Hochberg"
        : o->correction == VC_CORRECT_BONFERRONI ? "Bonferroni"
                                                 : "uncorrected",
        o->alpha, cut, (unsigned long long)d->significant_uncovered);
    if (d->significant_sentiment)
        vc_buf_printf(b,
                      "%sSentiment terms among them: %llu (only words VADER reads for sentiment, and stop "
                      "words): how people feel, not what they talk about; listed apart.\n",
                      pre, (unsigned long long)d->significant_sentiment);
    if (d->exact_above)
        vc_buf_printf(b,
                      "%sThe n-gram counts outgrew --memory: every term in more than %llu comments of %s is "
                      "counted exactly; rarer ones may be missing.\n",
                      pre, (unsigned long long)d->exact_above, d->target_label);
}

/* One section's table and its examples. */
static void text_terms(vc_buf *b, const vc_term_list *l, const vc_discovery *d, vc_scale scale, int markdown)
{
    const char *SN[] = {"NPS", "CSAT", "CES"};
    if (markdown)
        vc_buf_printf(b,
                      "\n| # | term | %s | %s | G2 | log2 ratio | %s | covered | candidate |\n"
                      "|---:|---|---:|---:|---:|---:|---:|---|---:|\n",
                      d->target_label, d->reference_label, SN[scale]);
    else
        vc_buf_printf(b, "\n%4s  %-28s %16s %16s %9s %10s %7s  %s\n", "rank", "term", d->target_label,
                      d->reference_label, "G2", "log2 ratio", SN[scale], "covered by");
    for (size_t i = 0; i < l->n; i++) {
        const vc_term *t = &l->v[i];
        char a[48], r[48], g2[32], lr[32], hd[32];
        snprintf(a, sizeof a, "%llu (%.1f%%)", (unsigned long long)t->target, pct(t->target, d->target_comments));
        snprintf(r, sizeof r, "%llu (%.1f%%)", (unsigned long long)t->reference,
                 pct(t->reference, d->reference_comments));
        num(g2, sizeof g2, t->k.g2, 1);
        num(lr, sizeof lr, t->k.log_ratio, 2);
        num(hd, sizeof hd, vc_headline(scale, &t->cell), 1);
        const char *cov = vc_term_is_covered(t) ? (t->covered_by ? t->covered_by : "yes") : "-";
        if (markdown) {
            vc_buf_printf(b, "| %zu | %s | %s | %s | %s | %s | %s | %s | ", i + 1, t->text, a, r, g2, lr, hd, cov);
            if (t->candidate)
                vc_buf_printf(b, "%u |\n", t->candidate);
            else
                vc_buf_append_str(b, " |\n");
        } else {
            vc_buf_printf(b, "%4zu  %-28s %16s %16s %9s %10s %7s  %s\n", i + 1, t->text, a, r, g2, lr, hd, cov);
        }
    }
    if (markdown)
        vc_buf_append_str(b, "\n### Examples\n");
    for (size_t i = 0; i < l->n; i++) {
        const vc_term *t = &l->v[i];
        if (!t->nexamples)
            continue;
        if (markdown)
            vc_buf_printf(b, "\n**%s**\n\n", t->text);
        else
            vc_buf_printf(b, "\n%s:\n", t->text);
        for (size_t k = 0; k < t->nexamples; k++)
            vc_buf_printf(b, markdown ? "- %s\n" : "  - %s\n", t->examples[k]);
    }
}

static vc_status text_write(vc_buf *b, const vc_discovery *d, const vc_discover_options *o, int markdown)
{
    if (markdown)
        vc_buf_append_str(b, "# What the lexicon misses\n\n");
    summary_line(b, d, o, "");
    if (!d->terms.n && !d->sentiment_terms.n) {
        vc_buf_printf(b, "\nNo %sterm to list.\n", o->include_covered ? "" : "uncovered ");
        return vc_buf_status(b);
    }
    if (markdown)
        vc_buf_append_str(b, "\n## Topics\n");
    if (d->terms.n)
        text_terms(b, &d->terms, d, o->scan.scale, markdown);
    else
        vc_buf_printf(b, "\nNo %stopic to list.\n", o->include_covered ? "" : "uncovered ");
    if (d->sentiment_terms.n) {
        vc_buf_append_str(b, markdown ? "\n## Sentiment terms\n" : "\nSentiment terms (how people feel, not what they talk about):\n");
        text_terms(b, &d->sentiment_terms, d, o->scan.scale, markdown);
    }
    vc_buf_append_str(b, markdown ? "\n## Suggested lexicon fragment\n\n```\n" : "\nSuggested lexicon fragment:\n\n");
    vc_discovery_suggest(d, b);
    if (markdown)
        vc_buf_append_str(b, "```\n");
    return vc_buf_status(b);
}

vc_status vc_discovery_write(const vc_discovery *d, const vc_discover_options *o, vc_lab_format fmt, vc_buf *out)
{
    return fmt == VC_LAB_CSV || fmt == VC_LAB_NDJSON ? csv_write(out, d, o->scan.scale, fmt)
           : fmt == VC_LAB_JSON ? json_write(out, d, o)
                                : text_write(out, d, o, fmt == VC_LAB_MARKDOWN);
}
