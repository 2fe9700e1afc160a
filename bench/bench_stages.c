/*
 * bench_stages.c - each stage of a scan alone, on one core.
 *
 *   bench_stages FILE [--runs N] [--rows N] [--analysis-only] [--lexicon LEX]...
 *
 * FILE is a survey export (gzip or plain CSV, like tools/gencorpus writes).
 * Stages: inflate (zlib and ISA-L), split+parse, normalize, match (default
 * lexicon), sentiment (VADER, and the CX mode), full analysis of a comment
 * (in each sentiment mode), aggregate; then
 * matching cost against lexicon size (100, 1,000, 10,000 entries) and the
 * one-PCRE2-pattern-per-entry reference for comparison (--analysis-only
 * skips inflate and the lexicon-size runs). Each --lexicon adds a match row
 * and a whole-analysis row with that lexicon file, to compare lexicons on
 * the same comments in the same process. Each figure is the
 * median of --runs runs (default 5). Timing lives here, never in tests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vocal/agg.h"
#include "vocal/analyze.h"
#include "vocal/buf.h"
#include "vocal/lexicon.h"
#include "vocal/matcher.h"
#include "vocal/record.h"
#include "vocal/sentiment.h"
#include "vocal/stream.h"
#include "vocal/text.h"

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

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_d);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static int runs = 5;

/* ---- corpus in memory ---- */
static vc_buf raw;          /* decompressed file */
static char **texts;        /* comments */
static size_t *lens;
static size_t ntexts, text_bytes;
static vc_buf norm_all;     /* normalized comments, concatenated */
static size_t *norm_off, *norm_len;
static size_t split_rows;

static double inflate_once(const char *path, const char *backend)
{
    if (backend)
        setenv("VOCAL_INFLATE", backend, 1);
    else
        unsetenv("VOCAL_INFLATE");
    vc_stream *s;
    vc_error e;
    if (vc_stream_open(path, &s, &e)) {
        fprintf(stderr, "%s\n", e.msg);
        exit(1);
    }
    static char buf[1 << 18];
    double t0 = now();
    ssize_t n;
    while ((n = vc_stream_read(s, buf, sizeof buf, &e)) > 0)
        ;
    double dt = now() - t0;
    if (n < 0) {
        fprintf(stderr, "%s\n", e.msg);
        exit(1);
    }
    vc_stream_free(s);
    return dt;
}

static void load(const char *path, size_t max_rows)
{
    vc_stream *s;
    vc_error e;
    if (vc_stream_open(path, &s, &e)) {
        fprintf(stderr, "%s\n", e.msg);
        exit(1);
    }
    char buf[1 << 16];
    ssize_t n;
    while ((n = vc_stream_read(s, buf, sizeof buf, &e)) > 0)
        vc_buf_append(&raw, buf, (size_t)n);
    vc_stream_free(s);
    (void)max_rows;
}

typedef struct split_ctx {
    vc_parser *p;
    vc_fields f;
    int header;
    size_t rows, max;
    int keep;
} split_ctx;

static int on_span(void *ctx, const vc_span *sp)
{
    split_ctx *c = ctx;
    if (!c->header) {
        c->header = 1;
        return 0;
    }
    vc_error e;
    if (vc_parser_parse(c->p, sp->data, sp->len, &c->f, &e) == VC_OK && c->keep && c->rows < c->max) {
        texts[c->rows] = vc_strndup(c->f.v[0].p, c->f.v[0].n);
        lens[c->rows] = c->f.v[0].n;
        text_bytes += c->f.v[0].n;
        c->rows++;
    } else if (!c->keep) {
        c->rows++;
    }
    return 0;
}

