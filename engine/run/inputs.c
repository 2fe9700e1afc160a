/*
 * inputs.c - before any thread starts, the main thread opens every input,
 * reads just enough to find its header record, sniffs the format when asked
 * to, and resolves the columns. A missing column is therefore a usage error
 * before a single row is counted.
 *
 * Inputs are opened as they are reached. The header pass opens one input
 * at a time and closes each regular file once its header is known; the
 * reader that reaches it opens it again and reads it from its first byte
 * (the header span is skipped as before), so 2,000 input files need one
 * descriptor per reader, not 2,000. Standard input, pipes and devices
 * cannot be read twice: they stay open, and the bytes read so far stay in
 * the input's `head` for the reader to feed first. A regular file is read
 * twice up to its header (a few KiB; the page cache serves the second
 * read); one that changes in between is read as it is then.
 *
 * Columns given by name must exist in every input; columns not given are
 * detected by name (the lists below, compared without case), and the error
 * for a column that cannot be found lists the columns there are.
 *
 * A share of a multi-member gzip file after the first takes its header from
 * the file's first member, then reads its own members.
 *
 * Inputs are files, not names: the same regular file (device and inode)
 * given twice, as `in.csv ./in.csv` or through a hard link, would count
 * every row twice, so it is a usage error naming both arguments. Standard
 * input, pipes and devices are not compared (each read gets other bytes).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "pipeline_internal.h"

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
    vc_status st = vc_stream_open_members(in->path, p->o->share_index, p->o->share_count, &in->stream, err);
    if (!st)
        vc_stream_set_stop(in->stream, p->o->stop);
    return st;
}

/* Read until the header record is complete; returns it in `header`. */
vc_status vc_pipe_read_head(pipe_t *p, input *in, vc_buf *header, vc_error *err)
{
    const vc_scan_options *o = p->o;
    int tail = o->share_count > 1 && o->share_index > 0;
    vc_status st = o->share_count && !tail
                       ? vc_stream_open_members(in->path, o->share_index, o->share_count, &in->stream, err)
                       : vc_stream_open_stop(in->path, o->stop, &in->stream, err);
    if (st)
        return st;
    vc_stream_set_stop(in->stream, o->stop);
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
                if (hc.kind == VC_SPAN_OVERSIZE) /* the header's limit is a record's */
                    return vc_error_set(err, VC_ERR_DATA,
                                        "%s:%llu: the header record is malformed (longer than the %zu-byte "
                                        "record size limit; --max-record-size raises it, up to %u bytes)",
                                        in->path, (unsigned long long)hc.line,
                                        in->dialect.max_record ? in->dialect.max_record
                                                               : (size_t)VC_DEFAULT_MAX_RECORD,
                                        HEAD_MAX);
                if (hc.kind != VC_SPAN_RECORD)
                    return vc_error_set(err, VC_ERR_DATA, "%s:%llu: the header record is malformed (%s)",
                                        in->path, (unsigned long long)hc.line, "unterminated quoted field");
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

/* One-hot option columns: a --by QUESTION that names no column of the
 * first input but prefixes columns named "QUESTION - OPTION" reads those
 * columns; the record's segments are the OPTIONs of its non-blank cells.
 * Fills p->by_sel/by_nopt/by_opt, the option names (scan->opt_names, kept
 * for the outputs' lifetime) and the columns to select (p->opt_cols,
 * borrowed from the first input's parser, which outlives the scan's
 * threads). */
static vc_status find_option_columns(pipe_t *p, input *first, vc_scan *scan, vc_error *err)
{
    const vc_scan_options *o = p->o;
    size_t ncols = vc_parser_column_count(first->parser);
    p->by_sel = vc_xcalloc(o->nby + 1, sizeof *p->by_sel);
    p->by_nopt = vc_xcalloc(o->nby + 1, sizeof *p->by_nopt);
    p->by_opt = vc_xcalloc(o->nby + 1, sizeof *p->by_opt);
    p->opt_cols = vc_xcalloc(ncols * (o->nby ? o->nby : 1) + 1, sizeof *p->opt_cols);
    scan->opt_names = vc_xcalloc(ncols * (o->nby ? o->nby : 1) + 1, sizeof *scan->opt_names);
    if (!p->by_sel || !p->by_nopt || !p->by_opt || !p->opt_cols || !scan->opt_names)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    p->opt_names = scan->opt_names;
    for (size_t d = 0; d < o->nby; d++) {
        p->by_opt[d] = scan->nopt;
        if (vc_parser_find_column(first->parser, o->by[d]) >= 0)
            continue;
        size_t qlen = strlen(o->by[d]);
        for (size_t c = 0; c < ncols; c++) {
            const char *name = vc_parser_column_name(first->parser, c);
            if (strncmp(name, o->by[d], qlen) != 0 || strncmp(name + qlen, " - ", 3) != 0 || !name[qlen + 3])
                continue;
            p->opt_cols[scan->nopt] = name;
            if (!(scan->opt_names[scan->nopt] = strdup(name + qlen + 3)))
                return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
            p->opt_bytes += strlen(scan->opt_names[scan->nopt]) + 1;
            scan->nopt++;
            p->by_nopt[d]++;
        }
        scan->dim_options[1 + d] = p->by_nopt[d];
    }
    return VC_OK;
}

vc_status vc_pipe_resolve_columns(pipe_t *p, vc_scan *scan, vc_error *err)
{
    const vc_scan_options *o = p->o;
    input *first = NULL;
    for (size_t i = 0; i < p->nin; i++)
        if (!p->in[i].empty) {
            first = &p->in[i];
            break;
        }
    const char *text = o->ntext_cols ? o->text_cols[0] : o->text_col, *score = o->score_col;
    for (size_t i = 0; i < o->ntext_cols; i++)
        for (size_t j = 0; j < i; j++)
            if (strcmp(o->text_cols[i], o->text_cols[j]) == 0)
                return vc_error_set(err, VC_ERR_USAGE,
                                    "text column '%s' named twice; give each open-text question once",
                                    o->text_cols[i]);
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
    scan->ntext = o->ntext_cols ? o->ntext_cols : 1;
    scan->text_cols = vc_xcalloc(scan->ntext, sizeof *scan->text_cols);
    if (!scan->text_cols)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    for (size_t i = 1; i < scan->ntext; i++)
        if (!(scan->text_cols[i] = strdup(o->text_cols[i])))
            return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    scan->text_col = text ? strdup(text) : NULL;
    scan->text_cols[0] = scan->text_col;
    scan->score_col = score ? strdup(score) : NULL;
    scan->id_col = o->id_col ? strdup(o->id_col) : NULL;
    if ((text && !scan->text_col) || (score && !scan->score_col) || (o->id_col && !scan->id_col))
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    scan->stats.text_col = scan->text_col;
    if (scan->ntext > 1) {
        scan->stats.text_cols = (const char *const *)scan->text_cols;
        scan->stats.ntext_cols = scan->ntext;
    }
    scan->stats.score_col = scan->score_col;
    scan->stats.id_col = scan->id_col;

    vc_status st = first ? find_option_columns(p, first, scan, err) : VC_OK;
    if (st)
        return st;
    const char **names = vc_xcalloc(4 + scan->ntext + o->nby + scan->nopt + o->nhook_cols, sizeof *names);
    if (!names)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    size_t n = 0;
    for (size_t i = 0; i < scan->ntext; i++)
        names[n++] = scan->text_cols[i];
    p->ntext = scan->ntext;
    p->text_names = (const char *const *)scan->text_cols;
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
    for (size_t i = 0; i < o->nby; i++) {
        p->by_sel[i] = n;
        if (!p->by_nopt[i]) {
            names[n++] = o->by[i];
            continue;
        }
        for (size_t k = 0; k < p->by_nopt[i]; k++)
            names[n++] = p->opt_cols[p->by_opt[i] + k];
    }
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

vc_status vc_pipe_check_inputs(const vc_scan_options *o, vc_error *err)
{
    struct stat *ids = vc_xcalloc(o->ninputs ? o->ninputs : 1, sizeof *ids);
    if (!ids)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    vc_status st = VC_OK;
    for (size_t i = 0; i < o->ninputs && !st; i++) {
        if (strcmp(o->inputs[i], "-") == 0 || stat(o->inputs[i], &ids[i]) != 0 || !S_ISREG(ids[i].st_mode)) {
            ids[i].st_mode = 0; /* not compared; opening it reports what is wrong */
            continue;
        }
        for (size_t j = 0; j < i && !st; j++)
            if (ids[j].st_mode && ids[j].st_dev == ids[i].st_dev && ids[j].st_ino == ids[i].st_ino)
                st = vc_error_set(err, VC_ERR_USAGE,
                                  "%s and %s are the same file: its rows would be counted twice; give it once",
                                  o->inputs[j], o->inputs[i]);
    }
    free(ids);
    return st;
}

void vc_pipe_close_input(input *in, vc_file_stats *fs)
{
    if (!in->stream || strcmp(in->path, "-") == 0 || vc_stream_size_hint(in->stream) < 0)
        return;
    in->size = vc_stream_size_hint(in->stream);
    if (in->empty) {
        /* nothing more is read from it: keep what the reader would report */
        fs->backend = vc_stream_backend(in->stream);
        fs->bytes_in = vc_stream_bytes_in(in->stream);
        fs->bytes_out = vc_stream_bytes_out(in->stream);
        fs->members = vc_stream_members(in->stream);
        if (!fs->message && vc_stream_warning(in->stream))
            fs->message = strdup(vc_stream_warning(in->stream));
    } else {
        in->reopen = 1;
        vc_buf_free(&in->head);
        in->head_eof = 0;
    }
    vc_stream_free(in->stream);
    in->stream = NULL;
}

vc_status vc_pipe_reopen_input(pipe_t *p, input *in, vc_error *err)
{
    const vc_scan_options *o = p->o;
    vc_status st = o->share_count
                       ? vc_stream_open_members(in->path, o->share_index, o->share_count, &in->stream, err)
                       : vc_stream_open_stop(in->path, o->stop, &in->stream, err);
    if (!st)
        vc_stream_set_stop(in->stream, o->stop);
    return st;
}
