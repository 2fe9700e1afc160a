/* test_lexicon.c - the lexicon format: good files, every error with its
 * file:line:column, ordering and fingerprints. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/lexicon.h"

typedef struct bad_case {
    char text[96];
    char msg[200];
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
        {"[a]\n@includes x.lex\n", "t.lex:2:1: unknown directive (the directives are @include FILE, @label TEXT and @lang CODES)"},
        {"[a]\n@labels A\n", "t.lex:2:1: unknown directive (the directives are @include FILE, @label TEXT and @lang CODES)"},
        {"[a]\n@lang\nx\n", "t.lex:2:1: @lang needs language codes (@lang de or @lang de,at) or '*'"},
        {"[a]\n@lang deutsch\nx\n", "t.lex:2:7: a language is a 2- or 3-letter code (ISO 639-1 where there is one: de, es, ja), codes separated by commas, or '*' for every language"},
        {"[a]\n@lang de,\nx\n", "t.lex:2:10: a language code after ','"},
        {"[a]\n@lang de es\nx\n", "t.lex:2:7: a language is a 2- or 3-letter code (ISO 639-1 where there is one: de, es, ja), codes separated by commas, or '*' for every language"},
        {"[a]\n\xe9\x85\x8d*\xe9\x80\x81\n", "t.lex:2:1: a word in a script written without spaces matches inside words already: leave out '*' and '?'"},
        {"[a]\n~\xe9\x85\x8d\xe9\x80\x81\n", "t.lex:2:1: an entry in a script written without spaces cannot be guarded with '~': the guard reads the words before it; write the negated form as an exclusion"},
        {"[a]\nx NEAR/2 \xe9\x85\x8d\xe9\x80\x81\n", "t.lex:2:10: a NEAR/ or BEFORE/ side in a script written without spaces: its words cannot be counted; write the phrase as one entry"},
        {"@label Price\n[a]\nx\n", "t.lex:1:1: @label before any [theme] header: a label names the theme above it"},
        {"[a]\nx\n@label\n", "t.lex:3:1: @label needs a text: the theme's display name"},
        {"[a]\n  @label  \t \n", "t.lex:2:3: @label needs a text: the theme's display name"},
        {"[a]\n@label A\nx\n[a]\n@label B\n", "t.lex:5:1: theme a already has the label 'A' (t.lex:2); a theme has one label"},
        {"[a]\n@label Tab\there\n", "t.lex:2:11: control character U+0009 in label"},
        {"[a]\n@label x\x7fy\n", "t.lex:2:9: control character U+007F in label"},
        {"[a]\n@label x\xc2\x85y\n", "t.lex:2:9: control character U+0085 in label"},
        {"[a]\n@label caf\xe9\n", "t.lex:2:11: invalid UTF-8"},
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

/* "@label TEXT" names the theme above it for readers; a header with only a
 * label is how a parent gets one. Labels change no match and no number. */
