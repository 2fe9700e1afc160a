/* test_feed.c - records handed to a scan by the caller (feed.h): the same
 * records fed column by column and read from a CSV file give the same
 * theme table and accounting byte for byte, in one batch, in several and
 * through a pull function; cells with commas, quotes and line breaks keep
 * their bytes; a rejected fed row (over the record size limit here) has its
 * record number as its line. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "corpus_fixture.h"
#include "vocal/feed.h"
#include "vocal/pipeline.h"
#include "vocal/scan_result.h"
#include "vocal/sentiment.h"

#define TEN "long text "
#define LONG TEN TEN TEN TEN TEN TEN TEN TEN TEN TEN TEN TEN TEN TEN TEN TEN TEN TEN TEN TEN
static const char LEX[] = "[price]\nprice\nexpensive\n[staff]\nstaff\nrude\n";

#define NROWS 7
static const char *const COLS[] = {"id", "comment", "nps", "region"};
static const char *const CELLS[NROWS][4] = {
    {"1", "The price is too expensive", "3", "north"},
    {"2", "Staff were lovely, really \"great\"", "10", "south"},
    {"3", LONG, "9", "north"},                   /* over the record limit: rejected */
    {"4", "rude staff\nand a long wait", "0", "south"},
    {"5", "fine", "eleven", "north, east"},    /* an invalid score */
    {"6", "price ok", "", ""},                  /* unscored, blank region */
    {"7", "staff, price", "8", "south"},
};
static const char CSV[] = "id,comment,nps,region\n"
                          "1,The price is too expensive,3,north\n"
                          "2,\"Staff were lovely, really \"\"great\"\"\",10,south\n"
                          "3," LONG ",9,north\n"
                          "4,\"rude staff\nand a long wait\",0,south\n"
                          "5,fine,eleven,\"north, east\"\n"
                          "6,price ok,,\n"
                          "7,\"staff, price\",8,south\n";

/* Columnar arrays of rows [from, to): bytes back to back, offsets. */
typedef struct columns {
    char *cells[4];
    int64_t *offsets[4];
} columns;

static void columns_make(columns *c, size_t from, size_t to)
{
    for (size_t k = 0; k < 4; k++) {
        size_t total = 0;
        for (size_t r = from; r < to; r++)
            total += strlen(CELLS[r][k]);
        c->cells[k] = malloc(total + 1);
        c->offsets[k] = malloc((to - from + 1) * sizeof(int64_t));
        int64_t at = 0;
        c->offsets[k][0] = 0;
        for (size_t r = from; r < to; r++) {
            size_t n = strlen(CELLS[r][k]);
            memcpy(c->cells[k] + at, CELLS[r][k], n);
            at += (int64_t)n;
            c->offsets[k][r - from + 1] = at;
        }
    }
}

static void columns_free(columns *c)
{
    for (size_t k = 0; k < 4; k++) {
        free(c->cells[k]);
        free(c->offsets[k]);
    }
}

typedef struct out {
    char *table, *stats, *rejects;
    size_t rlen;
} out;

static void out_free(out *o)
{
    free(o->table);
    free(o->stats);
    free(o->rejects);
}

/* Scan the file at path, or the feed when not NULL, on `threads` threads. */
static void run(const char *path, vc_feed *feed, unsigned threads, out *res)
{
    vc_lexicon *lex = fixture_lexicon("t.lex", LEX);
    vc_sentiment_lexicon *sent = NULL;
    vc_error err;
    cr_assert_eq(vc_sentiment_lexicon_load_default(&sent, &err), VC_OK);
    vc_scan_options o;
    vc_scan_options_init(&o);
    const char *inputs[] = {path};
    vc_feed *feeds[] = {feed};
    const char *by[] = {"region"};
    o.inputs = inputs;
    o.ninputs = 1;
    o.feeds = feed ? feeds : NULL;
    o.header_rows = 1;
    o.text_col = "comment";
    o.score_col = "nps";
    o.id_col = "id";
    o.by = by;
    o.nby = 1;
    o.lex = lex;
    o.sentiment = sent;
    o.threads = threads;
    o.batch_bytes = 64; /* several batches */
    o.dialect.max_record = 200;
    o.no_language = 1;
    res->rejects = NULL;
    FILE *rej = open_memstream(&res->rejects, &res->rlen);
    o.rejects = rej;
    vc_scan *scan = NULL;
    vc_error_clear(&err);
    cr_assert_eq(vc_scan_run(&o, &scan, &err), VC_OK, "%s", err.msg);
    fclose(rej);
    vc_buf t = VC_BUF_INIT, s = VC_BUF_INIT;
    cr_assert_eq(vc_scan_result_table(&t, scan, &o, VC_TABLE_CSV), VC_OK);
    const vc_scan_stats *st = vc_scan_stats_get(scan);
    cr_assert_eq(st->rows_read, NROWS);
    cr_assert_eq(st->rows_rejected, 1);
    cr_assert_eq(st->invalid_scores, 1);
    vc_buf_printf(&s, "%llu %llu %llu %llu", (unsigned long long)st->rows_read,
                  (unsigned long long)st->rows_analyzed, (unsigned long long)st->unscored,
                  (unsigned long long)st->invalid_scores);
    res->table = t.data;
    res->stats = s.data;
    vc_scan_free(scan);
    vc_lexicon_free(lex);
    vc_sentiment_lexicon_free(sent);
}

static vc_feed *feed_new(void)
{
    vc_feed *f = NULL;
    vc_error err;
    cr_assert_eq(vc_feed_new(COLS, 4, &f, &err), VC_OK, "%s", err.msg);
    return f;
}

