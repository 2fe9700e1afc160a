/* test_discover.c - discovery end to end through the library: the planted
 * phrase comes first and uncovered, coverage names its entry, tokens and
 * n-grams follow the lexicon's phrase rules, the three group comparisons,
 * identical results for any thread count, and the memory budget's guarantee
 * checked against exact counts. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vocal/discover.h"
#include "vocal/lexicon.h"
#include "vocal/sentiment.h"
#include "vocal/stopwords.h"

#include "corpus_fixture.h"

static vc_lexicon *lexicon(const char *text) { return fixture_lexicon("t.lex", text); }

static const char *STOP[] = {"the", "a", "and", "was", "of", "it", "i", "is"};

static void defaults(vc_discover_options *o, const char **path, const vc_lexicon *lex)
{
    vc_discover_defaults(o);
    o->scan.inputs = path;
    o->scan.ninputs = 1;
    o->scan.lex = lex;
    o->scan.threads = 2;
    o->stop_words = STOP;
    o->nstop_words = sizeof STOP / sizeof *STOP;
    o->min_count = 3;
}

static vc_discovery *run(const vc_discover_options *o)
{
    vc_discovery *d = NULL;
    vc_error err;
    vc_error_clear(&err);
    vc_status st = vc_discover_run(o, &d, &err);
    cr_assert_eq(st, VC_OK, "%s", err.msg);
    return d;
}

static const vc_term *find(const vc_discovery *d, const char *text)
{
    for (size_t i = 0; i < d->terms.n; i++)
        if (!strcmp(d->terms.v[i].text, text))
            return &d->terms.v[i];
    return NULL;
}

static const vc_term *find_sentiment(const vc_discovery *d, const char *text)
{
    for (size_t i = 0; i < d->sentiment_terms.n; i++)
        if (!strcmp(d->sentiment_terms.v[i].text, text))
            return &d->sentiment_terms.v[i];
    return NULL;
}

/* 12 detractors mention the QR scanner (4 of them: it froze), 20 promoters
 * praise the staff, 8 passives. */
static char *planted_csv(void)
{
    static char buf[8192];
    size_t n = 0;
    n += (size_t)snprintf(buf + n, sizeof buf - n, "id,date,region,nps,comment\n");
    for (int i = 0; i < 12; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%d,2026-0%d-10,%s,%d,\"The QR-code scanner%s\"\n",
                              i, i % 2 ? 5 : 6, i % 3 ? "north" : "south", i % 7,
                              i < 4 ? " froze, again." : ", again! Payment didn't work.");
    for (int i = 0; i < 20; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%d,2026-05-1%d,north,%d,\"Lovely staff, quick checkout.\"\n",
                              100 + i, i % 10, 9 + i % 2);
    for (int i = 0; i < 8; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%d,2026-06-01,south,7,\"Fine; the scanner was ok.\"\n", 200 + i);
    return fixture_write_tmp(buf);
}

