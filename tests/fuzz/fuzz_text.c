/*
 * fuzz_text.c - normalization and sentiment on arbitrary bytes.
 *
 * Invariants: normalized output is valid UTF-8; the repair count equals
 * vc_utf8_invalid_count(); VADER's scores are in range (compound in
 * [-1, 1], neg/neu/pos in [0, 1] summing to about 1 unless all 0); scoring
 * a text's sentences together equals scoring them one by one.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/sentiment.h"
#include "vocal/text.h"

static vc_sentiment_lexicon *lex;

static int same(const vc_sentiment *a, const vc_sentiment *b)
{
    return a->neg == b->neg && a->neu == b->neu && a->pos == b->pos && a->compound == b->compound;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    if (!lex) {
        vc_error e;
        if (vc_sentiment_lexicon_load_default(&lex, &e))
            abort();
    }
    vc_normalizer *n = vc_normalizer_new();
    vc_buf out = VC_BUF_INIT;
    size_t repaired = 0;
    if (vc_normalize(n, s, size, &out, &repaired) != VC_OK)
        abort();
    if (vc_utf8_invalid_count(out.data ? out.data : "", out.len) != 0)
        abort();
    if (repaired != vc_utf8_invalid_count(s, size))
        abort();
    vc_sentiment_scratch *sc = vc_sentiment_scratch_new(), *sc2 = vc_sentiment_scratch_new();
    vc_sentiment w;
    vc_sentiment_score(lex, sc, s, size, &w);
    if (!(w.compound >= -1 && w.compound <= 1) || w.neg < 0 || w.neu < 0 || w.pos < 0)
        abort();
    double sum = w.neg + w.neu + w.pos;
    if (sum != 0 && fabs(sum - 1) > 0.0021)
        abort();
    vc_span_range r[32];
    size_t ns = vc_split_sentences(s, size, r, 32);
    if (ns <= 32) {
        vc_sentiment whole, per[32], one;
        vc_sentiment_score_sentences(lex, sc, s, size, r, ns, NULL, &whole, per);
        if (ns && !same(&whole, &w))
            abort();
        for (size_t i = 0; i < ns; i++) {
            vc_sentiment_score(lex, sc2, s + r[i].start, r[i].end - r[i].start, &one);
            if (!same(&one, &per[i]))
                abort();
        }
    }
    vc_sentiment_scratch_free(sc);
    vc_sentiment_scratch_free(sc2);
    vc_buf_free(&out);
    vc_normalizer_free(n);
    return 0;
}
