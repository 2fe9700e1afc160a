/* test_table_sink.c - the one row writer (base/table_sink.c): CSV quoting
 * and formula neutralization, JSON escaping of quotes, backslashes,
 * newlines, control characters and non-ASCII (invalid UTF-8 as U+FFFD),
 * the kinds of cells, the JSON wrapper against NDJSON lines, and rows
 * written in pieces. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <string.h>

#include "vocal/table_sink.h"

static const char *const COLS[] = {"name", "n", "tags", "note"};
static const int KINDS[] = {VC_SINK_TEXT, VC_SINK_NUMBER, VC_SINK_LIST, VC_SINK_OPTIONAL};

/* One table of two rows in fmt, as a NUL-terminated string in b. */
static void write_table(vc_buf *b, vc_table_format fmt)
{
    vc_sink s;
    vc_sink_init(&s, fmt, b);
    cr_assert_eq(s.begin(&s, COLS, 4), VC_OK);
    const char *r1[] = {"a \"b\", c", "12.5", "x;y", ""};
    const char *r2[] = {"=1+1", "", "", "line\none"};
    cr_assert_eq(s.row(&s, r1, KINDS, 4), VC_OK);
    cr_assert_eq(s.row(&s, r2, KINDS, 4), VC_OK);
    cr_assert_eq(s.end(&s), VC_OK);
    vc_buf_append_char(b, 0);
}

Test(table_sink, csv_quotes_and_neutralizes_text_not_numbers)
{
    vc_buf b = VC_BUF_INIT;
    write_table(&b, VC_TABLE_CSV);
    cr_assert_str_eq(b.data, "name,n,tags,note\n"
                             "\"a \"\"b\"\", c\",12.5,x;y,\n"
                             "\"'=1+1\",,,\"line\none\"\n");
    vc_buf_free(&b);
}

Test(table_sink, json_wraps_the_rows_ndjson_writes_one_line_each)
{
    const char *r1 = "{\"name\":\"a \\\"b\\\", c\",\"n\":12.5,\"tags\":[\"x\",\"y\"],\"note\":null}";
    const char *r2 = "{\"name\":\"=1+1\",\"n\":null,\"tags\":[],\"note\":\"line\\none\"}";
    char want[512];
    vc_buf b = VC_BUF_INIT;
    write_table(&b, VC_TABLE_JSON);
    snprintf(want, sizeof want, "{\"rows\":[\n%s,\n%s\n]}\n", r1, r2);
    cr_assert_str_eq(b.data, want);
    vc_buf_reset(&b);
    write_table(&b, VC_TABLE_NDJSON);
    snprintf(want, sizeof want, "%s\n%s\n", r1, r2);
    cr_assert_str_eq(b.data, want);
    vc_buf_free(&b);
}

Test(table_sink, what_is_no_number_is_null)
{
    static const char *const col[] = {"x", "y", "z"};
    static const int kind[] = {VC_SINK_NUMBER, VC_SINK_NUMBER, VC_SINK_NUMBER};
    const char *cells[] = {"-0.5", "inf", "-nan"};
    vc_buf b = VC_BUF_INIT;
    vc_sink s;
    vc_sink_init(&s, VC_TABLE_NDJSON, &b);
    s.begin(&s, col, 3);
    s.row(&s, cells, kind, 3);
    vc_buf_append_char(&b, 0);
    cr_assert_str_eq(b.data, "{\"x\":-0.5,\"y\":null,\"z\":null}\n");
    vc_buf_free(&b);
}

Test(table_sink, an_empty_table)
{
    vc_buf b = VC_BUF_INIT;
    vc_sink s;
    vc_sink_init(&s, VC_TABLE_JSON, &b);
    s.begin(&s, COLS, 4);
    s.end(&s);
    vc_sink_init(&s, VC_TABLE_NDJSON, &b);
    s.begin(&s, COLS, 4);
    s.end(&s);
    vc_buf_append_char(&b, 0);
    cr_assert_str_eq(b.data, "{\"rows\":[\n]}\n");
    vc_buf_free(&b);
}

/* arrays, not pointers: Criterion may run a case in a fresh process */
typedef struct escape_case {
    char in[16];
    size_t len;
    char json[64];
} escape_case;

