/*
 * cmd_scan.c - `vocal scan`: flags -> validated options -> pipeline -> outputs.
 *
 * Everything that can be checked before reading data is checked first
 * (flags, lexicons, output paths, then every input's header and columns), so
 * a mistake costs nothing. Outputs are written complete-or-nothing. The
 * accounting line on stderr and the --stats JSON come from the same
 * counters, and rows_read = rows_analyzed + rows_rejected always holds.
 */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "args.h"
#include "vocal/learn.h"
#include "cli.h"
#include "summary.h"
#include "vocal/discover.h"
#include "vocal/lexicon.h"
#include "vocal/pipeline.h"
#include "vocal/report.h"
#include "vocal/rows.h"
#include "vocal/run_out.h"
#include "vocal/sentiment.h"

static const char SCAN_USAGE[] =
    "usage: vocal scan [OPTIONS] FILE...\n"
    "\n"
    "Count which themes comments mention, by segment and score group, with NPS\n"
    "(or CSAT/CES) and sentiment per row. FILE may be gzip (detected by content,\n"
    "multi-member included) or plain CSV, TSV, JSONL or JSON; '-' reads stdin.\n"
    "zstd, bzip2, xz and lzma are detected and read as gzip is (concatenated frames\n"
    "included); xlsx, Parquet, PDF and other binary files are refused (exit 2) with\n"
    "how to export CSV from them.\n"
    "\n"
    "Columns:\n"
    "  --text COL            comment column (default: detect comment, verbatim, text, feedback, ...);\n"
    "                        repeatable: one per open-text question, each respondent counted once,\n"
    "                        and a 'question' dimension per answer (docs/exports-questions.md)\n"
    "  --score COL           score column (default: detect nps, score, likelihood_to_recommend, ...)\n"
    "                        a choice label that starts with its number counts as that number\n"
    "                        (\"10 - Extremely likely\", \"5 (Very satisfied)\")\n"
    "  --score-group COL     read the score group by name instead of a score: Detractor, Passive,\n"
    "                        Promoter (nps); satisfied, neutral, dissatisfied or good, bad (csat;\n"
    "                        offered/unoffered count as unscored); not with --score or --scale ces\n"
    "  --by COL              break down by this column; repeatable, each is its own dimension;\n"
    "                        a question spread over one-hot columns 'COL - OPTION' counts a\n"
    "                        record under each OPTION it chose; --by signal (with signals on):\n"
    "                        the comment's signals, each counted, '(none)' without one;\n"
    "                        --by language: the comment's language (see --language-column)\n"
    "  --id COL              id column for --comments (default: record number)\n"
    "  --period COL[:UNIT]   date column as a 'period' dimension; UNIT day, week (ISO),\n"
    "                        month (default) or quarter; unreadable dates are counted\n"
    "  --date-order ORDER    mdy or dmy for dates like 05/06/2026 (default: settled by the\n"
    "                        column's first 1000 dates, from those with a day over 12)\n"
    "  (JSON: a nested key by its dotted path, e.g. --text review.text --by via.channel)\n"
    "Input:\n"
    "  --format FMT          csv, tsv, jsonl or json (default: sniffed from the data); json\n"
    "                        is an array of objects, or an object holding one\n"
    "  --records KEY         json: the member whose array holds the records, when the\n"
    "                        object has several arrays of objects (e.g. tickets)\n"
    "  --delimiter C         field delimiter for csv (e.g. ';'); implies --format csv\n"
    "  --max-record-size N   reject records longer than N bytes (default 1048576)\n"
    "  --encoding NAME       the inputs' encoding, header included: utf-8 (default; a UTF-16\n"
    "                        or UTF-32 byte order mark is detected), cp1252 (Excel's 'CSV'),\n"
    "                        latin1, utf-16, shift_jis, gb18030, ... any name `iconv -l` lists\n"
    VC_CLI_HEADER_HELP
    "Analysis:\n"
    "  --scale S             nps (0-10, default), csat (1-5) or ces (1-7)\n"
    "  --no-scale-check      write the outputs even when the scores clearly do not fit the scale\n"
    "                        (by default: more than half invalid, or 20+ NPS scores all within\n"
    "                        1-5, stop the run with exit 1 before any output is written)\n"
    "  --themes FILE         theme lexicon (default: the built-in CX lexicon)\n"
    "                        or builtin:NAME, an industry pack (`vocal lexicon list`)\n"
    "  --signals FILE        CX signals lexicon (default: builtin:signals: churn risk, effort,\n"
    "                        intent, journey stage); signals are rows signal/NAME of the table,\n"
    "                        --by signal breaks every theme down by them, and --comments\n"
    "                        gains a signals column\n"
    "  --no-signals          no signals (no signal/ rows, no signals column)\n"
    "  --sentiment FILE      VADER-format sentiment lexicon (default: built-in VADER)\n"
    "  --sentiment-overlay FILE  add or override sentiment entries (token TAB valence)\n"
    "  --no-sentiment        skip sentiment (drops the sentiment columns)\n"
    "  --sentiment-mode M    cx (default: VADER plus CX rules for complaints with no\n"
    "                        sentiment word, negated problem words and polite requests; a\n"
    "                        theme's sentiment from its clauses; more accurate on labeled CX\n"
    "                        comments, see the README) or vader (exact VADER)\n"
    "  --language-column COL the comment's language from this column (Qualtrics' UserLanguage:\n"
    "                        EN, de, pt-BR, ZH-S read as en, de, pt, zh); blank: identified\n"
    "                        (default: identified from the text with CLD2; short or mixed\n"
    "                        text is 'und'). en and und are scored by VADER (or cx), de es\n"
    "                        fr it ja nl pt by vocal's sentiment lexicons; a comment in any\n"
    "                        other language gets no sentiment: it is left out of the\n"
    "                        sentiment columns, counted, and over 5% of comments say so (and\n"
    "                        which languages) on stderr, also with -q\n"
    VC_CLI_SENTIMENT_LEXICON_HELP
    "  --no-language         no languages: every comment scored as English, as before\n"
    "  --model MODEL         a theme model trained from the theme lexicon (`vocal learn`): a\n"
    "                        comment mentions a theme when the lexicon matches it or the\n"
    "                        model's probability reaches the theme's threshold; the table\n"
    "                        gains model_only (mentions the model found alone); one --text\n"
    "  --learn               train a model on the inputs first (as `vocal learn` with its\n"
    "                        defaults), then scan with it; files only (read twice)\n"
    "  --max-segments N      distinct values per --by column before '(other)' (default 1000)\n"
    "Output:\n"
    "  -o, --output FILE     theme table (default: stdout)\n"
    "  --output-format F     csv (default), json ({\"rows\":[...]}) or ndjson (one JSON object\n"
    "                        per line); --comments, --rejects, --changes and --quotes-file\n"
    "                        follow it unless their own format option says otherwise\n"
    "  --comments-format F, --rejects-format F, --changes-format F, --quotes-format F\n"
    "                        csv, json or ndjson for that file alone\n"
    "  --stats FILE          run accounting as JSON\n"
    "  --rejects FILE        rejected rows: file,line,byte_offset,reason,record\n"
    "  --comments FILE       one row per comment: id,themes,compound,sentiment,<scale>_group\n"
    "                        and, with signals, signals, then (without --no-language) language\n"
    "  --changes FILE        with --period: per theme, the change in mention rate and NPS\n"
    "                        between two periods, with z, p and a significance flag (p <= 0.05)\n"
    "  --compare A..B        the periods --changes compares (default: the last two with a date)\n"
    "  --quotes-file FILE    example sentences per theme and score group, best first:\n"
    "                        theme,group,rank,quote,compound,file,line,score, then one\n"
    "                        column per dimension (--by, question, period) with its segment\n"
    "  --quotes K            how many per theme and group (default 3)\n"
    "  --strict              exit 1 when any row was rejected, a score could not be read\n"
    "                        or invalid UTF-8 was replaced\n"
    "  --partial FILE        write the mergeable state of the run to FILE instead of a table\n"
    "                        (every counter, the quote candidates, the accounting and the\n"
    "                        rejected rows, up to 16 MiB of them; --rejects gets them all);\n"
    "                        combine partials with `vocal merge`\n"
    "  --members I/N         with --partial: read only share I (0 to N-1) of N of each input, a\n"
    "                        multi-member gzip file whose members start at record boundaries\n"
    "Run:\n"
    "  --threads N           analysis threads (default: online CPUs)\n"
    "  --batch-size BYTES    bytes of records per batch (default 1048576)\n"
    "  -q, --quiet           no notes or summary on stderr (errors and the warning about\n"
    "                        languages without sentiment still)\n"
    "  -v, --verbose         notes on stderr also when it is not a terminal, and the\n"
    "                        summary also on a clean run (otherwise only errors, warnings\n"
    "                        and a summary of rows rejected, scores invalid or unscored\n"
    "                        and text repaired go there)\n"
    "  --progress            show progress even when stderr is not a terminal\n"
    "  --no-progress         never show progress (default: on a terminal; NO_COLOR is honoured)\n"
    "  -h, --help            this help\n"
    "\n"
    "Exit codes: 0 success, 1 data or runtime failure, 2 usage error,\n"
    "128 + the signal when interrupted (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP).\n";

