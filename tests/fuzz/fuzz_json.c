/*
 * fuzz_json.c - the JSON export reader (a top-level array of objects, or an
 * object holding one) on arbitrary bytes: the splitter's JSON mode, then
 * each element parsed with dotted paths and an array slot.
 *
 * Invariants: no crash or leak; splitting in one piece, byte by byte and in
 * chunks (sizes taken from the input) gives the same spans and the same
 * status, line and message; every record span either parses or is
 * rejected with VC_ERR_DATA and a message; spans never exceed the record
 * size limit (only its first KiB is kept); an array slot's values are
 * nvals '\0'-terminated strings filling exactly n bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/buf.h"
#include "vocal/record.h"

typedef struct ctx {
    vc_buf log;
    vc_parser *parser;
    vc_fields f;
    size_t ok, rejected, spans;
} ctx;

static void check_values(const vc_field *v)
{
    if (!v->nvals)
        return;
    size_t seen = 0;
    for (size_t i = 0; i < v->n; i++)
        seen += v->p[i] == 0;
    if (seen != v->nvals || v->p[v->n - 1] != 0)
        abort();
}

static int on_span(void *p, const vc_span *s)
{
    ctx *c = p;
    vc_buf_printf(&c->log, "%u %llu %u %llu %zu|", s->kind, (unsigned long long)s->line, s->lines,
                  (unsigned long long)s->offset, s->len);
    vc_buf_append(&c->log, s->data, s->len);
    c->spans++;
    if (s->len > 1024 || (s->kind == VC_SPAN_RECORD && s->len > 512))
        abort(); /* the record size limit (512 here) bounds what is kept */
    if (!c->parser || s->kind != VC_SPAN_RECORD)
        return 0;
    vc_error e;
    vc_error_clear(&e);
    vc_status st = vc_parser_parse(c->parser, s->data, s->len, &c->f, &e);
    if (st == VC_OK) {
        c->ok++;
        for (size_t i = 0; i < c->f.n; i++)
            check_values(&c->f.v[i]);
    } else if (st == VC_ERR_DATA && e.msg[0])
        c->rejected++;
    else
        abort();
    return 0;
}

static void split(const vc_dialect *d, const char *records, const uint8_t *data, size_t size, size_t chunk, ctx *c)
{
    vc_splitter *sp = vc_splitter_new(d);
    vc_splitter_set_records(sp, records);
    for (size_t i = 0; i < size; i += chunk)
        if (vc_splitter_feed(sp, (const char *)data + i, size - i < chunk ? size - i : chunk, on_span, c))
            abort();
    if (vc_splitter_finish(sp, on_span, c))
        abort();
    uint64_t line;
    const char *what;
    vc_status st = vc_splitter_status(sp, &line, &what);
    if (st && !what[0])
        abort();
    vc_buf_printf(&c->log, "status %d %llu %s", (int)st, (unsigned long long)line, what);
    vc_splitter_free(sp);
}

/* The first element's columns make the parser: its first and last column
 * and a dotted path below the first, the last one allowed to hold an
 * array. */
static int on_first(void *p, const vc_span *s)
{
    vc_parser **out = p;
    if (*out || s->kind != VC_SPAN_RECORD)
        return 0;
    vc_dialect d = {VC_FORMAT_JSON, ',', '"', 512};
    vc_error e;
    if (vc_parser_new(&d, s->data, s->len, out, &e) != VC_OK || !vc_parser_column_count(*out)) {
        vc_parser_free(*out);
        *out = NULL;
        return 0;
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    vc_dialect d = {VC_FORMAT_JSON, ',', '"', 512};
    const char *records = (data[0] & 1) ? "tickets" : NULL;
    size_t chunk = 1 + (data[0] >> 1) % 23;
    data++;
    size--;
    vc_parser *parser = NULL;
    char below[80]; /* a selected name: borrowed by the parser until freed */
    vc_splitter *sp = vc_splitter_new(&d);
    vc_splitter_set_records(sp, records);
    vc_splitter_feed(sp, (const char *)data, size, on_first, &parser);
    vc_splitter_finish(sp, on_first, &parser);
    vc_splitter_free(sp);
    if (parser) {
        size_t n = vc_parser_column_count(parser);
        const char *first = vc_parser_column_name(parser, 0);
        size_t k = strlen(first) < 40 ? strlen(first) : 40;
        memcpy(below, first, k);
        memcpy(below + k, ".x", 3);
        const char *sel[3] = {first, below, vc_parser_column_name(parser, n - 1)};
        vc_error e;
        vc_status st = vc_parser_select(parser, sel, 3, &e);
        if (st == VC_ERR_USAGE) { /* "first.x" is no path the header knows */
            sel[1] = first;
            st = vc_parser_select(parser, sel, 3, &e);
        }
        if (st != VC_OK || vc_parser_allow_arrays(parser, 2) != VC_OK)
            abort();
    }
    ctx whole = {VC_BUF_INIT, parser, {0}, 0, 0, 0};
    vc_fields_init(&whole.f);
    split(&d, records, data, size, size ? size : 1, &whole);
    ctx parts = {VC_BUF_INIT, NULL, {0}, 0, 0, 0};
    split(&d, records, data, size, chunk, &parts);
    ctx bytes = {VC_BUF_INIT, NULL, {0}, 0, 0, 0};
    split(&d, records, data, size, 1, &bytes);
    if (whole.log.len != parts.log.len || (whole.log.len && memcmp(whole.log.data, parts.log.data, whole.log.len)))
        abort(); /* chunking changed the records */
    if (whole.log.len != bytes.log.len || (whole.log.len && memcmp(whole.log.data, bytes.log.data, whole.log.len)))
        abort();
    if (whole.parser && whole.ok + whole.rejected > whole.spans)
        abort();
    vc_buf_free(&whole.log);
    vc_buf_free(&parts.log);
    vc_buf_free(&bytes.log);
    vc_fields_free(&whole.f);
    vc_parser_free(parser);
    return 0;
}
