/*
 * stress_threads.c - the scan must give byte-identical outputs (theme table,
 * per-comment rows, rejects, accounting) for every thread count and batch
 * size. A plain C program rather than a Criterion test so that it also runs
 * under ThreadSanitizer.
 *
 * It writes a corpus with everything that stresses batching and ordering:
 * quoted line breaks, doubled quotes, broken rows, invalid scores, blank
 * segments, non-ASCII text, several input files (gzip and plain, one of them
 * of 40 gzip members, inflated by a pool of threads in units of 4 KiB
 * whenever the scan runs more than one thread), then scans it with threads
 * {1,2,3,8} x batch sizes {1, 97, 4096, 1 MiB}.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "vocal/lexicon.h"
#include "vocal/pipeline.h"
#include "vocal/report.h"
#include "vocal/sentiment.h"

static const char *WORDS[] = {"refund", "money back", "the staff", "was rude", "very helpful",
                              "slow delivery", "great value", "app crashes", "café", "naïve",
                              "“quoted”", "don't", "never again", "😀", "waited an hour",
                              "price", "billing", "support team", "is", "and", "but"};

static unsigned long long rng = 88172645463325252ull;
static unsigned next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng >> 11);
}

static void make_csv(FILE *f, int rows, int broken)
{
    fputs("id,region,plan,nps,comment\n", f);
    for (int i = 0; i < rows; i++) {
        if (broken && i % 53 == 7) {
            fprintf(f, "%d,EMEA,pro\n", i); /* too few fields */
            continue;
        }
        const char *regions[] = {"EMEA", "APAC", "NA", "", "LATAM"};
        fprintf(f, "%d,%s,%s,", i, regions[next() % 5], next() % 2 ? "pro" : "free");
        unsigned s = next() % 13;
        if (s == 11)
            fputs("n/a", f);
        else if (s != 12)
            fprintf(f, "%u", s);
        fputs(",\"", f);
        int nw = 1 + (int)(next() % 12);
        for (int w = 0; w < nw; w++) {
            const char *word = WORDS[next() % (sizeof WORDS / sizeof *WORDS)];
            for (const char *p = word; *p; p++) {
                if (*p == '"')
                    fputc('"', f);
                fputc(*p, f);
            }
            unsigned sep = next() % 10;
            fputs(sep == 0 ? ". " : sep == 1 ? "!\n" : sep == 2 ? ", \"\"ok\"\" " : " ", f);
        }
        fputs("\"\n", f);
    }
}

typedef struct result {
    char *table, *rejects, *comments, *acct;
    size_t tlen, rlen, clen, alen;
} result;

static int run(const char *const *inputs, size_t n, unsigned threads, size_t batch, const vc_lexicon *lex,
               const vc_sentiment_lexicon *sent, result *r)
{
    vc_scan_options o;
    memset(&o, 0, sizeof o);
    o.inputs = inputs;
    o.ninputs = n;
    o.dialect.format = VC_FORMAT_CSV;
    o.dialect.delimiter = ',';
    o.dialect.quote = '"';
    const char *by[] = {"region", "plan"};
    o.by = by;
    o.nby = 2;
    o.id_col = "id";
    o.lex = lex;
    o.sentiment = sent;
    o.threads = threads;
    o.batch_bytes = batch;
    o.inflate_threads = threads > 1 ? threads + 1 : 1;
    o.inflate_unit = 4096;
    FILE *rej = open_memstream(&r->rejects, &r->rlen);
    FILE *com = open_memstream(&r->comments, &r->clen);
    o.rejects = rej;
    o.comments = com;
    vc_scan *scan = NULL;
    vc_error err;
    vc_status st = vc_scan_run(&o, &scan, &err);
    fclose(rej);
    fclose(com);
    if (st) {
        fprintf(stderr, "scan failed: %s\n", err.msg);
        vc_scan_free(scan);
        return -1;
    }
    const char *dn[] = {"all", "region", "plan"};
    size_t nth = vc_lexicon_theme_count(lex);
    const char **tn = calloc(nth + 1, sizeof *tn);
    for (size_t i = 0; i < nth; i++)
        tn[i] = vc_lexicon_theme_name(lex, (uint32_t)i);
    vc_table_spec spec = {vc_scan_agg(scan), VC_SCALE_NPS, dn, tn, 1};
    vc_buf t = VC_BUF_INIT;
    vc_table_write(&spec, VC_TABLE_CSV, &t);
    r->table = t.data;
    r->tlen = t.len;
    const vc_scan_stats *s = vc_scan_stats_get(scan);
    vc_buf a = VC_BUF_INIT;
    vc_buf_printf(&a, "read=%llu analyzed=%llu rejected=%llu invalid=%llu repaired=%llu",
                  (unsigned long long)s->rows_read, (unsigned long long)s->rows_analyzed,
                  (unsigned long long)s->rows_rejected, (unsigned long long)s->invalid_scores,
                  (unsigned long long)s->utf8_repaired);
    r->acct = a.data;
    r->alen = a.len;
    int bad = s->rows_read != s->rows_analyzed + s->rows_rejected;
    if (bad)
        fprintf(stderr, "accounting identity broken: %s\n", r->acct);
    free(tn);
    vc_scan_free(scan);
    return bad ? -1 : 0;
}

