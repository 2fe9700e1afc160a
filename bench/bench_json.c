/*
 * bench_json.c - reading JSON exports against JSON Lines of the same
 * records, on one core: split + parse, records in memory (no inflate).
 *
 *   bench_json [--rows N] [--runs N] [--only K]
 *
 * The records are app-store-like reviews ({"id", "store", "version",
 * "review": {"title", "text", "rating"}, ...}) made up here, written as
 * JSON Lines, as a one-line JSON array, as a pretty-printed array (2-space
 * indent, as jq writes it) and wrapped in {"reviews": [...], "count": N}.
 * Each is split and parsed with three selected columns: flat ones (id,
 * store, version) on JSON Lines (what paths must not slow down), then the
 * nested review.text and review.rating with store on every shape. Each
 * figure is the median of --runs runs (default 5); --only K runs the K-th
 * row alone (for an instruction count under callgrind). Built with
 * -DBENCH_JSONL_ONLY it uses only what the JSON Lines reader had before
 * JSON exports and paths, so the same program measures an older library.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vocal/buf.h"
#include "vocal/record.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

typedef struct run {
    vc_parser *parser;
    vc_fields f;
    int header_done;
    vc_format fmt;
    const char *const *sel;
    size_t nsel;
    size_t ok, bad;
} run;

static int on_span(void *ctx, const vc_span *s)
{
    run *r = ctx;
    vc_error e;
    if (!r->header_done) {
        r->header_done = 1;
        vc_dialect d = {r->fmt, ',', '"', 0};
        if (vc_parser_new(&d, s->data, s->len, &r->parser, &e) || vc_parser_select(r->parser, r->sel, r->nsel, &e)) {
            fprintf(stderr, "bench_json: %s\n", e.msg);
            exit(1);
        }
    }
    if (vc_parser_parse(r->parser, s->data, s->len, &r->f, &e) == VC_OK)
        r->ok++;
    else
        r->bad++;
    return 0;
}

static double measure(const vc_buf *in, vc_format fmt, const char *const *sel, size_t nsel, size_t rows, int runs)
{
    double t[32];
    for (int k = 0; k < runs; k++) {
        run r = {NULL, {0}, 0, fmt, sel, nsel, 0, 0};
        vc_fields_init(&r.f);
        vc_dialect d = {fmt, ',', '"', 0};
        vc_splitter *sp = vc_splitter_new(&d);
        double t0 = now();
        for (size_t i = 0; i < in->len; i += 1 << 20) /* 1 MiB chunks, as the reader feeds */
            vc_splitter_feed(sp, in->data + i, in->len - i < (1u << 20) ? in->len - i : 1u << 20, on_span, &r);
        vc_splitter_finish(sp, on_span, &r);
        t[k] = now() - t0;
        vc_splitter_free(sp);
        if (r.ok != rows || r.bad) {
            fprintf(stderr, "bench_json: %zu records parsed, %zu rejected, %zu expected\n", r.ok, r.bad, rows);
            exit(1);
        }
        vc_fields_free(&r.f);
        vc_parser_free(r.parser);
    }
    qsort(t, (size_t)runs, sizeof *t, cmp_d);
    return t[runs / 2];
}

static int only, row;

static int wanted(void)
{
    row++;
    return !only || only == row;
}

static void report(const char *what, const vc_buf *in, double s, size_t rows)
{
    printf("| %s | %.1f | %.0f |\n", what, (double)in->len / s / 1e6, (double)rows / s);
}

static const char *const WORDS[] = {"the", "app", "crashes", "when", "I", "open", "checkout", "login", "is",
                                    "slow", "great", "price", "went", "up", "again", "love", "new", "widgets"};

