/* test_cx.c - the CX sentiment mode (vader/cx.c): each rule on a comment it
 * changes and on one it must leave as VADER scores it, the mode names, and
 * the clause splitter (text/clauses.c) the analyzer reads themes from. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "vocal/analyze.h"
#include "vocal/sentiment.h"
#include "vocal/text.h"

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

TestSuite(cx, .init = setup, .fini = teardown);

static double score(vc_sentiment_mode mode, const char *t)
{
    vc_sentiment s;
    cr_assert_eq(vc_sentiment_score_mode(lex, sc, mode, t, strlen(t), &s), VC_OK);
    return s.compound;
}

/* A text the CX rules change: VADER gives `vader_class`, CX `cx_class`
 * (1 positive, 0 neutral, -1 negative by the +-0.05 thresholds). */
typedef struct changed {
    const char *text;
    int vader_class, cx_class;
} changed;

static int cls(double c) { return c >= 0.05 ? 1 : c <= -0.05 ? -1 : 0; }

static const changed CHANGED[] = {
    /* complaint phrases with no sentiment word */
    {"Never again.", 0, -1},
    {"waited 40 minutes for a table", 0, -1},
    {"the refund still hasn't arrived", 0, -1},
    {"Spent 55 minutes on hold", 0, -1},
    {"took three calls to get it sorted out", 0, -1},
    {"my order never arrived", 0, -1},
    /* negated problem words */
    {"no hassle at all", -1, 1},
    {"never had an issue", 0, 1},
    {"I didn't have to wait 40 minutes at all", 0, 1}, /* guarded phrase; "wait" denied */
    /* politeness */
    {"Kindly stop calling me", 1, -1},
    {"please fix the app", 1, 0},
    /* lukewarm words */
    {"Its fine.", 1, 0},
    /* comparisons and wishes */
    {"The hotel bed was like sleeping on a park bench", 1, 0},
    {"Would love a dark mode", 1, 0},
    /* praise with no sentiment word */
    {"Engineer came on time and was very polite", 0, 1},
    {"The new update fixed the login problem", -1, 1},
};

Test(cx, rule_changes_the_class)
{
    for (size_t i = 0; i < sizeof CHANGED / sizeof *CHANGED; i++) {
        const changed *c = &CHANGED[i];
        cr_expect_eq(cls(score(VC_SENTIMENT_VADER, c->text)), c->vader_class, "VADER on \"%s\"", c->text);
        cr_expect_eq(cls(score(VC_SENTIMENT_CX, c->text)), c->cx_class, "CX on \"%s\"", c->text);
    }
}

/* Complaints VADER already finds negative, but only mildly: CX weighs the
 * phrase as a complaint. */
static const char *const STRONGER[] = {
    "the app stopped working after the update",
    "charged twice for one ticket",
    "no one called back",
};

Test(cx, complaint_phrases_weigh_more_than_their_words)
{
    for (size_t i = 0; i < sizeof STRONGER / sizeof *STRONGER; i++)
        cr_expect_lt(score(VC_SENTIMENT_CX, STRONGER[i]), score(VC_SENTIMENT_VADER, STRONGER[i]) - 0.1, "\"%s\"",
                     STRONGER[i]);
}

/* Texts each rule must leave alone: the CX score is VADER's. */
static const char *const ALONE[] = {
    "I went again and again, lovely place", /* "never _ again" needs its negator */
    "I never had to call them twice", /* guarded: a negator before "had to call" */
    "It works perfectly", /* "doesn't work" needs the negation */
    "The staff were wonderful.", /* no rule word */
    "The problems are bad", /* a problem word VADER scores keeps its score */
    "I like this app", /* "like" alone is a verb */
};

Test(cx, rule_leaves_alone)
{
    for (size_t i = 0; i < sizeof ALONE / sizeof *ALONE; i++)
        cr_expect_float_eq(score(VC_SENTIMENT_CX, ALONE[i]), score(VC_SENTIMENT_VADER, ALONE[i]), 1e-12, "\"%s\"",
                           ALONE[i]);
}

Test(cx, negated_problem_is_mildly_positive_and_drops_the_no)
{
    /* VADER scores "no" -1.2 when the next word has no valence: CX takes
     * that away and gives the denied problem a mild positive */
    cr_assert_lt(score(VC_SENTIMENT_VADER, "no fuss"), 0);
    double c = score(VC_SENTIMENT_CX, "no fuss");
    cr_assert_gt(c, 0.05);
    cr_assert_lt(c, 0.5);
    /* outside the clause of the negator the problem stays a problem */
    cr_assert_lt(score(VC_SENTIMENT_CX, "no reply, hassle from start to end"), 0);
}

