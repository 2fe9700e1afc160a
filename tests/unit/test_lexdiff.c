/* test_lexdiff.c - lexicon diff through the library: gained and lost
 * comments per theme with the entries responsible, added, removed and
 * renamed themes, the totals, the same table for any thread count, and the
 * --fail-if gates: parsing edge cases and evaluation against a result. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vocal/lab_report.h"
#include "vocal/lexdiff.h"
#include "vocal/lexicon.h"

#include "corpus_fixture.h"

static vc_lexicon *lexicon(const char *name, const char *text) { return fixture_lexicon(name, text); }

static const char OLD[] = "[delivery]\nlate\n[staff]\nrude\n[old_name]\nparcel\n";
static const char NEW[] = "[delivery]\nlate\ndelay\n[staff]\nstaff\n[new_name]\nparcel\n";
static const char CORPUS[] = "comment,nps\n"
                             "late again,0\n"   /* delivery under both */
                             "delay again,2\n"  /* delivery gained */
                             "rude staff,9\n"   /* staff under both */
                             "rude person,10\n" /* staff lost */
                             "parcel lost,5\n"  /* old_name became new_name */
                             "fine,10\n";

typedef struct fixture {
    vc_lexicon *old_lex, *new_lex;
    char *path;
} fixture;

static fixture setup_fixture(void)
{
    fixture f = {lexicon("old.lex", OLD), lexicon("new.lex", NEW), fixture_write_tmp(CORPUS)};
    return f;
}

static void teardown_fixture(fixture *f)
{
    unlink(f->path);
    free(f->path);
    vc_lexicon_free(f->old_lex);
    vc_lexicon_free(f->new_lex);
}

static vc_lexdiff_result *run(const fixture *f, unsigned threads, size_t examples)
{
    vc_lexdiff_options o;
    vc_lexdiff_options_init(&o);
    const char *paths[] = {f->path};
    o.scan.inputs = paths;
    o.scan.ninputs = 1;
    o.scan.threads = threads;
    o.old_lex = f->old_lex;
    o.new_lex = f->new_lex;
    o.examples = examples;
    vc_lexdiff_result *r = NULL;
    vc_error err;
    vc_error_clear(&err);
    cr_assert_eq(vc_lexdiff_run(&o, &r, &err), VC_OK, "%s", err.msg);
    return r;
}

static const vc_lexdiff_theme *theme(const vc_lexdiff_result *r, const char *name)
{
    for (size_t u = 0; u < r->nthemes; u++)
        if (!strcmp(r->themes[u].name, name))
            return &r->themes[u];
    cr_assert_fail("no theme %s", name);
    return NULL;
}

Test(lexdiff, gained_lost_and_renamed)
{
    fixture f = setup_fixture();
    vc_lexdiff_result *r = run(&f, 1, 3);
    cr_assert_eq(r->comments, 6);
    cr_assert_eq(r->nthemes, 4);
    cr_assert_str_eq(r->themes[0].name, "delivery");
    cr_assert_str_eq(r->themes[3].name, "staff");
    const vc_lexdiff_theme *d = theme(r, "delivery"), *s = theme(r, "staff");
    cr_assert_eq(d->n_old, 1);
    cr_assert_eq(d->n_new, 2);
    cr_assert_eq(d->gained, 1);
    cr_assert_eq(d->lost, 0);
    cr_assert_eq(d->gained_examples.n, 1);
    cr_assert_str_eq(d->gained_examples.v[0].text, "delay again");
    cr_assert_eq(d->gained_examples.v[0].line, 3);
    cr_assert_str_eq(d->gained_examples.v[0].entries, "new 'delay' (new.lex:3)");
    cr_assert_eq(s->n_old, 2);
    cr_assert_eq(s->n_new, 1);
    cr_assert_eq(s->lost, 1);
    cr_assert_eq(s->lost_examples.n, 1);
    cr_assert_str_eq(s->lost_examples.v[0].text, "rude person");
    cr_assert_str_eq(s->lost_examples.v[0].entries, "old 'rude' (old.lex:4)");
    cr_assert_str_eq(vc_lexdiff_status(s), "kept");

    const vc_lexdiff_theme *on = theme(r, "old_name"), *nn = theme(r, "new_name");
    cr_assert_str_eq(vc_lexdiff_status(on), "renamed");
    cr_assert_str_eq(vc_lexdiff_status(nn), "added");
    cr_assert_str_eq(r->themes[on->renamed_to].name, "new_name");
    cr_assert(fabs(on->jaccard - 1.0) < 1e-12);
    cr_assert_eq(r->added, 1);
    cr_assert_eq(r->removed, 1);
    cr_assert_eq(r->renamed, 1);
    cr_assert_eq(r->changed, 3);
    cr_assert_eq(r->gained, 2);
    cr_assert_eq(r->lost, 2);

    /* delivery's comments are all detractors under both lexicons */
    int ok;
    cr_assert(fabs(vc_lexdiff_headline(r, d, 0, &ok) + 100.0) < 1e-9 && ok);
    cr_assert(fabs(vc_lexdiff_headline(r, d, 1, &ok) + 100.0) < 1e-9 && ok);
    /* staff under the new lexicon: one promoter */
    cr_assert(fabs(vc_lexdiff_headline(r, s, 1, &ok) - 100.0) < 1e-9 && ok);
    vc_lexdiff_result_free(r);
    teardown_fixture(&f);
}