static int same(const char *what, const char *a, size_t al, const char *b, size_t bl, unsigned th,
                size_t batch)
{
    if (al == bl && memcmp(a, b, al) == 0)
        return 1;
    fprintf(stderr, "FAIL: %s differs with threads=%u batch=%zu (%zu vs %zu bytes)\n", what, th, batch, al,
            bl);
    return 0;
}

int main(void)
{
    char dir[] = "/tmp/vocal-stress-XXXXXX";
    if (!mkdtemp(dir))
        return 1;
    char p1[256], p2[256], p3[256], p4[256];
    snprintf(p1, sizeof p1, "%s/a.csv", dir);
    snprintf(p2, sizeof p2, "%s/b.csv.gz", dir);
    snprintf(p3, sizeof p3, "%s/c.csv", dir);
    snprintf(p4, sizeof p4, "%s/d.csv.gz", dir);
    FILE *f = fopen(p1, "w");
    make_csv(f, 3000, 1);
    fclose(f);
    /* b: gzip, written as two members */
    char *mem = NULL;
    size_t mlen = 0;
    f = open_memstream(&mem, &mlen);
    make_csv(f, 2000, 1);
    fclose(f);
    size_t half = mlen / 2;
    gzFile gz = gzopen(p2, "wb");
    gzwrite(gz, mem, (unsigned)half);
    gzclose(gz);
    gz = gzopen(p2, "ab");
    gzwrite(gz, mem + half, (unsigned)(mlen - half));
    gzclose(gz);
    free(mem);
    f = fopen(p3, "w");
    make_csv(f, 500, 0);
    fclose(f);
    /* d: 40 members, cut anywhere (inside records too) */
    mem = NULL;
    mlen = 0;
    f = open_memstream(&mem, &mlen);
    make_csv(f, 4000, 1);
    fclose(f);
    for (size_t k = 0, at = 0; k < 40; k++) {
        size_t end = k == 39 ? mlen : mlen / 40 * (k + 1) + k % 7;
        gz = gzopen(p4, k ? "ab" : "wb");
        gzwrite(gz, mem + at, (unsigned)(end - at));
        gzclose(gz);
        at = end;
    }
    free(mem);

    vc_error err;
    vc_lexicon *lex = NULL;
    vc_sentiment_lexicon *sent = NULL;
    if (vc_lexicon_load_default(&lex, &err) || vc_sentiment_lexicon_load_default(&sent, &err)) {
        fprintf(stderr, "%s\n", err.msg);
        return 1;
    }
    const char *inputs[] = {p1, p2, p3, p4};
    const size_t ninputs = sizeof inputs / sizeof *inputs;
    result ref;
    memset(&ref, 0, sizeof ref);
    if (run(inputs, ninputs, 1, 1u << 20, lex, sent, &ref))
        return 1;
    unsigned threads[] = {1, 2, 3, 8};
    size_t batches[] = {1, 97, 4096, 1u << 20};
    int ok = 1, runs = 0;
    for (size_t t = 0; t < 4; t++)
        for (size_t b = 0; b < 4; b++) {
            result r;
            memset(&r, 0, sizeof r);
            if (run(inputs, ninputs, threads[t], batches[b], lex, sent, &r)) {
                ok = 0;
                continue;
            }
            runs++;
            ok &= same("table", ref.table, ref.tlen, r.table, r.tlen, threads[t], batches[b]);
            ok &= same("rejects", ref.rejects, ref.rlen, r.rejects, r.rlen, threads[t], batches[b]);
            ok &= same("comments", ref.comments, ref.clen, r.comments, r.clen, threads[t], batches[b]);
            ok &= same("accounting", ref.acct, ref.alen, r.acct, r.alen, threads[t], batches[b]);
            free(r.table);
            free(r.rejects);
            free(r.comments);
            free(r.acct);
        }
    printf("stress: %s; %s; table %zu bytes, %zu bytes of per-comment rows, %zu bytes of rejects\n",
           ref.acct, ok ? "identical across all runs" : "DIFFERENCES", ref.tlen, ref.clen, ref.rlen);
    printf("stress: %d passed, %d failed\n", ok ? runs : 0, ok ? 0 : 1);
    free(ref.table);
    free(ref.rejects);
    free(ref.comments);
    free(ref.acct);
    vc_lexicon_free(lex);
    vc_sentiment_lexicon_free(sent);
    unlink(p1);
    unlink(p2);
    unlink(p3);
    unlink(p4);
    rmdir(dir);
    return ok ? 0 : 1;
}
