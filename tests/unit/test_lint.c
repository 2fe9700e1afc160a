/* test_lint.c - each lint check on a seeded lexicon, with its location and
 * level, in a stable order; and a clean lexicon gives no findings. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "vocal/lexicon.h"
#include "vocal/lint.h"

typedef struct seen {
    char text[4096];
    int n;
} seen;

static void collect(void *ctx, const vc_lint_finding *f)
{
    seen *s = ctx;
    char line[700];
    snprintf(line, sizeof line, "%u:%u %s %s\n", f->line, f->column, vc_lint_level_name(f->level), f->check);
    strncat(s->text, line, sizeof s->text - strlen(s->text) - 1);
    s->n++;
}

static void lint(const char *text, seen *s)
{
    vc_lexicon *lex = NULL;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_string("t.lex", text, strlen(text), NULL, &lex, &e), VC_OK, "%s", e.msg);
    memset(s, 0, sizeof *s);
    cr_assert_eq(vc_lexicon_lint(lex, collect, s), VC_OK);
    vc_lexicon_free(lex);
}

Test(lint, finds_each_kind_of_problem)
{
    seen s;
    lint("[billing]\n"      /* 1 */
         "refund*\n"        /* 2 */
         "refunds\n"        /* 3: shadowed by refund* */
         "late refund\n"    /* 4: shadowed (phrase containing a covered word) */
         "money back\n"     /* 5 */
         "Money-back\n"     /* 6: duplicate of 5 after normalization */
         "/(x+)+y/\n"       /* 7: catastrophic */
         "/charged twice/\n"/* 8: fine */
         "[price]\n"        /* 9 */
         "money back\n"     /* 10: also in billing */
         "[empty]\n"        /* 11 */
         "[only]\n"         /* 12 */
         "!nope\n"          /* 13 */
         "[glob]\n"         /* 14 */
         "?ood\n"           /* 15 */
         "refund*\n",       /* 16: same entry in another theme: a note */
         &s);
    cr_assert_str_eq(s.text, "3:1 warning shadowed\n"
                             "4:1 warning shadowed\n"
                             "6:1 warning duplicate\n"
                             "7:1 error catastrophic-regex\n"
                             "10:1 note multi-theme\n"
                             "11:1 warning empty-theme\n"
                             "12:1 warning only-exclusions\n"
                             "15:1 note leading-wildcard\n"
                             "16:1 note multi-theme\n");
}

Test(lint, clean_lexicon_and_hierarchy_are_quiet)
{
    seen s;
    /* a parent with children is not empty; prefixes of different themes and
     * an exclusion that repeats an include of the same theme are fine */
    lint("[service]\n[service/staff]\nstaff\nrude\n[service/wait]\nqueue\nwait*\n!wait until\n"
         "[billing]\n/charged (twice|two times)/\n",
         &s);
    cr_assert_eq(s.n, 0, "%s", s.text);
}

/* A parent labelled by a header of its own has children, so it is not an
 * empty theme; a leaf with only a label is (its name is likely misspelled). */
Test(lint, labels_and_label_only_headers)
{
    seen s;
    lint("[service]\n@label Service\n[service/staff]\n@label Staff\nrude\n", &s);
    cr_assert_eq(s.n, 0, "%s", s.text);
    lint("[service/staff]\nrude\n[service/staf]\n@label Staff\n", &s);
    cr_assert_str_eq(s.text, "3:1 warning empty-theme\n");
}

static void collect_message(void *ctx, const vc_lint_finding *f)
{
    snprintf(ctx, 600, "%s", f->message);
}

Test(lint, label_only_leaf_says_so)
{
    const char *text = "[service/staff]\nrude\n[service/staf]\n@label Staff\n";
    vc_lexicon *lex = NULL;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_string("t.lex", text, strlen(text), NULL, &lex, &e), VC_OK, "%s", e.msg);
    char msg[600] = "";
    cr_assert_eq(vc_lexicon_lint(lex, collect_message, msg), VC_OK);
    cr_assert_str_eq(msg, "theme service/staf has no entries, only a label (is the name misspelled?)");
    vc_lexicon_free(lex);
}

