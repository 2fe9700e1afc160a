/*
 * csv.c - CSV and TSV: one record's bytes into the selected columns, the
 * header into column names, and the sniffing of an unnamed input's format.
 *
 * CSV follows RFC 4180 with the leniency common exporters need: a quote in
 * the middle of an unquoted field is a literal character (Excel writes
 * `5" screen` unquoted), CR and LF inside quoted fields are kept as they are.
 * What cannot be read unambiguously is an error with the field and column:
 * text after a closing quote, or a field count that differs from the header.
 * Unquoted fields and quoted fields without doubled quotes point straight
 * into the record; only fields with doubled quotes are copied (unescaped)
 * into the scratch buffer.
 *
 * Sniffing looks at the first bytes only: an object opens JSONL; otherwise
 * the delimiter (',', tab, ';' or '|') that splits the first lines most
 * consistently outside quotes wins.
 *
 * The parser handle (parser.c) is read-only here, so one serves every
 * worker thread; each thread brings its own vc_fields scratch.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_internal.h"
#include "parser_internal.h"

/* Walk the fields of one record; for each, call `take` with its text (and
 * whether it needs unescaping). Returns the field count, or -1 with err set. */
typedef vc_status (*field_fn)(void *ctx, size_t col, const char *p, size_t n, int has_escapes);

static long walk_csv(const vc_dialect *d, const char *rec, size_t len, field_fn take, void *ctx, vc_error *err)
{
    const char delim = d->delimiter, quote = d->quote;
    size_t i = 0, col = 0;
    for (;;) {
        if (quote && i < len && rec[i] == quote) {
            size_t fstart = i;
            size_t s = ++i;
            int esc = 0;
            for (;;) {
                const char *q = memchr(rec + i, quote, len - i);
                if (!q) {
                    vc_error_set(err, VC_ERR_DATA, "unterminated quoted field %zu (column %zu)", col + 1,
                                 fstart + 1);
                    return -1;
                }
                i = (size_t)(q - rec);
                if (i + 1 < len && rec[i + 1] == quote) {
                    esc = 1;
                    i += 2;
                    continue;
                }
                break;
            }
            size_t e = i++;
            if (i < len && rec[i] != delim) {
                vc_error_set(err, VC_ERR_DATA,
                             "unexpected character after closing quote in field %zu (column %zu)", col + 1,
                             i + 1);
                return -1;
            }
            if (take && take(ctx, col, rec + s, e - s, esc)) {
                vc_error_set(err, VC_ERR_NOMEM, "out of memory");
                return -1;
            }
        } else {
            const char *dp = memchr(rec + i, delim, len - i);
            size_t e = dp ? (size_t)(dp - rec) : len;
            if (take && take(ctx, col, rec + i, e - i, 0)) {
                vc_error_set(err, VC_ERR_NOMEM, "out of memory");
                return -1;
            }
            i = e;
        }
        col++;
        if (i >= len)
            break;
        i++; /* delimiter */
        if (i == len) { /* trailing delimiter: one more, empty field */
            if (take && take(ctx, col, rec + i, 0, 0)) {
                vc_error_set(err, VC_ERR_NOMEM, "out of memory");
                return -1;
            }
            col++;
            break;
        }
    }
    return (long)col;
}

static void unescape_into(vc_buf *b, const char *p, size_t n, char quote)
{
    for (size_t i = 0; i < n; i++) {
        vc_buf_append_char(b, p[i]);
        if (p[i] == quote && i + 1 < n && p[i + 1] == quote)
            i++;
    }
}

typedef struct header_ctx {
    vc_parser *p;
} header_ctx;

static vc_status take_header(void *ctx, size_t col, const char *s, size_t n, int esc)
{
    header_ctx *h = ctx;
    (void)col;
    if (!esc)
        return vc_parser_add_column(h->p, s, n);
    vc_buf b = VC_BUF_INIT;
    unescape_into(&b, s, n, h->p->d.quote);
    vc_status st = vc_parser_add_column(h->p, b.data ? b.data : "", b.len);
    vc_buf_free(&b);
    return st;
}

typedef struct rec_ctx {
    const vc_parser *p;
    vc_fields *f;
} rec_ctx;

