/*
 * pipeline_internal.h - what the scan's three files share: the batches
 * readers fill and workers analyze, the inputs, the pipeline state, and the
 * calls between them. inputs.c opens inputs and resolves columns before
 * any thread starts (and closes those it can open again); pipeline.c runs the readers, the queue, the workers
 * and the in-order commit; observe.c turns one record into an observation.
 *
 * Ownership and threads: a batch belongs to its reader's pool and, while in
 * flight, to the one worker that took it; everything in pipe_t below the
 * mutex is guarded by it; options, lexicons and parsers are read-only once
 * threads run; a worker_ctx belongs to its worker thread.
 */
#ifndef VOCAL_PIPELINE_INTERNAL_H
#define VOCAL_PIPELINE_INTERNAL_H

#include <pthread.h>
#include <stdint.h>
#include <time.h>

#include "vocal/analyze.h"
#include "vocal/buf.h"
#include "vocal/pipeline.h"
#include "vocal/stream.h"

#include "langcount_internal.h"

#define CHUNK_BYTES (256u * 1024u)
/* The most bytes read looking for the header record. The header is a record,
 * so past the record size limit it is already an error; this binds only when
 * --max-record-size is set above it (README, "Limits"). */
#define HEAD_MAX (8u * 1024u * 1024u)

enum { SEL_TEXT = 0 };

typedef struct rec {
    size_t off; /* in batch->data */
    size_t len;
    uint64_t line, byte_offset, full_len, recno;
    uint32_t lines, kind;
} rec;

typedef struct batch {
    struct batch *next;
    size_t file;
    uint64_t seq;
    int reader;
    int final;
    vc_buf data;
    rec *recs;
    size_t nrecs, cap;
    vc_buf rejects, comments;
    vc_scan_stats n; /* its VC_SCAN_COUNTERS (the bytes ones stay 0) */
    /* its first rejected row's line and reason ("" when none): the file's
     * first one is kept when the batch is committed, so that a run that
     * analyzed nothing can say why */
    uint64_t first_reject_line;
    char first_reject[VC_ERROR_MSG_MAX + 200];
    /* the batch's first distinct invalid score values, in record order
     * (written by its worker, read at its commit) */
    char score_ex[VC_SCORE_EXAMPLES][VC_SCORE_EXAMPLE_MAX];
    unsigned nscore_ex;
} batch;

typedef struct input {
    const char *path;
    vc_stream *stream;
    vc_dialect dialect;
    vc_parser *parser;
    vc_buf head;
    int head_eof;
    int empty;
    int share_tail; /* a share after the first: its header came from member 1 */
    /* no encoding named, and the header is not UTF-8 (1), or not UTF-8
     * but reads cleanly as Windows-1252 (2): a column not found says to
     * pass --encoding (cp1252) */
    int header_cp1252;
    /* a regular file closed after its header was read (so that any number
     * of inputs works): its reader opens it again and reads it from the
     * start; size is its size hint for progress */
    int reopen;
    int64_t size;
    /* records fed by the caller (vc_scan_options.feeds): CSV, and a
     * record's line is its record number */
    int fed;
    /* records the reader skips before the first row: --skip-lines and the
     * header rows (JSONL: the skipped lines only; its first object is a row) */
    uint64_t header_spans;
    /* the first records of the first input read, for column detection
     * (inputs.c); freed once the columns are resolved */
    vc_buf sample;
    size_t *sample_len;
    size_t nsample;
    /* commit state, guarded by pipe.mu */
    uint64_t next_seq;
    batch *pending; /* committed out of order, sorted by seq */
} input;

typedef struct pipe {
    const vc_scan_options *o;
    input *in;
    size_t nin;
    vc_file_stats *fs;
    size_t sel_score, sel_id, sel_by, sel_period, sel_hook; /* indices into the selection, SIZE_MAX if absent */
    int score_by_group;      /* sel_score is the --score-group column (vc_scale_group_parse) */
    vc_date_order date_settled; /* no --date-order: the period column's order from its sample */
    size_t nsel;
    const char *text_name;
    /* text columns: selection 0 .. ntext-1; q_dim is the question
     * dimension (SIZE_MAX with one text column) */
    size_t ntext, q_dim;
    const char *const *text_names;
    /* per --by dimension: its first selection, and its number of one-hot
     * option columns (0: a plain column) whose option names are
     * opt_names[by_opt[d] ..] */
    size_t *by_sel, *by_nopt, *by_opt;
    /* per --by dimension: 1 for "signal" with signals on, the comment's
     * signals (no column; by_sel unused); sig_bytes: the signal names'
     * bytes, each with its '\0' (room for one record's values) */
    uint8_t *by_signal;
    size_t sig_bytes;
    /* per --by dimension: 1 for "language" with languages on, the
     * comment's language (no column); sel_lang: the --language-column's
     * selection (SIZE_MAX: none) */
    uint8_t *by_language;
    size_t sel_lang;
    const char **opt_cols;
    char *const *opt_names;
    size_t opt_bytes; /* the option names' bytes, each with its '\0' */
    size_t batch_bytes;
    unsigned nreaders, nworkers;
    unsigned ninflate; /* inflate threads per reader of a multi-member gzip file */
    struct timespec t0;

    pthread_mutex_t mu;
    pthread_cond_t work_cv, done_cv;
    pthread_cond_t *pool_cv; /* per reader */
    batch **pool;            /* per reader free list */
    batch *q_head, *q_tail;
    size_t next_file;
    unsigned readers_done;
    size_t head_file; /* commit order */
    int rejects_written, comments_written; /* a row of that side output went out
                                              (commit, under mu): JSON's first
                                              row drops its comma */
    uint64_t bytes_in_total, rows_total;
    vc_status io_status;
    vc_error io_err;
    vc_status worker_status;
    vc_error worker_err;
    int interrupted;
    /* the run's first distinct invalid score values, in input order:
     * merged from each batch as it is committed */
    char score_ex[VC_SCORE_EXAMPLES][VC_SCORE_EXAMPLE_MAX];
    unsigned nscore_ex;
} pipe_t;