static void record(vc_buf *b, size_t i, int pretty)
{
    const char *nl = pretty ? "\n    " : "", *sp = pretty ? " " : "";
    char text[400];
    size_t n = 0, words = 8 + i % 30;
    for (size_t w = 0; w < words; w++)
        n += (size_t)snprintf(text + n, sizeof text - n, "%s%s", w ? " " : "", WORDS[(i * 7 + w * 13) % 18]);
    vc_buf_printf(b, "{%s\"id\":%s\"r%zu\",%s\"date\":%s\"2026-11-%02zuT08:13:00Z\",%s\"store\":%s\"%s\",%s", nl, sp, i,
                  nl, sp, 1 + i % 28, nl, sp, i % 2 ? "ios" : "android", nl);
    vc_buf_printf(b, "\"version\":%s\"5.2.%zu\",%s\"review\":%s{\"title\":%s\"t%zu\",%s\"text\":%s\"%s\",%s\"rating\":%s%zu},%s",
                  sp, i % 3, nl, sp, sp, i, sp, sp, text, sp, sp, 1 + i % 5, nl);
    vc_buf_printf(b, "\"author\":%s{\"name\":%s\"user%zu\"},%s\"developer_response\":%snull%s}", sp, sp, i, nl, sp,
                  pretty ? "\n  " : "");
}

int main(int argc, char **argv)
{
    size_t rows = 200000;
    int runs = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--rows") == 0)
            rows = (size_t)strtoull(argv[i + 1], NULL, 10);
        else if (strcmp(argv[i], "--runs") == 0)
            runs = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--only") == 0)
            only = atoi(argv[i + 1]);
    }
    if (runs < 1 || runs > 31)
        runs = 5;
    vc_buf jsonl = VC_BUF_INIT;
    for (size_t i = 0; i < rows; i++) {
        record(&jsonl, i, 0);
        vc_buf_append_char(&jsonl, '\n');
    }
    static const char *const flat[] = {"id", "store", "version"};
    printf("| reading (%zu records) | MB/s | records/s |\n|---|---:|---:|\n", rows);
    if (wanted())
        report("JSON Lines, flat keys (id, store, version)", &jsonl,
               measure(&jsonl, VC_FORMAT_JSONL, flat, 3, rows, runs), rows);
#ifndef BENCH_JSONL_ONLY
    static const char *const nested[] = {"review.text", "review.rating", "store"};
    vc_buf line = VC_BUF_INIT, pretty = VC_BUF_INIT, wrapped = VC_BUF_INIT;
    vc_buf_append_char(&line, '[');
    vc_buf_append_str(&pretty, "[\n  ");
    vc_buf_append_str(&wrapped, "{\"reviews\":[");
    for (size_t i = 0; i < rows; i++) {
        if (i) {
            vc_buf_append_char(&line, ',');
            vc_buf_append_str(&pretty, ",\n  ");
            vc_buf_append_char(&wrapped, ',');
        }
        record(&line, i, 0);
        record(&pretty, i, 1);
        record(&wrapped, i, 0);
    }
    vc_buf_append_str(&line, "]\n");
    vc_buf_append_str(&pretty, "\n]\n");
    vc_buf_printf(&wrapped, "],\"count\":%zu,\"next_page\":null}", rows);
    if (wanted())
        report("JSON Lines, nested paths (review.text, review.rating, store)", &jsonl,
               measure(&jsonl, VC_FORMAT_JSONL, nested, 3, rows, runs), rows);
    if (wanted())
        report("JSON array on one line, nested paths", &line, measure(&line, VC_FORMAT_JSON, nested, 3, rows, runs),
               rows);
    if (wanted())
        report("JSON array pretty-printed, nested paths", &pretty,
               measure(&pretty, VC_FORMAT_JSON, nested, 3, rows, runs), rows);
    if (wanted())
        report("{\"reviews\": [...], \"count\": N}, nested paths", &wrapped,
               measure(&wrapped, VC_FORMAT_JSON, nested, 3, rows, runs), rows);
    vc_buf_free(&line);
    vc_buf_free(&pretty);
    vc_buf_free(&wrapped);
#endif
    vc_buf_free(&jsonl);
    return 0;
}
