/* test_langsent.c - the sentiment of other languages (vader/langsent.c,
 * vader/langset.c): VADER's rules on a small hand-made lexicon (negation
 * before and after, boosters, contrast, capitals, exclamation), substring
 * entries for Japanese, accent folding, prefixes, the loader's errors with
 * file:line:column, the set of lexicons and the analyzer using them. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "vocal/analyze.h"
#include "vocal/sentiment.h"

static const char LEX[] = "# a test lexicon\n"
                          "@lang de\n"
                          "gut\t2.0\n"
                          "schlecht\t-2.0\n"
                          "pünktlich\t1.5\n"
                          "enttäusch*\t-2.5\n"
                          "sehr zu empfehlen\t3.0\n"
                          "ohne probleme\t2.0\n"
                          "@negator nicht\n"
                          "@negator ohne\n"
                          "@negator-after nicht\n"
                          "@booster sehr\t+0.293\n"
                          "@booster etwas\t-0.293\n"
                          "@contrast aber\n";

static const char JA[] = "@lang ja\n"
                         "良く\t1.8\n"
                         "最悪\t-3.4\n"
                         "満足\t2.3\n"
                         "@negator-after ない\n"
                         "@negator-after ません\n"
                         "@booster とても\t+0.293\n"
                         "@contrast けど\n";

static vc_lang_sentiment *load(const char *text)
{
    vc_lang_sentiment *ls = NULL;
    vc_error e;
    vc_error_clear(&e);
    cr_assert_eq(vc_lang_sentiment_load_text("t.txt", text, strlen(text), NULL, &ls, &e), VC_OK, "%s", e.msg);
    return ls;
}

static double compound(const vc_lang_sentiment *ls, const char *t)
{
    vc_lang_scratch *s = vc_lang_scratch_new();
    vc_sentiment out;
    cr_assert_eq(vc_lang_sentiment_score(ls, s, t, strlen(t), &out), VC_OK);
    vc_lang_scratch_free(s);
    return out.compound;
}

/* VADER's normalization of a sum of valences */
static double norm(double x) { return round(x / sqrt(x * x + 15) * 1e4) / 1e4; }

Test(langsent, valence_and_vader_scale)
{
    vc_lang_sentiment *ls = load(LEX);
    cr_assert_float_eq(compound(ls, "Das ist gut"), norm(2.0), 1e-9);
    cr_assert_float_eq(compound(ls, "Das ist schlecht"), norm(-2.0), 1e-9);
    cr_assert_float_eq(compound(ls, "Die Farbe ist blau"), 0.0, 1e-9);
    cr_assert_str_eq(vc_lang_sentiment_language(ls), "de");
    cr_assert_eq(vc_lang_sentiment_size(ls), 11);
    vc_lang_sentiment_free(ls);
}

Test(langsent, negation_before_and_after)
{
    vc_lang_sentiment *ls = load(LEX);
    cr_assert_float_eq(compound(ls, "nicht gut"), norm(2.0 * -0.74), 1e-9);
    cr_assert_float_eq(compound(ls, "gut gefällt mir nicht"), norm(2.0), 1e-9, "two words on: too far");
    cr_assert_float_eq(compound(ls, "gut, nicht"), norm(2.0), 1e-9, "a comma ends the clause");
    cr_assert_float_eq(compound(ls, "ist gut nicht"), norm(2.0 * -0.74), 1e-9);
    cr_assert_float_eq(compound(ls, "gut ist nicht"), norm(2.0 * -0.74), 1e-9);
    /* "nicht schlecht": the negator belongs to the valence after it */
    cr_assert_float_eq(compound(ls, "gut nicht schlecht"), norm(2.0 + -2.0 * -0.74), 1e-9);
    /* a phrase that starts with a negator is not turned round again */
    cr_assert_float_eq(compound(ls, "nicht ohne probleme"), norm(2.0), 1e-9);
    vc_lang_sentiment_free(ls);
}

