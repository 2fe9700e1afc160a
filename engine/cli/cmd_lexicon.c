/*
 * cmd_lexicon.c - `vocal lexicon lint|convert|eval|list` (diff and expand in their own files): tools for lexicon
 * authors.
 *
 *   lint FILE...      static checks (lint.h), and with --corpus the entries
 *                     that never match and the coverage of each theme;
 *                     exit 1 on errors (and on warnings with --strict), so a
 *                     lexicon repository can gate merges on it;
 *   convert IN OUT    any readable format (native, LIWC .dic, YAML) to the
 *                     native format;
 *   list              the built-in lexicons (builtin:NAME) with their
 *                     themes, entries and titles;
 *   eval LEX GOLD     precision, recall and F1 per theme against labeled
 *                     comments, micro and macro averages over the leaf
 *                     themes the gold labels (the others unjudged),
 *                     capped false positives and negatives with the entries
 *                     that fired, and sentiment accuracy when labels exist.
 * The corpus passes are library calls (coverage.h, eval.h) whose results
 * the report layer writes (lab_report.h); this file turns flags into their
 * options and picks the exit code.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "cli.h"
#include "vocal/coverage.h"
#include "vocal/eval.h"
#include "vocal/lab_report.h"
#include "vocal/lint.h"
#include "vocal/pipeline.h"

static const char LEXICON_USAGE[] =
    "usage: vocal lexicon COMMAND [OPTIONS] ARGS\n"
    "\n"
    "Tools for theme lexicons (native .lex, LIWC .dic, YAML .yml/.yaml). Wherever a\n"
    "lexicon file is read, builtin:NAME reads a built-in lexicon instead (see list).\n"
    "\n"
    "Commands:\n"
    "  lint FILE...          report errors, duplicates, shadowed entries, entries in several\n"
    "                        themes, catastrophic regexes, empty themes; with --corpus FILE\n"
    "                        also entries that never match and the coverage of each theme\n"
    "  convert IN OUT        write IN (any format) as a native lexicon to OUT ('-': stdout)\n"
    "  eval LEXICON GOLD     precision, recall and F1 per theme against labeled comments\n"
    "  diff OLD NEW FILE...  what a lexicon change does to each theme on a corpus: gained\n"
    "                        and lost comments with the entries responsible, NPS, speed\n"
    "  expand LEX FILE...    per theme, the uncovered terms its comments use far more than\n"
    "                        chance, with counts, G2, lift, examples and entries to paste\n"
    "  list                  the built-in lexicons (builtin:NAME): the default and the\n"
    "                        industry packs, with their themes, entries and titles\n"
    "\n"
    "Run `vocal lexicon COMMAND --help` for the options of a command.\n";

static const char LINT_USAGE[] =
    "usage: vocal lexicon lint [OPTIONS] FILE...\n"
    "\n"
    "Check lexicons: compile errors; duplicate entries; entries shadowed by a\n"
    "shorter or wildcard entry of the same theme; entries in several themes;\n"
    "regexes that backtrack catastrophically (a bounded probe); empty themes and\n"
    "themes with only exclusions. Findings are printed as FILE:LINE:COLUMN: level:\n"
    "message [check]. Exit 1 when there are errors. FILE may be builtin:NAME, a\n"
    "built-in lexicon (`vocal lexicon list`).\n"
    "\n"
    "  --corpus FILE         also report entries that never match in FILE (CSV, TSV or\n"
    "                        JSONL, compressed or plain; repeatable) and each theme's coverage\n"
    "  --text COL            comment column of the corpus (default: detected; one only)\n"
    "  --format FMT          corpus format: csv, tsv or jsonl (default: sniffed)\n"
    VC_CLI_HEADER_HELP
    "  --threads N           analysis threads for the corpus (default: online CPUs)\n"
    "  --strict              exit 1 on warnings too\n"
    "  -h, --help            this help\n";

static const char CONVERT_USAGE[] =
    "usage: vocal lexicon convert IN OUT\n"
    "\n"
    "Read a lexicon in any supported format (native, LIWC .dic, YAML .yml/.yaml)\n"
    "and write it in the native format to OUT ('-' for stdout). Themes come in\n"
    "name order, each with its entries as written. Warnings about the input (such\n"
    "as LIWC lines that were skipped) go to stderr. IN may be builtin:NAME (`vocal\n"
    "lexicon list`): a built-in lexicon with its includes written out as one file.\n"
    "\n"
    "  -h, --help            this help\n";

static const char EVAL_USAGE[] =
    "usage: vocal lexicon eval [OPTIONS] LEXICON GOLD...\n"
    "\n"
    "Compare the themes LEXICON (a file, or builtin:NAME) finds with hand labels.\n"
    "GOLD is CSV, TSV or JSONL (compressed or plain) with a text column and a labels\n"
    "column: theme names separated by ';', empty for none. A label matches a theme by\n"
    "its full name (service/staff) or, without '/', by its last level (staff); a\n"
    "comment labeled with a theme also counts for the themes above it. Reports, per\n"
    "theme, support, predicted, tp, fp, fn, precision, recall and F1; micro and macro\n"
    "averages over the leaf themes GOLD labels at least once (a theme it never labels,\n"
    "such as a pack's industry theme against a gold file of the default's themes, is\n"
    "listed as unjudged with its predictions and left out of the averages, and the\n"
    "themes above it count only what judged themes found); the first false positives\n"
    "and negatives in input order with the entries that fired; and with\n"
    "--sentiment-labels, sentiment accuracy and a confusion matrix (labels positive,\n"
    "neutral, negative; others are listed).\n"
    "\n"
    "  --text COL             text column (default: detected; one only)\n"
    "  --labels COL           labels column (default: themes)\n"
    "  --sentiment-labels COL sentiment label column (default: none)\n"
    "  --sentiment-mode M     cx (default, as scan's), vader or both (one sentiment block per mode)\n"
    "  --language-column COL  each comment's language from this column (the gold files of\n"
    "                         tests/eval/ have one: language), as scan's option: entries under\n"
    "                         @lang apply to the comments in their languages (default: each\n"
    "                         comment's language identified, as scan does)\n"
    "  --no-language          no languages: every entry applies to every comment\n"
    "  --examples N           false positives and negatives shown per theme (default 3)\n"
    "  --model MODEL          a theme model trained from LEXICON (`vocal learn`): the text\n"
    "                         report starts with lexicon alone, model alone and their union\n"
    "                         (micro and macro), then details what --model-use predicts\n"
    "  --model-use U          union (default with --model), model or lexicon\n"
    "  --format FMT           csv, tsv or jsonl (default: sniffed)\n"
    VC_CLI_HEADER_HELP
    "  -o, --output FILE      write the report to FILE (default: stdout)\n"
    "  --output-format F      text (default), csv, json or ndjson (the CSV's rows,\n"
    "                         one JSON object per line)\n"
    "  --threads N            analysis threads (default: online CPUs)\n"
    "  -h, --help             this help\n";

static const char LIST_USAGE[] =
    "usage: vocal lexicon list [OPTIONS]\n"
    "\n"
    "List the lexicons built into vocal: the default CX lexicon and the industry\n"
    "packs (the default plus an industry's vocabulary and two industry themes). One\n"
    "row each: its name, its leaf themes and entries (includes read), and its title.\n"
    "Select one with --themes builtin:NAME in any command that reads a lexicon, or\n"
    "build on one with \"@include builtin:NAME\" in a lexicon file.\n"
    "\n"
    "  -o, --output FILE      write the list to FILE (default: stdout)\n"
    "  --output-format F      text (default), csv, json or ndjson (the CSV's rows,\n"
    "                         one JSON object per line)\n"
    "  -h, --help             this help\n";

/* ---- shared option parsing -------------------------------------------------- */

