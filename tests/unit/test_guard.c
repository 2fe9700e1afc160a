/* test_guard.c - the negation guard ('~') of the lexicon language: what
 * holds a guarded entry off and what lets it through (negators, the reach
 * of three words, clause boundaries, contractions), the guard on every kind
 * of entry it applies to, the errors where it does not apply, and the proof
 * that the fast path and the PCRE2 reference agree on guarded entries. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "match/lexicon_internal.h"
#include "vocal/buf.h"
#include "vocal/lexicon.h"
#include "vocal/lint.h"
#include "vocal/matcher.h"
#include "vocal/text.h"

static vc_lexicon *load(const char *text)
{
    vc_lexicon *lex = NULL;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_string("t.lex", text, strlen(text), NULL, &lex, &e), VC_OK, "%s", e.msg);
    return lex;
}

/* themes of the normalized raw text, as a bit set over theme ids */
static unsigned themes_of(vc_lexicon *lex, const char *raw, unsigned flags)
{
    vc_normalizer *n = vc_normalizer_new();
    vc_buf norm = VC_BUF_INIT;
    vc_normalize(n, raw, strlen(raw), &norm, NULL);
    vc_matcher *m = vc_matcher_new(lex);
    vc_match_result r;
    cr_assert_eq(vc_matcher_run(m, norm.data ? norm.data : "", norm.len, flags, &r), VC_OK);
    unsigned set = 0;
    for (size_t i = 0; i < r.nthemes; i++)
        set |= 1u << r.themes[i];
    vc_matcher_free(m);
    vc_buf_free(&norm);
    vc_normalizer_free(n);
    return set;
}

typedef struct guard_case {
    char entry[40];
    char text[120];
    int want;
} guard_case;