enum {
    OPT_TEXT = 256, OPT_SCORE, OPT_BY, OPT_ID, OPT_FORMAT, OPT_DELIM, OPT_MAXREC, OPT_SCALE,
    OPT_THEMES, OPT_SENTIMENT, OPT_OVERLAY, OPT_NO_SENTIMENT, OPT_MAXSEG, OPT_OFORMAT,
    OPT_STATS, OPT_REJECTS, OPT_COMMENTS, OPT_STRICT, OPT_THREADS, OPT_BATCH, OPT_PERIOD, OPT_DATE_ORDER, OPT_CHANGES, OPT_COMPARE, OPT_QUOTES, OPT_QUOTES_FILE, OPT_TITLE, OPT_PROGRESS, OPT_NO_PROGRESS, OPT_NO_DISCOVER, OPT_PARTIAL, OPT_MEMBERS,
    OPT_ENCODING, OPT_SCORE_GROUP, OPT_NO_SCALE_CHECK, OPT_SIGNALS, OPT_NO_SIGNALS, OPT_FOCUS, OPT_MIN_BASE
};

/* the side outputs' own formats, apart from the list above */
enum { OPT_COMMENTS_FORMAT = 0x4f46, OPT_REJECTS_FORMAT, OPT_CHANGES_FORMAT, OPT_QUOTES_FORMAT };

enum { OPT_LANGUAGE_COL = 0x4c41, OPT_NO_LANGUAGE }; /* apart from the list above */

enum { OPT_MODEL = 0x4d44, OPT_LEARN }; /* apart from the list above */
enum { OPT_SENTIMENT_LEXICON = 0x534c, OPT_NO_SENTIMENT_LEXICONS }; /* apart from the list above */

enum { OPT_SENTIMENT_MODE = 0x4358 }; /* apart from the list above */

enum { OPT_RECORDS = 0x4a53 }; /* apart from the list above */

static const struct option LONGOPTS[] = {
    {"text", required_argument, 0, OPT_TEXT},
    {"score", required_argument, 0, OPT_SCORE},
    {"by", required_argument, 0, OPT_BY},
    {"id", required_argument, 0, OPT_ID},
    {"format", required_argument, 0, OPT_FORMAT},
    {"delimiter", required_argument, 0, OPT_DELIM},
    {"max-record-size", required_argument, 0, OPT_MAXREC},
    {"scale", required_argument, 0, OPT_SCALE},
    {"themes", required_argument, 0, OPT_THEMES},
    {"sentiment", required_argument, 0, OPT_SENTIMENT},
    {"sentiment-overlay", required_argument, 0, OPT_OVERLAY},
    {"no-sentiment", no_argument, 0, OPT_NO_SENTIMENT},
    {"signals", required_argument, 0, OPT_SIGNALS},
    {"no-signals", no_argument, 0, OPT_NO_SIGNALS},
    {"language-column", required_argument, 0, OPT_LANGUAGE_COL},
    {"no-language", no_argument, 0, OPT_NO_LANGUAGE},
    {"model", required_argument, 0, OPT_MODEL},
    {"learn", no_argument, 0, OPT_LEARN},
    {"sentiment-lexicon", required_argument, 0, OPT_SENTIMENT_LEXICON},
    {"no-sentiment-lexicons", no_argument, 0, OPT_NO_SENTIMENT_LEXICONS},
    {"sentiment-mode", required_argument, 0, OPT_SENTIMENT_MODE},
    {"max-segments", required_argument, 0, OPT_MAXSEG},
    {"output", required_argument, 0, 'o'},
    {"output-format", required_argument, 0, OPT_OFORMAT},
    {"stats", required_argument, 0, OPT_STATS},
    {"rejects", required_argument, 0, OPT_REJECTS},
    {"comments", required_argument, 0, OPT_COMMENTS},
    {"comments-format", required_argument, 0, OPT_COMMENTS_FORMAT},
    {"rejects-format", required_argument, 0, OPT_REJECTS_FORMAT},
    {"changes-format", required_argument, 0, OPT_CHANGES_FORMAT},
    {"quotes-format", required_argument, 0, OPT_QUOTES_FORMAT},
    {"strict", no_argument, 0, OPT_STRICT},
    {"threads", required_argument, 0, OPT_THREADS},
    {"batch-size", required_argument, 0, OPT_BATCH},
    {"period", required_argument, 0, OPT_PERIOD},
    {"date-order", required_argument, 0, OPT_DATE_ORDER},
    {"changes", required_argument, 0, OPT_CHANGES},
    {"compare", required_argument, 0, OPT_COMPARE},
    {"quotes", required_argument, 0, OPT_QUOTES},
    {"quotes-file", required_argument, 0, OPT_QUOTES_FILE},
    {"title", required_argument, 0, OPT_TITLE},
    {"no-discover", no_argument, 0, OPT_NO_DISCOVER},
    {"focus", required_argument, 0, OPT_FOCUS},
    {"min-base", required_argument, 0, OPT_MIN_BASE},
    {"partial", required_argument, 0, OPT_PARTIAL},
    {"members", required_argument, 0, OPT_MEMBERS},
    {"encoding", required_argument, 0, OPT_ENCODING},
    {"records", required_argument, 0, OPT_RECORDS},
    VC_CLI_HEADER_LONGOPTS,
    {"score-group", required_argument, 0, OPT_SCORE_GROUP},
    {"no-scale-check", no_argument, 0, OPT_NO_SCALE_CHECK},
    {"quiet", no_argument, 0, 'q'},
    {"verbose", no_argument, 0, 'v'},
    {"progress", no_argument, 0, OPT_PROGRESS},
    {"no-progress", no_argument, 0, OPT_NO_PROGRESS},
    {"help", no_argument, 0, 'h'},
    {0, 0, 0, 0},
};