Test(discover, planted_phrase_first_and_uncovered)
{
    char *path = planted_csv();
    vc_lexicon *lex = lexicon("[product/app]\nfroze\n[service/staff]\nstaff\n");
    vc_discover_options o;
    const char *inputs[] = {path};
    defaults(&o, inputs, lex);
    vc_discovery *d = run(&o);
    cr_assert_str_eq(d->target_label, "detractors");
    cr_assert_str_eq(d->reference_label, "promoters");
    cr_assert_eq(d->target_comments, 12);
    cr_assert_eq(d->reference_comments, 20);
    cr_assert_eq(d->all.comments, 40);
    cr_assert_geq(d->terms.n, 1);
    const vc_term *t = &d->terms.v[0];
    /* "qr-code scanner" is one phrase across the hyphen; "qr code" and
     * "code scanner" fold into it; "scanner" alone is also said by passives
     * and folds in too (12 of its 12 detractor comments are inside it) */
    cr_assert_str_eq(t->text, "qr code scanner");
    cr_assert_eq(t->words, 3);
    cr_assert_eq(t->target, 12);
    cr_assert_eq(t->reference, 0);
    cr_assert_eq(t->cell.comments, 12);
    cr_assert_eq(t->cell.group[0], 12);
    cr_assert_eq(t->covered, 0);
    cr_assert_null(find(d, "code scanner"));
    cr_assert_null(find(d, "scanner"));
    /* "didn't": the apostrophe keeps one token; "didn't work" folds into the longer phrase */
    const vc_term *dw = find(d, "payment didn't work");
    cr_assert_not_null(dw);
    cr_assert_eq(dw->target, 8);
    cr_assert_null(find(d, "didn't work"));
    cr_assert_null(find(d, "froze")); /* covered: not listed by default */
    cr_assert_eq(t->candidate, 1);
    cr_assert_eq(t->nexamples, 3);
    /* readable lengths (40-240 bytes) first: the 33-byte "froze" comments come later */
    cr_assert_str_eq(t->examples[0], "The QR-code scanner, again! Payment didn't work.");
    vc_discovery_free(d);

    /* every n-gram, uncollapsed: none crosses a comma or a sentence end */
    o.no_collapse = 1;
    d = run(&o);
    cr_assert_not_null(find(d, "qr code"));
    cr_assert_not_null(find(d, "didn't work"));
    /* "didn't" alone is a negation: a sentiment term, listed apart */
    cr_assert_null(find(d, "didn't"));
    cr_assert_not_null(find_sentiment(d, "didn't"));
    cr_assert_eq(find_sentiment(d, "didn't")->target, 8);
    cr_assert_null(find(d, "scanner again"));
    cr_assert_null(find(d, "again payment"));
    cr_assert_null(find(d, "didn"));
    vc_discovery_free(d);
    o.no_collapse = 0;

    /* with covered terms (uncollapsed: "froze" is otherwise a piece of "code
     * scanner froze", itself a piece of the stronger phrase), froze is there
     * and says which entry covers it */
    o.include_covered = 1;
    o.no_collapse = 1;
    d = run(&o);
    const vc_term *fr = find(d, "froze");
    cr_assert_not_null(fr);
    cr_assert_eq(fr->covered, 4);
    cr_assert_str_eq(fr->covered_by, "product/app: froze (t.lex:2)");
    cr_assert_eq(fr->candidate, 0);
    vc_discovery_free(d);
    o.no_collapse = 0;

    /* the same with one thread and with four */
    o.include_covered = 0;
    o.scan.threads = 1;
    vc_discovery *d1 = run(&o);
    o.scan.threads = 4;
    o.scan.batch_bytes = 64;
    vc_discovery *d4 = run(&o);
    cr_assert_eq(d1->terms.n, d4->terms.n);
    for (size_t i = 0; i < d1->terms.n; i++) {
        cr_assert_str_eq(d1->terms.v[i].text, d4->terms.v[i].text);
        cr_assert_eq(d1->terms.v[i].target, d4->terms.v[i].target);
        cr_assert_eq(d1->terms.v[i].nexamples, d4->terms.v[i].nexamples);
        for (size_t k = 0; k < d1->terms.v[i].nexamples; k++)
            cr_assert_str_eq(d1->terms.v[i].examples[k], d4->terms.v[i].examples[k]);
    }
    vc_discovery_free(d1);
    vc_discovery_free(d4);
    vc_lexicon_free(lex);
    unlink(path);
    free(path);
}

