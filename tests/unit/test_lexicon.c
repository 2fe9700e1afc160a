/* test_lexicon.c - the lexicon format: good files, every error with its
 * file:line:column, ordering and fingerprints. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <string.h>

#include "vocal/lexicon.h"

typedef struct bad_case {
    char text[96];
    char msg[128];
} bad_case;

ParameterizedTestParameters(lexicon, errors)
{
    static bad_case cases[] = {
        {"refund\n", "t.lex:1:1: entry before any [theme] header"},
        {"[]\n", "t.lex:1:1: empty theme name []"},
        {"[billing\nx\n", "t.lex:1:1: unterminated theme header: missing ']'"},
        {"[a] b\n", "t.lex:1:4: text after ']' in theme header"},
        {"[a//b]\nx\n", "t.lex:1:1: empty level in theme name (stray '/')"},
        {"[a]\n  //\n", "t.lex:2:3: empty pattern //"},
        {"[a]\n/abc\n", "t.lex:2:1: unterminated pattern: a /regex/ entry must end with '/'"},
        {"[a]\n/ab(c/\n", "t.lex:2:6: invalid pattern: missing closing parenthesis"},
        {"[a]\n*\n", "t.lex:2:1: a word made only of wildcards ('*'); a word needs a letter or digit"},
        {"[a]\nmoney ?\? back\n", "t.lex:2:1: a word made only of wildcards ('?\?'); a word needs a letter or digit"},
        {"[a]\n!!!\n", "t.lex:2:2: entry has no word characters; use a /regex/ to match punctuation"},
        {"[a]\n!\n", "t.lex:2:1: '!' needs an entry to exclude"},
        {"[a]\nrefund NEAR/ late\n", "t.lex:2:8: NEAR/ needs a distance in words, as in NEAR/3"},
        {"[a]\nrefund BEFORE/x late\n", "t.lex:2:8: BEFORE/ needs a distance in words, as in BEFORE/3"},
        {"[a]\nrefund NEAR/3x late\n", "t.lex:2:14: expected a space after the distance"},
        {"[a]\nrefund NEAR/101 late\n", "t.lex:2:13: distance larger than 100 words"},
        {"[a]\nrefund NEAR/3\n", "t.lex:2:14: NEAR/ and BEFORE/ need a word or phrase on each side"},
        {"[a]\na NEAR/1 b NEAR/2 c\n", "t.lex:2:12: only one NEAR/ or BEFORE/ per entry"},
        {"[a]\nrefund NEAR/3 /late/\n", "t.lex:2:15: a NEAR/ or BEFORE/ operand is a word or phrase, not a /regex/ or an !exclusion"},
        {"[a]\n@includes x.lex\n", "t.lex:2:1: unknown directive (the only one is @include FILE)"},
        {"[a]\n@include\n", "t.lex:2:9: @include needs a file name"},
        {"[a]\n@include /dev/zero\n", "t.lex:2:10: cannot read included file /dev/zero: not a regular file"},
        {"[a]\n@include no/such/file.lex\n", "t.lex:2:10: cannot read included file no/such/file.lex: No such file or directory"},
        {"[a]\nwow!\n", "t.lex:2:1: entry ends with characters outside words; use a /regex/"},
        {"[a]\ncaf\xe9\n", "t.lex:2:4: invalid UTF-8"},
    };
    return cr_make_param_array(bad_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(bad_case *c, lexicon, errors)
{
    vc_lexicon *lex = NULL;
    vc_error e;
    vc_error_clear(&e);
    cr_assert_eq(vc_lexicon_load_string("t.lex", c->text, strlen(c->text), NULL, &lex, &e), VC_ERR_LEXICON,
                 "accepted: %s", c->text);
    cr_assert_null(lex);
    cr_assert_str_eq(e.msg, c->msg);
}

Test(lexicon, themes_sorted_entries_located)
{
    const char *text = "\xef\xbb\xbf# comment\r\n[zeta]\r\nfoo\r\n\r\n[alpha/beta]\r\n  money back  \r\nrefund*\r\n"
                       "[zeta]\r\n/charged (twice|two times)/\r\n";
    vc_lexicon *lex = NULL;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_string("x.lex", text, strlen(text), NULL, &lex, &e), VC_OK, "%s", e.msg);
    /* "alpha" is implied by its child */
    cr_assert_eq(vc_lexicon_theme_count(lex), 3);
    cr_assert_str_eq(vc_lexicon_theme_name(lex, 0), "alpha");
    cr_assert_str_eq(vc_lexicon_theme_name(lex, 1), "alpha/beta");
    cr_assert_str_eq(vc_lexicon_theme_name(lex, 2), "zeta");
    cr_assert_eq(vc_lexicon_theme_parent(lex, 1), 0);
    cr_assert_eq(vc_lexicon_theme_parent(lex, 0), VC_NO_THEME);
    cr_assert_eq(vc_lexicon_theme_declared(lex, 0), 0);
    cr_assert_eq(vc_lexicon_theme_declared(lex, 1), 1);
    cr_assert_eq(vc_lexicon_entry_count(lex), 4);
    vc_entry_info info;
    vc_lexicon_entry(lex, 1, &info);
    cr_assert_str_eq(info.text, "money back");
    cr_assert_eq(info.theme, 1);
    cr_assert_eq(info.kind, VC_ENTRY_PHRASE);
    cr_assert_eq(info.line, 6);
    cr_assert_eq(info.column, 3);
    cr_assert_str_eq(info.file, "x.lex");
    vc_lexicon_entry(lex, 2, &info);
    cr_assert_eq(info.kind, VC_ENTRY_PREFIX);
    vc_lexicon_entry(lex, 3, &info);
    cr_assert_eq(info.kind, VC_ENTRY_REGEX);
    cr_assert_eq(info.theme, 2);
    vc_lexicon_free(lex);
}

Test(lexicon, fingerprint_ignores_layout_not_content)
{
    const char *a = "[t]\nrefund*\nmoney back\n";
    const char *b = "# same content, other layout\n[t]\n\n  refund*\nMONEY BACK\n";
    const char *c = "[t]\nrefund*\nmoney backs\n";
    vc_lexicon *la, *lb, *lc;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_string("a", a, strlen(a), NULL, &la, &e), VC_OK);
    cr_assert_eq(vc_lexicon_load_string("b", b, strlen(b), NULL, &lb, &e), VC_OK);
    cr_assert_eq(vc_lexicon_load_string("c", c, strlen(c), NULL, &lc, &e), VC_OK);
    cr_assert_eq(vc_lexicon_fingerprint(la), vc_lexicon_fingerprint(lb));
    cr_assert_neq(vc_lexicon_fingerprint(la), vc_lexicon_fingerprint(lc));
    vc_lexicon_free(la);
    vc_lexicon_free(lb);
    vc_lexicon_free(lc);
}

Test(lexicon, default_loads)
{
    vc_lexicon *lex;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_default(&lex, &e), VC_OK, "%s", e.msg);
    cr_assert_gt(vc_lexicon_theme_count(lex), 0);
    size_t len;
    cr_assert_not_null(vc_lexicon_default_text(&len));
    cr_assert_gt(len, 0);
    vc_lexicon_free(lex);
}

Test(lexicon, missing_file)
{
    vc_lexicon *lex;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_file("/nonexistent.lex", NULL, &lex, &e), VC_ERR_IO);
    cr_assert_str_eq(e.msg, "/nonexistent.lex: No such file or directory");
}
