/*
 * pipeline.c - the scan: readers -> bounded batch queue -> workers -> commit.
 *
 * Before any thread starts, the main thread opens every input, reads just
 * enough to find its header record, sniffs the format when asked to, and
 * resolves the columns. A missing column is therefore a usage error before a
 * single row is counted. The bytes read so far stay in the input's `head`
 * and are fed again by its reader (the header span is skipped).
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
 * them to their own vc_agg; side outputs (rejected rows, per-comment rows)
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

#include "vocal/analyze.h"
#include "vocal/buf.h"
#include "vocal/pipeline.h"
#include "vocal/stream.h"

#define CHUNK_BYTES (256u * 1024u)
#define HEAD_MAX (8u * 1024u * 1024u)
#define REJECT_RECORD_MAX (64u * 1024u)

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
};

/* ---- small helpers -------------------------------------------------------- */

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
}

/* ---- opening inputs and resolving columns --------------------------------- */

typedef struct header_catch {
    vc_buf *out;
    int found;
    uint32_t kind;
    uint64_t line;
} header_catch;

static int catch_header(void *ctx, const vc_span *sp)
{
    header_catch *h = ctx;
    if (!h->found) {
        h->found = 1;
        h->kind = sp->kind;
        h->line = sp->line;
        if (vc_buf_append(h->out, sp->data, sp->len))
            return -1;
    }
    return 0;
}

/* A share after the first reads its header from the file's start, then
 * its own members: the bytes read so far are dropped. */
static vc_status open_share_tail(pipe_t *p, input *in, vc_error *err)
{
    vc_stream_free(in->stream);
    in->stream = NULL;
    vc_buf_reset(&in->head);
    in->head_eof = 0;
    in->share_tail = 1;
    return vc_stream_open_members(in->path, p->o->share_index, p->o->share_count, &in->stream, err);
}

/* Read until the header record is complete; returns it in `header`. */
static vc_status read_head(pipe_t *p, input *in, vc_buf *header, vc_error *err)
{
    const vc_scan_options *o = p->o;
    int tail = o->share_count > 1 && o->share_index > 0;
    vc_status st = o->share_count && !tail
                       ? vc_stream_open_members(in->path, o->share_index, o->share_count, &in->stream, err)
                       : vc_stream_open(in->path, &in->stream, err);
    if (st)
        return st;
    char probe_why[160] = "";
    int sniffed = 0;
    for (;;) {
        if ((st = vc_buf_reserve(&in->head, CHUNK_BYTES)))
            return vc_error_set(err, st, "%s: out of memory", in->path);
        ssize_t n = vc_stream_read(in->stream, in->head.data + in->head.len, CHUNK_BYTES, err);
        if (n < 0 && in->head.len == 0)
            return (vc_status)n;
        /* A read error after some data: go on with what we have; the error
         * is sticky, so the reader meets it again and the rows before it
         * are counted. */
        int at_end = n <= 0;
        if (n > 0) {
            in->head.len += (size_t)n;
            in->head.data[in->head.len] = 0;
        }
        if (n == 0)
            in->head_eof = 1;
        if (!sniffed && (at_end || in->head.len >= 64 * 1024)) {
            const char *d = in->head.data;
            size_t len = in->head.len;
            if (len >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0) {
                d += 3;
                len -= 3;
            }
            size_t blank = 0;
            while (blank < len && (d[blank] == ' ' || d[blank] == '\t' || d[blank] == '\r' || d[blank] == '\n'))
                blank++;
            if (blank == len) {
                in->empty = 1;
                return VC_OK;
            }
            if (p->o->dialect.format == VC_FORMAT_AUTO) {
                st = vc_dialect_sniff(d, len, &in->dialect, probe_why, sizeof probe_why);
                if (st)
                    return vc_error_set(err, VC_ERR_USAGE,
                                        "%s: cannot tell the format (%s); use --format csv|tsv|jsonl",
                                        in->path, probe_why[0] ? probe_why : "no delimiter found");
            } else {
                snprintf(probe_why, sizeof probe_why, "%s, delimiter '%s'", vc_format_name(in->dialect.format),
                         in->dialect.delimiter == '\t' ? "\\t" : (char[]){in->dialect.delimiter, 0});
                if (in->dialect.format == VC_FORMAT_JSONL)
                    snprintf(probe_why, sizeof probe_why, "jsonl");
            }
            sniffed = 1;
        }
        if (sniffed) {
            vc_splitter *sp = vc_splitter_new(&in->dialect);
            if (!sp)
                return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
            header_catch hc = {header, 0, 0, 0};
            vc_buf_reset(header);
            int rc = vc_splitter_feed(sp, in->head.data, in->head.len, catch_header, &hc);
            if (rc == 0 && !hc.found && at_end)
                rc = vc_splitter_finish(sp, catch_header, &hc);
            vc_splitter_free(sp);
            if (rc)
                return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
            if (hc.found) {
                if (hc.kind != VC_SPAN_RECORD)
                    return vc_error_set(err, VC_ERR_DATA, "%s:%llu: the header record is malformed (%s)",
                                        in->path, (unsigned long long)hc.line,
                                        hc.kind == VC_SPAN_OVERSIZE ? "longer than the record size limit"
                                                                    : "unterminated quoted field");
                p->fs[in - p->in].format = strdup(probe_why);
                return tail ? open_share_tail(p, in, err) : VC_OK;
            }
            if (in->head_eof) {
                in->empty = 1;
                return VC_OK;
            }
            if (at_end) /* an error before a whole header: the input failed */
                return vc_stream_status(in->stream);
        }
        if (at_end && !sniffed)
            return vc_stream_status(in->stream);
        if (in->head.len > HEAD_MAX)
            return vc_error_set(err, VC_ERR_DATA, "%s: no complete header record in the first %u bytes",
                                in->path, HEAD_MAX);
    }
}