Test(discover, compare_period_and_value)
{
    char *path = planted_csv();
    vc_lexicon *lex = lexicon("[service/staff]\nstaff\n");
    vc_discover_options o;
    const char *inputs[] = {path};
    defaults(&o, inputs, lex);
    o.compare = VC_COMPARE_PERIOD;
    o.compare_col = "date";
    o.scan.period_unit = VC_PERIOD_MONTH;
    vc_discovery *d = run(&o);
    /* the latest month is June: 6 detractors (even i) and 8 passives */
    cr_assert_str_eq(d->target_label, "2026-06");
    cr_assert_str_eq(d->reference_label, "rest");
    cr_assert_eq(d->target_comments, 14);
    cr_assert_eq(d->reference_comments, 26);
    vc_discovery_free(d);

    o.compare_value = "2026-05";
    d = run(&o);
    cr_assert_str_eq(d->target_label, "2026-05");
    cr_assert_eq(d->target_comments, 26);
    vc_discovery_free(d);

    o.compare = VC_COMPARE_VALUE;
    o.compare_col = "region";
    o.compare_value = "south";
    d = run(&o);
    cr_assert_str_eq(d->target_label, "south");
    cr_assert_eq(d->target_comments, 4 + 8);
    cr_assert_eq(d->reference_comments, 28);
    const vc_term *fine = find_sentiment(d, "fine"); /* VADER: 0.8 */
    cr_assert_not_null(fine);
    cr_assert_null(find(d, "fine"));
    cr_assert_eq(fine->target, 8);
    vc_discovery_free(d);

    /* a column that does not exist is a usage error before any row */
    o.compare_col = "segment";
    vc_discovery *none = NULL;
    vc_error err;
    cr_assert_eq(vc_discover_run(&o, &none, &err), VC_ERR_USAGE);
    cr_assert_null(none);
    cr_assert(strstr(err.msg, "segment"), "%s", err.msg);
    vc_lexicon_free(lex);
    unlink(path);
    free(path);
}

Test(discover, stdin_refused)
{
    vc_lexicon *lex = lexicon("[a]\nb\n");
    vc_discover_options o;
    const char *inputs[] = {"-"};
    defaults(&o, inputs, lex);
    vc_discovery *d = NULL;
    vc_error err;
    cr_assert_eq(vc_discover_run(&o, &d, &err), VC_ERR_USAGE);
    cr_assert(strstr(err.msg, "standard input"), "%s", err.msg);
    vc_lexicon_free(lex);
}

/* Random comments over a 400-word vocabulary with a Zipf-like skew: far
 * more distinct n-grams than a 256 KiB budget holds. */
static char *random_csv(unsigned rows)
{
    size_t cap = (size_t)rows * 200 + 64, n = 0;
    char *buf = malloc(cap);
    n += (size_t)snprintf(buf + n, cap - n, "nps,comment\n");
    uint64_t s = 42;
    for (unsigned r = 0; r < rows; r++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        int score = (int)((s >> 33) % 11);
        n += (size_t)snprintf(buf + n, cap - n, "%d,\"", score);
        int words = 4 + (int)((s >> 20) % 12);
        for (int w = 0; w < words; w++) {
            s = s * 6364136223846793005ULL + 1442695040888963407ULL;
            unsigned u = (unsigned)((s >> 33) % 400);
            unsigned id = (u * u) / 400; /* skewed to small ids */
            if (score <= 6 && w == 0 && r % 3 == 0)
                id = 401; /* a word detractors use more */
            n += (size_t)snprintf(buf + n, cap - n, "%sw%u", w ? " " : "", id);
        }
        n += (size_t)snprintf(buf + n, cap - n, "\"\n");
    }
    char *path = fixture_write_tmp(buf);
    free(buf);
    return path;
}

