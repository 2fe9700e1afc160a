/*
 * cmd_sentiment.c - `vocal sentiment [TEXT...]`: VADER scores as CSV, and
 * `vocal sentiment --eval GOLD...`: accuracy against hand labels.
 *
 * One row per text, header neg,neu,pos,compound, numbers rounded as the
 * reference implementation rounds them (3 and 4 decimals). With no TEXT,
 * each line of stdin is one text (a trailing CR is dropped). --mode cx
 * scores in the CX mode (vader/cx.c); the default stays exact VADER, the
 * reference. Each text is scored in its language (--language, or as
 * identified): with that language's sentiment lexicon when there is one
 * (vader/langsent.c), by VADER for English and "und"; a text in a language
 * with no lexicon is scored by VADER too, and the count of those is a
 * warning. --eval hands the gold files to vc_sentiment_eval_run().
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "cli.h"
#include "vocal/lab_report.h"
#include "vocal/language.h"
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
    "matrix; with a language column (such as language), each comment is scored in\n"
    "its gold language and the figures are given per language as well.\n"
    "\n"
    "Each text is scored in its language: --language LANG, or as identified (CLD2).\n"
    "English and undetermined text are scored by VADER; de, es, fr, it, ja, nl and pt\n"
    "by vocal's sentiment lexicons (lexicons/sentiment/); a language with none is\n"
    "scored by VADER and counted in a warning.\n"
    "\n"
    "  --mode MODE               vader (default) or cx; with --eval also both\n"
    "  --eval                    evaluate against the labeled files GOLD...\n"
    "  --labels COL              with --eval: the label column (default: sentiment)\n"
    "  --text COL                with --eval: the text column (default: detected)\n"
    "  --sentiment FILE          VADER-format lexicon (default: built-in VADER lexicon)\n"
    "  --sentiment-overlay FILE  add or override entries (token TAB valence; phrases allowed)\n"
    "  --language LANG           score every TEXT in language LANG (default: identified per text)\n"
    "  --language-column COL     with --eval: the gold language column (default: language, when\n"
    "                            present; none: identified)\n"
    VC_CLI_SENTIMENT_LEXICON_HELP
    "  -h, --help                this help\n";

static const struct option LONGOPTS[] = {
    {"sentiment", required_argument, 0, 's'},
    {"sentiment-overlay", required_argument, 0, 'O'},
    {"mode", required_argument, 0, 'm'},
    {"eval", no_argument, 0, 'E'},
    {"labels", required_argument, 0, 'L'},
    {"text", required_argument, 0, 'T'},
    {"language", required_argument, 0, 'G'},
    {"language-column", required_argument, 0, 'C'},
    {"sentiment-lexicon", required_argument, 0, 'X'},
    {"no-sentiment-lexicons", no_argument, 0, 'N'},
    {"help", no_argument, 0, 'h'},
    {0, 0, 0, 0},
};

typedef struct scorer {
    const vc_sentiment_lexicon *lex;
    vc_sentiment_scratch *sc;
    vc_sentiment_mode mode;
    const vc_sentiment_languages *langs;
    vc_lang_scratch *lsc;
    const char *lang;     /* --language, NULL: identify each text */
    vc_buf uncovered;     /* codes scored by VADER for want of a lexicon, each followed by ' ' */
    unsigned long long nuncovered;
} scorer;

static int score_one(scorer *x, const char *t, size_t n, vc_buf *out)
{
    vc_sentiment s;
    const char *lang = x->lang ? x->lang : vc_language_identify(t, n);
    const vc_lang_sentiment *ls = vc_sentiment_languages_get(x->langs, lang);
    vc_status st;
    if (ls) {
        st = vc_lang_sentiment_score(ls, x->lsc, t, n, &s);
    } else {
        if (!vc_sentiment_covers(x->langs, lang)) {
            x->nuncovered++;
            char key[24];
            snprintf(key, sizeof key, " %s ", lang);
            if (!x->uncovered.data || !strstr(x->uncovered.data, key)) {
                if (!x->uncovered.len)
                    vc_buf_append_char(&x->uncovered, ' ');
                vc_buf_printf(&x->uncovered, "%s ", lang);
            }
        }
        st = vc_sentiment_score_mode(x->lex, x->sc, x->mode, t, n, &s);
    }
    if (st)
        return -1;
    return vc_buf_printf(out, "%.3f,%.3f,%.3f,%.4f\n", s.neg, s.neu, s.pos, s.compound) ? -1 : 0;
}

