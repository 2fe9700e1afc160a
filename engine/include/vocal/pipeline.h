/*
 * pipeline.h - a whole scan: inputs in, aggregated counters and accounting
 * out, on several threads.
 *
 *   reader threads (one per input file at a time: inflate, split records)
 *     -> bounded queue of batches (whole records, recycled buffers)
 *     -> N workers (parse fields, analyze, aggregate into their own tables)
 *     -> in-order commit of per-batch side outputs (rejects, per-comment rows)
 *     -> one merge of the workers' tables at the end.
 *
 * Output is byte-identical for every thread count and batch size: counters
 * are integers, side outputs are committed in (file, batch) order, and
 * segments are sorted before they are read.
 *
 * Every input's header is read and every named column is checked before any
 * row is streamed, so a wrong column name is a usage error with nothing
 * half-done. Rows are accounted exactly: rows_read = rows_analyzed +
 * rows_rejected, per file and in total.
 *
 * Ownership: options and everything they point to are borrowed for the
 * duration of vc_scan_run(); the returned vc_scan owns its results.
 *
 * Options: fill a vc_scan_options with vc_scan_options_init() before setting
 * any field. The struct grows between versions, and the initializer is the
 * one place that gives new fields their defaults.
 */
#ifndef VOCAL_PIPELINE_H
#define VOCAL_PIPELINE_H

#include <signal.h>
#include <stdint.h>
#include <stdio.h>

#include "vocal/agg.h"
#include "vocal/analyze.h"
#include "vocal/feed.h"
#include "vocal/lexicon.h"
#include "vocal/model.h"
#include "vocal/period.h"
#include "vocal/quotes.h"
#include "vocal/record.h"
#include "vocal/sentiment.h"
#include "vocal/status.h"
#include "vocal/table_sink.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_progress {
    uint64_t bytes_in;      /* compressed bytes consumed so far */
    uint64_t bytes_total;   /* sum of input sizes, 0 when unknown (stdin) */
    uint64_t rows;          /* rows read so far */
    double seconds;
} vc_progress;

/* What a record hook sees of one analyzed record. Valid during the call. */
typedef struct vc_record_view {
    size_t file;                /* index into inputs */
    uint64_t recno;             /* data record number in its file, from 1 */
    uint64_t line;              /* line where the record starts */
    const char *text;           /* the raw comment */
    size_t text_len;
    const vc_analysis *analysis;
    int group;                  /* score group (agg.h) */
    int score;                  /* the score when group is LOW, MID or HIGH */
    const vc_field *cols;       /* values of hook_cols, in order (p NULL: absent) */
    const char *language;       /* the comment's language (language.h; valid during the call), also
                                   with hook_only; NULL with no_language */
} vc_record_view;

#define VC_NO_HEADER (-1) /* vc_scan_options.header_rows: no header row */

