/* test_coverage.c - the corpus coverage of a lexicon through the library:
 * an entry that never matches, an entry counted once per comment however
 * often it occurs, theme shares and "any theme", the same counts for any
 * thread count, an empty corpus, and the text writer's lines. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vocal/coverage.h"
#include "vocal/lab_report.h"
#include "vocal/lexicon.h"

#include "corpus_fixture.h"

static vc_lexicon *lexicon(const char *text) { return fixture_lexicon("t.lex", text); }

static vc_coverage_result *run(const vc_lexicon *lex, const char *path, unsigned threads)
{
    vc_scan_options o;
    vc_scan_options_init(&o);
    o.inputs = &path;
    o.ninputs = 1;
    o.lex = lex;
    o.threads = threads;
    vc_coverage_result *r = NULL;
    vc_error err;
    vc_error_clear(&err);
    cr_assert_eq(vc_coverage_run(&o, &r, &err), VC_OK, "%s", err.msg);
    return r;
}

static uint32_t entry_id(const vc_lexicon *lex, const char *text)
{
    for (uint32_t id = 0; id < vc_lexicon_entry_count(lex); id++) {
        vc_entry_info e;
        vc_lexicon_entry(lex, id, &e);
        if (!strcmp(e.text, text))
            return id;
    }
    cr_assert_fail("no entry %s", text);
    return 0;
}

static uint32_t theme_id(const vc_lexicon *lex, const char *name)
{
    for (uint32_t t = 0; t < vc_lexicon_theme_count(lex); t++)
        if (!strcmp(vc_lexicon_theme_name(lex, t), name))
            return t;
    cr_assert_fail("no theme %s", name);
    return 0;
}

static const char LEX[] = "[delivery]\nlate\nparcel\n[staff]\nrude\nunicorn\n";
static const char CORPUS[] = "comment\n"
                             "late late late parcel\n"
                             "the parcel was late\n"
                             "rude driver\n"
                             "fine\n";

Test(coverage, unused_entries_and_shares)
{
    vc_lexicon *lex = lexicon(LEX);
    char *p = fixture_write_tmp(CORPUS);
    vc_coverage_result *r = run(lex, p, 1);
    cr_assert_eq(r->comments, 4);
    cr_assert_eq(r->entry_comments[entry_id(lex, "late")], 2, "counted once per comment");
    cr_assert_eq(r->entry_comments[entry_id(lex, "parcel")], 2);
    cr_assert_eq(r->entry_comments[entry_id(lex, "rude")], 1);
    cr_assert_eq(r->entry_comments[entry_id(lex, "unicorn")], 0);
    cr_assert_eq(vc_coverage_unused(r), 1);
    cr_assert_eq(r->theme_comments[theme_id(lex, "delivery")], 2);
    cr_assert_eq(r->theme_comments[theme_id(lex, "staff")], 1);
    cr_assert_eq(r->any, 3);

    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_coverage_write(r, &b), VC_OK);
    cr_assert_eq(vc_buf_append_char(&b, 0), VC_OK);
    cr_assert(strstr(b.data, "t.lex:6:1: warning: 'unicorn' never matches in the corpus (4 comments) [unused]\n") ==
                  b.data,
              "%s", b.data);
    cr_assert(strstr(b.data, "coverage of 4 comments:\n"), "%s", b.data);
    cr_assert(strstr(b.data, "  delivery                                          2    50.0%\n"), "%s", b.data);
    cr_assert(strstr(b.data, "  (any theme)                                       3    75.0%\n"), "%s", b.data);
    vc_buf_free(&b);
    vc_coverage_result_free(r);
    unlink(p);
    free(p);
    vc_lexicon_free(lex);
}

Test(coverage, same_counts_for_any_thread_count)
{
    vc_lexicon *lex = lexicon(LEX);
    char big[16384] = "comment\n";
    for (int i = 0; i < 300; i++)
        strcat(big, i % 3 ? "late parcel\n" : i % 2 ? "rude\n" : "nothing\n");
    char *p = fixture_write_tmp(big);
    vc_coverage_result *a = run(lex, p, 1), *b = run(lex, p, 4);
    cr_assert_eq(a->comments, 300);
    cr_assert_eq(a->any, b->any);
    cr_assert_eq(memcmp(a->entry_comments, b->entry_comments, a->nentries * sizeof *a->entry_comments), 0);
    cr_assert_eq(memcmp(a->theme_comments, b->theme_comments, a->nthemes * sizeof *a->theme_comments), 0);
    cr_assert_eq(a->entry_comments[entry_id(lex, "late")], 200);
    vc_coverage_result_free(a);
    vc_coverage_result_free(b);
    unlink(p);
    free(p);
    vc_lexicon_free(lex);
}

Test(coverage, empty_corpus_says_nothing_about_entries)
{
    vc_lexicon *lex = lexicon(LEX);
    char *p = fixture_write_tmp("comment\n");
    vc_coverage_result *r = run(lex, p, 2);
    cr_assert_eq(r->comments, 0);
    cr_assert_eq(vc_coverage_unused(r), 0);
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_coverage_write(r, &b), VC_OK);
    cr_assert_eq(vc_buf_append_char(&b, 0), VC_OK);
    cr_assert(strstr(b.data, "the corpus has no comments: nothing to say about unused entries\n") == b.data);
    cr_assert(strstr(b.data, "  (any theme)                                       0     0.0%\n"), "%s", b.data);
    vc_buf_free(&b);
    vc_coverage_result_free(r);
    unlink(p);
    free(p);
    vc_lexicon_free(lex);
}
