/* test_language.c - the lexicon language construct by construct: globs,
 * exclusions, NEAR/BEFORE, hierarchy, @include, LIWC and YAML imports and
 * their native equivalents, and the fast path agreeing with the PCRE2
 * reference on every construct. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vocal/buf.h"
#include "vocal/lexicon.h"
#include "vocal/matcher.h"
#include "vocal/text.h"

#define LEXDIR VOCAL_SOURCE_DIR "/tests/data/lexicons/"

static vc_lexicon *load(const char *text)
{
    vc_lexicon *lex = NULL;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_string("t.lex", text, strlen(text), NULL, &lex, &e), VC_OK, "%s", e.msg);
    return lex;
}

/* The themes `raw` mentions, as "a;b/c" (normalized like the engine does,
 * sentences given by '\n'). */
static void themes_of(const vc_lexicon *lex, const char *raw, unsigned flags, char *out, size_t cap)
{
    vc_normalizer *n = vc_normalizer_new();
    vc_buf norm = VC_BUF_INIT;
    vc_normalize(n, raw, strlen(raw), &norm, NULL);
    vc_matcher *m = vc_matcher_new(lex);
    vc_match_result r;
    cr_assert_eq(vc_matcher_run(m, norm.data ? norm.data : "", norm.len, flags, &r), VC_OK);
    out[0] = 0;
    for (size_t i = 0; i < r.nthemes; i++) {
        strncat(out, i ? ";" : "", cap - strlen(out) - 1);
        strncat(out, vc_lexicon_theme_name(lex, r.themes[i]), cap - strlen(out) - 1);
    }
    vc_matcher_free(m);
    vc_buf_free(&norm);
    vc_normalizer_free(n);
}

typedef struct lang_case {
    char lex[120];
    char text[80];
    char expect[60];
} lang_case;