typedef struct vc_scan_options {
    const char *const *inputs;  /* paths, "-" = stdin */
    size_t ninputs;
    vc_dialect dialect;         /* format AUTO: sniffed per input */
    const char *text_col;       /* NULL: detect (comment, verbatim, text, feedback, ...) */
    const char *score_col;      /* NULL: detect (nps, score, likelihood_to_recommend, ...) */
    const char *id_col;         /* NULL: record number */
    const char *const *by;      /* breakdown columns, each its own dimension */
    size_t nby;
    const char *period_col;     /* NULL: none. A date column that becomes the
                                   last dimension, "period" (period.h labels;
                                   unreadable dates: "(invalid date)") */
    vc_period_unit period_unit;
    vc_date_order date_order;
    size_t quotes;              /* example sentences kept per theme and score group; 0: none */
    vc_scale scale;
    const vc_lexicon *lex;
    const vc_sentiment_lexicon *sentiment; /* NULL: no sentiment */
    vc_sentiment_mode sentiment_mode; /* VADER (the default) or CX (sentiment.h) */
    /* The sentiment lexicons of languages other than English (sentiment.h,
     * vc_sentiment_languages): a comment in one of them is scored with its
     * language's lexicon. NULL (the default): English only. */
    const vc_sentiment_languages *sentiment_languages;
    unsigned threads;           /* 0: online CPUs */
    /* 0: whole files. Otherwise read only share share_index of share_count
     * of each input (a multi-member gzip file; vc_stream_open_members):
     * lines, byte offsets and record numbers then count from the share's
     * start, and each share must end where a record ends. */
    unsigned share_index, share_count;
    size_t batch_bytes;         /* 0: 1 MiB */
    /* Inflate threads per reader of a multi-member gzip file
     * (vc_stream_set_inflate_threads): 0 chooses from `threads` (see
     * pipeline.c), 1 inflates on the reader. inflate_unit: compressed bytes
     * per unit of that work (0: the stream's default). */
    unsigned inflate_threads;
    size_t inflate_unit;
    size_t max_segments;        /* 0: 1000 per dimension */
    FILE *rejects;              /* NULL: none. CSV: file,line,byte_offset,reason,record */
    FILE *comments;             /* NULL: none. CSV: id,themes,compound,sentiment,<scale>_group */
    /* The rows' format (rows.h): CSV (0, the default), JSON or NDJSON. The
     * caller writes the file's head before the run and its tail after. */
    vc_table_format rejects_format, comments_format;
    void (*progress)(void *ctx, const vc_progress *p);
    void *progress_ctx;
    volatile sig_atomic_t *stop; /* set asynchronously to interrupt */
    /* Record hook (lexicon lint --corpus, lexicon eval): called on the worker
     * threads for every analyzed record, with `worker` < the thread count
     * (vc_scan_thread_count), so per-worker state needs no locks. hook_cols
     * are extra columns to read (all must exist); hook_flags are
     * vc_analyze() flags (VC_ANALYZE_DETAIL for hits). A non-OK return stops
     * the scan with that status. */
    vc_status (*hook)(void *ctx, unsigned worker, const vc_record_view *rec);
    void *hook_ctx;
    const char *const *hook_cols;
    size_t nhook_cols;
    unsigned hook_flags;
    int hook_only; /* the hook does the analysis: rec->analysis is NULL and
                      the scan's own table counts rows only */
    /* The inputs' encoding (transcode.h): NULL reads a UTF-16 or UTF-32
     * byte order mark and otherwise UTF-8; any name iconv knows decodes
     * every input, header included, from that encoding. Not with
     * share_count > 1 (a share cannot start in the middle of the text). */
    const char *encoding;
    const char *json_records;   /* JSON objects: the member whose array holds
                                   the records (NULL: the only array of
                                   objects; vc_splitter_set_records) */
    /* Header rows of CSV/TSV inputs (header.h): 0 (the default) detects
     * Qualtrics' three and SurveyMonkey's two, else one; VC_NO_HEADER: no
     * header (column1, column2, ...); N: the first N records, joined.
     * skip_lines: physical lines before the header (a title line), in
     * every format. */
    int header_rows;
    size_t skip_lines;
    /* Notes about what was read, before any row (may be NULL): a header
     * layout recognised, columns renamed, which columns were chosen and
     * why. One sentence per call, without a line end. */
    void (*note)(void *ctx, const char *msg);
    void *note_ctx;
    /* NULL: none. A column holding the score group by name (Detractor,
     * Passive, Promoter; satisfied/neutral/dissatisfied, good/bad:
     * vc_scale_group_parse) instead of a number; then no score column is
     * read or detected (score_col must be NULL), and CES, whose headline
     * is a mean, cannot use it (VC_ERR_USAGE). */
    const char *score_group_col;
    /* Several open-text questions: ntext_cols text columns, each one answer
     * of the respondent (docs/exports-questions.md). 0: text_col alone (or
     * detected), as before. When set, text_col is not read (callers set it
     * to text_cols[0], which is what stats and partials call the text
     * column). With two or more, a "question" dimension is added (after the
     * --by columns, before the period) and a record hook is refused. */
    const char *const *text_cols;
    size_t ntext_cols;
    /* 1: the caller uses no score (lexicon eval, lint --corpus): no score
     * column is detected or read, none is announced, and no row counts as
     * unscored. score_col and score_group_col must be NULL. */
    int no_score;
    /* Languages (language.h). 0 (the default): every analyzed comment gets
     * a language, identified from its text (with several text columns:
     * from the longest answer), and a comment in a language other than
     * English and "und" with no lexicon in sentiment_languages gets no
     * sentiment (counted in comments_no_sentiment_language). With language_col, the language is
     * that column's value made a code (vc_language_normalize); a blank or
     * unreadable value is identified from the text. 1: no language at
     * all, as before languages were read (language_col must be NULL). A
     * --by dimension named "language" (when no_language is 0) is the
     * comment's language, derived, never a column. */
    int no_language;
    const char *language_col;
    /* A theme model (model.h) checked against the theme lexicon lex was
     * loaded from, or NULL. A comment then mentions a leaf theme when the
     * lexicon matches it or the model's probability reaches the theme's
     * threshold; mentions the model found alone are counted (vc_cell
     * model_only) and take the comment's compound as their sentiment.
     * One text column only. */
    const vc_model *model;
    /* Records handed over by the caller (feed.h): NULL, or one per input,
     * where a non-NULL feed is read instead of the file and inputs[i] is
     * only its name in messages and outputs. A feed is CSV whatever
     * `dialect` says; callers set header_rows to 1 (the feed's header is
     * one row) and leave encoding NULL (cells are UTF-8). */
    vc_feed *const *feeds;
} vc_scan_options;

