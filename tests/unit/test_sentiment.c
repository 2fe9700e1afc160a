/* test_sentiment.c - vocal's VADER against the reference implementation on
 * every sentence of tests/data/vader_fixture.tsv (made by
 * tools/vader_reference.py), plus loading, overlays and errors. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vader/sentiment_internal.h"
#include "vocal/sentiment.h"

static vc_sentiment_lexicon *lex;
static vc_sentiment_scratch *sc;

static void setup(void)
{
    vc_error e;
    cr_assert_eq(vc_sentiment_lexicon_load_default(&lex, &e), VC_OK, "%s", e.msg);
    sc = vc_sentiment_scratch_new();
}

static void teardown(void)
{
    vc_sentiment_scratch_free(sc);
    vc_sentiment_lexicon_free(lex);
}

static vc_sentiment score(const char *t)
{
    vc_sentiment s;
    cr_assert_eq(vc_sentiment_score(lex, sc, t, strlen(t), &s), VC_OK);
    return s;
}

Test(vader, every_fixture_sentence_matches_reference, .init = setup, .fini = teardown)
{
    FILE *f = fopen(VOCAL_SOURCE_DIR "/tests/data/vader_fixture.tsv", "r");
    cr_assert_not_null(f, "fixture missing");
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int count = 0, bad = 0;
    n = getline(&line, &cap, f); /* header */
    while ((n = getline(&line, &cap, f)) > 0) {
        if (line[n - 1] == '\n')
            line[--n] = 0;
        double ref[4];
        char *p = line;
        for (int k = 0; k < 4; k++) {
            ref[k] = strtod(p, &p);
            cr_assert_eq(*p, '\t', "bad fixture line %d", count + 2);
            p++;
        }
        vc_sentiment s = score(p);
        int ok = fabs(s.neg - ref[0]) <= 1e-3 && fabs(s.neu - ref[1]) <= 1e-3 && fabs(s.pos - ref[2]) <= 1e-3 &&
                 fabs(s.compound - ref[3]) <= 1e-4;
        if (!ok && bad++ < 10)
            cr_log_error("'%s': got %.3f %.3f %.3f %.4f, reference %.3f %.3f %.3f %.4f", p, s.neg, s.neu, s.pos,
                         s.compound, ref[0], ref[1], ref[2], ref[3]);
        count++;
    }
    free(line);
    fclose(f);
    cr_assert_geq(count, 3000, "fixture has only %d sentences", count);
    cr_assert_eq(bad, 0, "%d of %d sentences differ from the reference", bad, count);
}

Test(vader, rules_move_scores_the_right_way, .init = setup, .fini = teardown)
{
    double good = score("The food was good").compound;
    cr_assert_gt(good, 0.05);
    cr_assert_lt(score("The food was not good").compound, 0);                 /* negation */
    cr_assert_gt(score("The food was very good").compound, good);             /* booster */
    cr_assert_lt(score("The food was kind of good").compound, good);          /* dampener */
    cr_assert_gt(score("The food was GOOD").compound, good);                  /* caps */
    cr_assert_gt(score("The food was good!!!").compound, good);               /* exclamation */
    cr_assert_lt(score("The food was good, but the service was bad").compound,
                 score("The service was bad, but the food was good").compound); /* but */
    cr_assert_gt(score("\xf0\x9f\x98\x8d").compound, 0.3);                    /* emoji */
    cr_assert_gt(score("This place is the bomb").compound, 0.5);              /* idiom */
    vc_sentiment z = score("");
    cr_assert(z.neg == 0 && z.neu == 0 && z.pos == 0 && z.compound == 0);
}

Test(vader, overlay_adds_words_and_phrases_only_where_they_occur, .init = setup, .fini = teardown)
{
    char path[] = "/tmp/vocal-overlay-XXXXXX";
    int fd = mkstemp(path);
    FILE *f = fdopen(fd, "w");
    fputs("# overlay\nlaggy\t-2.0\non hold forever\t-3.0\nBUGGY\t-1.5\n", f);
    fclose(f);
    const char *untouched = "The staff were friendly but the wait was long!";
    vc_sentiment before = score(untouched);
    cr_assert_eq(score("the app is laggy").compound, 0);
    vc_error e;
    cr_assert_eq(vc_sentiment_lexicon_overlay_file(lex, path, &e), VC_OK, "%s", e.msg);
    cr_assert_lt(score("the app is laggy").compound, -0.3);
    cr_assert_lt(score("the app is buggy").compound, -0.2);
    cr_assert_lt(score("I was on hold forever").compound, -0.5);
    vc_sentiment after = score(untouched);
    cr_assert(before.compound == after.compound && before.pos == after.pos);
    unlink(path);
}