Test(discover, memory_budget_guarantee)
{
    char *path = random_csv(6000);
    vc_lexicon *lex = lexicon("[x]\nw3\n");
    vc_discover_options o;
    const char *inputs[] = {path};
    defaults(&o, inputs, lex);
    o.min_count = 1;
    o.no_collapse = 1;
    o.include_covered = 1;
    o.correction = VC_CORRECT_NONE;
    o.alpha = 0.999999;
    o.top = 1000000;
    o.examples = 0;
    o.memory_bytes = (size_t)1 << 30;
    vc_discovery *exact = run(&o);
    cr_assert_eq(exact->exact_above, 0);
    cr_assert_eq(exact->passes, 2);
    o.memory_bytes = 256 * 1024;
    vc_discovery *lossy = run(&o);
    cr_assert_gt(lossy->exact_above, 0, "the budget should have been exceeded");
    cr_assert_eq(lossy->passes, 3);
    cr_assert_leq(lossy->peak_table_bytes, 256 * 1024 + 4096, "tables held %zu bytes", lossy->peak_table_bytes);
    cr_assert_gt(exact->peak_table_bytes, 4 * 256 * 1024);
    /* every count the lossy run reports is exact */
    for (size_t i = 0; i < lossy->terms.n; i++) {
        const vc_term *l = &lossy->terms.v[i], *e = find(exact, l->text);
        cr_assert_not_null(e, "%s", l->text);
        cr_assert_eq(l->target, e->target, "%s", l->text);
        cr_assert_eq(l->reference, e->reference, "%s", l->text);
        cr_assert_eq(l->cell.comments, e->cell.comments, "%s", l->text);
        cr_assert_eq(l->covered, e->covered, "%s", l->text);
    }
    /* and every term above the guarantee is there */
    size_t above = 0;
    for (size_t i = 0; i < exact->terms.n; i++) {
        const vc_term *e = &exact->terms.v[i];
        if (e->target <= lossy->exact_above)
            continue;
        above++;
        cr_assert_not_null(find(lossy, e->text), "%s (%llu target comments) is missing", e->text,
                           (unsigned long long)e->target);
    }
    cr_assert_gt(above, 10);
    cr_assert_not_null(find(lossy, "w401"));
    vc_discovery_free(exact);
    vc_discovery_free(lossy);
    vc_lexicon_free(lex);
    unlink(path);
    free(path);
}

/* Which terms carry sentiment rather than a topic: VADER's valence words,
 * its negations and boosters, with stop words around them. */