enum {
    OPT_CORPUS = 256, OPT_TEXT, OPT_FORMAT, OPT_THREADS, OPT_STRICT, OPT_LABELS, OPT_SLABELS, OPT_EXAMPLES,
    OPT_OFORMAT
};

enum { OPT_SMODE = 0x4358, OPT_MODEL, OPT_MODEL_USE }; /* apart from the list above */
enum { OPT_EVAL_LANGCOL = 0x4C43, OPT_EVAL_NOLANG }; /* lexicon eval's languages */

/* ---- lint ------------------------------------------------------------------- */

typedef struct lint_counts {
    unsigned errors, warnings, notes;
} lint_counts;

static void print_finding(void *ctx, const vc_lint_finding *f)
{
    lint_counts *c = ctx;
    if (f->level == VC_LINT_ERROR)
        c->errors++;
    else if (f->level == VC_LINT_WARNING)
        c->warnings++;
    else
        c->notes++;
    printf("%s:%u:%u: %s: %s [%s]\n", f->file, f->line, f->column, vc_lint_level_name(f->level), f->message,
           f->check);
}

static int lint_with_corpus(const vc_lexicon *lex, vc_scan_options *o, lint_counts *counts)
{
    vc_error err;
    vc_error_clear(&err);
    o->lex = lex;
    o->no_score = 1; /* coverage counts comments, scores are never read */
    vc_coverage_result *res = NULL;
    vc_cli_install_signals();
    vc_status st = vc_coverage_run(o, &res, &err);
    int rc = vc_cli_corpus_done(st, &err, res ? res->scan : NULL);
    vc_buf b = VC_BUF_INIT;
    if (!rc && vc_coverage_write(res, &b))
        rc = EXIT_FAIL;
    if (!rc) {
        counts->warnings += (unsigned)vc_coverage_unused(res);
        fwrite(b.data, 1, b.len, stdout);
    }
    vc_buf_free(&b);
    vc_coverage_result_free(res);
    return rc;
}

