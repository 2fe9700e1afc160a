/*
 * cmd_lexicon_expand.c - `vocal lexicon expand [OPTIONS] LEX FILE...`: per
 * theme of LEX, the words and phrases no entry covers that the theme's
 * comments use far more than chance, with counts, G2, lift, examples and
 * ready-to-paste entries.
 *
 * Flags become vc_expand_options (the input flags are discover's, parsed by
 * args.c); vc_expand_run (lab/discover.c, sharing discover's passes) finds
 * the suggestions and vc_expansion_write (report/expand_out.c) writes them
 * as lexicon text, CSV or JSON.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "cli.h"
#include "vocal/expand.h"
#include "vocal/lab_report.h"
#include "vocal/stopwords.h"

static const char EXPAND_USAGE[] =
    "usage: vocal lexicon expand [OPTIONS] LEX FILE...\n"
    "\n"
    "Suggest entries for each theme of LEX from your own comments: the words and\n"
    "phrases (up to --ngrams words, cut as `vocal discover` cuts them) that no entry\n"
    "covers and that occur in the comments matching the theme far more than chance\n"
    "(log-likelihood G2 over comments, the theme's comments against the rest,\n"
    "corrected for the number of (theme, term) pairs tested), with the lift (rate in\n"
    "the theme over rate overall), examples and the entry to paste. Sentiment terms\n"
    "(\"great\", \"so bad\", \"never\") are left out unless --sentiment-terms is given.\n"
    "The text output is lexicon text: a [theme] header per theme, each entry after\n"
    "its figures as comments, so a block can be pasted into LEX as it is.\n"
    "FILE may be compressed or plain CSV, TSV or JSONL; it is read two or three\n"
    "times, so standard input is not accepted.\n"
    "\n"
    "Suggestions:\n"
    "  --theme NAME          only this theme (its full name, e.g. service/staff)\n"
    "  --top N               suggestions per theme (default 10)\n"
    "  --min-count N         comments of the theme a term needs (default 5)\n"
    "  --ngrams N            longest term in words, 1 to 5 (default 3)\n"
    "  --alpha A             significance level (default 0.05)\n"
    "  --correction C        bh (default), bonferroni or none\n"
    "  --examples N          examples per suggestion, from the theme's comments (default 2)\n"
    "  --sentiment-terms     suggest sentiment terms too (marked as such)\n"
    "  --sentiment FILE, --sentiment-overlay FILE  which words carry sentiment (VADER\n"
    "                        format; default: built-in VADER)\n"
    "  --stop-words FILE     one word a line (default: the built-in English list)\n"
    "  --no-stop-words       no stop words\n"
    "  --memory SIZE         budget of the n-gram tables (default 128M), as for discover\n"
    "Input:\n"
    "  --text COL, --score COL, --format FMT, --threads N, --encoding NAME  as for\n"
    "  `vocal discover`\n" VC_CLI_HEADER_HELP
    "Output:\n"
    "  -o, --output FILE     the suggestions (default: stdout)\n"
    "  --output-format F     text (default), csv, json or ndjson (the CSV's rows,\n"
    "                        one JSON object per line)\n"
    "  -q, --quiet           no notes on stderr\n"
    "  -h, --help            this help\n";

enum {
    OPT_TEXT = 256, OPT_SCORE, OPT_FORMAT, OPT_ENCODING, OPT_THREADS, OPT_THEME, OPT_TOP, OPT_MINCOUNT, OPT_NGRAMS,
    OPT_ALPHA, OPT_CORRECTION, OPT_EXAMPLES, OPT_SENT_TERMS, OPT_SENTIMENT, OPT_OVERLAY, OPT_STOP, OPT_NOSTOP,
    OPT_MEMORY, OPT_OFORMAT
};

int vc_cmd_lexicon_expand(int argc, char **argv)
{
    static const struct option opts[] = {
        {"text", required_argument, 0, OPT_TEXT},
        {"score", required_argument, 0, OPT_SCORE},
        {"format", required_argument, 0, OPT_FORMAT},
        {"encoding", required_argument, 0, OPT_ENCODING},
        {"threads", required_argument, 0, OPT_THREADS},
        {"theme", required_argument, 0, OPT_THEME},
        {"top", required_argument, 0, OPT_TOP},
        {"min-count", required_argument, 0, OPT_MINCOUNT},
        {"ngrams", required_argument, 0, OPT_NGRAMS},
        {"alpha", required_argument, 0, OPT_ALPHA},
        {"correction", required_argument, 0, OPT_CORRECTION},
        {"examples", required_argument, 0, OPT_EXAMPLES},
        {"sentiment-terms", no_argument, 0, OPT_SENT_TERMS},
        {"sentiment", required_argument, 0, OPT_SENTIMENT},
        {"sentiment-overlay", required_argument, 0, OPT_OVERLAY},
        {"stop-words", required_argument, 0, OPT_STOP},
        {"no-stop-words", no_argument, 0, OPT_NOSTOP},
        {"memory", required_argument, 0, OPT_MEMORY},
        {"output", required_argument, 0, 'o'},
        {"output-format", required_argument, 0, OPT_OFORMAT},
        {"quiet", no_argument, 0, 'q'},
        VC_CLI_HEADER_LONGOPTS,
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    vc_expand_options o;
    vc_expand_defaults(&o);
    vc_cli_scan_defaults(&o.scan);
    const char *out_path = "-", *stop_path = NULL, *sent_path = NULL, *overlay_path = NULL;
    int no_stop = 0, format = 0, quiet = 0, c;
    o.scan.note_ctx = &quiet;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:qh", opts, NULL)) != -1) {
        switch (c) {
        case OPT_TEXT:
            if (vc_cli_set_one_text("lexicon expand", &o.scan.text_col, optarg))
                return EXIT_USAGE;
            break;
        case OPT_SCORE: o.scan.score_col = optarg; break;
        case OPT_FORMAT:
            if (vc_cli_set_format(&o.scan, optarg))
                return EXIT_USAGE;
            break;
        case OPT_ENCODING:
            if (vc_cli_set_encoding(&o.scan, optarg))
                return EXIT_USAGE;
            break;
        case OPT_THREADS:
            if (vc_cli_set_threads(&o.scan, optarg))
                return EXIT_USAGE;
            break;
        case OPT_THEME: o.theme = optarg; break;
        case OPT_TOP:
            if (vc_cli_parse_count("--top", optarg, 100000, &o.top))
                return EXIT_USAGE;
            if (!o.top) {
                vc_cli_error("--top: expected at least 1");
                return EXIT_USAGE;
            }
            break;
        case OPT_MINCOUNT:
            if (vc_cli_parse_min_count(optarg, &o.min_count))
                return EXIT_USAGE;
            break;
        case OPT_NGRAMS:
            if (vc_cli_parse_ngrams(optarg, &o.max_words))
                return EXIT_USAGE;
            break;
        case OPT_ALPHA:
            if (vc_cli_parse_alpha(optarg, &o.alpha))
                return EXIT_USAGE;
            break;
        case OPT_CORRECTION:
            if (vc_cli_parse_correction(optarg, &o.correction))
                return EXIT_USAGE;
            break;
        case OPT_EXAMPLES:
            if (vc_cli_parse_count("--examples", optarg, 100, &o.examples))
                return EXIT_USAGE;
            break;
        case OPT_SENT_TERMS: o.include_sentiment = 1; break;
        case OPT_SENTIMENT: sent_path = optarg; break;
        case OPT_OVERLAY: overlay_path = optarg; break;
        case OPT_STOP: stop_path = optarg; break;
        case OPT_NOSTOP: no_stop = 1; break;
        case OPT_MEMORY:
            if (vc_cli_parse_memory(optarg, &o.memory_bytes))
                return EXIT_USAGE;
            break;
        case 'o': out_path = optarg; break;
        case 'q': quiet = 1; break;
        case OPT_OFORMAT:
            if ((format = vc_cli_report_format(optarg)) < 0)
                return EXIT_USAGE;
            break;
        case VC_CLI_OPT_HEADER_ROWS:
        case VC_CLI_OPT_SKIP_LINES:
            if (vc_cli_set_header_option(&o.scan, c, optarg))
                return EXIT_USAGE;
            break;
        case 'h': fputs(EXPAND_USAGE, stdout); return EXIT_OK;
        case ':':
            vc_cli_error("option '%s' needs a value; see `vocal lexicon expand --help`", argv[optind - 1]);
            return EXIT_USAGE;
        default: vc_cli_unknown_option("lexicon expand", argv); return EXIT_USAGE;
        }
    }
    if (argc - optind < 2) {
        vc_cli_error("lexicon expand: expected LEX and at least one FILE; see `vocal lexicon expand --help`");
        return EXIT_USAGE;
    }
    if (stop_path && no_stop) {
        vc_cli_error("--stop-words and --no-stop-words contradict each other");
        return EXIT_USAGE;
    }
    const char *lex_path = argv[optind];
    o.scan.inputs = (const char *const *)(argv + optind + 1);
    o.scan.ninputs = (size_t)(argc - optind - 1);
    const vc_out_name outs[] = {{"-o", out_path}};
    if (vc_out_check_paths(outs, 1, o.scan.inputs, o.scan.ninputs))
        return EXIT_USAGE;

    int rc = EXIT_USAGE;
    vc_stopwords stop = {0};
    vc_lexicon *lex = NULL;
    vc_sentiment_lexicon *sent = NULL;
    vc_expansion *x = NULL;
    vc_buf out = VC_BUF_INIT;
    vc_error err;
    vc_error_clear(&err);
    if (!no_stop && vc_stopwords_load(stop_path, &stop, &err)) {
        vc_cli_error("--stop-words: %s", err.msg);
        goto done;
    }
    o.stop_words = stop.v;
    o.nstop_words = stop.n;
    vc_status st = vc_cli_load_lexicon(lex_path, &lex, &err);
    if (!st && (sent_path || overlay_path))
        st = vc_cli_load_sentiment(sent_path, overlay_path, &sent, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        rc = vc_cli_exit_code(st, VC_CLI_SETUP);
        goto done;
    }
    o.scan.lex = lex;
    o.sentiment_lex = sent;
    vc_cli_install_signals();
    st = vc_expand_run(&o, &x, &err);
    if ((rc = vc_cli_corpus_done(st, &err, x ? x->scan : NULL)) != EXIT_OK)
        goto done;
    if (vc_expansion_write(x, &o, (vc_lab_format)format, &out) || vc_cli_write_output(out_path, &out))
        rc = EXIT_FAIL;
done:
    vc_buf_free(&out);
    vc_expansion_free(x);
    vc_sentiment_lexicon_free(sent);
    vc_lexicon_free(lex);
    vc_stopwords_free(&stop);
    return rc;
}
