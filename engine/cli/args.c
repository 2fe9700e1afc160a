/*
 * args.c - the flag values every command shares, turned into options and
 * loaded objects: whole numbers with their limits, --period, --date-order,
 * --compare, --output-format of the lexicon reports, and the theme and
 * sentiment lexicons named by --themes (a file or builtin:NAME), --sentiment and --sentiment-overlay,
 * and the scan options, --format and --threads of the commands that run a
 * corpus through a library call (lexicon lint/eval/diff, discover); the
 * scale check and the score warnings every command that writes a run's
 * table shares (scan, report, merge).
 *
 * Each parser prints its own message naming the flag and the value it got
 * (so every command words a bad value the same way) and returns 0 or -1;
 * the caller only chooses the exit code. vc_cli_unknown_option names the
 * argument getopt stopped at, which is not always argv[optind - 1]. Parsers that cut their argument in
 * place say so; the results point into argv, which outlives the command.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "cli.h"
#include "summary.h"
#include "vocal/transcode.h"

static void print_warning(void *ctx, const char *msg)
{
    (void)ctx;
    fprintf(stderr, "vocal: warning: %s\n", msg);
}

vc_status vc_cli_load_lexicon(const char *path, vc_lexicon **out, vc_error *err)
{
    vc_lexicon_options o = {.warn = print_warning};
    if (path && strncmp(path, "builtin:", 8) == 0)
        return vc_lexicon_load_builtin(path + 8, &o, out, err);
    return path ? vc_lexicon_load_file(path, &o, out, err) : vc_lexicon_load_default(out, err);
}

vc_status vc_cli_load_with_signals(const char *themes, const char *signals, vc_lexicon **out, vc_error *err)
{
    vc_lexicon_options o = {.warn = print_warning};
    return vc_lexicon_load_with_signals(themes, signals, &o, out, err);
}

vc_status vc_cli_load_sentiment(const char *path, const char *overlay, vc_sentiment_lexicon **out, vc_error *err)
{
    vc_status st = path ? vc_sentiment_lexicon_load_file(path, out, err) : vc_sentiment_lexicon_load_default(out, err);
    if (!st && overlay)
        st = vc_sentiment_lexicon_overlay_file(*out, overlay, err);
    return st;
}

vc_status vc_cli_load_sentiment_languages(char *const *specs, size_t n, int shipped, vc_sentiment_languages **out,
                                          vc_error *err)
{
    *out = NULL;
    if (!shipped && !n)
        return VC_OK;
    vc_sentiment_languages *set = vc_sentiment_languages_new();
    vc_status st = set ? VC_OK : vc_error_set(err, VC_ERR_NOMEM, "%s", vc_strerror(VC_ERR_NOMEM));
    if (!st && shipped)
        st = vc_sentiment_languages_add_shipped(set, err);
    for (size_t i = 0; i < n && !st; i++) {
        const char *eq = strchr(specs[i], '=');
        if (!eq || eq == specs[i] || !eq[1]) {
            st = vc_error_set(err, VC_ERR_USAGE, "--sentiment-lexicon: expected LANG=FILE (such as de=german.txt), got '%s'",
                              specs[i]);
            break;
        }
        char lang[16];
        size_t ln = (size_t)(eq - specs[i]);
        if (ln >= sizeof lang)
            ln = sizeof lang - 1;
        memcpy(lang, specs[i], ln);
        lang[ln] = 0;
        if (strcmp(lang, "en") == 0) {
            st = vc_error_set(err, VC_ERR_USAGE,
                              "--sentiment-lexicon: English is scored by VADER (use --sentiment FILE for its lexicon)");
            break;
        }
        vc_lang_sentiment *ls;
        if (!(st = vc_lang_sentiment_load_file(eq + 1, lang, &ls, err)))
            st = vc_sentiment_languages_put(set, ls);
    }
    if (st) {
        vc_sentiment_languages_free(set);
        return st;
    }
    *out = set;
    return VC_OK;
}

int vc_cli_parse_count(const char *flag, const char *arg, unsigned long max, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long v = strtoul(arg, &end, 10);
    if (errno || end == arg || *end || arg[0] == '-' || v > max) {
        vc_cli_error("%s: expected a whole number from 0 to %lu, got '%s'", flag, max, arg);
        return -1;
    }
    *out = v;
    return 0;
}

int vc_cli_parse_size(const char *flag, const char *s, unsigned long long min, unsigned long long max,
                      unsigned long long *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || s[0] == '-' || v < min || v > max) {
        vc_cli_error("%s: expected a whole number from %llu to %llu, got '%s'", flag, min, max, s);
        return -1;
    }
    *out = v;
    return 0;
}

int vc_cli_report_format(const char *arg)
{
    if (strcmp(arg, "text") == 0)
        return VC_REPORT_TEXT;
    if (strcmp(arg, "csv") == 0)
        return VC_REPORT_CSV;
    if (strcmp(arg, "json") == 0)
        return VC_REPORT_JSON;
    if (strcmp(arg, "ndjson") == 0)
        return VC_REPORT_NDJSON;
    vc_cli_error("--output-format: expected text, csv, json or ndjson, got '%s'", arg);
    return -1;
}

int vc_cli_table_format(const char *flag, const char *arg, vc_table_format *out)
{
    if (!vc_table_format_parse(arg, out))
        return 0;
    vc_cli_error("%s: expected csv, json or ndjson, got '%s'", flag, arg);
    return -1;
}

int vc_cli_parse_period(const char *flag, char *arg, const char **col, vc_period_unit *unit)
{
    char *colon = strrchr(arg, ':');
    *unit = VC_PERIOD_MONTH;
    if (colon) {
        if (vc_period_unit_parse(colon + 1, unit)) {
            vc_cli_error("%s: expected COL or COL:day|week|month|quarter, got '%s'", flag, arg);
            return -1;
        }
        *colon = 0;
    }
    if (!arg[0]) {
        vc_cli_error("%s: expected a column name, got '%s'", flag, arg);
        return -1;
    }
    *col = arg;
    return 0;
}

int vc_cli_parse_date_order(const char *arg, vc_date_order *out)
{
    if (strcmp(arg, "mdy") == 0)
        *out = VC_DATE_MDY;
    else if (strcmp(arg, "dmy") == 0)
        *out = VC_DATE_DMY;
    else {
        vc_cli_error("--date-order: expected mdy or dmy, got '%s'", arg);
        return -1;
    }
    return 0;
}

int vc_cli_parse_compare(char *arg, const char **from, const char **to)
{
    char *dots = strstr(arg, "..");
    if (!dots || dots == arg || !dots[2]) {
        vc_cli_error("--compare: expected FROM..TO (e.g. 2026-06..2026-07), got '%s'", arg);
        return -1;
    }
    *dots = 0;
    *from = arg;
    *to = dots + 2;
    return 0;
}

/* ---- the corpus runs of the lexicon tools and discover ---- */