ParameterizedTestParameters(table_sink, json_strings)
{
    static escape_case cases[] = {
        {"plain", 5, "\"plain\""},
        {"q\"b\\s", 5, "\"q\\\"b\\\\s\""},
        {"t\tr\rn\n", 6, "\"t\\tr\\rn\\n\""},
        {"\x01\x1f\x7f", 3, "\"\\u0001\\u001f\x7f\""},
        {"a\0b", 3, "\"a\\u0000b\""},
        {"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", 14, "\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\""},
        {"bad\xff!", 5, "\"bad\xef\xbf\xbd!\""},
        {"cut\xe2\x82", 5, "\"cut\xef\xbf\xbd\""},
        {"over\xc0\xaf!", 7, "\"over\xef\xbf\xbd!\""},
        {"sur\xed\xa0\x80", 6, "\"sur\xef\xbf\xbd\""},
    };
    return cr_make_param_array(escape_case, cases, sizeof cases / sizeof *cases);
}

ParameterizedTest(escape_case *c, table_sink, json_strings)
{
    static const char *const col[] = {"s"};
    static const int kind[] = {VC_SINK_TEXT};
    vc_buf b = VC_BUF_INIT;
    vc_sink s;
    vc_sink_init(&s, VC_TABLE_NDJSON, &b);
    s.begin(&s, col, 1);
    const char *cells[] = {c->in};
    size_t lens[] = {c->len};
    cr_assert_eq(vc_sink_row_n(&s, cells, lens, kind, 1), VC_OK);
    vc_buf_append_char(&b, 0);
    char want[128];
    snprintf(want, sizeof want, "{\"s\":%s}\n", c->json);
    cr_assert_str_eq(b.data, want, "for %zu bytes", c->len);
    vc_buf_free(&b);
}

Test(table_sink, rows_in_pieces_make_one_document)
{
    /* two writers' pieces, put in order: the first piece's comma dropped */
    vc_buf head = VC_BUF_INIT, p1 = VC_BUF_INIT, p2 = VC_BUF_INIT, all = VC_BUF_INIT;
    vc_sink s;
    vc_sink_init(&s, VC_TABLE_JSON, &head);
    s.begin(&s, COLS, 4);
    const char *r[] = {"a", "1", "t", "n"};
    vc_sink_init_rows(&s, VC_TABLE_JSON, &p1, COLS);
    s.row(&s, r, KINDS, 4);
    vc_sink_init_rows(&s, VC_TABLE_JSON, &p2, COLS);
    s.row(&s, r, KINDS, 4);
    size_t skip = vc_sink_lead_skip(VC_TABLE_JSON, p1.data, p1.len);
    cr_assert_eq(skip, 1);
    cr_assert_eq(vc_sink_lead_skip(VC_TABLE_NDJSON, p1.data, p1.len), 0);
    vc_buf_append(&all, head.data, head.len);
    vc_buf_append(&all, p1.data + skip, p1.len - skip);
    vc_buf_append(&all, p2.data, p2.len);
    vc_sink_init(&s, VC_TABLE_JSON, &all);
    s.end(&s);
    vc_buf_append_char(&all, 0);
    const char *obj = "{\"name\":\"a\",\"n\":1,\"tags\":[\"t\"],\"note\":\"n\"}";
    char want[256];
    snprintf(want, sizeof want, "{\"rows\":[\n%s,\n%s\n]}\n", obj, obj);
    cr_assert_str_eq(all.data, want);
    vc_buf_free(&head);
    vc_buf_free(&p1);
    vc_buf_free(&p2);
    vc_buf_free(&all);
}

Test(table_sink, format_names)
{
    vc_table_format f;
    cr_assert_eq(vc_table_format_parse("ndjson", &f), 0);
    cr_assert_eq(f, VC_TABLE_NDJSON);
    cr_assert_eq(vc_table_format_parse("json", &f), 0);
    cr_assert_eq(f, VC_TABLE_JSON);
    cr_assert_eq(vc_table_format_parse("tsv", &f), -1);
    cr_assert_str_eq(vc_table_format_name(VC_TABLE_NDJSON), "ndjson");
    cr_assert_str_eq(vc_table_format_name(VC_TABLE_CSV), "csv");
}