Test(cx, phrases_match_apostrophe_spellings)
{
    double a = score(VC_SENTIMENT_CX, "still hasn't arrived");
    cr_assert_float_eq(score(VC_SENTIMENT_CX, "still hasnt arrived"), a, 1e-12);
    cr_assert_float_eq(score(VC_SENTIMENT_CX, "still hasn\xE2\x80\x99t arrived"), a, 1e-12);
}

Test(cx, modes_parse_and_name)
{
    vc_sentiment_mode m = VC_SENTIMENT_VADER;
    cr_assert_eq(vc_sentiment_mode_parse("cx", &m), VC_OK);
    cr_assert_eq(m, VC_SENTIMENT_CX);
    cr_assert_eq(vc_sentiment_mode_parse("vader", &m), VC_OK);
    cr_assert_eq(m, VC_SENTIMENT_VADER);
    cr_assert_eq(vc_sentiment_mode_parse("CX", &m), VC_ERR_USAGE);
    cr_assert_eq(vc_sentiment_mode_parse("both", &m), VC_ERR_USAGE);
    cr_assert_eq(m, VC_SENTIMENT_VADER);
    cr_assert_str_eq(vc_sentiment_mode_name(VC_SENTIMENT_CX), "cx");
    cr_assert_str_eq(vc_sentiment_mode_name(VC_SENTIMENT_VADER), "vader");
}

Test(cx, vader_mode_entry_points_are_vader)
{
    const char *t = "Kindly stop calling me. Never again!";
    vc_sentiment a, b;
    cr_assert_eq(vc_sentiment_score(lex, sc, t, strlen(t), &a), VC_OK);
    cr_assert_eq(vc_sentiment_score_mode(lex, sc, VC_SENTIMENT_VADER, t, strlen(t), &b), VC_OK);
    cr_assert_eq(memcmp(&a, &b, sizeof a), 0);
}

Test(cx, spans_give_the_scores_of_separate_calls)
{
    const char *t = "the refund still hasn't arrived, no problems with the staff though";
    vc_span_range cl[4];
    size_t n = vc_split_clauses(t, strlen(t), cl, 4);
    cr_assert_eq(n, 3);
    vc_sentiment whole, out[3];
    cr_assert_eq(vc_sentiment_score_spans(lex, sc, VC_SENTIMENT_CX, t, strlen(t), cl, n, NULL, &whole, out), VC_OK);
    cr_assert_float_eq(whole.compound, score(VC_SENTIMENT_CX, t), 1e-12);
    for (size_t i = 0; i < n; i++) {
        char buf[128];
        memcpy(buf, t + cl[i].start, cl[i].end - cl[i].start);
        buf[cl[i].end - cl[i].start] = 0;
        cr_assert_float_eq(out[i].compound, score(VC_SENTIMENT_CX, buf), 1e-12, "clause %zu", i);
    }
    cr_assert_lt(out[0].compound, -0.05);
    cr_assert_gt(out[1].compound, 0.05);
}

/* ---- clauses ---------------------------------------------------------------- */

static size_t clauses(const char *t, char out[][64], size_t max)
{
    vc_span_range r[16];
    size_t n = vc_split_clauses(t, strlen(t), r, 16);
    for (size_t i = 0; i < n && i < max; i++) {
        memcpy(out[i], t + r[i].start, r[i].end - r[i].start);
        out[i][r[i].end - r[i].start] = 0;
    }
    return n;
}

Test(clauses, split_at_punctuation_and_contrast_words)
{
    char c[8][64];
    cr_assert_eq(clauses("Food was great, but the wait was long; staff: rude. Never again", c, 8), 5);
    cr_assert_str_eq(c[0], "Food was great,");
    cr_assert_str_eq(c[1], "but the wait was long;");
    cr_assert_str_eq(c[2], "staff:");
    cr_assert_str_eq(c[3], "rude.");
    cr_assert_str_eq(c[4], "Never again");
    cr_assert_eq(clauses("Nice room although small. However, HOWEVER", c, 8), 4);
    cr_assert_str_eq(c[0], "Nice room");
    cr_assert_str_eq(c[1], "although small.");
    cr_assert_str_eq(c[2], "However,");
    cr_assert_str_eq(c[3], "HOWEVER");
}

