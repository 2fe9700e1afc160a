/* test_json.c - JSON exports: the array and wrapped-object splitter (spans,
 * lines, offsets, any chunking, errors), dotted paths with literal dotted
 * keys first, the header's leaf columns, arrays of scalars in the slots
 * that allow them, error lines and the sniff rule. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/buf.h"
#include "vocal/record.h"

static int on_span(void *ctx, const vc_span *s)
{
    vc_buf *out = ctx;
    vc_buf_printf(out, "%u %llu %u %llu %llu |", s->kind, (unsigned long long)s->line, s->lines,
                  (unsigned long long)s->offset, (unsigned long long)s->full_len);
    vc_buf_append(out, s->data, s->len);
    vc_buf_append_str(out, "|\n");
    return 0;
}

/* Split `in` fed in pieces of `chunk` bytes (0: random sizes from `seed`);
 * the spans, then "status line what". */
static char *split(const char *in, size_t chunk, unsigned seed, const char *records, size_t max)
{
    vc_dialect d = {VC_FORMAT_JSON, ',', '"', max};
    vc_splitter *sp = vc_splitter_new(&d);
    vc_splitter_set_records(sp, records);
    vc_buf out = VC_BUF_INIT;
    size_t len = strlen(in);
    srand(seed);
    for (size_t i = 0; i < len;) {
        size_t k = chunk ? chunk : 1 + (size_t)rand() % 9;
        if (k > len - i)
            k = len - i;
        cr_assert_eq(vc_splitter_feed(sp, in + i, k, on_span, &out), 0);
        i += k;
    }
    cr_assert_eq(vc_splitter_finish(sp, on_span, &out), 0);
    uint64_t line;
    const char *what;
    vc_status st = vc_splitter_status(sp, &line, &what);
    vc_buf_printf(&out, "status %d line %llu %s", (int)st, (unsigned long long)line, what);
    vc_splitter_free(sp);
    return out.data;
}

static void expect_split(const char *in, const char *records, const char *want)
{
    char *got = split(in, strlen(in) + 1, 0, records, 0);
    cr_assert_str_eq(got, want, "input:\n%s\ngot:\n%s", in, got);
    for (size_t chunk = 1; chunk <= 5; chunk++) {
        char *again = split(in, chunk, 0, records, 0);
        cr_assert_str_eq(again, want, "chunk %zu:\n%s", chunk, again);
        free(again);
    }
    for (unsigned seed = 1; seed <= 20; seed++) {
        char *again = split(in, 0, seed, records, 0);
        cr_assert_str_eq(again, want, "random chunks, seed %u:\n%s", seed, again);
        free(again);
    }
    free(got);
}

Test(json_split, top_level_array_one_line)
{
    expect_split("[{\"a\":1},{\"a\":\"x]}\\\"\"}]\n", NULL,
                 "0 1 1 1 7 |{\"a\":1}|\n0 1 1 9 13 |{\"a\":\"x]}\\\"\"}|\nstatus 0 line 0 ");
}

Test(json_split, pretty_printed_array_keeps_lines_and_offsets)
{
    expect_split("\xEF\xBB\xBF[\n  {\n    \"id\": 1,\n    \"t\": \"a\"\n  },\r\n  {\"id\": 2}\n]\n", NULL,
                 "0 2 4 7 31 |{\n    \"id\": 1,\n    \"t\": \"a\"\n  }|\n"
                 "0 6 1 43 9 |{\"id\": 2}|\nstatus 0 line 0 ");
}

Test(json_split, wrapped_object_skips_other_members)
{
    expect_split("{\"count\": 2, \"meta\": {\"x\": [1, {\"y\": \"]\"}]}, \"empty\": [],\n"
                 " \"tickets\": [{\"id\": 1}, {\"id\": 2}],\n \"next_page\": null}", NULL,
                 "0 2 1 71 9 |{\"id\": 1}|\n0 2 1 82 9 |{\"id\": 2}|\nstatus 0 line 0 ");
}

Test(json_split, records_key_chooses_and_several_arrays_stop)
{
    const char *in = "{\"users\": [{\"n\": \"a\"}],\n\"tickets\": [{\"id\": 7}]}";
    expect_split(in, "tickets", "0 2 1 36 9 |{\"id\": 7}|\nstatus 0 line 0 ");
    char *got = split(in, 3, 0, NULL, 0);
    cr_assert(strstr(got, "status -3 line 2 several members hold arrays of objects ('users', 'tickets')"), "%s",
              got);
    free(got);
    got = split(in, 3, 0, "nope", 0);
    cr_assert(strstr(got, "status -3 line 2 the JSON object that starts at line 1 has no member 'nope'"), "%s", got);
    free(got);
    got = split("[{\"a\": 1}]", 3, 0, "tickets", 0);
    cr_assert(strstr(got, "status -3 line 1 the records key 'tickets'"), "%s", got);
    free(got);
}

