/*
 * cli.h - shared pieces of the vocal command: output files that appear only
 * when complete (outfile.c), signal-driven interruption, and the commands.
 * Flag parsing shared by the commands is in args.h.
 */
#ifndef VOCAL_CLI_H
#define VOCAL_CLI_H

#include <signal.h>
#include <stdio.h>

#include "vocal/buf.h"
#include "vocal/discover.h"
#include "vocal/lexicon.h"
#include "vocal/partial.h"
#include "vocal/period.h"
#include "vocal/pipeline.h"
#include "vocal/run_out.h"
#include "vocal/sentiment.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 }; /* interrupted: 128 + the signal (vc_cli_interrupted_code) */

/* Where a failure happened: while loading what the command line names
 * (lexicons, partials: a file that cannot be read is a bad argument), or
 * while running (a read error part-way is a runtime failure). */
typedef enum vc_cli_stage { VC_CLI_SETUP, VC_CLI_RUN } vc_cli_stage;
/* The exit code of a status (main.c): 0 for VC_OK, 2 for VC_ERR_USAGE (and
 * VC_ERR_IO while setting up), 128 + the signal for VC_ERR_INTERRUPTED
 * (130 for Ctrl-C), otherwise 1. */
int vc_cli_exit_code(vc_status st, vc_cli_stage stage);

/* The signal (SIGINT, SIGTERM or SIGHUP) that asked the command to stop,
 * 0 until one came; the pipeline polls it. */
extern volatile sig_atomic_t vc_cli_stop;
/* main(): catch the three signals; until the command polls, one removes
 * the open outputs' temporary files and exits 128 + the signal. */
void vc_cli_catch_signals(void);
/* A command that polls vc_cli_stop from here on: the handler only sets it,
 * and no output commits once it is set (outfile.c). */
void vc_cli_install_signals(void);
/* The exit code of an interrupted command: 128 + the signal. */
int vc_cli_interrupted_code(void);

/* An output that is written to a temporary file beside its target and
 * renamed into place on commit, so no half-written report is ever left.
 * "-" means stdout; paths that exist and are not regular files (/dev/null,
 * a FIFO) are written directly. A symlink is written through (the file it
 * names is replaced, the link stays). A new file gets the mode the umask
 * allows; an existing one keeps its mode. */
typedef struct vc_outfile {
    const char *path;
    char *target; /* the file a symlinked path names (realpath), else NULL */
    char *tmp;
    FILE *fp;
    int direct;
} vc_outfile;

int vc_out_open(vc_outfile *o, const char *path);     /* 0 or -1 (message printed) */
int vc_out_commit(vc_outfile *o);                      /* 0 or -1 (message printed) */
void vc_out_abort(vc_outfile *o);                      /* removes the temporary */
/* 0, or -1 (printed) when b holds a sticky error or the write failed. */
int vc_out_write_buf(vc_outfile *o, const vc_buf *b);

void vc_cli_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* An output named on the command line: its flag ("-o") and path (NULL:
 * not asked for). */
typedef struct vc_out_name {
    const char *flag;
    const char *path;
} vc_out_name;
/* Before anything is read: -1 (printed, naming the flags and paths) when
 * an output is one of the input files or two outputs are one file or both
 * standard output ("-", /dev/stdout); other devices and FIFOs are not
 * compared. */
int vc_out_check_paths(const vc_out_name *outs, size_t nout, const char *const *inputs, size_t nin);

/* Write b to path ("-": stdout) complete or not at all; 0 or -1 (printed). */
int vc_cli_write_output(const char *path, const vc_buf *b);

/* ---- shared by scan, report and merge ---- */

/* Print each line of `lines` on stderr as a warning (main.c). */
void vc_cli_warn_lines(const vc_buf *lines);
/* The warning about comments in languages without sentiment
 * (vc_result_language_warnings), printed whatever -q says. */
void vc_cli_language_warnings(const vc_result_view *r);
/* Comments in languages the theme lexicon has no entries for
 * (vc_result_theme_language_warnings), printed whatever -q says. */
void vc_cli_theme_language_warnings(const vc_result_view *r, const vc_lexicon *lex);
/* `vocal report PART...`: the report of merged partials (cmd_merge.c). */
int vc_cli_report_partials(char **paths, size_t n, const char *out_path, const vc_review_options *ro, int quiet,
                           int no_scale_check);

int vc_cmd_scan(int argc, char **argv);
int vc_cmd_merge(int argc, char **argv);
int vc_cmd_discover(int argc, char **argv);
int vc_cmd_learn(int argc, char **argv);
int vc_cmd_lexicon(int argc, char **argv);
int vc_cmd_lexicon_diff(int argc, char **argv); /* `vocal lexicon diff` */
int vc_cmd_lexicon_expand(int argc, char **argv); /* `vocal lexicon expand` */
int vc_cmd_explain(int argc, char **argv);
int vc_cmd_language(int argc, char **argv);
int vc_cmd_report(int argc, char **argv);
int vc_cmd_sentiment(int argc, char **argv);

#endif
