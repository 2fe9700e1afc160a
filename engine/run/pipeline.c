/*
 * pipeline.c - the scan: readers -> bounded batch queue -> workers -> commit.
 *
 * Before any thread starts, the main thread opens every input, finds its
 * header and resolves the columns (inputs.c), closing the regular files
 * again; a reader opens such a file when it reaches it and reads it from
 * the start. For stdin and pipes the bytes read so far stay in the input's
 * `head` and are fed first. Either way the header span is skipped.
 *
 * Readers (min(inputs, max(1, threads / 2)) threads) take whole input files
 * in order from a shared counter, inflate (stream.h) and split (record.h)
 * them, and copy whole records into batches of about batch_bytes. A reader
 * that feeds many workers from a multi-member gzip file gets a pool of
 * inflate threads for it (inflate_threads_for; the stream hands over the
 * same bytes, so nothing downstream changes). Each
 * reader owns a small pool of batches: it blocks when all of them are in
 * flight, which bounds memory whatever the input size, and since every
 * reader has its own pool, a reader running ahead on a later file can never
 * starve the reader of an earlier one.
 *
 * Workers pop batches, parse fields, analyze comments (analyze.h) and add
 * them to their own vc_agg (observe.c); side outputs (rejected rows, per-comment rows)
 * are written into the batch's own buffers. A finished batch is committed
 * under the pipeline lock in (file, sequence) order: its side outputs are
 * written and its counters added to the file's, then it goes back to its
 * reader's pool. At the end the workers' tables are merged once. Counters
 * are integers, so the result is identical for any thread count.
 *
 * Shared state: everything in `struct pipe` below the mutex is guarded by it;
 * the options, the lexicons and the parsers are read-only once threads run.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "pipeline_internal.h"

/* ---- small helpers -------------------------------------------------------- */

/* A file's name as the outputs show it (stats, quotes, rejects of a
 * partial): valid UTF-8, each invalid sequence of the path replaced by
 * U+FFFD and counted in utf8_repaired. NULL when out of memory. */
static char *output_name(const char *path, uint64_t *repaired)
{
    size_t n = strlen(path);
    if (vc_ascii_prefix(path, n) == n || !vc_utf8_invalid_count(path, n))
        return strdup(path);
    vc_buf b = VC_BUF_INIT;
    *repaired += vc_utf8_repair(path, n, &b);
    if (vc_buf_status(&b)) {
        vc_buf_free(&b);
        return NULL;
    }
    return b.data; /* the buffer's storage becomes the string */
}