/* 1 when VADER and the CX mode cover the language: "en", and "und"
 * (scored as before languages were read, English being the likely case);
 * 0 for every other code (language.h). A scan with sentiment lexicons for
 * other languages asks vc_sentiment_covers() (sentiment.h). */
int vc_scan_language_has_sentiment(const char *code);

/* 1 when the theme lexicon `lex` has entries for the language ("@lang"
 * entries for it, or unscoped ones for "en"; vc_lexicon_covers_language),
 * and for "und"; the signals loaded with it are not asked. */
int vc_scan_language_has_themes(const vc_lexicon *lex, const char *code);

/* The number of worker threads a scan with `threads` requested runs. */
unsigned vc_scan_thread_count(unsigned threads);

typedef struct vc_file_stats {
    char *name;
    char *format;           /* "csv, delimiter ','" etc. */
    const char *backend;    /* "plain", "zlib", "isa-l" */
    vc_status status;       /* VC_OK, or why the file failed */
    char *message;          /* error or warning text, NULL when none */
    uint64_t rows_read, rows_analyzed, rows_rejected;
    uint64_t bytes_in, bytes_out;
    unsigned members;
    /* with share_count (vc_scan_options): this share of the file, and the
     * line breaks it held (so that merged lines can be made file lines) */
    unsigned share_index, share_count;
    uint64_t newlines;
    /* a merge of partials: rejected rows the partials did not keep (over
     * their cap, VC_PARTIAL_REJECTS_CAP); 0 in a scan */
    uint64_t rejects_dropped;
    /* the file's first rejected row: its line and the reason; NULL when
     * none was rejected (and in a merge of partials) */
    char *first_reject;
    uint64_t first_reject_line;
    /* the encoding the file was decoded from (NULL: read as UTF-8), and
     * warnings about its encoding, one a line (NULL: none): invalid
     * sequences with the line of the first, the likely encoding, a byte
     * order mark that contradicts the one given */
    char *encoding;
    char *encoding_warning;
} vc_file_stats;

/* The run's summed counters, declared once: X(field, name, kind) for each,
 * in the order a partial result stores them (so never reorder; a new
 * counter changes the partial format). `name` is the counter's name in the
 * --stats JSON. `kind` says where a scan's total comes from:
 * VC_COUNT_FILE counters are also per file (vc_file_stats) and the total is
 * the sum over files; VC_COUNT_ROW counters are counted by the workers and
 * the total is the sum over workers. Generated from this list: the fields
 * of vc_scan_stats, the pipeline's per-batch and per-worker counts, the
 * merge of partials and their encoding. */
#define VC_COUNT_FILE 1
#define VC_COUNT_ROW 0
#define VC_SCAN_COUNTERS(X)                                  \
    X(rows_read, "rows_read", VC_COUNT_FILE)                 \
    X(rows_analyzed, "rows_analyzed", VC_COUNT_FILE)         \
    X(rows_rejected, "rows_rejected", VC_COUNT_FILE)         \
    X(invalid_scores, "invalid_scores", VC_COUNT_ROW)        \
    X(unscored, "unscored", VC_COUNT_ROW)                    \
    X(utf8_repaired, "utf8_repaired", VC_COUNT_ROW)          \
    X(match_limit_hits, "match_limit_hits", VC_COUNT_ROW)    \
    X(invalid_dates, "invalid_dates", VC_COUNT_ROW)          \
    X(ambiguous_dates, "ambiguous_dates", VC_COUNT_ROW)      \
    X(bytes_in, "bytes_in", VC_COUNT_FILE)                   \
    X(bytes_out, "bytes_decompressed", VC_COUNT_FILE)         \
    X(scores_1_to_5, "scores_1_to_5", VC_COUNT_ROW)           \
    X(scores_outside_1_to_5, "scores_outside_1_to_5", VC_COUNT_ROW) \
    X(comments_no_sentiment_language, "comments_no_sentiment_language", VC_COUNT_ROW)

