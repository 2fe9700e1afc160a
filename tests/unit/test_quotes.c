/* test_quotes.c - the context a quote keeps: the matched phrase carried
 * from the normalized text to the raw sentence (accents, curly apostrophes,
 * emoji, case, the last word, and a sentence whose words do not line up),
 * the respondent's score and segments, the context of the earliest place
 * whatever the order quotes meet in, answers committed one by one, and the
 * saved state read back as it was. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "vocal/analyze.h"
#include "vocal/quotes.h"
#include "vocal/wire.h"

static vc_lexicon *lex;
static vc_analyzer *an;

static void setup(void)
{
    const char *text = "[coffee]\ncafé\n[care]\ndon't care\n[rude]\nwere rude\n[staff]\nstaff\n";
    vc_error e;
    cr_assert_eq(vc_lexicon_load_string("t.lex", text, strlen(text), NULL, &lex, &e), VC_OK, "%s", e.msg);
    an = vc_analyzer_new(lex, NULL);
    cr_assert_not_null(an);
}

static void teardown(void)
{
    vc_analyzer_free(an);
    vc_lexicon_free(lex);
}

TestSuite(quotes, .init = setup, .fini = teardown);

static uint32_t theme(const char *name)
{
    for (uint32_t t = 0; t < vc_lexicon_theme_count(lex); t++)
        if (strcmp(vc_lexicon_theme_name(lex, t), name) == 0)
            return t;
    cr_assert_fail("no theme %s", name);
    return 0;
}

/* Offer one comment (detractor) and commit it under region `region`. */
static void offer(vc_quotes *q, const char *comment, int32_t score, const char *region, uint64_t file, uint64_t line)
{
    vc_analysis a;
    cr_assert_eq(vc_analyze(an, comment, strlen(comment), VC_ANALYZE_DETAIL, &a), VC_OK);
    cr_assert_eq(vc_quotes_offer(q, &a, 0, score, file, line), VC_OK);
    const char *seg[] = {"all", region};
    size_t len[] = {3, strlen(region)};
    cr_assert_eq(vc_quotes_commit(q, seg, len, NULL, 2, SIZE_MAX), VC_OK);
    cr_assert_eq(vc_quotes_held(q), 0);
}

/* The quote of theme `name` in `comment` is `sentence`, its mark `marked`
 * ("" : none). */
static void check_mark(const char *comment, const char *name, const char *sentence, const char *marked)
{
    vc_quotes *q = vc_quotes_new(lex, 3);
    offer(q, comment, 4, "EU", 0, 2);
    size_t n;
    const vc_quote *v = vc_quotes_get(q, theme(name), 0, &n);
    cr_assert_eq(n, 1, "%s: one quote of %s", comment, name);
    cr_assert_str_eq(v->text, sentence);
    cr_assert_leq(v->mark + v->mark_len, strlen(v->text), "the mark lies inside the text");
    char got[256];
    cr_assert_lt(v->mark_len, sizeof got);
    memcpy(got, v->text + v->mark, v->mark_len);
    got[v->mark_len] = 0;
    cr_assert_str_eq(got, marked, "%s: mark of %s", comment, name);
    if (!*marked)
        cr_assert_eq(v->mark, 0);
    vc_quotes_free(q);
}

Test(quotes, mark_is_the_raw_phrase)
{
    check_mark("The staff were rude to us.", "staff", "The staff were rude to us.", "staff");
    check_mark("The staff were rude to us.", "rude", "The staff were rude to us.", "were rude");
}

Test(quotes, mark_across_case_and_accents)
{
    check_mark("GREAT STAFF, cold food.", "staff", "GREAT STAFF, cold food.", "STAFF");
    check_mark("Le CAFÉ était froid.", "coffee", "Le CAFÉ était froid.", "CAFÉ");
    /* decomposed: e + combining acute, composed by the normalizer */
    check_mark("Le cafe\xcc\x81 froid.", "coffee", "Le cafe\xcc\x81 froid.", "cafe\xcc\x81");
}