static int cmd_lint(int argc, char **argv)
{
    static const struct option opts[] = {
        {"corpus", required_argument, 0, OPT_CORPUS}, {"text", required_argument, 0, OPT_TEXT},
        {"format", required_argument, 0, OPT_FORMAT}, {"threads", required_argument, 0, OPT_THREADS},
        {"strict", no_argument, 0, OPT_STRICT},       {"help", no_argument, 0, 'h'},
        VC_CLI_HEADER_LONGOPTS,
        {0, 0, 0, 0},
    };
    vc_scan_options o;
    vc_cli_scan_defaults(&o);
    const char **corpus = calloc((size_t)argc + 1, sizeof *corpus);
    size_t ncorpus = 0;
    int strict = 0, c, rc = EXIT_USAGE;
    if (!corpus)
        return EXIT_FAIL;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case OPT_CORPUS: corpus[ncorpus++] = optarg; break;
        case OPT_TEXT:
            if (vc_cli_set_one_text("lexicon lint", &o.text_col, optarg))
                goto done;
            break;
        case OPT_FORMAT:
            if (vc_cli_set_format(&o, optarg))
                goto done;
            break;
        case OPT_THREADS:
            if (vc_cli_set_threads(&o, optarg))
                goto done;
            break;
        case OPT_STRICT: strict = 1; break;
        case VC_CLI_OPT_HEADER_ROWS:
        case VC_CLI_OPT_SKIP_LINES:
            if (vc_cli_set_header_option(&o, c, optarg))
                goto done;
            break;
        case 'h':
            fputs(LINT_USAGE, stdout);
            rc = EXIT_OK;
            goto done;
        case ':': vc_cli_error("option '%s' needs a value; see `vocal lexicon lint --help`", argv[optind - 1]); goto done;
        default: vc_cli_unknown_option("lexicon lint", argv); goto done;
        }
    }
    if (optind >= argc) {
        vc_cli_error("lexicon lint: no lexicon files; see `vocal lexicon lint --help`");
        goto done;
    }
    o.inputs = corpus;
    o.ninputs = ncorpus;
    lint_counts counts = {0, 0, 0};
    rc = EXIT_OK;
    for (int i = optind; i < argc && !vc_cli_stop && rc != EXIT_USAGE; i++) {
        vc_error err;
        vc_error_clear(&err);
        vc_lexicon *lex = NULL;
        vc_status st = vc_cli_load_lexicon(argv[i], &lex, &err);
        if (st == VC_ERR_LEXICON) {
            /* "file:line:col: message" -> "file:line:col: error: message [compile]" */
            const char *msg = err.msg;
            const char *p = msg;
            for (int colons = 0; *p && colons < 3; p++)
                colons += *p == ':';
            printf("%.*s error:%s [compile]\n", (int)(p - msg), msg, p);
            counts.errors++;
            continue;
        }
        if (st) {
            vc_cli_error("%s", err.msg);
            rc = EXIT_USAGE;
            break;
        }
        if (vc_lexicon_lint(lex, print_finding, &counts)) {
            vc_cli_error("out of memory");
            rc = EXIT_FAIL;
        }
        if (!rc && ncorpus)
            rc = lint_with_corpus(lex, &o, &counts);
        vc_lexicon_free(lex);
    }
    printf("lint: %u error%s, %u warning%s, %u note%s\n", counts.errors, counts.errors == 1 ? "" : "s",
           counts.warnings, counts.warnings == 1 ? "" : "s", counts.notes, counts.notes == 1 ? "" : "s");
    if (fflush(stdout) != 0 && !rc)
        rc = EXIT_FAIL;
    if (!rc && (counts.errors || (strict && counts.warnings)))
        rc = EXIT_FAIL;