static void add(vc_feed *f, columns *c, size_t from, size_t to)
{
    columns_make(c, from, to);
    vc_error err;
    cr_assert_eq(vc_feed_add(f, to - from, (const char *const *)c->cells, (const int64_t *const *)c->offsets, &err),
                 VC_OK, "%s", err.msg);
}

static void expect_same(const out *file, const out *fed)
{
    cr_assert_str_eq(fed->table, file->table);
    cr_assert_str_eq(fed->stats, file->stats);
    cr_assert(strstr(file->table, "price") && strstr(file->table, "north, east"), "%s", file->table);
}

Test(feed, one_batch_equals_the_csv_file)
{
    char *path = fixture_write_tmp(CSV);
    out file, fed;
    run(path, NULL, 2, &file);
    vc_feed *f = feed_new();
    columns c;
    add(f, &c, 0, NROWS);
    cr_assert_eq(vc_feed_rows(f), NROWS);
    run("records", f, 2, &fed);
    expect_same(&file, &fed);
    /* the file's reject is on line 4; the fed one is record 3 */
    cr_assert(strstr(file.rejects, ",4,"), "%s", file.rejects);
    cr_assert(strstr(fed.rejects, "records,3,0,"), "%s", fed.rejects);
    columns_free(&c);
    vc_feed_free(f);
    out_free(&file);
    out_free(&fed);
    unlink(path);
    free(path);
}

Test(feed, several_batches_and_threads_equal_the_csv_file)
{
    char *path = fixture_write_tmp(CSV);
    out file, fed;
    run(path, NULL, 1, &file);
    vc_feed *f = feed_new();
    columns a, b, c;
    add(f, &a, 0, 2);
    add(f, &b, 2, 3);
    add(f, &c, 3, NROWS);
    run("records", f, 3, &fed);
    expect_same(&file, &fed);
    columns_free(&a);
    columns_free(&b);
    columns_free(&c);
    vc_feed_free(f);
    out_free(&file);
    out_free(&fed);
    unlink(path);
    free(path);
}

typedef struct puller {
    size_t next, calls;
    columns c;
    int have;
} puller;

/* two rows a call; the previous call's columns are freed, as allowed */
static vc_status pull_two(void *ctx, vc_feed *f)
{
    puller *p = ctx;
    p->calls++;
    if (p->have)
        columns_free(&p->c);
    p->have = 0;
    if (p->next == NROWS)
        return VC_OK;
    size_t to = p->next + 2 < NROWS ? p->next + 2 : NROWS;
    columns_make(&p->c, p->next, to);
    p->have = 1;
    vc_error err;
    vc_status st = vc_feed_add(f, to - p->next, (const char *const *)p->c.cells,
                               (const int64_t *const *)p->c.offsets, &err);
    p->next = to;
    return st;
}

Test(feed, a_pull_function_equals_the_csv_file)
{
    char *path = fixture_write_tmp(CSV);
    out file, fed;
    run(path, NULL, 2, &file);
    vc_feed *f = feed_new();
    puller p = {0};
    vc_feed_set_pull(f, pull_two, &p);
    run("records", f, 2, &fed);
    expect_same(&file, &fed);
    cr_assert_eq(p.calls, 5); /* 2+2+2+1 rows, then the end */
    vc_feed_free(f);
    out_free(&file);
    out_free(&fed);
    unlink(path);
    free(path);
}

static vc_status pull_fails(void *ctx, vc_feed *f)
{
    (void)ctx;
    (void)f;
    return VC_ERR_DATA;
}

Test(feed, a_failing_pull_fails_the_scan)
{
    vc_lexicon *lex = fixture_lexicon("t.lex", LEX);
    vc_feed *f = feed_new();
    vc_feed_set_pull(f, pull_fails, NULL);
    vc_scan_options o;
    vc_scan_options_init(&o);
    const char *inputs[] = {"records"};
    vc_feed *feeds[] = {f};
    o.inputs = inputs;
    o.ninputs = 1;
    o.feeds = feeds;
    o.header_rows = 1;
    o.text_col = "comment";
    o.lex = lex;
    o.threads = 1;
    vc_scan *scan = NULL;
    vc_error err;
    vc_error_clear(&err);
    cr_assert_eq(vc_scan_run(&o, &scan, &err), VC_ERR_DATA);
    vc_scan_free(scan);
    vc_feed_free(f);
    vc_lexicon_free(lex);
}

Test(feed, column_names_are_checked)
{
    vc_feed *f = NULL;
    vc_error err;
    const char *twice[] = {"a", "a"};
    cr_assert_eq(vc_feed_new(twice, 2, &f, &err), VC_ERR_USAGE);
    cr_assert(strstr(err.msg, "'a' twice"), "%s", err.msg);
    const char *empty[] = {"a", ""};
    cr_assert_eq(vc_feed_new(empty, 2, &f, &err), VC_ERR_USAGE);
    cr_assert_null(f);
}

Test(feed, reads_as_csv_with_quotes_where_needed)
{
    vc_feed *f = feed_new();
    columns c;
    add(f, &c, 0, NROWS);
    char buf[7]; /* small reads: records cut across calls */
    vc_buf all = VC_BUF_INIT;
    ssize_t n;
    while ((n = vc_feed_read(f, buf, sizeof buf)) > 0)
        vc_buf_append(&all, buf, (size_t)n);
    cr_assert_eq(n, 0);
    vc_buf_append(&all, "", 1);
    cr_assert_str_eq(all.data, CSV);
    vc_buf_free(&all);
    columns_free(&c);
    vc_feed_free(f);
}
