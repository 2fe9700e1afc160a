/*
 * cmd_learn.c - `vocal learn [--themes LEX] [--labels FILE] FILE... -o MODEL`:
 * train a theme model from the lexicon's own matches (lab/learn.c) and
 * write it (match/model.c), with a table of what was learned per theme.
 *
 * The table goes to stdout (text, or csv with --output-format csv): per
 * leaf theme, the training comments the lexicon labeled, the held-out
 * comments, and the threshold with the precision and recall the held-out
 * weak labels give at it ("off" when no threshold reaches the target).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "cli.h"
#include "vocal/learn.h"

static const char LEARN_USAGE[] =
    "usage: vocal learn [OPTIONS] FILE... -o MODEL\n"
    "\n"
    "Train a theme model from what the lexicon matches: per leaf theme, a logistic\n"
    "regression over hashed word unigrams and bigrams of the normalized text. The\n"
    "lexicon's matches are the labels (a comment it matches for a theme is a positive;\n"
    "one it matches only for other themes, or where the theme's exclusion vetoed it, a\n"
    "negative; one no theme matches a negative of lower weight); with --labels, hand\n"
    "labels are added. A held-out share of the comments sets each theme's threshold\n"
    "for a target precision. `vocal lexicon eval --model MODEL` measures it. FILE is\n"
    "read more than once, so standard input is not accepted.\n"
    "\n"
    "  --themes FILE         the lexicon (default: the built-in CX lexicon; builtin:NAME)\n"
    "  --labels FILE         hand-labeled comments (`vocal lexicon eval`'s gold format)\n"
    "  --labels-column COL   their labels column (default: themes)\n"
    "  --labels-weight W     weight of a hand-labeled comment (default 5)\n"
    "  --unmatched-weight W  weight of a comment no theme matches, as a negative\n"
    "                        (default 0.3)\n"
    "  --no-mask             keep the words of the lexicon's hits as features (by default\n"
    "                        they are left out, so the model learns their context)\n"
    "  --bits N              hashed feature buckets, 2^N (10 to 24, default 18)\n"
    "  --epochs N            passes of gradient descent (default 4)\n"
    "  --target-precision P  per theme, the threshold is the lowest probability whose\n"
    "                        held-out precision reaches P (default 0.8)\n"
    "  --holdout F           share of comments held out for the thresholds (default 0.1)\n"
    "  --text COL, --score COL, --format FMT, --encoding NAME, --threads N\n"
    "                        as for `vocal scan` (one --text); the model and the table\n"
    "                        are the same for any --threads\n"
    VC_CLI_HEADER_HELP
    "  -o, --output MODEL    the model file (required)\n"
    "  --suggest FILE        also write, per theme, the words and word pairs the model\n"
    "                        weighs most that no entry covers, as lexicon entries to review\n"
    "                        with their counts and an example (one more pass over FILE...)\n"
    "  --suggest-top N       buckets read back per theme (default 20)\n"
    "  --output-format F     the table: text (default) or csv\n"
    "  -q, --quiet           no table, no notes\n"
    "  -h, --help            this help\n";

enum {
    OPT_THEMES = 256, OPT_LABELS, OPT_LABELS_COL, OPT_LABELS_W, OPT_UNMATCHED_W, OPT_NOMASK, OPT_BITS,
    OPT_EPOCHS, OPT_TARGET, OPT_HOLDOUT, OPT_TEXT, OPT_SCORE, OPT_FORMAT, OPT_ENCODING, OPT_THREADS, OPT_OFORMAT,
    OPT_SUGGEST, OPT_SUGGEST_TOP
};

static int parse_real(const char *flag, const char *arg, double lo, double hi, int open_lo, double *out)
{
    char *end;
    double v = strtod(arg, &end);
    if (!*arg || *end || !(v >= lo && v <= hi) || (open_lo && v == lo)) {
        vc_cli_error("%s: expected a number %s %g and <= %g, got '%s'", flag, open_lo ? ">" : ">=", lo, hi, arg);
        return -1;
    }
    *out = v;
    return 0;
}

static void table(const vc_learn_report *r, int csv, FILE *fp)
{
    if (csv)
        fputs("theme,positives,held_out_positives,held_out_negatives,threshold,precision,recall\n", fp);
    else
        fprintf(fp, "%llu comments (%llu matched by the lexicon, %llu not), %llu hand-labeled; %llu held out\n\n"
                    "%-32s %9s %9s %9s %6s %6s\n",
                (unsigned long long)r->comments, (unsigned long long)r->matched, (unsigned long long)r->unmatched,
                (unsigned long long)r->labeled, (unsigned long long)r->held_out, "theme", "positives", "held pos",
                "threshold", "P", "R");
    for (size_t i = 0; i < r->nthemes; i++) {
        const vc_learn_theme *t = &r->themes[i];
        int off = t->threshold > 1;
        if (csv) {
            fprintf(fp, "%s,%llu,%llu,%llu,", t->name, (unsigned long long)t->positives,
                    (unsigned long long)t->held_positives, (unsigned long long)t->held_negatives);
            if (off)
                fputs(",,\n", fp);
            else
                fprintf(fp, "%.3f,%.4f,%.4f\n", t->threshold, t->precision, t->recall);
        } else if (off) {
            fprintf(fp, "%-32s %9llu %9llu %9s\n", t->name, (unsigned long long)t->positives,
                    (unsigned long long)t->held_positives, "off");
        } else {
            fprintf(fp, "%-32s %9llu %9llu %9.3f %6.2f %6.2f\n", t->name, (unsigned long long)t->positives,
                    (unsigned long long)t->held_positives, t->threshold, t->precision, t->recall);
        }
    }
}

int vc_cmd_learn(int argc, char **argv)
{
    static const struct option opts[] = {
        {"themes", required_argument, 0, OPT_THEMES},
        {"labels", required_argument, 0, OPT_LABELS},
        {"labels-column", required_argument, 0, OPT_LABELS_COL},
        {"labels-weight", required_argument, 0, OPT_LABELS_W},
        {"unmatched-weight", required_argument, 0, OPT_UNMATCHED_W},
        {"no-mask", no_argument, 0, OPT_NOMASK},
        {"bits", required_argument, 0, OPT_BITS},
        {"epochs", required_argument, 0, OPT_EPOCHS},
        {"target-precision", required_argument, 0, OPT_TARGET},
        {"holdout", required_argument, 0, OPT_HOLDOUT},
        {"text", required_argument, 0, OPT_TEXT},
        {"score", required_argument, 0, OPT_SCORE},
        {"format", required_argument, 0, OPT_FORMAT},
        {"encoding", required_argument, 0, OPT_ENCODING},
        {"threads", required_argument, 0, OPT_THREADS},
        {"output", required_argument, 0, 'o'},
        {"output-format", required_argument, 0, OPT_OFORMAT},
        {"suggest", required_argument, 0, OPT_SUGGEST},
        {"suggest-top", required_argument, 0, OPT_SUGGEST_TOP},
        {"quiet", no_argument, 0, 'q'},
        VC_CLI_HEADER_LONGOPTS,
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    vc_learn_options o;
    vc_learn_options_init(&o);
    vc_cli_scan_defaults(&o.scan);
    const char *themes = NULL, *out_path = NULL, *suggest_path = NULL;
    size_t suggest_top = 20;
    int quiet = 0, csv = 0, c;
    size_t n;
    o.scan.note_ctx = &quiet;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:qh", opts, NULL)) != -1) {
        switch (c) {
        case OPT_THEMES: themes = optarg; break;
        case OPT_LABELS: o.labels = optarg; break;
        case OPT_LABELS_COL: o.labels_col = optarg; break;
        case OPT_LABELS_W:
            if (parse_real("--labels-weight", optarg, 0, 1000, 0, &o.labels_weight))
                return EXIT_USAGE;
            break;
        case OPT_UNMATCHED_W:
            if (parse_real("--unmatched-weight", optarg, 0, 1000, 0, &o.unmatched_weight))
                return EXIT_USAGE;
            break;
        case OPT_NOMASK: o.mask = 0; break;
        case OPT_BITS:
            if (vc_cli_parse_count("--bits", optarg, VC_MODEL_BITS_MAX, &n))
                return EXIT_USAGE;
            if (n < VC_MODEL_BITS_MIN) {
                vc_cli_error("--bits: expected %d to %d, got '%s'", VC_MODEL_BITS_MIN, VC_MODEL_BITS_MAX, optarg);
                return EXIT_USAGE;
            }
            o.bits = (unsigned)n;
            break;
        case OPT_EPOCHS:
            if (vc_cli_parse_count("--epochs", optarg, 100, &n))
                return EXIT_USAGE;
            if (!n) {
                vc_cli_error("--epochs: expected 1 to 100");
                return EXIT_USAGE;
            }
            o.epochs = (unsigned)n;
            break;
        case OPT_TARGET:
            if (parse_real("--target-precision", optarg, 0, 1, 1, &o.target_precision))
                return EXIT_USAGE;
            break;
        case OPT_HOLDOUT:
            if (parse_real("--holdout", optarg, 0, 0.9, 1, &o.holdout))
                return EXIT_USAGE;
            break;
        case OPT_TEXT:
            if (vc_cli_set_one_text("learn", &o.scan.text_col, optarg))
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
        case 'o': out_path = optarg; break;
        case OPT_OFORMAT:
            if (!strcmp(optarg, "text") || !strcmp(optarg, "csv"))
                csv = optarg[0] == 'c';
            else {
                vc_cli_error("--output-format: expected text or csv, got '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_SUGGEST: suggest_path = optarg; break;
        case OPT_SUGGEST_TOP:
            if (vc_cli_parse_count("--suggest-top", optarg, 1000, &suggest_top))
                return EXIT_USAGE;
            if (!suggest_top) {
                vc_cli_error("--suggest-top: expected 1 to 1000");
                return EXIT_USAGE;
            }
            break;
        case 'q': quiet = 1; break;
        case VC_CLI_OPT_HEADER_ROWS:
        case VC_CLI_OPT_SKIP_LINES:
            if (vc_cli_set_header_option(&o.scan, c, optarg))
                return EXIT_USAGE;
            break;
        case 'h': fputs(LEARN_USAGE, stdout); return EXIT_OK;
        case ':':
            vc_cli_error("option '%s' needs a value; see `vocal learn --help`", argv[optind - 1]);
            return EXIT_USAGE;
        default: vc_cli_unknown_option("learn", argv); return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        vc_cli_error("learn: no input files; see `vocal learn --help`");
        return EXIT_USAGE;
    }
    if (!out_path) {
        vc_cli_error("learn: -o MODEL is required (where the model is written)");
        return EXIT_USAGE;
    }
    if (strcmp(out_path, "-") == 0 && !quiet) {
        vc_cli_error("learn: -o -: the model is binary; write it to a file (or add -q to send it to stdout alone)");
        return EXIT_USAGE;
    }
    o.scan.inputs = (const char *const *)(argv + optind);
    o.scan.ninputs = (size_t)(argc - optind);
    const vc_out_name outs[] = {{"-o", out_path}, {"--suggest", suggest_path}};
    if (vc_out_check_paths(outs, 2, o.scan.inputs, o.scan.ninputs))
        return EXIT_USAGE;
    vc_lexicon *lex = NULL;
    vc_model *m = NULL;
    vc_learn_report rep = {0};
    vc_buf out = VC_BUF_INIT, sug = VC_BUF_INIT;
    vc_error err;
    vc_error_clear(&err);
    int rc;
    vc_status st = vc_cli_load_lexicon(themes, &lex, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        rc = vc_cli_exit_code(st, VC_CLI_SETUP);
        goto done;
    }
    o.scan.lex = lex;
    vc_cli_install_signals();
    if ((st = vc_learn(&o, &m, &rep, &err))) {
        vc_cli_error("%s", err.msg);
        rc = vc_cli_exit_code(st, VC_CLI_RUN);
        goto done;
    }
    rc = EXIT_FAIL;
    if (!rep.comments) {
        vc_cli_error("learn: no comment was analyzed; no model was written");
        goto done;
    }
    if ((st = vc_model_write(m, &out))) {
        vc_cli_error("%s", vc_strerror(st));
        goto done;
    }
    if (suggest_path && (st = vc_learn_suggest(&o, m, suggest_top, &sug, &err))) {
        vc_cli_error("%s", err.msg);
        rc = vc_cli_exit_code(st, VC_CLI_RUN);
        goto done;
    }
    if (vc_cli_write_output(out_path, &out) || (suggest_path && vc_cli_write_output(suggest_path, &sug)))
        goto done;
    if (!quiet)
        table(&rep, csv, stdout);
    rc = EXIT_OK;
done:
    vc_buf_free(&out);
    vc_buf_free(&sug);
    vc_learn_report_free(&rep);
    vc_model_free(m);
    vc_lexicon_free(lex);
    return rc;
}