static double split_parse(int keep, size_t max)
{
    vc_dialect d = {VC_FORMAT_CSV, ',', '"', 0};
    const char *nl = memchr(raw.data, '\n', raw.len);
    vc_parser *p;
    vc_error e;
    if (vc_parser_new(&d, raw.data, (size_t)(nl - raw.data), &p, &e)) {
        fprintf(stderr, "header: %s\n", e.msg);
        exit(1);
    }
    const char *sel[] = {"comment", "nps", "region"};
    if (vc_parser_select(p, sel, 3, &e)) {
        fprintf(stderr, "%s\n", e.msg);
        exit(1);
    }
    split_ctx c = {p, {0}, 0, 0, max, keep};
    vc_fields_init(&c.f);
    vc_splitter *sp = vc_splitter_new(&d);
    double t0 = now();
    for (size_t off = 0; off < raw.len; off += 1 << 18) {
        size_t n = raw.len - off < (1 << 18) ? raw.len - off : (1 << 18);
        vc_splitter_feed(sp, raw.data + off, n, on_span, &c);
    }
    vc_splitter_finish(sp, on_span, &c);
    double dt = now() - t0;
    vc_splitter_free(sp);
    vc_fields_free(&c.f);
    vc_parser_free(p);
    if (keep)
        ntexts = c.rows;
    else
        split_rows = c.rows;
    return dt;
}

static void report(const char *name, double *t, double mb, size_t items)
{
    double m = median(t, runs);
    printf("%-34s %9.1f MB/s %12.0f comments/s\n", name, mb / m, (double)items / m);
}

static vc_lexicon *synthetic_lexicon(size_t entries, int regex_pct)
{
    /* words like "zq3w..." never occur in the corpus, plus the real default lexicon's share of hits:
     * cost is dominated by lookups per token, which is what scaling measures */
    vc_buf b = VC_BUF_INIT;
    unsigned long long r = 99;
    size_t themes = entries / 25 + 1;
    for (size_t t = 0; t < themes; t++) {
        vc_buf_printf(&b, "[theme%04zu]\n", t);
        for (size_t k = 0; k < 25 && t * 25 + k < entries; k++) {
            r = r * 6364136223846793005ULL + 1442695040888963407ULL;
            unsigned kind = (unsigned)((r >> 50) % 100);
            char w1[16], w2[16];
            snprintf(w1, sizeof w1, "w%llx", (r >> 20) & 0xfffff);
            snprintf(w2, sizeof w2, "v%llx", (r >> 40) & 0xfff);
            if (kind < (unsigned)regex_pct)
                vc_buf_printf(&b, "/%s(ing|ed)/\n", w1);
            else if (kind < 55)
                vc_buf_printf(&b, "%s\n", w1);
            else if (kind < 85)
                vc_buf_printf(&b, "%s %s\n", w1, w2);
            else
                vc_buf_printf(&b, "%.*s*\n", 3 + (int)(r % 4), w1);
        }
    }
    /* a real vocabulary slice so that some entries hit */
    vc_buf_append_str(&b, "[real]\nrefund*\nmoney back\nstaff\nrude\ndelivery\nwait*\non hold\nprice*\n");
    vc_lexicon *lex;
    vc_error e;
    if (vc_lexicon_load_string("synthetic", b.data, b.len, NULL, &lex, &e)) {
        fprintf(stderr, "%s\n", e.msg);
        exit(1);
    }
    vc_buf_free(&b);
    return lex;
}

