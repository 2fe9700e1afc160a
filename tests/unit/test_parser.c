/* test_parser.c - CSV/TSV and JSONL field extraction, errors, sniffing. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <string.h>

#include "vocal/header.h"
#include "vocal/record.h"

static vc_parser *make(vc_format fmt, const char *header, const char *const *sel, size_t nsel)
{
    vc_dialect d = {fmt, fmt == VC_FORMAT_TSV ? '\t' : fmt == VC_FORMAT_CSV ? ',' : 0, '"', 0};
    vc_parser *p = NULL;
    vc_error e;
    cr_assert_eq(vc_parser_new(&d, header, strlen(header), &p, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_parser_select(p, sel, nsel, &e), VC_OK, "%s", e.msg);
    return p;
}

typedef struct csv_case {
    char rec[64];
    int ok;
    char text[32];
    char score[8];
    char err[64]; /* expected message prefix */
} csv_case;

ParameterizedTestParameters(csv, records)
{
    static csv_case cases[] = {
        {"1,9,hello", 1, "hello", "9", ""},
        {"1,9,\"a, b\"", 1, "a, b", "9", ""},
        {"1,9,\"say \"\"hi\"\"\"", 1, "say \"hi\"", "9", ""},
        {"1,9,\"two\r\nlines\"", 1, "two\r\nlines", "9", ""},
        {"1,,", 1, "", "", ""},
        {"1,9,5\" screen", 1, "5\" screen", "9", ""},
        {"1,9,a\0b", 1, "a", "9", ""},
        {"1,9", 0, "", "", "expected 3 fields, found 2"},
        {"1,9,x,y", 0, "", "", "expected 3 fields, found 4"},
        {"1,9,\"ab\"c", 0, "", "", "unexpected character after closing quote in field 3"},
        {"1,9,\"open", 0, "", "", "unterminated quoted field 3"},
    };
    return cr_make_param_array(csv_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(csv_case *c, csv, records)
{
    const char *sel[] = {"comment", "nps"};
    vc_parser *p = make(VC_FORMAT_CSV, "id, nps ,comment", sel, 2);
    vc_fields f;
    vc_fields_init(&f);
    vc_error e;
    vc_error_clear(&e);
    size_t len = strlen(c->rec);
    if (strcmp(c->rec, "1,9,a") == 0)
        len = 7; /* "1,9,a\0b": a NUL byte inside a field is kept */
    vc_status st = vc_parser_parse(p, c->rec, len, &f, &e);
    if (c->ok) {
        cr_assert_eq(st, VC_OK, "%s: %s", c->rec, e.msg);
        if (len == 7) {
            cr_assert_eq(f.v[0].n, 3);
            cr_assert_eq(memcmp(f.v[0].p, "a\0b", 3), 0);
        } else {
            cr_assert_eq(f.v[0].n, strlen(c->text));
            cr_assert_eq(memcmp(f.v[0].p, c->text, f.v[0].n), 0, "%s", c->rec);
        }
        cr_assert_eq(f.v[1].n, strlen(c->score));
    } else {
        cr_assert_eq(st, VC_ERR_DATA, "%s", c->rec);
        cr_assert_eq(strncmp(e.msg, c->err, strlen(c->err)), 0, "got '%s'", e.msg);
    }
    vc_fields_free(&f);
    vc_parser_free(p);
}

Test(csv, unknown_and_duplicate_columns)
{
    vc_dialect d = {VC_FORMAT_CSV, ',', '"', 0};
    vc_parser *p = NULL;
    vc_error e;
    /* a repeated name is renamed, not refused; naming it is ambiguous */
    cr_assert_eq(vc_parser_new(&d, "a,b,a", 5, &p, &e), VC_OK);
    cr_assert_str_eq(vc_parser_column_name(p, 2), "a_2");
    cr_assert_str_eq(vc_parser_notes(p), "the header repeats 'a' (columns 1 and 3): named 'a' (or 'a_1') and 'a_2'\n");
    const char *amb[] = {"a"};
    cr_assert_eq(vc_parser_select(p, amb, 1, &e), VC_ERR_USAGE);
    cr_assert_str_eq(e.msg, "column 'a' is ambiguous: the header names 2 columns so; name one of 'a_1' (column 1), "
                            "'a_2' (column 3)");
    const char *one[] = {"a_1", "a_2"};
    cr_assert_eq(vc_parser_select(p, one, 2, &e), VC_OK);
    vc_fields f;
    vc_fields_init(&f);
    cr_assert_eq(vc_parser_parse(p, "x,y,z", 5, &f, &e), VC_OK);
    cr_assert_eq(f.v[0].n, 1);
    cr_assert_eq(f.v[0].p[0], 'x');
    cr_assert_eq(f.v[1].p[0], 'z');
    vc_fields_free(&f);
    vc_parser_free(p);
    cr_assert_eq(vc_parser_new(&d, "a,b", 3, &p, &e), VC_OK);
    cr_assert_str_eq(vc_parser_notes(p), "");
    const char *sel[] = {"c"};
    cr_assert_eq(vc_parser_select(p, sel, 1, &e), VC_ERR_USAGE);
    cr_assert_str_eq(e.msg, "no column 'c'; available columns: a, b");
    vc_parser_free(p);
}

/* Repeats are renamed NAME_2, NAME_3, ... in column order whatever the
 * order the names sort in, skipping names the header already has; a very
 * wide header of distinct names is accepted and a repeat in it found. */
Test(csv, duplicates_renamed_in_any_order)
{
    vc_dialect d = {VC_FORMAT_CSV, ',', '"', 0};
    vc_parser *p = NULL;
    vc_error e;
    static const struct {
        const char *header, *names;
    } cases[] = {
        {"a,b,c,b,a", "a b c b_2 a_2"},
        {"a,a,a", "a a_2 a_3"},
        {"q,m,m,q,m", "q m m_2 q_2 m_3"},
        {"a,a,a_2", "a a_3 a_2"},
        {"x,,y,", "x column2 y column4"},
        {"column2,", "column2 column2_2"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        cr_assert_eq(vc_parser_new(&d, cases[i].header, strlen(cases[i].header), &p, &e), VC_OK, "%s",
                     cases[i].header);
        vc_buf got = VC_BUF_INIT;
        for (size_t c = 0; c < vc_parser_column_count(p); c++)
            vc_buf_printf(&got, "%s%s", c ? " " : "", vc_parser_column_name(p, c));
        cr_assert_str_eq(got.data, cases[i].names, "%s", cases[i].header);
        vc_buf_free(&got);
        vc_parser_free(p);
    }
    enum { WIDE = 200000 };
    vc_buf h = VC_BUF_INIT;
    for (size_t i = 0; i < WIDE; i++)
        vc_buf_printf(&h, "%sc%zu", i ? "," : "", (WIDE - i) * 7919 % 1000003);
    cr_assert_eq(vc_parser_new(&d, h.data, h.len, &p, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_parser_column_count(p), WIDE);
    cr_assert_str_eq(vc_parser_notes(p), "");
    vc_parser_free(p);
    vc_buf_append_str(&h, ",c7919");
    cr_assert_eq(vc_parser_new(&d, h.data, h.len, &p, &e), VC_OK);
    cr_assert_str_eq(vc_parser_column_name(p, WIDE), "c7919_2");
    cr_assert_str_eq(vc_parser_notes(p),
                     "the header repeats 'c7919' (columns 200000 and 200001): named 'c7919' (or 'c7919_1') and "
                     "'c7919_2'\n");
    vc_parser_free(p);
    vc_buf_free(&h);
}

Test(csv, tsv_and_same_column_twice)
{
    const char *sel[] = {"text", "text", "seg"};
    vc_parser *p = make(VC_FORMAT_TSV, "seg\ttext", sel, 3);
    vc_fields f;
    vc_fields_init(&f);
    vc_error e;
    cr_assert_eq(vc_parser_parse(p, "EMEA\tgood, fast", 15, &f, &e), VC_OK);
    cr_assert_eq(f.v[0].n, 10);
    cr_assert_eq(f.v[1].n, 10);
    cr_assert_eq(memcmp(f.v[2].p, "EMEA", 4), 0);
    vc_fields_free(&f);
    vc_parser_free(p);
}

typedef struct json_case {
    char rec[96];
    int ok;
    int text_absent, text_null;
    char text[32];
    char err[80];
    size_t repaired; /* escapes replaced by U+FFFD in selected values */
} json_case;

ParameterizedTestParameters(jsonl, records)
{
    static json_case cases[] = {
        {"{\"comment\": \"hi\", \"nps\": 9}", 1, 0, 0, "hi", "", 0},
        {"{\"nps\": 9, \"comment\": \"a\\\"b\\n\\u00e9\\ud83d\\ude00\"}", 1, 0, 0, "a\"b\n\xc3\xa9\xf0\x9f\x98\x80", "", 0},
        {"{\"comment\": \"\\ud800x\"}", 1, 0, 0, "\xef\xbf\xbdx", "", 1},
        {"{\"comment\": \"\\udc00\\ud800\\ud800\\udc00\"}", 1, 0, 0, "\xef\xbf\xbd\xef\xbf\xbd\xf0\x90\x80\x80", "", 2},
        {"{\"comment\": \"a\\u0000b\"}", 1, 0, 0, "a\xef\xbf\xbd" "b", "", 1},
        {"{\"x\": \"\\ud800\\u0000\", \"\\ud800\": 1, \"comment\": \"ok\"}", 1, 0, 0, "ok", "", 0},
        {"{\"x\": 1, \"x\": 2, \"comment\": \"ok\"}", 1, 0, 0, "ok", "", 0},
        {"{\"comment\": null}", 1, 0, 1, "", "", 0},
        {"{\"comment\": 42.5e1}", 1, 0, 0, "42.5e1", "", 0},
        {"{\"comment\": true, \"x\": [1, {\"y\": []}]}", 1, 0, 0, "true", "", 0},
        {"{\"nps\": 9}", 1, 1, 0, "", "", 0},
        {"{\"comment\": \"a\", \"comment\": \"b\"}", 0, 0, 0, "", "duplicate key 'comment' (its second value at column 29)", 0},
        {"{\"nps\": null, \"comment\": \"a\", \"nps\": 1}", 0, 0, 0, "", "duplicate key 'nps'", 0},
        {"{\"comment\": {\"a\": 1}}", 0, 0, 0, "", "key 'comment' holds an object", 0},
        {"[1, 2]", 0, 0, 0, "", "invalid JSON at column 1: a line must hold one JSON object", 0},
        {"{\"comment\": \"x\"", 0, 0, 0, "", "invalid JSON at column 16: expected ',' or '}'", 0},
        {"{\"comment\": \"x\"} trailing", 0, 0, 0, "", "invalid JSON at column 18: text after the object", 0},
        {"{\"comment\": tru}", 0, 0, 0, "", "invalid JSON at column 13: unexpected character", 0},
        {"{\"comment\": \"bad \\q\"}", 0, 0, 0, "", "invalid JSON at column 18: bad escape", 0},
    };
    return cr_make_param_array(json_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(json_case *c, jsonl, records)
{
    const char *sel[] = {"comment", "nps"};
    vc_parser *p = make(VC_FORMAT_JSONL, "{\"comment\": \"\", \"nps\": 1}", sel, 2);
    vc_fields f;
    vc_fields_init(&f);
    vc_error e;
    vc_error_clear(&e);
    vc_status st = vc_parser_parse(p, c->rec, strlen(c->rec), &f, &e);
    if (c->ok) {
        cr_assert_eq(st, VC_OK, "%s: %s", c->rec, e.msg);
        cr_assert_eq(f.v[0].p == NULL && !f.v[0].is_null, c->text_absent, "%s", c->rec);
        cr_assert_eq(f.v[0].is_null, c->text_null);
        if (!c->text_absent && !c->text_null) {
            cr_assert_eq(f.v[0].n, strlen(c->text), "%s", c->rec);
            cr_assert_eq(memcmp(f.v[0].p, c->text, f.v[0].n), 0, "%s", c->rec);
        }
        cr_assert_eq(f.repaired, c->repaired, "%s: %zu repaired", c->rec, f.repaired);
    } else {
        cr_assert_eq(st, VC_ERR_DATA, "%s", c->rec);
        cr_assert_eq(strncmp(e.msg, c->err, strlen(c->err)), 0, "got '%s'", e.msg);
    }
    vc_fields_free(&f);
    vc_parser_free(p);
}

Test(jsonl, nesting_limit)
{
    char rec[400];
    size_t n = 0;
    n += (size_t)sprintf(rec, "{\"x\": ");
    for (int i = 0; i < 100; i++)
        rec[n++] = '[';
    for (int i = 0; i < 100; i++)
        rec[n++] = ']';
    rec[n++] = '}';
    rec[n] = 0;
    const char *sel[] = {"comment"};
    vc_parser *p = make(VC_FORMAT_JSONL, "{\"comment\": 1}", sel, 1);
    vc_fields f;
    vc_fields_init(&f);
    vc_error e;
    cr_assert_eq(vc_parser_parse(p, rec, n, &f, &e), VC_ERR_DATA);
    cr_assert_not_null(strstr(e.msg, "nesting deeper than 64"), "%s", e.msg);
    vc_fields_free(&f);
    vc_parser_free(p);
}

Test(sniff, formats_and_delimiters)
{
    vc_dialect d;
    char why[128];
    cr_assert_eq(vc_dialect_sniff("id;nps;comment\n1;9;\"a;b\"\n", 25, &d, why, sizeof why), VC_OK);
    cr_assert_eq(d.format, VC_FORMAT_CSV);
    cr_assert_eq(d.delimiter, ';');
    cr_assert_str_eq(why, "csv, delimiter ';'");
    cr_assert_eq(vc_dialect_sniff("a\tb\n1\t2\n", 8, &d, why, sizeof why), VC_OK);
    cr_assert_eq(d.format, VC_FORMAT_TSV);
    cr_assert_eq(vc_dialect_sniff("\xef\xbb\xbf  {\"a\":1}\n", 14, &d, why, sizeof why), VC_OK);
    cr_assert_eq(d.format, VC_FORMAT_JSONL);
    cr_assert_eq(vc_dialect_sniff("id,\"x;y\",z\n", 11, &d, why, sizeof why), VC_OK);
    cr_assert_eq(d.delimiter, ',');
}

Test(formats, names_parse_and_print)
{
    vc_dialect d = {VC_FORMAT_AUTO, ';', '"', 0};
    cr_assert_eq(vc_format_parse("csv", &d), VC_OK);
    cr_assert_eq(d.format, VC_FORMAT_CSV);
    cr_assert_eq(d.delimiter, ';', "naming csv keeps a delimiter given before");
    cr_assert_eq(vc_format_parse("tsv", &d), VC_OK);
    cr_assert_eq(d.format, VC_FORMAT_TSV);
    cr_assert_eq(d.delimiter, '\t');
    cr_assert_eq(vc_format_parse("ndjson", &d), VC_OK);
    cr_assert_eq(d.format, VC_FORMAT_JSONL);
    cr_assert_eq(vc_format_parse("jsonl", &d), VC_OK);
    cr_assert_eq(d.format, VC_FORMAT_JSONL);
    cr_assert_eq(vc_format_parse("CSV", &d), VC_ERR_USAGE);
    cr_assert_eq(vc_format_parse("", &d), VC_ERR_USAGE);
    cr_assert_eq(d.format, VC_FORMAT_JSONL, "an unknown name changes nothing");
    cr_assert_str_eq(vc_format_name(VC_FORMAT_CSV), "csv");
    cr_assert_str_eq(vc_format_name(VC_FORMAT_TSV), "tsv");
    cr_assert_str_eq(vc_format_name(VC_FORMAT_JSONL), "jsonl");
    cr_assert_str_eq(vc_format_name(VC_FORMAT_AUTO), "auto");
}
