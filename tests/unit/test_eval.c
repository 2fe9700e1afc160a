/* test_eval.c - lexicon eval through the library: precision, recall and F1
 * per theme and the micro and macro averages computed by hand on a small
 * gold file, label matching by full name and last level, unknown labels,
 * examples in input order with the entries that fired, sentiment labels,
 * the same result for any thread count, and the CSV writer's rows. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vocal/eval.h"
#include "vocal/lab_report.h"
#include "vocal/lexicon.h"

#include "corpus_fixture.h"

static vc_lexicon *lexicon(const char *text) { return fixture_lexicon("t.lex", text); }

/* app: support 2 (rows 1, 3), predicted 3 (1, 4, 6): tp 1, fp 2, fn 1.
 * staff: support 3 (2, 4, 6), predicted 2 (2, 4): tp 2, fp 0, fn 1.
 * Row 6 also carries a label that names no theme. */
static const char GOLD[] = "comment,themes,mood\n"
                           "the app froze,app,weird\n"
                           "staff were rude,staff,\n"
                           "it crashed,product/app,\n"
                           "staff froze,staff,\n"
                           "nothing,,neutral\n"
                           "crash again,service/staff; bogus ,\n";

static vc_eval_result *run(const vc_lexicon *lex, const char **path, unsigned threads, size_t examples,
                           const char *mood)
{
    vc_eval_options o;
    vc_eval_options_init(&o);
    o.scan.inputs = path;
    o.scan.ninputs = 1;
    o.scan.lex = lex;
    o.scan.threads = threads;
    o.examples = examples;
    o.sentiment_col = mood;
    vc_eval_result *r = NULL;
    vc_error err;
    vc_error_clear(&err);
    cr_assert_eq(vc_eval_run(&o, &r, &err), VC_OK, "%s", err.msg);
    return r;
}

static const vc_eval_theme *theme(const vc_eval_result *r, const char *name)
{
    for (size_t t = 0; t < r->nthemes; t++)
        if (!strcmp(r->themes[t].name, name))
            return &r->themes[t];
    cr_assert_fail("no theme %s", name);
    return NULL;
}

#define NEAR(a, b) cr_assert(fabs((a) - (b)) < 1e-9, "%s = %.6f, expected %.6f", #a, (double)(a), (double)(b))

Test(eval, scores_by_hand)
{
    vc_lexicon *lex = lexicon("[product/app]\nfroze\ncrash\n[service/staff]\nstaff\n");
    char *p = fixture_write_tmp(GOLD);
    const char *paths[] = {p};
    vc_eval_result *r = run(lex, paths, 1, 3, NULL);
    cr_assert_eq(r->comments, 6);
    const vc_eval_theme *app = theme(r, "product/app"), *staff = theme(r, "service/staff");
    cr_assert(app->leaf && staff->leaf && !theme(r, "product")->leaf);
    cr_assert_eq(app->score.support, 2);
    cr_assert_eq(app->score.predicted, 3);
    cr_assert_eq(app->score.tp, 1);
    cr_assert_eq(app->score.fp, 2);
    cr_assert_eq(app->score.fn, 1);
    NEAR(app->score.precision, 1.0 / 3);
    NEAR(app->score.recall, 0.5);
    NEAR(app->score.f1, 0.4);
    cr_assert_eq(staff->score.tp, 2);
    cr_assert_eq(staff->score.fp, 0);
    cr_assert_eq(staff->score.fn, 1);
    NEAR(staff->score.precision, 1.0);
    NEAR(staff->score.recall, 2.0 / 3);
    NEAR(staff->score.f1, 0.8);
    /* a parent counts its children's labels and predictions */
    cr_assert_eq(theme(r, "product")->score.support, 2);
    cr_assert_eq(theme(r, "product")->score.predicted, 3);
    cr_assert_eq(r->nleaves, 2);
    cr_assert_eq(r->micro.tp, 3);
    NEAR(r->micro.precision, 0.6);
    NEAR(r->micro.recall, 0.6);
    NEAR(r->micro.f1, 0.6);
    NEAR(r->macro_precision, 2.0 / 3);
    NEAR(r->macro_recall, 7.0 / 12);
    NEAR(r->macro_f1, 0.6);
    cr_assert_eq(r->unknown_labels, 1);
    cr_assert_eq(r->nunknown, 1);
    cr_assert_str_eq(r->unknown[0], "bogus");
    cr_assert_not(r->with_sentiment);
    vc_eval_result_free(r);
    unlink(p);
    free(p);
    vc_lexicon_free(lex);
}