Test(json_split, truncated_array_is_an_error_naming_the_line)
{
    char *got = split("[\n{\"a\": 1},\n{\"a\": \"cut", 4, 0, NULL, 0);
    cr_assert_str_eq(got,
                     "0 2 1 2 8 |{\"a\": 1}|\n0 3 1 12 10 |{\"a\": \"cut|\n"
                     "status -4 line 3 the input ends inside the JSON array that starts at line 1 (truncated?)",
                     "%s", got);
    free(got);
    got = split("{\"tickets\": [{\"a\": 1}]\n", 4, 0, NULL, 0);
    cr_assert(strstr(got, "status -4 line 2 the input ends inside the JSON object that starts at line 1"), "%s", got);
    free(got);
}

Test(json_split, junk_and_text_after_the_value)
{
    char *got = split("[{\"a\": 1}]\nx", 4, 0, NULL, 0);
    cr_assert(strstr(got, "status -4 line 2 'x' after the end of the JSON value"), "%s", got);
    free(got);
    /* concatenated exports are read one after the other */
    got = split("[{\"a\": 1}]\n[{\"a\": 2}]\n", 4, 0, NULL, 0);
    cr_assert_str_eq(got, "0 1 1 1 8 |{\"a\": 1}|\n0 2 1 12 8 |{\"a\": 2}|\nstatus 0 line 0 ", "%s", got);
    free(got);
}

Test(json_split, oversize_element_is_one_rejected_span)
{
    char big[400];
    memset(big, 'x', sizeof big);
    char in[600];
    snprintf(in, sizeof in, "[{\"t\": \"%.*s\"}, {\"t\": \"ok\"}]", 300, big);
    char *got = split(in, 7, 0, NULL, 100);
    cr_assert(strncmp(got, "1 1 1 1 309 |", 13) == 0, "%s", got);
    cr_assert(strstr(got, "\n0 1 1 312 11 |{\"t\": \"ok\"}|\nstatus 0 line 0 "), "%s", got);
    free(got);
}

/* ---- parsing elements: paths, arrays --------------------------------------- */