static int name_eq_ci(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a, y = *b;
        if (x >= 'A' && x <= 'Z')
            x = (char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (char)(y - 'A' + 'a');
        if (x != y)
            return 0;
    }
    return *a == *b;
}

static const char *detect(const vc_parser *ps, const char *const *cands)
{
    for (size_t c = 0; cands[c]; c++)
        for (size_t i = 0; i < vc_parser_column_count(ps); i++)
            if (name_eq_ci(vc_parser_column_name(ps, i), cands[c]))
                return vc_parser_column_name(ps, i);
    return NULL;
}

static void list_columns(const vc_parser *ps, char *out, size_t cap)
{
    size_t used = 0;
    out[0] = 0;
    for (size_t i = 0; i < vc_parser_column_count(ps) && used + 4 < cap; i++) {
        int n = snprintf(out + used, cap - used, "%s%s", i ? ", " : "", vc_parser_column_name(ps, i));
        if (n < 0)
            break;
        used += (size_t)n;
    }
    if (used >= cap)
        out[cap - 1] = 0;
}

static const char *const TEXT_NAMES[] = {"comment", "comments", "verbatim", "text", "feedback",
                                         "response", "open_text", "open_end", "answer", "review",
                                         "reason", "why", NULL};
static const char *const NPS_NAMES[] = {"nps", "nps_score", "score", "likelihood_to_recommend", "ltr",
                                        "recommend", "rating", NULL};
static const char *const CSAT_NAMES[] = {"csat", "csat_score", "satisfaction", "score", "rating", NULL};
static const char *const CES_NAMES[] = {"ces", "ces_score", "effort", "customer_effort", "score",
                                        "rating", NULL};