static double match_all(vc_lexicon *lex, unsigned flags, size_t limit, size_t *hits)
{
    vc_matcher *m = vc_matcher_new(lex);
    vc_match_result res;
    size_t n = limit < ntexts ? limit : ntexts;
    *hits = 0;
    double t0 = now();
    for (size_t i = 0; i < n; i++) {
        vc_matcher_run(m, norm_all.data + norm_off[i], norm_len[i], flags, &res);
        *hits += res.nthemes;
    }
    double dt = now() - t0;
    vc_matcher_free(m);
    return dt;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_stages FILE [--runs N] [--rows N] [--analysis-only] [--lexicon LEX]...\n");
        return 2;
    }
    const char *path = argv[1];
    size_t max_rows = 300000;
    int analysis_only = 0;
    const char *extra[16];
    int nextra = 0;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--analysis-only"))
            analysis_only = 1;
        else if (!strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--rows") && i + 1 < argc)
            max_rows = (size_t)atoll(argv[++i]);
        else if (!strcmp(argv[i], "--lexicon") && i + 1 < argc && nextra < 16)
            extra[nextra++] = argv[++i];
    }
    if (runs < 1 || runs > 50)
        runs = 5;
    double t[50];

    load(path, max_rows);
    double mb_raw = (double)raw.len / 1e6;
    FILE *f = fopen(path, "rb");
    fseek(f, 0, SEEK_END);
    double mb_gz = (double)ftell(f) / 1e6;
    fclose(f);
    printf("file %s: %.1f MB compressed, %.1f MB decompressed\n", path, mb_gz, mb_raw);
    int gz = mb_gz < mb_raw * 0.9 && !analysis_only;
    if (gz) {
        for (int r = 0; r < runs; r++)
            t[r] = inflate_once(path, "zlib");
        printf("%-34s %9.1f MB/s (of decompressed output)\n", "inflate, zlib", mb_raw / median(t, runs));
        for (int r = 0; r < runs; r++)
            t[r] = inflate_once(path, NULL);
        printf("%-34s %9.1f MB/s (of decompressed output)\n", "inflate, default (ISA-L if built)",
               mb_raw / median(t, runs));
    }
    texts = calloc(max_rows, sizeof *texts);
    lens = calloc(max_rows, sizeof *lens);
    split_parse(1, max_rows);
    for (int r = 0; r < runs; r++)
        t[r] = split_parse(0, 0);
    report("split + parse (CSV, 3 columns)", t, mb_raw, split_rows);
    double mb_text = (double)text_bytes / 1e6;
    printf("analysis stages below run on the first %zu comments (%.1f MB of comment text)\n", ntexts, mb_text);

    vc_normalizer *nz = vc_normalizer_new();
    vc_buf out = VC_BUF_INIT;
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        for (size_t i = 0; i < ntexts; i++)
            vc_normalize(nz, texts[i], lens[i], &out, NULL);
        t[r] = now() - t0;
    }
    report("normalize (NFKC+casefold)", t, mb_text, ntexts);
    norm_off = calloc(ntexts, sizeof *norm_off);
    norm_len = calloc(ntexts, sizeof *norm_len);
    for (size_t i = 0; i < ntexts; i++) {
        vc_normalize(nz, texts[i], lens[i], &out, NULL);
        norm_off[i] = norm_all.len;
        norm_len[i] = out.len;
        vc_buf_append(&norm_all, out.data ? out.data : "", out.len);
    }

    vc_lexicon *def;
    vc_error e;
    vc_lexicon_load_default(&def, &e);
    size_t hits = 0;
    for (int r = 0; r < runs; r++)
        t[r] = match_all(def, 0, ntexts, &hits);
    char name[96];
    snprintf(name, sizeof name, "match (default, %zu entries)", vc_lexicon_entry_count(def));
    report(name, t, mb_text, ntexts);
    vc_lexicon *xlex[16];
    for (int k = 0; k < nextra; k++) {
        if (vc_lexicon_load_file(extra[k], NULL, &xlex[k], &e)) {
            fprintf(stderr, "%s\n", e.msg);
            return 1;
        }
        for (int r = 0; r < runs; r++)
            t[r] = match_all(xlex[k], 0, ntexts, &hits);
        snprintf(name, sizeof name, "match (%s, %zu entries)", extra[k], vc_lexicon_entry_count(xlex[k]));
        report(name, t, mb_text, ntexts);
    }

    vc_sentiment_lexicon *sl;
    vc_sentiment_lexicon_load_default(&sl, &e);
    vc_sentiment_scratch *sc = vc_sentiment_scratch_new();
    vc_sentiment sres;
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        for (size_t i = 0; i < ntexts; i++)
            vc_sentiment_score(sl, sc, texts[i], lens[i], &sres);
        t[r] = now() - t0;
    }
    report("sentiment (VADER, whole comment)", t, mb_text, ntexts);
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        for (size_t i = 0; i < ntexts; i++)
            vc_sentiment_score_mode(sl, sc, VC_SENTIMENT_CX, texts[i], lens[i], &sres);
        t[r] = now() - t0;
    }
    report("sentiment (CX mode, whole comment)", t, mb_text, ntexts);
    {
        /* the comment and each of its sentences, as analyze scores them */
        vc_span_range *sr = NULL;
        vc_sentiment *ss = NULL;
        size_t cap = 0;
        for (int r = 0; r < runs; r++) {
            double t0 = now();
            for (size_t i = 0; i < ntexts; i++) {
                size_t ns = vc_split_sentences(texts[i], lens[i], sr, cap);
                if (ns > cap) {
                    cap = ns * 2;
                    sr = realloc(sr, cap * sizeof *sr);
                    ss = realloc(ss, cap * sizeof *ss);
                    ns = vc_split_sentences(texts[i], lens[i], sr, cap);
                }
                vc_sentiment_score_sentences(sl, sc, texts[i], lens[i], sr, ns, NULL, &sres, ss);
            }
            t[r] = now() - t0;
        }
        report("sentiment, comment and sentences", t, mb_text, ntexts);
        free(sr);
        free(ss);
    }

    vc_analyzer *an = vc_analyzer_new(def, sl);
    vc_analysis a;
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        for (size_t i = 0; i < ntexts; i++)
            vc_analyze(an, texts[i], lens[i], 0, &a);
        t[r] = now() - t0;
    }
    report("analyze (sentences+norm+match+VADER)", t, mb_text, ntexts);
    vc_analyzer_set_sentiment_mode(an, VC_SENTIMENT_CX);
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        for (size_t i = 0; i < ntexts; i++)
            vc_analyze(an, texts[i], lens[i], 0, &a);
        t[r] = now() - t0;
    }
    report("analyze, CX sentiment (clauses)", t, mb_text, ntexts);
    vc_analyzer *an2 = vc_analyzer_new(def, NULL);
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        for (size_t i = 0; i < ntexts; i++)
            vc_analyze(an2, texts[i], lens[i], 0, &a);
        t[r] = now() - t0;
    }
    report("analyze without sentiment", t, mb_text, ntexts);
    for (int k = 0; k < nextra; k++) {
        vc_analyzer *ax = vc_analyzer_new(xlex[k], sl);
        for (int r = 0; r < runs; r++) {
            double t0 = now();
            for (size_t i = 0; i < ntexts; i++)
                vc_analyze(ax, texts[i], lens[i], 0, &a);
            t[r] = now() - t0;
        }
        snprintf(name, sizeof name, "analyze (%s)", extra[k]);
        report(name, t, mb_text, ntexts);
        vc_analyzer_free(ax);
    }

    vc_agg *agg = vc_agg_new(3, vc_lexicon_theme_count(def), 1000);
    const char *segs[3] = {"all", "EMEA", "pro"};
    size_t seg_len[3] = {3, 4, 3};
    vc_theme_obs th[2] = {{0, 1, 0.5, 0}, {1, 1, -0.3, 0}};
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        for (size_t i = 0; i < ntexts; i++) {
            vc_obs o = {(int)(i % 3), 5, segs, seg_len, th, vc_lexicon_theme_count(def) > 1 ? 2 : 0, 1, 0.2};
            vc_agg_add(agg, &o);
        }
        t[r] = now() - t0;
    }
    report("aggregate (3 dimensions, 2 themes)", t, mb_text, ntexts);
    if (analysis_only)
        return 0;

    size_t sizes[] = {100, 1000, 10000};
    int pcts[] = {0, 1};
    for (int q = 0; q < 2; q++) {
        printf(q ? "\nlexicon size scaling, 1%% of entries /regex/ (one core):\n"
                 : "\nlexicon size scaling, words/phrases/prefixes (one core):\n");
        double base = 0;
        for (int k = 0; k < 3; k++) {
            vc_lexicon *lx = synthetic_lexicon(sizes[k], pcts[q]);
            for (int r = 0; r < runs; r++)
                t[r] = match_all(lx, 0, ntexts, &hits);
            double m = median(t, runs);
            if (k == 0)
                base = m;
            printf("  %6zu entries: %10.0f comments/s  (%.2fx the time of 100 entries)\n", sizes[k],
                   (double)ntexts / m, m / base);
            vc_lexicon_free(lx);
        }
    }
    printf("one PCRE2 pattern per entry (the reference evaluator), for comparison:\n");
    size_t sub = ntexts < 20000 ? ntexts : 20000;
    size_t rsizes[] = {100, 300};
    for (int k = 0; k < 2; k++) {
        vc_lexicon *lx = synthetic_lexicon(rsizes[k], 0);
        for (int r = 0; r < 3 && r < runs; r++)
            t[r] = match_all(lx, VC_MATCH_REFERENCE, sub, &hits);
        printf("  %6zu entries: %10.0f comments/s\n", rsizes[k], (double)sub / median(t, runs < 3 ? runs : 3));
        vc_lexicon_free(lx);
    }
    return 0;
}
