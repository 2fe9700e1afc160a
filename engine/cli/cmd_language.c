/*
 * cmd_language.c - `vocal language [TEXT...]`: the language of each text
 * (language.h), one code a line; and `vocal language --eval GOLD...`:
 * identification against hand labels, through vc_language_eval_run() and
 * its text writer.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "cli.h"
#include "vocal/lab_report.h"
#include "vocal/language.h"
#include "vocal/language_eval.h"

static const char LANG_USAGE[] =
    "usage: vocal language [TEXT...]\n"
    "       vocal language --eval [OPTIONS] GOLD...\n"
    "\n"
    "Print the language of each TEXT (or of each line of stdin), one ISO 639-1 code\n"
    "a line, as `vocal scan` identifies it (CLD2): 'und' when the text has fewer than\n"
    "12 letters or 3 words, when no language holds 70% of it, or when CLD2 is unsure.\n"
    "\n"
    "With --eval, GOLD (CSV, TSV or JSONL, compressed or plain) holds a text column and\n"
    "a language column (codes or export values such as EN or pt-BR; und is a label\n"
    "too); the report gives the accuracy over all labeled comments and over those of\n"
    "5 words or more, per language its precision, recall and comments called und, and\n"
    "every confusion.\n"
    "  --eval                evaluate against the labeled files GOLD...\n"
    "  --labels COL          with --eval: the language column (default: language)\n"
    "  --text COL            with --eval: the text column (default: detected)\n"
    "  -h, --help            this help\n";

static const struct option LONGOPTS[] = {
    {"eval", no_argument, 0, 'E'},
    {"labels", required_argument, 0, 'L'},
    {"text", required_argument, 0, 'T'},
    {"help", no_argument, 0, 'h'},
    {0, 0, 0, 0},
};

static int run_eval(const char *labels, const char *text_col, char **gold, size_t ngold)
{
    vc_language_eval_options o;
    vc_language_eval_options_init(&o);
    vc_cli_scan_defaults(&o.scan);
    o.scan.no_score = 1;
    o.scan.text_col = text_col;
    o.scan.inputs = (const char *const *)gold;
    o.scan.ninputs = ngold;
    o.labels_col = labels;
    vc_error err;
    vc_error_clear(&err);
    vc_language_eval_result *r = NULL;
    vc_status st = vc_language_eval_run(&o, &r, &err);
    int rc = vc_cli_corpus_done(st, &err, r ? r->scan : NULL);
    vc_buf b = VC_BUF_INIT;
    if (!rc && vc_language_eval_write(r, gold[0], &b))
        rc = EXIT_FAIL;
    if (!rc && vc_cli_write_output("-", &b))
        rc = EXIT_FAIL;
    vc_buf_free(&b);
    vc_language_eval_result_free(r);
    return rc;
}

int vc_cmd_language(int argc, char **argv)
{
    const char *labels = NULL, *text_col = NULL;
    int eval = 0;
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":h", LONGOPTS, NULL)) != -1) {
        switch (c) {
        case 'E': eval = 1; break;
        case 'L': labels = optarg; break;
        case 'T': text_col = optarg; break;
        case 'h': fputs(LANG_USAGE, stdout); return EXIT_OK;
        case ':':
            vc_cli_error("option '%s' needs a value; see `vocal language --help`", argv[optind - 1]);
            return EXIT_USAGE;
        default:
            vc_cli_unknown_option("language", argv);
            return EXIT_USAGE;
        }
    }
    if (!eval && (labels || text_col)) {
        vc_cli_error("--labels and --text need --eval; see `vocal language --help`");
        return EXIT_USAGE;
    }
    if (eval && optind >= argc) {
        vc_cli_error("--eval: expected GOLD files; see `vocal language --help`");
        return EXIT_USAGE;
    }
    vc_cli_install_signals();
    if (eval)
        return run_eval(labels, text_col, argv + optind, (size_t)(argc - optind));
    int rc = EXIT_OK;
    if (optind < argc) {
        for (int i = optind; i < argc; i++)
            printf("%s\n", vc_language_identify(argv[i], strlen(argv[i])));
    } else {
        char *line = NULL;
        size_t cap = 0;
        ssize_t n;
        while ((n = getline(&line, &cap, stdin)) >= 0) {
            if (n && line[n - 1] == '\n')
                n--;
            if (n && line[n - 1] == '\r')
                n--;
            printf("%s\n", vc_language_identify(line, (size_t)n));
            if (vc_cli_stop) {
                rc = vc_cli_interrupted_code();
                break;
            }
        }
        free(line);
    }
    if (fflush(stdout) != 0 && rc == EXIT_OK) {
        vc_cli_error("standard output: write failed");
        rc = EXIT_FAIL;
    }
    return rc;
}
