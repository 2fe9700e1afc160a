/*
 * feed.c - records given by the caller, column by column, read as the CSV
 * text a file holding them would be.
 *
 * Design: the feed does not bypass the record path, it joins it at its
 * start. vc_feed_read writes the header and then one record per row into
 * the caller's buffer, quoting a cell only when it holds a delimiter, a
 * quote or a line break (as spreadsheet and pandas exports do), and the
 * scan reads that through a pull stream (vc_stream_open_pull) like any
 * plain input: the splitter cuts it into batches, the workers parse and
 * analyze them in parallel. So a feed and a file of the same records give
 * the same numbers by construction, and a new rule for CSV rows holds for
 * fed rows without a second implementation. The cost is one copy of each
 * cell, which is small beside the analysis.
 *
 * State: the batches are an array of borrowed column pointers; a record
 * that does not fit in the caller's buffer waits in `pend` and is handed
 * out over the next reads. Everything belongs to the one thread reading
 * the feed.
 */
#include <stdlib.h>
#include <string.h>

#include "vocal/buf.h"
#include "vocal/feed.h"

typedef struct feed_batch {
    size_t nrows;
    const char **cells;     /* ncols */
    const int64_t **offsets; /* ncols */
} feed_batch;

struct vc_feed {
    char **names;
    size_t ncols;
    feed_batch *b;
    size_t nb, cap;
    size_t cur, row; /* the next record: batch cur, row */
    int header_done, ended;
    uint64_t rows;
    vc_buf pend;
    size_t pend_pos;
    vc_feed_pull_fn pull;
    void *pull_ctx;
    vc_status status; /* sticky: a failed pull or allocation */
};

static void drop_batches(vc_feed *f)
{
    for (size_t i = 0; i < f->nb; i++) {
        free(f->b[i].cells);
        free(f->b[i].offsets);
    }
    f->nb = f->cur = f->row = 0;
}

void vc_feed_free(vc_feed *f)
{
    if (!f)
        return;
    drop_batches(f);
    free(f->b);
    for (size_t i = 0; i < f->ncols; i++)
        free(f->names[i]);
    free(f->names);
    vc_buf_free(&f->pend);
    free(f);
}

vc_status vc_feed_new(const char *const *columns, size_t ncolumns, vc_feed **out, vc_error *err)
{
    *out = NULL;
    if (ncolumns == 0)
        return vc_error_set(err, VC_ERR_USAGE, "a feed needs at least one column");
    for (size_t i = 0; i < ncolumns; i++) {
        if (!columns[i] || !columns[i][0])
            return vc_error_set(err, VC_ERR_USAGE, "column %zu of the feed has no name", i + 1);
        for (size_t j = 0; j < i; j++)
            if (strcmp(columns[i], columns[j]) == 0)
                return vc_error_set(err, VC_ERR_USAGE, "the feed names column '%s' twice", columns[i]);
    }
    vc_feed *f = calloc(1, sizeof *f);
    if (!f || !(f->names = calloc(ncolumns, sizeof *f->names))) {
        free(f);
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    }
    f->ncols = ncolumns;
    for (size_t i = 0; i < ncolumns; i++)
        if (!(f->names[i] = strdup(columns[i]))) {
            vc_feed_free(f);
            return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
        }
    *out = f;
    return VC_OK;
}

vc_status vc_feed_add(vc_feed *f, size_t nrows, const char *const *cells, const int64_t *const *offsets,
                      vc_error *err)
{
    if (!nrows)
        return VC_OK;
    for (size_t c = 0; c < f->ncols; c++) {
        if (!offsets[c] || (!cells[c] && offsets[c][nrows] != offsets[c][0]))
            return vc_error_set(err, VC_ERR_USAGE, "column '%s' of the feed has no cells", f->names[c]);
        for (size_t r = 0; r < nrows; r++)
            if (offsets[c][r + 1] < offsets[c][r])
                return vc_error_set(err, VC_ERR_USAGE, "column '%s' of the feed: offsets go backwards at row %zu",
                                    f->names[c], r + 1);
    }
    if (f->nb == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 8;
        feed_batch *b = vc_xrealloc_array(f->b, cap, sizeof *b);
        if (!b)
            return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
        f->b = b;
        f->cap = cap;
    }
    feed_batch *b = &f->b[f->nb];
    b->nrows = nrows;
    b->cells = malloc(f->ncols * sizeof *b->cells);
    b->offsets = malloc(f->ncols * sizeof *b->offsets);
    if (!b->cells || !b->offsets) {
        free(b->cells);
        free(b->offsets);
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    }
    memcpy(b->cells, cells, f->ncols * sizeof *b->cells);
    memcpy(b->offsets, offsets, f->ncols * sizeof *b->offsets);
    f->nb++;
    f->rows += nrows;
    return VC_OK;
}

