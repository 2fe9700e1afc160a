/* test_analyze.c - one comment: sentences, themes, and theme-level
 * sentiment from the sentences that mention each theme. */
#include <criterion/criterion.h>
#include <string.h>

#include "vocal/analyze.h"

static vc_lexicon *lex;
static vc_sentiment_lexicon *sent;

static void setup(void)
{
    const char *text = "[delivery]\ndelivery\n[staff]\nstaff\n";
    vc_error e;
    cr_assert_eq(vc_lexicon_load_string("t.lex", text, strlen(text), NULL, &lex, &e), VC_OK);
    cr_assert_eq(vc_sentiment_lexicon_load_default(&sent, &e), VC_OK);
}

static void teardown(void)
{
    vc_lexicon_free(lex);
    vc_sentiment_lexicon_free(sent);
}

TestSuite(analyze, .init = setup, .fini = teardown);

Test(analyze, theme_sentiment_comes_from_its_sentences)
{
    vc_analyzer *an = vc_analyzer_new(lex, sent);
    vc_sentiment_scratch *sc = vc_sentiment_scratch_new();
    const char *c = "The staff were lovely and kind. Delivery was a terrible disaster!";
    vc_analysis a;
    cr_assert_eq(vc_analyze(an, c, strlen(c), VC_ANALYZE_DETAIL, &a), VC_OK);
    cr_assert_eq(a.nthemes, 2);
    cr_assert_eq(a.nsentences, 2);
    vc_sentiment s1, s2, whole;
    vc_sentiment_score(sent, sc, c, 31, &s1);
    vc_sentiment_score(sent, sc, c + 32, strlen(c) - 32, &s2);
    vc_sentiment_score(sent, sc, c, strlen(c), &whole);
    cr_assert_eq(a.themes[0].theme, 0); /* delivery */
    cr_assert_float_eq(a.themes[0].compound, s2.compound, 1e-12);
    cr_assert_lt(a.themes[0].compound, -0.5);
    cr_assert_float_eq(a.themes[1].compound, s1.compound, 1e-12);
    cr_assert_gt(a.themes[1].compound, 0.5);
    cr_assert_float_eq(a.sentiment.compound, whole.compound, 1e-12);
    cr_assert_str_eq(a.normalized, "the staff were lovely and kind.\ndelivery was a terrible disaster!");
    cr_assert_eq(a.nhits, 2);
    vc_sentiment_scratch_free(sc);
    vc_analyzer_free(an);
}

Test(analyze, theme_in_two_sentences_takes_the_mean)
{
    vc_analyzer *an = vc_analyzer_new(lex, sent);
    vc_sentiment_scratch *sc = vc_sentiment_scratch_new();
    const char *c = "Great staff!\nStaff was rude.\nok";
    vc_analysis a;
    cr_assert_eq(vc_analyze(an, c, strlen(c), 0, &a), VC_OK);
    cr_assert_eq(a.nthemes, 1);
    vc_sentiment s1, s2;
    vc_sentiment_score(sent, sc, "Great staff!", 12, &s1);
    vc_sentiment_score(sent, sc, "Staff was rude.", 15, &s2);
    cr_assert_float_eq(a.themes[0].compound, (s1.compound + s2.compound) / 2, 1e-12);
    vc_sentiment_scratch_free(sc);
    vc_analyzer_free(an);
}

Test(analyze, empty_and_invalid_input)
{
    vc_analyzer *an = vc_analyzer_new(lex, sent);
    vc_analysis a;
    cr_assert_eq(vc_analyze(an, "   ", 3, 0, &a), VC_OK);
    cr_assert_eq(a.nthemes, 0);
    cr_assert_eq(a.has_sentiment, 0); /* an empty comment carries no sentiment */
    cr_assert_eq(vc_analyze(an, "staff \xff\xfe", 8, 0, &a), VC_OK);
    cr_assert_eq(a.repaired, 2);
    cr_assert_eq(a.nthemes, 1);
    vc_analyzer *plain = vc_analyzer_new(lex, NULL);
    cr_assert_eq(vc_analyze(plain, "delivery. staff", 15, 0, &a), VC_OK);
    cr_assert_eq(a.nthemes, 2);
    cr_assert_eq(a.has_sentiment, 0);
    vc_analyzer_free(plain);
    vc_analyzer_free(an);
}

/* The comment's language is the call's: kept for that call, NULL for a
 * plain vc_analyze(), and the themes and sentiment of text whose language
 * nothing depends on yet are the same either way. */
Test(analyze, language_is_kept_for_the_call_only)
{
    vc_analyzer *an = vc_analyzer_new(lex, sent);
    vc_analysis a, b;
    const char *c = "The staff were lovely. Delivery was late.";
    cr_assert_eq(vc_analyze_lang(an, c, strlen(c), "en", 0, &a), VC_OK);
    cr_assert_str_eq(vc_analyzer_language(an), "en");
    double comp = a.sentiment.compound;
    size_t nt = a.nthemes;
    cr_assert_eq(vc_analyze(an, c, strlen(c), 0, &b), VC_OK);
    cr_assert_null(vc_analyzer_language(an));
    cr_assert_eq(b.nthemes, nt);
    cr_assert_float_eq(b.sentiment.compound, comp, 1e-12);
    vc_analyzer_free(an);
}