done:
    free(corpus);
    return rc;
}

/* ---- convert ---------------------------------------------------------------- */

static int cmd_convert(int argc, char **argv)
{
    if (argc >= 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
        fputs(CONVERT_USAGE, stdout);
        return EXIT_OK;
    }
    if (argc != 3) {
        vc_cli_error("lexicon convert: expected IN and OUT; see `vocal lexicon convert --help`");
        return EXIT_USAGE;
    }
    vc_error err;
    vc_error_clear(&err);
    vc_lexicon *lex = NULL;
    vc_status st = vc_cli_load_lexicon(argv[1], &lex, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        return vc_cli_exit_code(st, VC_CLI_SETUP);
    }
    vc_buf b = VC_BUF_INIT;
    st = vc_buf_printf(&b, "# converted from %s by vocal lexicon convert\n\n", argv[1]);
    if (!st)
        st = vc_lexicon_write_native(lex, &b);
    int rc = !st && vc_cli_write_output(argv[2], &b) == 0 ? EXIT_OK : EXIT_FAIL;
    vc_buf_free(&b);
    vc_lexicon_free(lex);
    return rc;
}

/* ---- eval ------------------------------------------------------------------- */

static int cmd_eval(int argc, char **argv)
{
    static const struct option opts[] = {
        {"text", required_argument, 0, OPT_TEXT},
        {"labels", required_argument, 0, OPT_LABELS},
        {"sentiment-labels", required_argument, 0, OPT_SLABELS},
        {"sentiment-mode", required_argument, 0, OPT_SMODE},
        {"language-column", required_argument, 0, OPT_EVAL_LANGCOL},
        {"no-language", no_argument, 0, OPT_EVAL_NOLANG},
        {"examples", required_argument, 0, OPT_EXAMPLES},
        {"model", required_argument, 0, OPT_MODEL},
        {"model-use", required_argument, 0, OPT_MODEL_USE},
        {"format", required_argument, 0, OPT_FORMAT},
        {"output", required_argument, 0, 'o'},
        {"output-format", required_argument, 0, OPT_OFORMAT},
        {"threads", required_argument, 0, OPT_THREADS},
        {"help", no_argument, 0, 'h'},
        VC_CLI_HEADER_LONGOPTS,
        {0, 0, 0, 0},
    };
    vc_scan_options o;
    vc_cli_scan_defaults(&o);
    const char *labels = "themes", *slabels = NULL, *out_path = "-", *model_path = NULL;
    int model_use = VC_EVAL_UNION;
    size_t examples = 3;
    unsigned smodes = 1u << VC_SENTIMENT_CX; /* as scan's default */
    int format = 0, c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case OPT_TEXT:
            if (vc_cli_set_one_text("lexicon eval", &o.text_col, optarg))
                return EXIT_USAGE;
            break;
        case OPT_LABELS: labels = optarg; break;
        case OPT_SLABELS: slabels = optarg; break;
        case OPT_MODEL: model_path = optarg; break;
        case OPT_MODEL_USE:
            if (!strcmp(optarg, "union"))
                model_use = VC_EVAL_UNION;
            else if (!strcmp(optarg, "model"))
                model_use = VC_EVAL_MODEL;
            else if (!strcmp(optarg, "lexicon"))
                model_use = VC_EVAL_LEXICON;
            else {
                vc_cli_error("--model-use: expected union, model or lexicon, got '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_EVAL_LANGCOL: o.language_col = optarg; break;
        case OPT_EVAL_NOLANG: o.no_language = 1; break;
        case OPT_SMODE: {
            vc_sentiment_mode m;
            if (strcmp(optarg, "both") == 0) {
                smodes = 1u << VC_SENTIMENT_VADER | 1u << VC_SENTIMENT_CX;
            } else if (vc_sentiment_mode_parse(optarg, &m) == VC_OK) {
                smodes = 1u << m;
            } else {
                vc_cli_error("--sentiment-mode: expected vader, cx or both, got '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        }
        case VC_CLI_OPT_HEADER_ROWS:
        case VC_CLI_OPT_SKIP_LINES:
            if (vc_cli_set_header_option(&o, c, optarg))
                return EXIT_USAGE;
            break;
        case OPT_EXAMPLES:
            if (vc_cli_parse_count("--examples", optarg, 1000, &examples))
                return EXIT_USAGE;
            break;
        case OPT_FORMAT:
            if (vc_cli_set_format(&o, optarg))
                return EXIT_USAGE;
            break;
        case 'o': out_path = optarg; break;
        case OPT_OFORMAT:
            if ((format = vc_cli_report_format(optarg)) < 0)
                return EXIT_USAGE;
            break;
        case OPT_THREADS:
            if (vc_cli_set_threads(&o, optarg))
                return EXIT_USAGE;
            break;
        case 'h': fputs(EVAL_USAGE, stdout); return EXIT_OK;
        case ':': vc_cli_error("option '%s' needs a value; see `vocal lexicon eval --help`", argv[optind - 1]); return EXIT_USAGE;
        default: vc_cli_unknown_option("lexicon eval", argv); return EXIT_USAGE;
        }
    }
    if (o.no_language && o.language_col) {
        vc_cli_error("--language-column and --no-language contradict each other");
        return EXIT_USAGE;
    }
    if (argc - optind < 2) {
        vc_cli_error("lexicon eval: expected LEXICON and GOLD; see `vocal lexicon eval --help`");
        return EXIT_USAGE;
    }
    o.inputs = (const char *const *)(argv + optind + 1);
    o.ninputs = (size_t)(argc - optind - 1);
    const vc_out_name outs[] = {{"-o", out_path}};
    if (vc_out_check_paths(outs, 1, o.inputs, o.ninputs))
        return EXIT_USAGE;
    vc_error err;
    vc_error_clear(&err);
    vc_lexicon *lex = NULL;
    vc_status st = vc_cli_load_lexicon(argv[optind], &lex, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        return vc_cli_exit_code(st, VC_CLI_SETUP);
    }
    o.lex = lex;
    o.no_score = 1; /* labels are compared, scores never read */
    vc_model *model = NULL;
    if (model_path && (st = vc_model_load(model_path, lex, &model, &err))) {
        vc_cli_error("--model: %s", err.msg);
        vc_lexicon_free(lex);
        return vc_cli_exit_code(st, VC_CLI_SETUP);
    }
    vc_eval_options eo = {o, labels, slabels, examples, smodes, model, model ? model_use : VC_EVAL_LEXICON};
    vc_eval_result *res = NULL;
    vc_buf b = VC_BUF_INIT;
    vc_cli_install_signals();
    int rc = EXIT_OK;
    if (model && format == 0) {
        /* the three side by side, before the details */
        static const char *const NAMES[] = {"lexicon", "model", "union"};
        vc_buf_printf(&b, "%-8s %9s %9s %9s %9s %9s %9s\n", "", "micro P", "micro R", "micro F1", "macro P",
                      "macro R", "macro F1");
        for (int u = VC_EVAL_LEXICON; u <= VC_EVAL_UNION && !rc; u++) {
            vc_eval_options e3 = eo;
            e3.model_use = u;
            e3.examples = 0;
            e3.sentiment_col = NULL;
            st = vc_eval_run(&e3, &res, &err);
            rc = vc_cli_corpus_done(st, &err, res ? res->scan : NULL);
            if (!rc)
                vc_buf_printf(&b, "%-8s %9.4f %9.4f %9.4f %9.4f %9.4f %9.4f\n", NAMES[u], res->micro.precision,
                              res->micro.recall, res->micro.f1, res->macro_precision, res->macro_recall,
                              res->macro_f1);
            vc_eval_result_free(res);
            res = NULL;
        }
        vc_buf_printf(&b, "\nDetails: %s\n\n", NAMES[model_use]);
    }
    if (!rc) {
        st = vc_eval_run(&eo, &res, &err);
        rc = vc_cli_corpus_done(st, &err, res ? res->scan : NULL);
    }
    if (!rc && vc_eval_write(res, argv[optind], argv[optind + 1], (vc_lab_format)format, &b))
        rc = EXIT_FAIL;
    if (!rc && vc_cli_write_output(out_path, &b))
        rc = EXIT_FAIL;
    vc_buf_free(&b);
    vc_eval_result_free(res);
    vc_model_free(model);
    vc_lexicon_free(lex);
    return rc;
}

/* ---- list ------------------------------------------------------------------- */

static int cmd_list(int argc, char **argv)
{
    static const struct option opts[] = {
        {"output", required_argument, 0, 'o'},
        {"output-format", required_argument, 0, OPT_OFORMAT},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    const char *out_path = "-";
    int format = 0, c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o': out_path = optarg; break;
        case OPT_OFORMAT:
            if ((format = vc_cli_report_format(optarg)) < 0)
                return EXIT_USAGE;
            break;
        case 'h': fputs(LIST_USAGE, stdout); return EXIT_OK;
        case ':': vc_cli_error("option '%s' needs a value; see `vocal lexicon list --help`", argv[optind - 1]); return EXIT_USAGE;
        default: vc_cli_unknown_option("lexicon list", argv); return EXIT_USAGE;
        }
    }
    if (optind < argc) {
        vc_cli_error("lexicon list: takes no arguments, got '%s'; see `vocal lexicon list --help`", argv[optind]);
        return EXIT_USAGE;
    }
    vc_error err;
    vc_error_clear(&err);
    vc_lexlist *l = NULL;
    vc_status st = vc_lexlist_builtin(&l, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        return EXIT_FAIL;
    }
    vc_buf b = VC_BUF_INIT;
    int rc = vc_lexlist_write(l, (vc_lab_format)format, &b) || vc_cli_write_output(out_path, &b) ? EXIT_FAIL : EXIT_OK;
    vc_buf_free(&b);
    vc_lexlist_free(l);
    return rc;
}

int vc_cmd_lexicon(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "help") == 0) {
        fputs(LEXICON_USAGE, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    if (strcmp(argv[1], "lint") == 0)
        return cmd_lint(argc - 1, argv + 1);
    if (strcmp(argv[1], "convert") == 0)
        return cmd_convert(argc - 1, argv + 1);
    if (strcmp(argv[1], "eval") == 0)
        return cmd_eval(argc - 1, argv + 1);
    if (strcmp(argv[1], "diff") == 0)
        return vc_cmd_lexicon_diff(argc - 1, argv + 1);
    if (strcmp(argv[1], "expand") == 0)
        return vc_cmd_lexicon_expand(argc - 1, argv + 1);
    if (strcmp(argv[1], "list") == 0)
        return cmd_list(argc - 1, argv + 1);
    vc_cli_error("unknown lexicon command '%s'; run `vocal lexicon --help`", argv[1]);
    return EXIT_USAGE;
}