static vc_parser *make(vc_format fmt, const char *header, const char *const *sel, size_t nsel)
{
    vc_dialect d = {fmt, ',', '"', 0};
    vc_parser *p = NULL;
    vc_error e;
    cr_assert_eq(vc_parser_new(&d, header, strlen(header), &p, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_parser_select(p, sel, nsel, &e), VC_OK, "%s", e.msg);
    return p;
}

static char *columns(const vc_parser *p)
{
    vc_buf b = VC_BUF_INIT;
    for (size_t i = 0; i < vc_parser_column_count(p); i++)
        vc_buf_printf(&b, "%s%s", i ? "," : "", vc_parser_column_name(p, i));
    vc_buf_append_str(&b, "");
    return b.data;
}

static const char *HDR = "{\"id\": 1, \"review\": {\"title\": \"t\", \"text\": \"x\", \"rating\": 4},\n"
                         " \"via\": {\"channel\": \"web\", \"source\": {\"rel\": null}}, \"tags\": [\"a\"],\n"
                         " \"satisfaction_rating\": null, \"meta\": {}}";

Test(json_paths, header_lists_leaves_by_dotted_path)
{
    const char *sel[] = {"review.text"};
    vc_parser *p = make(VC_FORMAT_JSON, HDR, sel, 1);
    char *cols = columns(p);
    cr_assert_str_eq(cols, "id,review.title,review.text,review.rating,via.channel,via.source.rel,tags,"
                           "satisfaction_rating");
    free(cols);
    vc_error e;
    /* an object of the header, and paths below a null or {} there, are accepted */
    const char *ok[] = {"review", "satisfaction_rating.score", "meta.anything", "via.source.rel"};
    cr_assert_eq(vc_parser_select(p, ok, 4, &e), VC_OK, "%s", e.msg);
    const char *bad[] = {"via.medium"};
    cr_assert_eq(vc_parser_select(p, bad, 1, &e), VC_ERR_USAGE);
    cr_assert(strstr(e.msg, "no column 'via.medium'; available columns: id, review.title"), "%s", e.msg);
    vc_parser_free(p);
}

static void parse_ok(const vc_parser *p, vc_fields *f, const char *rec)
{
    vc_error e;
    vc_error_clear(&e);
    cr_assert_eq(vc_parser_parse(p, rec, strlen(rec), f, &e), VC_OK, "%s: %s", rec, e.msg);
}

static void parse_err(const vc_parser *p, vc_fields *f, const char *rec, const char *want)
{
    vc_error e;
    vc_error_clear(&e);
    cr_assert_eq(vc_parser_parse(p, rec, strlen(rec), f, &e), VC_ERR_DATA, "%s", rec);
    cr_assert_str_eq(e.msg, want);
}

static void field_is(const vc_field *v, const char *want)
{
    cr_assert_not_null(v->p, "want '%s', got absent", want);
    cr_assert_eq(v->n, strlen(want));
    cr_assert(memcmp(v->p, want, v->n) == 0, "want '%s', got '%.*s'", want, (int)v->n, v->p);
    cr_assert_eq(v->nvals, 0);
}

Test(json_paths, nested_values_and_literal_dotted_keys_first)
{
    const char *sel[] = {"review.text", "via.channel", "review.rating", "id"};
    vc_parser *p = make(VC_FORMAT_JSONL, "{\"id\": 1, \"review\": {\"text\": \"x\", \"rating\": 4}, \"via\": {\"channel\": \"w\"}}",
                        sel, 4);
    vc_fields f;
    vc_fields_init(&f);
    parse_ok(p, &f, "{\"id\": 7, \"review\": {\"title\": {\"deep\": [1]}, \"text\": \"caf\\u00e9\", \"rating\": 5}, "
                    "\"via\": {\"channel\": \"email\"}}");
    field_is(&f.v[0], "caf\xC3\xA9");
    field_is(&f.v[1], "email");
    field_is(&f.v[2], "5");
    field_is(&f.v[3], "7");
    /* a literal "via.channel" wins, before or after the nested one */
    parse_ok(p, &f, "{\"via.channel\": \"literal\", \"via\": {\"channel\": \"nested\"}}");
    field_is(&f.v[1], "literal");
    cr_assert_null(f.v[0].p);
    parse_ok(p, &f, "{\"via\": {\"channel\": \"nested\"}, \"via.channel\": \"literal\"}");
    field_is(&f.v[1], "literal");
    /* the same path twice at the same level is a duplicate */
    parse_err(p, &f, "{\"via\": {\"channel\": \"a\", \"channel\": \"b\"}}",
              "duplicate key 'via.channel' (its second value at column 37)");
    /* where the path meets a scalar, the value is absent */
    parse_ok(p, &f, "{\"review\": \"flat\", \"via\": null}");
    cr_assert_null(f.v[0].p);
    cr_assert_null(f.v[1].p);
    parse_err(p, &f, "{\"review\": {\"text\": {\"a\": 1}}}", "key 'review.text' holds an object, not text (column 21)");
    vc_fields_free(&f);
    vc_parser_free(p);
}

Test(json_paths, arrays_only_in_slots_that_allow_them)
{
    const char *sel[] = {"text", "tags", "tags"};
    vc_parser *p = make(VC_FORMAT_JSONL, "{\"text\": \"x\", \"tags\": [\"a\"]}", sel, 3);
    vc_fields f;
    vc_fields_init(&f);
    parse_err(p, &f, "{\"text\": \"x\", \"tags\": [\"a\"]}",
              "key 'tags' holds an array; only --by accepts arrays (column 23)");
    cr_assert_eq(vc_parser_allow_arrays(p, 1), VC_OK);
    cr_assert_eq(vc_parser_allow_arrays(p, 3), VC_ERR_USAGE);
    /* slot 2 selects the same key and still takes no array */
    parse_err(p, &f, "{\"text\": \"x\", \"tags\": [\"a\"]}",
              "key 'tags' holds an array; only --by accepts arrays (column 23)");
    cr_assert_eq(vc_parser_allow_arrays(p, 2), VC_OK);
    parse_ok(p, &f, "{\"text\": \"x\", \"tags\": [\"billing\", 3, null, true, \"a\\\"b\"]}");
    cr_assert_eq(f.v[1].nvals, 4);
    cr_assert_eq(f.v[1].n, sizeof "billing\0" "3\0" "true\0" "a\"b" ""); /* each followed by '\0' */
    cr_assert(memcmp(f.v[1].p, "billing\0" "3\0" "true\0" "a\"b\0", f.v[1].n) == 0);
    cr_assert_eq(f.v[2].nvals, 4);
    field_is(&f.v[0], "x");
    /* no element: absent, as a missing key */
    parse_ok(p, &f, "{\"text\": \"x\", \"tags\": [null]}");
    cr_assert_null(f.v[1].p);
    cr_assert_eq(f.v[1].nvals, 0);
    cr_assert_eq(f.v[1].is_null, 0);
    parse_ok(p, &f, "{\"text\": \"x\", \"tags\": []}");
    cr_assert_null(f.v[1].p);
    /* a scalar in an array slot stays a scalar */
    parse_ok(p, &f, "{\"text\": \"x\", \"tags\": \"solo\"}");
    field_is(&f.v[1], "solo");
    parse_err(p, &f, "{\"tags\": [{\"name\": \"a\"}]}", "key 'tags' holds an array of objects, not text (column 11)");
    parse_err(p, &f, "{\"tags\": [[1]]}", "key 'tags' holds an array of arrays, not text (column 11)");
    /* select again: no slot takes arrays */
    vc_error e;
    cr_assert_eq(vc_parser_select(p, sel, 3, &e), VC_OK);
    parse_err(p, &f, "{\"tags\": [\"a\"]}", "key 'tags' holds an array; only --by accepts arrays (column 10)");
    vc_fields_free(&f);
    vc_parser_free(p);
    const char *one[] = {"a"};
    vc_dialect d = {VC_FORMAT_CSV, ',', '"', 0};
    vc_parser *csv = NULL;
    cr_assert_eq(vc_parser_new(&d, "a,b", 3, &csv, &e), VC_OK);
    cr_assert_eq(vc_parser_select(csv, one, 1, &e), VC_OK);
    cr_assert_eq(vc_parser_allow_arrays(csv, 0), VC_ERR_USAGE);
    vc_parser_free(csv);
}

Test(json_paths, errors_in_an_element_over_several_lines_name_its_line)
{
    const char *sel[] = {"t"};
    vc_parser *p = make(VC_FORMAT_JSON, "{\"t\": \"x\"}", sel, 1);
    vc_fields f;
    vc_fields_init(&f);
    parse_err(p, &f, "{\n  \"t\": \"a\",\n  \"u\": tru\n}", "invalid JSON at line 3 of the record, column 8: unexpected character");
    parse_err(p, &f, "\"scalar\"", "invalid JSON at column 1: an element of the array must be a JSON object");
    vc_fields_free(&f);
    vc_parser_free(p);
}

Test(json_sniff, arrays_wrapped_objects_and_json_lines)
{
    struct {
        const char *in;
        vc_format want;
    } cases[] = {
        {"[\n  {\"a\": 1}\n]", VC_FORMAT_JSON},
        {"  [{\"a\": 1}]", VC_FORMAT_JSON},
        {"{\"tickets\": [\n{\"a\": 1}]}", VC_FORMAT_JSON},               /* over several lines */
        {"{\"tickets\": [{\"a\": 1}], \"count\": 1}\n", VC_FORMAT_JSON}, /* alone on its line */
        {"{\"tickets\": [{\"a\": 1}, {\"a\"", VC_FORMAT_JSON},            /* not ended in the sample */
        {"{\"a\": 1, \"items\": [{\"x\": 1}]}\n{\"a\": 2}\n", VC_FORMAT_JSONL},
        {"{\"a\": 1}\n{\"a\": 2}\n", VC_FORMAT_JSONL},
        {"{\n  \"a\": 1,\n  \"tags\": [\"x\"]\n}\n", VC_FORMAT_JSONL}, /* no array of objects */
        {"[id],[text]\n1,a\n", VC_FORMAT_CSV},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        vc_dialect d = {VC_FORMAT_AUTO, ',', '"', 0};
        char why[64];
        cr_assert_eq(vc_dialect_sniff(cases[i].in, strlen(cases[i].in), &d, why, sizeof why), VC_OK);
        cr_assert_eq(d.format, cases[i].want, "case %zu: %s", i, why);
    }
    vc_dialect d = {VC_FORMAT_AUTO, ',', '"', 0};
    cr_assert_eq(vc_format_parse("json", &d), VC_OK);
    cr_assert_eq(d.format, VC_FORMAT_JSON);
    cr_assert_str_eq(vc_format_name(VC_FORMAT_JSON), "json");
}
