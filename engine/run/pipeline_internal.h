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
    /* a regular file closed after its header was read (so that any number
     * of inputs works): its reader opens it again and reads it from the
     * start; size is its size hint for progress */
    int reopen;
    int64_t size;
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
    uint64_t bytes_in_total, rows_total;
    vc_status io_status;
    vc_error io_err;
    vc_status worker_status;
    vc_error worker_err;
    int interrupted;
} pipe_t;

struct vc_scan {
    vc_agg *agg;
    vc_scan_stats stats;
    vc_file_stats *files;
    char **dim_names;
    size_t ndims;
    char *text_col, *score_col, *id_col;
    vc_quotes *quotes;
    char **text_cols; /* ntext, text_cols[0] is text_col */
    size_t ntext;
    size_t *dim_options; /* per dimension, vc_scan_dimension_options */
    char **opt_names;    /* the option names of every one-hot --by */
    size_t nopt;
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
/* inputs.c: VC_ERR_USAGE when two inputs are the same regular file. */
vc_status vc_pipe_check_inputs(const vc_scan_options *o, vc_error *err);
/* inputs.c: find or detect the text, score, id, --by, period and hook
 * columns in every input's header and select them in its parser. */
vc_status vc_pipe_resolve_columns(pipe_t *p, vc_scan *scan, vc_error *err);

/* observe.c: one record of a batch, on a worker thread: fields, analysis,
 * the worker's table and quotes, the hook, and the batch's rejects and
 * comments rows and counters. A non-OK status stops the scan. */
vc_status vc_pipe_observe(worker_ctx *w, batch *b, const rec *rc);

#endif
