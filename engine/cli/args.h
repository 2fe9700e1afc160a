/*
 * args.h - shared flag parsing of the vocal command (args.c). Every parser
 * prints its message (naming the flag and the value) and returns 0 or -1;
 * results point into the argument, which the caller keeps alive.
 */
#ifndef VOCAL_CLI_ARGS_H
#define VOCAL_CLI_ARGS_H

#include <stddef.h>

#include "vocal/lexicon.h"
#include "vocal/period.h"
#include "vocal/pipeline.h"
#include "vocal/run_out.h"
#include "vocal/keyness.h"
#include "vocal/sentiment.h"

/* A whole number 0..max for option `flag`. */
int vc_cli_parse_count(const char *flag, const char *arg, unsigned long max, size_t *out);
/* A whole number min..max for option `flag` (sizes, thread counts). */
int vc_cli_parse_size(const char *flag, const char *arg, unsigned long long min, unsigned long long max,
                      unsigned long long *out);

/* --memory SIZE of discover and lexicon expand: at least 256K, with K, M or G. */
int vc_cli_parse_memory(const char *arg, size_t *out);

/* The keyness options discover and lexicon expand share (each prints its
 * error and returns -1): --ngrams 1..5, --min-count N (0 read as 1),
 * --alpha between 0 and 1, --correction bh|bonferroni|none. */
int vc_cli_parse_ngrams(const char *arg, unsigned *out);
int vc_cli_parse_min_count(const char *arg, uint64_t *out);
int vc_cli_parse_alpha(const char *arg, double *out);
int vc_cli_parse_correction(const char *arg, vc_correction *out);

/* --output-format of the lexicon reports: text, csv, json or ndjson (the
 * vc_lab_format values); -1 (printed). */
enum { VC_REPORT_TEXT = 0, VC_REPORT_CSV = 1, VC_REPORT_JSON = 2, VC_REPORT_NDJSON = 4 };
int vc_cli_report_format(const char *arg);
/* A table's format for option `flag` (--output-format, --comments-format,
 * ...): csv, json or ndjson; -1 (printed). */
int vc_cli_table_format(const char *flag, const char *arg, vc_table_format *out);

/* --period COL[:UNIT] (arg is cut in place) and --date-order. */
int vc_cli_parse_period(const char *flag, char *arg, const char **col, vc_period_unit *unit);
int vc_cli_parse_date_order(const char *arg, vc_date_order *out);
/* --compare FROM..TO (arg is cut in place). */
int vc_cli_parse_compare(char *arg, const char **from, const char **to);

/* getopt's '?' for `vocal COMMAND`: the unknown option, and the argument
 * it came from when that is longer (a file name starting with '-'). */
void vc_cli_unknown_option(const char *command, char **argv);

/* --themes: a theme lexicon file, or builtin:NAME (NULL: the default one);
 * warnings go to stderr. */
vc_status vc_cli_load_lexicon(const char *path, vc_lexicon **out, vc_error *err);
/* --themes with --signals FILE (NULL: builtin:signals), one lexicon
 * (vc_lexicon_load_with_signals). */
vc_status vc_cli_load_with_signals(const char *themes, const char *signals, vc_lexicon **out, vc_error *err);
/* --sentiment and --sentiment-overlay (NULL: built-in VADER, no overlay). */
vc_status vc_cli_load_sentiment(const char *path, const char *overlay, vc_sentiment_lexicon **out, vc_error *err);
/* --sentiment-lexicon LANG=FILE (repeatable; specs[0..n)) and
 * --no-sentiment-lexicons (`shipped` 0): the lexicons of the languages
 * other than English, the shipped ones first, then each given file adding
 * its language or replacing one. *out is NULL (English only) when there
 * is none. A spec with no '=' or an empty side is a usage error. */
#define VC_CLI_MAX_SENTIMENT_LEXICONS 64
vc_status vc_cli_load_sentiment_languages(char *const *specs, size_t n, int shipped, vc_sentiment_languages **out,
                                          vc_error *err);
/* The flags' help lines, for every command that scores sentiment. */
#define VC_CLI_SENTIMENT_LEXICON_HELP                                                                \
    "  --sentiment-lexicon LANG=FILE  sentiment lexicon for language LANG (repeatable): adds it,\n" \
    "                        or replaces the shipped one (de es fr it ja nl pt)\n"                   \
    "  --no-sentiment-lexicons  no shipped lexicon: only English (VADER) and the languages\n"       \
    "                        given with --sentiment-lexicon get sentiment\n"

/* Scan options with the defaults of `vocal scan` (vc_scan_options_init),
 * interrupted by the command's signal handlers. */
void vc_cli_scan_defaults(vc_scan_options *o);
int vc_cli_set_format(vc_scan_options *o, const char *arg);  /* --format */
int vc_cli_set_records(vc_scan_options *o, const char *arg); /* --records KEY (JSON) */
int vc_cli_set_threads(vc_scan_options *o, const char *arg); /* --threads 1..1024 */
/* --encoding NAME: any name iconv knows (checked now: an unknown one is a
 * usage error naming it); "utf-8" is the default. */
int vc_cli_set_encoding(vc_scan_options *o, const char *arg);
/* The warnings about the inputs' encodings (vc_file_stats), on stderr. */
void vc_cli_print_encoding_warnings(const vc_scan_stats *s);

/* --header-rows N and --skip-lines N, shared by every command that reads
 * inputs: the long options, their help lines and their parser. */
enum { VC_CLI_OPT_HEADER_ROWS = 1000, VC_CLI_OPT_SKIP_LINES };
#define VC_CLI_HEADER_LONGOPTS                                          \
    {"header-rows", required_argument, 0, VC_CLI_OPT_HEADER_ROWS},      \
    {                                                                   \
        "skip-lines", required_argument, 0, VC_CLI_OPT_SKIP_LINES       \
    }
#define VC_CLI_HEADER_HELP                                                                  \
    "  --header-rows N       header rows of CSV/TSV: 0 (none: column1, column2, ...), 1, or\n" \
    "                        N joined (default: detect Qualtrics' 3 and SurveyMonkey's 2)\n"  \
    "  --skip-lines N        lines before the header, such as a title line (default 0)\n"
int vc_cli_set_header_option(vc_scan_options *o, int opt, const char *arg);
/* Notes of a scan (vc_scan_options.note) to stderr; ctx, when not NULL,
 * points to an int that silences them (-q). */
void vc_cli_note(void *ctx, const char *msg);

/* --text of a command that reads one text column: a second one is refused
 * (printed, -1) rather than silently replacing the first. */
int vc_cli_set_one_text(const char *command, const char **text_col, const char *arg);
/* After a library call that scanned a corpus: prints the error (st != VC_OK)
 * or the run's summary when it is due, and returns the exit code (EXIT_FAIL
 * also when no row was analyzed). */
int vc_cli_corpus_done(vc_status st, const vc_error *err, const vc_scan *scan);

/* The scale check before a run's outputs are written: 0 when the scores
 * fit the scale; otherwise the error is printed (column, counts, examples,
 * the fix) and -1 returned: the caller writes nothing and exits 1. */
int vc_cli_scale_check(const vc_result_view *r);
/* The score warnings (vc_result_score_warnings) as warning lines. */
void vc_cli_score_warnings(const vc_result_view *r);
/* With a period column `col` and no --date-order: the order its dates
 * settled and the evidence, or a warning that they did not. */
void vc_cli_date_order_note(const vc_scan_stats *s, const char *col);

#endif