Test(lexdiff, same_table_for_any_thread_count)
{
    fixture f = setup_fixture();
    vc_buf a = VC_BUF_INIT, b = VC_BUF_INIT;
    for (unsigned threads = 1; threads <= 3; threads += 2) {
        vc_lexdiff_result *r = run(&f, threads, 2);
        cr_assert_eq(vc_lexdiff_write(r, "old.lex", "new.lex", VC_LAB_CSV, threads == 1 ? &a : &b), VC_OK);
        vc_lexdiff_result_free(r);
    }
    cr_assert_eq(a.len, b.len);
    cr_assert(memcmp(a.data, b.data, a.len) == 0);
    cr_assert_eq(vc_buf_append_char(&a, 0), VC_OK);
    cr_assert(strstr(a.data, "\nstaff,kept,2,1,0,1,-1,"), "%s", a.data);
    cr_assert(strstr(a.data, "\nold_name,renamed,1,0,0,1,-1,"), "%s", a.data);
    vc_buf_free(&a);
    vc_buf_free(&b);
    teardown_fixture(&f);
}

Test(lexdiff, gate_parsing)
{
    vc_lexdiff_gate g;
    cr_assert_eq(vc_lexdiff_gate_parse("lost>100", &g), VC_OK);
    cr_assert_str_eq(g.theme, "");
    cr_assert_str_eq(g.metric, "lost");
    cr_assert_str_eq(g.op, ">");
    cr_assert_eq(g.value, 100);
    cr_assert_eq(vc_lexdiff_gate_parse("service/staff:delta<-50", &g), VC_OK);
    cr_assert_str_eq(g.theme, "service/staff");
    cr_assert_str_eq(g.metric, "delta");
    cr_assert_str_eq(g.op, "<");
    cr_assert_eq(g.value, -50);
    cr_assert_eq(vc_lexdiff_gate_parse("slowdown>=1.5", &g), VC_OK);
    cr_assert_str_eq(g.op, ">=");
    cr_assert_eq(g.value, 1.5);
    cr_assert_eq(vc_lexdiff_gate_parse("a:b:gained!=0", &g), VC_OK, "the last colon ends the theme");
    cr_assert_str_eq(g.theme, "a:b");
    cr_assert_str_eq(g.op, "!=");

    static const char *bad[] = {
        "lost=5",           /* a single = is no operator */
        "lost!5",           /* nor a single ! */
        "lost",             /* no operator */
        "lost>",            /* no number */
        "lost>5x",          /* trailing bytes */
        "delta>1",          /* delta is per theme */
        "staff:changed>1",  /* changed is not */
        "staff:slowdown>1", /* nor slowdown */
        "Lost>1",           /* metrics are lower case */
        "lost >1",          /* no blanks */
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_assert_eq(vc_lexdiff_gate_parse(bad[i], &g), VC_ERR_USAGE, "%s", bad[i]);
    char longname[300];
    memset(longname, 'x', 256);
    strcpy(longname + 256, ":lost>1");
    cr_assert_eq(vc_lexdiff_gate_parse(longname, &g), VC_ERR_USAGE, "a theme name of 256 bytes");
    longname[255] = ':';
    cr_assert_eq(vc_lexdiff_gate_parse(longname + 0, &g), VC_ERR_USAGE);
    cr_assert_eq(vc_lexdiff_gate_parse(longname + 1, &g), VC_OK, "255 bytes fit");
}

Test(lexdiff, gate_evaluation)
{
    fixture f = setup_fixture();
    vc_lexdiff_result *r = run(&f, 2, 0);
    struct {
        const char *expr;
        int holds;
        double value;
    } cases[] = {
        {"lost>=2", 1, 2},          {"lost>2", 0, 2},        {"changed==3", 1, 3},
        {"renamed!=1", 0, 1},       {"added<1", 0, 1},       {"delivery:delta==1", 1, 1},
        {"staff:lost>0", 1, 1},     {"staff:gained>0", 0, 0}, {"nosuch:gained>0", -1, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        vc_lexdiff_gate g;
        cr_assert_eq(vc_lexdiff_gate_parse(cases[i].expr, &g), VC_OK, "%s", cases[i].expr);
        double v = -1;
        cr_assert_eq(vc_lexdiff_gate_eval(&g, r, &v), cases[i].holds, "%s", cases[i].expr);
        if (cases[i].holds >= 0)
            cr_assert_eq(v, cases[i].value, "%s: %g", cases[i].expr, v);
    }
    vc_lexdiff_result_free(r);
    teardown_fixture(&f);
}
