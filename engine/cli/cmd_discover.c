/*
 * cmd_discover.c - `vocal discover [OPTIONS] FILE...`: the words and phrases
 * unusually frequent among detractors (or in the latest period, or in one
 * segment) that no theme covers, with counts, keyness, NPS, examples and a
 * lexicon fragment to paste.
 *
 * Flags become vc_discover_options; vc_discover_run (lab/discover.c) finds
 * the terms and vc_discovery_write / vc_discovery_suggest
 * (report/discover_out.c) write them as text (default, for reading), csv and
 * json (for pipelines) or md (for a wiki page), and the fragment.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "cli.h"
#include "summary.h"
#include "vocal/discover.h"
#include "vocal/lab_report.h"
#include "vocal/rows.h"
#include "vocal/stopwords.h"

static const char DISCOVER_USAGE[] =
    "usage: vocal discover [OPTIONS] FILE...\n"
    "\n"
    "Find what the lexicon misses: word n-grams unusually frequent in one group of\n"
    "comments against another (log-likelihood G2 and log ratio over comment counts,\n"
    "corrected for the number of terms tested), marked covered when a theme entry\n"
    "matches over them; the uncovered ones are listed with counts per group, the NPS\n"
    "of the comments using them, examples, and a suggested lexicon fragment.\n"
    "FILE may be compressed (gzip, zstd, bzip2, xz) or plain CSV, TSV or JSONL; it is\n"
    "read two or three times, so standard input is not accepted.\n"
    "\n"
    "Groups:\n"
    "  --compare WHAT        score (default): detractors against promoters (CSAT/CES:\n"
    "                        low against high); period:LATEST: the latest period of\n"
    "                        --period against the others; period:LABEL: that period\n"
    "                        (e.g. period:2026-11); COL=VALUE: rows where COL is VALUE\n"
    "                        against the rest\n"
    "  --period COL[:UNIT]   the date column for period:, UNIT day, week, month (default)\n"
    "                        or quarter\n"
    "  --date-order ORDER    mdy or dmy for dates like 05/06/2026\n"
    "Terms:\n"
    "  --ngrams N            longest term in words, 1 to 5 (default 3)\n"
    "  --min-count N         target comments a term needs (default 5)\n"
    "  --alpha A             significance level (default 0.05)\n"
    "  --correction C        bh (Benjamini-Hochberg, default), bonferroni or none\n"
    "  --stop-words FILE     stop words, one per line (default: the built-in English list)\n"
    "  --no-stop-words       no stop words\n"
    "  --all                 list covered terms too (default: uncovered only)\n"
    "  --no-collapse         keep n-grams that are part of a stronger longer or shorter\n"
    "                        one (by default \"code scanner\" folds into \"qr code scanner\")\n"
    "  --top N               terms listed (default 30), and as many sentiment terms\n"
    "  --rank BY             g2 (default: strength of evidence) or log-ratio (effect size:\n"
    "                        terms nearly exclusive to the target first)\n"
    "  --examples N          example comments per term (default 3)\n"
    "Sentiment terms (only words VADER reads for sentiment, and stop words: \"worst\",\n"
    "\"so bad\", \"never\") say how people feel, not what they talk about; they are\n"
    "listed in a section of their own, never among the topics or in the fragment:\n"
    "  --sentiment FILE      VADER-format lexicon that says which words carry sentiment\n"
    "                        (default: built-in VADER)\n"
    "  --sentiment-overlay FILE  add or override entries (token TAB valence; a valence\n"
    "                        of 0 makes a word a topic word again)\n"
    "  --sentiment-as-topics list sentiment terms among the topics (no section)\n"
    "  --memory SIZE         memory for n-gram counts, e.g. 64M or 1G (default 128M);\n"
    "                        beyond it rare terms are counted approximately first and\n"
    "                        the candidates exactly in a second pass\n"
    "Input and analysis:\n"
    "  --text COL, --score COL, --scale S, --format FMT, --themes FILE, --threads N,\n"
    "  --encoding NAME, --rejects FILE  as for `vocal scan` (one --text: a second is refused)\n"
    "  --rejects-format F    csv, json or ndjson (default: as --output-format when that is one\n"
    "                        of them, else csv)\n"
    "                        (--themes builtin:NAME: a built-in lexicon, `vocal lexicon list`)\n"
    VC_CLI_HEADER_HELP
    "Output:\n"
    "  -o, --output FILE     the list (default: stdout)\n"
    "  --output-format F     text (default), csv, json, ndjson (the CSV's rows, one JSON\n"
    "                        object per line) or md\n"
    "  --suggest FILE        also write the suggested lexicon fragment to FILE\n"
    "  -q, --quiet           no notes on stderr\n"
    "  -h, --help            this help\n";

enum { OPT_REJECTS_FORMAT = 0x4f46 }; /* apart from the list below */
enum {
    OPT_TEXT = 256, OPT_SCORE, OPT_SCALE, OPT_FORMAT, OPT_THEMES, OPT_THREADS, OPT_REJECTS, OPT_COMPARE,
    OPT_PERIOD, OPT_DATE_ORDER, OPT_NGRAMS, OPT_MINCOUNT, OPT_ALPHA, OPT_CORRECTION, OPT_STOP, OPT_NOSTOP,
    OPT_ALL, OPT_TOP, OPT_EXAMPLES, OPT_MEMORY, OPT_OFORMAT, OPT_SUGGEST, OPT_RANK, OPT_NOCOLLAPSE,
    OPT_ENCODING, OPT_SENTIMENT, OPT_OVERLAY, OPT_SENT_TOPICS
};