struct vc_scan {
    vc_agg *agg;
    vc_scan_stats stats;
    vc_file_stats *files;
    char **dim_names;
    size_t ndims;
    char *text_col, *score_col, *id_col;
    vc_quotes *quotes;
    char score_ex[VC_SCORE_EXAMPLES][VC_SCORE_EXAMPLE_MAX]; /* stats.invalid_score_examples point here */
    char **text_cols; /* ntext, text_cols[0] is text_col */
    size_t ntext;
    size_t *dim_options; /* per dimension, vc_scan_dimension_options */
    char **opt_names;    /* the option names of every one-hot --by */
    size_t nopt;
    vc_langtab langs; /* stats.languages point here */
    vc_buf sentiment_langs; /* stats.sentiment_languages points here */
};

typedef struct worker_ctx {
    pipe_t *p;
    unsigned index;
    char period[VC_PERIOD_LABEL_MAX];
    vc_quotes *quotes;
    vc_agg *agg;
    vc_analyzer *an;
    vc_fields fields;
    vc_theme_obs *tobs;
    /* with a theme model: its features, logits, a mark per theme and the
     * comment's themes with the model's added */
    vc_features feat;
    double *logit;
    uint8_t *mark;
    vc_theme_result *mthemes;
    const char **seg;
    size_t *seg_len;
    vc_buf line;
    vc_buf segfix; /* --by values with invalid UTF-8, repaired */
    vc_buf idfix;  /* an --id value with invalid UTF-8, repaired */
    size_t *nvals; /* per dimension, values this record holds (agg.h) */
    vc_buf multi;  /* one-hot --by values, '\0'-separated */
    /* several text columns: each answer's themes and compound, and the
     * respondent's union */
    vc_theme_obs *ans_tobs; /* ntext x nthemes */
    size_t *ans_nthemes;
    double *ans_compound;
    int *ans_given;
    vc_theme_result *union_themes;
    double *union_sum;
    uint32_t *union_count;
    vc_langtab langs; /* comments per language, this worker's */
    char lang[16];    /* a --language-column value made a code */
    vc_status st;
} worker_ctx;

/* inputs.c: open an input and read until its header record is complete
 * (sniffing the format when asked to); the header goes to `header`, the
 * bytes read stay in in->head for the reader. */
vc_status vc_pipe_read_head(pipe_t *p, input *in, vc_buf *header, vc_error *err);
/* inputs.c: after the header pass, close an input that is a regular file
 * (stdin, pipes and devices stay open: they cannot be read twice); an
 * empty or failed one leaves its stream's counters in `fs`. */
void vc_pipe_close_input(input *in, vc_file_stats *fs);
/* inputs.c: on the reader thread, open a closed input again from its start
 * (its share, with --members). */
vc_status vc_pipe_reopen_input(pipe_t *p, input *in, vc_error *err);
/* inputs.c: the warnings about an input's encoding (vc_file_stats'
 * encoding_warning), NULL when none or out of memory. */
char *vc_pipe_encoding_warning(const char *name, const vc_transcode_info *ti);
/* inputs.c: VC_ERR_USAGE when two inputs are the same regular file. */
vc_status vc_pipe_check_inputs(const vc_scan_options *o, vc_error *err);
/* inputs.c: find or detect the text, score, id, --by, period and hook
 * columns in every input's header and select them in its parser. */
vc_status vc_pipe_resolve_columns(pipe_t *p, vc_scan *scan, vc_error *err);
/* inputs.c: with a period column and no --date-order, before the input is
 * closed: read the dates of the records already in its head (after the
 * header) into the evidence of `s` (date_sample, date_day_first,
 * date_month_first), up to DATE_SAMPLE_MAX dates over all inputs. */
#define DATE_SAMPLE_MAX 1000
vc_status vc_pipe_sample_dates(pipe_t *p, input *in, vc_scan_stats *s);

/* observe.c: one record of a batch, on a worker thread: fields, analysis,
 * the worker's table and quotes, the hook, and the batch's rejects and
 * comments rows and counters. A non-OK status stops the scan. */
vc_status vc_pipe_observe(worker_ctx *w, batch *b, const rec *rc);

#endif
