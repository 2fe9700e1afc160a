/* test_splitter.c - record boundaries, line numbers, offsets, recovery,
 * and the property that chunking never changes the result. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "vocal/buf.h"
#include "vocal/record.h"

typedef struct collect {
    vc_buf out; /* one line per span: kind line lines offset full_len |data| */
    int n;
} collect;

static int on_span(void *ctx, const vc_span *s)
{
    collect *c = ctx;
    vc_buf_printf(&c->out, "%u %llu %u %llu %llu |", s->kind, (unsigned long long)s->line, s->lines,
                  (unsigned long long)s->offset, (unsigned long long)s->full_len);
    vc_buf_append(&c->out, s->data, s->len);
    vc_buf_append_str(&c->out, "|\n");
    c->n++;
    return 0;
}

static char *split(const char *in, size_t len, size_t chunk, vc_format fmt, size_t max)
{
    vc_dialect d = {fmt, fmt == VC_FORMAT_TSV ? '\t' : ',', '"', max};
    vc_splitter *sp = vc_splitter_new(&d);
    collect c = {VC_BUF_INIT, 0};
    for (size_t i = 0; i < len; i += chunk)
        cr_assert_eq(vc_splitter_feed(sp, in + i, len - i < chunk ? len - i : chunk, on_span, &c), 0);
    cr_assert_eq(vc_splitter_finish(sp, on_span, &c), 0);
    vc_splitter_free(sp);
    vc_buf_append_str(&c.out, "");
    return c.out.data;
}

static void expect(const char *in, const char *want)
{
    char *got = split(in, strlen(in), strlen(in) + 1, VC_FORMAT_CSV, 0);
    cr_assert_str_eq(got, want, "input:\n%s\ngot:\n%s", in, got);
    /* every chunk size gives the same spans */
    for (size_t chunk = 1; chunk <= 7; chunk++) {
        char *again = split(in, strlen(in), chunk, VC_FORMAT_CSV, 0);
        cr_assert_str_eq(again, want, "chunk %zu:\n%s", chunk, again);
        free(again);
    }
    free(got);
}

Test(splitter, lf_crlf_cr_and_no_final_newline)
{
    expect("a,b\nc,d\r\ne,f\rg,h", "0 1 1 0 3 |a,b|\n0 2 1 4 3 |c,d|\n0 3 1 9 3 |e,f|\n0 4 1 13 3 |g,h|\n");
}

Test(splitter, quoted_line_breaks_and_doubled_quotes)
{
    expect("h\n\"multi\nline\",\"say \"\"hi\"\"\"\nnext\n",
           "0 1 1 0 1 |h|\n0 2 2 2 25 |\"multi\nline\",\"say \"\"hi\"\"\"|\n0 4 1 28 4 |next|\n");
}

Test(splitter, crlf_inside_quotes_counts_one_line)
{
    expect("\"a\r\nb\"\r\nz\r\n", "0 1 2 0 6 |\"a\r\nb\"|\n0 3 1 8 1 |z|\n");
}

Test(splitter, bom_and_blank_lines)
{
    expect("\xef\xbb\xbfh\n\n\nx\n", "0 1 1 3 1 |h|\n0 4 1 7 1 |x|\n");
}

Test(splitter, quote_only_opens_at_field_start)
{
    expect("5\" screen,ok\nnext\n", "0 1 1 0 12 |5\" screen,ok|\n0 2 1 13 4 |next|\n");
}

Test(splitter, unterminated_quote_rejects_one_line_and_recovers)
{
    expect("h\n1,\"open\n2,x\n3,y\n",
           "0 1 1 0 1 |h|\n2 2 1 2 7 |1,\"open|\n0 3 1 10 3 |2,x|\n0 4 1 14 3 |3,y|\n");
}

Test(splitter, oversize_record_is_bounded)
{
    /* a 200 KB quoted field with a 64-byte limit: one OVERSIZE span, then the next record */
    size_t n = 200000;
    char *in = malloc(n + 32);
    strcpy(in, "\"");
    memset(in + 1, 'x', n);
    strcpy(in + 1 + n, "\"\nnext\n");
    char *got = split(in, strlen(in), 4096, VC_FORMAT_CSV, 64);
    char want[256];
    snprintf(want, sizeof want, "1 1 1 0 %zu |", n + 2);
    cr_assert_eq(strncmp(got, want, strlen(want)), 0, "got %.60s", got);
    cr_assert_not_null(strstr(got, "|\n0 2 1 "));
    cr_assert_not_null(strstr(got, "|next|\n"));
    /* the kept prefix is at most 1 KiB */
    const char *bar = strchr(got, '|');
    const char *end = strchr(bar + 1, '|');
    cr_assert_leq((size_t)(end - bar - 1), 1024);
    free(got);
    free(in);
}

Test(splitter, jsonl_ignores_quotes)
{
    const char *in = "{\"a\": \"x\\\"y\"}\n{\"b\": 1}";
    char *got = split(in, strlen(in), 3, VC_FORMAT_JSONL, 0);
    cr_assert_str_eq(got, "0 1 1 0 13 |{\"a\": \"x\\\"y\"}|\n0 2 1 14 8 |{\"b\": 1}|\n");
    free(got);
}

Test(splitter, random_inputs_any_chunking)
{
    const char alphabet[] = "ab,\"\r\n";
    unsigned long long r = 7;
    for (int round = 0; round < 300; round++) {
        char in[80];
        size_t n = 1 + (size_t)(round % 79);
        for (size_t i = 0; i < n; i++) {
            r = r * 6364136223846793005ULL + 1442695040888963407ULL;
            in[i] = alphabet[(r >> 33) % 6];
        }
        char *whole = split(in, n, n, VC_FORMAT_CSV, 0);
        for (size_t chunk = 1; chunk < 5; chunk++) {
            char *parts = split(in, n, chunk, VC_FORMAT_CSV, 0);
            cr_assert_str_eq(parts, whole, "round %d chunk %zu", round, chunk);
            free(parts);
        }
        free(whole);
    }
}
