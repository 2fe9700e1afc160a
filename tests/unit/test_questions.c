/* test_questions.c - records that count under several segments of one
 * dimension, through a whole scan: several open-text questions (--text
 * twice: the respondent once, a "question" dimension per answer) and
 * a --by question spread over one-hot "QUESTION - OPTION" columns. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "corpus_fixture.h"
#include "vocal/agg.h"
#include "vocal/pipeline.h"
#include "vocal/sentiment.h"

static const char LEX[] = "[price]\nprice\nexpensive\n[staff]\nstaff\n";

typedef struct run {
    vc_lexicon *lex;
    vc_sentiment_lexicon *sent;
    char *path;
    vc_scan *scan;
    char *rejects;
    size_t rlen;
} run;

static vc_status scan(run *r, const char *csv, const char *const *texts, size_t ntext, const char *const *by,
                      size_t nby, int sentiment, vc_error *err)
{
    r->lex = fixture_lexicon("t.lex", LEX);
    r->sent = NULL;
    if (sentiment)
        cr_assert_eq(vc_sentiment_lexicon_load_default(&r->sent, err), VC_OK);
    r->path = fixture_write_tmp(csv);
    vc_scan_options o;
    vc_scan_options_init(&o);
    const char *inputs[] = {r->path};
    o.inputs = inputs;
    o.ninputs = 1;
    o.text_col = texts[0];
    o.text_cols = texts;
    o.ntext_cols = ntext;
    o.score_col = "nps";
    o.by = by;
    o.nby = nby;
    o.lex = r->lex;
    o.sentiment = r->sent;
    o.threads = 2;
    r->rejects = NULL;
    FILE *rej = open_memstream(&r->rejects, &r->rlen);
    o.rejects = rej;
    vc_error_clear(err);
    r->scan = NULL;
    vc_status st = vc_scan_run(&o, &r->scan, err);
    fclose(rej);
    return st;
}

static void run_free(run *r)
{
    vc_scan_free(r->scan);
    vc_lexicon_free(r->lex);
    vc_sentiment_lexicon_free(r->sent);
    unlink(r->path);
    free(r->path);
    free(r->rejects);
}

static uint32_t theme(const run *r, const char *name)
{
    for (uint32_t t = 0; t < vc_lexicon_theme_count(r->lex); t++)
        if (strcmp(vc_lexicon_theme_name(r->lex, t), name) == 0)
            return t;
    cr_assert_fail("no theme %s", name);
    return 0;
}

static size_t dim(const run *r, const char *name)
{
    for (size_t d = 0; d < vc_scan_dimension_count(r->scan); d++)
        if (strcmp(vc_scan_dimension_name(r->scan, d), name) == 0)
            return d;
    cr_assert_fail("no dimension %s", name);
    return 0;
}

static const vc_cell *cell(const run *r, size_t d, const char *seg, uint32_t th)
{
    const vc_agg *a = vc_scan_agg(r->scan);
    for (size_t s = 0; s < vc_agg_segments(a, d); s++)
        if (strcmp(vc_agg_segment_name(a, d, s), seg) == 0)
            return vc_agg_cell(a, d, s, th);
    cr_assert_fail("no segment %s", seg);
    return NULL;
}

/* Rows 1-5: 1 answers q_like only, 2 q_improve only, 3 both (staff in one,
 * price in the other), 4 neither (rejected), 5 a blank-looking q_like
 * (spaces) and q_improve. Analyzed 1 2 3 5: 10, 2, 9, 7 -> 2 promoters,
 * 1 passive, 1 detractor, NPS 25. staff: 1 3 5 (3 respondents); price:
 * 2 3. q_like: base 1 3 (NPS 100), staff 2. q_improve: base 2 3 5 (NPS 0),
 * price 2 (2, 3), staff 1 (5). */
static const char SURVEY[] = "id,nps,q_like,q_improve\n"
                             "1,10,friendly staff,\n"
                             "2,2,,too expensive\n"
                             "3,9,staff were great,price is high\n"
                             "4,5,,\n"
                             "5,7,\"  \",staff\n";