Test(clauses, no_split_inside_numbers_or_words)
{
    char c[4][64];
    cr_assert_eq(clauses("paid 1,500 at 10:30 for a butler and a buttery thoughtful meal", c, 4), 1);
    cr_assert_eq(clauses("", c, 4), 0);
    cr_assert_eq(clauses(" , ; ", c, 4), 2); /* punctuation alone is kept, spaces trimmed */
}

Test(clauses, count_when_room_is_short)
{
    vc_span_range r[1];
    const char *t = "a, b, c";
    cr_assert_eq(vc_split_clauses(t, strlen(t), r, 1), 3);
    cr_assert_eq(r[0].start, 0);
    cr_assert_eq(r[0].end, 2);
}

Test(clauses, many_sentences_past_one_batch)
{
    char t[4000];
    size_t n = 0;
    for (int i = 0; i < 100; i++)
        n += (size_t)snprintf(t + n, sizeof t - n, "Item %d, ok. ", i);
    vc_span_range r[256];
    cr_assert_eq(vc_split_clauses(t, n, r, 256), 200);
    cr_assert_eq(r[199].end, n - 1);
    cr_assert_eq(vc_split_sentences(t, n, NULL, 0), 100);
}

/* ---- the analyzer in CX mode ------------------------------------------------ */

Test(cx, analyzer_reads_a_theme_from_its_clause)
{
    const char *text = "[billing]\nrefund\n[staff]\nstaff\n";
    vc_lexicon *themes;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_string("t.lex", text, strlen(text), NULL, &themes, &e), VC_OK);
    vc_analyzer *an = vc_analyzer_new(themes, lex);
    const char *c = "the refund still hasn't arrived, no problems with the staff though";
    vc_analysis a;
    cr_assert_eq(vc_analyze(an, c, strlen(c), 0, &a), VC_OK);
    cr_assert_eq(a.nthemes, 2);
    cr_assert_lt(a.themes[1].compound, -0.05); /* VADER mode: staff takes the whole sentence */
    vc_analyzer_set_sentiment_mode(an, VC_SENTIMENT_CX);
    cr_assert_eq(vc_analyze(an, c, strlen(c), 0, &a), VC_OK);
    cr_assert_eq(a.nthemes, 2);
    cr_assert_lt(a.themes[0].compound, -0.05); /* billing: its clause */
    cr_assert_gt(a.themes[1].compound, 0.05); /* staff: not negative */
    cr_assert_float_eq(a.sentiment.compound, score(VC_SENTIMENT_CX, c), 1e-12);
    /* detail: sentence scores in the same mode */
    cr_assert_eq(vc_analyze(an, c, strlen(c), VC_ANALYZE_DETAIL, &a), VC_OK);
    cr_assert_float_eq(a.sentence_sentiment[0].compound, score(VC_SENTIMENT_CX, c), 1e-12);
    vc_analyzer_free(an);
    vc_lexicon_free(themes);
}

/* Clauses of one sentence: the same cuts as vc_split_clauses makes inside
 * that sentence, and no sentence boundary looked for (". " stays inside). */
Test(cx, sentence_clauses_cut_one_sentence_only)
{
    const char *one = "late again, no apology; but the driver was fine";
    vc_span_range a[8], b[8];
    size_t na = vc_split_clauses(one, strlen(one), a, 8), nb = vc_split_sentence_clauses(one, strlen(one), b, 8);
    cr_assert_eq(na, 3);
    cr_assert_eq(nb, na);
    for (size_t i = 0; i < na; i++)
        cr_assert(a[i].start == b[i].start && a[i].end == b[i].end, "clause %zu", i);
    const char *two = "Late again. No apology, but fine";
    cr_assert_eq(vc_split_clauses(two, strlen(two), a, 8), 3, "two sentences, the second cut twice");
    nb = vc_split_sentence_clauses(two, strlen(two), b, 8);
    cr_assert_eq(nb, 2, "one sentence: cut after the comma and before but only");
    cr_assert_eq(b[0].start, 0);
    cr_assert_eq(b[0].end, strlen("Late again. No apology,"));
    cr_assert_eq(vc_split_sentence_clauses(two, strlen(two), b, 1), 2, "the count past max, as the others");
}