ParameterizedTestParameters(language, constructs)
{
    static lang_case cases[] = {
        /* '?' is exactly one word character, '*' any run, anywhere in a word */
        {"[t]\ncolo?r\n", "the colour", "t"},
        {"[t]\ncolo?r\n", "the color", ""},
        {"[t]\nwait?\n", "long waits", "t"},
        {"[t]\nwait?\n", "the wait", ""},
        {"[t]\ncaf?\n", "CAFÉ", "t"},
        {"[t]\nre*und\n", "a refund", "t"},
        {"[t]\nre*und\n", "refunds", ""},
        {"[t]\n*ship*\n", "membership fees", "t"},
        {"[t]\n*ship*\n", "shipping", "t"},
        {"[t]\n*ship*\n", "shop", ""},
        {"[t]\nmoney ba?k\n", "Money-back", "t"},
        {"[t]\n?ood\n", "good food", "t"},
        /* exclusions veto the theme for the whole comment */
        {"[billing]\nbill*\n!billing address\n", "billing address was wrong", ""},
        {"[billing]\nbill*\n!billing address\n", "bill too high, billing address wrong", ""},
        {"[billing]\nbill*\n!billing address\n", "the bill was too high", "billing"},
        {"[billing]\nbill*\n!/address/\n", "billing address", ""},
        {"[b]\nbill*\n!bill NEAR/2 address\n", "bill to this address", ""},
        /* ... and every theme below the excluding one */
        {"[service]\nservice\n!self service\n[service/staff]\nstaff\n", "self service staff", ""},
        {"[service]\nservice\n[service/staff]\nstaff\n!staff room\n", "service in the staff room", "service"},
        {"[service/staff]\nstaff\n[service/wait]\nqueue\n!staff room\n", "staff room queue", "service;service/staff"},
        /* NEAR/n: at most n words between, either order, one sentence */
        {"[t]\nrefund NEAR/2 late\n", "refund was very late", "t"},
        {"[t]\nrefund NEAR/2 late\n", "refund was very very late", ""},
        {"[t]\nrefund NEAR/2 late\n", "late, as usual, refund", "t"},
        {"[t]\nrefund NEAR/2 late\n", "refund\nlate", ""},
        {"[t]\nrefund NEAR/0 late\n", "late refund", "t"},
        {"[t]\nrefund NEAR/0 late\n", "late big refund", ""},
        {"[t]\nrefund* NEAR/3 never arrived\n", "never arrived, my refunds", "t"},
        {"[t]\nrefund NEAR/3 refund\n", "refund", ""},
        {"[t]\nrefund NEAR/3 refund\n", "refund or refund", "t"},
        /* BEFORE/n: in that order */
        {"[t]\nrefund BEFORE/2 late\n", "refund was late", "t"},
        {"[t]\nrefund BEFORE/2 late\n", "late refund", ""},
        {"[t]\nnot BEFORE/1 worth*\n", "not really worth it", "t"},
        /* hierarchy: ancestors come with the theme, each once */
        {"[a/b/c]\nx\n[a/d]\ny\n", "x y", "a;a/b;a/b/c;a/d"},
        {"[a]\nz\n[a/b]\nx\n", "z", "a"},
        /* uppercase keywords only: "near/3" is an ordinary phrase */
        {"[t]\nstore near/3 exit\n", "store near/3 exit", "t"},
        {"[t]\nstore near/3 exit\n", "store near 3 exit", ""},
    };
    return cr_make_param_array(lang_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(lang_case *c, language, constructs)
{
    vc_lexicon *lex = load(c->lex);
    char got[256], ref[256];
    themes_of(lex, c->text, 0, got, sizeof got);
    cr_assert_str_eq(got, c->expect, "%s on '%s'", c->lex, c->text);
    themes_of(lex, c->text, VC_MATCH_HITS, got, sizeof got);
    cr_assert_str_eq(got, c->expect, "hits mode: %s on '%s'", c->lex, c->text);
    themes_of(lex, c->text, VC_MATCH_REFERENCE, ref, sizeof ref);
    cr_assert_str_eq(ref, c->expect, "PCRE2 reference: %s on '%s'", c->lex, c->text);
    vc_lexicon_free(lex);
}

Test(language, hits_mark_exclusions_and_span_proximity)
{
    vc_lexicon *lex = load("[b]\nbill*\n!billing address\nrefund NEAR/3 late\n");
    vc_matcher *m = vc_matcher_new(lex);
    const char *t = "billing address: late with my refund";
    vc_match_result r;
    cr_assert_eq(vc_matcher_run(m, t, strlen(t), VC_MATCH_HITS, &r), VC_OK);
    cr_assert_eq(r.nthemes, 0);
    cr_assert_eq(r.nhits, 3);
    cr_assert_eq(r.hits[0].entry, 0); /* bill* at "billing" */
    cr_assert_eq(r.hits[0].exclude, 0);
    cr_assert_eq(r.hits[1].entry, 1); /* the exclusion */
    cr_assert_eq(r.hits[1].exclude, 1);
    cr_assert_eq(r.hits[1].end, 15);
    cr_assert_eq(r.hits[2].entry, 2); /* "late with my refund" */
    cr_assert_eq(r.hits[2].start, 17);
    cr_assert_eq(r.hits[2].end, strlen(t));
    vc_entry_info info;
    vc_lexicon_entry(lex, 1, &info);
    cr_assert(info.exclude);
    vc_lexicon_entry(lex, 2, &info);
    cr_assert_eq(info.kind, VC_ENTRY_NEAR);
    cr_assert_eq(info.distance, 3);
    cr_assert_eq(vc_lexicon_entry_count(lex), 3); /* operands are hidden */
    vc_matcher_free(m);
    vc_lexicon_free(lex);
}

/* Random texts over a small vocabulary, with sentence breaks: the fast path
 * and the PCRE2 reference give the same themes for every construct. */
Test(language, fast_path_agrees_with_reference)
{
    const char *lx = "[a]\nrefund*\n!refund policy\n[a/b]\nmoney ba?k\nre*nd\n[c]\nlate NEAR/2 refund\n"
                     "*ship*\n[d]\nnot BEFORE/1 happy\n!/very happy/\n[d/e]\ncol?r*\n[f]\nwait* NEAR/0 time\n";
    vc_lexicon *lex = load(lx);
    const char *vocab[] = {"refund", "refunds", "policy", "money", "back", "bark", "resend", "late",
                           "membership", "ship", "not", "very", "happy", "colour", "colors", "wait",
                           "waiting", "time", "the", "a", "-", ",", "\n", "rend", "café"};
    size_t nv = sizeof vocab / sizeof *vocab;
    uint64_t seed = 42;
    for (int i = 0; i < 3000; i++) {
        char text[400] = "";
        int words = 1 + (int)(seed >> 60);
        for (int w = 0; w < words; w++) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            strcat(text, vocab[(seed >> 33) % nv]);
            strcat(text, (seed >> 20) % 5 ? " " : "  ");
        }
        char got[256], ref[256], hits[256];
        themes_of(lex, text, 0, got, sizeof got);
        themes_of(lex, text, VC_MATCH_HITS, hits, sizeof hits);
        themes_of(lex, text, VC_MATCH_REFERENCE, ref, sizeof ref);
        cr_assert_str_eq(got, ref, "'%s'", text);
        cr_assert_str_eq(hits, ref, "hits mode: '%s'", text);
    }
    vc_lexicon_free(lex);
}

/* ---- @include ----------------------------------------------------------------- */

static char tmpdir[64];

static void put(const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs(text, f);
    fclose(f);
}

static void make_tmpdir(void)
{
    strcpy(tmpdir, "/tmp/vocal-include-XXXXXX");
    cr_assert_not_null(mkdtemp(tmpdir));
    char sub[128];
    snprintf(sub, sizeof sub, "%s/sub", tmpdir);
    mkdir(sub, 0700);
}

static void rm_tmpdir(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    cr_assert_eq(system(cmd), 0);
}

static vc_status load_path(const char *name, vc_lexicon **lex, vc_error *e)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    return vc_lexicon_load_file(path, NULL, lex, e);
}

