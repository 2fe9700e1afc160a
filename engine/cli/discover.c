/*
 * discover.c - `vocal discover [OPTIONS] FILE...`: the words and phrases
 * unusually frequent among detractors (or in the latest period, or in one
 * segment) that no theme covers, with counts, keyness, NPS, examples and a
 * lexicon fragment to paste (the engine is lab/discover.c).
 *
 * Output formats: text (default, for reading), csv and json (for pipelines),
 * md (for a wiki page). The suggested fragment is native lexicon text: one
 * [discovered/candidate_N] theme per group of co-occurring terms, each entry
 * the term as a phrase, with its figures as comments, ready to edit and to
 * check with `vocal lexicon diff`.
 */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "vocal/discover.h"
#include "vocal/stopwords.h"

static const char DISCOVER_USAGE[] =
    "usage: vocal discover [OPTIONS] FILE...\n"
    "\n"
    "Find what the lexicon misses: word n-grams unusually frequent in one group of\n"
    "comments against another (log-likelihood G2 and log ratio over comment counts,\n"
    "corrected for the number of terms tested), marked covered when a theme entry\n"
    "matches over them; the uncovered ones are listed with counts per group, the NPS\n"
    "of the comments using them, examples, and a suggested lexicon fragment.\n"
    "FILE may be gzip or plain CSV, TSV or JSONL; it is read two or three times, so\n"
    "standard input is not accepted.\n"
    "\n"
    "Groups:\n"
    "  --compare WHAT        score (default): detractors against promoters (CSAT/CES:\n"
    "                        low against high); period:LATEST: the latest period of\n"
    "                        --period against the others; period:LABEL: that period\n"
    "                        (e.g. period:2026-11); COL=VALUE: rows where COL is VALUE\n"
    "                        against the rest\n"
    "  --period COL[:UNIT]   the date column for period:, UNIT day, week, month (default)\n"
    "                        or quarter\n"
    "  --date-order ORDER    mdy or dmy for dates like 05/06/2026\n"
    "Terms:\n"
    "  --ngrams N            longest term in words, 1 to 5 (default 3)\n"
    "  --min-count N         target comments a term needs (default 5)\n"
    "  --alpha A             significance level (default 0.05)\n"
    "  --correction C        bh (Benjamini-Hochberg, default), bonferroni or none\n"
    "  --stop-words FILE     stop words, one per line (default: the built-in English list)\n"
    "  --no-stop-words       no stop words\n"
    "  --all                 list covered terms too (default: uncovered only)\n"
    "  --no-collapse         keep n-grams that are part of a stronger longer or shorter\n"
    "                        one (by default \"code scanner\" folds into \"qr code scanner\")\n"
    "  --top N               terms listed (default 30)\n"
    "  --rank BY             g2 (default: strength of evidence) or log-ratio (effect size:\n"
    "                        terms nearly exclusive to the target first)\n"
    "  --examples N          example comments per term (default 3)\n"
    "  --memory SIZE         memory for n-gram counts, e.g. 64M or 1G (default 128M);\n"
    "                        beyond it rare terms are counted approximately first and\n"
    "                        the candidates exactly in a second pass\n"
    "Input and analysis:\n"
    "  --text COL, --score COL, --scale S, --format FMT, --themes FILE, --threads N,\n"
    "  --rejects FILE        as for `vocal scan`\n"
    "Output:\n"
    "  -o, --output FILE     the list (default: stdout)\n"
    "  --output-format F     text (default), csv, json or md\n"
    "  --suggest FILE        also write the suggested lexicon fragment to FILE\n"
    "  -q, --quiet           no notes on stderr\n"
    "  -h, --help            this help\n";

enum {
    OPT_TEXT = 256, OPT_SCORE, OPT_SCALE, OPT_FORMAT, OPT_THEMES, OPT_THREADS, OPT_REJECTS, OPT_COMPARE,
    OPT_PERIOD, OPT_DATE_ORDER, OPT_NGRAMS, OPT_MINCOUNT, OPT_ALPHA, OPT_CORRECTION, OPT_STOP, OPT_NOSTOP,
    OPT_ALL, OPT_TOP, OPT_EXAMPLES, OPT_MEMORY, OPT_OFORMAT, OPT_SUGGEST, OPT_RANK, OPT_NOCOLLAPSE
};