void vc_feed_set_pull(vc_feed *f, vc_feed_pull_fn pull, void *ctx)
{
    f->pull = pull;
    f->pull_ctx = ctx;
}

uint64_t vc_feed_rows(const vc_feed *f) { return f->rows; }

static void put_cell(vc_buf *o, const char *s, size_t n)
{
    int quote = 0;
    for (size_t i = 0; i < n && !quote; i++)
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    if (!quote) {
        vc_buf_append(o, s, n);
        return;
    }
    vc_buf_append(o, "\"", 1);
    const char *q;
    while (n && (q = memchr(s, '"', n)) != NULL) {
        size_t k = (size_t)(q - s) + 1;
        vc_buf_append(o, s, k);
        vc_buf_append(o, "\"", 1);
        s += k;
        n -= k;
    }
    vc_buf_append(o, s, n);
    vc_buf_append(o, "\"", 1);
}

/* The next record (the header first) into f->pend; 0 at the end. */
static vc_status next_record(vc_feed *f, int *got)
{
    *got = 0;
    vc_buf_reset(&f->pend);
    f->pend_pos = 0;
    if (!f->header_done) {
        for (size_t c = 0; c < f->ncols; c++) {
            if (c)
                vc_buf_append(&f->pend, ",", 1);
            put_cell(&f->pend, f->names[c], strlen(f->names[c]));
        }
        vc_buf_append(&f->pend, "\n", 1);
        f->header_done = 1;
        *got = 1;
        return vc_buf_status(&f->pend);
    }
    while (f->cur < f->nb && f->row == f->b[f->cur].nrows) {
        f->cur++;
        f->row = 0;
    }
    if (f->cur == f->nb) {
        if (!f->pull || f->ended)
            return VC_OK;
        drop_batches(f); /* the pull may reuse what they borrowed */
        vc_status st = f->pull(f->pull_ctx, f);
        if (st)
            return st;
        if (f->nb == 0) {
            f->ended = 1;
            return VC_OK;
        }
        return next_record(f, got);
    }
    const feed_batch *b = &f->b[f->cur];
    size_t r = f->row++;
    for (size_t c = 0; c < f->ncols; c++) {
        if (c)
            vc_buf_append(&f->pend, ",", 1);
        int64_t a = b->offsets[c][r], z = b->offsets[c][r + 1];
        put_cell(&f->pend, b->cells[c] + a, (size_t)(z - a));
    }
    vc_buf_append(&f->pend, "\n", 1);
    *got = 1;
    return vc_buf_status(&f->pend);
}

ssize_t vc_feed_read(void *feed, void *buf, size_t cap)
{
    vc_feed *f = feed;
    char *out = buf;
    size_t n = 0;
    if (f->status)
        return (ssize_t)f->status;
    while (n < cap) {
        if (f->pend_pos == f->pend.len) {
            int got;
            vc_status st = next_record(f, &got);
            if (st) {
                f->status = st; /* the bytes before it are still handed out */
                return n ? (ssize_t)n : (ssize_t)st;
            }
            if (!got)
                break;
        }
        size_t k = f->pend.len - f->pend_pos;
        if (k > cap - n)
            k = cap - n;
        memcpy(out + n, f->pend.data + f->pend_pos, k);
        f->pend_pos += k;
        n += k;
    }
    return (ssize_t)n;
}
