/* test_expand.c - lexicon expand end to end through the library: G2 and
 * lift against a table worked by hand, sentiment terms left out unless
 * asked, one theme, identical results for any thread count, and the memory
 * budget's guarantee checked against exact counts. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vocal/expand.h"
#include "vocal/lexicon.h"

#include "corpus_fixture.h"

static const char *STOP[] = {"the", "a", "and", "was", "of", "it", "i", "is"};

static void defaults(vc_expand_options *o, const char **path, const vc_lexicon *lex)
{
    vc_expand_defaults(o);
    o->scan.inputs = path;
    o->scan.ninputs = 1;
    o->scan.lex = lex;
    o->scan.threads = 2;
    o->stop_words = STOP;
    o->nstop_words = sizeof STOP / sizeof *STOP;
    o->min_count = 3;
    o->correction = VC_CORRECT_NONE;
}

static vc_expansion *run(const vc_expand_options *o)
{
    vc_expansion *x = NULL;
    vc_error err;
    vc_error_clear(&err);
    vc_status st = vc_expand_run(o, &x, &err);
    cr_assert_eq(st, VC_OK, "%s", err.msg);
    return x;
}

static const vc_expand_theme *theme(const vc_expansion *x, const char *name)
{
    for (size_t i = 0; i < x->nthemes; i++)
        if (!strcmp(x->themes[i].name, name))
            return &x->themes[i];
    return NULL;
}

/* 10 comments: 4 praise the staff and name the cashier, 1 names the cashier
 * alone, 5 say the app updated.
 * "cashier" under service/staff: a = 4 of N_T = 4 staff comments, 1 of the
 * 6 others; n = 5 of N = 10. Expected counts 2, 3 / 2, 3, so
 *   G2 = 2 (4 ln(4/2) + 1 ln(1/3) + 0 + 5 ln(5/3)) = 8.456,
 *   lift = (4/4) / (5/10) = 2.
 * "updated" under product/app: 5 of 5, none elsewhere:
 *   G2 = 2 (5 ln 2 + 5 ln 2) = 13.863, lift 2.
 * "great" (VADER 3.1) under staff: 4 of 4, none elsewhere:
 *   G2 = 2 (4 ln(10/4) + 6 ln(10/6)) = 13.460, lift 2.5. */
static char *small_csv(void)
{
    return fixture_write_tmp("nps,comment\n"
                             "10,\"Great staff, cashier.\"\n"
                             "9,\"Great staff, cashier.\"\n"
                             "10,\"Great staff, cashier.\"\n"
                             "8,\"Great staff, cashier.\"\n"
                             "7,cashier\n"
                             "3,app updated\n"
                             "2,app updated\n"
                             "1,app updated\n"
                             "0,app updated\n"
                             "5,app updated\n");
}

Test(expand, statistic_by_hand)
{
    char *path = small_csv();
    vc_lexicon *lex = fixture_lexicon("t.lex", "[service/staff]\nstaff\n[product/app]\napp\n");
    vc_expand_options o;
    const char *inputs[] = {path};
    defaults(&o, inputs, lex);
    vc_expansion *x = run(&o);
    cr_assert_eq(x->comments, 10);
    cr_assert_eq(x->nthemes, 2); /* the two themes with entries, not their parents */
    const vc_expand_theme *staff = theme(x, "service/staff"), *app = theme(x, "product/app");
    cr_assert_not_null(staff);
    cr_assert_not_null(app);
    cr_assert_eq(staff->comments, 4);
    cr_assert_eq(app->comments, 5);
    /* "great" is a sentiment term: not suggested; "staff" is covered */
    cr_assert_eq(staff->terms.n, 1);
    const vc_term *t = &staff->terms.v[0];
    cr_assert_str_eq(t->text, "cashier");
    cr_assert_eq(t->target, 4);
    cr_assert_eq(t->reference, 1);
    cr_assert_eq(t->cell.comments, 5);
    cr_assert_float_eq(t->k.g2, 2 * (4 * log(2.0) + log(1.0 / 3) + 5 * log(5.0 / 3)), 1e-9);
    cr_assert_float_eq(t->k.g2, 8.456, 5e-4);
    cr_assert_float_eq(vc_expand_lift(t->target, staff->comments, t->cell.comments, x->comments), 2.0, 1e-12);
    cr_assert_eq(t->nexamples, 2);
    cr_assert_str_eq(t->examples[0], "Great staff, cashier."); /* from the theme's comments only */
    cr_assert_eq(app->terms.n, 1);
    cr_assert_str_eq(app->terms.v[0].text, "updated");
    cr_assert_float_eq(app->terms.v[0].k.g2, 2 * 10 * log(2.0), 1e-9);
    vc_expansion_free(x);

    /* with sentiment terms: "great" first (G2 13.460, lift 2.5), marked */
    o.include_sentiment = 1;
    x = run(&o);
    staff = theme(x, "service/staff");
    cr_assert_eq(staff->terms.n, 2);
    cr_assert_str_eq(staff->terms.v[0].text, "great");
    cr_assert(staff->terms.v[0].sentiment);
    cr_assert_float_eq(staff->terms.v[0].k.g2, 2 * (4 * log(10.0 / 4) + 6 * log(10.0 / 6)), 1e-9);
    cr_assert_float_eq(vc_expand_lift(4, 4, 4, 10), 2.5, 1e-12);
    cr_assert_str_eq(staff->terms.v[1].text, "cashier");
    vc_expansion_free(x);

    /* one theme; an unknown one is a usage error naming it */
    o.include_sentiment = 0;
    o.theme = "product/app";
    x = run(&o);
    cr_assert_eq(x->nthemes, 1);
    cr_assert_str_eq(x->themes[0].name, "product/app");
    vc_expansion_free(x);
    o.theme = "product/nope";
    vc_error err;
    x = NULL;
    cr_assert_eq(vc_expand_run(&o, &x, &err), VC_ERR_USAGE);
    cr_assert_null(x);
    cr_assert(strstr(err.msg, "product/nope"), "%s", err.msg);

    /* a term below --min-count in the theme is not tested */
    o.theme = NULL;
    o.min_count = 5;
    x = run(&o);
    cr_assert_eq(theme(x, "service/staff")->terms.n, 0);
    cr_assert_eq(theme(x, "product/app")->terms.n, 1);
    vc_expansion_free(x);
    vc_lexicon_free(lex);
    unlink(path);
    free(path);
}