/* ---- formatting --------------------------------------------------------------- */

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

static vc_status csv_write(vc_buf *b, const vc_discovery *d, vc_scale scale)
{
    const char *sn = vc_scale_name(scale);
    vc_status st = vc_buf_printf(b,
                                 "rank,term,words,target,reference,target_pct,reference_pct,g2,log_ratio,p,comments,"
                                 "%s,%s_impact,covered_pct,covered_by,candidate,example\n",
                                 sn, sn);
    for (size_t i = 0; i < d->terms.n && !st; i++) {
        const vc_term *t = &d->terms.v[i];
        char tp[32], rp[32], g2[32], lr[32], hd[32], im[32], cv[32];
        num(tp, sizeof tp, pct(t->target, d->target_comments), 2);
        num(rp, sizeof rp, pct(t->reference, d->reference_comments), 2);
        num(g2, sizeof g2, t->k.g2, 2);
        num(lr, sizeof lr, t->k.log_ratio, 3);
        num(hd, sizeof hd, vc_headline(scale, &t->cell), 1);
        num(im, sizeof im, vc_impact(scale, &d->all, &t->cell), 1);
        num(cv, sizeof cv, pct(t->covered, t->cell.comments), 1);
        st = vc_buf_printf(b, "%zu,", i + 1);
        if (!st)
            st = vc_buf_csv_field(b, t->text, strlen(t->text), 1);
        if (!st)
            st = vc_buf_printf(b, ",%u,%llu,%llu,%s,%s,%s,%s,%.3g,%llu,%s,%s,%s,", t->words,
                               (unsigned long long)t->target, (unsigned long long)t->reference, tp, rp, g2, lr, t->k.p,
                               (unsigned long long)t->cell.comments, hd, im, cv);
        if (!st && t->covered_by)
            st = vc_buf_csv_field(b, t->covered_by, strlen(t->covered_by), 1);
        if (!st)
            st = t->candidate ? vc_buf_printf(b, ",%u,", t->candidate) : vc_buf_append_str(b, ",,");
        if (!st && t->nexamples)
            st = vc_buf_csv_field(b, t->examples[0], strlen(t->examples[0]), 1);
        if (!st)
            st = vc_buf_append_char(b, '\n');
    }
    return st;
}

static vc_status json_str(vc_buf *b, const char *s)
{
    return s ? vc_buf_json_string(b, s, strlen(s)) : vc_buf_append_str(b, "null");
}

static vc_status json_num(vc_buf *b, double v, int decimals)
{
    char s[48];
    num(s, sizeof s, v, decimals);
    return vc_buf_append_str(b, s[0] ? s : "null");
}

/* The suggested lexicon fragment. */
static vc_status suggest_write(vc_buf *b, const vc_discovery *d)
{
    vc_status st = vc_buf_printf(b,
                                 "# Suggested by vocal discover: terms unusually frequent among %s (%llu comments)\n"
                                 "# against %s (%llu) that no theme covers, grouped by how often they occur\n"
                                 "# together. Rename the themes, keep the entries that mean something, and check\n"
                                 "# the effect with: vocal lexicon diff OLD.lex NEW.lex FILE...\n",
                                 d->target_label, (unsigned long long)d->target_comments, d->reference_label,
                                 (unsigned long long)d->reference_comments);
    if (!st && !d->candidates)
        st = vc_buf_append_str(b, "# (nothing to suggest: no uncovered term was significant)\n");
    for (unsigned k = 1; k <= d->candidates && !st; k++) {
        st = vc_buf_printf(b, "\n[discovered/candidate_%u]\n", k);
        for (size_t i = 0; i < d->terms.n && !st; i++) {
            const vc_term *t = &d->terms.v[i];
            if (t->candidate != k)
                continue;
            char g2[32];
            num(g2, sizeof g2, t->k.g2, 1);
            st = vc_buf_printf(b, "# in %llu comments of %s and %llu of %s; G2 %s\n%s\n", (unsigned long long)t->target,
                               d->target_label, (unsigned long long)t->reference, d->reference_label, g2, t->text);
        }
    }
    return st;
}