Test(quotes, mark_keeps_curly_apostrophes)
{
    check_mark("They don\xe2\x80\x99t care at all.", "care", "They don\xe2\x80\x99t care at all.",
               "don\xe2\x80\x99t care");
}

Test(quotes, mark_around_emoji)
{
    /* U+2764 U+FE0F: the variation selector is a mark (a word character)
     * in the raw text and gone from the normalized one */
    const char *emoji = "\xf0\x9f\x98\xa1 the staff \xe2\x9d\xa4\xef\xb8\x8f were rude \xf0\x9f\x91\x8e\xf0\x9f\x8f\xbb!";
    check_mark(emoji, "rude", emoji, "were rude");
    check_mark("Staff\xf0\x9f\x98\xa1", "staff", "Staff\xf0\x9f\x98\xa1", "Staff");
}

Test(quotes, mark_on_the_last_word)
{
    check_mark("We waited for the staff", "staff", "We waited for the staff", "staff");
    check_mark("Fine. But nobody cared about the STAFF", "staff", "But nobody cared about the STAFF", "STAFF");
}

Test(quotes, mark_where_a_character_becomes_two_words)
{
    /* "½" is one word raw and "1⁄2" two normalized: counted per run */
    check_mark("We paid \xc2\xbd and the staff left.", "staff", "We paid \xc2\xbd and the staff left.", "staff");
}

Test(quotes, no_mark_when_words_do_not_line_up)
{
    /* a soft hyphen splits a word in the raw text, and the normalizer
     * removes it: 5 raw words against 4 */
    check_mark("The sta\xc2\xad" "ff were rude", "rude", "The sta\xc2\xad" "ff were rude", "");
}

Test(quotes, mark_is_the_first_hit_in_the_sentence)
{
    check_mark("Staff said the other staff would call.", "staff", "Staff said the other staff would call.", "Staff");
}

Test(quotes, context_is_the_comment)
{
    vc_quotes *q = vc_quotes_new(lex, 3);
    offer(q, "Rude staff. The staff were rude to us!", 3, " EU ", 1, 7);
    size_t n;
    const vc_quote *v = vc_quotes_get(q, theme("staff"), 0, &n);
    cr_assert_eq(n, 1);
    cr_assert_eq(v->respondent_score, 3);
    cr_assert_str_eq(v->segments, "EU", "trimmed as the table trims");
    cr_assert_eq(v->file, 1);
    cr_assert_eq(v->line, 7);
    vc_quotes_free(q);

    /* no dimension but all: no segments; no score */
    q = vc_quotes_new(lex, 3);
    vc_analysis a;
    const char *c = "The staff were rude to us.";
    cr_assert_eq(vc_analyze(an, c, strlen(c), VC_ANALYZE_DETAIL, &a), VC_OK);
    cr_assert_eq(vc_quotes_offer(q, &a, 0, VC_QUOTE_NO_SCORE, 0, 2), VC_OK);
    const char *all[] = {"all"};
    size_t len[] = {3};
    cr_assert_eq(vc_quotes_commit(q, all, len, NULL, 1, SIZE_MAX), VC_OK);
    v = vc_quotes_get(q, theme("staff"), 0, &n);
    cr_assert_eq(n, 1);
    cr_assert_null(v->segments);
    cr_assert_eq(v->respondent_score, VC_QUOTE_NO_SCORE);
    vc_quotes_free(q);
}

Test(quotes, segments_of_several_values)
{
    vc_quotes *q = vc_quotes_new(lex, 3);
    vc_analysis a;
    const char *c = "The staff were rude to us.";
    cr_assert_eq(vc_analyze(an, c, strlen(c), VC_ANALYZE_DETAIL, &a), VC_OK);
    cr_assert_eq(vc_quotes_offer(q, &a, 0, 0, 0, 2), VC_OK);
    /* region: one value with a unit separator inside; signal: three values,
     * one twice, one padded; plan: blank; period: none given (0 values) */
    const char *seg[] = {"all", "E\x1fU", "churn_risk\0 effort \0churn_risk\0", "  ", ""};
    size_t len[] = {3, 3, 31, 2, 0}, nvals[] = {1, 1, 3, 1, 0};
    cr_assert_eq(vc_quotes_commit(q, seg, len, nvals, 5, SIZE_MAX), VC_OK);
    size_t n;
    const vc_quote *v = vc_quotes_get(q, theme("staff"), 0, &n);
    cr_assert_eq(n, 1);
    cr_assert_str_eq(v->segments, "E U\x1f" "churn_risk, effort\x1f" "(blank)\x1f" "(blank)");
    vc_quotes_free(q);
}