/* --eval: the gold files in the modes asked for, a text report on stdout. */
static int run_eval(const vc_sentiment_lexicon *lex, const vc_sentiment_languages *langs, unsigned modes,
                    const char *labels, const char *text_col, const char *lang_col, char **gold, size_t ngold)
{
    vc_sentiment_eval_options o;
    vc_sentiment_eval_options_init(&o);
    vc_cli_scan_defaults(&o.scan);
    o.scan.no_score = 1;
    o.scan.sentiment = lex;
    o.scan.sentiment_languages = langs;
    o.language_col = lang_col;
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
    const char *lex_path = NULL, *overlay = NULL, *labels = NULL, *text_col = NULL, *lang = NULL, *lang_col = NULL;
    char *specs[VC_CLI_MAX_SENTIMENT_LEXICONS];
    size_t nspecs = 0;
    char lang_code[16];
    unsigned modes = 1u << VC_SENTIMENT_VADER;
    int eval = 0, shipped = 1;
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
        case 'G':
            if (!vc_language_normalize(optarg, strlen(optarg), lang_code, sizeof lang_code)) {
                vc_cli_error("--language: expected a language code such as de, es or ja, got '%s'", optarg);
                return EXIT_USAGE;
            }
            lang = lang_code;
            break;
        case 'C': lang_col = optarg; break;
        case 'X':
            if (nspecs == VC_CLI_MAX_SENTIMENT_LEXICONS) {
                vc_cli_error("--sentiment-lexicon: at most %d", VC_CLI_MAX_SENTIMENT_LEXICONS);
                return EXIT_USAGE;
            }
            specs[nspecs++] = optarg;
            break;
        case 'N': shipped = 0; break;
        case 'h': fputs(SENT_USAGE, stdout); return EXIT_OK;
        case ':':
            vc_cli_error("option '%s' needs a value; see `vocal sentiment --help`", argv[optind - 1]);
            return EXIT_USAGE;
        default:
            vc_cli_unknown_option("sentiment", argv);
            return EXIT_USAGE;
        }
    }
    if (!eval && (labels || text_col || lang_col || modes == (1u << VC_SENTIMENT_VADER | 1u << VC_SENTIMENT_CX))) {
        vc_cli_error("--labels, --text, --language-column and --mode both need --eval; see `vocal sentiment --help`");
        return EXIT_USAGE;
    }
    if (eval && lang) {
        vc_cli_error("--language: with --eval the language comes from the gold files (--language-column)");
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
    vc_sentiment_languages *langs = NULL;
    vc_status st = vc_cli_load_sentiment(lex_path, overlay, &lex, &err);
    if (!st)
        st = vc_cli_load_sentiment_languages(specs, nspecs, shipped, &langs, &err);
    if (!st && lang && !vc_sentiment_covers(langs, lang))
        st = vc_error_set(&err, VC_ERR_USAGE, "--language %s: no sentiment lexicon for '%s' (give one with "
                          "--sentiment-lexicon %s=FILE)", lang, lang, lang);
    if (st) {
        vc_cli_error("%s", err.msg);
        vc_sentiment_lexicon_free(lex);
        vc_sentiment_languages_free(langs);
        return vc_cli_exit_code(st, VC_CLI_SETUP);
    }
    vc_cli_install_signals();
    if (eval) {
        int erc = run_eval(lex, langs, modes, labels, text_col, lang_col, argv + optind, (size_t)(argc - optind));
        vc_sentiment_lexicon_free(lex);
        vc_sentiment_languages_free(langs);
        return erc;
    }
    scorer x = {lex, vc_sentiment_scratch_new(), mode, langs, vc_lang_scratch_new(), lang, VC_BUF_INIT, 0};
    vc_buf out = VC_BUF_INIT;
    int rc = x.sc && x.lsc ? EXIT_OK : EXIT_FAIL;
    if (!rc)
        vc_buf_append_str(&out, "neg,neu,pos,compound\n");
    if (!rc && optind < argc) {
        for (int i = optind; i < argc && !rc; i++)
            if (score_one(&x, argv[i], strlen(argv[i]), &out))
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
            if (score_one(&x, line, (size_t)n, &out))
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
    if (x.nuncovered) /* never silent: these are English scores of text that is not English */
        fprintf(stderr,
                "vocal: warning: %llu text%s in languages with no sentiment lexicon (%.*s) scored by VADER as "
                "English\n",
                x.nuncovered, x.nuncovered == 1 ? "" : "s", (int)(x.uncovered.len - 2), x.uncovered.data + 1);
    vc_buf_free(&out);
    vc_buf_free(&x.uncovered);
    vc_sentiment_scratch_free(x.sc);
    vc_lang_scratch_free(x.lsc);
    vc_sentiment_lexicon_free(lex);
    vc_sentiment_languages_free(langs);
    return rc;
}