static vc_status json_write(vc_buf *b, const vc_discovery *d, const vc_discover_options *o)
{
    const char *sn = vc_scale_name(o->scan.scale);
    vc_status st = vc_buf_append_str(b, "{\n  \"target\": {\"label\": ");
    if (!st)
        st = json_str(b, d->target_label);
    if (!st)
        st = vc_buf_printf(b, ", \"comments\": %llu},\n  \"reference\": {\"label\": ",
                           (unsigned long long)d->target_comments);
    if (!st)
        st = json_str(b, d->reference_label);
    if (!st)
        st = vc_buf_printf(b,
                           ", \"comments\": %llu},\n  \"settings\": {\"ngrams\": %u, \"min_count\": %llu, "
                           "\"alpha\": %g, \"correction\": \"%s\", \"uncovered_only\": %s},\n"
                           "  \"tested\": %llu,\n  \"significant\": %llu,\n  \"significant_uncovered\": %llu,\n"
                           "  \"p_cutoff\": ",
                           (unsigned long long)d->reference_comments, o->max_words,
                           (unsigned long long)o->min_count, o->alpha, vc_correction_name(o->correction),
                           o->include_covered ? "false" : "true", (unsigned long long)d->tested,
                           (unsigned long long)d->significant, (unsigned long long)d->significant_uncovered);
    if (!st)
        st = d->p_cutoff < 0 ? vc_buf_append_str(b, "null") : vc_buf_printf(b, "%.6g", d->p_cutoff);
    if (!st)
        st = vc_buf_printf(b, ",\n  \"exact_above\": %llu,\n  \"passes\": %d,\n  \"terms\": [",
                           (unsigned long long)d->exact_above, d->passes);
    for (size_t i = 0; i < d->terms.n && !st; i++) {
        const vc_term *t = &d->terms.v[i];
        st = vc_buf_printf(b, "%s\n    {\"rank\": %zu, \"term\": ", i ? "," : "", i + 1);
        if (!st)
            st = json_str(b, t->text);
        if (!st)
            st = vc_buf_printf(b, ", \"words\": %u, \"target\": %llu, \"reference\": %llu, \"target_pct\": ", t->words,
                               (unsigned long long)t->target, (unsigned long long)t->reference);
        if (!st)
            st = json_num(b, pct(t->target, d->target_comments), 2);
        if (!st)
            st = vc_buf_append_str(b, ", \"reference_pct\": ");
        if (!st)
            st = json_num(b, pct(t->reference, d->reference_comments), 2);
        if (!st)
            st = vc_buf_append_str(b, ", \"g2\": ");
        if (!st)
            st = json_num(b, t->k.g2, 2);
        if (!st)
            st = vc_buf_append_str(b, ", \"log_ratio\": ");
        if (!st)
            st = json_num(b, t->k.log_ratio, 3);
        if (!st)
            st = vc_buf_printf(b, ", \"p\": %.3g, \"comments\": %llu, \"%s\": ", t->k.p,
                               (unsigned long long)t->cell.comments, sn);
        if (!st)
            st = json_num(b, vc_headline(o->scan.scale, &t->cell), 1);
        if (!st)
            st = vc_buf_printf(b, ", \"%s_impact\": ", sn);
        if (!st)
            st = json_num(b, vc_impact(o->scan.scale, &d->all, &t->cell), 1);
        if (!st)
            st = vc_buf_append_str(b, ", \"covered_pct\": ");
        if (!st)
            st = json_num(b, pct(t->covered, t->cell.comments), 1);
        if (!st)
            st = vc_buf_append_str(b, ", \"covered_by\": ");
        if (!st)
            st = json_str(b, t->covered_by);
        if (!st)
            st = t->candidate ? vc_buf_printf(b, ", \"candidate\": %u", t->candidate)
                              : vc_buf_append_str(b, ", \"candidate\": null");
        if (!st)
            st = vc_buf_append_str(b, ", \"examples\": [");
        for (size_t k = 0; k < t->nexamples && !st; k++) {
            if (k)
                st = vc_buf_append_str(b, ", ");
            if (!st)
                st = json_str(b, t->examples[k]);
        }
        if (!st)
            st = vc_buf_append_str(b, "]}");
    }
    if (!st)
        st = vc_buf_append_str(b, "\n  ],\n  \"suggestion\": ");
    vc_buf frag = VC_BUF_INIT;
    if (!st)
        st = suggest_write(&frag, d);
    if (!st)
        st = vc_buf_json_string(b, frag.data, frag.len);
    vc_buf_free(&frag);
    if (!st)
        st = vc_buf_append_str(b, "\n}\n");
    return st;
}