Test(language, include_composes_and_reads_each_file_once, .init = make_tmpdir, .fini = rm_tmpdir)
{
    put("main.lex", "[local]\nlocal\n@include sub/common.lex\nafter\n@include shared.lex\n");
    put("sub/common.lex", "@include ../shared.lex\n[common]\ncommon\n");
    put("shared.lex", "[shared]\nshared\n");
    vc_lexicon *lex = NULL;
    vc_error e;
    cr_assert_eq(load_path("main.lex", &lex, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_lexicon_theme_count(lex), 3);
    cr_assert_eq(vc_lexicon_entry_count(lex), 4); /* shared.lex read once */
    vc_entry_info info;
    vc_lexicon_entry(lex, 3, &info); /* "after" returns to [local] */
    cr_assert_str_eq(info.text, "after");
    cr_assert_str_eq(vc_lexicon_theme_name(lex, info.theme), "local");
    vc_lexicon_entry(lex, 1, &info);
    cr_assert_str_eq(info.text, "shared");
    cr_assert(strstr(info.file, "sub/../shared.lex") != NULL, "%s", info.file);
    cr_assert_eq(info.line, 2);
    vc_lexicon_free(lex);
}

Test(language, include_cycle_is_reported_with_its_chain, .init = make_tmpdir, .fini = rm_tmpdir)
{
    put("a.lex", "[a]\nx\n@include b.lex\n");
    put("b.lex", "[b]\ny\n\n@include a.lex\n");
    vc_lexicon *lex = NULL;
    vc_error e;
    cr_assert_eq(load_path("a.lex", &lex, &e), VC_ERR_LEXICON);
    cr_assert_null(lex);
    char expect[512];
    snprintf(expect, sizeof expect, "%s/b.lex:4:10: include cycle: %s/a.lex -> %s/b.lex -> %s/a.lex", tmpdir,
             tmpdir, tmpdir, tmpdir);
    cr_assert_str_eq(e.msg, expect);
}

Test(language, include_errors_name_the_included_file, .init = make_tmpdir, .fini = rm_tmpdir)
{
    put("a.lex", "[a]\n@include bad.lex\n");
    put("bad.lex", "[b]\nok\n/(/\n");
    vc_lexicon *lex = NULL;
    vc_error e;
    cr_assert_eq(load_path("a.lex", &lex, &e), VC_ERR_LEXICON);
    char expect[512];
    snprintf(expect, sizeof expect, "%s/bad.lex:3:3: invalid pattern: missing closing parenthesis", tmpdir);
    cr_assert_str_eq(e.msg, expect);
}

/* ---- imports ------------------------------------------------------------------ */

typedef struct warnings {
    char text[4096];
    int n;
} warnings;

static void collect(void *ctx, const char *msg)
{
    warnings *w = ctx;
    strncat(w->text, msg, sizeof w->text - strlen(w->text) - 2);
    strcat(w->text, "\n");
    w->n++;
}

static const char *probe_texts[] = {
    "cheap and cheerful", "EXPENSIVE!", "overpriced", "the waiter was rude", "friendly staff",
    "waited on hold", "long queue", "refunded my money back", "I was overcharged", "would recommend",
    "switching now", "I like it", "kind of ok", "brand new", "value for money", "staff room was dirty",
    "friendly staff in the staff room", "the colour", "a waiting room", "nothing", "",
};

static void same_matches(const vc_lexicon *a, const vc_lexicon *b)
{
    for (size_t i = 0; i < sizeof probe_texts / sizeof *probe_texts; i++) {
        char x[256], y[256];
        themes_of(a, probe_texts[i], 0, x, sizeof x);
        themes_of(b, probe_texts[i], 0, y, sizeof y);
        cr_assert_str_eq(x, y, "'%s'", probe_texts[i]);
    }
}

static vc_lexicon *load_file(const char *path, warnings *w)
{
    vc_lexicon_options o = {.warn = collect, .warn_ctx = w};
    vc_lexicon *lex = NULL;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_file(path, &o, &lex, &e), VC_OK, "%s", e.msg);
    return lex;
}