Test(lexicon, labels)
{
    const char *text = "[service]\n@label   Service  \n"
                       "[service/wait_time]\n@label Wait & queues \xe2\x8f\xb3\nqueue\n"
                       "[billing]\nrefund*\n@label Billing\n" /* after an entry: still its theme's */
                       "[service/wait_time]\n@label Wait & queues \xe2\x8f\xb3\n" /* the same again: fine */
                       "[service/staff]\nrude\n";
    vc_lexicon *lex = NULL;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_string("t.lex", text, strlen(text), NULL, &lex, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_lexicon_theme_count(lex), 4);
    cr_assert_str_eq(vc_lexicon_theme_name(lex, 0), "billing");
    cr_assert_str_eq(vc_lexicon_theme_label(lex, 0), "Billing");
    cr_assert_str_eq(vc_lexicon_theme_name(lex, 1), "service");
    cr_assert_str_eq(vc_lexicon_theme_label(lex, 1), "Service", "trimmed");
    cr_assert_eq(vc_lexicon_theme_declared(lex, 1), 1, "a label-only header declares its theme");
    cr_assert_str_eq(vc_lexicon_theme_name(lex, 2), "service/staff");
    cr_assert_null(vc_lexicon_theme_label(lex, 2), "no label: NULL");
    cr_assert_str_eq(vc_lexicon_theme_label(lex, 3), "Wait & queues \xe2\x8f\xb3");
    cr_assert_eq(vc_lexicon_entry_count(lex), 3, "a label is no entry");

    /* the same lexicon without labels: the same fingerprint (a label
     * changes no number), and convert writes them back */
    const char *bare = "[service/wait_time]\nqueue\n[billing]\nrefund*\n[service/staff]\nrude\n";
    vc_lexicon *lb = NULL;
    cr_assert_eq(vc_lexicon_load_string("b.lex", bare, strlen(bare), NULL, &lb, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_lexicon_fingerprint(lex), vc_lexicon_fingerprint(lb));
    cr_assert_null(vc_lexicon_theme_label(lb, 1), "an implied parent has no label");
    vc_buf out = VC_BUF_INIT;
    cr_assert_eq(vc_lexicon_write_native(lex, &out), VC_OK);
    cr_assert_str_eq(out.data, "[billing]\n@label Billing\nrefund*\n\n"
                               "[service]\n@label Service\n\n"
                               "[service/staff]\nrude\n\n"
                               "[service/wait_time]\n@label Wait & queues \xe2\x8f\xb3\nqueue\n");
    vc_lexicon *back = NULL;
    cr_assert_eq(vc_lexicon_load_string("c.lex", out.data, out.len, NULL, &back, &e), VC_OK, "%s", e.msg);
    for (uint32_t t = 0; t < 4; t++) {
        const char *a = vc_lexicon_theme_label(lex, t), *b = vc_lexicon_theme_label(back, t);
        cr_assert((!a && !b) || (a && b && strcmp(a, b) == 0), "theme %u: %s against %s", t, a, b);
    }
    vc_buf_free(&out);
    vc_lexicon_free(back);
    vc_lexicon_free(lb);
    vc_lexicon_free(lex);
}

/* 1 to 80 bytes: a label is a heading, not a description. */
Test(lexicon, label_length)
{
    char text[512], label[300];
    vc_lexicon *lex = NULL;
    vc_error e;
    memset(label, 'a', 80);
    label[80] = 0;
    snprintf(text, sizeof text, "[a]\nx\n@label %s\n", label);
    cr_assert_eq(vc_lexicon_load_string("t.lex", text, strlen(text), NULL, &lex, &e), VC_OK, "80 bytes: %s", e.msg);
    cr_assert_eq(strlen(vc_lexicon_theme_label(lex, 0)), 80);
    vc_lexicon_free(lex);
    lex = NULL;
    strcat(label, "b");
    snprintf(text, sizeof text, "[a]\nx\n@label %s\n", label);
    cr_assert_eq(vc_lexicon_load_string("t.lex", text, strlen(text), NULL, &lex, &e), VC_ERR_LEXICON);
    cr_assert_null(lex);
    cr_assert_str_eq(e.msg, "t.lex:3:8: label longer than 80 bytes (81)");
    /* bytes, not characters: 27 check marks are 81 bytes */
    label[0] = 0;
    for (int i = 0; i < 27; i++)
        strcat(label, "\xe2\x9c\x93");
    snprintf(text, sizeof text, "[a]\nx\n@label %s\n", label);
    cr_assert_eq(vc_lexicon_load_string("t.lex", text, strlen(text), NULL, &lex, &e), VC_ERR_LEXICON);
    cr_assert_str_eq(e.msg, "t.lex:3:8: label longer than 80 bytes (81)");
    label[78] = 0; /* 26 of them, 78 bytes */
    snprintf(text, sizeof text, "[a]\nx\n@label %s\n", label);
    cr_assert_eq(vc_lexicon_load_string("t.lex", text, strlen(text), NULL, &lex, &e), VC_OK, "%s", e.msg);
    vc_lexicon_free(lex);
}

/* Every theme of every built-in lexicon, parents included, has a label; so
 * does every signal (their groups are no themes in a scan). */
Test(lexicon, builtin_lexicons_label_every_theme)
{
    for (size_t i = 0; i < vc_lexicon_builtin_count(); i++) {
        vc_builtin_lexicon b;
        cr_assert_eq(vc_lexicon_builtin(i, &b), 0);
        vc_lexicon *lex = NULL;
        vc_error e;
        cr_assert_eq(vc_lexicon_load_builtin(b.name, NULL, &lex, &e), VC_OK, "%s", e.msg);
        int signals = strcmp(b.name, "signals") == 0;
        for (uint32_t t = 0; t < vc_lexicon_theme_count(lex); t++) {
            int parent = 0;
            for (uint32_t c = 0; c < vc_lexicon_theme_count(lex); c++)
                parent |= vc_lexicon_theme_parent(lex, c) == t;
            if (signals && parent) /* read on its own, signals.lex has groups: unlabelled */
                cr_assert_null(vc_lexicon_theme_label(lex, t), "%s", vc_lexicon_theme_name(lex, t));
            else
                cr_assert_not_null(vc_lexicon_theme_label(lex, t), "builtin:%s: %s has no label", b.name,
                                   vc_lexicon_theme_name(lex, t));
        }
        vc_lexicon_free(lex);
    }
    vc_lexicon *lex = NULL;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_with_signals(NULL, NULL, NULL, &lex, &e), VC_OK, "%s", e.msg);
    size_t sig = vc_lexicon_signal_start(lex), nt = vc_lexicon_theme_count(lex);
    cr_assert_lt(sig, nt);
    for (uint32_t t = 0; t < nt; t++)
        cr_assert_not_null(vc_lexicon_theme_label(lex, t), "%s has no label", vc_lexicon_theme_name(lex, t));
    cr_assert_str_eq(vc_lexicon_theme_label(lex, (uint32_t)sig), "Churn risk");
    cr_assert_str_eq(vc_lexicon_theme_name(lex, (uint32_t)sig), "signal/churn_risk");
    vc_lexicon_free(lex);
}

