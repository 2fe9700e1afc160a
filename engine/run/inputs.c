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
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "pipeline_internal.h"
#include "vocal/header.h"

/* The first records of an input as the splitter gives them: the spans of
 * --skip-lines (counted), up to `want` header rows, then up to
 * `max_sample` records for column detection. */
#define HEAD_ROWS_MAX 64
#define SAMPLE_RECORDS 100

typedef struct header_catch {
    uint64_t skip_lines;
    size_t want, max_sample;
    uint64_t skipped;
    size_t nrows;
    vc_buf *rows; /* their bytes, one after the other */
    size_t len[HEAD_ROWS_MAX];
    uint64_t line[HEAD_ROWS_MAX];
    uint32_t lines[HEAD_ROWS_MAX], kind[HEAD_ROWS_MAX];
    input *in; /* the sample goes to in->sample */
    size_t sample_cap;
} header_catch;

enum { CATCH_ENOUGH = 1, CATCH_NOMEM = -1 };

static int catch_header(void *ctx, const vc_span *sp)
{
    header_catch *h = ctx;
    if (sp->line <= h->skip_lines) {
        h->skipped++;
        return 0;
    }
    if (h->nrows < h->want) {
        h->len[h->nrows] = sp->len;
        h->line[h->nrows] = sp->line;
        h->lines[h->nrows] = sp->lines;
        h->kind[h->nrows] = sp->kind;
        h->nrows++;
        if (vc_buf_append(h->rows, sp->data, sp->len))
            return CATCH_NOMEM;
        return 0;
    }
    input *in = h->in;
    if (in->nsample >= h->max_sample)
        return CATCH_ENOUGH;
    if (sp->kind != VC_SPAN_RECORD)
        return 0;
    size_t *lens = vc_grow(in->sample_len, &h->sample_cap, in->nsample + 1, sizeof *lens, 16);
    if (!lens)
        return CATCH_NOMEM;
    in->sample_len = lens;
    in->sample_len[in->nsample++] = sp->len;
    return vc_buf_append(&in->sample, sp->data, sp->len) ? CATCH_NOMEM : 0;
}