static vc_status resolve_columns(pipe_t *p, vc_scan *scan, vc_error *err)
{
    const vc_scan_options *o = p->o;
    input *first = NULL;
    for (size_t i = 0; i < p->nin; i++)
        if (!p->in[i].empty) {
            first = &p->in[i];
            break;
        }
    const char *text = o->text_col, *score = o->score_col;
    if (first) {
        char cols[2048];
        list_columns(first->parser, cols, sizeof cols);
        if (!text) {
            text = detect(first->parser, TEXT_NAMES);
            if (!text)
                return vc_error_set(err, VC_ERR_USAGE,
                                    "%s: no text column found by name; pass --text COL (available columns: %s)",
                                    first->path, cols);
            scan->stats.text_detected = 1;
        }
        if (!score) {
            const char *const *names = o->scale == VC_SCALE_CSAT ? CSAT_NAMES
                                       : o->scale == VC_SCALE_CES ? CES_NAMES
                                                                  : NPS_NAMES;
            score = detect(first->parser, names);
            scan->stats.score_detected = score != NULL;
        }
    }
    scan->text_col = text ? strdup(text) : NULL;
    scan->score_col = score ? strdup(score) : NULL;
    scan->id_col = o->id_col ? strdup(o->id_col) : NULL;
    if ((text && !scan->text_col) || (score && !scan->score_col) || (o->id_col && !scan->id_col))
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    scan->stats.text_col = scan->text_col;
    scan->stats.score_col = scan->score_col;
    scan->stats.id_col = scan->id_col;

    const char **names = vc_xcalloc(4 + o->nby + o->nhook_cols, sizeof *names);
    if (!names)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    size_t n = 0;
    names[n++] = scan->text_col;
    p->sel_score = p->sel_id = SIZE_MAX;
    if (scan->score_col) {
        p->sel_score = n;
        names[n++] = scan->score_col;
    }
    if (scan->id_col) {
        p->sel_id = n;
        names[n++] = scan->id_col;
    }
    p->sel_by = n;
    for (size_t i = 0; i < o->nby; i++)
        names[n++] = o->by[i];
    p->sel_period = SIZE_MAX;
    if (o->period_col) {
        p->sel_period = n;
        names[n++] = o->period_col;
    }
    p->sel_hook = n;
    for (size_t i = 0; i < o->nhook_cols; i++)
        names[n++] = o->hook_cols[i];
    p->nsel = n;
    p->text_name = scan->text_col;
    vc_status st = VC_OK;
    for (size_t i = 0; i < p->nin && !st; i++) {
        if (p->in[i].empty)
            continue;
        vc_error e;
        vc_error_clear(&e);
        st = vc_parser_select(p->in[i].parser, names, n, &e);
        if (st)
            vc_error_set(err, st, "%s: %s", p->in[i].path, e.msg);
    }
    free(names);
    return st;
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
    int header_skipped;
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
    if (!r->header_skipped) {
        r->header_skipped = 1;
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
    rc->line = sp->line;
    rc->lines = sp->lines;
    rc->kind = sp->kind;
    rc->byte_offset = sp->offset;
    rc->full_len = sp->full_len;
    rc->recno = ++r->recno;
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
    r->header_skipped = in->dialect.format == VC_FORMAT_JSONL || in->share_tail;
    if (in->stream && p->ninflate > 1)
        vc_stream_set_inflate_threads(in->stream, p->ninflate, p->o->inflate_unit);
    vc_status st = VC_OK;
    vc_error err;
    vc_error_clear(&err);
    if (!in->empty) {
        vc_splitter *sp = vc_splitter_new(&in->dialect);
        if (!sp)
            st = vc_error_set(&err, VC_ERR_NOMEM, "out of memory");
        if (shares)
            r->newlines += count_newlines(in->head.data, in->head.len);
        int rc = st ? 0 : vc_splitter_feed(sp, in->head.data, in->head.len, on_span, r);
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
        if (!st && !rc && !(p->o->stop && *p->o->stop)) {
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
        vc_splitter_free(sp);
    }
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
    vc_status st;
} worker_ctx;

static vc_status write_reject(pipe_t *p, batch *b, const rec *rc, const char *reason)
{
    vc_buf *o = &b->rejects;
    const char *path = p->in[b->file].path;
    vc_status st = vc_buf_csv_field(o, path, strlen(path), 1);
    if (!st)
        st = vc_buf_printf(o, ",%llu,%llu,", (unsigned long long)rc->line,
                           (unsigned long long)rc->byte_offset);
    if (!st)
        st = vc_buf_csv_field(o, reason, strlen(reason), 1);
    if (!st)
        st = vc_buf_append_char(o, ',');
    if (!st)
        st = vc_buf_csv_field(o, b->data.data + rc->off, rc->len < REJECT_RECORD_MAX ? rc->len : REJECT_RECORD_MAX, 1);
    if (!st)
        st = vc_buf_append_char(o, '\n');
    return st;
}

static vc_status write_comment(worker_ctx *w, batch *b, const rec *rc, const vc_analysis *a, int group)
{
    pipe_t *p = w->p;
    vc_buf *o = &b->comments;
    vc_status st = VC_OK;
    if (p->sel_id != SIZE_MAX && w->fields.v[p->sel_id].p) {
        st = vc_buf_csv_field(o, w->fields.v[p->sel_id].p, w->fields.v[p->sel_id].n, 1);
    } else if (p->nin > 1) {
        vc_buf_reset(&w->line);
        st = vc_buf_printf(&w->line, "%s:%llu", p->in[b->file].path, (unsigned long long)rc->recno);
        if (!st)
            st = vc_buf_csv_field(o, w->line.data, w->line.len, 1);
    } else {
        st = vc_buf_printf(o, "%llu", (unsigned long long)rc->recno);
    }
    if (!st)
        st = vc_buf_append_char(o, ',');
    vc_buf_reset(&w->line);
    for (size_t t = 0; t < a->nthemes && !st; t++) {
        if (t)
            st = vc_buf_append_char(&w->line, ';');
        if (!st)
            st = vc_buf_append_str(&w->line, vc_lexicon_theme_name(p->o->lex, a->themes[t].theme));
    }
    if (!st)
        st = vc_buf_csv_field(o, w->line.data ? w->line.data : "", w->line.len, 1);
    if (!st && a->has_sentiment) {
        int cls = vc_sentiment_class(a->sentiment.compound);
        st = vc_buf_printf(o, ",%.4f,%s,", a->sentiment.compound,
                           cls == 0 ? "positive" : cls == 2 ? "negative" : "neutral");
    } else if (!st) {
        st = vc_buf_append_str(o, ",,,");
    }
    if (!st)
        st = vc_buf_append_str(o, vc_scale_group_label(p->o->scale, group));
    if (!st)
        st = vc_buf_append_char(o, '\n');
    return st;
}

static vc_status process_record(worker_ctx *w, batch *b, const rec *rc)
{
    pipe_t *p = w->p;
    const vc_scan_options *o = p->o;
    input *in = &p->in[b->file];
    b->n.rows_read++;
    char reason[VC_ERROR_MSG_MAX + 64];
    if (rc->kind == VC_SPAN_OVERSIZE) {
        snprintf(reason, sizeof reason, "record of %llu bytes over %zu lines exceeds the %zu-byte limit",
                 (unsigned long long)rc->full_len, (size_t)rc->lines,
                 in->dialect.max_record ? in->dialect.max_record : (size_t)VC_DEFAULT_MAX_RECORD);
        b->n.rows_rejected++;
        return write_reject(p, b, rc, reason);
    }
    if (rc->kind == VC_SPAN_UNTERMINATED) {
        snprintf(reason, sizeof reason,
                 "unterminated quoted field: the quote opened in this record is never closed");
        b->n.rows_rejected++;
        return write_reject(p, b, rc, reason);
    }
    vc_error e;
    vc_error_clear(&e);
    vc_status st = vc_parser_parse(in->parser, b->data.data + rc->off, rc->len, &w->fields, &e);
    if (st == VC_ERR_DATA) {
        b->n.rows_rejected++;
        return write_reject(p, b, rc, e.msg);
    }
    if (st)
        return st;
    const vc_field *text = &w->fields.v[SEL_TEXT];
    if (!text->p && !text->is_null) {
        snprintf(reason, sizeof reason, "missing key '%s'", p->text_name);
        b->n.rows_rejected++;
        return write_reject(p, b, rc, reason);
    }
    int group = VC_GROUP_UNSCORED, score = 0;
    if (p->sel_score != SIZE_MAX) {
        const vc_field *f = &w->fields.v[p->sel_score];
        if (f->p && !f->is_null)
            group = vc_scale_classify(o->scale, f->p, f->n, &score);
    }
    if (group == VC_GROUP_INVALID) {
        b->n.invalid_scores++;
        group = VC_GROUP_UNSCORED;
    } else if (group == VC_GROUP_UNSCORED) {
        b->n.unscored++;
    }
    if (o->hook_only) {
        vc_record_view v = {b->file, rc->recno, rc->line, text->p ? text->p : "", text->p ? text->n : 0,
                            NULL, group, score, &w->fields.v[p->sel_hook]};
        if ((st = o->hook(o->hook_ctx, w->index, &v)))
            return st;
        b->n.rows_analyzed++;
        return VC_OK;
    }
    vc_analysis a;
    unsigned aflags = (o->hook ? o->hook_flags : 0) | (o->quotes ? VC_ANALYZE_DETAIL : 0);
    st = vc_analyze(w->an, text->p ? text->p : "", text->p ? text->n : 0, aflags, &a);
    if (st)
        return st;
    b->n.utf8_repaired += a.repaired;
    b->n.match_limit_hits += a.limit_hits;
    for (size_t t = 0; t < a.nthemes; t++) {
        w->tobs[t].theme = a.themes[t].theme;
        w->tobs[t].has_sentiment = a.has_sentiment;
        w->tobs[t].compound = a.themes[t].compound;
    }
    w->seg[0] = "all";
    w->seg_len[0] = 3;
    for (size_t d = 0; d < o->nby; d++) {
        const vc_field *f = &w->fields.v[p->sel_by + d];
        w->seg[d + 1] = (f->p && !f->is_null) ? f->p : "";
        w->seg_len[d + 1] = (f->p && !f->is_null) ? f->n : 0;
    }
    if (o->period_col) {
        const vc_field *f = &w->fields.v[p->sel_period];
        size_t d = o->nby + 1;
        size_t n = f->p && !f->is_null ? f->n : 0;
        while (n && (f->p[n - 1] == ' ' || f->p[n - 1] == '\t'))
            n--;
        size_t lead = 0;
        while (lead < n && (f->p[lead] == ' ' || f->p[lead] == '\t'))
            lead++;
        if (lead == n) { /* blank: the aggregator names it "(blank)" */
            w->seg[d] = "";
            w->seg_len[d] = 0;
        } else {
            int drc = vc_period_label(f->p + lead, n - lead, o->period_unit, o->date_order, w->period);
            if (drc == VC_DATE_OK) {
                w->seg[d] = w->period;
                w->seg_len[d] = strlen(w->period);
            } else {
                w->seg[d] = drc == VC_DATE_AMBIGUOUS ? "(ambiguous date)" : "(invalid date)";
                w->seg_len[d] = strlen(w->seg[d]);
                if (drc == VC_DATE_AMBIGUOUS)
                    b->n.ambiguous_dates++;
                else
                    b->n.invalid_dates++;
            }
        }
    }
    vc_obs obs = {group, score, w->seg, w->seg_len, w->tobs, a.nthemes, a.has_sentiment,
                  a.sentiment.compound};
    if ((st = vc_agg_add(w->agg, &obs)))
        return st;
    if (w->quotes && (st = vc_quotes_offer(w->quotes, &a, group, b->file, rc->line)))
        return st;
    b->n.rows_analyzed++;
    if (o->hook) {
        vc_record_view v = {b->file, rc->recno, rc->line, text->p ? text->p : "", text->p ? text->n : 0,
                            &a, group, score, &w->fields.v[p->sel_hook]};
        if ((st = o->hook(o->hook_ctx, w->index, &v)))
            return st;
    }
    if (o->comments)
        return write_comment(w, b, rc, &a, group);
    return VC_OK;
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
        if (p->o->rejects && c->rejects.len)
            fwrite(c->rejects.data, 1, c->rejects.len, p->o->rejects);
        if (p->o->comments && c->comments.len)
            fwrite(c->comments.data, 1, c->comments.len, p->o->comments);
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
            w->st = process_record(w, b, &b->recs[i]);
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
    }
    free(scan->files);
    for (size_t i = 0; i < scan->ndims; i++)
        free(scan->dim_names[i]);
    free(scan->dim_names);
    free(scan->text_col);
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

static void free_inputs(pipe_t *p)
{
    for (size_t i = 0; i < p->nin; i++) {
        vc_stream_free(p->in[i].stream);
        vc_parser_free(p->in[i].parser);
        vc_buf_free(&p->in[i].head);
    }
    free(p->in);
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

    vc_scan *scan = calloc(1, sizeof *scan);
    if (!scan)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    scan->ndims = 1 + o->nby + (o->period_col != NULL);
    scan->dim_names = vc_xcalloc(scan->ndims, sizeof *scan->dim_names);
    scan->files = vc_xcalloc(p->nin, sizeof *scan->files);
    p->in = vc_xcalloc(p->nin, sizeof *p->in);
    p->fs = scan->files;
    scan->stats.nfiles = p->nin;
    scan->stats.files = scan->files;
    if (!scan->dim_names || !scan->files || !p->in) {
        free(p->in);
        vc_scan_free(scan);
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    }
    scan->dim_names[0] = strdup("all");
    for (size_t i = 0; i < o->nby; i++)
        scan->dim_names[i + 1] = strdup(o->by[i]);
    if (o->period_col)
        scan->dim_names[o->nby + 1] = strdup("period");

    /* 1. headers and columns, before any row */
    vc_buf header = VC_BUF_INIT;
    for (size_t i = 0; i < p->nin && !st; i++) {
        input *in = &p->in[i];
        in->path = o->inputs[i];
        in->dialect = o->dialect;
        scan->files[i].name = strdup(in->path);
        scan->files[i].backend = "plain";
        st = read_head(p, in, &header, err);
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
        if (!st && !in->empty) {
            vc_error e;
            vc_error_clear(&e);
            st = vc_parser_new(&in->dialect, header.data, header.len, &in->parser, &e);
            if (st)
                vc_error_set(err, st, "%s:1: %s", in->path, e.msg);
        }
    }
    vc_buf_free(&header);
    if (!st)
        st = resolve_columns(p, scan, err);
    if (st) {
        free_inputs(p);
        vc_scan_free(scan);
        return st;
    }

    /* 2. threads */
    uint64_t total_size = 0;
    int size_known = 1;
    for (size_t i = 0; i < p->nin; i++) {
        int64_t sz = p->in[i].stream ? vc_stream_size_hint(p->in[i].stream) : 0;
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
        w->an = vc_analyzer_new(o->lex, o->sentiment);
        if (o->quotes && !(w->quotes = vc_quotes_new(o->lex, o->quotes)))
            st = VC_ERR_NOMEM;
        vc_fields_init(&w->fields);
        w->tobs = vc_xcalloc(nthemes ? nthemes : 1, sizeof *w->tobs);
        w->seg = vc_xcalloc(scan->ndims, sizeof *w->seg);
        w->seg_len = vc_xcalloc(scan->ndims, sizeof *w->seg_len);
        if (!w->agg || !w->an || !w->tobs || !w->seg || !w->seg_len)
            st = VC_ERR_NOMEM;
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
        for (unsigned i = 0; i < p->nworkers && !st; i++) {
            st = vc_agg_merge(scan->agg, wargs[i].w.agg);
            add_row_counters(s, &wargs[i].t);
        }
        if (!st && o->quotes) {
            scan->quotes = vc_quotes_new(o->lex, o->quotes);
            st = scan->quotes ? VC_OK : VC_ERR_NOMEM;
            for (unsigned i = 0; i < p->nworkers && !st; i++)
                st = vc_quotes_merge(scan->quotes, wargs[i].w.quotes);
        }
        if (!st)
            vc_agg_sort(scan->agg);
        else
            vc_error_set(err, st, "out of memory while merging results");
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
    if (!st && p->interrupted)
        st = vc_error_set(err, VC_ERR_INTERRUPTED, "interrupted");

    /* 5. teardown */
    for (unsigned i = 0; wargs && i < p->nworkers; i++) {
        vc_agg_free(wargs[i].w.agg);
        vc_analyzer_free(wargs[i].w.an);
        vc_quotes_free(wargs[i].w.quotes);
        vc_fields_free(&wargs[i].w.fields);
        free(wargs[i].w.tobs);
        free(wargs[i].w.seg);
        free(wargs[i].w.seg_len);
        vc_buf_free(&wargs[i].w.line);
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