/* ---- "@lang" ---- */

static vc_lexicon *load_ok(const char *name, const char *text)
{
    vc_lexicon *lex = NULL;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_string(name, text, strlen(text), NULL, &lex, &e), VC_OK, "%s", e.msg);
    return lex;
}

static const char *entry_langs(const vc_lexicon *lex, const char *text)
{
    for (uint32_t i = 0; i < vc_lexicon_entry_count(lex); i++) {
        vc_entry_info e;
        vc_lexicon_entry(lex, i, &e);
        if (strcmp(e.text, text) == 0)
            return e.langs ? e.langs : "*";
    }
    cr_assert_fail("no entry '%s'", text);
    return NULL;
}

Test(lexicon, lang_scopes_entries_until_the_next_lang_line)
{
    vc_lexicon *lex = load_ok("t.lex", "[a]\nparcel\n@lang DE, at\nlieferung\n[b]\npaket\n@lang es\nenvio\n"
                                       "@lang *\nshipping\n[a]\n@lang fr\nlivraison\n");
    cr_assert_str_eq(entry_langs(lex, "parcel"), "*");
    cr_assert_str_eq(entry_langs(lex, "lieferung"), "de,at", "codes lowercased, spaces dropped");
    cr_assert_str_eq(entry_langs(lex, "paket"), "de,at", "a header does not end a @lang");
    cr_assert_str_eq(entry_langs(lex, "envio"), "es");
    cr_assert_str_eq(entry_langs(lex, "shipping"), "*");
    cr_assert_str_eq(entry_langs(lex, "livraison"), "fr", "a repeated header adds to its theme");
    cr_assert(vc_lexicon_covers_language(lex, "en"), "unscoped entries cover English");
    cr_assert(vc_lexicon_covers_language(lex, "de"));
    cr_assert(vc_lexicon_covers_language(lex, "at"));
    cr_assert(vc_lexicon_covers_language(lex, "fr"));
    cr_assert_not(vc_lexicon_covers_language(lex, "ja"));
    cr_assert(vc_lexicon_covers_language(lex, "und"));
    cr_assert(vc_lexicon_covers_language(lex, NULL));
    vc_lexicon_free(lex);
    lex = load_ok("t.lex", "[a]\n@lang de\nlieferung\n");
    cr_assert_not(vc_lexicon_covers_language(lex, "en"), "no unscoped entry: English is not covered");
    vc_lexicon_free(lex);
}