static vc_status take_field(void *ctx, size_t col, const char *s, size_t n, int esc)
{
    rec_ctx *r = ctx;
    if (col >= r->p->ncols)
        return VC_OK; /* counted; rejected after the walk */
    size_t sel = r->p->col_first[col];
    if (sel == SIZE_MAX)
        return VC_OK;
    size_t off = SIZE_MAX;
    size_t len = n;
    if (esc) {
        off = r->f->scratch.len;
        size_t before = r->f->scratch.len;
        unescape_into(&r->f->scratch, s, n, r->p->d.quote);
        len = r->f->scratch.len - before;
        if (vc_buf_append_char(&r->f->scratch, 0))
            return VC_ERR_NOMEM;
    }
    for (; sel != SIZE_MAX; sel = r->p->sel_next[sel]) {
        r->f->v[sel].p = esc ? NULL : s;
        r->f->v[sel].n = len;
        r->f->offs[sel] = off;
    }
    return VC_OK;
}

vc_status vc_csv_header(vc_parser *p, const char *rec, size_t len, vc_error *err)
{
    header_ctx h = {p};
    return walk_csv(&p->d, rec, len, take_header, &h, err) < 0 ? err->status : VC_OK;
}

vc_status vc_csv_parse(const vc_parser *p, const char *rec, size_t len, vc_fields *f, vc_error *err)
{
    rec_ctx r = {p, f};
    long n = walk_csv(&p->d, rec, len, take_field, &r, err);
    if (n < 0)
        return err->status;
    f->nraw = (size_t)n;
    if ((size_t)n != p->ncols)
        return vc_error_set(err, VC_ERR_DATA, "expected %zu fields, found %ld", p->ncols, n);
    vc_fields_fix(f);
    return VC_OK;
}

/* ---- sniffing ------------------------------------------------------------------ */

vc_status vc_dialect_sniff(const char *data, size_t len, vc_dialect *d, char *why, size_t why_cap)
{
    size_t i = 0;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
        i++;
    size_t after = i + 1; /* '[' then '{': a JSON array of objects */
    while (after < len && (data[after] == ' ' || data[after] == '\t' || data[after] == '\r' || data[after] == '\n'))
        after++;
    if (i < len && ((data[i] == '[' && (after >= len || data[after] == '{')) ||
                    (data[i] == '{' && vc_json_sniff_wrapped(data + i, len - i)))) {
        d->format = VC_FORMAT_JSON;
        d->quote = '"';
        snprintf(why, why_cap, "json");
        return VC_OK;
    }
    if (i < len && data[i] == '{') {
        d->format = VC_FORMAT_JSONL;
        d->quote = '"';
        snprintf(why, why_cap, "jsonl");
        return VC_OK;
    }
    /* count candidate delimiters outside quotes over the first lines */
    static const char cands[] = {',', '\t', ';', '|'};
    size_t counts[4][8];
    memset(counts, 0, sizeof counts);
    int inq = 0, line = 0;
    for (; i < len && line < 8; i++) {
        char c = data[i];
        if (c == '"')
            inq = !inq;
        else if (!inq && (c == '\n' || c == '\r')) {
            if (c == '\r' && i + 1 < len && data[i + 1] == '\n')
                i++;
            line++;
        } else if (!inq)
            for (int k = 0; k < 4; k++)
                if (c == cands[k])
                    counts[k][line]++;
    }
    int lines = line < 1 ? 1 : line;
    int best = -1;
    size_t best_n = 0;
    for (int k = 0; k < 4; k++) {
        size_t h = counts[k][0];
        if (!h)
            continue;
        int consistent = 1;
        for (int l = 1; l < lines && l < 8; l++)
            if (counts[k][l] != h)
                consistent = 0;
        size_t score = h * (consistent ? 2 : 1);
        if (score > best_n) {
            best_n = score;
            best = k;
        }
    }
    d->quote = '"';
    if (best < 0) {
        d->format = VC_FORMAT_CSV;
        d->delimiter = ',';
        snprintf(why, why_cap, "csv, one column (no delimiter found in the header)");
        return VC_OK;
    }
    d->delimiter = cands[best];
    d->format = cands[best] == '\t' ? VC_FORMAT_TSV : VC_FORMAT_CSV;
    snprintf(why, why_cap, "%s, delimiter '%s'", d->format == VC_FORMAT_TSV ? "tsv" : "csv",
             cands[best] == '\t' ? "\\t" : (char[]){cands[best], 0});
    return VC_OK;
}
