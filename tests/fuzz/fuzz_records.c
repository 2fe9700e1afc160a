/*
 * fuzz_records.c - splitter and parsers on arbitrary bytes.
 *
 * Invariants: no crash or leak; splitting the input in one piece and in
 * chunks (sizes taken from the input) gives the same spans; every record
 * span either parses or is rejected with VC_ERR_DATA and a message; spans
 * never exceed the record size limit (only its first KiB is kept).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/buf.h"
#include "vocal/header.h"
#include "vocal/record.h"

typedef struct ctx {
    vc_buf log;
    vc_parser *parser;
    vc_fields f;
    int first;
    size_t ok, rejected, spans;
} ctx;

static int on_span(void *p, const vc_span *s)
{
    ctx *c = p;
    vc_buf_printf(&c->log, "%u %llu %u %llu %zu|", s->kind, (unsigned long long)s->line, s->lines,
                  (unsigned long long)s->offset, s->len);
    vc_buf_append(&c->log, s->data, s->len);
    c->spans++;
    if (s->len > 1024 || (s->kind == VC_SPAN_RECORD && s->len > 256))
        abort(); /* the record size limit (256 here) bounds what is kept */
    if (!c->parser || s->kind != VC_SPAN_RECORD)
        return 0;
    vc_error e;
    vc_error_clear(&e);
    vc_status st = vc_parser_parse(c->parser, s->data, s->len, &c->f, &e);
    if (st == VC_OK)
        c->ok++;
    else if (st == VC_ERR_DATA && e.msg[0])
        c->rejected++;
    else
        abort();
    return 0;
}

static void split(const vc_dialect *d, const uint8_t *data, size_t size, size_t chunk, ctx *c)
{
    vc_splitter *sp = vc_splitter_new(d);
    for (size_t i = 0; i < size; i += chunk)
        vc_splitter_feed(sp, (const char *)data + i, size - i < chunk ? size - i : chunk, on_span, c);
    vc_splitter_finish(sp, on_span, c);
    vc_splitter_free(sp);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    vc_dialect d = {VC_FORMAT_CSV, ',', '"', 256};
    switch (data[0] % 4) {
    case 1: d.format = VC_FORMAT_TSV; d.delimiter = '\t'; break;
    case 2: d.format = VC_FORMAT_JSONL; break;
    case 3: d.delimiter = ';'; break;
    }
    size_t chunk = 1 + (size > 1 ? data[1] % 17 : 0);
    data++;
    size--;
    /* a parser from the first line, when it makes one */
    ctx whole = {VC_BUF_INIT, NULL, {0}, 1, 0, 0, 0};
    const uint8_t *nl = memchr(data, '\n', size);
    size_t hl = nl ? (size_t)(nl - data) : size;
    vc_error e;
    if (vc_parser_new(&d, (const char *)data, hl, &whole.parser, &e) == VC_OK && vc_parser_column_count(whole.parser)) {
        const char *sel[2] = {vc_parser_column_name(whole.parser, 0),
                              vc_parser_column_name(whole.parser, vc_parser_column_count(whole.parser) - 1)};
        vc_status st = vc_parser_select(whole.parser, sel, 2, &e);
        if (st != VC_OK && !(st == VC_ERR_USAGE && strstr(e.msg, "is ambiguous")))
            abort(); /* a listed name that is not a repeated one must select */
        if (st != VC_OK) {
            vc_parser_free(whole.parser);
            whole.parser = NULL;
        }
    } else {
        vc_parser_free(whole.parser);
        whole.parser = NULL;
    }
    /* the header layout of the first three lines, and a parser from it */
    vc_field rows[3];
    size_t nrows = 0, at = 0;
    while (nrows < 3 && at < size) {
        const uint8_t *end = memchr(data + at, '\n', size - at);
        size_t n = end ? (size_t)(end - (data + at)) : size - at;
        rows[nrows++] = (vc_field){(const char *)data + at, n, 0, 0};
        at += n + 1;
    }
    if (nrows) {
        size_t nh = 0;
        vc_header_layout l = vc_header_detect(&d, rows, nrows, &nh);
        if (nh < 1 || nh > nrows)
            abort();
        vc_parser *hp = NULL;
        if (vc_parser_new_rows(&d, l, rows, nh, &hp, &e) == VC_OK && d.format != VC_FORMAT_JSONL)
            for (size_t i = 0; i < vc_parser_column_count(hp); i++)
                if (!vc_parser_column_name(hp, i)[0])
                    abort(); /* a blank name is columnN */
        vc_parser_free(hp);
    }
    vc_fields_init(&whole.f);
    split(&d, data, size, size ? size : 1, &whole);
    ctx parts = {VC_BUF_INIT, NULL, {0}, 1, 0, 0, 0};
    split(&d, data, size, chunk, &parts);
    if (whole.log.len != parts.log.len || (whole.log.len && memcmp(whole.log.data, parts.log.data, whole.log.len)))
        abort(); /* chunking changed the records */
    if (whole.parser && whole.ok + whole.rejected > whole.spans)
        abort();
    vc_buf_free(&whole.log);
    vc_buf_free(&parts.log);
    vc_fields_free(&whole.f);
    vc_parser_free(whole.parser);
    return 0;
}