Test(vader, file_errors_name_the_line)
{
    char path[] = "/tmp/vocal-lex-XXXXXX";
    int fd = mkstemp(path);
    FILE *f = fdopen(fd, "w");
    fputs("good\t1.9\t0.9\t[1]\nbad value\n", f);
    fclose(f);
    vc_sentiment_lexicon *l = NULL;
    vc_error e;
    cr_assert_eq(vc_sentiment_lexicon_load_file(path, &l, &e), VC_ERR_USAGE);
    char want[256];
    snprintf(want, sizeof want, "%s:2: expected 'token<TAB>value'", path);
    cr_assert_str_eq(e.msg, want);
    unlink(path);
    cr_assert_eq(vc_sentiment_lexicon_load_file("/nonexistent", &l, &e), VC_ERR_IO);
}

static int same(const vc_sentiment *a, const vc_sentiment *b)
{
    return a->neg == b->neg && a->neu == b->neu && a->pos == b->pos && a->compound == b->compound;
}

Test(vader, sentences_scored_together_equal_separate_calls, .init = setup, .fini = teardown)
{
    FILE *f = fopen(VOCAL_SOURCE_DIR "/tests/data/vader_sentences.txt", "r");
    cr_assert_not_null(f);
    char *lines[3300];
    size_t nl = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while (nl < 3300 && (n = getline(&line, &cap, f)) >= 0) {
        if (n && line[n - 1] == '\n')
            line[n - 1] = 0;
        lines[nl++] = strdup(line);
    }
    free(line);
    fclose(f);
    vc_sentiment_scratch *other = vc_sentiment_scratch_new();
    const char *joins[] = {" ", "\n", "  \n ", "! ", ". "};
    int checked = 0;
    for (size_t i = 0; i + 2 < nl; i += 1) {
        char text[4096];
        snprintf(text, sizeof text, "%s%s%s%s%s", lines[i], joins[i % 5], lines[i + 1], joins[(i + 2) % 5],
                 lines[i + 2]);
        vc_span_range r[64];
        size_t ns = vc_split_sentences(text, strlen(text), r, 64);
        if (ns > 64)
            continue;
        vc_sentiment whole, per[64], one;
        cr_assert_eq(vc_sentiment_score_sentences(lex, sc, text, strlen(text), r, ns, NULL, &whole, per), VC_OK);
        cr_assert_eq(vc_sentiment_score(lex, other, text, strlen(text), &one), VC_OK);
        cr_assert(same(&whole, &one), "whole differs: '%s'", text);
        for (size_t k = 0; k < ns; k++) {
            cr_assert_eq(vc_sentiment_score(lex, other, text + r[k].start, r[k].end - r[k].start, &one), VC_OK);
            cr_assert(same(&per[k], &one), "sentence %zu of '%s': %.4f vs %.4f", k, text, per[k].compound,
                      one.compound);
            checked++;
        }
    }
    cr_assert_gt(checked, 8000);
    vc_sentiment_scratch_free(other);
    for (size_t i = 0; i < nl; i++)
        free(lines[i]);
}

/* Non-ASCII text that needs no rewriting shares one tokenization too; emoji
 * and invalid UTF-8 do not. Either way each sentence must score exactly as
 * a separate call, and a `need` mask scores the flagged sentences only. */