int vc_cli_set_format(vc_scan_options *o, const char *arg)
{
    if (vc_format_parse(arg, &o->dialect)) {
        vc_cli_error("--format: expected csv, tsv, jsonl or json, got '%s'", arg);
        return -1;
    }
    return 0;
}

/* --records KEY: the member of a JSON export's top-level object whose array
 * holds the records. */
int vc_cli_set_records(vc_scan_options *o, const char *arg)
{
    if (!arg[0]) {
        vc_cli_error("--records: expected the name of a member of the JSON object (e.g. tickets)");
        return -1;
    }
    o->json_records = arg;
    if (o->dialect.format == VC_FORMAT_JSONL)
        o->dialect.format = VC_FORMAT_JSON;
    return 0;
}

int vc_cli_set_threads(vc_scan_options *o, const char *arg)
{
    char *end;
    errno = 0;
    unsigned long v = strtoul(arg, &end, 10);
    if (errno || end == arg || *end || arg[0] == '-' || v < 1 || v > 1024) {
        vc_cli_error("--threads: expected a whole number from 1 to 1024, got '%s'", arg);
        return -1;
    }
    o->threads = (unsigned)v;
    return 0;
}

int vc_cli_set_encoding(vc_scan_options *o, const char *arg)
{
    vc_transcoder *t = NULL;
    vc_error err;
    vc_error_clear(&err);
    if (vc_transcoder_new(arg, &t, &err)) {
        vc_cli_error("--encoding: %s", err.msg);
        return -1;
    }
    vc_transcoder_free(t);
    o->encoding = arg;
    return 0;
}

