/*
 * cmd_sentiment.c - `vocal sentiment [TEXT...]`: VADER scores as CSV, and
 * `vocal sentiment --eval GOLD...`: accuracy against hand labels.
 *
 * One row per text, header neg,neu,pos,compound, numbers rounded as the
 * reference implementation rounds them (3 and 4 decimals). With no TEXT,
 * each line of stdin is one text (a trailing CR is dropped). --mode cx
 * scores in the CX mode (vader/cx.c); the default stays exact VADER, the
 * reference. --eval hands the gold files to vc_sentiment_eval_run().
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "cli.h"
#include "vocal/lab_report.h"
#include "vocal/sentiment.h"
#include "vocal/sentiment_eval.h"

static const char SENT_USAGE[] =
    "usage: vocal sentiment [OPTIONS] [TEXT...]\n"
    "\n"
    "       vocal sentiment --eval [OPTIONS] GOLD...\n"
    "\n"
    "Score texts with VADER (exactly as vaderSentiment 3.3 does) and print CSV:\n"
    "neg,neu,pos,compound, one row per TEXT, or per line of stdin when no TEXT.\n"
    "--mode cx scores in the CX mode: VADER plus complaint phrases with no sentiment\n"
    "word (never again, still waiting, waited 40 minutes), problem words under a\n"
    "negator not negative (no problems), and please/kindly without valence.\n"
    "\n"
    "With --eval, GOLD (CSV, TSV or JSONL, compressed or plain) holds a text column\n"
    "and a sentiment label column (positive, neutral, negative; other labels such as\n"
    "mixed are counted apart); the report gives, per mode, 3-class accuracy\n"
    "(compound >= 0.05 positive, <= -0.05 negative), polarity accuracy over the\n"
    "positive and negative items, precision and recall per class and the confusion\n"
    "matrix.\n"
    "\n"
    "  --mode MODE               vader (default) or cx; with --eval also both\n"
    "  --eval                    evaluate against the labeled files GOLD...\n"
    "  --labels COL              with --eval: the label column (default: sentiment)\n"
    "  --text COL                with --eval: the text column (default: detected)\n"
    "  --sentiment FILE          VADER-format lexicon (default: built-in VADER lexicon)\n"
    "  --sentiment-overlay FILE  add or override entries (token TAB valence; phrases allowed)\n"
    "  -h, --help                this help\n";

static const struct option LONGOPTS[] = {
    {"sentiment", required_argument, 0, 's'},
    {"sentiment-overlay", required_argument, 0, 'O'},
    {"mode", required_argument, 0, 'm'},
    {"eval", no_argument, 0, 'E'},
    {"labels", required_argument, 0, 'L'},
    {"text", required_argument, 0, 'T'},
    {"help", no_argument, 0, 'h'},
    {0, 0, 0, 0},
};

static int score_one(const vc_sentiment_lexicon *lex, vc_sentiment_scratch *sc, vc_sentiment_mode mode, const char *t,
                     size_t n, vc_buf *out)
{
    vc_sentiment s;
    if (vc_sentiment_score_mode(lex, sc, mode, t, n, &s))
        return -1;
    return vc_buf_printf(out, "%.3f,%.3f,%.3f,%.4f\n", s.neg, s.neu, s.pos, s.compound) ? -1 : 0;
}

/* --eval: the gold files in the modes asked for, a text report on stdout. */
static int run_eval(const vc_sentiment_lexicon *lex, unsigned modes, const char *labels, const char *text_col,
                    char **gold, size_t ngold)
{
    vc_sentiment_eval_options o;
    vc_sentiment_eval_options_init(&o);
    vc_cli_scan_defaults(&o.scan);
    o.scan.no_score = 1;
    o.scan.sentiment = lex;
    o.scan.text_col = text_col;
    o.scan.inputs = (const char *const *)gold;
    o.scan.ninputs = ngold;
    o.labels_col = labels;
    o.modes = modes;
    vc_error err;
    vc_error_clear(&err);
    vc_sentiment_eval_result *r = NULL;
    vc_status st = vc_sentiment_eval_run(&o, &r, &err);
    int rc = vc_cli_corpus_done(st, &err, r ? r->scan : NULL);
    vc_buf b = VC_BUF_INIT;
    if (!rc && vc_sentiment_eval_write(r, gold[0], &b))
        rc = EXIT_FAIL;
    if (!rc && vc_cli_write_output("-", &b))
        rc = EXIT_FAIL;
    vc_buf_free(&b);
    vc_sentiment_eval_result_free(r);
    return rc;
}

int vc_cmd_sentiment(int argc, char **argv)
{
    const char *lex_path = NULL, *overlay = NULL, *labels = NULL, *text_col = NULL;
    unsigned modes = 1u << VC_SENTIMENT_VADER;
    int eval = 0;
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":h", LONGOPTS, NULL)) != -1) {
        switch (c) {
        case 's': lex_path = optarg; break;
        case 'O': overlay = optarg; break;
        case 'm': {
            vc_sentiment_mode m;
            if (strcmp(optarg, "both") == 0) {
                modes = 1u << VC_SENTIMENT_VADER | 1u << VC_SENTIMENT_CX;
            } else if (vc_sentiment_mode_parse(optarg, &m) == VC_OK) {
                modes = 1u << m;
            } else {
                vc_cli_error("--mode: expected vader, cx or both (with --eval), got '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        }
        case 'E': eval = 1; break;
        case 'L': labels = optarg; break;
        case 'T': text_col = optarg; break;
        case 'h': fputs(SENT_USAGE, stdout); return EXIT_OK;
        case ':':
            vc_cli_error("option '%s' needs a value; see `vocal sentiment --help`", argv[optind - 1]);
            return EXIT_USAGE;
        default:
            vc_cli_unknown_option("sentiment", argv);
            return EXIT_USAGE;
        }
    }
    if (!eval && (labels || text_col || modes == (1u << VC_SENTIMENT_VADER | 1u << VC_SENTIMENT_CX))) {
        vc_cli_error("--labels, --text and --mode both need --eval; see `vocal sentiment --help`");
        return EXIT_USAGE;
    }
    if (eval && optind >= argc) {
        vc_cli_error("--eval: expected GOLD files; see `vocal sentiment --help`");
        return EXIT_USAGE;
    }
    vc_sentiment_mode mode = modes & (1u << VC_SENTIMENT_CX) ? VC_SENTIMENT_CX : VC_SENTIMENT_VADER;
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
    if (eval) {
        int erc = run_eval(lex, modes, labels, text_col, argv + optind, (size_t)(argc - optind));
        vc_sentiment_lexicon_free(lex);
        return erc;
    }
    vc_sentiment_scratch *sc = vc_sentiment_scratch_new();
    vc_buf out = VC_BUF_INIT;
    int rc = sc ? EXIT_OK : EXIT_FAIL;
    if (!rc)
        vc_buf_append_str(&out, "neg,neu,pos,compound\n");
    if (!rc && optind < argc) {
        for (int i = optind; i < argc && !rc; i++)
            if (score_one(lex, sc, mode, argv[i], strlen(argv[i]), &out))
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
            if (score_one(lex, sc, mode, line, (size_t)n, &out))
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
