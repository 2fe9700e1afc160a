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
#include "vocal/sentiment.h"

/* A whole number 0..max for option `flag`. */
int vc_cli_parse_count(const char *flag, const char *arg, unsigned long max, size_t *out);
/* A whole number min..max for option `flag` (sizes, thread counts). */
int vc_cli_parse_size(const char *flag, const char *arg, unsigned long long min, unsigned long long max,
                      unsigned long long *out);

/* --output-format of the lexicon reports: text, csv or json; -1 (printed). */
enum { VC_REPORT_TEXT = 0, VC_REPORT_CSV = 1, VC_REPORT_JSON = 2 };
int vc_cli_report_format(const char *arg);

/* --period COL[:UNIT] (arg is cut in place) and --date-order. */
int vc_cli_parse_period(const char *flag, char *arg, const char **col, vc_period_unit *unit);
int vc_cli_parse_date_order(const char *arg, vc_date_order *out);
/* --compare FROM..TO (arg is cut in place). */
int vc_cli_parse_compare(char *arg, const char **from, const char **to);

/* getopt's '?' for `vocal COMMAND`: the unknown option, and the argument
 * it came from when that is longer (a file name starting with '-'). */
void vc_cli_unknown_option(const char *command, char **argv);

/* --themes: a theme lexicon (NULL: the built-in one); warnings go to stderr. */
vc_status vc_cli_load_lexicon(const char *path, vc_lexicon **out, vc_error *err);
/* --sentiment and --sentiment-overlay (NULL: built-in VADER, no overlay). */
vc_status vc_cli_load_sentiment(const char *path, const char *overlay, vc_sentiment_lexicon **out, vc_error *err);

/* Scan options with the defaults of `vocal scan` (vc_scan_options_init),
 * interrupted by the command's signal handlers. */
void vc_cli_scan_defaults(vc_scan_options *o);
int vc_cli_set_format(vc_scan_options *o, const char *arg);  /* --format */
int vc_cli_set_threads(vc_scan_options *o, const char *arg); /* --threads 1..1024 */
/* --text of a command that reads one text column: a second one is refused
 * (printed, -1) rather than silently replacing the first. */
int vc_cli_set_one_text(const char *command, const char **text_col, const char *arg);
/* After a library call that scanned a corpus: prints the error (st != VC_OK)
 * or a note on rejected rows and returns the exit code. */
int vc_cli_corpus_done(vc_status st, const vc_error *err, const vc_scan *scan);

#endif