Test(lexicon, lang_changes_the_fingerprint_and_converts_back)
{
    vc_lexicon *a = load_ok("t.lex", "[a]\nlieferung\n");
    vc_lexicon *b = load_ok("t.lex", "[a]\n@lang de\nlieferung\n");
    vc_lexicon *c = load_ok("t.lex", "[a]\n@lang at\nlieferung\n");
    vc_lexicon *d = load_ok("u.lex", "[a]\n@lang de\n\nlieferung\n@lang *\n");
    cr_assert_neq(vc_lexicon_fingerprint(a), vc_lexicon_fingerprint(b));
    cr_assert_neq(vc_lexicon_fingerprint(b), vc_lexicon_fingerprint(c));
    cr_assert_eq(vc_lexicon_fingerprint(b), vc_lexicon_fingerprint(d), "the scope, not where it is written");
    vc_buf out = VC_BUF_INIT;
    vc_lexicon *m = load_ok("t.lex", "[a]\nx\n@lang de\ny\n[b]\nz\n@lang *\nw\n");
    cr_assert_eq(vc_lexicon_write_native(m, &out), VC_OK);
    cr_assert_str_eq(out.data, "[a]\nx\n@lang de\ny\n@lang *\n\n[b]\n@lang de\nz\n@lang *\nw\n");
    vc_lexicon *back = load_ok("t.lex", out.data);
    cr_assert_eq(vc_lexicon_fingerprint(back), vc_lexicon_fingerprint(m));
    vc_buf_free(&out);
    vc_lexicon_free(a);
    vc_lexicon_free(b);
    vc_lexicon_free(c);
    vc_lexicon_free(d);
    vc_lexicon_free(m);
    vc_lexicon_free(back);
}

Test(lexicon, an_included_file_starts_unscoped_and_its_lang_ends_with_it)
{
    char dir[] = "/tmp/vc_lang_XXXXXX";
    cr_assert(mkdtemp(dir));
    char path[128], inc[128];
    snprintf(inc, sizeof inc, "%s/de.lex", dir);
    snprintf(path, sizeof path, "%s/main.lex", dir);
    FILE *f = fopen(inc, "w");
    fputs("[a]\ninc_plain\n@lang de\ninc_de\n", f);
    fclose(f);
    f = fopen(path, "w");
    fputs("@lang es\n[a]\nmain_es\n@include de.lex\nmain_es_again\n@lang *\nmain_plain\n", f);
    fclose(f);
    vc_lexicon *lex = NULL;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_file(path, NULL, &lex, &e), VC_OK, "%s", e.msg);
    cr_assert_str_eq(entry_langs(lex, "main_es"), "es");
    cr_assert_str_eq(entry_langs(lex, "inc_plain"), "*", "an included file starts unscoped");
    cr_assert_str_eq(entry_langs(lex, "inc_de"), "de");
    cr_assert_str_eq(entry_langs(lex, "main_es_again"), "es", "the including file's @lang goes on after it");
    cr_assert_str_eq(entry_langs(lex, "main_plain"), "*");
    vc_lexicon_free(lex);
    remove(inc);
    remove(path);
    remove(dir);
}