Test(language, liwc_dic_imports_like_its_native_equivalent)
{
    warnings w = {"", 0};
    warnings none = {"", 0};
    vc_lexicon *dic = load_file(LEXDIR "cx.dic", &w), *native = load_file(LEXDIR "cx_dic.lex", &none);
    same_matches(dic, native);
    char x[256];
    themes_of(dic, "I was overcharged", 0, x, sizeof x);
    cr_assert_str_eq(x, "billing;price");
    cr_assert_eq(vc_lexicon_entry_count(dic), vc_lexicon_entry_count(native));
    cr_assert_str_eq(w.text, LEXDIR "cx.dic:18:4: LIWC context word '<hold>' is read as part of the phrase\n" LEXDIR
                     "cx.dic:22:6: conditional LIWC category '(02 134)125/2': using the unconditional 2\n" LEXDIR
                     "cx.dic:23:6: conditional LIWC category '(1 2)3' has no unconditional part; skipped\n" LEXDIR
                     "cx.dic:25:1: entry has no word characters; use a /regex/ to match punctuation; entry skipped\n" LEXDIR
                     "cx.dic:29:11: LIWC category 9 is not in the category list; skipped\n");
    vc_lexicon_free(dic);
    vc_lexicon_free(native);
}

Test(language, yaml_imports_like_its_native_equivalent)
{
    warnings w = {"", 0};
    warnings none = {"", 0};
    vc_lexicon *yml = load_file(LEXDIR "cx.yml", &w), *native = load_file(LEXDIR "cx_yml.lex", &none);
    cr_assert_eq(w.n, 0, "%s", w.text);
    same_matches(yml, native);
    cr_assert_eq(vc_lexicon_theme_count(yml), vc_lexicon_theme_count(native));
    for (uint32_t t = 0; t < vc_lexicon_theme_count(yml); t++)
        cr_assert_str_eq(vc_lexicon_theme_name(yml, t), vc_lexicon_theme_name(native, t));
    vc_entry_info info;
    vc_lexicon_entry(yml, 2, &info);
    cr_assert_str_eq(info.text, "value for money");
    cr_assert_eq(info.line, 6);
    cr_assert_eq(info.column, 7);
    vc_lexicon_free(yml);
    vc_lexicon_free(native);
}

Test(language, converted_native_text_matches_the_same)
{
    const char *files[] = {LEXDIR "cx.dic", LEXDIR "cx.yml"};
    for (int f = 0; f < 2; f++) {
        warnings w = {"", 0};
        vc_lexicon *src = load_file(files[f], &w);
        vc_buf out = VC_BUF_INIT;
        cr_assert_eq(vc_lexicon_write_native(src, &out), VC_OK);
        vc_lexicon *back = NULL;
        vc_error e;
        cr_assert_eq(vc_lexicon_load_string("converted.lex", out.data, out.len, NULL, &back, &e), VC_OK, "%s",
                     e.msg);
        same_matches(src, back);
        cr_assert_eq(vc_lexicon_entry_count(src), vc_lexicon_entry_count(back));
        vc_lexicon_free(back);
        vc_lexicon_free(src);
        vc_buf_free(&out);
    }
}

typedef struct yaml_bad {
    char text[80];
    char msg[120];
} yaml_bad;

ParameterizedTestParameters(language, yaml_errors)
{
    static yaml_bad cases[] = {
        {"- a\n- b\n", "d.yml:1:1: a YAML dictionary is a mapping of theme names to entries"},
        {"a:\n  - x\n - y\n", "d.yml:3:2: YAML: did not find expected key while parsing a block mapping"},
        {"a: &x [p]\nb: *x\n", "d.yml:2:4: YAML aliases (*name) are not supported in a dictionary"},
        {"a:\n  - ok\n  - /(/\n", "d.yml:3:7: invalid pattern: missing closing parenthesis"},
        {"a:\n  b: \"[x\"\n", "d.yml:2:6: entry starts with characters outside words; use a /regex/"},
    };
    return cr_make_param_array(yaml_bad, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(yaml_bad *c, language, yaml_errors)
{
    vc_lexicon *lex = NULL;
    vc_error e;
    vc_status st = vc_lexicon_load_string("d.yml", c->text, strlen(c->text), NULL, &lex, &e);
    cr_assert_eq(st, VC_ERR_LEXICON);
    cr_assert_str_eq(e.msg, c->msg);
}