static vc_status summary_line(vc_buf *b, const vc_discovery *d, const vc_discover_options *o, const char *pre)
{
    char cut[48] = "none";
    if (d->p_cutoff >= 0)
        snprintf(cut, sizeof cut, "%.3g", d->p_cutoff);
    vc_status st = vc_buf_printf(
        b,
        "%s%s (%llu comments) against %s (%llu comments). %llu terms occur in at least %llu comments of %s; %llu are "
        "significantly more frequent there (%s, alpha %g, p <= %s), %llu of them not covered by a theme.\n",
        pre, d->target_label, (unsigned long long)d->target_comments, d->reference_label,
        (unsigned long long)d->reference_comments, (unsigned long long)d->tested, (unsigned long long)o->min_count,
        d->target_label,
        (unsigned long long)d->significant,
        o->correction == VC_CORRECT_BH ? "Benjamini-Hochberg" : o->correction == VC_CORRECT_BONFERRONI ? "Bonferroni"
                                                                                                      : "uncorrected",
        o->alpha, cut, (unsigned long long)d->significant_uncovered);
    if (!st && d->exact_above)
        st = vc_buf_printf(b,
                           "%sThe n-gram counts outgrew --memory: every term in more than %llu comments of %s is "
                           "counted exactly; rarer ones may be missing.\n",
                           pre, (unsigned long long)d->exact_above, d->target_label);
    return st;
}

static vc_status text_write(vc_buf *b, const vc_discovery *d, const vc_discover_options *o, int markdown)
{
    vc_scale scale = o->scan.scale;
    const char *SN[] = {"NPS", "CSAT", "CES"};
    vc_status st = markdown ? vc_buf_append_str(b, "# What the lexicon misses\n\n") : VC_OK;
    if (!st)
        st = summary_line(b, d, o, "");
    if (!st && !d->terms.n)
        return vc_buf_printf(b, "\nNo %sterm to list.\n", o->include_covered ? "" : "uncovered ");
    if (!st && markdown)
        st = vc_buf_printf(b,
                           "\n| # | term | %s | %s | G2 | log2 ratio | %s | covered | candidate |\n"
                           "|---:|---|---:|---:|---:|---:|---:|---|---:|\n",
                           d->target_label, d->reference_label, SN[scale]);
    else if (!st)
        st = vc_buf_printf(b, "\n%4s  %-28s %16s %16s %9s %10s %7s  %s\n", "rank", "term", d->target_label,
                           d->reference_label, "G2", "log2 ratio", SN[scale], "covered by");
    for (size_t i = 0; i < d->terms.n && !st; i++) {
        const vc_term *t = &d->terms.v[i];
        char a[48], r[48], g2[32], lr[32], hd[32];
        snprintf(a, sizeof a, "%llu (%.1f%%)", (unsigned long long)t->target, pct(t->target, d->target_comments));
        snprintf(r, sizeof r, "%llu (%.1f%%)", (unsigned long long)t->reference,
                 pct(t->reference, d->reference_comments));
        num(g2, sizeof g2, t->k.g2, 1);
        num(lr, sizeof lr, t->k.log_ratio, 2);
        num(hd, sizeof hd, vc_headline(scale, &t->cell), 1);
        const char *cov = vc_term_is_covered(t) ? (t->covered_by ? t->covered_by : "yes") : "-";
        if (markdown) {
            st = vc_buf_printf(b, "| %zu | %s | %s | %s | %s | %s | %s | %s | ", i + 1, t->text, a, r, g2, lr, hd,
                               cov);
            if (!st)
                st = t->candidate ? vc_buf_printf(b, "%u |\n", t->candidate) : vc_buf_append_str(b, " |\n");
        } else {
            st = vc_buf_printf(b, "%4zu  %-28s %16s %16s %9s %10s %7s  %s\n", i + 1, t->text, a, r, g2, lr, hd, cov);
        }
    }
    if (!st && markdown)
        st = vc_buf_append_str(b, "\n## Examples\n");
    for (size_t i = 0; i < d->terms.n && !st; i++) {
        const vc_term *t = &d->terms.v[i];
        if (!t->nexamples)
            continue;
        st = markdown ? vc_buf_printf(b, "\n**%s**\n\n", t->text) : vc_buf_printf(b, "\n%s:\n", t->text);
        for (size_t k = 0; k < t->nexamples && !st; k++)
            st = vc_buf_printf(b, markdown ? "- %s\n" : "  - %s\n", t->examples[k]);
    }
    if (!st)
        st = vc_buf_append_str(b, markdown ? "\n## Suggested lexicon fragment\n\n```\n" : "\nSuggested lexicon fragment:\n\n");
    if (!st)
        st = suggest_write(b, d);
    if (!st && markdown)
        st = vc_buf_append_str(b, "```\n");
    return st;
}