/* On a terminal the line is redrawn in place ("\r" and erase-line); with
 * NO_COLOR no escape sequence is written (the line is padded instead), and
 * off a terminal (--progress) one line per second is appended. */
static int progress_plain;
static double progress_last;

static void progress_cb(void *ctx, const vc_progress *p)
{
    (void)ctx;
    if (progress_plain && !isatty(STDERR_FILENO)) {
        if (p->seconds - progress_last < 1.0)
            return;
        progress_last = p->seconds;
    }
    const char *start = !isatty(STDERR_FILENO) ? "" : progress_plain ? "\r" : "\r\033[K";
    const char *end = !isatty(STDERR_FILENO) ? "\n" : progress_plain ? "          " : "";
    double mb = (double)p->bytes_in / 1e6;
    double rate = p->seconds > 0 ? (double)p->rows / p->seconds : 0;
    if (p->bytes_total && p->bytes_in) {
        double frac = (double)p->bytes_in / (double)p->bytes_total;
        double eta = frac > 0 ? p->seconds * (1 - frac) / frac : 0;
        fprintf(stderr, "%svocal: %llu rows, %.1f MB (%.0f%%), %.0f rows/s, ETA %.0fs%s", start,
                (unsigned long long)p->rows, mb, frac * 100, rate, eta, end);
    } else {
        fprintf(stderr, "%svocal: %llu rows, %.1f MB, %.0f rows/s%s", start, (unsigned long long)p->rows, mb,
                rate, end);
    }
    fflush(stderr);
}

/* --model or --learn: the model, checked against (or trained from) the
 * theme lexicon alone, whose themes have the ids they have in o->lex
 * (signals come after every theme). */
static vc_status load_model(const vc_scan_options *o, const char *themes_path, const char *model_path,
                            vc_model **out, vc_error *err)
{
    vc_lexicon *tl = NULL;
    vc_status st = vc_cli_load_lexicon(themes_path, &tl, err);
    if (!st && model_path) {
        st = vc_model_load(model_path, tl, out, err);
    } else if (!st) {
        vc_learn_options lo;
        vc_learn_options_init(&lo);
        lo.scan = *o;
        lo.scan.lex = tl;
        lo.scan.rejects = NULL;
        lo.scan.comments = NULL;
        lo.scan.progress = NULL;
        lo.scan.note = NULL; /* the scan after it says what it detects */
        vc_learn_report rep;
        st = vc_learn(&lo, out, &rep, err);
        if (!st)
            vc_learn_report_free(&rep);
    }
    for (size_t i = 0; !st && i < vc_model_theme_count(*out); i++)
        if (strcmp(vc_lexicon_theme_name(o->lex, vc_model_theme_id(*out, i)), vc_model_theme_name(*out, i)) != 0)
            st = vc_error_set(err, VC_ERR_INTERNAL, "theme '%s' has another id with signals",
                              vc_model_theme_name(*out, i));
    vc_lexicon_free(tl);
    return st;
}

static int scan_main(int argc, char **argv, int report);

int vc_cmd_scan(int argc, char **argv) { return scan_main(argc, argv, 0); }
int vc_cmd_report(int argc, char **argv) { return scan_main(argc, argv, 1); }

static const char REPORT_USAGE[] =
    "usage: vocal report [OPTIONS] FILE...\n"
    "\n"
    "Scan FILE... and write the monthly review as one self-contained HTML page (inline\n"
    "CSS and SVG, no network, one printed page per section) or as Markdown: a summary in\n"
    "sentences made from the figures; the headline for the latest --period (or --focus)\n"
    "against the period before and a year before, with its trend and confidence band;\n"
    "the priority chart (share of comments against NPS impact, one point per theme);\n"
    "themes ranked by impact under their parents; what changed since the period before;\n"
    "each segment against the rest and a segment x theme heatmap (first --by); churn risk\n"
    "(with signals; the review adds --by signal for it); quotes with their score, segments\n"
    "and period; and the data behind it (row accounting, lexicon, settings). Themes show\n"
    "by their lexicon label (@label) or their name in words.\n"
    "\n"
    "FILE may instead be partial results (`vocal scan --partial`): the report of their\n"
    "merge, with the settings they were made with (and without \"What the lexicon misses\",\n"
    "which reads the comments themselves).\n"
    "\n"
    "Every option of `vocal scan` applies (see `vocal scan --help`); and:\n"
    "  -o, --output FILE     the report (default: stdout)\n"
    "  --output-format F     html (default) or md\n"
    "  --title TEXT          the report title (default: \"Customer feedback review\")\n"
    "  --quotes K            quotes per theme and score group (default 3; 0: none)\n"
    "  --focus PERIOD        with --period: the period the review leads with (default: the\n"
    "                        latest with a date), against the one before and a year before\n"
    "  --min-base N          mark no change significant where a group compared has fewer\n"
    "                        than N comments; say \"low base\" and grey such heatmap cells\n"
    "                        (default 30)\n"
    "  --no-discover         leave out \"What the lexicon misses\" (the 10 strongest uncovered\n"
    "                        terms of detractors against promoters, as `vocal discover`\n"
    "                        finds them; it reads the inputs twice more)\n";

/* The report's "What the lexicon misses": discover's defaults over the same
 * inputs (two more passes; not for standard input). NULL when skipped or
 * failed (a note says why; the rest of the report stands). */
