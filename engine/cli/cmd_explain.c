/*
 * cmd_explain.c - `vocal explain [TEXT...]`: the audit trail of one comment.
 *
 * For each text: its normalized form, its sentences with their VADER
 * compound, every entry that matched (theme, entry as written, file:line:
 * column, byte span in the normalized text, sentence), the exclusions that
 * fired and what they vetoed, and the themes the comment mentions with the
 * sentiment each one gets, and how many /regex/ entries hit a PCRE2 limit
 * on it (when any did). The same comment is matched again by the PCRE2
 * reference evaluator, and the output says whether the two agree. The
 * report is the library's (report/explain.c); this file reads the options
 * and the comments.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "cli.h"
#include "vocal/explain.h"

static const char EXPLAIN_USAGE[] =
    "usage: vocal explain [OPTIONS] [TEXT...]\n"
    "\n"
    "Show why a comment mentions the themes it does, and the CX signals it carries:\n"
    "the normalized text, its sentences and their sentiment, every lexicon entry\n"
    "(theme or signal) that matched with its\n"
    "file:line:column and span, the exclusions that fired, the ~guarded entries a\n"
    "negator held off (and which negator), and the resulting themes with their\n"
    "sentiment. With no TEXT, each line of stdin is a comment.\n"
    "\n"
    "  --themes FILE             theme lexicon (default: the built-in CX lexicon)\n"
    "                            or builtin:NAME, an industry pack (`vocal lexicon list`)\n"
    "  --signals FILE            CX signals lexicon (default: builtin:signals); its entries\n"
    "                            show as theme signal/NAME\n"
    "  --no-signals              themes only\n"
    "  --sentiment FILE          VADER-format sentiment lexicon (default: built-in)\n"
    "  --sentiment-overlay FILE  add or override sentiment entries\n"
    "  --no-sentiment            no sentiment\n"
    "  --model MODEL             a theme model trained from the theme lexicon (`vocal learn`):\n"
    "                            each theme it finds (probability at or above the theme's\n"
    "                            threshold), whether the lexicon found it too, and the words\n"
    "                            and word pairs of the comment that weighed most, with weights\n"
    "  --json                    one JSON object per comment (JSON Lines); a theme with a\n"
    "                            display label (@label) has it as \"label\"\n"
    "  -h, --help                this help\n";

enum { OPT_THEMES = 256, OPT_SENT, OPT_OVERLAY, OPT_NOSENT, OPT_JSON, OPT_SIGNALS, OPT_NO_SIGNALS, OPT_MODEL };

static const struct option LONGOPTS[] = {
    {"themes", required_argument, 0, OPT_THEMES},
    {"sentiment", required_argument, 0, OPT_SENT},
    {"sentiment-overlay", required_argument, 0, OPT_OVERLAY},
    {"no-sentiment", no_argument, 0, OPT_NOSENT},
    {"json", no_argument, 0, OPT_JSON},
    {"signals", required_argument, 0, OPT_SIGNALS},
    {"no-signals", no_argument, 0, OPT_NO_SIGNALS},
    {"model", required_argument, 0, OPT_MODEL},
    {"help", no_argument, 0, 'h'},
    {0, 0, 0, 0},
};

/* One comment to stdout: 0, 1 when the reference evaluator disagrees, -1
 * on an error (printed). */
static int explain_one(vc_explainer *x, vc_buf *out, int json, const char *text, size_t len)
{
    vc_error err;
    int agree = 1;
    vc_buf_reset(out);
    if (vc_explain(x, text, len, json, out, &agree, &err)) {
        vc_cli_error("%s", err.msg);
        return -1;
    }
    if (fwrite(out->data, 1, out->len, stdout) != out->len)
        return -1;
    return agree ? 0 : 1;
}

