/*
 * cmd_merge.c - `vocal merge`: partials in, the outputs of one run out.
 *
 * The reduce step of a sharded run: every shard ran `vocal scan --partial`
 * (on another machine, in another task, at another time); merge loads the
 * partials, refuses any made with other settings or holding an input
 * twice, folds them together (in any order: counters are integers and
 * quotes have a total order) and writes the same outputs, through the same
 * writers (report/run_out.c), as `vocal scan` over all the inputs. A merged state
 * can be saved again (--partial), for merges of merges.
 *
 * `vocal report PART...` comes through here too.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "args.h"
#include "cli.h"
#include "summary.h"
#include "vocal/report.h"
#include "vocal/rows.h"
#include "vocal/run_out.h"

static const char MERGE_USAGE[] =
    "usage: vocal merge [OPTIONS] PART...\n"
    "\n"
    "Merge partial results (`vocal scan --partial`, or an earlier `vocal merge --partial`)\n"
    "into the outputs of one scan over all their inputs: the same theme table, changes,\n"
    "quotes, accounting and rejected rows, byte for byte, whatever the order of the parts.\n"
    "Settings (lexicons, --by, --period, --scale, --quotes, ...) come from the partials;\n"
    "partials made with different settings, or holding the same input twice, are refused.\n"
    "A file split with --members must be merged with all of its shares.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE     theme table (default: stdout; none with --partial unless given)\n"
    "  --output-format F     csv (default), json ({\"rows\":[...]}) or ndjson (one JSON object\n"
    "                        per line); --changes, --quotes-file and --rejects follow it\n"
    "  --changes-format F, --quotes-format F, --rejects-format F\n"
    "                        csv, json or ndjson for that file alone\n"
    "  --changes FILE        per theme, the change between two periods (partials made with --period)\n"
    "  --compare A..B        the periods --changes compares (default: the last two with a date)\n"
    "  --quotes-file FILE    example sentences per theme and score group\n"
    "  --stats FILE          run accounting as JSON (seconds and threads are the merge's own)\n"
    "  --rejects FILE        rejected rows of every input: file,line,byte_offset,reason,record\n"
    "  --partial FILE        also save the merged state as one partial (for merges of merges;\n"
    "                        shares of a file may still be missing from it)\n"
    "  --no-scale-check      write the outputs even when the merged scores clearly do not fit\n"
    "                        the scale (see `vocal scan --help`; by default the merge stops, exit 1)\n"
    "  -q, --quiet           no summary on stderr\n"
    "  -h, --help            this help\n"
    "\n"
    "Exit codes: 0 success, 1 failure, 2 usage error (different settings, a missing share, ...).\n";

enum { OPT_OFORMAT = 256, OPT_CHANGES, OPT_COMPARE, OPT_QUOTES_FILE, OPT_STATS, OPT_REJECTS, OPT_PARTIAL, OPT_NO_SCALE_CHECK };
/* the side outputs' own formats, in side_fmt[] order */
enum { OPT_CHANGES_FORMAT = 0x4f46, OPT_QUOTES_FORMAT, OPT_REJECTS_FORMAT };

static const struct option LONGOPTS[] = {
    {"output", required_argument, 0, 'o'},
    {"output-format", required_argument, 0, OPT_OFORMAT},
    {"changes", required_argument, 0, OPT_CHANGES},
    {"compare", required_argument, 0, OPT_COMPARE},
    {"quotes-file", required_argument, 0, OPT_QUOTES_FILE},
    {"stats", required_argument, 0, OPT_STATS},
    {"rejects", required_argument, 0, OPT_REJECTS},
    {"changes-format", required_argument, 0, OPT_CHANGES_FORMAT},
    {"quotes-format", required_argument, 0, OPT_QUOTES_FORMAT},
    {"rejects-format", required_argument, 0, OPT_REJECTS_FORMAT},
    {"partial", required_argument, 0, OPT_PARTIAL},
    {"no-scale-check", no_argument, 0, OPT_NO_SCALE_CHECK},
    {"quiet", no_argument, 0, 'q'},
    {"help", no_argument, 0, 'h'},
    {0, 0, 0, 0},
};

