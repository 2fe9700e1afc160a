/*
 * bench_pathological.c - the cost per byte of hostile comments, at growing
 * sizes; it must stay flat (linear time on any input).
 *
 *   bench_pathological [--runs N] [--max BYTES]
 *
 * Shapes, each at 25 KB, 50 KB, ... up to --max (default 800 KB):
 *   marks   'a' and pairs U+0301 U+0316 (normalization: canonical ordering)
 *   near    one sentence of "refund late the a b ..." (NEAR/BEFORE pairing)
 *   but     one sentence of valued words with "but" (VADER's "but" rule)
 * Each figure is the whole analysis of the comment (vc_analyze: sentences,
 * normalization, matching with hits, VADER) in ns per byte, the median of
 * --runs runs (default 3). Timing lives here, never in tests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vocal/analyze.h"
#include "vocal/buf.h"
#include "vocal/lexicon.h"
#include "vocal/sentiment.h"

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

/* Repeat unit until the text holds at least n bytes (after the prefix). */
static void build(vc_buf *b, const char *prefix, const char *unit, size_t n)
{
    vc_buf_reset(b);
    vc_buf_append_str(b, prefix);
    while (b->len < n)
        vc_buf_append_str(b, unit);
}

int main(int argc, char **argv)
{
    int runs = 3;
    size_t max = 800 * 1000;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--max") && i + 1 < argc)
            max = (size_t)atol(argv[++i]);
        else {
            fprintf(stderr, "usage: bench_pathological [--runs N] [--max BYTES]\n");
            return 2;
        }
    }
    if (runs < 1 || runs > 99)
        runs = 3;
    static const char lex_text[] = "[delivery]\nrefund NEAR/3 late\nlate BEFORE/2 refund\nthe NEAR/5 b\n"
                                   "[value]\ngood NEAR/2 bad\n/(*NO_JIT)refunds?/\n";
    vc_lexicon *lex = NULL;
    vc_sentiment_lexicon *vader = NULL;
    vc_error e;
    if (vc_lexicon_load_string("bench.lex", lex_text, sizeof lex_text - 1, NULL, &lex, &e) ||
        vc_sentiment_lexicon_load_default(&vader, &e)) {
        fprintf(stderr, "bench_pathological: %s\n", e.msg);
        return 1;
    }
    vc_analyzer *an = vc_analyzer_new(lex, vader);
    static const struct {
        const char *name, *prefix, *unit;
    } shapes[] = {
        {"marks", "a", "\xcc\x81\xcc\x96"},
        {"near", "", "refund late the a b "},
        {"but", "but ", "good bad great awful nice ok "},
    };
    vc_buf text = VC_BUF_INIT;
    printf("%-6s %10s %12s %10s\n", "shape", "bytes", "ms", "ns/byte");
    for (size_t s = 0; s < sizeof shapes / sizeof *shapes; s++) {
        for (size_t n = 25000; n <= max; n *= 2) {
            build(&text, shapes[s].prefix, shapes[s].unit, n);
            double t[99];
            for (int r = 0; r < runs; r++) {
                vc_analysis a;
                double t0 = now();
                if (vc_analyze(an, text.data, text.len, VC_ANALYZE_DETAIL, &a)) {
                    fprintf(stderr, "bench_pathological: analysis failed\n");
                    return 1;
                }
                t[r] = now() - t0;
            }
            qsort(t, (size_t)runs, sizeof *t, cmp_d);
            double med = t[runs / 2];
            printf("%-6s %10zu %12.2f %10.1f\n", shapes[s].name, text.len, med * 1e3, med * 1e9 / (double)text.len);
        }
    }
    vc_buf_free(&text);
    vc_analyzer_free(an);
    vc_sentiment_lexicon_free(vader);
    vc_lexicon_free(lex);
    return 0;
}