/* ---- the command ---------------------------------------------------------------- */

int vc_cmd_discover(int argc, char **argv)
{
    static const struct option opts[] = {
        {"text", required_argument, 0, OPT_TEXT},
        {"score", required_argument, 0, OPT_SCORE},
        {"scale", required_argument, 0, OPT_SCALE},
        {"format", required_argument, 0, OPT_FORMAT},
        {"encoding", required_argument, 0, OPT_ENCODING},
        {"themes", required_argument, 0, OPT_THEMES},
        {"threads", required_argument, 0, OPT_THREADS},
        {"rejects", required_argument, 0, OPT_REJECTS},
        {"rejects-format", required_argument, 0, OPT_REJECTS_FORMAT},
        {"compare", required_argument, 0, OPT_COMPARE},
        {"period", required_argument, 0, OPT_PERIOD},
        {"date-order", required_argument, 0, OPT_DATE_ORDER},
        {"ngrams", required_argument, 0, OPT_NGRAMS},
        {"min-count", required_argument, 0, OPT_MINCOUNT},
        {"alpha", required_argument, 0, OPT_ALPHA},
        {"correction", required_argument, 0, OPT_CORRECTION},
        {"stop-words", required_argument, 0, OPT_STOP},
        {"no-stop-words", no_argument, 0, OPT_NOSTOP},
        {"all", no_argument, 0, OPT_ALL},
        {"top", required_argument, 0, OPT_TOP},
        {"rank", required_argument, 0, OPT_RANK},
        {"no-collapse", no_argument, 0, OPT_NOCOLLAPSE},
        {"examples", required_argument, 0, OPT_EXAMPLES},
        {"memory", required_argument, 0, OPT_MEMORY},
        {"output", required_argument, 0, 'o'},
        {"output-format", required_argument, 0, OPT_OFORMAT},
        {"suggest", required_argument, 0, OPT_SUGGEST},
        {"sentiment", required_argument, 0, OPT_SENTIMENT},
        {"sentiment-overlay", required_argument, 0, OPT_OVERLAY},
        {"sentiment-as-topics", no_argument, 0, OPT_SENT_TOPICS},
        {"quiet", no_argument, 0, 'q'},
        VC_CLI_HEADER_LONGOPTS,
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    vc_discover_options o;
    vc_discover_defaults(&o);
    vc_cli_scan_defaults(&o.scan);
    const char *themes_path = NULL, *stop_path = NULL, *out_path = "-", *suggest_path = NULL;
    const char *rejects_path = NULL, *compare = NULL, *period_col = NULL, *sent_path = NULL, *overlay_path = NULL;
    int no_stop = 0, quiet = 0, format = 0, c, rc = EXIT_USAGE; /* 0 text, 1 csv, 2 json, 3 md */
    vc_table_format rejects_fmt = VC_TABLE_CSV;
    int rejects_fmt_set = 0;
    o.scan.note_ctx = &quiet;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:qh", opts, NULL)) != -1) {
        switch (c) {
        case OPT_TEXT:
            if (vc_cli_set_one_text("discover", &o.scan.text_col, optarg))
                return EXIT_USAGE;
            break;
        case OPT_SCORE: o.scan.score_col = optarg; break;
        case OPT_SCALE:
            if (vc_scale_parse(optarg, &o.scan.scale)) {
                vc_cli_error("--scale: expected nps, csat or ces, got '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_FORMAT:
            if (vc_cli_set_format(&o.scan, optarg))
                return EXIT_USAGE;
            break;
        case OPT_ENCODING:
            if (vc_cli_set_encoding(&o.scan, optarg))
                return EXIT_USAGE;
            break;
        case OPT_THEMES: themes_path = optarg; break;
        case OPT_THREADS:
            if (vc_cli_set_threads(&o.scan, optarg))
                return EXIT_USAGE;
            break;
        case OPT_REJECTS: rejects_path = optarg; break;
        case OPT_REJECTS_FORMAT:
            if (vc_cli_table_format("--rejects-format", optarg, &rejects_fmt))
                return EXIT_USAGE;
            rejects_fmt_set = 1;
            break;
        case OPT_COMPARE: compare = optarg; break;
        case OPT_PERIOD:
            if (vc_cli_parse_period("--period", optarg, &period_col, &o.scan.period_unit))
                return EXIT_USAGE;
            break;
        case OPT_DATE_ORDER:
            if (vc_cli_parse_date_order(optarg, &o.scan.date_order))
                return EXIT_USAGE;
            break;
        case OPT_NGRAMS:
            if (vc_cli_parse_ngrams(optarg, &o.max_words))
                return EXIT_USAGE;
            break;
        case OPT_MINCOUNT:
            if (vc_cli_parse_min_count(optarg, &o.min_count))
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
        case OPT_RANK:
            if (strcmp(optarg, "g2") && strcmp(optarg, "log-ratio")) {
                vc_cli_error("--rank: expected g2 or log-ratio, got '%s'", optarg);
                return EXIT_USAGE;
            }
            o.rank_log_ratio = optarg[0] == 'l';
            break;
        case OPT_NOCOLLAPSE: o.no_collapse = 1; break;
        case OPT_STOP: stop_path = optarg; break;
        case OPT_NOSTOP: no_stop = 1; break;
        case OPT_ALL: o.include_covered = 1; break;
        case OPT_TOP:
            if (vc_cli_parse_count("--top", optarg, 100000, &o.top))
                return EXIT_USAGE;
            if (!o.top) {
                vc_cli_error("--top: expected at least 1");
                return EXIT_USAGE;
            }
            break;
        case OPT_EXAMPLES:
            if (vc_cli_parse_count("--examples", optarg, 100, &o.examples))
                return EXIT_USAGE;
            break;
        case OPT_MEMORY:
            if (vc_cli_parse_memory(optarg, &o.memory_bytes))
                return EXIT_USAGE;
            break;
        case 'o': out_path = optarg; break;
        case OPT_OFORMAT:
            if (!strcmp(optarg, "text"))
                format = 0;
            else if (!strcmp(optarg, "csv"))
                format = 1;
            else if (!strcmp(optarg, "json"))
                format = 2;
            else if (!strcmp(optarg, "md") || !strcmp(optarg, "markdown"))
                format = 3;
            else if (!strcmp(optarg, "ndjson"))
                format = VC_LAB_NDJSON;
            else {
                vc_cli_error("--output-format: expected text, csv, json, ndjson or md, got '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_SUGGEST: suggest_path = optarg; break;
        case OPT_SENTIMENT: sent_path = optarg; break;
        case OPT_OVERLAY: overlay_path = optarg; break;
        case OPT_SENT_TOPICS: o.sentiment_as_topics = 1; break;
        case 'q': quiet = 1; break;
        case VC_CLI_OPT_HEADER_ROWS:
        case VC_CLI_OPT_SKIP_LINES:
            if (vc_cli_set_header_option(&o.scan, c, optarg))
                return EXIT_USAGE;
            break;
        case 'h': fputs(DISCOVER_USAGE, stdout); return EXIT_OK;
        case ':':
            vc_cli_error("option '%s' needs a value; see `vocal discover --help`", argv[optind - 1]);
            return EXIT_USAGE;
        default: vc_cli_unknown_option("discover", argv); return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        vc_cli_error("discover: no input files; see `vocal discover --help`");
        return EXIT_USAGE;
    }
    if (stop_path && no_stop) {
        vc_cli_error("--stop-words and --no-stop-words contradict each other");
        return EXIT_USAGE;
    }
    if (compare && strcmp(compare, "score") != 0) {
        if (!strncmp(compare, "period:", 7)) {
            if (!period_col) {
                vc_cli_error("--compare %s needs --period COL (the date column)", compare);
                return EXIT_USAGE;
            }
            o.compare = VC_COMPARE_PERIOD;
            o.compare_col = period_col;
            o.compare_value = strcmp(compare + 7, "LATEST") ? compare + 7 : NULL;
            if (!compare[7]) {
                vc_cli_error("--compare: expected period:LATEST or period:LABEL, got '%s'", compare);
                return EXIT_USAGE;
            }
        } else {
            const char *eq = strchr(compare, '=');
            if (!eq || eq == compare) {
                vc_cli_error("--compare: expected score, period:LATEST, period:LABEL or COL=VALUE, got '%s'", compare);
                return EXIT_USAGE;
            }
            static char col[256];
            size_t n = (size_t)(eq - compare);
            if (n >= sizeof col) {
                vc_cli_error("--compare: column name too long");
                return EXIT_USAGE;
            }
            memcpy(col, compare, n);
            col[n] = 0;
            o.compare = VC_COMPARE_VALUE;
            o.compare_col = col;
            o.compare_value = eq + 1;
        }
    } else if (period_col) {
        vc_cli_error("--period is only used with --compare period:...; drop it or add --compare");
        return EXIT_USAGE;
    }
    o.scan.inputs = (const char *const *)(argv + optind);
    o.scan.ninputs = (size_t)(argc - optind);
    const vc_out_name outs[] = {{"-o", out_path}, {"--suggest", suggest_path}, {"--rejects", rejects_path}};
    if (vc_out_check_paths(outs, sizeof outs / sizeof outs[0], o.scan.inputs, o.scan.ninputs))
        return EXIT_USAGE;

    vc_stopwords stop = {0};
    vc_lexicon *lex = NULL;
    vc_sentiment_lexicon *sent = NULL;
    vc_discovery *d = NULL;
    vc_outfile rejects = {0};
    vc_buf out = VC_BUF_INIT, frag = VC_BUF_INIT;
    vc_error err;
    vc_error_clear(&err);
    if (!no_stop && vc_stopwords_load(stop_path, &stop, &err)) {
        if (stop_path)
            vc_cli_error("--stop-words: %s", err.msg);
        goto done;
    }
    o.stop_words = stop.v;
    o.nstop_words = stop.n;
    vc_status st = vc_cli_load_lexicon(themes_path, &lex, &err);
    if (!st && (sent_path || overlay_path))
        st = vc_cli_load_sentiment(sent_path, overlay_path, &sent, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        rc = vc_cli_exit_code(st, VC_CLI_SETUP);
        goto done;
    }
    o.scan.lex = lex;
    o.sentiment_lex = sent;
    rc = EXIT_FAIL;
    if (rejects_path) {
        if (vc_out_open(&rejects, rejects_path))
            goto done;
        vc_buf header = VC_BUF_INIT;
        if (!rejects_fmt_set)
            rejects_fmt = format == VC_LAB_JSON ? VC_TABLE_JSON : format == VC_LAB_NDJSON ? VC_TABLE_NDJSON
                                                                                          : VC_TABLE_CSV;
        vc_rejects_head(&header, rejects_fmt);
        int bad = vc_out_write_buf(&rejects, &header);
        vc_buf_free(&header);
        if (bad)
            goto done;
        o.scan.rejects = rejects.fp;
        o.scan.rejects_format = rejects_fmt;
    }
    vc_cli_install_signals();
    st = vc_discover_run(&o, &d, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        rc = vc_cli_exit_code(st, VC_CLI_RUN);
        goto done;
    }
    const vc_scan_stats *s = vc_scan_stats_get(d->scan);
    vc_cli_summary(s, rejects_path, 0, quiet);
    if ((rc = vc_cli_verdict(s, 0, 0, "no discovery was written")) != EXIT_OK)
        goto done;
    rc = EXIT_FAIL;
    if (!quiet && d->invalid_dates)
        fprintf(stderr, "vocal: note: %llu rows have no readable date in '%s'; they are in neither group\n",
                (unsigned long long)d->invalid_dates, o.compare_col);
    st = vc_discovery_write(d, &o, (vc_lab_format)format, &out);
    if (!st && suggest_path)
        st = vc_discovery_suggest(d, &frag);
    if (st) {
        vc_cli_error("%s", vc_strerror(st));
        goto done;
    }
    vc_buf tail = VC_BUF_INIT;
    int tail_bad = rejects_path && (vc_rows_tail(&tail, rejects_fmt) || vc_out_write_buf(&rejects, &tail));
    vc_buf_free(&tail);
    if (tail_bad || vc_cli_write_output(out_path, &out) || (suggest_path && vc_cli_write_output(suggest_path, &frag)) ||
        (rejects_path && vc_out_commit(&rejects)))
        goto done;
    rc = EXIT_OK;
done:
    vc_out_abort(&rejects);
    vc_buf_free(&out);
    vc_buf_free(&frag);
    vc_discovery_free(d);
    vc_sentiment_lexicon_free(sent);
    vc_lexicon_free(lex);
    vc_stopwords_free(&stop);
    return rc;
}