void vc_cli_print_encoding_warnings(const vc_scan_stats *s)
{
    for (size_t i = 0; i < s->nfiles; i++)
        if (s->files[i].encoding_warning) {
            vc_buf b = {s->files[i].encoding_warning, strlen(s->files[i].encoding_warning), 0, VC_OK};
            vc_cli_warn_lines(&b);
        }
}

int vc_cli_set_header_option(vc_scan_options *o, int opt, const char *arg)
{
    size_t v;
    if (opt == VC_CLI_OPT_HEADER_ROWS) {
        if (vc_cli_parse_count("--header-rows", arg, 64, &v))
            return -1;
        o->header_rows = v ? (int)v : VC_NO_HEADER;
    } else {
        if (vc_cli_parse_count("--skip-lines", arg, 1000000, &v))
            return -1;
        o->skip_lines = v;
    }
    return 0;
}

void vc_cli_note(void *ctx, const char *msg)
{
    if (!ctx || !*(const int *)ctx)
        fprintf(stderr, "vocal: %s\n", msg);
}

int vc_cli_set_one_text(const char *command, const char **text_col, const char *arg)
{
    if (*text_col) {
        vc_cli_error("--text given twice ('%s' and '%s'): %s reads one text column (vocal scan takes "
                     "several)", *text_col, arg, command);
        return -1;
    }
    *text_col = arg;
    return 0;
}

void vc_cli_scan_defaults(vc_scan_options *o)
{
    vc_scan_options_init(o);
    o->stop = &vc_cli_stop;
    o->note = vc_cli_note;
}

/* The end of a corpus run: prints the error, or the summary when rows
 * were rejected (summary.c), and returns the exit code: EXIT_OK, or
 * EXIT_FAIL when no row was analyzed. */
int vc_cli_corpus_done(vc_status st, const vc_error *err, const vc_scan *scan)
{
    if (st) {
        vc_cli_error("%s", err->msg);
        return vc_cli_exit_code(st, VC_CLI_RUN);
    }
    const vc_scan_stats *s = vc_scan_stats_get(scan);
    vc_cli_summary(s, NULL, 0, 0);
    return vc_cli_verdict(s, 0, 0, NULL);
}

int vc_cli_scale_check(const vc_result_view *r)
{
    vc_buf msg = VC_BUF_INIT;
    int rc = vc_result_scale_check(&msg, r);
    if (rc && !vc_buf_status(&msg))
        vc_cli_error("%.*s; no output written", (int)(msg.len ? msg.len - 1 : 0), msg.data ? msg.data : "");
    else if (rc)
        vc_cli_error("the scores do not fit the scale; no output written");
    vc_buf_free(&msg);
    return rc ? -1 : 0;
}

void vc_cli_score_warnings(const vc_result_view *r)
{
    vc_buf w = VC_BUF_INIT;
    vc_result_score_warnings(&w, r);
    vc_cli_warn_lines(&w);
    vc_buf_free(&w);
}

void vc_cli_language_warnings(const vc_result_view *r)
{
    vc_buf w = VC_BUF_INIT;
    vc_result_language_warnings(&w, r);
    vc_cli_warn_lines(&w);
    vc_buf_free(&w);
}