/* Every list of a and b alike, context included. */
static void assert_same(const vc_quotes *a, const vc_quotes *b)
{
    for (uint32_t t = 0; t < vc_lexicon_theme_count(lex); t++)
        for (int g = 0; g < 3; g++) {
            size_t na, nb;
            const vc_quote *x = vc_quotes_get(a, t, g, &na), *y = vc_quotes_get(b, t, g, &nb);
            cr_assert_eq(na, nb);
            for (size_t i = 0; i < na; i++) {
                cr_assert_str_eq(x[i].text, y[i].text);
                cr_assert_eq(x[i].file, y[i].file);
                cr_assert_eq(x[i].line, y[i].line);
                cr_assert_eq(x[i].respondent_score, y[i].respondent_score);
                cr_assert_str_eq(x[i].segments ? x[i].segments : "-", y[i].segments ? y[i].segments : "-");
                cr_assert_eq(x[i].mark, y[i].mark);
                cr_assert_eq(x[i].mark_len, y[i].mark_len);
            }
        }
}

Test(quotes, context_follows_the_earliest_place)
{
    /* the same sentence in three comments, met late first */
    const char *s = "The staff were rude to us.";
    vc_quotes *late_first = vc_quotes_new(lex, 3);
    offer(late_first, s, 5, "US", 1, 9);
    offer(late_first, s, 2, "EU", 0, 30);
    offer(late_first, s, 6, "APAC", 0, 12);
    size_t n;
    const vc_quote *v = vc_quotes_get(late_first, theme("staff"), 0, &n);
    cr_assert_eq(n, 1, "quoted once");
    cr_assert_eq(v->file, 0);
    cr_assert_eq(v->line, 12);
    cr_assert_eq(v->respondent_score, 6);
    cr_assert_str_eq(v->segments, "APAC");

    /* two workers, merged either way, and one that saw them in order */
    vc_quotes *w1 = vc_quotes_new(lex, 3), *w2 = vc_quotes_new(lex, 3), *in_order = vc_quotes_new(lex, 3);
    offer(w1, s, 6, "APAC", 0, 12);
    offer(w2, s, 2, "EU", 0, 30);
    offer(w2, s, 5, "US", 1, 9);
    offer(in_order, s, 6, "APAC", 0, 12);
    offer(in_order, s, 2, "EU", 0, 30);
    offer(in_order, s, 5, "US", 1, 9);
    vc_quotes *m12 = vc_quotes_new(lex, 3), *m21 = vc_quotes_new(lex, 3);
    cr_assert_eq(vc_quotes_merge(m12, w1), VC_OK);
    cr_assert_eq(vc_quotes_merge(m12, w2), VC_OK);
    cr_assert_eq(vc_quotes_merge(m21, w2), VC_OK);
    cr_assert_eq(vc_quotes_merge(m21, w1), VC_OK);
    assert_same(late_first, in_order);
    assert_same(late_first, m12);
    assert_same(late_first, m21);
    vc_quotes_free(late_first);
    vc_quotes_free(w1);
    vc_quotes_free(w2);
    vc_quotes_free(in_order);
    vc_quotes_free(m12);
    vc_quotes_free(m21);
}