Test(eval, examples_first_in_input_order_with_entries)
{
    vc_lexicon *lex = lexicon("[product/app]\nfroze\ncrash\n[service/staff]\nstaff\n");
    char *p = fixture_write_tmp(GOLD);
    const char *paths[] = {p};
    vc_eval_result *r = run(lex, paths, 3, 1, NULL);
    const vc_eval_theme *app = theme(r, "product/app"), *staff = theme(r, "service/staff");
    cr_assert_eq(app->false_positives.n, 1);
    cr_assert_str_eq(app->false_positives.v[0].text, "staff froze");
    cr_assert_eq(app->false_positives.v[0].line, 5);
    cr_assert_str_eq(app->false_positives.v[0].entries, "'froze' (t.lex:2)");
    cr_assert_eq(app->false_negatives.n, 1);
    cr_assert_str_eq(app->false_negatives.v[0].text, "it crashed");
    cr_assert_str_eq(app->false_negatives.v[0].entries, "");
    cr_assert_eq(staff->false_negatives.n, 1);
    cr_assert_str_eq(staff->false_negatives.v[0].text, "crash again");
    vc_eval_result_free(r);
    unlink(p);
    free(p);
    vc_lexicon_free(lex);
}

Test(eval, same_result_for_any_thread_count)
{
    vc_lexicon *lex = lexicon("[product/app]\nfroze\ncrash\n[service/staff]\nstaff\n");
    char *p = fixture_write_tmp(GOLD);
    const char *paths[] = {p};
    vc_buf a = VC_BUF_INIT, b = VC_BUF_INIT;
    for (unsigned threads = 1; threads <= 4; threads += 3) {
        vc_eval_result *r = run(lex, paths, threads, 2, NULL);
        cr_assert_eq(vc_eval_write(r, "t.lex", "gold.csv", VC_LAB_JSON, threads == 1 ? &a : &b), VC_OK);
        vc_eval_result_free(r);
    }
    cr_assert_eq(a.len, b.len);
    cr_assert(memcmp(a.data, b.data, a.len) == 0);
    vc_buf_free(&a);
    vc_buf_free(&b);
    unlink(p);
    free(p);
    vc_lexicon_free(lex);
}

Test(eval, sentiment_labels)
{
    vc_lexicon *lex = lexicon("[product/app]\nfroze\n");
    char *p = fixture_write_tmp(GOLD);
    const char *paths[] = {p};
    vc_eval_result *r = run(lex, paths, 2, 0, "mood");
    cr_assert(r->with_sentiment);
    /* "nothing" is labeled neutral and has no valence; "weird" is no class */
    cr_assert_eq(r->labeled_sentiment, 1);
    cr_assert_eq(r->correct_sentiment, 1);
    cr_assert_eq(r->confusion[VC_EVAL_NEUTRAL][1], 1);
    cr_assert_eq(r->confusion[VC_EVAL_OTHER][0] + r->confusion[VC_EVAL_OTHER][1] + r->confusion[VC_EVAL_OTHER][2], 1);
    cr_assert_eq(theme(r, "product/app")->false_positives.n, 0);
    vc_eval_result_free(r);
    unlink(p);
    free(p);
    vc_lexicon_free(lex);
}