/* Load and merge every part into one; prints the error and returns NULL. */
static vc_partial *load_all(char **paths, size_t n, int *rc)
{
    vc_partial *all = NULL;
    vc_error err;
    for (size_t i = 0; i < n; i++) {
        vc_partial *p;
        vc_error_clear(&err);
        vc_status st = vc_partial_load(paths[i], &p, &err);
        if (!st && all) {
            st = vc_partial_merge(all, p, i == 1 ? paths[0] : "the partials before it", paths[i], &err);
            vc_partial_free(p);
        } else if (!st) {
            all = p;
        }
        if (st) {
            vc_cli_error("%s", err.msg[0] ? err.msg : vc_strerror(st));
            vc_partial_free(all);
            *rc = vc_cli_exit_code(st, VC_CLI_SETUP);
            return NULL;
        }
    }
    return all;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int vc_cli_report_partials(char **paths, size_t n, const char *out_path, const vc_review_options *ro, int quiet,
                           int no_scale_check)
{
    int rc = EXIT_FAIL;
    vc_partial *p = load_all(paths, n, &rc);
    if (!p)
        return rc;
    vc_error err;
    vc_error_clear(&err);
    vc_buf b = VC_BUF_INIT;
    vc_status st = vc_partial_finish(p, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        rc = vc_cli_exit_code(st, VC_CLI_RUN);
    } else {
        vc_result_view res = {vc_partial_meta_get(p), vc_partial_agg(p), vc_partial_quotes(p), vc_partial_stats(p)};
        if (vc_partial_stats(p)->rows_analyzed == 0) {
            vc_cli_summary(vc_partial_stats(p), NULL, 0, quiet);
            rc = vc_cli_verdict(vc_partial_stats(p), 0, 0, "no review was written");
            goto out;
        }
        vc_cli_summary(vc_partial_stats(p), NULL, 0, quiet);
        if (!no_scale_check && vc_cli_scale_check(&res))
            goto out;
        vc_cli_language_warnings(&res);
        if (!quiet)
            vc_cli_score_warnings(&res);
        if (!quiet && isatty(STDERR_FILENO))
            fprintf(stderr, "vocal: note: no \"What the lexicon misses\" section: partials hold counts, not the "
                            "comments it reads\n");
        st = vc_result_report(&b, &res, ro, NULL, &err);
        if (st) {
            vc_cli_error("%s", err.msg[0] ? err.msg : vc_strerror(st));
            rc = vc_cli_exit_code(st, VC_CLI_RUN);
        }
        else if (!vc_cli_write_output(out_path, &b))
            rc = EXIT_OK;
    }
out:
    vc_buf_free(&b);
    vc_partial_free(p);
    return rc;
}

int vc_cmd_merge(int argc, char **argv)
{
    const char *out_path = NULL, *changes_path = NULL, *compare_from = NULL, *compare_to = NULL;
    const char *quotes_path = NULL, *stats_path = NULL, *rejects_path = NULL, *partial_path = NULL;
    int quiet = 0, no_scale_check = 0;
    vc_table_format ofmt = VC_TABLE_CSV;
    int side_fmt[3] = {-1, -1, -1}; /* changes, quotes, rejects; -1: the table's */
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":o:qh", LONGOPTS, NULL)) != -1) {
        switch (c) {
        case 'o': out_path = optarg; break;
        case OPT_OFORMAT:
            if (vc_cli_table_format("--output-format", optarg, &ofmt))
                return EXIT_USAGE;
            break;
        case OPT_CHANGES_FORMAT:
        case OPT_QUOTES_FORMAT:
        case OPT_REJECTS_FORMAT: {
            static const char *const FLAGS[] = {"--changes-format", "--quotes-format", "--rejects-format"};
            vc_table_format f;
            if (vc_cli_table_format(FLAGS[c - OPT_CHANGES_FORMAT], optarg, &f))
                return EXIT_USAGE;
            side_fmt[c - OPT_CHANGES_FORMAT] = (int)f;
            break;
        }
        case OPT_CHANGES: changes_path = optarg; break;
        case OPT_COMPARE:
            if (vc_cli_parse_compare(optarg, &compare_from, &compare_to))
                return EXIT_USAGE;
            break;
        case OPT_QUOTES_FILE: quotes_path = optarg; break;
        case OPT_STATS: stats_path = optarg; break;
        case OPT_REJECTS: rejects_path = optarg; break;
        case OPT_PARTIAL: partial_path = optarg; break;
        case OPT_NO_SCALE_CHECK: no_scale_check = 1; break;
        case 'q': quiet = 1; break;
        case 'h': fputs(MERGE_USAGE, stdout); return EXIT_OK;
        case ':':
            vc_cli_error("option '%s' needs a value; see `vocal merge --help`", argv[optind - 1]);
            return EXIT_USAGE;
        default:
            vc_cli_unknown_option("merge", argv);
            return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        vc_cli_error("merge: no partials given; see `vocal merge --help`");
        return EXIT_USAGE;
    }
    if (compare_from && !changes_path) {
        vc_cli_error("--compare chooses the periods of --changes FILE; add --changes");
        return EXIT_USAGE;
    }
    if (!out_path && !partial_path)
        out_path = "-";
    for (int i = 0; i < 3; i++)
        if (side_fmt[i] < 0)
            side_fmt[i] = (int)ofmt;
    /* as scan: off a terminal, stderr carries errors and warnings only */
    int quiet_warnings = quiet;
    if (!isatty(STDERR_FILENO))
        quiet = 1;
    double t0 = now();
    int rc = EXIT_FAIL;
    const vc_out_name outs[] = {{"-o", out_path},           {"--partial", partial_path},
                                {"--changes", changes_path}, {"--quotes-file", quotes_path},
                                {"--stats", stats_path},     {"--rejects", rejects_path}};
    if (vc_out_check_paths(outs, sizeof outs / sizeof outs[0], (const char *const *)(argv + optind),
                           (size_t)(argc - optind)))
        return EXIT_USAGE;
    vc_partial *p = load_all(argv + optind, (size_t)(argc - optind), &rc);
    if (!p)
        return rc;
    vc_error err;
    vc_error_clear(&err);
    vc_buf b = VC_BUF_INIT;
    rc = EXIT_FAIL;
    if (partial_path) {
        if (vc_partial_encode(p, &b) || vc_cli_write_output(partial_path, &b))
            goto done;
        vc_buf_reset(&b);
        if (!out_path && !changes_path && !quotes_path && !stats_path && !rejects_path) {
            rc = EXIT_OK;
            goto done;
        }
    }
    vc_status st = vc_partial_finish(p, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        rc = vc_cli_exit_code(st, VC_CLI_RUN);
        goto done;
    }
    const vc_partial_meta *m = vc_partial_meta_get(p);
    vc_scan_stats stats = *vc_partial_stats(p);
    vc_result_view res = {m, vc_partial_agg(p), vc_partial_quotes(p), &stats};
    if (stats.rows_analyzed == 0) { /* as a scan: no table of nothing */
        vc_cli_summary(&stats, NULL, 0, quiet_warnings);
        rc = vc_cli_verdict(&stats, 0, 0, "no output was written");
        goto done;
    }
    /* the scale check on the merged counts, before any output */
    if (!no_scale_check && vc_cli_scale_check(&res))
        goto done;
    vc_cli_language_warnings(&res); /* as scan says it, whatever -q says */
    if (!quiet_warnings)
        vc_cli_score_warnings(&res);
    if (!quiet_warnings) {
        vc_buf warnings = VC_BUF_INIT;
        vc_result_overflow_warnings(&warnings, &res);
        vc_cli_warn_lines(&warnings);
        vc_buf_free(&warnings);
        for (size_t i = 0; i < stats.nfiles; i++) /* as the scans of the shards said */
            if (stats.files[i].message)
                fprintf(stderr, "vocal: warning: %s\n", stats.files[i].message);
    }
    if (rejects_path && !quiet_warnings)
        for (size_t i = 0; i < stats.nfiles; i++)
            if (stats.files[i].rejects_dropped)
                fprintf(stderr,
                        "vocal: warning: %s: %llu of its %llu rejected rows are not in %s (a partial keeps its "
                        "scan's rejected rows up to a cap; the scan's own --rejects has every row)\n",
                        stats.files[i].name, (unsigned long long)stats.files[i].rejects_dropped,
                        (unsigned long long)stats.files[i].rows_rejected, rejects_path);
    if (changes_path && m->period_dim < 0) {
        vc_cli_error("--changes needs partials made with --period COL");
        rc = EXIT_USAGE;
        goto done;
    }
    if (quotes_path && !res.quotes) {
        vc_cli_error("--quotes-file: the partials kept no quotes (they were made with --quotes 0)");
        rc = EXIT_USAGE;
        goto done;
    }
    /* every output is built in memory first: all of them or none */
    vc_buf table = VC_BUF_INIT, changes = VC_BUF_INIT, quotes = VC_BUF_INIT, sj = VC_BUF_INIT, rj = VC_BUF_INIT;
    if (out_path)
        st = vc_result_table(&table, &res, ofmt);
    if (!st && changes_path) {
        st = vc_result_changes(&changes, &res, compare_from, compare_to, (vc_table_format)side_fmt[0], &err);
        if (st) {
            vc_cli_error("%s", err.msg[0] ? err.msg : vc_strerror(st));
            rc = vc_cli_exit_code(st, VC_CLI_RUN);
        }
    }
    if (!st && quotes_path)
        st = vc_result_quotes(&quotes, &res, (vc_table_format)side_fmt[1]);
    if (!st && rejects_path) {
        size_t len;
        const char *rows = vc_partial_rejects(p, &len);
        vc_table_format rf = (vc_table_format)side_fmt[2];
        vc_rejects_head(&rj, rf);
        st = vc_reject_rows_convert(&rj, rf, rows, len, 1);
        if (!st)
            st = vc_rows_tail(&rj, rf);
    }
    if (!st && stats_path) {
        stats.threads = 1;
        stats.seconds = now() - t0;
        st = vc_result_stats_json(&sj, &res);
    }
    if (st) {
        if (!err.msg[0])
            vc_cli_error("%s", vc_strerror(st));
    } else if ((!out_path || !vc_cli_write_output(out_path, &table)) &&
               (!changes_path || !vc_cli_write_output(changes_path, &changes)) &&
               (!quotes_path || !vc_cli_write_output(quotes_path, &quotes)) &&
               (!rejects_path || !vc_cli_write_output(rejects_path, &rj)) &&
               (!stats_path || !vc_cli_write_output(stats_path, &sj))) {
        rc = EXIT_OK;
        vc_cli_summary(&stats, rejects_path, 0, quiet_warnings);
    }
    vc_buf_free(&table);
    vc_buf_free(&changes);
    vc_buf_free(&quotes);
    vc_buf_free(&sj);
    vc_buf_free(&rj);
done:
    vc_buf_free(&b);
    vc_partial_free(p);
    return rc;
}