Test(quotes, answers_committed_one_by_one)
{
    /* a respondent of two answers: each answer's quotes carry its question */
    vc_quotes *q = vc_quotes_new(lex, 3);
    const char *answers[] = {"The staff were rude to us.", "Le café était froid, staff absent."};
    for (int i = 0; i < 2; i++) {
        vc_analysis a;
        cr_assert_eq(vc_analyze(an, answers[i], strlen(answers[i]), VC_ANALYZE_DETAIL, &a), VC_OK);
        cr_assert_eq(vc_quotes_offer(q, &a, 0, 1, 0, 4), VC_OK);
    }
    cr_assert_eq(vc_quotes_held(q), 4, "staff and rude, then coffee and staff");
    const char *questions[] = {"why", "improve"};
    for (int i = 0; i < 2; i++) {
        const char *seg[] = {"all", "EU", questions[i]};
        size_t len[] = {3, 2, strlen(questions[i])};
        cr_assert_eq(vc_quotes_commit(q, seg, len, NULL, 3, 1), VC_OK);
    }
    cr_assert_eq(vc_quotes_held(q), 0);
    size_t n;
    const vc_quote *v = vc_quotes_get(q, theme("coffee"), 0, &n);
    cr_assert_eq(n, 1);
    cr_assert_str_eq(v->segments, "EU\x1f" "improve");
    v = vc_quotes_get(q, theme("rude"), 0, &n);
    cr_assert_eq(n, 1);
    cr_assert_str_eq(v->segments, "EU\x1f" "why");
    v = vc_quotes_get(q, theme("staff"), 0, &n);
    cr_assert_eq(n, 2);
    for (size_t i = 0; i < n; i++)
        cr_assert_str_eq(v[i].segments, strstr(v[i].text, "café") ? "EU\x1f" "improve" : "EU\x1f" "why");
    vc_quotes_free(q);
}

Test(quotes, a_full_list_holds_nothing_it_cannot_take)
{
    vc_quotes *q = vc_quotes_new(lex, 1);
    offer(q, "Staff were rude and awful and slow to us, every single time.", 1, "EU", 0, 2);
    vc_analysis a;
    const char *c = "staff"; /* short: scores below the one kept */
    cr_assert_eq(vc_analyze(an, c, strlen(c), VC_ANALYZE_DETAIL, &a), VC_OK);
    cr_assert_eq(vc_quotes_offer(q, &a, 0, 1, 0, 3), VC_OK);
    cr_assert_eq(vc_quotes_held(q), 0);
    const char *seg[] = {"all", "EU"};
    size_t len[] = {3, 2};
    cr_assert_eq(vc_quotes_commit(q, seg, len, NULL, 2, SIZE_MAX), VC_OK);
    size_t n;
    const vc_quote *v = vc_quotes_get(q, theme("staff"), 0, &n);
    cr_assert_eq(n, 1);
    cr_assert_eq(v->line, 2);
    vc_quotes_free(q);
}

Test(quotes, saved_state_round_trip)
{
    vc_quotes *q = vc_quotes_new(lex, 3);
    offer(q, "They don\xe2\x80\x99t care. The staff were rude to us!", 3, "EU", 0, 2);
    offer(q, "Le CAFÉ était froid.", VC_QUOTE_NO_SCORE, "(blank)", 1, 5);
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_quotes_encode(q, &b), VC_OK);
    vc_quotes *back = vc_quotes_new_themes(vc_lexicon_theme_count(lex), 3);
    vc_wire_reader r;
    vc_wire_reader_init(&r, b.data, b.len);
    cr_assert_eq(vc_quotes_decode_merge(back, &r, NULL, NULL, 2), VC_OK);
    cr_assert_eq(r.p, r.end);
    assert_same(q, back);
    size_t n;
    const vc_quote *v = vc_quotes_get(back, theme("coffee"), 0, &n);
    cr_assert_eq(n, 1);
    cr_assert_eq(v->respondent_score, VC_QUOTE_NO_SCORE);
    cr_assert_eq(v->mark_len, strlen("CAFÉ"));
    vc_buf b2 = VC_BUF_INIT;
    cr_assert_eq(vc_quotes_encode(back, &b2), VC_OK);
    cr_assert_eq(b2.len, b.len);
    cr_assert_eq(memcmp(b.data, b2.data, b.len), 0, "the same bytes again");
    vc_buf_free(&b);
    vc_buf_free(&b2);
    vc_quotes_free(q);
    vc_quotes_free(back);
}