int vc_cmd_explain(int argc, char **argv)
{
    const char *themes = NULL, *sent_path = NULL, *overlay = NULL, *signals = NULL, *model_path = NULL;
    int nosent = 0, json = 0, no_signals = 0;
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":h", LONGOPTS, NULL)) != -1) {
        switch (c) {
        case OPT_THEMES: themes = optarg; break;
        case OPT_SENT: sent_path = optarg; break;
        case OPT_OVERLAY: overlay = optarg; break;
        case OPT_NOSENT: nosent = 1; break;
        case OPT_JSON: json = 1; break;
        case OPT_SIGNALS: signals = optarg; break;
        case OPT_NO_SIGNALS: no_signals = 1; break;
        case OPT_MODEL: model_path = optarg; break;
        case 'h': fputs(EXPLAIN_USAGE, stdout); return EXIT_OK;
        case ':':
            vc_cli_error("option '%s' needs a value; see `vocal explain --help`", argv[optind - 1]);
            return EXIT_USAGE;
        default:
            vc_cli_unknown_option("explain", argv);
            return EXIT_USAGE;
        }
    }
    vc_error err;
    vc_error_clear(&err);
    vc_lexicon *lex = NULL;
    vc_sentiment_lexicon *sent = NULL;
    if (signals && no_signals) {
        vc_cli_error("--signals and --no-signals contradict each other");
        return EXIT_USAGE;
    }
    vc_status st = no_signals ? vc_cli_load_lexicon(themes, &lex, &err)
                              : vc_cli_load_with_signals(themes, signals, &lex, &err);
    if (!st && !nosent) {
        st = vc_cli_load_sentiment(sent_path, overlay, &sent, &err);
    }
    if (st) {
        vc_cli_error("%s", err.msg);
        vc_lexicon_free(lex);
        vc_sentiment_lexicon_free(sent);
        return vc_cli_exit_code(st, VC_CLI_SETUP);
    }
    /* the model is checked against the theme lexicon alone (what `vocal
     * learn` trained from); its theme names are the same here */
    vc_model *model = NULL;
    if (model_path) {
        vc_lexicon *tl = NULL;
        st = vc_cli_load_lexicon(themes, &tl, &err);
        if (!st && (st = vc_model_load(model_path, tl, &model, &err)))
            vc_cli_error("--model: %s", err.msg);
        else if (st)
            vc_cli_error("%s", err.msg);
        vc_lexicon_free(tl);
        if (st) {
            vc_lexicon_free(lex);
            vc_sentiment_lexicon_free(sent);
            return vc_cli_exit_code(st, VC_CLI_SETUP);
        }
    }
    /* the same lexicon with its guards dropped: entries that match there
     * and not here were held off by a negator (same files: same entries) */
    vc_lexicon *open_lex = NULL;
    vc_lexicon_options lo = {.ignore_guards = 1};
    vc_error oerr;
    vc_error_clear(&oerr);
    if (no_signals ? (themes && !strncmp(themes, "builtin:", 8) ? vc_lexicon_load_builtin(themes + 8, &lo, &open_lex, &oerr)
                      : themes ? vc_lexicon_load_file(themes, &lo, &open_lex, &oerr)
                               : vc_lexicon_load_builtin("default", &lo, &open_lex, &oerr))
                   : vc_lexicon_load_with_signals(themes, signals, &lo, &open_lex, &oerr))
        open_lex = NULL; /* no "held off" lines; the rest stands */
    vc_explainer *x = vc_explainer_new(lex, open_lex, sent, model);
    vc_buf out = VC_BUF_INIT;
    int rc = x ? EXIT_OK : EXIT_FAIL;
    int mismatch = 0;
    if (!rc && optind < argc) {
        for (int i = optind; i < argc && !rc; i++) {
            int r = explain_one(x, &out, json, argv[i], strlen(argv[i]));
            rc = r < 0 ? EXIT_FAIL : rc;
            mismatch |= r > 0;
        }
    } else if (!rc) {
        char *line = NULL;
        size_t cap = 0;
        ssize_t n;
        while (!rc && (n = getline(&line, &cap, stdin)) >= 0) {
            if (n && line[n - 1] == '\n')
                n--;
            if (n && line[n - 1] == '\r')
                n--;
            int r = explain_one(x, &out, json, line, (size_t)n);
            rc = r < 0 ? EXIT_FAIL : rc;
            mismatch |= r > 0;
        }
        free(line);
    }
    if (fflush(stdout) != 0 && !rc) {
        vc_cli_error("standard output: write failed");
        rc = EXIT_FAIL;
    }
    if (!rc && mismatch)
        rc = EXIT_FAIL;
    vc_buf_free(&out);
    vc_explainer_free(x);
    vc_lexicon_free(open_lex);
    vc_lexicon_free(lex);
    vc_sentiment_lexicon_free(sent);
    vc_model_free(model);
    return rc;
}
