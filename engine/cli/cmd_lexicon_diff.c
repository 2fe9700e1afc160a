/*
 * cmd_lexicon_diff.c - `vocal lexicon diff OLD NEW FILE...`: what a lexicon
 * change does to the numbers, before it reaches the monthly review.
 *
 * Flags become vc_lexdiff_options and gates; one vc_lexdiff_run (lexdiff.h)
 * matches both lexicons over the comments; vc_lexdiff_write (lab_report.h)
 * renders the result; then the gates are checked in order.
 *
 * --fail-if '[THEME:]METRIC OP NUMBER' makes a lexicon repository's CI fail
 * on a change that moves too much (exit 1).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "cli.h"
#include "vocal/lab_report.h"
#include "vocal/lexdiff.h"

static const char DIFF_USAGE[] =
    "usage: vocal lexicon diff [OPTIONS] OLD NEW FILE...\n"
    "\n"
    "Match two versions of a lexicon over the same comments in one pass and show\n"
    "what changed: per theme, comments matched by each, gained and lost, the change\n"
    "in mentions, NPS and NPS impact under each; themes added, removed or renamed;\n"
    "the first gained and lost comments with the entries responsible (file:line);\n"
    "and the throughput of each lexicon (normalize + match, comments per CPU second).\n"
    "OLD and NEW are lexicon files or builtin:NAME (`vocal lexicon list`).\n"
    "\n"
    "  --text COL            comment column (default: detected; one only)\n"
    "  --score COL           score column (default: detected)\n"
    "  --scale S             nps (default), csat or ces\n"
    "  --format FMT          csv, tsv or jsonl (default: sniffed)\n"
    VC_CLI_HEADER_HELP
    "  --examples N          gained and lost comments shown per theme (default 3)\n"
    "  --fail-if EXPR        exit 1 when EXPR holds; repeatable. EXPR is\n"
    "                        [THEME:]METRIC OP NUMBER with OP one of > >= < <= == !=;\n"
    "                        metrics: changed, gained, lost (comments), added, removed,\n"
    "                        renamed (themes), slowdown (new time / old time); per theme:\n"
    "                        gained, lost, delta (new - old mentions)\n"
    "  -o, --output FILE     write the report to FILE (default: stdout)\n"
    "  --output-format F     text (default), csv, json or ndjson (the CSV's rows,\n"
    "                        one JSON object per line)\n"
    "  --threads N           analysis threads (default: online CPUs)\n"
    "  -h, --help            this help\n";

enum { OPT_TEXT = 256, OPT_SCORE, OPT_SCALE, OPT_FORMAT, OPT_EXAMPLES, OPT_FAILIF, OPT_OFORMAT, OPT_THREADS };

int vc_cmd_lexicon_diff(int argc, char **argv)
{
    static const struct option opts[] = {
        {"text", required_argument, 0, OPT_TEXT},         {"score", required_argument, 0, OPT_SCORE},
        {"scale", required_argument, 0, OPT_SCALE},       {"format", required_argument, 0, OPT_FORMAT},
        {"examples", required_argument, 0, OPT_EXAMPLES}, {"fail-if", required_argument, 0, OPT_FAILIF},
        {"output", required_argument, 0, 'o'},            {"output-format", required_argument, 0, OPT_OFORMAT},
        {"threads", required_argument, 0, OPT_THREADS},   {"help", no_argument, 0, 'h'},
        VC_CLI_HEADER_LONGOPTS,
        {0, 0, 0, 0},
    };
    vc_scan_options o;
    vc_cli_scan_defaults(&o);
    const char *out_path = "-";
    size_t examples = 3, nfail = 0;
    vc_lexdiff_gate *fails = calloc((size_t)argc + 1, sizeof *fails);
    int format = 0, c, rc = EXIT_USAGE;
    if (!fails)
        return EXIT_FAIL;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case OPT_TEXT:
            if (vc_cli_set_one_text("lexicon diff", &o.text_col, optarg))
                goto done;
            break;
        case OPT_SCORE: o.score_col = optarg; break;
        case VC_CLI_OPT_HEADER_ROWS:
        case VC_CLI_OPT_SKIP_LINES:
            if (vc_cli_set_header_option(&o, c, optarg))
                goto done;
            break;
        case OPT_SCALE:
            if (vc_scale_parse(optarg, &o.scale)) {
                vc_cli_error("--scale: expected nps, csat or ces, got '%s'", optarg);
                goto done;
            }
            break;
        case OPT_FORMAT:
            if (vc_cli_set_format(&o, optarg))
                goto done;
            break;
        case OPT_EXAMPLES:
            if (vc_cli_parse_count("--examples", optarg, 1000, &examples))
                goto done;
            break;
        case OPT_FAILIF:
            if (vc_lexdiff_gate_parse(optarg, &fails[nfail])) {
                vc_cli_error("--fail-if: cannot read '%s'; expected [THEME:]METRIC OP NUMBER, e.g. 'lost>100' or "
                             "'service/staff:delta<-50' (see `vocal lexicon diff --help`)",
                             optarg);
                goto done;
            }
            nfail++;
            break;
        case 'o': out_path = optarg; break;
        case OPT_OFORMAT:
            if ((format = vc_cli_report_format(optarg)) < 0)
                goto done;
            break;
        case OPT_THREADS:
            if (vc_cli_set_threads(&o, optarg))
                goto done;
            break;
        case 'h':
            fputs(DIFF_USAGE, stdout);
            rc = EXIT_OK;
            goto done;
        case ':': vc_cli_error("option '%s' needs a value; see `vocal lexicon diff --help`", argv[optind - 1]); goto done;
        default: vc_cli_unknown_option("lexicon diff", argv); goto done;
        }
    }
    if (argc - optind < 3) {
        vc_cli_error("lexicon diff: expected OLD, NEW and at least one FILE; see `vocal lexicon diff --help`");
        goto done;
    }
    const vc_out_name outs[] = {{"-o", out_path}};
    if (vc_out_check_paths(outs, 1, (const char *const *)(argv + optind + 2), (size_t)(argc - optind - 2)))
        goto done;
    rc = EXIT_OK;
    const char *old_path = argv[optind], *new_path = argv[optind + 1];
    vc_error err;
    vc_error_clear(&err);
    vc_lexicon *lo = NULL, *ln = NULL;
    vc_status st = vc_cli_load_lexicon(old_path, &lo, &err);
    if (!st)
        st = vc_cli_load_lexicon(new_path, &ln, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        rc = vc_cli_exit_code(st, VC_CLI_SETUP);
        goto cleanup;
    }
    o.inputs = (const char *const *)(argv + optind + 2);
    o.ninputs = (size_t)(argc - optind - 2);
    vc_lexdiff_options diff_opts = {o, lo, ln, examples};
    vc_lexdiff_result *res = NULL;
    vc_cli_install_signals();
    st = vc_lexdiff_run(&diff_opts, &res, &err);
    rc = vc_cli_corpus_done(st, &err, res ? res->scan : NULL);
    vc_buf b = VC_BUF_INIT;
    if (!rc && vc_lexdiff_write(res, old_path, new_path, (vc_lab_format)format, &b))
        rc = EXIT_FAIL;
    if (!rc && vc_cli_write_output(out_path, &b))
        rc = EXIT_FAIL;
    /* the gates */
    for (size_t i = 0; i < nfail && !rc; i++) {
        const vc_lexdiff_gate *f = &fails[i];
        double v;
        int holds = vc_lexdiff_gate_eval(f, res, &v);
        if (holds < 0) {
            vc_cli_error("--fail-if '%s': no theme %s in either lexicon", f->text, f->theme);
            rc = EXIT_USAGE;
        } else if (holds) {
            vc_cli_error("--fail-if '%s' holds (%s = %g)", f->text, f->metric, v);
            rc = EXIT_FAIL;
        }
    }
    vc_buf_free(&b);
    vc_lexdiff_result_free(res);
cleanup:
    vc_lexicon_free(lo);
    vc_lexicon_free(ln);
done:
    free(fails);
    return rc;
}