Test(questions, respondent_once_question_per_answer)
{
    run r;
    vc_error err;
    const char *texts[] = {"q_like", "q_improve"};
    cr_assert_eq(scan(&r, SURVEY, texts, 2, NULL, 0, 0, &err), VC_OK, "%s", err.msg);
    const vc_scan_stats *s = vc_scan_stats_get(r.scan);
    cr_assert_eq(s->rows_read, 5);
    cr_assert_eq(s->rows_analyzed, 4);
    cr_assert_eq(s->rows_rejected, 1);
    cr_assert_str_eq(s->text_col, "q_like");
    cr_assert_eq(vc_scan_text_count(r.scan), 2);
    cr_assert_str_eq(vc_scan_text_name(r.scan, 1), "q_improve");
    cr_assert_not_null(strstr(r.rejects, "no answer: 'q_like', 'q_improve'"), "%s", r.rejects);
    cr_assert_eq(vc_scan_dimension_count(r.scan), 2);
    size_t q = dim(&r, "question");
    uint32_t price = theme(&r, "price"), staff = theme(&r, "staff");
    const vc_cell *all = cell(&r, 0, "all", VC_AGG_BASE);
    cr_assert_eq(all->comments, 4);
    cr_assert_float_eq(vc_headline(VC_SCALE_NPS, all), 25.0, 1e-9);
    cr_assert_eq(cell(&r, 0, "all", staff)->comments, 3);
    cr_assert_eq(cell(&r, 0, "all", price)->comments, 2);
    const vc_cell *like = cell(&r, q, "q_like", VC_AGG_BASE), *imp = cell(&r, q, "q_improve", VC_AGG_BASE);
    cr_assert_eq(like->comments, 2);
    cr_assert_float_eq(vc_headline(VC_SCALE_NPS, like), 100.0, 1e-9);
    cr_assert_eq(cell(&r, q, "q_like", staff)->comments, 2);
    cr_assert_eq(cell(&r, q, "q_like", price)->comments, 0);
    cr_assert_eq(imp->comments, 3);
    cr_assert_float_eq(vc_headline(VC_SCALE_NPS, imp), 0.0, 1e-9);
    cr_assert_eq(cell(&r, q, "q_improve", price)->comments, 2);
    cr_assert_eq(cell(&r, q, "q_improve", staff)->comments, 1);
    run_free(&r);
}

/* The respondent's sentiment is the mean of its answers' compounds; each
 * answer in the question dimension keeps its own. */
Test(questions, sentiment_is_the_mean_of_the_answers)
{
    const char *texts[] = {"q_like", "q_improve"}, *one[] = {"q_like"}, *two[] = {"q_improve"};
    const char *csv = "nps,q_like,q_improve\n9,The staff were wonderful!,The price is awful.\n";
    run both, a, b;
    vc_error err;
    cr_assert_eq(scan(&both, csv, texts, 2, NULL, 0, 1, &err), VC_OK, "%s", err.msg);
    cr_assert_eq(scan(&a, csv, one, 1, NULL, 0, 1, &err), VC_OK, "%s", err.msg);
    cr_assert_eq(scan(&b, csv, two, 1, NULL, 0, 1, &err), VC_OK, "%s", err.msg);
    double ca = vc_avg_compound(cell(&a, 0, "all", VC_AGG_BASE));
    double cb = vc_avg_compound(cell(&b, 0, "all", VC_AGG_BASE));
    cr_assert_gt(ca, 0.05);
    cr_assert_lt(cb, -0.05);
    cr_assert_float_eq(vc_avg_compound(cell(&both, 0, "all", VC_AGG_BASE)), (ca + cb) / 2, 1e-7);
    size_t q = dim(&both, "question");
    cr_assert_float_eq(vc_avg_compound(cell(&both, q, "q_like", VC_AGG_BASE)), ca, 1e-7);
    cr_assert_float_eq(vc_avg_compound(cell(&both, q, "q_improve", VC_AGG_BASE)), cb, 1e-7);
    /* a theme in one answer only carries that answer's sentence sentiment */
    cr_assert_float_eq(vc_avg_compound(cell(&both, 0, "all", theme(&both, "staff"))),
                       vc_avg_compound(cell(&a, 0, "all", theme(&a, "staff"))), 1e-7);
    run_free(&both);
    run_free(&a);
    run_free(&b);
}

/* --by question: no column of that name, so its "QUESTION - OPTION"
 * columns; a record counts under each option it chose. A column named
 * exactly wins over options that start with its name. */
