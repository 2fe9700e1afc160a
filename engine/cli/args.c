/*
 * args.c - the flag values every command shares, turned into options and
 * loaded objects: whole numbers with their limits, --period, --date-order,
 * --compare, --output-format of the lexicon reports, and the theme and
 * sentiment lexicons named by --themes, --sentiment and --sentiment-overlay,
 * and the scan options, --format and --threads of the commands that run a
 * corpus through a library call (lexicon lint/eval/diff, discover).
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

static void print_warning(void *ctx, const char *msg)
{
    (void)ctx;
    fprintf(stderr, "vocal: warning: %s\n", msg);
}

vc_status vc_cli_load_lexicon(const char *path, vc_lexicon **out, vc_error *err)
{
    vc_lexicon_options o = {.warn = print_warning};
    return path ? vc_lexicon_load_file(path, &o, out, err) : vc_lexicon_load_default(out, err);
}

vc_status vc_cli_load_sentiment(const char *path, const char *overlay, vc_sentiment_lexicon **out, vc_error *err)
{
    vc_status st = path ? vc_sentiment_lexicon_load_file(path, out, err) : vc_sentiment_lexicon_load_default(out, err);
    if (!st && overlay)
        st = vc_sentiment_lexicon_overlay_file(*out, overlay, err);
    return st;
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
    vc_cli_error("--output-format: expected text, csv or json, got '%s'", arg);
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
        vc_cli_error("--format: expected csv, tsv or jsonl, got '%s'", arg);
        return -1;
    }
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
}

/* The end of a corpus run: prints the error, or a note on rejected rows,
 * and returns the exit code (EXIT_OK on success). */
int vc_cli_corpus_done(vc_status st, const vc_error *err, const vc_scan *scan)
{
    if (st) {
        vc_cli_error("%s", err->msg);
        return vc_cli_exit_code(st, VC_CLI_RUN);
    }
    const vc_scan_stats *s = vc_scan_stats_get(scan);
    if (s->rows_rejected)
        fprintf(stderr, "vocal: note: %llu of %llu rows rejected (malformed); they are not counted\n",
                (unsigned long long)s->rows_rejected, (unsigned long long)s->rows_read);
    return EXIT_OK;
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