#define VC_SCAN_COUNTER_FIELD(field, name, kind) uint64_t field;

/* Comments per language (vc_scan_stats.languages): the code as
 * language.h gives it and how many analyzed comments had it. */
#define VC_LANGUAGE_CODE_MAX 8
typedef struct vc_language_count {
    char code[VC_LANGUAGE_CODE_MAX];
    uint64_t comments;
} vc_language_count;

#define VC_SCORE_EXAMPLES 5     /* invalid score values kept as examples */
#define VC_SCORE_EXAMPLE_MAX 48 /* bytes of one, with its terminating 0 */

typedef struct vc_scan_stats {
    /* the dates counters count with period_col only; blank dates are neither */
    VC_SCAN_COUNTERS(VC_SCAN_COUNTER_FIELD)
    double seconds;
    unsigned threads;
    const char *text_col, *score_col, *id_col; /* as resolved */
    int text_detected, score_detected;         /* chosen by name detection */
    /* several text columns (text_col is the first): all of them; NULL and
     * 0 with one, and in a merge of partials */
    const char *const *text_cols;
    size_t ntext_cols;
    size_t nfiles;
    const vc_file_stats *files;
    size_t files_failed;
    /* The first VC_SCORE_EXAMPLES distinct invalid score values in input
     * order (the same whatever the thread count), each at most
     * VC_SCORE_EXAMPLE_MAX bytes of valid UTF-8 with control characters
     * as spaces; owned by the scan. A merge of partials has none. */
    size_t ninvalid_score_examples;
    const char *invalid_score_examples[VC_SCORE_EXAMPLES];
    const char *score_group_col; /* as given, NULL when none */
    /* With period_col and no date_order: the order settled from the
     * column's unambiguous dates (VC_DATE_AUTO: not settled), and the
     * evidence, out of the dates sampled (vc_date_order_settle). */
    vc_date_order date_order_settled;
    uint64_t date_sample, date_day_first, date_month_first;
    /* The analyzed comments per language, most first, then by code (the
     * same for any thread count); none with no_language. Owned by the
     * scan (or the partial). */
    const vc_language_count *languages;
    size_t nlanguages;
    /* The languages besides English whose comments got sentiment from a
     * lexicon (vc_sentiment_languages), as codes each followed by one
     * space ("de es fr "); "" when none. Owned by the scan (or the
     * partial, which reads it from its settings text). */
    const char *sentiment_languages;
} vc_scan_stats;


typedef struct vc_scan vc_scan;

/* Run a scan. Returns VC_OK when every input was read to its end (rows may
 * still have been rejected), VC_ERR_USAGE for column problems found before
 * streaming and for one regular file given twice (same device and inode), VC_ERR_GZIP/VC_ERR_IO when an input failed part-way (results
 * hold what was counted; *out is still set), VC_ERR_INTERRUPTED on stop. */
vc_status vc_scan_run(const vc_scan_options *opts, vc_scan **out, vc_error *err);
void vc_scan_free(vc_scan *scan);

const vc_agg *vc_scan_agg(const vc_scan *scan);
const vc_scan_stats *vc_scan_stats_get(const vc_scan *scan);
/* The example quotes (NULL when opts.quotes was 0). */
const vc_quotes *vc_scan_quotes(const vc_scan *scan);
/* Dimensions: "all", the --by columns, "question" with two or more text
 * columns ("question_text" when a --by column is named "question"), then
 * "period" with period_col. */
size_t vc_scan_dimension_count(const vc_scan *scan);
const char *vc_scan_dimension_name(const vc_scan *scan, size_t dim);
/* A --by dimension read from one-hot option columns ("QUESTION - OPTION"
 * when no column is named QUESTION): how many; 0 for every other
 * dimension. */
size_t vc_scan_dimension_options(const vc_scan *scan, size_t dim);
/* The text columns as resolved (one, unless text_cols named several). */
size_t vc_scan_text_count(const vc_scan *scan);
const char *vc_scan_text_name(const vc_scan *scan, size_t i);

/* The defaults every scan starts from: each input sniffed (format AUTO, ','
 * and '"' until sniffed), the NPS scale, columns detected by name, one worker
 * per online CPU, no side outputs, no hook, no stop flag. */
void vc_scan_options_init(vc_scan_options *o);
/* sizeof(vc_scan_options) in this build of the library: a binding that
 * lays the struct out itself checks it against its own. */
size_t vc_scan_options_size(void);

VC_API_END

#endif