Test(questions, one_hot_options)
{
    const char *csv = "id,nps,comment,Region? - EMEA,Region? - APAC,Region? - Americas,Plan,Plan - Pro\n"
                      "1,10,staff,EMEA,,,Pro,x\n"
                      "2,0,price,,APAC,Americas,Free,\n"
                      "3,8,staff,,,,Free,\n"
                      "4,9,ok,EMEA,\" \",,Pro,\n";
    const char *texts[] = {"comment"}, *by[] = {"Region?", "Plan"};
    run r;
    vc_error err;
    cr_assert_eq(scan(&r, csv, texts, 1, by, 2, 0, &err), VC_OK, "%s", err.msg);
    cr_assert_eq(vc_scan_dimension_count(r.scan), 3);
    cr_assert_eq(vc_scan_dimension_options(r.scan, 1), 3);
    cr_assert_eq(vc_scan_dimension_options(r.scan, 2), 0);
    cr_assert_eq(vc_scan_dimension_options(r.scan, 0), 0);
    const vc_agg *a = vc_scan_agg(r.scan);
    cr_assert_eq(vc_agg_segments(a, 1), 4); /* (blank) APAC Americas EMEA */
    cr_assert_eq(cell(&r, 1, "EMEA", VC_AGG_BASE)->comments, 2);
    cr_assert_eq(cell(&r, 1, "APAC", VC_AGG_BASE)->comments, 1);
    cr_assert_eq(cell(&r, 1, "Americas", VC_AGG_BASE)->comments, 1);
    cr_assert_eq(cell(&r, 1, "(blank)", VC_AGG_BASE)->comments, 1);
    cr_assert_eq(cell(&r, 1, "Americas", theme(&r, "price"))->comments, 1);
    cr_assert_float_eq(vc_headline(VC_SCALE_NPS, cell(&r, 1, "EMEA", VC_AGG_BASE)), 100.0, 1e-9);
    cr_assert_eq(vc_agg_segments(a, 2), 2); /* Pro, Free: the column, not "Plan - Pro" */
    cr_assert_eq(cell(&r, 2, "Pro", VC_AGG_BASE)->comments, 2);
    cr_assert_eq(cell(&r, 0, "all", VC_AGG_BASE)->comments, 4);
    run_free(&r);
}

Test(questions, refused_settings)
{
    const char *dup[] = {"q_like", "q_like"};
    run r;
    vc_error err;
    cr_assert_eq(scan(&r, SURVEY, dup, 2, NULL, 0, 0, &err), VC_ERR_USAGE);
    cr_assert_not_null(strstr(err.msg, "named twice"), "%s", err.msg);
    run_free(&r);
    const char *missing[] = {"q_like", "q_other"};
    cr_assert_eq(scan(&r, SURVEY, missing, 2, NULL, 0, 0, &err), VC_ERR_USAGE);
    cr_assert_not_null(strstr(err.msg, "q_other"), "%s", err.msg);
    run_free(&r);
    /* a --by column named "question" keeps its name */
    const char *csv = "nps,question,a,b\n9,Q1,staff,price\n";
    const char *texts[] = {"a", "b"}, *by[] = {"question"};
    cr_assert_eq(scan(&r, csv, texts, 2, by, 1, 0, &err), VC_OK, "%s", err.msg);
    cr_assert_str_eq(vc_scan_dimension_name(r.scan, 1), "question");
    cr_assert_str_eq(vc_scan_dimension_name(r.scan, 2), "question_text");
    cr_assert_eq(cell(&r, 2, "b", theme(&r, "price"))->comments, 1);
    run_free(&r);
}

static vc_status count_hook(void *ctx, unsigned worker, const vc_record_view *rec)
{
    (void)worker;
    (void)rec;
    ++*(int *)ctx;
    return VC_OK;
}

/* a record hook reads one text column: several are refused before any row */
Test(questions, hook_with_several_texts_is_refused)
{
    vc_lexicon *lex = fixture_lexicon("t.lex", LEX);
    char *path = fixture_write_tmp(SURVEY);
    const char *inputs[] = {path}, *texts[] = {"q_like", "q_improve"};
    vc_scan_options o;
    vc_scan_options_init(&o);
    o.inputs = inputs;
    o.ninputs = 1;
    o.text_col = texts[0];
    o.text_cols = texts;
    o.ntext_cols = 2;
    o.lex = lex;
    int calls = 0;
    o.hook = count_hook;
    o.hook_ctx = &calls;
    vc_scan *s = NULL;
    vc_error err;
    vc_error_clear(&err);
    cr_assert_eq(vc_scan_run(&o, &s, &err), VC_ERR_USAGE);
    cr_assert_null(s);
    cr_assert_eq(calls, 0);
    cr_assert_not_null(strstr(err.msg, "one text column"), "%s", err.msg);
    o.ntext_cols = 1; /* one of them is fine */
    cr_assert_eq(vc_scan_run(&o, &s, &err), VC_OK, "%s", err.msg);
    cr_assert_eq(calls, 5); /* one text column: a blank comment is analyzed, as always */
    vc_scan_free(s);
    vc_lexicon_free(lex);
    unlink(path);
    free(path);
}