Test(lint, default_lexicon_is_clean)
{
    vc_lexicon *lex = NULL;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_default(&lex, &e), VC_OK);
    seen s;
    memset(&s, 0, sizeof s);
    cr_assert_eq(vc_lexicon_lint(lex, collect, &s), VC_OK);
    /* no error or warning; the only notes are entries kept under two themes
     * on purpose ("understaffed" is staff and a wait) */
    cr_assert_null(strstr(s.text, " error "), "%s", s.text);
    cr_assert_null(strstr(s.text, " warning "), "%s", s.text);
    for (const char *p = s.text; (p = strstr(p, " note ")) != NULL; p++)
        cr_assert_eq(strncmp(p, " note multi-theme\n", 18), 0, "%s", s.text);
    vc_lexicon_free(lex);
}

/* A pattern that opts out of the JIT gets a note, whatever the load
 * options; a pattern the JIT compiles gets none. */
Test(lint, notes_patterns_the_jit_declines)
{
    seen s;
    lint("[a]\n/(*NO_JIT)refund/\n/refund/\n/(*NO_START_OPT)(*NO_JIT)late/\n", &s);
    cr_assert_str_eq(s.text, "2:1 note no-jit\n4:1 note no-jit\n");
    vc_lexicon *lex = NULL;
    vc_error e;
    vc_lexicon_options o = {.no_jit = 1};
    const char *text = "[a]\n/refund/\n";
    cr_assert_eq(vc_lexicon_load_string("t.lex", text, strlen(text), &o, &lex, &e), VC_OK, "%s", e.msg);
    memset(&s, 0, sizeof s);
    cr_assert_eq(vc_lexicon_lint(lex, collect, &s), VC_OK);
    cr_assert_str_eq(s.text, "");
    vc_lexicon_free(lex);
}

/* A pattern PCRE2 cannot run on a short text, for a reason other than a
 * limit, is an error (a scan would stop on such a comment). */
Test(lint, finds_patterns_that_fail_to_match)
{
    seen s;
    lint("[a]\n/(*NO_JIT)(a|(?R))/\n/(a|b)+c/\n/((?2))((?1))/\n", &s);
    cr_assert_str_eq(s.text, "2:1 error match-error\n2:1 note no-jit\n4:1 error match-error\n");
}

/* A lexicon that includes another and widens it on purpose (a pack over the
 * default: "packed" over the default's "always packed") is not told that the
 * included entries are shadowed, since it cannot change them; its own entries
 * shadowed by the included ones ("refunds" under the default's "refund*")
 * are still reported, at its own lines. */
Test(lint, a_widening_include_is_not_reported_against_the_included_file)
{
    seen s;
    lint("@include builtin:default\n"
         "[experience/ambience]\n"
         "packed\n"
         "[commercial/billing]\n"
         "refunds\n",
         &s);
    /* the one warning is at line 5 of this file: no line of the default's */
    const char *w = strstr(s.text, " warning ");
    cr_assert_not_null(w, "%s", s.text);
    cr_assert_null(strstr(w + 1, " warning "), "%s", s.text);
    cr_assert_not_null(strstr(s.text, "\n5:1 warning shadowed\n"), "%s", s.text);
}

/* "@lang": an unknown code is a warning at its place; the same words under
 * other languages are no duplicate, and a scoped word shadows only entries
 * of its own languages. */
Test(lint, lang_codes_duplicates_and_shadowing)
{
    seen s;
    lint("[a]\n@lang de,qq\nlieferung\n@lang es\nlieferung\nenv\xc3\xad" "o*\n@lang *\nenv\xc3\xad" "os\n"
         "@lang es\nlieferung\n",
         &s);
    cr_assert_str_eq(s.text, "2:10 warning unknown-language\n10:1 warning duplicate\n", "%s", s.text);
}