/* ---- the command ---------------------------------------------------------------- */

static int parse_memory(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    double mul = 1;
    if (*end == 'K' || *end == 'k')
        mul = 1024.0, end++;
    else if (*end == 'M' || *end == 'm')
        mul = 1024.0 * 1024, end++;
    else if (*end == 'G' || *end == 'g')
        mul = 1024.0 * 1024 * 1024, end++;
    if (*end == 'B' || *end == 'b' || (*end == 'i' && end[1] == 'B'))
        end += *end == 'i' ? 2 : 1;
    v *= mul;
    if (errno || end == s || *end || !(v >= 256.0 * 1024) || v > 1e15) {
        vc_cli_error("--memory: expected a size of at least 256K, such as 64M or 2G, got '%s'", s);
        return -1;
    }
    *out = (size_t)v;
    return 0;
}

int vc_cmd_discover(int argc, char **argv)
{
    static const struct option opts[] = {
        {"text", required_argument, 0, OPT_TEXT},
        {"score", required_argument, 0, OPT_SCORE},
        {"scale", required_argument, 0, OPT_SCALE},
        {"format", required_argument, 0, OPT_FORMAT},
        {"themes", required_argument, 0, OPT_THEMES},
        {"threads", required_argument, 0, OPT_THREADS},
        {"rejects", required_argument, 0, OPT_REJECTS},
        {"compare", required_argument, 0, OPT_COMPARE},
        {"period", required_argument, 0, OPT_PERIOD},
        {"date-order", required_argument, 0, OPT_DATE_ORDER},
        {"ngrams", required_argument, 0, OPT_NGRAMS},
        {"min-count", required_argument, 0, OPT_MINCOUNT},
        {"alpha", required_argument, 0, OPT_ALPHA},
        {"correction", required_argument, 0, OPT_CORRECTION},
        {"stop-words", required_argument, 0, OPT_STOP},
        {"no-stop-words", no_argument, 0, OPT_NOSTOP},
        {"all", no_argument, 0, OPT_ALL},
        {"top", required_argument, 0, OPT_TOP},
        {"rank", required_argument, 0, OPT_RANK},
        {"no-collapse", no_argument, 0, OPT_NOCOLLAPSE},
        {"examples", required_argument, 0, OPT_EXAMPLES},
        {"memory", required_argument, 0, OPT_MEMORY},
        {"output", required_argument, 0, 'o'},
        {"output-format", required_argument, 0, OPT_OFORMAT},
        {"suggest", required_argument, 0, OPT_SUGGEST},
        {"quiet", no_argument, 0, 'q'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    vc_discover_options o;
    vc_discover_defaults(&o);
    vc_cli_scan_defaults(&o.scan);
    const char *themes_path = NULL, *stop_path = NULL, *out_path = "-", *suggest_path = NULL;
    const char *rejects_path = NULL, *compare = NULL, *period_col = NULL;
    int no_stop = 0, quiet = 0, format = 0, c, rc = EXIT_USAGE; /* 0 text, 1 csv, 2 json, 3 md */
    size_t v;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:qh", opts, NULL)) != -1) {
        switch (c) {
        case OPT_TEXT: o.scan.text_col = optarg; break;
        case OPT_SCORE: o.scan.score_col = optarg; break;
        case OPT_SCALE:
            if (vc_scale_parse(optarg, &o.scan.scale)) {
                vc_cli_error("--scale: expected nps, csat or ces, got '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_FORMAT:
            if (vc_cli_set_format(&o.scan, optarg))
                return EXIT_USAGE;
            break;
        case OPT_THEMES: themes_path = optarg; break;
        case OPT_THREADS:
            if (vc_cli_set_threads(&o.scan, optarg))
                return EXIT_USAGE;
            break;
        case OPT_REJECTS: rejects_path = optarg; break;
        case OPT_COMPARE: compare = optarg; break;
        case OPT_PERIOD:
            if (vc_cli_parse_period("--period", optarg, &period_col, &o.scan.period_unit))
                return EXIT_USAGE;
            break;
        case OPT_DATE_ORDER:
            if (vc_cli_parse_date_order(optarg, &o.scan.date_order))
                return EXIT_USAGE;
            break;
        case OPT_NGRAMS:
            if (vc_cli_parse_count("--ngrams", optarg, 5, &v))
                return EXIT_USAGE;
            if (!v) {
                vc_cli_error("--ngrams: expected 1 to 5");
                return EXIT_USAGE;
            }
            o.max_words = (unsigned)v;
            break;
        case OPT_MINCOUNT:
            if (vc_cli_parse_count("--min-count", optarg, 1000000000, &v))
                return EXIT_USAGE;
            o.min_count = v ? v : 1;
            break;
        case OPT_ALPHA: {
            char *end;
            o.alpha = strtod(optarg, &end);
            if (end == optarg || *end || !(o.alpha > 0 && o.alpha < 1)) {
                vc_cli_error("--alpha: expected a number between 0 and 1, got '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        }
        case OPT_CORRECTION:
            if (vc_correction_parse(optarg, &o.correction)) {
                vc_cli_error("--correction: expected bh, bonferroni or none, got '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_RANK:
            if (strcmp(optarg, "g2") && strcmp(optarg, "log-ratio")) {
                vc_cli_error("--rank: expected g2 or log-ratio, got '%s'", optarg);
                return EXIT_USAGE;
            }
            o.rank_log_ratio = optarg[0] == 'l';
            break;
        case OPT_NOCOLLAPSE: o.no_collapse = 1; break;
        case OPT_STOP: stop_path = optarg; break;
        case OPT_NOSTOP: no_stop = 1; break;
        case OPT_ALL: o.include_covered = 1; break;
        case OPT_TOP:
            if (vc_cli_parse_count("--top", optarg, 100000, &o.top))
                return EXIT_USAGE;
            if (!o.top) {
                vc_cli_error("--top: expected at least 1");
                return EXIT_USAGE;
            }
            break;
        case OPT_EXAMPLES:
            if (vc_cli_parse_count("--examples", optarg, 100, &o.examples))
                return EXIT_USAGE;
            break;
        case OPT_MEMORY:
            if (parse_memory(optarg, &o.memory_bytes))
                return EXIT_USAGE;
            break;
        case 'o': out_path = optarg; break;
        case OPT_OFORMAT:
            if (!strcmp(optarg, "text"))
                format = 0;
            else if (!strcmp(optarg, "csv"))
                format = 1;
            else if (!strcmp(optarg, "json"))
                format = 2;
            else if (!strcmp(optarg, "md") || !strcmp(optarg, "markdown"))
                format = 3;
            else {
                vc_cli_error("--output-format: expected text, csv, json or md, got '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_SUGGEST: suggest_path = optarg; break;
        case 'q': quiet = 1; break;
        case 'h': fputs(DISCOVER_USAGE, stdout); return EXIT_OK;
        case ':':
            vc_cli_error("option '%s' needs a value; see `vocal discover --help`", argv[optind - 1]);
            return EXIT_USAGE;
        default: vc_cli_error("unknown option '%s'; see `vocal discover --help`", argv[optind - 1]); return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        vc_cli_error("discover: no input files; see `vocal discover --help`");
        return EXIT_USAGE;
    }
    if (stop_path && no_stop) {
        vc_cli_error("--stop-words and --no-stop-words contradict each other");
        return EXIT_USAGE;
    }
    if (compare && strcmp(compare, "score") != 0) {
        if (!strncmp(compare, "period:", 7)) {
            if (!period_col) {
                vc_cli_error("--compare %s needs --period COL (the date column)", compare);
                return EXIT_USAGE;
            }
            o.compare = VC_COMPARE_PERIOD;
            o.compare_col = period_col;
            o.compare_value = strcmp(compare + 7, "LATEST") ? compare + 7 : NULL;
            if (!compare[7]) {
                vc_cli_error("--compare: expected period:LATEST or period:LABEL, got '%s'", compare);
                return EXIT_USAGE;
            }
        } else {
            const char *eq = strchr(compare, '=');
            if (!eq || eq == compare) {
                vc_cli_error("--compare: expected score, period:LATEST, period:LABEL or COL=VALUE, got '%s'", compare);
                return EXIT_USAGE;
            }
            static char col[256];
            size_t n = (size_t)(eq - compare);
            if (n >= sizeof col) {
                vc_cli_error("--compare: column name too long");
                return EXIT_USAGE;
            }
            memcpy(col, compare, n);
            col[n] = 0;
            o.compare = VC_COMPARE_VALUE;
            o.compare_col = col;
            o.compare_value = eq + 1;
        }
    } else if (period_col) {
        vc_cli_error("--period is only used with --compare period:...; drop it or add --compare");
        return EXIT_USAGE;
    }
    o.scan.inputs = (const char *const *)(argv + optind);
    o.scan.ninputs = (size_t)(argc - optind);

    vc_stopwords stop = {0};
    vc_lexicon *lex = NULL;
    vc_discovery *d = NULL;
    vc_outfile rejects = {0};
    vc_buf out = VC_BUF_INIT, frag = VC_BUF_INIT;
    vc_error err;
    vc_error_clear(&err);
    if (!no_stop && vc_stopwords_load(stop_path, &stop, &err)) {
        if (stop_path)
            vc_cli_error("--stop-words: %s", err.msg);
        goto done;
    }
    o.stop_words = stop.v;
    o.nstop_words = stop.n;
    vc_status st = vc_cli_load_lexicon(themes_path, &lex, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        rc = st == VC_ERR_IO ? EXIT_USAGE : EXIT_FAIL;
        goto done;
    }
    o.scan.lex = lex;
    rc = EXIT_FAIL;
    if (rejects_path) {
        if (vc_out_open(&rejects, rejects_path))
            goto done;
        fputs("file,line,byte_offset,reason,record\n", rejects.fp);
        o.scan.rejects = rejects.fp;
    }
    vc_cli_install_signals();
    st = vc_discover_run(&o, &d, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        rc = st == VC_ERR_USAGE ? EXIT_USAGE : st == VC_ERR_INTERRUPTED ? EXIT_INTERRUPTED : EXIT_FAIL;
        goto done;
    }
    const vc_scan_stats *s = vc_scan_stats_get(d->scan);
    if (!quiet && s->rows_rejected)
        fprintf(stderr, "vocal: note: %llu of %llu rows rejected (malformed); they are not counted\n",
                (unsigned long long)s->rows_rejected, (unsigned long long)s->rows_read);
    if (!quiet && d->invalid_dates)
        fprintf(stderr, "vocal: note: %llu rows have no readable date in '%s'; they are in neither group\n",
                (unsigned long long)d->invalid_dates, o.compare_col);
    st = format == 1   ? csv_write(&out, d, o.scan.scale)
         : format == 2 ? json_write(&out, d, &o)
                       : text_write(&out, d, &o, format == 3);
    if (!st && suggest_path)
        st = suggest_write(&frag, d);
    if (st) {
        vc_cli_error("%s", vc_strerror(st));
        goto done;
    }
    if (vc_cli_write_output(out_path, &out) || (suggest_path && vc_cli_write_output(suggest_path, &frag)) ||
        (rejects_path && vc_out_commit(&rejects)))
        goto done;
    rc = EXIT_OK;
done:
    vc_out_abort(&rejects);
    vc_buf_free(&out);
    vc_buf_free(&frag);
    vc_discovery_free(d);
    vc_lexicon_free(lex);
    vc_stopwords_free(&stop);
    return rc;
}