Test(discover, sentiment_terms_classified)
{
    vc_sentiment_lexicon *sl = NULL;
    vc_error err;
    cr_assert_eq(vc_sentiment_lexicon_load_default(&sl, &err), VC_OK);
    double v = 0;
    cr_assert_eq(vc_sentiment_word_kind(sl, "worst", 5, &v), VC_WORD_VALENCE);
    cr_assert_float_eq(v, -3.1, 1e-9);
    cr_assert_eq(vc_sentiment_word_kind(sl, "never", 5, NULL), VC_WORD_NEGATION);
    cr_assert_eq(vc_sentiment_word_kind(sl, "extremely", 9, NULL), VC_WORD_BOOSTER);
    cr_assert_eq(vc_sentiment_word_kind(sl, "scanner", 7, NULL), 0);
    cr_assert_eq(vc_sentiment_word_kind(sl, "", 0, NULL), 0);
    static const char *const yes[] = {"bad", "so bad", "not good", "the worst", "never", "extremely rude",
                                      "didn't", "worst of the worst"};
    static const char *const no[] = {"scanner", "bad app", "card scanner kept", "worst experience", "the", "of the",
                                     "customer service"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        cr_assert(vc_term_is_sentiment(sl, yes[i], STOP, sizeof STOP / sizeof *STOP), "%s", yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        cr_assert(!vc_term_is_sentiment(sl, no[i], STOP, sizeof STOP / sizeof *STOP), "%s", no[i]);
    /* "so" is a stop word of the test list; without one, "so bad" is still VADER's (a booster) */
    cr_assert(vc_term_is_sentiment(sl, "so bad", NULL, 0));
    cr_assert(!vc_term_is_sentiment(sl, "the worst", NULL, 0));
    vc_sentiment_lexicon_free(sl);
}

/* The acceptance run on real comments: the team's hand-written comments
 * with scores (tools/cx_corpus.py), the planted phrase in 4% of the
 * detractor comments only, the default lexicon and stop words. A piece of
 * the phrase holding exactly its comments is among the first 3 topics, and
 * no term of the first 10 is a sentiment term; the sentiment section holds
 * the rest. The same lists with 1 and 3 threads. */
Test(discover, planted_phrase_top3_among_real_comments)
{
    static const char PHRASE[] = "the loyalty card scanner kept rejecting my coupon";
    char path[] = "/tmp/vocal_cx_corpus_XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    close(fd);
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "python3 '%s/tools/cx_corpus.py' --copies 5 --seed 22 --plant '%s:0.04' -o '%s'",
             VOCAL_SOURCE_DIR, PHRASE, path);
    cr_assert_eq(system(cmd), 0, "%s", cmd);
    vc_lexicon *lex = NULL;
    vc_error err;
    cr_assert_eq(vc_lexicon_load_file(VOCAL_SOURCE_DIR "/lexicons/default.lex", NULL, &lex, &err), VC_OK, "%s",
                 err.msg);
    vc_stopwords stop;
    cr_assert_eq(vc_stopwords_load(NULL, &stop, &err), VC_OK);
    vc_discover_options o;
    const char *inputs[] = {path};
    defaults(&o, inputs, lex);
    o.stop_words = stop.v;
    o.nstop_words = stop.n;
    o.min_count = 5;
    o.examples = 1;
    o.scan.threads = 1;
    vc_discovery *d = run(&o);
    uint64_t planted = (uint64_t)(0.04 * (double)d->target_comments + 0.5);
    size_t rank = 0;
    for (size_t i = 0; i < d->terms.n && !rank; i++) {
        const vc_term *t = &d->terms.v[i];
        if (t->words >= 2 && vc_term_contains(PHRASE, t->text) && t->target == planted && t->reference == 0)
            rank = i + 1;
    }
    cr_assert(rank >= 1 && rank <= 3, "the planted phrase ranks %zu", rank);
    vc_sentiment_lexicon *sl = NULL;
    cr_assert_eq(vc_sentiment_lexicon_load_default(&sl, &err), VC_OK);
    for (size_t i = 0; i < d->terms.n && i < 10; i++) {
        cr_assert(!d->terms.v[i].sentiment, "%s", d->terms.v[i].text);
        cr_assert(!vc_term_is_sentiment(sl, d->terms.v[i].text, stop.v, stop.n), "%s", d->terms.v[i].text);
    }
    cr_assert_geq(d->sentiment_terms.n, 5);
    for (size_t i = 0; i < d->sentiment_terms.n; i++)
        cr_assert(vc_term_is_sentiment(sl, d->sentiment_terms.v[i].text, stop.v, stop.n), "%s",
                  d->sentiment_terms.v[i].text);
    cr_assert_geq(d->significant_sentiment, d->sentiment_terms.n);

    o.scan.threads = 3;
    o.scan.batch_bytes = 4096;
    vc_discovery *d3 = run(&o);
    cr_assert_eq(d->terms.n, d3->terms.n);
    cr_assert_eq(d->sentiment_terms.n, d3->sentiment_terms.n);
    for (size_t i = 0; i < d->terms.n; i++) {
        cr_assert_str_eq(d->terms.v[i].text, d3->terms.v[i].text);
        cr_assert_eq(d->terms.v[i].target, d3->terms.v[i].target);
        cr_assert_eq(d->terms.v[i].candidate, d3->terms.v[i].candidate);
    }
    for (size_t i = 0; i < d->sentiment_terms.n; i++)
        cr_assert_str_eq(d->sentiment_terms.v[i].text, d3->sentiment_terms.v[i].text);
    vc_discovery_free(d);
    vc_discovery_free(d3);
    vc_sentiment_lexicon_free(sl);
    vc_stopwords_free(&stop);
    vc_lexicon_free(lex);
    unlink(path);
}