/* Random comments over a 40,000-word vocabulary with a Zipf-like skew (far
 * more distinct words than a 256 KiB budget holds); the theme [x] (entry
 * w3) draws "zz" along in a third of its comments. */
static char *random_csv(unsigned rows)
{
    size_t cap = (size_t)rows * 200 + 64, n = 0;
    char *buf = malloc(cap);
    n += (size_t)snprintf(buf + n, cap - n, "nps,comment\n");
    uint64_t s = 7;
    for (unsigned r = 0; r < rows; r++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        n += (size_t)snprintf(buf + n, cap - n, "%d,\"", (int)((s >> 33) % 11));
        int words = 4 + (int)((s >> 20) % 12), x = 0;
        for (int w = 0; w < words; w++) {
            s = s * 6364136223846793005ULL + 1442695040888963407ULL;
            uint64_t u = (s >> 33) % 40000;
            unsigned id = (unsigned)(u * u / 40000);
            x |= id == 3;
            if (x && r % 3 == 0 && w == words - 1)
                n += (size_t)snprintf(buf + n, cap - n, " zz");
            else
                n += (size_t)snprintf(buf + n, cap - n, "%sw%u", w ? " " : "", id);
        }
        n += (size_t)snprintf(buf + n, cap - n, "\"\n");
    }
    char *path = fixture_write_tmp(buf);
    free(buf);
    return path;
}

static const vc_term *find(const vc_expand_theme *th, const char *text)
{
    for (size_t i = 0; i < th->terms.n; i++)
        if (!strcmp(th->terms.v[i].text, text))
            return &th->terms.v[i];
    return NULL;
}

Test(expand, memory_budget_and_threads)
{
    char *path = random_csv(6000);
    vc_lexicon *lex = fixture_lexicon("t.lex", "[x]\nw3\n");
    vc_expand_options o;
    const char *inputs[] = {path};
    defaults(&o, inputs, lex);
    o.min_count = 1;
    o.max_words = 1; /* words only: nothing to collapse, so both runs list every significant term */
    o.alpha = 0.999999;
    o.top = 1000000;
    o.examples = 0;
    o.memory_bytes = (size_t)1 << 30;
    vc_expansion *exact = run(&o);
    cr_assert_eq(exact->exact_above, 0);
    cr_assert_eq(exact->passes, 1); /* exact at once, and no examples to collect */
    const vc_expand_theme *ex = theme(exact, "x");
    cr_assert_not_null(find(ex, "zz"));
    o.memory_bytes = 256 * 1024;
    vc_expansion *lossy = run(&o);
    cr_assert_gt(lossy->exact_above, 0, "the budget should have been exceeded");
    cr_assert_eq(lossy->passes, 2);
    cr_assert_leq(lossy->peak_table_bytes, 256 * 1024 + 4096, "tables held %zu bytes", lossy->peak_table_bytes);
    cr_assert_gt(exact->peak_table_bytes, 4 * 256 * 1024);
    const vc_expand_theme *lx = theme(lossy, "x");
    for (size_t i = 0; i < lx->terms.n; i++) {
        const vc_term *l = &lx->terms.v[i], *e = find(ex, l->text);
        cr_assert_not_null(e, "%s", l->text);
        cr_assert_eq(l->target, e->target, "%s", l->text);
        cr_assert_eq(l->cell.comments, e->cell.comments, "%s", l->text);
    }
    size_t above = 0;
    for (size_t i = 0; i < ex->terms.n; i++) {
        const vc_term *e = &ex->terms.v[i];
        if (e->cell.comments <= lossy->exact_above)
            continue;
        above++;
        cr_assert_not_null(find(lx, e->text), "%s (%llu comments) is missing", e->text,
                           (unsigned long long)e->cell.comments);
    }
    cr_assert_gt(above, 0);
    vc_expansion_free(lossy);

    /* the same suggestions with 1 and 4 threads */
    o.memory_bytes = (size_t)1 << 30;
    o.examples = 2;
    o.top = 20;
    o.scan.threads = 1;
    vc_expansion *a = run(&o);
    o.scan.threads = 4;
    o.scan.batch_bytes = 4096;
    vc_expansion *b = run(&o);
    const vc_expand_theme *ta = theme(a, "x"), *tb = theme(b, "x");
    cr_assert_eq(ta->terms.n, tb->terms.n);
    for (size_t i = 0; i < ta->terms.n; i++) {
        cr_assert_str_eq(ta->terms.v[i].text, tb->terms.v[i].text);
        cr_assert_eq(ta->terms.v[i].target, tb->terms.v[i].target);
        cr_assert_eq(ta->terms.v[i].nexamples, tb->terms.v[i].nexamples);
        for (size_t k = 0; k < ta->terms.v[i].nexamples; k++)
            cr_assert_str_eq(ta->terms.v[i].examples[k], tb->terms.v[i].examples[k]);
    }
    vc_expansion_free(a);
    vc_expansion_free(b);
    vc_expansion_free(exact);
    vc_lexicon_free(lex);
    unlink(path);
    free(path);
}