Test(langsent, boosters_contrast_caps_and_exclamation)
{
    vc_lang_sentiment *ls = load(LEX);
    cr_assert_float_eq(compound(ls, "sehr gut"), norm(2.293), 1e-9);
    cr_assert_float_eq(compound(ls, "sehr schlecht"), norm(-2.293), 1e-9);
    cr_assert_float_eq(compound(ls, "etwas gut"), norm(2.0 - 0.293), 1e-9);
    cr_assert_float_eq(compound(ls, "sehr etwas gut"), norm(2.0 - 0.293 + 0.293 * 0.95), 1e-9);
    cr_assert_float_eq(compound(ls, "gut aber schlecht"), norm(2.0 * 0.5 - 2.0 * 1.5), 1e-9);
    cr_assert_float_eq(compound(ls, "das ist GUT"), norm(2.0 + 0.733), 1e-9);
    cr_assert_float_eq(compound(ls, "GUT"), norm(2.0), 1e-9, "all capitals: no emphasis");
    cr_assert_float_eq(compound(ls, "gut!!"), norm(2.0 + 2 * 0.292), 1e-9);
    vc_lang_sentiment_free(ls);
}

Test(langsent, accents_prefixes_and_phrases)
{
    vc_lang_sentiment *ls = load(LEX);
    cr_assert_float_eq(compound(ls, "Lieferung punktlich"), norm(1.5), 1e-9, "typed without the umlaut");
    cr_assert_float_eq(compound(ls, "Lieferung PÜNKTLICH"), norm(1.5 + 0.733), 1e-9, "capitals, folded too");
    cr_assert_float_eq(compound(ls, "total enttäuschend"), norm(-2.5), 1e-9);
    cr_assert_float_eq(compound(ls, "Enttäuschung"), norm(-2.5), 1e-9);
    cr_assert_float_eq(compound(ls, "enttausch"), norm(-2.5), 1e-9, "the prefix is a word too");
    cr_assert_float_eq(compound(ls, "sehr zu empfehlen"), norm(3.0), 1e-9, "the phrase, not the booster");
    cr_assert_float_eq(compound(ls, "sehr zu, empfehlen"), 0.0, 1e-9, "no phrase across a comma");
    vc_lang_sentiment_free(ls);
}

Test(langsent, japanese_substrings_and_negation_after)
{
    vc_lang_sentiment *ls = load(JA);
    cr_assert_float_eq(compound(ls, "味は良くない"), norm(1.8 * -0.74), 1e-9);
    cr_assert_float_eq(compound(ls, "味は良くて"), norm(1.8), 1e-9);
    cr_assert_float_eq(compound(ls, "満足していません"), norm(2.3 * -0.74), 1e-9);
    cr_assert_float_eq(compound(ls, "満足。ない"), norm(2.3), 1e-9, "not across the sentence end");
    cr_assert_float_eq(compound(ls, "とても満足"), norm(2.3 + 0.293), 1e-9);
    cr_assert_float_eq(compound(ls, "満足だけど最悪"), norm(2.3 * 0.5 - 3.4 * 1.5), 1e-9);
    cr_assert_float_eq(compound(ls, "満足！"), norm(2.3 + 0.292), 1e-9, "a fullwidth exclamation");
    vc_lang_sentiment_free(ls);
}

static void load_error(const char *text, const char *lang, const char *want)
{
    vc_lang_sentiment *ls = NULL;
    vc_error e;
    vc_error_clear(&e);
    vc_status st = vc_lang_sentiment_load_text("bad.txt", text, strlen(text), lang, &ls, &e);
    cr_assert_eq(st, VC_ERR_LEXICON, "%s: %s", text, e.msg);
    cr_assert_null(ls);
    cr_assert_str_eq(e.msg, want);
}

Test(langsent, loader_errors_name_file_line_column)
{
    load_error("@lang de\ngut 2\n", NULL, "bad.txt:2:6: expected TAB and a valence (-4..4)");
    load_error("@lang de\ngut\tsehr\n", NULL, "bad.txt:2:5: valence must be a number in -4..4, not 0");
    load_error("@lang de\ngut\t5\n", NULL, "bad.txt:2:5: valence must be a number in -4..4, not 0");
    load_error("@lang de\n@negater nicht\n", NULL,
               "bad.txt:2:1: unknown directive (expected @lang, @negator, @negator-after, @booster, @contrast)");
    load_error("@lang de\ng*ut\t1\n", NULL, "bad.txt:2:2: '*' only at the end of a word (a prefix)");
    load_error("@lang de\ngrün\t1\ngrun\t2\n", NULL,
               "bad.txt:3:1: entry given twice (line 2, once accents are folded)");
    load_error("@lang de\n@booster sehr\n", NULL,
               "bad.txt:2:14: expected TAB and a booster value (such as +0.293)");
    load_error("@lang fr\nbon\t1\n", "de", "bad.txt:1:7: @lang fr, but this lexicon is for de");
    load_error("gut\t1\n", NULL, "bad.txt:1:1: no language: add a line '@lang CODE'");
    load_error("@lang de\n# nothing\n", NULL, "bad.txt:2:1: no entries");
}