ParameterizedTestParameters(guard, holds_off_and_lets_through)
{
    static guard_case cases[] = {
        /* the definition's examples */
        {"~wait*", "didn't have to wait at all", 0},
        {"~wait*", "had to wait an hour, no apology", 1},
        {"~problem*", "no problems at all", 0},
        {"~problem*", "problems with the app, no reply", 1},
        {"~wait*", "no delay, but the wait was long", 1},
        {"~wait*", "no delay but the wait was long", 1},
        {"~wait*", "no delay; the wait was long", 1},
        {"~wait*", "No delay. The wait was long", 1},
        {"~wait*", "no delay - the wait was long", 0}, /* a dash does not end a clause */
        {"~switch*", "would never switch", 0},
        {"~switch*", "I would never switch, but the renewal increases hurt", 0},
        {"~switch*", "switching to another bank next month", 1},
        /* the comments listed at the top of lexicons/signals.lex */
        {"~had to call", "Honestly never had to call support once in two years", 0},
        {"~had to chase", "no issues, never had to chase anything", 0},
        {"~issue*", "no issues, never had to chase anything", 0},
        {"~outage*", "Never had an outage in 4 years. No complaints", 0},
        {"~complain*", "Nothing to complain about", 0},
        {"~complain*", "No complaints", 0},
        {"~leave", "no reason to leave", 0},
        {"~go anywhere else", "no reason to go anywhere else", 0},
        {"~wait*", "Didnt have to wait at all at passport control", 0},
        {"~queue", "bag drop had no queue", 0},
        {"~problem*", "No problems with the surgery itself", 0},
        /* the reach: three words */
        {"~wait*", "not that I had to wait", 1},
        {"~wait*", "never had to wait", 0},
        {"~wait*", "never had to actually wait", 1},
        /* contractions are one word, typographic apostrophes too */
        {"~wait*", "I don\xe2\x80\x99t ever wait", 0},
        {"~wait*", "we can't wait", 0},
        {"~wait*", "I'm waiting", 1},
        {"~wait*", "we didn't, and I'm still waiting", 1},
        {"~wait*", "hardly a wait", 0},
        {"~wait*", "without waiting", 0},
        {"~wait*", "nobody waits", 0},
        {"~issue*", "Zero issues after two years", 0},
        {"~wait*", "knot wait", 1},
        {"~wait*", "no", 0},
        {"~wait*", "wait", 1},
        /* the other kinds of entry */
        {"~switch NEAR/3 provider", "would never switch provider", 0},
        {"~switch NEAR/3 provider", "will switch to another provider", 1},
        {"~switch NEAR/3 provider", "no other provider, so I switch", 0},
        {"~switch NEAR/3 provider", "not the provider I will switch", 0},
        {"~switch BEFORE/3 provider", "no, I will switch provider", 1},
        {"~fix* BEFORE/2 soon", "never fixed it soon", 0},
        {"~wait?ng", "not waiting", 0},
        {"~wait?ng", "waiting", 1},
        {"~the wait", "not the wait", 0},
        {"~the wait", "the wait", 1},
        /* an unguarded entry is never held off */
        {"wait*", "didn't have to wait at all", 1},
    };
    return cr_make_param_array(guard_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(guard_case *c, guard, holds_off_and_lets_through)
{
    char text[80];
    snprintf(text, sizeof text, "[t]\n%s\n", c->entry);
    vc_lexicon *lex = load(text);
    cr_assert_eq(themes_of(lex, c->text, 0) != 0, c->want, "fast: '%s' on '%s'", c->entry, c->text);
    cr_assert_eq(themes_of(lex, c->text, VC_MATCH_REFERENCE) != 0, c->want, "reference: '%s' on '%s'", c->entry,
                 c->text);
    vc_lexicon_free(lex);
}

/* A guarded exclusion vetoes only where it is not negated. */
Test(guard, guarded_exclusion)
{
    vc_lexicon *lex = load("[t]\nrefund*\n!~refund policy\n");
    cr_assert_eq(themes_of(lex, "refund policy is strict", 0), 0);
    cr_assert_eq(themes_of(lex, "no refund policy at all", 0), 1);
    cr_assert_eq(themes_of(lex, "no refund policy at all", VC_MATCH_REFERENCE), 1);
    vc_lexicon_free(lex);
}

/* A word held off in one place still fires in another. */
Test(guard, each_occurrence_is_judged)
{
    vc_lexicon *lex = load("[t]\n~wait*\n");
    cr_assert_eq(themes_of(lex, "didn't wait, then waited", 0), 1);
    cr_assert_eq(themes_of(lex, "never waited, never wait", 0), 0);
    vc_normalizer *n = vc_normalizer_new();
    vc_buf norm = VC_BUF_INIT;
    const char *t = "no wait, long wait, not waiting, waits";
    vc_normalize(n, t, strlen(t), &norm, NULL);
    vc_matcher *fast = vc_matcher_new(lex), *ref = vc_matcher_new(lex);
    vc_match_result a, b;
    cr_assert_eq(vc_matcher_run(fast, norm.data, norm.len, VC_MATCH_HITS, &a), VC_OK);
    cr_assert_eq(vc_matcher_run(ref, norm.data, norm.len, VC_MATCH_HITS | VC_MATCH_REFERENCE, &b), VC_OK);
    cr_assert_eq(a.nhits, 2, "long wait, waits: %zu", a.nhits);
    cr_assert_eq(a.hits[0].start, 14);
    cr_assert_eq(a.hits[1].start, 33);
    cr_assert_eq(b.nhits, a.nhits);
    for (size_t i = 0; i < a.nhits; i++)
        cr_assert_eq(a.hits[i].start, b.hits[i].start);
    vc_matcher_free(fast);
    vc_matcher_free(ref);
    vc_buf_free(&norm);
    vc_normalizer_free(n);
    vc_lexicon_free(lex);
}

typedef struct error_case {
    char lex[60];
    char where[40];
} error_case;

ParameterizedTestParameters(guard, errors_are_located)
{
    static error_case cases[] = {
        {"[t]\n~/wait(ed)?/\n", "t.lex:2:1: a /regex/ entry cannot"},
        {"[t]\n!~/wait/\n", "t.lex:2:1: a /regex/ entry cannot"},
        {"[t]\nswitch NEAR/3 ~provider\n", "t.lex:2:15: '~' guards a whole"},
        {"[t]\n~\n", "t.lex:2:1: '~' needs an entry"},
    };
    return cr_make_param_array(error_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(error_case *c, guard, errors_are_located)
{
    vc_lexicon *lex = NULL;
    vc_error e;
    vc_error_clear(&e);
    cr_assert_eq(vc_lexicon_load_string("t.lex", c->lex, strlen(c->lex), NULL, &lex, &e), VC_ERR_LEXICON);
    cr_assert(strncmp(e.msg, c->where, strlen(c->where)) == 0, "got '%s'", e.msg);
    cr_assert_null(lex);
}

/* The guard is part of what an entry is: entry info, the native writer,
 * and the fingerprint carry it; '!' and '~' come in either order. */
Test(guard, carried_by_info_writer_and_fingerprint)
{
    vc_lexicon *g = load("[t]\n~wait*\n! ~ no wait\n~!slow\n"), *p = load("[t]\nwait*\n!no wait\n!slow\n");
    vc_entry_info info;
    vc_lexicon_entry(g, 0, &info);
    cr_assert_eq(info.guarded, 1);
    cr_assert_eq(info.exclude, 0);
    vc_lexicon_entry(g, 1, &info);
    cr_assert_eq(info.guarded, 1);
    cr_assert_eq(info.exclude, 1);
    vc_lexicon_entry(p, 0, &info);
    cr_assert_eq(info.guarded, 0);
    cr_assert_neq(vc_lexicon_fingerprint(g), vc_lexicon_fingerprint(p));
    vc_buf out = VC_BUF_INIT;
    cr_assert_eq(vc_lexicon_write_native(g, &out), VC_OK);
    cr_assert_not_null(strstr(out.data, "\n~wait*\n"), "%s", out.data);
    vc_lexicon *back = NULL;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_string("back.lex", out.data, out.len, NULL, &back, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_lexicon_fingerprint(back), vc_lexicon_fingerprint(g));
    vc_buf_free(&out);
    vc_lexicon_free(back);
    vc_lexicon_free(g);
    vc_lexicon_free(p);
}

static void collect_shadowed(void *ctx, const vc_lint_finding *f)
{
    if (strcmp(f->check, "shadowed") == 0)
        *(unsigned *)ctx |= 1u << f->line;
}

/* Lint: x covers ~x; ~x covers a guarded entry that starts with x, not one
 * that has x later, nor an unguarded one (a negator before x holds ~x off,
 * not "no x"). */
Test(guard, lint_shadowing_knows_the_guard)
{
    vc_lexicon *lex = load("[t]\n~wait*\nwait*\n[u]\n~wait*\n~wait here\n~long wait\nno wait\n");
    unsigned lines = 0;
    cr_assert_eq(vc_lexicon_lint(lex, collect_shadowed, &lines), VC_OK);
    cr_assert_eq(lines, 1u << 2 | 1u << 6, "shadowed lines: %#x", lines);
    vc_lexicon_free(lex);
}

/* ---- equivalence on a generated corpus ---- */

static const char *const VOCAB[] = {
    "wait", "waited", "waiting", "no", "not", "never", "nothing", "didn't", "didnt", "don't", "can't", "cannot",
    "won't", "hardly", "but", "though", "however", "although", "had", "to", "call", "calls", "switch", "switched",
    "provider", "the", "problem", "problems", "i'm", "it's", "n't", "knot", "snot", "nor", "staff", "x"};
static const char *const SEPS[] = {" ", " ", " ", " ", "  ", ", ", ". ", "; ", ": ", "! ", "? ", "\n", " - ", "'",
                                   "\xe2\x80\x94", " '", "(", ")"};

Test(guard, fast_path_equals_reference_on_corpus)
{
    const char *lx = "[wait]\n~wait*\n[call]\n~had to call*\n[switch]\n~switch* NEAR/2 provider\n"
                     "[before]\n~the BEFORE/1 problem*\n[plain]\nwait*\nstaff\n!~no staff\n[glob]\n~w?it\n"
                     "[contraction]\n~it's\n";
    vc_lexicon *lex = load(lx);
    vc_normalizer *n = vc_normalizer_new();
    vc_matcher *fast = vc_matcher_new(lex), *ref = vc_matcher_new(lex);
    vc_buf raw = VC_BUF_INIT, norm = VC_BUF_INIT;
    unsigned long long r = 7;
    size_t nv = sizeof VOCAB / sizeof *VOCAB, ns = sizeof SEPS / sizeof *SEPS;
    int texts = 0, held = 0;
    for (int k = 0; k < 6000; k++) {
        vc_buf_reset(&raw);
        r = r * 6364136223846793005ULL + 1442695040888963407ULL;
        int words = 1 + (int)((r >> 40) % 12);
        for (int w = 0; w < words; w++) {
            r = r * 6364136223846793005ULL + 1442695040888963407ULL;
            vc_buf_append_str(&raw, VOCAB[(r >> 33) % nv]);
            vc_buf_append_str(&raw, SEPS[(r >> 20) % ns]);
        }
        vc_normalize(n, raw.data, raw.len, &norm, NULL);
        vc_match_result a, b;
        cr_assert_eq(vc_matcher_run(fast, norm.data, norm.len, VC_MATCH_HITS, &a), VC_OK);
        cr_assert_eq(vc_matcher_run(ref, norm.data, norm.len, VC_MATCH_HITS | VC_MATCH_REFERENCE, &b), VC_OK);
        cr_assert_eq(a.nthemes, b.nthemes, "themes differ on '%s'", norm.data);
        for (size_t t = 0; t < a.nthemes; t++)
            cr_assert_eq(a.themes[t], b.themes[t], "'%s'", norm.data);
        /* hits too, but those of NEAR/BEFORE entries: the fast path reports
         * one pair per start, the reference each non-overlapping match */
        size_t i = 0, j = 0;
        for (;;) {
            while (i < a.nhits && lex->entries[a.hits[i].entry].kind >= VC_ENTRY_NEAR)
                i++;
            while (j < b.nhits && lex->entries[b.hits[j].entry].kind >= VC_ENTRY_NEAR)
                j++;
            if (i == a.nhits || j == b.nhits)
                break;
            cr_assert_eq(a.hits[i].entry, b.hits[j].entry, "'%s'", norm.data);
            cr_assert_eq(a.hits[i].start, b.hits[j].start, "'%s'", norm.data);
            cr_assert_eq(a.hits[i].end, b.hits[j].end, "'%s'", norm.data);
            i++, j++;
        }
        cr_assert(i == a.nhits && j == b.nhits, "hit counts differ on '%s'", norm.data);
        unsigned with_hits = 0;
        for (size_t t = 0; t < a.nthemes; t++)
            with_hits |= 1u << a.themes[t];
        cr_assert_eq(vc_matcher_run(fast, norm.data, norm.len, 0, &a), VC_OK);
        unsigned without = 0;
        for (size_t t = 0; t < a.nthemes; t++)
            without |= 1u << a.themes[t];
        cr_assert_eq(with_hits, without, "'%s'", norm.data);
        /* a text where the unguarded "wait*" fires and "~wait*" does not */
        unsigned plain = 1u << 4, guarded = 1u << 6;
        held += (without & plain) && !(without & guarded) && strstr(norm.data, "wait");
        texts++;
    }
    cr_assert_gt(held, texts / 50, "the corpus rarely holds an entry off: %d of %d", held, texts);
    vc_buf_free(&raw);
    vc_buf_free(&norm);
    vc_matcher_free(fast);
    vc_matcher_free(ref);
    vc_normalizer_free(n);
    vc_lexicon_free(lex);
}