void vc_cli_theme_language_warnings(const vc_result_view *r, const vc_lexicon *lex)
{
    vc_buf w = VC_BUF_INIT;
    vc_result_theme_language_warnings(&w, r, lex);
    vc_cli_warn_lines(&w);
    vc_buf_free(&w);
}

void vc_cli_date_order_note(const vc_scan_stats *s, const char *col)
{
    if (!col || !s->date_sample || (!s->date_day_first && !s->date_month_first))
        return;
    unsigned long long n = s->date_sample, dmy = s->date_day_first, mdy = s->date_month_first;
    if (s->date_order_settled == VC_DATE_AUTO) {
        fprintf(stderr,
                "vocal: warning: date order for '%s' not settled: of the first %llu dates, %llu have a day over 12 "
                "first and %llu have it second; dates like 05/06/2026 stay ambiguous (pass --date-order dmy or "
                "mdy)\n",
                col, n, dmy, mdy);
        return;
    }
    int day_first = s->date_order_settled == VC_DATE_DMY;
    unsigned long long against = day_first ? mdy : dmy;
    fprintf(stderr, "vocal: note: date order for '%s': %s (%llu of the first %llu dates have a day over 12%s)",
            col, day_first ? "day-first" : "month-first", day_first ? dmy : mdy, n,
            day_first ? "" : " in second place");
    if (against)
        fprintf(stderr, "; %llu with a %s part over 12 contradict it and are counted invalid", against,
                day_first ? "second" : "first");
    fputs("; --date-order overrides\n", stderr);
}

void vc_cli_unknown_option(const char *command, char **argv)
{
    if (!optopt) { /* a long option: getopt has moved past it */
        vc_cli_error("unknown option '%s'; see `vocal %s --help`", argv[optind - 1], command);
        return;
    }
    /* A short option: optind moved past its argument only if it was the
     * argument's last letter; otherwise it still points at it (also when
     * getopt skipped file names before it). */
    const char *prev = argv[optind - 1], *arg = argv[optind];
    size_t n = strlen(prev);
    if (prev[0] == '-' && prev[1] != '-' && n > 1 && prev[n - 1] == optopt)
        arg = prev;
    if (!arg || (arg[1] == optopt && !arg[2])) {
        vc_cli_error("unknown option '-%c'; see `vocal %s --help`", optopt, command);
        return;
    }
    vc_cli_error("unknown option '-%c' in '%s'; a file whose name starts with '-' is written ./%s (or after --); "
                 "see `vocal %s --help`", optopt, arg, arg, command);
}

int vc_cli_parse_memory(const char *s, size_t *out)
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

int vc_cli_parse_ngrams(const char *arg, unsigned *out)
{
    size_t v;
    if (vc_cli_parse_count("--ngrams", arg, 5, &v))
        return -1;
    if (!v) {
        vc_cli_error("--ngrams: expected 1 to 5");
        return -1;
    }
    *out = (unsigned)v;
    return 0;
}

int vc_cli_parse_min_count(const char *arg, uint64_t *out)
{
    size_t v;
    if (vc_cli_parse_count("--min-count", arg, 1000000000, &v))
        return -1;
    *out = v ? v : 1;
    return 0;
}

int vc_cli_parse_alpha(const char *arg, double *out)
{
    char *end;
    double a = strtod(arg, &end);
    if (end == arg || *end || !(a > 0 && a < 1)) {
        vc_cli_error("--alpha: expected a number between 0 and 1, got '%s'", arg);
        return -1;
    }
    *out = a;
    return 0;
}

int vc_cli_parse_correction(const char *arg, vc_correction *out)
{
    if (vc_correction_parse(arg, out)) {
        vc_cli_error("--correction: expected bh, bonferroni or none, got '%s'", arg);
        return -1;
    }
    return 0;
}