Test(vader, sentences_non_ascii_and_need_mask, .init = setup, .fini = teardown)
{
    const char *texts[] = {
        "Café was great! The crème brûlée was awful. Service was slow\xC2\xA0" "but friendly.",
        "Très bien. Not GOOD at all!!! Déçu, vraiment déçu.",
        "Great app \xF0\x9F\x98\x80 love it. Support is terrible \xF0\x9F\x98\xA0. OK I guess.",
        "Bad \xFF\xFE" " bytes here. Good staff! \xEF\xBF\xBD" " is literal. Horrible wait.",
        "好。Great value!好吗？Terrible delivery.",
        "The app is NOT good. “Amazing” support… but slow refunds. Never so happy",
        "Übel. Schön! Gut? Schlecht…",
    };
    vc_sentiment_scratch *other = vc_sentiment_scratch_new();
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        const char *text = texts[t];
        size_t len = strlen(text);
        vc_span_range r[16];
        size_t ns = vc_split_sentences(text, len, r, 16);
        cr_assert(ns >= 2 && ns <= 16, "text %zu: %zu sentences", t, ns);
        vc_sentiment whole, per[16], one;
        cr_assert_eq(vc_sentiment_score_sentences(lex, sc, text, len, r, ns, NULL, &whole, per), VC_OK);
        cr_assert_eq(vc_sentiment_score(lex, other, text, len, &one), VC_OK);
        cr_assert(same(&whole, &one), "whole differs: '%s'", text);
        vc_sentiment whole0 = whole;
        for (size_t k = 0; k < ns; k++) {
            cr_assert_eq(vc_sentiment_score(lex, other, text + r[k].start, r[k].end - r[k].start, &one), VC_OK);
            cr_assert(same(&per[k], &one), "sentence %zu of '%s': %.4f vs %.4f", k, text, per[k].compound,
                      one.compound);
        }
        /* every other sentence only: the rest keep their sentinel */
        unsigned char need[16];
        vc_sentiment masked[16];
        for (size_t k = 0; k < ns; k++) {
            need[k] = (unsigned char)(k % 2 == t % 2);
            masked[k] = (vc_sentiment){-9, -9, -9, -9};
        }
        cr_assert_eq(vc_sentiment_score_sentences(lex, sc, text, len, r, ns, need, &whole, masked), VC_OK);
        cr_assert(same(&whole, &whole0), "whole differs with a mask: '%s'", text);
        for (size_t k = 0; k < ns; k++) {
            if (need[k])
                cr_assert(same(&masked[k], &per[k]), "masked sentence %zu of '%s'", k, text);
            else
                cr_assert_eq(masked[k].compound, -9, "sentence %zu of '%s' was scored", k, text);
        }
    }
    vc_sentiment_scratch_free(other);
}

/* The "but" rule by heaps against the reference's own procedure (a search
 * with list.index() for every value) on lists whose values repeat and
 * collide after halving or raising: 0.5 * 2 = 1, 1.5 * 2 = 3, ... */
Test(sentiment, but_rule_by_heaps_equals_direct_search)
{
    static const double pool[] = {1, 2, 3, 4, 0.5, 0.75, 1.5, 6, -1, -2, -3, -0.5, 4.5, 2.25, 1e-320};
    double s[600], t[600];
    size_t nz[600];
    vc_but_work w = {0};
    uint64_t seed = 0x2545F4914F6CDD1DULL;
    for (int round = 0; round < 4000; round++) {
        seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
        size_t n = 1 + (size_t)(seed % (round < 3000 ? 40 : 600)), nn = 0;
        size_t but = (size_t)((seed >> 20) % n);
        for (size_t i = 0; i < n; i++) {
            seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
            s[i] = (seed >> 40) % 5 == 0 ? 0 : pool[seed % (sizeof pool / sizeof *pool)];
            if (s[i] != 0)
                nz[nn++] = i;
        }
        memcpy(t, s, n * sizeof *s);
        for (size_t a = 0; a < nn; a++) {
            double v = t[nz[a]];
            if (v == 0)
                continue;
            size_t b = 0;
            while (t[nz[b]] != v)
                b++;
            if (nz[b] < but)
                t[nz[b]] = v * 0.5;
            else if (nz[b] > but)
                t[nz[b]] = v * 1.5;
        }
        cr_assert_eq(vc_but_rule(s, nz, nn, but, &w), VC_OK);
        for (size_t i = 0; i < n; i++)
            cr_assert(memcmp(&s[i], &t[i], sizeof *s) == 0, "round %d token %zu: %g, want %g", round, i, s[i], t[i]);
    }
    vc_but_work_free(&w);
}