static void say(const vc_scan_options *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(const vc_scan_options *o, const char *fmt, ...)
{
    if (!o->note)
        return;
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    o->note(o->note_ctx, msg);
}

/* Put rows[from..n) before the sample: header rows that turned out to be
 * records. */
static vc_status sample_prepend(input *in, const header_catch *h, size_t from, const char *rows)
{
    size_t n = h->nrows - from, at = 0;
    if (!n)
        return VC_OK;
    for (size_t r = 0; r < from; r++)
        at += h->len[r];
    vc_buf b = VC_BUF_INIT;
    size_t *lens = vc_xcalloc(in->nsample + n, sizeof *lens);
    if (!lens)
        return VC_ERR_NOMEM;
    for (size_t r = from; r < h->nrows; r++) {
        lens[r - from] = h->len[r];
        vc_buf_append(&b, rows + at, h->len[r]);
        at += h->len[r];
    }
    vc_buf_append(&b, in->sample.data ? in->sample.data : "", in->sample.len);
    if (in->nsample)
        memcpy(lens + n, in->sample_len, in->nsample * sizeof *lens);
    if (vc_buf_status(&b)) {
        free(lens);
        vc_buf_free(&b);
        return VC_ERR_NOMEM;
    }
    vc_buf_free(&in->sample);
    free(in->sample_len);
    in->sample = b;
    in->sample_len = lens;
    in->nsample += n;
    return VC_OK;
}

/* The header records caught: the layout (detected or as --header-rows
 * says), the parser, and the records the reader skips. */
static vc_status build_parser(pipe_t *p, input *in, header_catch *h, const char *rows, vc_error *err)
{
    const vc_scan_options *o = p->o;
    vc_field f[HEAD_ROWS_MAX];
    size_t at = 0;
    for (size_t r = 0; r < h->nrows; r++) {
        f[r] = (vc_field){rows + at, h->len[r], 0, 0};
        at += h->len[r];
    }
    int jsonl = in->dialect.format == VC_FORMAT_JSONL || in->dialect.format == VC_FORMAT_JSON;
    vc_header_layout layout = VC_HEADER_PLAIN;
    size_t nh = 1;
    if (jsonl)
        nh = 1;
    else if (o->header_rows == 0)
        layout = vc_header_detect(&in->dialect, f, h->nrows, &nh);
    else if (o->header_rows < 0)
        layout = VC_HEADER_NONE, nh = 0;
    else if (o->header_rows > 1) {
        size_t dn = 1;
        layout = vc_header_detect(&in->dialect, f, h->nrows, &dn) == VC_HEADER_QUALTRICS && o->header_rows == 3
                     ? VC_HEADER_QUALTRICS
                     : VC_HEADER_ROWS;
        nh = (size_t)o->header_rows;
    }
    if (nh > h->nrows)
        return vc_error_set(err, VC_ERR_DATA, "%s: --header-rows %zu, but the input has only %zu record%s%s", in->path,
                            nh, h->nrows, h->nrows == 1 ? "" : "s", o->skip_lines ? " after --skip-lines" : "");
    /* header rows that are records after all go before the sample (JSONL:
     * its first object is both) */
    if (in->sample_len || in->nsample || h->max_sample > 0) {
        vc_status st = sample_prepend(in, h, jsonl ? 0 : nh, rows);
        if (st)
            return vc_error_set(err, st, "out of memory");
    }
    in->header_spans = h->skipped + (jsonl ? 0 : nh);
    vc_field first = {in->sample.data, in->nsample ? in->sample_len[0] : 0, 0, 0};
    const vc_field *hr = layout == VC_HEADER_NONE ? &first : f;
    vc_error e;
    vc_error_clear(&e);
    vc_status st = vc_parser_new_rows(&in->dialect, layout, hr, layout == VC_HEADER_NONE ? 1 : nh, &in->parser, &e);
    if (st)
        return vc_error_set(err, st, "%s:%llu: %s", in->path,
                            (unsigned long long)(h->nrows ? h->line[0] : h->skip_lines + 1), e.msg);
    if (layout == VC_HEADER_QUALTRICS && nh == 3)
        say(o, "%s: Qualtrics export: lines %llu-%llu are question text and import ids, not responses", in->path,
            (unsigned long long)h->line[1], (unsigned long long)(h->line[2] + h->lines[2] - 1));
    else if (layout == VC_HEADER_SURVEYMONKEY)
        say(o, "%s: SurveyMonkey export: lines %llu-%llu are one header (questions, then answer options), not "
               "responses", in->path, (unsigned long long)h->line[0],
            (unsigned long long)(h->line[1] + h->lines[1] - 1));
    const char *notes = vc_parser_notes(in->parser);
    while (*notes) {
        const char *eol = strchr(notes, '\n');
        size_t n = eol ? (size_t)(eol - notes) : strlen(notes);
        say(o, "%s: %.*s", in->path, (int)n, notes);
        notes += n + (eol != NULL);
    }
    return VC_OK;
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

/* UTF-16 without a byte order mark (Excel and others write the mark, some
 * tools do not): every other byte of the first lines is zero, which no
 * text in UTF-8 has. Reading it as UTF-8 would give column names with
 * NULs in them; say which encoding to name instead. */
static vc_status check_encoding(const input *in, const char *d, size_t len, vc_error *err)
{
    vc_transcode_info ti;
    if (vc_stream_transcode_info(in->stream, &ti) != 0 || ti.transcoded || ti.named)
        return VC_OK;
    size_t n = len < 4096 ? len : 4096, zero[2] = {0, 0};
    for (size_t i = 0; i < n; i++)
        zero[i & 1] += d[i] == 0;
    for (int odd = 0; odd < 2; odd++)
        if (n >= 8 && zero[odd] * 4 >= n && zero[!odd] * 16 < n)
            return vc_error_set(err, VC_ERR_USAGE,
                                "%s: every other byte is zero: the file looks like %s without a byte order mark; "
                                "pass --encoding %s",
                                in->path, odd ? "UTF-16LE" : "UTF-16BE", odd ? "utf-16le" : "utf-16be");
    return VC_OK;
}

/* Read until the header record is complete; returns it in `header`. */
vc_status vc_pipe_read_head(pipe_t *p, input *in, vc_buf *header, vc_error *err)
{
    const vc_scan_options *o = p->o;
    int tail = o->share_count > 1 && o->share_index > 0;
    vc_feed *feed = o->feeds ? o->feeds[in - p->in] : NULL;
    vc_status st = feed ? vc_stream_open_pull(in->path, vc_feed_read, feed, &in->stream, err)
                   : o->share_count && !tail
                       ? vc_stream_open_members(in->path, o->share_index, o->share_count, &in->stream, err)
                       : vc_stream_open_stop(in->path, o->stop, &in->stream, err);
    if (st)
        return st;
    vc_stream_set_stop(in->stream, o->stop);
    if ((st = vc_stream_set_encoding(in->stream, o->encoding, err)))
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
            /* a workbook, Parquet file, archive ...: refused before any row */
            if ((st = vc_binary_format_refuse(in->path, in->head.data, in->head.len,
                                              vc_stream_compression(in->stream), err)))
                return st;
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
            if ((st = check_encoding(in, d, len, err)))
                return st;
            if (p->o->dialect.format == VC_FORMAT_AUTO && !in->fed) {
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
            if (p->o->json_records && in->dialect.format == VC_FORMAT_JSONL) /* a records key: an object */
                in->dialect.format = VC_FORMAT_JSON;
            if (in->dialect.format == VC_FORMAT_JSON)
                snprintf(probe_why, sizeof probe_why, "json");
            else if (p->o->json_records)
                return vc_error_set(err, VC_ERR_USAGE,
                                    "%s: --records names the array of a JSON object, but the input reads as %s",
                                    in->path, vc_format_name(in->dialect.format));
            sniffed = 1;
        }
        if (sniffed) {
            vc_splitter *sp = vc_splitter_new(&in->dialect);
            if (!sp)
                return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
            /* sample the first input with rows only: detection reads one */
            int sampling = 1;
            for (input *q = p->in; q < in; q++)
                if (!q->empty)
                    sampling = 0;
            int jsonl = in->dialect.format == VC_FORMAT_JSONL || in->dialect.format == VC_FORMAT_JSON;
            header_catch hc = {0};
            hc.skip_lines = o->skip_lines;
            hc.want = jsonl ? 1 : o->header_rows == 0 ? 3 : o->header_rows < 0 ? 0 : (size_t)o->header_rows;
            if (hc.want > HEAD_ROWS_MAX) {
                vc_splitter_free(sp);
                return vc_error_set(err, VC_ERR_USAGE, "header rows: at most %d, got %d", HEAD_ROWS_MAX,
                                    o->header_rows);
            }
            hc.max_sample = sampling ? SAMPLE_RECORDS : hc.want == 0;
            hc.rows = header;
            hc.in = in;
            vc_buf_reset(header);
            vc_splitter_set_records(sp, p->o->json_records);
            vc_buf_reset(&in->sample);
            free(in->sample_len);
            in->sample_len = NULL;
            in->nsample = 0;
            int rc = vc_splitter_feed(sp, in->head.data, in->head.len, catch_header, &hc);
            if (rc == 0 && in->head_eof) /* not after a read error */
                rc = vc_splitter_finish(sp, catch_header, &hc);
            uint64_t jline;
            const char *jwhat;
            vc_status jst = vc_splitter_status(sp, &jline, &jwhat);
            /* a JSON export whose records cannot be chosen fails before any
             * row is read, and one broken before its first record fails */
            if (!rc && jst && (jst == VC_ERR_USAGE || hc.nrows == 0)) {
                vc_error_set(err, jst, "%s:%llu: %s", in->path, (unsigned long long)jline, jwhat);
                vc_splitter_free(sp);
                return jst;
            }
            vc_splitter_free(sp);
            if (rc == CATCH_NOMEM)
                return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
            int found = rc == CATCH_ENOUGH || (hc.nrows == hc.want && (hc.want > 0 || in->nsample > 0)) ||
                        (at_end && (hc.nrows > 0 || in->nsample > 0));
            if (found) {
                if (hc.nrows && hc.kind[0] == VC_SPAN_OVERSIZE) /* the header's limit is a record's */
                    return vc_error_set(err, VC_ERR_DATA,
                                        "%s:%llu: the header record is malformed (longer than the %zu-byte "
                                        "record size limit; --max-record-size raises it, up to %u bytes)",
                                        in->path, (unsigned long long)hc.line[0],
                                        in->dialect.max_record ? in->dialect.max_record
                                                               : (size_t)VC_DEFAULT_MAX_RECORD,
                                        HEAD_MAX);
                if (hc.nrows && hc.kind[0] != VC_SPAN_RECORD)
                    return vc_error_set(err, VC_ERR_DATA, "%s:%llu: the header record is malformed (%s)",
                                        in->path, (unsigned long long)hc.line[0], "unterminated quoted field");
                /* a detected layout needs whole header rows; otherwise one row */
                for (size_t r = 1; r < hc.nrows; r++)
                    if (hc.kind[r] != VC_SPAN_RECORD && o->header_rows == 0) {
                        hc.nrows = r;
                        break;
                    }
                if ((st = build_parser(p, in, &hc, header->data ? header->data : "", err)))
                    return st;
                /* the reader reads the first row again: keep only what it needs */
                if (!sampling) {
                    vc_buf_free(&in->sample);
                    free(in->sample_len);
                    in->sample_len = NULL;
                    in->nsample = 0;
                }
                vc_transcode_info ti;
                if (vc_stream_transcode_info(in->stream, &ti) == 0 && ti.transcoded) {
                    if (o->share_count > 1)
                        return vc_error_set(err, VC_ERR_USAGE,
                                            "%s: --members cannot split a %s input: a share would start in the "
                                            "middle of the text; read it whole, or convert it to UTF-8 first "
                                            "(iconv -f %s -t UTF-8)",
                                            in->path, ti.encoding, ti.encoding);
                    size_t used = strlen(probe_why);
                    snprintf(probe_why + used, sizeof probe_why - used, ", %s%s", ti.encoding,
                             ti.bom && !ti.named ? " (byte order mark)" : "");
                } else if (!o->encoding) {
                    in->header_cp1252 = vc_bytes_look_cp1252(header->data, header->len)           ? 2
                                        : vc_utf8_invalid_count(header->data, header->len) ? 1
                                                                                           : 0;
                }
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

/* A column not found in a header that is not UTF-8 but reads cleanly as
 * Windows-1252: the names were compared garbled, so say how to decode them. */
#define CP1252_HINT(in)                                                                                       \
    ((in)->header_cp1252 == 2                                                                                 \
         ? "; the header is not UTF-8 and looks like Windows-1252 (Excel's 'CSV' export): pass --encoding cp1252"  \
     : (in)->header_cp1252                                                                                    \
         ? "; the header is not UTF-8: pass --encoding with the file's encoding (`iconv -l` lists the names)"     \
         : "")
/* ---- detection by meaning --------------------------------------------------------
 *
 * A column not named by an option is looked for in four ranks, best first,
 * so that the choice is predictable: its name as one of the names above
 * (without case; the list's order, then the column's); the same after
 * dropping spaces, underscores and punctuation (`Likelihood to Recommend`);
 * the last key of a nested JSON path (`review.text`, `review.rating`);
 * a phrase among the words of its name (SurveyMonkey names columns by the
 * question); a phrase among the words of its label (Qualtrics' question
 * text). A candidate must fit its sampled values (the first records of the
 * first input, parsed with a selection of that column alone): text is never
 * a column of objects or arrays or of mostly numbers; a score holds mostly
 * numbers or labels that start with one (`10 - Extremely likely`), and is
 * never a group, id, date or time column. */

static const char *const TEXT_PHRASES[] = {"comment", "comments", "verbatim", "feedback", "reason for your score",
                                           "why", "tell us more", NULL};
static const char *const NPS_PHRASES[] = {"likelihood to recommend", "how likely", "recommend", "nps",
                                          "net promoter", NULL};
static const char *const CSAT_PHRASES[] = {"csat", "satisfaction", "satisfied", NULL};
static const char *const CES_PHRASES[] = {"ces", "effort", "easy", NULL};
/* words that make a column something other than a score */
static const char *const NOT_SCORE_WORDS[] = {"group", "id", "date", "time", "duration", "category", "comment",
                                              "comments", "text", "reason", "why", NULL};

enum { RANK_NONE = 0, RANK_LABEL, RANK_PHRASE, RANK_LEAF, RANK_NORMALIZED, RANK_EXACT };

static int is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static char fold(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

/* Folded letters and digits only: "Likelihood to Recommend" -> "likelihoodtorecommend". */
static void squeeze(const char *s, vc_buf *out)
{
    vc_buf_reset(out);
    for (; *s; s++)
        if (is_word_byte((unsigned char)*s))
            vc_buf_append_char(out, fold(*s));
    vc_buf_append_char(out, 0);
}

/* " word word ... " of s, folded, for phrase search. */
static void words_of(const char *s, vc_buf *out)
{
    vc_buf_reset(out);
    vc_buf_append_char(out, ' ');
    int in = 0;
    for (; *s; s++) {
        if (is_word_byte((unsigned char)*s)) {
            vc_buf_append_char(out, fold(*s));
            in = 1;
        } else if (in) {
            vc_buf_append_char(out, ' ');
            in = 0;
        }
    }
    if (in)
        vc_buf_append_char(out, ' ');
    vc_buf_append_char(out, 0);
}

static int has_phrase(const char *words, const char *phrase)
{
    char pat[80];
    snprintf(pat, sizeof pat, " %s ", phrase);
    return words && strstr(words, pat) != NULL;
}

typedef struct sample_counts {
    size_t nonempty, numbers, number_labels, structured;
} sample_counts;

/* Values of column `name` in the sampled records. */
static void sample_column(const input *in, const char *name, sample_counts *c)
{
    memset(c, 0, sizeof *c);
    if (!in->nsample || vc_parser_select(in->parser, &name, 1, NULL))
        return;
    vc_fields f;
    vc_fields_init(&f);
    const char *r = in->sample.data;
    int jsonl = in->dialect.format == VC_FORMAT_JSONL || in->dialect.format == VC_FORMAT_JSON;
    for (size_t i = 0; i < in->nsample; r += in->sample_len[i], i++) {
        vc_error e;
        vc_error_clear(&e);
        if (vc_parser_parse(in->parser, r, in->sample_len[i], &f, &e)) {
            if (jsonl && (strstr(e.msg, "not text") || strstr(e.msg, "holds an array"))) {
                c->nonempty++;
                c->structured++;
            }
            continue;
        }
        const vc_field *v = &f.v[0];
        const char *s = v->p;
        size_t n = s ? v->n : 0;
        while (n && (*s == ' ' || *s == '\t'))
            s++, n--;
        while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
            n--;
        if (!n || v->is_null)
            continue;
        c->nonempty++;
        if (s[0] == '{' || s[0] == '[') {
            c->structured++;
            continue;
        }
        char num[64];
        size_t k = n < sizeof num - 1 ? n : sizeof num - 1;
        memcpy(num, s, k);
        num[k] = 0;
        char *end;
        strtod(num, &end);
        if (end != num && !*end && k == n)
            c->numbers++;
        else if (end != num && (*end == ' ' || *end == '-' || *end == '('))
            c->number_labels++;
    }
    vc_fields_free(&f);
}

typedef struct pick {
    long col;
    int rank;
    const char *phrase; /* the list entry or phrase that matched */
    const char *refused; /* why the best name match was not taken */
    const char *refused_col;
} pick;

static int fits(const input *in, const char *name, int score, const char **why)
{
    sample_counts c;
    sample_column(in, name, &c);
    if (!score) {
        if (c.structured * 2 > c.nonempty) {
            *why = "its values are JSON objects or arrays";
            return 0;
        }
        if (c.nonempty && c.numbers * 2 > c.nonempty) {
            *why = "its values are mostly numbers";
            return 0;
        }
        return 1;
    }
    if (c.nonempty && (c.numbers + c.number_labels) * 2 <= c.nonempty) {
        *why = "its values are not mostly numbers";
        return 0;
    }
    return 1;
}

static int not_score_name(const char *words)
{
    for (size_t k = 0; NOT_SCORE_WORDS[k]; k++)
        if (has_phrase(words, NOT_SCORE_WORDS[k]))
            return 1;
    return 0;
}

/* The best column for a role: text (score 0) or score (1), skipping `avoid`. */
static pick find_by_meaning(const input *in, const char *const *names, const char *const *phrases, int score,
                            const char *avoid)
{
    const vc_parser *ps = in->parser;
    size_t ncols = vc_parser_column_count(ps);
    pick best = {-1, RANK_NONE, NULL, NULL, NULL};
    vc_buf a = VC_BUF_INIT, b = VC_BUF_INIT;
    for (int rank = RANK_EXACT; rank >= RANK_LABEL && best.col < 0; rank--) {
        const char *const *list = rank >= RANK_LEAF ? names : phrases;
        for (size_t k = 0; list[k] && best.col < 0; k++) {
            if (rank == RANK_NORMALIZED)
                squeeze(list[k], &b);
            for (size_t i = 0; i < ncols && best.col < 0; i++) {
                const char *name = vc_parser_column_name(ps, i), *label = vc_parser_column_label(ps, i);
                if (avoid && strcmp(name, avoid) == 0)
                    continue;
                int hit = 0;
                if (rank == RANK_EXACT)
                    hit = vc_header_name_eq(name, list[k]);
                else if (rank == RANK_NORMALIZED) {
                    squeeze(name, &a);
                    hit = a.data && b.data && strcmp(a.data, b.data) == 0 && !vc_header_name_eq(name, list[k]);
                } else if (rank == RANK_LEAF) { /* a nested JSON key: review.text, review.rating */
                    const char *dot = strrchr(name, '.');
                    hit = dot && vc_header_name_eq(dot + 1, list[k]);
                } else {
                    words_of(rank == RANK_PHRASE ? name : label ? label : "", &a);
                    hit = has_phrase(a.data, list[k]);
                    if (hit && score) {
                        words_of(name, &b);
                        hit = !not_score_name(b.data);
                        if (hit && label) {
                            words_of(label, &b);
                            hit = !has_phrase(b.data, "group");
                        }
                    }
                }
                if (!hit)
                    continue;
                const char *why = NULL;
                /* a score named exactly is taken as it is: values that do
                 * not fit are counted as invalid scores, not hidden */
                int check = !score || rank < RANK_EXACT;
                if (vc_parser_find_column(ps, name) != (long)i || (check && !fits(in, name, score, &why))) {
                    if (!best.refused && why) {
                        best.refused = why;
                        best.refused_col = name;
                    }
                    continue;
                }
                best.col = (long)i;
                best.rank = rank;
                best.phrase = list[k];
            }
        }
    }
    vc_buf_free(&a);
    vc_buf_free(&b);
    return best;
}

/* "(its name)" and the like, for the note on the chosen column. */
static void describe(const vc_parser *ps, const pick *k, char *out, size_t cap)
{
    const char *label = vc_parser_column_label(ps, (size_t)k->col);
    switch (k->rank) {
    case RANK_EXACT: snprintf(out, cap, "its name"); break;
    case RANK_NORMALIZED:
        snprintf(out, cap, "its name, as '%s' without case, spaces and punctuation", k->phrase);
        break;
    case RANK_LEAF: snprintf(out, cap, "its last key is '%s'", k->phrase); break;
    case RANK_PHRASE: snprintf(out, cap, "its name says '%s'", k->phrase); break;
    default: snprintf(out, cap, "its question: '%.200s'", label ? label : ""); break;
    }
}

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
    p->by_signal = vc_xcalloc(o->nby + 1, sizeof *p->by_signal);
    p->by_language = vc_xcalloc(o->nby + 1, sizeof *p->by_language);
    p->opt_cols = vc_xcalloc(ncols * (o->nby ? o->nby : 1) + 1, sizeof *p->opt_cols);
    scan->opt_names = vc_xcalloc(ncols * (o->nby ? o->nby : 1) + 1, sizeof *scan->opt_names);
    if (!p->by_sel || !p->by_nopt || !p->by_opt || !p->by_signal || !p->by_language || !p->opt_cols ||
        !scan->opt_names)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    p->opt_names = scan->opt_names;
    size_t sig = vc_lexicon_signal_start(o->lex), nt = vc_lexicon_theme_count(o->lex);
    for (size_t t = sig; t < nt; t++)
        p->sig_bytes += strlen(vc_lexicon_theme_name(o->lex, (uint32_t)t)) - strlen(VC_SIGNAL_PREFIX) + 1;
    for (size_t d = 0; d < o->nby; d++) {
        p->by_opt[d] = scan->nopt;
        /* --by signal: the comment's signals, derived, never a column */
        if (sig < nt && strcmp(o->by[d], "signal") == 0) {
            p->by_signal[d] = 1;
            continue;
        }
        /* --by language: the comment's language, derived, never a column */
        if (!o->no_language && strcmp(o->by[d], "language") == 0) {
            p->by_language[d] = 1;
            continue;
        }
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
    if (o->score_group_col && o->score_col)
        return vc_error_set(err, VC_ERR_USAGE,
                            "--score and --score-group name two sources of one score; give one of them");
    if (o->score_group_col && o->scale == VC_SCALE_CES)
        return vc_error_set(err, VC_ERR_USAGE,
                            "--score-group with --scale ces: the CES figure is the mean effort score, which "
                            "needs the numbers; pass --score COL");
    if (first) {
        char cols[2048];
        list_columns(first->parser, cols, sizeof cols);
        char why_text[320] = "", why_score[320] = "";
        int text_rank = 0, score_rank = 0;
        if (!text) {
            pick k = find_by_meaning(first, TEXT_NAMES, TEXT_PHRASES, 0, score);
            if (k.col < 0 && k.refused)
                return vc_error_set(err, VC_ERR_USAGE,
                                    "%s: no text column found: '%s' is named like one, but %s; pass --text COL "
                                    "(available columns: %s)",
                                    first->path, k.refused_col, k.refused, cols);
            if (k.col < 0)
                return vc_error_set(err, VC_ERR_USAGE,
                                    "%s: no text column found by name; pass --text COL (available columns: %s)%s",
                                    first->path, cols, CP1252_HINT(first));
            text = vc_parser_column_name(first->parser, (size_t)k.col);
            describe(first->parser, &k, why_text, sizeof why_text);
            text_rank = k.rank;
            scan->stats.text_detected = 1;
        }
        if (!score && !o->score_group_col && !o->no_score) {
            const char *const *names = o->scale == VC_SCALE_CSAT ? CSAT_NAMES
                                       : o->scale == VC_SCALE_CES ? CES_NAMES
                                                                  : NPS_NAMES;
            const char *const *phrases = o->scale == VC_SCALE_CSAT ? CSAT_PHRASES
                                         : o->scale == VC_SCALE_CES ? CES_PHRASES
                                                                    : NPS_PHRASES;
            pick k = find_by_meaning(first, names, phrases, 1, text);
            if (k.col >= 0) {
                score = vc_parser_column_name(first->parser, (size_t)k.col);
                describe(first->parser, &k, why_score, sizeof why_score);
                score_rank = k.rank;
            } else if (k.refused)
                snprintf(why_score, sizeof why_score, "'%.100s' is named like one, but %s", k.refused_col,
                         k.refused);
            scan->stats.score_detected = score != NULL;
        }
        /* every column detected, and why (also a candidate refused for its
         * values): said always, also off a terminal, so a log shows which
         * columns the numbers came from */
        int detected = text_rank || score_rank || (!score && why_score[0]);
        if (detected) {
            char t[400] = "", sc[480] = "";
            if (why_text[0])
                snprintf(t, sizeof t, "text column '%s' (%s)", text, why_text);
            if (score && why_score[0])
                snprintf(sc, sizeof sc, "score column '%s' (%s)", score, why_score);
            else if (!score && !o->no_score)
                snprintf(sc, sizeof sc, "no score column found%s%s%s", why_score[0] ? " (" : "", why_score,
                         why_score[0] ? ")" : "");
            say(o, "%s: %s%s%s", first->path, t, t[0] && sc[0] ? "; " : "", sc);
        }
    }
    for (size_t i = 0; i < p->nin; i++) { /* detection is done: the sample is not needed */
        vc_buf_free(&p->in[i].sample);
        free(p->in[i].sample_len);
        p->in[i].sample_len = NULL;
        p->in[i].nsample = 0;
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
    const char **names = vc_xcalloc(5 + scan->ntext + o->nby + scan->nopt + o->nhook_cols, sizeof *names);
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
    scan->stats.score_group_col = o->score_group_col;
    if (o->score_group_col) { /* the groups come from their own column */
        p->sel_score = n;
        p->score_by_group = 1;
        names[n++] = o->score_group_col;
        /* the score's column for every output, and for partials and merges */
        if (!(scan->score_col = strdup(o->score_group_col))) {
            free(names);
            return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
        }
        scan->stats.score_col = scan->score_col;
    }
    p->sel_by = n;
    for (size_t i = 0; i < o->nby; i++) {
        p->by_sel[i] = n;
        if (p->by_signal[i] || p->by_language[i])
            continue;
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
    p->sel_lang = SIZE_MAX;
    if (o->language_col) {
        p->sel_lang = n;
        names[n++] = o->language_col;
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
            vc_error_set(err, st, "%s: %s%s", p->in[i].path, e.msg, CP1252_HINT(&p->in[i]));
        /* a --by value may be a JSON array: the record counts under each
         * element (observe.c, field_values) */
        vc_format f = p->in[i].dialect.format;
        for (size_t d = 0; d < o->nby && !st && (f == VC_FORMAT_JSONL || f == VC_FORMAT_JSON); d++)
            if (!p->by_nopt[d] && !p->by_signal[d] && !p->by_language[d] && (st = vc_parser_allow_arrays(p->in[i].parser, p->by_sel[d])))
                vc_error_set(err, st, "out of memory");
    }
    free(names);
    return st;
}

/* ---- the period column's date order ---- */

typedef struct date_sample {
    const vc_parser *parser;
    vc_fields fields;
    vc_scan_stats *s;
    uint64_t skip; /* header records and skipped lines, as the reader drops them */
} date_sample;

static int sample_date(void *ctx, const vc_span *sp)
{
    date_sample *ds = ctx;
    if (ds->skip) {
        ds->skip--;
        return 0;
    }
    if (ds->s->date_sample >= DATE_SAMPLE_MAX)
        return 1; /* enough: stop the feed */
    vc_error e;
    if (sp->kind != VC_SPAN_RECORD || vc_parser_parse(ds->parser, sp->data, sp->len, &ds->fields, &e))
        return 0;
    const vc_field *f = &ds->fields.v[0];
    size_t i = 0, n = f->p && !f->is_null ? f->n : 0;
    while (i < n && (f->p[i] == ' ' || f->p[i] == '\t'))
        i++;
    if (i == n)
        return 0; /* blank dates say nothing */
    ds->s->date_sample++;
    int ev = vc_date_order_evidence(f->p + i, n - i);
    ds->s->date_day_first += ev == VC_DATE_DMY;
    ds->s->date_month_first += ev == VC_DATE_MDY;
    return 0;
}

vc_status vc_pipe_sample_dates(pipe_t *p, input *in, vc_scan_stats *s)
{
    const vc_scan_options *o = p->o;
    if (!o->period_col || o->date_order != VC_DATE_AUTO || in->empty || in->share_tail || !in->parser ||
        s->date_sample >= DATE_SAMPLE_MAX)
        return VC_OK;
    /* a missing column is reported when the columns are resolved */
    vc_error e;
    if (vc_parser_select(in->parser, &o->period_col, 1, &e))
        return VC_OK;
    /* the spans the reader drops (header rows, --skip-lines; none in JSON,
     * whose first object is a record too) */
    date_sample ds = {in->parser, {0}, s, in->header_spans};
    vc_fields_init(&ds.fields);
    vc_splitter *sp = vc_splitter_new(&in->dialect);
    if (!sp)
        return VC_ERR_NOMEM;
    vc_splitter_set_records(sp, o->json_records);
    /* complete records only: a cut one at the end of the head is not fed */
    int rc = vc_splitter_feed(sp, in->head.data, in->head.len, sample_date, &ds);
    if (rc == 0 && in->head_eof)
        rc = vc_splitter_finish(sp, sample_date, &ds);
    vc_splitter_free(sp);
    vc_fields_free(&ds.fields);
    return rc < 0 ? VC_ERR_NOMEM : VC_OK;
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
    /* shares are read as UTF-8 (a transcoded input cannot be split, see
     * vc_pipe_read_head), their lines counted from the share's start */
    if (!st && o->share_count <= 1)
        st = vc_stream_set_encoding(in->stream, o->encoding, err);
    return st;
}

char *vc_pipe_encoding_warning(const char *name, const vc_transcode_info *ti)
{
    vc_buf b = VC_BUF_INIT;
    if (ti->bom_conflict)
        vc_buf_printf(&b, "%s starts with a %s byte order mark, but --encoding %s was given: read as %s\n", name,
                      ti->bom, ti->encoding, ti->encoding);
    if (ti->invalid && ti->transcoded)
        vc_buf_printf(&b, "%s:%llu: %llu invalid %s sequence%s replaced by U+FFFD (the first on this line)\n", name,
                      (unsigned long long)ti->first_invalid_line, (unsigned long long)ti->invalid, ti->encoding,
                      ti->invalid == 1 ? "" : "s");
    else if (ti->invalid && ti->looks_cp1252 && !ti->named)
        vc_buf_printf(&b,
                      "%s: %llu invalid UTF-8 sequence%s (first at line %llu); the file looks like Windows-1252 "
                      "(Excel's 'CSV' export): pass --encoding cp1252\n",
                      name, (unsigned long long)ti->invalid, ti->invalid == 1 ? "" : "s",
                      (unsigned long long)ti->first_invalid_line);
    else if (ti->invalid)
        vc_buf_printf(&b,
                      "%s: %llu invalid UTF-8 sequence%s (first at line %llu); the fields read from them are "
                      "repaired with U+FFFD; if the file is in another encoding, pass --encoding NAME\n",
                      name, (unsigned long long)ti->invalid, ti->invalid == 1 ? "" : "s",
                      (unsigned long long)ti->first_invalid_line);
    if (vc_buf_status(&b) || !b.len) {
        vc_buf_free(&b);
        return NULL;
    }
    b.data[--b.len] = 0; /* no line feed after the last line */
    return b.data;
}