static vc_discovery *report_discover(const vc_scan_options *so, int quiet)
{
    for (size_t i = 0; i < so->ninputs; i++)
        if (!strcmp(so->inputs[i], "-")) {
            if (!quiet)
                fprintf(stderr, "vocal: note: no \"What the lexicon misses\" section: it reads the inputs again, "
                                "and standard input cannot be\n");
            return NULL;
        }
    vc_discovery *d = NULL;
    vc_error err;
    vc_error_clear(&err);
    vc_scan_options again = *so;
    again.note = NULL; /* the scan said which columns it read; once is enough */
    vc_status st = vc_discover_missed(&again, &d, &err);
    if (st) {
        vc_cli_error("note: no \"What the lexicon misses\" section: %s", err.msg);
        d = NULL;
    }
    return d;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* Bytes of rejected rows a partial keeps: VC_PARTIAL_REJECTS_CAP, or the
 * test knob VOCAL_PARTIAL_REJECTS_CAP (docs/partials.md). */
static size_t partial_rejects_cap(void)
{
    const char *v = getenv("VOCAL_PARTIAL_REJECTS_CAP");
    char *end;
    unsigned long long n = v && *v ? strtoull(v, &end, 10) : 0;
    return v && *v && !*end ? (size_t)n : VC_PARTIAL_REJECTS_CAP;
}

/* The head of the rejects or comments file in fmt (run/rows.c); the
 * pipeline writes the rows. 0 or -1 (printed). */
enum { REJECTS_FILE, COMMENTS_FILE };
static int write_header(vc_outfile *f, int which, vc_table_format fmt, vc_scale scale, const vc_lexicon *lex,
                        int language)
{
    vc_buf h = VC_BUF_INIT;
    if (which == REJECTS_FILE)
        vc_rejects_head(&h, fmt);
    else
        vc_comments_head(&h, fmt, scale, lex, language);
    int r = vc_out_write_buf(f, &h);
    vc_buf_free(&h);
    return r;
}

static int scan_main(int argc, char **argv, int report)
{
    vc_scan_options o;
    vc_scan_options_init(&o);
    /* the CX mode is the command's default: measured more accurate than
     * VADER on the team's labeled CX comments and reviews (README, "CX
     * sentiment"); the library's default stays exact VADER */
    o.sentiment_mode = VC_SENTIMENT_CX;
    const char **by = calloc((size_t)argc + 1, sizeof *by);
    const char **texts = calloc((size_t)argc + 1, sizeof *texts); /* --text, repeatable */
    const char *themes_path = NULL, *sent_path = NULL, *overlay_path = NULL, *signals_path = NULL;
    int no_signals = 0, learn = 0;
    const char *model_path = NULL;
    vc_model *model = NULL;
    vc_lexicon *themes_only = NULL; /* the report's discover: themes without signals */
    const char *out_path = "-", *stats_path = NULL, *rejects_path = NULL, *comments_path = NULL;
    const char *changes_path = NULL, *compare_from = NULL, *compare_to = NULL, *quotes_path = NULL;
    size_t quotes_k = 3;
    int quotes_set = 0;
    int no_discover = 0;
    const char *partial_path = NULL;
    int analysis_set = 0; /* an option that shapes the numbers was given */
    char *sent_langs[VC_CLI_MAX_SENTIMENT_LEXICONS]; /* --sentiment-lexicon LANG=FILE */
    size_t nsent_langs = 0;
    int shipped_langs = 1;
    vc_sentiment_languages *langs = NULL;
    const char **sorted_inputs = NULL;
    vc_rejects_keep *keep = NULL;
    const char **r_tnames = NULL, **r_dnames = NULL, **r_labels = NULL;
    uint32_t *r_parents = NULL;
    vc_partial *part = NULL;
    int no_scale_check = 0;
    int no_sentiment = 0, strict = 0, quiet = 0, markdown = 0, verbose = 0, progress = -1;
    /* the table's format, and each side output's (-1: the table's) */
    vc_table_format ofmt = VC_TABLE_CSV;
    int side_fmt[4] = {-1, -1, -1, -1}; /* comments, rejects, changes, quotes */
    const char *title = "Customer feedback review";
    vc_review_options ro = {NULL, 0, NULL, 30};
    unsigned long long v;
    if (!by || !texts) {
        free(by);
        free(texts);
        vc_cli_error("out of memory");
        return EXIT_FAIL;
    }
    optind = 1;
    opterr = 0;
    int c, rc = EXIT_USAGE;
    while ((c = getopt_long(argc, argv, ":o:qvh", LONGOPTS, NULL)) != -1) {
        switch (c) {
        case OPT_TEXT:
            texts[o.ntext_cols++] = optarg;
            o.text_col = texts[0];
            analysis_set = 1;
            break;
        case OPT_SCORE: o.score_col = optarg; analysis_set = 1; break;
        case OPT_SCORE_GROUP: o.score_group_col = optarg; analysis_set = 1; break;
        case OPT_NO_SCALE_CHECK: no_scale_check = 1; break;
        case OPT_BY: by[o.nby++] = optarg; analysis_set = 1; break;
        case OPT_ID: o.id_col = optarg; analysis_set = 1; break;
        case OPT_FORMAT:
            analysis_set = 1;
            if (vc_format_parse(optarg, &o.dialect)) {
                vc_cli_error("--format: expected csv, tsv, jsonl or json, got '%s'", optarg);
                goto done;
            }
            break;
        case OPT_DELIM:
            analysis_set = 1;
            if (strcmp(optarg, "\\t") == 0 || strcmp(optarg, "tab") == 0)
                optarg = "\t";
            if (strlen(optarg) != 1 || optarg[0] == '"' || optarg[0] == '\n' || optarg[0] == '\r') {
                vc_cli_error("--delimiter: expected one character (e.g. ';' or '\\t'), got '%s'", optarg);
                goto done;
            }
            o.dialect.delimiter = optarg[0];
            o.dialect.format = optarg[0] == '\t' ? VC_FORMAT_TSV : VC_FORMAT_CSV;
            break;
        case OPT_MAXREC:
            analysis_set = 1;
            if (vc_cli_parse_size("--max-record-size", optarg, 64, 1ull << 30, &v))
                goto done;
            o.dialect.max_record = (size_t)v;
            break;
        case OPT_SCALE:
            analysis_set = 1;
            if (vc_scale_parse(optarg, &o.scale)) {
                vc_cli_error("--scale: expected nps, csat or ces, got '%s'", optarg);
                goto done;
            }
            break;
        case OPT_THEMES: themes_path = optarg; analysis_set = 1; break;
        case OPT_SENTIMENT: sent_path = optarg; analysis_set = 1; break;
        case OPT_OVERLAY: overlay_path = optarg; analysis_set = 1; break;
        case OPT_NO_SENTIMENT: no_sentiment = 1; analysis_set = 1; break;
        case OPT_SIGNALS: signals_path = optarg; analysis_set = 1; break;
        case OPT_NO_SIGNALS: no_signals = 1; analysis_set = 1; break;
        case OPT_LANGUAGE_COL: o.language_col = optarg; analysis_set = 1; break;
        case OPT_NO_LANGUAGE: o.no_language = 1; analysis_set = 1; break;
        case OPT_MODEL: model_path = optarg; analysis_set = 1; break;
        case OPT_LEARN: learn = 1; analysis_set = 1; break;
        case OPT_SENTIMENT_LEXICON:
            if (nsent_langs == VC_CLI_MAX_SENTIMENT_LEXICONS) {
                vc_cli_error("--sentiment-lexicon: at most %d", VC_CLI_MAX_SENTIMENT_LEXICONS);
                goto done;
            }
            sent_langs[nsent_langs++] = optarg;
            analysis_set = 1;
            break;
        case OPT_NO_SENTIMENT_LEXICONS: shipped_langs = 0; analysis_set = 1; break;
        case OPT_SENTIMENT_MODE:
            if (vc_sentiment_mode_parse(optarg, &o.sentiment_mode)) {
                vc_cli_error("--sentiment-mode: expected vader or cx, got '%s'", optarg);
                goto done;
            }
            analysis_set = 1;
            break;
        case OPT_MAXSEG:
            analysis_set = 1;
            if (vc_cli_parse_size("--max-segments", optarg, 1, 1000000, &v))
                goto done;
            o.max_segments = (size_t)v;
            break;
        case 'o': out_path = optarg; break;
        case OPT_OFORMAT:
            if (report && (strcmp(optarg, "html") == 0 || strcmp(optarg, "md") == 0)) {
                markdown = strcmp(optarg, "md") == 0;
            } else if (report) {
                vc_cli_error("--output-format: expected html or md, got '%s'", optarg);
                goto done;
            } else if (vc_cli_table_format("--output-format", optarg, &ofmt)) {
                goto done;
            }
            break;
        case OPT_COMMENTS_FORMAT:
        case OPT_REJECTS_FORMAT:
        case OPT_CHANGES_FORMAT:
        case OPT_QUOTES_FORMAT: {
            static const char *const FLAGS[] = {"--comments-format", "--rejects-format", "--changes-format",
                                                "--quotes-format"};
            vc_table_format f;
            if (vc_cli_table_format(FLAGS[c - OPT_COMMENTS_FORMAT], optarg, &f))
                goto done;
            side_fmt[c - OPT_COMMENTS_FORMAT] = (int)f;
            break;
        }
        case OPT_TITLE: title = optarg; break;
        case OPT_FOCUS:
            if (!report) {
                vc_cli_error("--focus belongs to `vocal report`");
                goto done;
            }
            ro.focus = optarg;
            break;
        case OPT_MIN_BASE:
            if (!report) {
                vc_cli_error("--min-base belongs to `vocal report`");
                goto done;
            }
            if (vc_cli_parse_size("--min-base", optarg, 1, 1000000000, &v))
                goto done;
            ro.min_base = (unsigned)v;
            break;
        case OPT_NO_DISCOVER: no_discover = 1; break;
        case OPT_PARTIAL: partial_path = optarg; break;
        case OPT_RECORDS:
            analysis_set = 1;
            if (vc_cli_set_records(&o, optarg))
                goto done;
            break;
        case OPT_MEMBERS: {
            char *slash = strchr(optarg, '/'), *end;
            unsigned long i = 0, n = 0;
            if (slash) {
                errno = 0;
                i = strtoul(optarg, &end, 10);
                if (end != slash || optarg[0] == '-')
                    slash = NULL;
                else
                    n = strtoul(slash + 1, &end, 10);
                if (errno || *end || slash[1] == '-')
                    slash = NULL;
            }
            if (!slash || n < 1 || n > 100000 || i >= n) {
                vc_cli_error("--members: expected I/N with 0 <= I < N <= 100000 (e.g. 2/8), got '%s'", optarg);
                goto done;
            }
            o.share_index = (unsigned)i;
            o.share_count = (unsigned)n;
            break;
        }
        case OPT_ENCODING:
            analysis_set = 1;
            if (vc_cli_set_encoding(&o, optarg))
                goto done;
            break;
        case OPT_STATS: stats_path = optarg; break;
        case OPT_REJECTS: rejects_path = optarg; break;
        case OPT_COMMENTS: comments_path = optarg; break;
        case OPT_STRICT: strict = 1; break;
        case OPT_THREADS:
            if (vc_cli_parse_size("--threads", optarg, 1, 1024, &v))
                goto done;
            o.threads = (unsigned)v;
            break;
        case OPT_PERIOD:
            analysis_set = 1;
            if (vc_cli_parse_period("--period", optarg, &o.period_col, &o.period_unit))
                goto done;
            break;
        case OPT_CHANGES: changes_path = optarg; break;
        case OPT_QUOTES_FILE: quotes_path = optarg; break;
        case OPT_QUOTES:
            if (vc_cli_parse_count("--quotes", optarg, 100, &quotes_k))
                goto done;
            quotes_set = 1;
            break;
        case OPT_COMPARE:
            if (vc_cli_parse_compare(optarg, &compare_from, &compare_to))
                goto done;
            break;
        case OPT_DATE_ORDER:
            analysis_set = 1;
            if (vc_cli_parse_date_order(optarg, &o.date_order))
                goto done;
            break;
        case OPT_BATCH:
            if (vc_cli_parse_size("--batch-size", optarg, 1, 1ull << 30, &v))
                goto done;
            o.batch_bytes = (size_t)v;
            break;
        case 'q': quiet = 1; break;
        case VC_CLI_OPT_HEADER_ROWS:
        case VC_CLI_OPT_SKIP_LINES:
            if (vc_cli_set_header_option(&o, c, optarg))
                return EXIT_USAGE;
            break;
        case 'v': verbose = 1; break;
        case OPT_PROGRESS: progress = 1; break;
        case OPT_NO_PROGRESS: progress = 0; break;
        case 'h':
            fputs(report ? REPORT_USAGE : SCAN_USAGE, stdout);
            rc = EXIT_OK;
            goto done;
        case ':':
            vc_cli_error("option '%s' needs a value; see `vocal scan --help`", argv[optind - 1]);
            goto done;
        default:
            vc_cli_unknown_option("scan", argv);
            goto done;
        }
    }
    if (optind >= argc) {
        vc_cli_error("scan: no input files (use '-' for stdin); see `vocal scan --help`");
        goto done;
    }
    if (ro.focus && !o.period_col && !(report && vc_partial_sniff(argv[optind]))) {
        vc_cli_error("--focus needs --period COLUMN: the period to lead with is one of its values");
        goto done;
    }
    if ((changes_path || compare_from) && !o.period_col) {
        vc_cli_error("--changes and --compare need --period COL");
        goto done;
    }
    if (report && vc_partial_sniff(argv[optind])) {
        if (analysis_set || o.share_count || partial_path || stats_path || rejects_path || comments_path ||
            changes_path) {
            vc_cli_error("report: %s is a partial: the settings come from the partials, and only -o, "
                         "--output-format, --title, --focus, --min-base and -q apply", argv[optind]);
            goto done;
        }
        ro.title = title;
        ro.markdown = markdown;
        rc = vc_cli_report_partials(argv + optind, (size_t)(argc - optind), out_path, &ro, quiet, no_scale_check);
        goto done;
    }
    for (int i = optind; i < argc; i++)
        if (strcmp(argv[i], "-") != 0 && vc_partial_sniff(argv[i])) {
            vc_cli_error("%s is a partial result: combine partials with `vocal merge`%s", argv[i],
                         report ? "; `vocal report` takes partials only" : "");
            goto done;
        }
    if (partial_path && report) {
        vc_cli_error("report: --partial belongs to `vocal scan`");
        goto done;
    }
    if (o.share_count && !partial_path) {
        vc_cli_error("--members needs --partial FILE: a share of a file is only meaningful merged with the others");
        goto done;
    }
    for (int i = 0; i < 4; i++)
        if (side_fmt[i] < 0)
            side_fmt[i] = (int)ofmt;
    vc_table_format comments_fmt = (vc_table_format)side_fmt[0], rejects_fmt = (vc_table_format)side_fmt[1];
    vc_table_format changes_fmt = (vc_table_format)side_fmt[2], quotes_fmt = (vc_table_format)side_fmt[3];
    if (partial_path && rejects_path && rejects_fmt != VC_TABLE_CSV) {
        vc_cli_error("--partial keeps the rejected rows as CSV, and --rejects gets them as it keeps them; "
                     "write them as %s with `vocal merge --rejects-format %s`",
                     vc_table_format_name(rejects_fmt), vc_table_format_name(rejects_fmt));
        goto done;
    }
    if (partial_path && (strcmp(out_path, "-") != 0 || changes_path || quotes_path || ofmt != VC_TABLE_CSV)) {
        vc_cli_error("--partial writes the state behind -o, --changes, --quotes-file and --output-format; "
                     "write those with `vocal merge`");
        goto done;
    }
    if (o.share_count && comments_path && !o.id_col) {
        vc_cli_error("--comments with --members needs --id COL: record numbers are not known inside a share");
        goto done;
    }
    if (report || partial_path)
        o.quotes = quotes_k;
    if (quotes_set && !quotes_path && !report && !partial_path) {
        vc_cli_error("--quotes sets how many quotes --quotes-file FILE writes; add --quotes-file");
        goto done;
    }
    if (quotes_path && !report)
        o.quotes = quotes_k;
    if (compare_from && !changes_path) {
        vc_cli_error("--compare chooses the periods of --changes FILE; add --changes");
        goto done;
    }
    if (signals_path && no_signals) {
        vc_cli_error("--signals and --no-signals contradict each other");
        goto done;
    }
    if (o.language_col && o.no_language) {
        vc_cli_error("--language-column and --no-language contradict each other");
        goto done;
    }
    if (!sent_path && overlay_path && no_sentiment) {
        vc_cli_error("--sentiment-overlay and --no-sentiment contradict each other");
        goto done;
    }
    /* the review's churn-risk section lists the themes churn-risk
     * comments mention: the signal dimension, after the --by columns */
    if (report && !no_signals) {
        size_t i = 0;
        while (i < o.nby && strcmp(by[i], "signal") != 0)
            i++;
        if (i == o.nby)
            by[o.nby++] = "signal";
    }
    o.inputs = (const char *const *)(argv + optind);
    o.ninputs = (size_t)(argc - optind);
    o.by = by;
    o.text_cols = texts;
    if (partial_path) {
        /* a partial keeps its inputs in name order (partial.h), so that it
         * breaks ties as a run over the sorted names does */
        sorted_inputs = calloc(o.ninputs + 1, sizeof *sorted_inputs);
        if (!sorted_inputs) {
            vc_cli_error("out of memory");
            rc = EXIT_FAIL;
            goto done;
        }
        memcpy(sorted_inputs, o.inputs, o.ninputs * sizeof *sorted_inputs);
        qsort(sorted_inputs, o.ninputs, sizeof *sorted_inputs, cmp_str);
        o.inputs = sorted_inputs;
        for (size_t i = 0; i < o.ninputs; i++)
            if (!strcmp(o.inputs[i], "-") || (i && !strcmp(o.inputs[i], o.inputs[i - 1]))) {
                vc_cli_error(!strcmp(o.inputs[i], "-") ? "--partial: inputs must be files, not standard input"
                                                        : "--partial: %s is given twice",
                             o.inputs[i]);
                goto done;
            }
    }

    const vc_out_name outs[] = {
        {partial_path ? "--partial" : "-o", partial_path ? partial_path : out_path},
        {"--stats", stats_path},
        {"--rejects", rejects_path},
        {"--comments", comments_path},
        {"--changes", changes_path},
        {"--quotes-file", quotes_path},
    };
    if (vc_out_check_paths(outs, sizeof outs / sizeof outs[0], o.inputs, o.ninputs))
        goto done;

    vc_error err;
    vc_error_clear(&err);
    vc_lexicon *lex = NULL;
    vc_sentiment_lexicon *sent = NULL;
    vc_scan *scan = NULL;
    vc_outfile out = {0}, stats = {0}, rejects = {0}, comments = {0};
    vc_status st = no_signals ? vc_cli_load_lexicon(themes_path, &lex, &err)
                              : vc_cli_load_with_signals(themes_path, signals_path, &lex, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        rc = vc_cli_exit_code(st, VC_CLI_SETUP);
        goto cleanup;
    }
    if (!no_sentiment) {
        st = vc_cli_load_sentiment(sent_path, overlay_path, &sent, &err);
        if (!st && !o.no_language)
            st = vc_cli_load_sentiment_languages(sent_langs, nsent_langs, shipped_langs, &langs, &err);
        if (st) {
            vc_cli_error("%s", err.msg);
            rc = vc_cli_exit_code(st, VC_CLI_SETUP);
            goto cleanup;
        }
    }
    o.lex = lex;
    o.sentiment = sent;
    if (model_path || learn) {
        if (model_path && learn) {
            vc_cli_error("--model and --learn contradict each other (--learn trains the model it uses)");
            rc = EXIT_USAGE;
            goto cleanup;
        }
        if ((st = load_model(&o, themes_path, model_path, &model, &err))) {
            vc_cli_error("%s%s", model_path ? "--model: " : "--learn: ", err.msg);
            rc = vc_cli_exit_code(st, st == VC_ERR_USAGE || model_path ? VC_CLI_SETUP : VC_CLI_RUN);
            goto cleanup;
        }
        o.model = model;
    }
    o.sentiment_languages = langs;
    rc = EXIT_FAIL;
    if ((partial_path ? vc_out_open(&out, partial_path) : vc_out_open(&out, out_path)) || (stats_path && vc_out_open(&stats, stats_path)) ||
        (rejects_path && vc_out_open(&rejects, rejects_path)) ||
        (comments_path && vc_out_open(&comments, comments_path)))
        goto cleanup;
    if (partial_path) {
        /* the partial carries the rejected rows (merge rebases their lines)
         * up to a cap; --rejects gets every one of them */
        if (rejects.fp && write_header(&rejects, REJECTS_FILE, VC_TABLE_CSV, o.scale, lex, 0))
            goto cleanup;
        if (!(keep = vc_rejects_keep_new(partial_rejects_cap(), rejects.fp))) {
            vc_cli_error("out of memory");
            goto cleanup;
        }
        o.rejects = vc_rejects_keep_stream(keep);
    } else if (rejects.fp) {
        if (write_header(&rejects, REJECTS_FILE, rejects_fmt, o.scale, lex, 0))
            goto cleanup;
        o.rejects = rejects.fp;
        o.rejects_format = rejects_fmt;
    }
    if (comments.fp) {
        if (write_header(&comments, COMMENTS_FILE, comments_fmt, o.scale, lex, !o.no_language))
            goto cleanup;
        o.comments = comments.fp;
        o.comments_format = comments_fmt;
    }
    vc_cli_install_signals();
    o.stop = &vc_cli_stop;
    /* Not on a terminal, stderr carries errors and warnings about the input
     * only (a log or a pipeline wants nothing else), unless --verbose; progress shows on a
     * terminal unless --no-progress, and elsewhere only with --progress. */
    int tty = isatty(STDERR_FILENO), quiet_warnings = quiet;
    o.note = vc_cli_note; /* what was detected: always, unless -q */
    o.note_ctx = &quiet_warnings;
    if (!tty && !verbose)
        quiet = 1;
    if (progress < 0)
        progress = tty && !quiet && !getenv("VOCAL_NO_PROGRESS");
    if (progress) {
        o.progress = progress_cb;
        progress_plain = !tty || getenv("NO_COLOR") != NULL;
    }

    st = vc_scan_run(&o, &scan, &err);
    if (o.progress && isatty(STDERR_FILENO))
        fputs(progress_plain ? "\r" : "\r\033[K", stderr);
    if (st == VC_ERR_USAGE || (!scan && st != VC_ERR_INTERRUPTED)) {
        vc_cli_error("%s", err.msg);
        rc = vc_cli_exit_code(st, VC_CLI_RUN);
        goto cleanup;
    }
    if (st == VC_ERR_INTERRUPTED || vc_cli_stop) {
        vc_cli_error("interrupted; no output written");
        rc = vc_cli_exit_code(st, VC_CLI_RUN);
        goto cleanup;
    }
    const vc_scan_stats *s = vc_scan_stats_get(scan);
    /* say what the sniffer decided when it is not plain comma-separated CSV */
    for (size_t i = 0; !quiet && o.dialect.format == VC_FORMAT_AUTO && i < s->nfiles; i++)
        if (s->files[i].format && strcmp(s->files[i].format, "csv, delimiter ','") != 0)
            fprintf(stderr, "vocal: %s: read as %s (detected; --format and --delimiter override)\n",
                    s->files[i].name, s->files[i].format);
    /* --by read otherwise than as one column: said also off a terminal */
    for (size_t d = 1; !quiet_warnings && d < vc_scan_dimension_count(scan); d++)
        if (vc_scan_dimension_options(scan, d))
            fprintf(stderr, "vocal: --by '%s': %zu option columns ('%s - OPTION'); a record counts under each "
                    "option it chose\n", vc_scan_dimension_name(scan, d), vc_scan_dimension_options(scan, d),
                    vc_scan_dimension_name(scan, d));
    /* the columns detected, and why, were said by the scan's note (inputs.c) */

    /* An input that failed part-way (truncated gzip, read error) leaves no
     * table: partial counts must not pass for the month's numbers. The
     * stats and rejects still say what was counted before the failure. */
    int out_bad = 0;
    vc_status changes_st = VC_OK; /* a usage error of --changes or --focus: its exit code */
    vc_status wst = VC_OK;
    /* the names that go with the counters */
    size_t nth = vc_lexicon_theme_count(lex), ndims = vc_scan_dimension_count(scan);
    r_tnames = calloc(nth + 1, sizeof *r_tnames);
    r_dnames = calloc(ndims + 1, sizeof *r_dnames);
    r_parents = calloc(nth + 1, sizeof *r_parents);
    r_labels = calloc(nth + 1, sizeof *r_labels);
    if (!r_tnames || !r_dnames || !r_parents || !r_labels) {
        vc_cli_error("out of memory");
        goto cleanup;
    }
    for (size_t i = 0; i < nth; i++) {
        r_tnames[i] = vc_lexicon_theme_name(lex, (uint32_t)i);
        r_parents[i] = vc_lexicon_theme_parent(lex, (uint32_t)i);
        r_labels[i] = vc_lexicon_theme_label(lex, (uint32_t)i);
    }
    for (size_t i = 0; i < ndims; i++)
        r_dnames[i] = vc_scan_dimension_name(scan, i);
    vc_partial_meta meta = {o.scale, sent != NULL, ndims, r_dnames, o.period_col ? (int)ndims - 1 : -1, nth,
                            r_tnames, r_parents, themes_path ? themes_path : "default.lex",
                            vc_lexicon_entry_count(lex), vc_lexicon_fingerprint(lex), r_labels};
    vc_result_view res = {&meta, vc_scan_agg(scan), vc_scan_quotes(scan), s};
    /* A run that analyzed nothing writes no table, review or comments (an
     * empty table reads as "nobody complained"); the stats and rejects say
     * why. A partial with no rows is fine: merge judges the whole. */
    int none = !st && !partial_path && s->rows_analyzed == 0;
    /* scores that clearly do not fit the scale stop the run before any
     * output is committed (a partial is one share: merge checks the sum) */
    if (!st && !partial_path && !no_scale_check && vc_cli_scale_check(&res)) {
        rc = EXIT_FAIL;
        goto cleanup;
    }
    /* comments left without sentiment for their language: said even with
     * -q, as the scale check is, since every sentiment column lacks them */
    if (!st && !partial_path)
        vc_cli_language_warnings(&res);
    if (!st && !partial_path)
        vc_cli_theme_language_warnings(&res, lex);
    if (!st && !quiet_warnings) {
        vc_cli_date_order_note(s, o.date_order == VC_DATE_AUTO ? o.period_col : NULL);
        vc_cli_score_warnings(&res);
    }
    if (!st && !quiet_warnings && !partial_path) {
        vc_buf warnings = VC_BUF_INIT;
        vc_result_overflow_warnings(&warnings, &res);
        vc_cli_warn_lines(&warnings);
        vc_buf_free(&warnings);
    }
    if (!st && partial_path) {
        vc_buf pb = VC_BUF_INIT, settings = VC_BUF_INIT;
        size_t kept_len = 0;
        uint64_t dropped = 0;
        const char *kept = NULL;
        if (vc_rejects_keep_flush(keep))
            wst = vc_error_set(&err, VC_ERR_IO, "rejected rows: write failed or out of memory");
        else
            kept = vc_rejects_keep_rows(keep, &kept_len, &dropped);
        if (!wst)
            wst = vc_partial_settings_write(&settings, &o, sent_path, overlay_path, &err);
        if (!wst)
            wst = vc_partial_from_scan(scan, &meta, settings.data, kept, kept_len, dropped, &part, &err);
        if (!wst)
            wst = vc_partial_encode(part, &pb);
        if (wst && err.msg[0]) {
            vc_cli_error("%s", err.msg);
            wst = VC_OK;
            out_bad = 1;
        }
        out_bad = out_bad || wst != VC_OK || vc_out_write_buf(&out, &pb);
        vc_buf_free(&pb);
        vc_buf_free(&settings);
    } else if (!st && !none) {
        vc_buf table = VC_BUF_INIT;
        vc_discovery *missed = NULL;
        if (report && !no_discover) {
            /* what the themes miss: signals are not themes there */
            vc_scan_options dopt = o;
            if (vc_lexicon_signal_start(lex) < vc_lexicon_theme_count(lex)) {
                vc_error lerr;
                vc_error_clear(&lerr);
                if (vc_cli_load_lexicon(themes_path, &themes_only, &lerr) == VC_OK)
                    dopt.lex = themes_only;
            }
            missed = report_discover(&dopt, quiet);
        }
        vc_error rerr;
        vc_error_clear(&rerr);
        ro.title = title;
        ro.markdown = markdown;
        wst = report ? vc_result_report(&table, &res, &ro, missed, &rerr)
                     : vc_result_table(&table, &res, ofmt);
        if (wst && rerr.msg[0]) {
            vc_cli_error("%s", rerr.msg);
            changes_st = wst; /* the exit code says what went wrong */
            wst = VC_OK;      /* said already */
            out_bad = 1;
        }
        vc_discovery_free(missed);
        out_bad = out_bad || wst != VC_OK || vc_out_write_buf(&out, &table);
        vc_buf_free(&table);
    } else {
        vc_out_abort(&out);
        vc_out_abort(&comments);
    }
    /* with --partial, --rejects got every row through the keeper, also
     * when an input failed (they say what was counted) */
    if (keep && vc_rejects_keep_flush(keep))
        out_bad = 1;
    if (!out_bad && !none && changes_path) {
        vc_buf cb = VC_BUF_INIT;
        vc_error cerr;
        vc_error_clear(&cerr);
        vc_status cst = vc_result_changes(&cb, &res, compare_from, compare_to, changes_fmt, &cerr);
        if (cst) {
            vc_cli_error("%s", cerr.msg[0] ? cerr.msg : vc_strerror(cst));
            out_bad = 1;
            changes_st = cst;
        } else if (vc_cli_write_output(changes_path, &cb)) {
            out_bad = 1;
        }
        vc_buf_free(&cb);
    }
    if (!out_bad && !none && quotes_path && o.quotes && !report) {
        vc_buf qb = VC_BUF_INIT;
        if (vc_result_quotes(&qb, &res, quotes_fmt) || vc_cli_write_output(quotes_path, &qb))
            out_bad = 1;
        vc_buf_free(&qb);
    }
    if (!out_bad && stats.fp) {
        vc_buf sj = VC_BUF_INIT;
        out_bad = vc_result_stats_json(&sj, &res) != VC_OK || vc_out_write_buf(&stats, &sj);
        vc_buf_free(&sj);
    }
    /* the streamed files' tails (JSON's closing bracket) */
    for (int i = 0; i < 2 && !out_bad; i++) {
        vc_outfile *f = i ? &comments : &rejects;
        vc_buf tail = VC_BUF_INIT;
        if (f->fp && (vc_rows_tail(&tail, i ? comments_fmt : rejects_fmt) || vc_out_write_buf(f, &tail)))
            out_bad = 1;
        vc_buf_free(&tail);
    }
    if (vc_cli_stop) { /* a signal while the outputs were written */
        vc_cli_error("interrupted; no output written");
        rc = vc_cli_interrupted_code();
        goto cleanup;
    }
    if (out_bad || vc_out_commit(&out) || vc_out_commit(&stats) || vc_out_commit(&rejects) ||
        vc_out_commit(&comments)) {
        if (wst)
            vc_cli_error("%s", vc_strerror(wst));
        rc = changes_st ? vc_cli_exit_code(changes_st, VC_CLI_RUN) : EXIT_FAIL;
        goto cleanup;
    }

    for (size_t i = 0; i < s->nfiles; i++)
        if (s->files[i].message && (!quiet_warnings || s->files[i].status))
            fprintf(stderr, "vocal: %s%s\n", s->files[i].status ? "error: " : "warning: ",
                    s->files[i].message);
    if (!quiet_warnings)
        vc_cli_print_encoding_warnings(s);
    vc_cli_summary(s, rejects_path, verbose || st, quiet_warnings);
    if (!quiet && (s->invalid_dates || s->ambiguous_dates))
        fprintf(stderr,
                "vocal: %llu dates could not be read (period \"(invalid date)\"), %llu are ambiguous between "
                "day/month and month/day (period \"(ambiguous date)\"%s)\n",
                (unsigned long long)s->invalid_dates, (unsigned long long)s->ambiguous_dates,
                s->ambiguous_dates ? "; pass --date-order mdy or dmy" : "");
    if (st) {
        if (!s->files_failed)
            vc_cli_error("%s", err.msg);
        vc_cli_error(partial_path ? "an input failed; no partial was written"
                                  : "an input failed; no theme table was written");
        rc = EXIT_FAIL;
    } else {
        rc = vc_cli_verdict(s, strict, partial_path != NULL,
                            report ? "no review was written" : "no theme table was written");
    }

cleanup:
    vc_rejects_keep_free(keep);
    free(r_tnames);
    free(r_labels);
    free(r_dnames);
    free(r_parents);
    vc_partial_free(part);
    vc_out_abort(&out);
    vc_out_abort(&stats);
    vc_out_abort(&rejects);
    vc_out_abort(&comments);
    vc_scan_free(scan);
    vc_lexicon_free(lex);
    vc_lexicon_free(themes_only);
    vc_sentiment_lexicon_free(sent);
    vc_model_free(model);
    vc_sentiment_languages_free(langs);
done:
    free(sorted_inputs);
    free(by);
    free(texts);
    return rc;
}