Test(eval, csv_writer_rows)
{
    vc_lexicon *lex = lexicon("[product/app]\nfroze\ncrash\n[service/staff]\nstaff\n");
    char *p = fixture_write_tmp(GOLD);
    const char *paths[] = {p};
    vc_eval_result *r = run(lex, paths, 1, 3, NULL);
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_eval_write(r, "t.lex", "gold.csv", VC_LAB_CSV, &b), VC_OK);
    cr_assert_eq(vc_buf_append_char(&b, 0), VC_OK);
    cr_assert(strstr(b.data, "theme,level,support,predicted,tp,fp,fn,precision,recall,f1\n") == b.data);
    cr_assert(strstr(b.data, "\nproduct/app,leaf,2,3,1,2,1,0.3333,0.5000,0.4000\n"), "%s", b.data);
    cr_assert(strstr(b.data, "\nservice/staff,leaf,3,2,2,0,1,1.0000,0.6667,0.8000\n"), "%s", b.data);
    cr_assert(strstr(b.data, "\n(micro),average,5,5,3,2,2,0.6000,0.6000,0.6000\n"), "%s", b.data);
    cr_assert(strstr(b.data, "\n(macro),average,,,,,,0.6667,0.5833,0.6000\n"), "%s", b.data);
    vc_buf_free(&b);
    vc_eval_result_free(r);
    unlink(p);
    free(p);
    vc_lexicon_free(lex);
}

/* A theme the gold never labels (an industry theme of a pack against a gold
 * file of other themes) is unjudged: its predictions are counted, are not
 * false positives, stay out of the averages, and the theme above it counts
 * only what judged themes found. Every other figure equals that of the
 * lexicon without the theme (scores_by_hand). */
Test(eval, themes_the_gold_never_labels_are_unjudged)
{
    vc_lexicon *lex = lexicon("[product/app]\nfroze\ncrash\n[service/staff]\nstaff\n"
                              "[product/battery]\nbattery\nfroze\n[service/desk]\nnothing\n");
    char *p = fixture_write_tmp(GOLD);
    const char *paths[] = {p};
    for (unsigned threads = 1; threads <= 3; threads += 2) {
        vc_eval_result *r = run(lex, paths, threads, 3, NULL);
        const vc_eval_theme *battery = theme(r, "product/battery"), *desk = theme(r, "service/desk");
        cr_assert(battery->unjudged && desk->unjudged && battery->leaf);
        cr_assert_eq(battery->score.support, 0);
        cr_assert_eq(battery->score.predicted, 2); /* rows 1 and 4 */
        cr_assert_eq(battery->score.fp, 0);
        cr_assert_eq(battery->false_positives.n, 0);
        cr_assert_eq(desk->score.predicted, 1);
        cr_assert_eq(r->nunjudged, 2);
        cr_assert_eq(r->unjudged_predictions, 3);
        /* the rest as without them */
        cr_assert_not(theme(r, "product/app")->unjudged);
        cr_assert_not(theme(r, "product")->unjudged);
        cr_assert_eq(r->nleaves, 2);
        cr_assert_eq(r->micro.tp, 3);
        cr_assert_eq(r->micro.predicted, 5);
        NEAR(r->micro.precision, 0.6);
        NEAR(r->macro_precision, 2.0 / 3);
        NEAR(r->macro_recall, 7.0 / 12);
        /* service: only staff's predictions (rows 2, 4), not desk's (row 5) */
        const vc_eval_theme *service = theme(r, "service");
        cr_assert_eq(service->score.predicted, 2);
        cr_assert_eq(service->score.fp, 0);
        cr_assert_eq(service->false_positives.n, 0);
        cr_assert_eq(theme(r, "product")->score.predicted, 3);

        vc_buf b = VC_BUF_INIT;
        cr_assert_eq(vc_eval_write(r, "t.lex", "gold.csv", VC_LAB_CSV, &b), VC_OK);
        cr_assert(strstr(b.data, "\nproduct/battery,unjudged,0,2,,,,,,\n"), "%s", b.data);
        cr_assert(strstr(b.data, "\n(micro),average,5,5,3,2,2,0.6000,0.6000,0.6000\n"), "%s", b.data);
        b.len = 0;
        cr_assert_eq(vc_eval_write(r, "t.lex", "gold.csv", VC_LAB_TEXT, &b), VC_OK);
        cr_assert(strstr(b.data, ": 6 comments, 2 leaf themes (and 2 unjudged)\n"), "%s", b.data);
        cr_assert(strstr(b.data, "\n3 predictions of 2 leaf themes the gold never labels are unjudged: left out "
                                 "of the averages, not counted as false positives\n"),
                  "%s", b.data);
        vc_buf_free(&b);
        vc_eval_result_free(r);
    }
    unlink(p);
    free(p);
    vc_lexicon_free(lex);
}