Test(langsent, set_covers_languages)
{
    vc_sentiment_languages *set = vc_sentiment_languages_new();
    vc_error e;
    cr_assert_eq(vc_sentiment_languages_add_shipped(set, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_sentiment_languages_count(set), 7);
    cr_assert_str_eq(vc_lang_sentiment_language(vc_sentiment_languages_at(set, 0)), "de");
    cr_assert_str_eq(vc_lang_sentiment_name(vc_sentiment_languages_get(set, "ja")), "builtin:ja");
    cr_assert(vc_sentiment_covers(set, "es"));
    cr_assert(vc_sentiment_covers(set, "en"));
    cr_assert(vc_sentiment_covers(set, "und"));
    cr_assert(vc_sentiment_covers(set, NULL));
    cr_assert_not(vc_sentiment_covers(set, "ru"));
    cr_assert_not(vc_sentiment_covers(NULL, "es"));
    /* a given lexicon replaces the shipped one of its language */
    cr_assert_eq(vc_sentiment_languages_put(set, load(LEX)), VC_OK);
    cr_assert_eq(vc_sentiment_languages_count(set), 7);
    cr_assert_str_eq(vc_lang_sentiment_name(vc_sentiment_languages_get(set, "de")), "t.txt");
    /* the two German sentences of the issue, with the shipped lexicon */
    vc_sentiment_languages *shipped = vc_sentiment_languages_new();
    cr_assert_eq(vc_sentiment_languages_add_shipped(shipped, &e), VC_OK);
    const vc_lang_sentiment *de = vc_sentiment_languages_get(shipped, "de");
    cr_assert_gt(compound(de, "Die App ist sehr gut"), 0.05);
    cr_assert_gt(compound(de, "Die Lieferung war pünktlich, alles bestens."), 0.05);
    vc_sentiment_languages_free(shipped);
    vc_sentiment_languages_free(set);
}

Test(langsent, analyzer_scores_in_the_comment_language)
{
    vc_lexicon *lex;
    vc_sentiment_lexicon *vader;
    vc_error e;
    const char *themes = "[delivery]\nlieferung\n";
    cr_assert_eq(vc_lexicon_load_string("t.lex", themes, strlen(themes), NULL, &lex, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_sentiment_lexicon_load_default(&vader, &e), VC_OK);
    vc_sentiment_languages *set = vc_sentiment_languages_new();
    cr_assert_eq(vc_sentiment_languages_put(set, load(LEX)), VC_OK);
    vc_analyzer *an = vc_analyzer_new(lex, vader);
    cr_assert_eq(vc_analyzer_set_sentiment_languages(an, set), VC_OK);
    const char *t = "Die Lieferung war schlecht. Das Essen war gut.";
    vc_analysis a;
    cr_assert_eq(vc_analyze_lang(an, t, strlen(t), "de", 0, &a), VC_OK);
    cr_assert(a.has_sentiment);
    cr_assert_float_eq(a.sentiment.compound, norm(0.0), 1e-9);
    cr_assert_eq(a.nthemes, 1);
    cr_assert_float_eq(a.themes[0].compound, norm(-2.0), 1e-9, "the theme's sentence only");
    /* the CX mode's place: clauses */
    vc_analyzer_set_sentiment_mode(an, VC_SENTIMENT_CX);
    const char *c = "Die Lieferung war schlecht, das Essen war gut.";
    cr_assert_eq(vc_analyze_lang(an, c, strlen(c), "de", 0, &a), VC_OK);
    cr_assert_float_eq(a.themes[0].compound, norm(-2.0), 1e-9, "the theme's clause only");
    /* English still goes to VADER: "gut" is no English word */
    cr_assert_eq(vc_analyze_lang(an, "gut", 3, "en", 0, &a), VC_OK);
    cr_assert_float_eq(a.sentiment.compound, 0.0, 1e-9);
    cr_assert_eq(vc_analyze_lang(an, "gut", 3, "de", 0, &a), VC_OK);
    cr_assert_float_eq(a.sentiment.compound, norm(2.0), 1e-9);
    vc_analyzer_free(an);
    vc_sentiment_languages_free(set);
    vc_sentiment_lexicon_free(vader);
    vc_lexicon_free(lex);
}
