/*
 * cmd_sentiment.c - `vocal sentiment [TEXT...]`: VADER scores as CSV.
 *
 * One row per text, header neg,neu,pos,compound, numbers rounded as the
 * reference implementation rounds them (3 and 4 decimals). With no TEXT,
 * each line of stdin is one text (a trailing CR is dropped).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "cli.h"
#include "vocal/sentiment.h"

static const char SENT_USAGE[] =
    "usage: vocal sentiment [OPTIONS] [TEXT...]\n"
    "\n"
    "Score texts with VADER (exactly as vaderSentiment 3.3 does) and print CSV:\n"
    "neg,neu,pos,compound, one row per TEXT, or per line of stdin when no TEXT.\n"
    "\n"
    "  --sentiment FILE          VADER-format lexicon (default: built-in VADER lexicon)\n"
    "  --sentiment-overlay FILE  add or override entries (token TAB valence; phrases allowed)\n"
    "  -h, --help                this help\n";

static const struct option LONGOPTS[] = {
    {"sentiment", required_argument, 0, 's'},
    {"sentiment-overlay", required_argument, 0, 'O'},
    {"help", no_argument, 0, 'h'},
    {0, 0, 0, 0},
};

static int score_one(const vc_sentiment_lexicon *lex, vc_sentiment_scratch *sc, const char *t, size_t n,
                     vc_buf *out)
{
    vc_sentiment s;
    if (vc_sentiment_score(lex, sc, t, n, &s))
        return -1;
    return vc_buf_printf(out, "%.3f,%.3f,%.3f,%.4f\n", s.neg, s.neu, s.pos, s.compound) ? -1 : 0;
}

int vc_cmd_sentiment(int argc, char **argv)
{
    const char *lex_path = NULL, *overlay = NULL;
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":h", LONGOPTS, NULL)) != -1) {
        switch (c) {
        case 's': lex_path = optarg; break;
        case 'O': overlay = optarg; break;
        case 'h': fputs(SENT_USAGE, stdout); return EXIT_OK;
        case ':':
            vc_cli_error("option '%s' needs a value; see `vocal sentiment --help`", argv[optind - 1]);
            return EXIT_USAGE;
        default:
            vc_cli_unknown_option("sentiment", argv);
            return EXIT_USAGE;
        }
    }
    vc_error err;
    vc_error_clear(&err);
    vc_sentiment_lexicon *lex = NULL;
    vc_status st = vc_cli_load_sentiment(lex_path, overlay, &lex, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        vc_sentiment_lexicon_free(lex);
        return vc_cli_exit_code(st, VC_CLI_SETUP);
    }
    vc_cli_install_signals();
    vc_sentiment_scratch *sc = vc_sentiment_scratch_new();
    vc_buf out = VC_BUF_INIT;
    int rc = sc ? EXIT_OK : EXIT_FAIL;
    if (!rc)
        vc_buf_append_str(&out, "neg,neu,pos,compound\n");
    if (!rc && optind < argc) {
        for (int i = optind; i < argc && !rc; i++)
            if (score_one(lex, sc, argv[i], strlen(argv[i]), &out))
                rc = EXIT_FAIL;
    } else if (!rc) {
        char *line = NULL;
        size_t cap = 0;
        ssize_t n;
        while (!rc && (n = getline(&line, &cap, stdin)) >= 0) {
            if (n && line[n - 1] == '\n')
                n--;
            if (n && line[n - 1] == '\r')
                n--;
            if (score_one(lex, sc, line, (size_t)n, &out))
                rc = EXIT_FAIL;
            if (out.len > (1u << 16)) {
                if (fwrite(out.data, 1, out.len, stdout) != out.len)
                    rc = EXIT_FAIL;
                vc_buf_reset(&out);
            }
            if (vc_cli_stop)
                rc = vc_cli_interrupted_code();
        }
        free(line);
    }
    if (out.len && fwrite(out.data, 1, out.len, stdout) != out.len)
        rc = EXIT_FAIL;
    if (fflush(stdout) != 0 && rc == EXIT_OK) {
        vc_cli_error("standard output: write failed");
        rc = EXIT_FAIL;
    }
    vc_buf_free(&out);
    vc_sentiment_scratch_free(sc);
    vc_sentiment_lexicon_free(lex);
    return rc;
}