static double elapsed(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

static void batch_free(batch *b)
{
    if (!b)
        return;
    vc_buf_free(&b->data);
    vc_buf_free(&b->rejects);
    vc_buf_free(&b->comments);
    free(b->recs);
    free(b);
}

static void batch_reset(batch *b)
{
    b->next = NULL;
    b->final = 0;
    b->nrecs = 0;
    vc_buf_reset(&b->data);
    vc_buf_reset(&b->rejects);
    vc_buf_reset(&b->comments);
    b->n = (vc_scan_stats){0};
    b->first_reject[0] = 0;
    b->nscore_ex = 0;
}

/* ---- readers --------------------------------------------------------------- */

typedef struct reader_ctx {
    pipe_t *p;
    int id;
    input *in;
    size_t file;
    batch *cur;
    uint64_t seq;
    uint64_t recno;
    uint64_t bytes_seen; /* of the current stream, already added to bytes_in_total */
    uint64_t newlines;   /* line breaks read (shares only) */
    uint64_t skip_spans; /* header records (and skipped lines) still to drop */
    int finishing;       /* in vc_splitter_finish: a span now is an unended record */
    int cut_record;
    vc_status st;
} reader_ctx;

static batch *pool_get(pipe_t *p, int reader)
{
    pthread_mutex_lock(&p->mu);
    while (!p->pool[reader])
        pthread_cond_wait(&p->pool_cv[reader], &p->mu);
    batch *b = p->pool[reader];
    p->pool[reader] = b->next;
    pthread_mutex_unlock(&p->mu);
    batch_reset(b);
    return b;
}

static void queue_push(pipe_t *p, batch *b)
{
    pthread_mutex_lock(&p->mu);
    b->next = NULL;
    if (p->q_tail)
        p->q_tail->next = b;
    else
        p->q_head = b;
    p->q_tail = b;
    pthread_cond_signal(&p->work_cv);
    pthread_mutex_unlock(&p->mu);
}

static void send_batch(reader_ctx *r, int final)
{
    batch *b = r->cur;
    b->file = r->file;
    b->seq = r->seq++;
    b->reader = r->id;
    b->final = final;
    queue_push(r->p, b);
    r->cur = final ? NULL : pool_get(r->p, r->id);
}

static int on_span(void *ctx, const vc_span *sp)
{
    reader_ctx *r = ctx;
    if (r->finishing)
        r->cut_record = 1;
    if (r->skip_spans) {
        r->skip_spans--;
        return 0;
    }
    batch *b = r->cur;
    if (b->nrecs && b->data.len + sp->len > r->p->batch_bytes)
        send_batch(r, 0), b = r->cur;
    if (b->nrecs == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 1024;
        rec *recs = vc_xrealloc_array(b->recs, cap, sizeof *recs);
        if (!recs)
            return VC_ERR_NOMEM;
        b->recs = recs;
        b->cap = cap;
    }
    rec *rc = &b->recs[b->nrecs++];
    rc->off = b->data.len;
    rc->len = sp->len;
    rc->lines = sp->lines;
    rc->kind = sp->kind;
    rc->full_len = sp->full_len;
    rc->recno = ++r->recno;
    rc->line = r->in->fed ? rc->recno : sp->line;
    rc->byte_offset = r->in->fed ? 0 : sp->offset;
    if (vc_buf_append(&b->data, sp->data, sp->len))
        return VC_ERR_NOMEM;
    return 0;
}

static uint64_t count_newlines(const char *p, size_t n)
{
    uint64_t c = 0;
    const char *end = p + n;
    while (p && p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        c++;
        p++;
    }
    return c;
}

static void read_file(reader_ctx *r, char *chunk)
{
    pipe_t *p = r->p;
    input *in = r->in;
    vc_file_stats *fs = &p->fs[r->file];
    r->cur = pool_get(p, r->id);
    r->seq = 0;
    r->recno = 0;
    r->bytes_seen = 0;
    r->newlines = 0;
    r->finishing = r->cut_record = 0;
    int shares = p->o->share_count > 0, last_share = !shares || p->o->share_index + 1 == p->o->share_count;
    /* JSONL has no header line: the first object is data (its keys only
     * named the columns); a later share's header is not in its stream */
    r->skip_spans = in->share_tail ? 0 : in->header_spans;
    vc_status st = VC_OK;
    vc_error err;
    vc_error_clear(&err);
    if (in->reopen && !in->empty)
        st = vc_pipe_reopen_input(p, in, &err);
    if (in->stream && p->ninflate > 1)
        vc_stream_set_inflate_threads(in->stream, p->ninflate, p->o->inflate_unit);
    if (!st && !in->empty) {
        vc_splitter *sp = vc_splitter_new(&in->dialect);
        if (!sp)
            st = vc_error_set(&err, VC_ERR_NOMEM, "out of memory");
        else
            vc_splitter_set_records(sp, p->o->json_records);
        if (shares)
            r->newlines += count_newlines(in->head.data, in->head.len);
        int rc = st || !in->head.len ? 0 : vc_splitter_feed(sp, in->head.data, in->head.len, on_span, r);
        vc_buf_free(&in->head);
        while (!st && !rc && !in->head_eof) {
            if (p->o->stop && *p->o->stop) {
                st = vc_error_set(&err, VC_ERR_INTERRUPTED, "%s: interrupted", in->path);
                break;
            }
            ssize_t n = vc_stream_read(in->stream, chunk, CHUNK_BYTES, &err);
            if (n < 0) {
                st = (vc_status)n;
                break;
            }
            if (n == 0)
                break;
            /* progress: a stream whose inflate pool hands reading back
             * may step back by part of a unit; count only what is new */
            uint64_t now = vc_stream_bytes_in(in->stream);
            if (now > r->bytes_seen) {
                pthread_mutex_lock(&p->mu);
                p->bytes_in_total += now - r->bytes_seen;
                pthread_mutex_unlock(&p->mu);
                r->bytes_seen = now;
            }
            if (shares)
                r->newlines += count_newlines(chunk, (size_t)n);
            rc = vc_splitter_feed(sp, chunk, (size_t)n, on_span, r);
        }
        /* a signal that came while the last bytes were read: the input
         * may have ended only because its producer was killed with us */
        if (!st && !rc && p->o->stop && *p->o->stop)
            st = vc_error_set(&err, VC_ERR_INTERRUPTED, "%s: interrupted", in->path);
        if (!st && !rc) {
            r->finishing = 1;
            rc = vc_splitter_finish(sp, on_span, r);
            r->finishing = 0;
        }
        /* A share must end where a record ends, or the next share would
         * start inside one: refuse rather than count a record twice or
         * never (the rows before it still count; the scan fails). */
        if (!st && !rc && r->cut_record && !last_share)
            st = vc_error_set(&err, VC_ERR_DATA,
                              "%s: share %u/%u ends inside a record (decompressed byte %llu of the share): "
                              "--members needs gzip members that start at record boundaries, as `gencorpus "
                              "--members` writes them (bgzip and pigz do not)",
                              in->path, p->o->share_index, p->o->share_count,
                              (unsigned long long)vc_stream_bytes_out(in->stream));
        if (!st && rc)
            st = vc_error_set(&err, VC_ERR_NOMEM, "%s: out of memory", in->path);
        uint64_t jline;
        const char *jwhat;
        vc_status jst = sp ? vc_splitter_status(sp, &jline, &jwhat) : VC_OK;
        if (!st && jst) /* a JSON export that cannot be split on */
            st = vc_error_set(&err, jst, "%s:%llu: %s", in->path, (unsigned long long)jline, jwhat);
        vc_splitter_free(sp);
    }
    /* what the transcoder replaced counts with the repaired fields */
    vc_transcode_info ti;
    int has_ti = in->stream && vc_stream_transcode_info(in->stream, &ti) == 0;
    if (has_ti && ti.transcoded)
        r->cur->n.utf8_repaired += ti.invalid;
    send_batch(r, 1);

    pthread_mutex_lock(&p->mu);
    if (in->stream) {
        fs->backend = vc_stream_backend(in->stream);
        fs->bytes_in = vc_stream_bytes_in(in->stream);
        fs->bytes_out = vc_stream_bytes_out(in->stream);
        fs->members = vc_stream_members(in->stream);
    }
    fs->share_index = p->o->share_index;
    fs->share_count = p->o->share_count;
    fs->newlines = r->newlines;
    if (has_ti && ti.transcoded)
        fs->encoding = strdup(ti.encoding);
    if (has_ti)
        fs->encoding_warning = vc_pipe_encoding_warning(fs->name, &ti);
    if (st) {
        fs->status = st;
        free(fs->message);
        fs->message = strdup(err.msg[0] ? err.msg : vc_strerror(st));
        if (st == VC_ERR_INTERRUPTED)
            p->interrupted = 1;
        else if (!p->io_status) {
            p->io_status = st;
            p->io_err = err;
        }
    } else if (in->stream && vc_stream_warning(in->stream) && !fs->message) {
        fs->message = strdup(vc_stream_warning(in->stream));
    } else if (in->empty && !fs->message) {
        char msg[512];
        snprintf(msg, sizeof msg, "%s: empty input: no header and no rows", in->path);
        fs->message = strdup(msg);
    }
    pthread_mutex_unlock(&p->mu);
    vc_stream_free(in->stream);
    in->stream = NULL;
}

static void *reader_main(void *arg)
{
    reader_ctx *r = arg;
    pipe_t *p = r->p;
    char *chunk = malloc(CHUNK_BYTES);
    for (;;) {
        pthread_mutex_lock(&p->mu);
        size_t f = p->next_file++;
        pthread_mutex_unlock(&p->mu);
        if (f >= p->nin)
            break;
        r->file = f;
        r->in = &p->in[f];
        if (!chunk) {
            pthread_mutex_lock(&p->mu);
            if (!p->io_status) {
                p->io_status = VC_ERR_NOMEM;
                vc_error_set(&p->io_err, VC_ERR_NOMEM, "out of memory");
            }
            pthread_mutex_unlock(&p->mu);
            r->in->empty = 1;
        }
        read_file(r, chunk);
    }
    free(chunk);
    pthread_mutex_lock(&p->mu);
    p->readers_done++;
    pthread_cond_broadcast(&p->work_cv);
    pthread_cond_broadcast(&p->done_cv);
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* ---- workers --------------------------------------------------------------- */

/* A batch's rows of a side output into its file; the very first rows of
 * the run drop the separator a JSON row starts with (rows.c). */
static void write_rows(FILE *f, const vc_buf *rows, vc_table_format fmt, int *written)
{
    if (!rows->len)
        return;
    size_t skip = *written ? 0 : vc_sink_lead_skip(fmt, rows->data, rows->len);
    fwrite(rows->data + skip, 1, rows->len - skip, f);
    *written = 1;
}

/* Commit finished batches in (file, seq) order. Caller holds p->mu. */
static void commit(pipe_t *p, batch *b)
{
    input *in = &p->in[b->file];
    batch **pp = &in->pending;
    while (*pp && (*pp)->seq < b->seq)
        pp = &(*pp)->next;
    b->next = *pp;
    *pp = b;
    while (p->head_file < p->nin) {
        input *h = &p->in[p->head_file];
        batch *c = h->pending;
        if (!c || c->seq != h->next_seq)
            break;
        h->pending = c->next;
        h->next_seq++;
        vc_file_stats *fs = &p->fs[c->file];
        fs->rows_read += c->n.rows_read;
        fs->rows_analyzed += c->n.rows_analyzed;
        fs->rows_rejected += c->n.rows_rejected;
        p->rows_total += c->n.rows_read;
        if (!fs->first_reject && c->first_reject[0]) {
            fs->first_reject = strdup(c->first_reject); /* NULL on no memory: only a message is lost */
            fs->first_reject_line = c->first_reject_line;
        }
        /* the first distinct invalid scores of the run: batches come here
         * in input order, and each kept its own first distinct ones, so
         * the result is the same for any thread count */
        for (unsigned k = 0; k < c->nscore_ex && p->nscore_ex < VC_SCORE_EXAMPLES; k++) {
            unsigned j = 0;
            while (j < p->nscore_ex && strcmp(p->score_ex[j], c->score_ex[k]) != 0)
                j++;
            if (j == p->nscore_ex)
                memcpy(p->score_ex[p->nscore_ex++], c->score_ex[k], VC_SCORE_EXAMPLE_MAX);
        }
        if (p->o->rejects)
            write_rows(p->o->rejects, &c->rejects, p->o->rejects_format, &p->rejects_written);
        if (p->o->comments)
            write_rows(p->o->comments, &c->comments, p->o->comments_format, &p->comments_written);
        if (c->final)
            p->head_file++;
        int r = c->reader;
        c->next = p->pool[r];
        p->pool[r] = c;
        pthread_cond_signal(&p->pool_cv[r]);
    }
}

/* The VC_COUNT_ROW counters of a worker's batches go to its totals; the
 * VC_COUNT_FILE ones go to the file's stats when the batch is committed. */
#define ADD_ROW_COUNTER(field, name, kind) \
    if (kind == VC_COUNT_ROW)              \
        into->field += from->field;

static void add_row_counters(vc_scan_stats *into, const vc_scan_stats *from)
{
    VC_SCAN_COUNTERS(ADD_ROW_COUNTER)
}

typedef struct worker_arg {
    worker_ctx w;
    vc_scan_stats t; /* VC_COUNT_ROW counters of the batches it analyzed */
} worker_arg;

static void *worker_main(void *arg)
{
    worker_arg *wa = arg;
    worker_ctx *w = &wa->w;
    pipe_t *p = w->p;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        while (!p->q_head && p->readers_done < p->nreaders)
            pthread_cond_wait(&p->work_cv, &p->mu);
        batch *b = p->q_head;
        if (!b) {
            pthread_mutex_unlock(&p->mu);
            break;
        }
        p->q_head = b->next;
        if (!p->q_head)
            p->q_tail = NULL;
        pthread_mutex_unlock(&p->mu);

        for (size_t i = 0; i < b->nrecs && !w->st; i++)
            w->st = vc_pipe_observe(w, b, &b->recs[i]);
        add_row_counters(&wa->t, &b->n);

        pthread_mutex_lock(&p->mu);
        if (w->st && !p->worker_status) {
            p->worker_status = w->st;
            vc_error_set(&p->worker_err, w->st, "%s: %s", p->in[b->file].path, vc_strerror(w->st));
        }
        commit(p, b);
        pthread_mutex_unlock(&p->mu);
    }
    return NULL;
}

/* ---- the run ---------------------------------------------------------------- */

static unsigned online_cpus(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (unsigned)n : 1;
}

/* Inflate threads per reader of a multi-member gzip file: one per 8
 * workers the reader feeds, so a pool (2 or more) starts from 16 workers per
 * reader. Analysis takes about 40 MB/s of decompressed input per core (1M
 * rows, default lexicon and sentiment), while one reader inflates the same
 * input at about 500 MB/s (zlib) to 1.5 GB/s (ISA-L): with fewer workers
 * they are the bottleneck, and on 2 cores a pool of 2 for --threads 2 made
 * the scan slower (it takes the cores the workers need). */
static unsigned inflate_threads_for(unsigned nworkers, unsigned nreaders)
{
    unsigned t = nworkers / nreaders / 8;
    return t > 1 ? t : 1;
}

unsigned vc_scan_thread_count(unsigned threads)
{
    return threads ? threads : online_cpus();
}

void vc_scan_free(vc_scan *scan)
{
    if (!scan)
        return;
    vc_agg_free(scan->agg);
    for (size_t i = 0; i < scan->stats.nfiles; i++) {
        free(scan->files[i].name);
        free(scan->files[i].format);
        free(scan->files[i].message);
        free(scan->files[i].first_reject);
        free(scan->files[i].encoding);
        free(scan->files[i].encoding_warning);
    }
    free(scan->files);
    for (size_t i = 0; i < scan->ndims; i++)
        free(scan->dim_names[i]);
    free(scan->dim_names);
    free(scan->text_col);
    for (size_t i = 1; i < scan->ntext; i++)
        free(scan->text_cols[i]);
    free(scan->text_cols);
    for (size_t i = 0; i < scan->nopt; i++)
        free(scan->opt_names[i]);
    free(scan->opt_names);
    free(scan->dim_options);
    vc_langtab_free(&scan->langs);
    vc_buf_free(&scan->sentiment_langs);
    free(scan->score_col);
    free(scan->id_col);
    vc_quotes_free(scan->quotes);
    free(scan);
}

const vc_agg *vc_scan_agg(const vc_scan *scan) { return scan->agg; }
const vc_quotes *vc_scan_quotes(const vc_scan *scan) { return scan->quotes; }
const vc_scan_stats *vc_scan_stats_get(const vc_scan *scan) { return &scan->stats; }
const char *vc_scan_dimension_name(const vc_scan *scan, size_t dim) { return scan->dim_names[dim]; }
size_t vc_scan_dimension_count(const vc_scan *scan) { return scan->ndims; }
size_t vc_scan_dimension_options(const vc_scan *scan, size_t dim) { return scan->dim_options[dim]; }
size_t vc_scan_text_count(const vc_scan *scan) { return scan->ntext; }
const char *vc_scan_text_name(const vc_scan *scan, size_t i) { return scan->text_cols[i]; }

static void free_inputs(pipe_t *p)
{
    for (size_t i = 0; i < p->nin; i++) {
        vc_stream_free(p->in[i].stream);
        vc_parser_free(p->in[i].parser);
        vc_buf_free(&p->in[i].head);
        vc_buf_free(&p->in[i].sample);
        free(p->in[i].sample_len);
    }
    free(p->in);
    free(p->by_sel);
    free(p->by_nopt);
    free(p->by_signal);
    free(p->by_language);
    free(p->by_opt);
    free(p->opt_cols);
}

vc_status vc_scan_run(const vc_scan_options *o, vc_scan **out, vc_error *err)
{
    *out = NULL;
    vc_status st = VC_OK;
    pipe_t P;
    memset(&P, 0, sizeof P);
    pipe_t *p = &P;
    p->o = o;
    clock_gettime(CLOCK_MONOTONIC, &p->t0);
    p->batch_bytes = o->batch_bytes ? o->batch_bytes : (1u << 20);
    p->nworkers = vc_scan_thread_count(o->threads);
    p->nin = o->ninputs;
    if ((st = vc_pipe_check_inputs(o, err)))
        return st;

    if (o->ntext_cols > 1 && o->hook)
        return vc_error_set(err, VC_ERR_USAGE, "a record hook reads one text column; %zu were given",
                            o->ntext_cols);
    if (o->no_language && o->language_col)
        return vc_error_set(err, VC_ERR_USAGE, "a language column needs languages on (not with no language)");
    if (o->model && o->ntext_cols > 1)
        return vc_error_set(err, VC_ERR_USAGE, "a theme model reads one text column; %zu were given",
                            o->ntext_cols);
    vc_scan *scan = calloc(1, sizeof *scan);
    if (!scan)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    p->q_dim = o->ntext_cols > 1 ? 1 + o->nby : SIZE_MAX;
    scan->ndims = 1 + o->nby + (p->q_dim != SIZE_MAX) + (o->period_col != NULL);
    scan->dim_names = vc_xcalloc(scan->ndims, sizeof *scan->dim_names);
    scan->dim_options = vc_xcalloc(scan->ndims, sizeof *scan->dim_options);
    scan->files = vc_xcalloc(p->nin, sizeof *scan->files);
    p->in = vc_xcalloc(p->nin, sizeof *p->in);
    p->fs = scan->files;
    scan->stats.nfiles = p->nin;
    scan->stats.files = scan->files;
    if (!scan->dim_names || !scan->dim_options || !scan->files || !p->in) {
        free(p->in);
        vc_scan_free(scan);
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    }
    scan->dim_names[0] = strdup("all");
    for (size_t i = 0; i < o->nby; i++)
        scan->dim_names[i + 1] = strdup(o->by[i]);
    if (p->q_dim != SIZE_MAX) {
        /* a --by column of that name keeps it: the answers' dimension
         * then takes another */
        int taken = 0;
        for (size_t i = 0; i < o->nby; i++)
            taken |= strcmp(o->by[i], "question") == 0;
        scan->dim_names[p->q_dim] = strdup(taken ? "question_text" : "question");
    }
    if (o->period_col)
        scan->dim_names[scan->ndims - 1] = strdup("period");

    /* 1. headers and columns, before any row */
    vc_buf header = VC_BUF_INIT;
    for (size_t i = 0; i < p->nin && !st; i++) {
        input *in = &p->in[i];
        in->path = o->inputs[i];
        if (o->stop && *o->stop) {
            st = vc_error_set(err, VC_ERR_INTERRUPTED, "interrupted");
            break;
        }
        in->dialect = o->dialect;
        if (o->feeds && o->feeds[i]) {
            in->fed = 1;
            in->dialect.format = VC_FORMAT_CSV;
            in->dialect.delimiter = ',';
            in->dialect.quote = '"';
        }
        scan->files[i].name = output_name(in->path, &scan->stats.utf8_repaired);
        if (!scan->files[i].name) {
            st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
            break;
        }
        scan->files[i].backend = "plain";
        st = vc_pipe_read_head(p, in, &header, err);
        if ((st == VC_ERR_GZIP || st == VC_ERR_IO) && in->stream) {
            /* the input opened but its data is broken before the header was
             * complete: it counts as a failed input, the others still run,
             * and the stats say so */
            scan->files[i].status = st;
            scan->files[i].message = strdup(err->msg);
            in->empty = 1;
            if (!p->io_status) {
                p->io_status = st;
                p->io_err = *err;
            }
            st = VC_OK;
        }
        if (!st && !in->empty && !in->parser) {
            vc_error e;
            vc_error_clear(&e);
            st = vc_parser_new(&in->dialect, header.data, header.len, &in->parser, &e);
            if (st)
                vc_error_set(err, st, "%s:1: %s", in->path, e.msg);
        }
        if (!st)
            st = vc_pipe_sample_dates(p, in, &scan->stats);
        if (!st)
            vc_pipe_close_input(in, &scan->files[i]);
    }
    vc_buf_free(&header);
    if (!st && o->period_col && o->date_order == VC_DATE_AUTO) {
        p->date_settled = vc_date_order_settle(scan->stats.date_day_first, scan->stats.date_month_first);
        scan->stats.date_order_settled = p->date_settled;
    }
    if (!st)
        st = vc_pipe_resolve_columns(p, scan, err);
    if (st) {
        free_inputs(p);
        vc_scan_free(scan);
        return st;
    }

    /* 2. threads */
    uint64_t total_size = 0;
    int size_known = 1;
    for (size_t i = 0; i < p->nin; i++) {
        int64_t sz = p->in[i].stream ? vc_stream_size_hint(p->in[i].stream) : p->in[i].size;
        if (sz < 0)
            size_known = 0;
        else
            total_size += (uint64_t)sz;
    }
    unsigned want_readers = p->nworkers > 1 ? p->nworkers / 2 : 1;
    p->nreaders = (unsigned)(p->nin < want_readers ? p->nin : want_readers);
    if (p->nreaders == 0)
        p->nreaders = 1;
    p->ninflate = o->inflate_threads ? o->inflate_threads : inflate_threads_for(p->nworkers, p->nreaders);
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work_cv, NULL);
    pthread_cond_init(&p->done_cv, NULL);
    p->pool_cv = vc_xcalloc(p->nreaders, sizeof *p->pool_cv);
    p->pool = vc_xcalloc(p->nreaders, sizeof *p->pool);
    size_t per_reader = (size_t)p->nworkers * 2 + 2;
    for (unsigned r = 0; r < p->nreaders && p->pool && p->pool_cv; r++) {
        pthread_cond_init(&p->pool_cv[r], NULL);
        for (size_t k = 0; k < per_reader; k++) {
            batch *b = calloc(1, sizeof *b);
            if (!b) {
                st = VC_ERR_NOMEM;
                break;
            }
            b->next = p->pool[r];
            p->pool[r] = b;
        }
    }
    worker_arg *wargs = vc_xcalloc(p->nworkers, sizeof *wargs);
    reader_ctx *rargs = vc_xcalloc(p->nreaders, sizeof *rargs);
    pthread_t *wt = vc_xcalloc(p->nworkers, sizeof *wt);
    pthread_t *rt = vc_xcalloc(p->nreaders, sizeof *rt);
    size_t nthemes = vc_lexicon_theme_count(o->lex);
    if (!p->pool || !p->pool_cv || !wargs || !rargs || !wt || !rt)
        st = VC_ERR_NOMEM;
    for (unsigned i = 0; i < p->nworkers && !st; i++) {
        worker_ctx *w = &wargs[i].w;
        w->p = p;
        w->index = i;
        w->agg = vc_agg_new(scan->ndims, nthemes, o->max_segments);
        if (w->agg)
            vc_agg_set_model(w->agg, o->model != NULL);
        w->an = vc_analyzer_new(o->lex, o->sentiment);
        if (w->an) {
            vc_analyzer_set_sentiment_mode(w->an, o->sentiment_mode);
            if (vc_analyzer_set_sentiment_languages(w->an, o->sentiment_languages))
                st = VC_ERR_NOMEM;
        }
        if (o->quotes && !(w->quotes = vc_quotes_new(o->lex, o->quotes)))
            st = VC_ERR_NOMEM;
        vc_fields_init(&w->fields);
        w->tobs = vc_xcalloc(nthemes ? nthemes : 1, sizeof *w->tobs);
        if (o->model) {
            w->logit = vc_xcalloc(vc_model_theme_count(o->model) + 1, sizeof *w->logit);
            w->mark = vc_xcalloc(nthemes + 1, 1);
            w->mthemes = vc_xcalloc(nthemes + 1, sizeof *w->mthemes);
            if (!w->logit || !w->mark || !w->mthemes)
                st = VC_ERR_NOMEM;
        }
        w->seg = vc_xcalloc(scan->ndims, sizeof *w->seg);
        w->seg_len = vc_xcalloc(scan->ndims, sizeof *w->seg_len);
        if (!w->agg || !w->an || !w->tobs || !w->seg || !w->seg_len)
            st = VC_ERR_NOMEM;
        w->nvals = vc_xcalloc(scan->ndims, sizeof *w->nvals);
        if (!w->nvals)
            st = VC_ERR_NOMEM;
        if (p->ntext > 1) {
            size_t nt = nthemes ? nthemes : 1;
            w->ans_tobs = vc_xcalloc(p->ntext * nt, sizeof *w->ans_tobs);
            w->ans_nthemes = vc_xcalloc(p->ntext, sizeof *w->ans_nthemes);
            w->ans_compound = vc_xcalloc(p->ntext, sizeof *w->ans_compound);
            w->ans_given = vc_xcalloc(p->ntext, sizeof *w->ans_given);
            w->union_themes = vc_xcalloc(nt, sizeof *w->union_themes);
            w->union_sum = vc_xcalloc(nt, sizeof *w->union_sum);
            w->union_count = vc_xcalloc(nt, sizeof *w->union_count);
            if (!w->ans_tobs || !w->ans_nthemes || !w->ans_compound || !w->ans_given || !w->union_themes ||
                !w->union_sum || !w->union_count)
                st = VC_ERR_NOMEM;
        }
    }
    unsigned started_w = 0, started_r = 0;
    if (!st) {
        for (; started_w < p->nworkers; started_w++)
            if (pthread_create(&wt[started_w], NULL, worker_main, &wargs[started_w]))
                break;
        for (; started_r < p->nreaders; started_r++) {
            rargs[started_r].p = p;
            rargs[started_r].id = (int)started_r;
            if (pthread_create(&rt[started_r], NULL, reader_main, &rargs[started_r]))
                break;
        }
        if (started_w == 0 || started_r < p->nreaders) {
            /* let the threads that did start drain and stop */
            pthread_mutex_lock(&p->mu);
            p->next_file = p->nin;
            p->readers_done += p->nreaders - started_r;
            pthread_cond_broadcast(&p->work_cv);
            pthread_mutex_unlock(&p->mu);
            st = vc_error_set(err, VC_ERR_INTERNAL, "cannot start threads: %s", strerror(errno));
        }
    }

    /* 3. progress while readers run */
    pthread_mutex_lock(&p->mu);
    while (p->readers_done < p->nreaders) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 250 * 1000 * 1000;
        if (ts.tv_nsec >= 1000000000) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&p->done_cv, &p->mu, &ts);
        if (o->progress && p->readers_done < p->nreaders) {
            vc_progress pr = {p->bytes_in_total, size_known ? total_size : 0, p->rows_total,
                              elapsed(&p->t0)};
            pthread_mutex_unlock(&p->mu);
            o->progress(o->progress_ctx, &pr);
            pthread_mutex_lock(&p->mu);
        }
    }
    pthread_mutex_unlock(&p->mu);
    for (unsigned i = 0; i < started_r; i++)
        pthread_join(rt[i], NULL);
    for (unsigned i = 0; i < started_w; i++)
        pthread_join(wt[i], NULL);

    /* 4. merge and account */
    vc_scan_stats *s = &scan->stats;
    if (!st) {
        scan->agg = vc_agg_new(scan->ndims, nthemes, o->max_segments);
        if (!scan->agg)
            st = VC_ERR_NOMEM;
        else
            vc_agg_set_model(scan->agg, o->model != NULL);
        for (unsigned i = 0; i < p->nworkers && !st; i++) {
            st = vc_agg_merge(scan->agg, wargs[i].w.agg);
            if (!st)
                st = vc_langtab_merge(&scan->langs, &wargs[i].w.langs);
            add_row_counters(s, &wargs[i].t);
        }
        if (!st && o->quotes) {
            scan->quotes = vc_quotes_new(o->lex, o->quotes);
            st = scan->quotes ? VC_OK : VC_ERR_NOMEM;
            for (unsigned i = 0; i < p->nworkers && !st; i++)
                st = vc_quotes_merge(scan->quotes, wargs[i].w.quotes);
        }
        if (!st) {
            vc_agg_sort(scan->agg);
            vc_langtab_sort(&scan->langs);
            s->languages = scan->langs.v;
            s->nlanguages = scan->langs.n;
            size_t nl = o->sentiment && !o->no_language ? vc_sentiment_languages_count(o->sentiment_languages) : 0;
            vc_buf_append_str(&scan->sentiment_langs, "");
            for (size_t i = 0; i < nl; i++)
                vc_buf_printf(&scan->sentiment_langs, "%s ",
                              vc_lang_sentiment_language(vc_sentiment_languages_at(o->sentiment_languages, i)));
            if ((st = vc_buf_status(&scan->sentiment_langs)))
                vc_error_set(err, st, "out of memory while merging results");
            s->sentiment_languages = scan->sentiment_langs.data ? scan->sentiment_langs.data : "";
        } else {
            vc_error_set(err, st, "out of memory while merging results");
        }
    }
    for (size_t i = 0; i < p->nin; i++) {
        s->rows_read += scan->files[i].rows_read;
        s->rows_analyzed += scan->files[i].rows_analyzed;
        s->rows_rejected += scan->files[i].rows_rejected;
        s->bytes_in += scan->files[i].bytes_in;
        s->bytes_out += scan->files[i].bytes_out;
        if (scan->files[i].status)
            s->files_failed++;
    }
    memcpy(scan->score_ex, p->score_ex, sizeof scan->score_ex);
    s->ninvalid_score_examples = p->nscore_ex;
    for (unsigned i = 0; i < p->nscore_ex; i++)
        s->invalid_score_examples[i] = scan->score_ex[i];
    s->threads = p->nworkers;
    s->seconds = elapsed(&p->t0);
    if (!st && p->worker_status) {
        st = p->worker_status;
        *err = p->worker_err;
    }
    if (!st && p->io_status) {
        st = p->io_status;
        *err = p->io_err;
    }
    /* a stop seen by no reader (it came after the last read) still makes
     * the counts partial: they are never returned as a finished run */
    if (!st && (p->interrupted || (o->stop && *o->stop)))
        st = vc_error_set(err, VC_ERR_INTERRUPTED, "interrupted");

    /* 5. teardown */
    for (unsigned i = 0; wargs && i < p->nworkers; i++) {
        vc_agg_free(wargs[i].w.agg);
        vc_analyzer_free(wargs[i].w.an);
        vc_quotes_free(wargs[i].w.quotes);
        vc_fields_free(&wargs[i].w.fields);
        free(wargs[i].w.tobs);
        vc_features_free(&wargs[i].w.feat);
        free(wargs[i].w.logit);
        free(wargs[i].w.mark);
        free(wargs[i].w.mthemes);
        free(wargs[i].w.nvals);
        vc_buf_free(&wargs[i].w.multi);
        free(wargs[i].w.ans_tobs);
        free(wargs[i].w.ans_nthemes);
        free(wargs[i].w.ans_compound);
        free(wargs[i].w.ans_given);
        free(wargs[i].w.union_themes);
        free(wargs[i].w.union_sum);
        free(wargs[i].w.union_count);
        free(wargs[i].w.seg);
        free(wargs[i].w.seg_len);
        vc_buf_free(&wargs[i].w.line);
        vc_buf_free(&wargs[i].w.segfix);
        vc_buf_free(&wargs[i].w.idfix);
        vc_langtab_free(&wargs[i].w.langs);
    }
    for (unsigned r = 0; p->pool && r < p->nreaders; r++) {
        while (p->pool[r]) {
            batch *b = p->pool[r];
            p->pool[r] = b->next;
            batch_free(b);
        }
        if (p->pool_cv)
            pthread_cond_destroy(&p->pool_cv[r]);
    }
    /* batches still pending (only after an early thread failure) */
    for (size_t i = 0; i < p->nin; i++)
        while (p->in[i].pending) {
            batch *b = p->in[i].pending;
            p->in[i].pending = b->next;
            batch_free(b);
        }
    while (p->q_head) {
        batch *b = p->q_head;
        p->q_head = b->next;
        batch_free(b);
    }
    free(p->pool);
    free(p->pool_cv);
    free(wargs);
    free(rargs);
    free(wt);
    free(rt);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->work_cv);
    pthread_cond_destroy(&p->done_cv);
    free_inputs(p);
    if (!scan->agg) {
        vc_scan_free(scan);
        return st ? st : VC_ERR_INTERNAL;
    }
    *out = scan;
    return st;
}
