/* test_matcher.c - matching semantics entry by entry, PCRE2 limits, and the
 * proof that the fast path and the one-pattern-per-entry PCRE2 reference
 * give identical themes and hits on a varied corpus. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "match/lexicon_internal.h"
#include "vocal/buf.h"
#include "vocal/lexicon.h"
#include "vocal/matcher.h"
#include "vocal/text.h"

static vc_lexicon *load(const char *text, const vc_lexicon_options *o)
{
    vc_lexicon *lex = NULL;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_string("t.lex", text, strlen(text), o, &lex, &e), VC_OK, "%s", e.msg);
    return lex;
}

/* 1 if the normalized `text` mentions theme 0 */
static int mentions(vc_lexicon *lex, const char *raw, unsigned flags)
{
    vc_normalizer *n = vc_normalizer_new();
    vc_buf norm = VC_BUF_INIT;
    vc_normalize(n, raw, strlen(raw), &norm, NULL);
    vc_matcher *m = vc_matcher_new(lex);
    vc_match_result r;
    cr_assert_eq(vc_matcher_run(m, norm.data ? norm.data : "", norm.len, flags, &r), VC_OK);
    int hit = r.nthemes > 0;
    vc_matcher_free(m);
    vc_buf_free(&norm);
    vc_normalizer_free(n);
    return hit;
}

typedef struct match_case {
    char entry[40];
    char text[64];
    int want;
} match_case;

ParameterizedTestParameters(matcher, semantics)
{
    static match_case cases[] = {
        {"worth", "worth it", 1},
        {"worth", "worthless product", 0},
        {"worth", "self-worth", 1},
        {"money back", "I want my Money-back!", 1},
        {"money back", "money  -  back", 1},
        {"money back", "money \xe2\x80\x94 back", 1}, /* em dash is a hyphen */
        {"money back", "money, back", 0},
        {"money back", "money\nback", 1},
        {"money back", "moneyback", 0},
        {"refund*", "Refunded quickly", 1},
        {"refund*", "refund", 1},
        {"refund*", "prerefund", 0},
        {"money* back", "moneys back", 1},
        {"don't", "I DON\xe2\x80\x99T know", 1},
        {"don't", "don t", 0},
        {"at&t", "AT&T rocks", 1},
        {"caf\xc3\xa9", "CAFE\xcc\x81 was nice", 1},
        {"wifi", "\xef\xbd\x97\xef\xbd\x89\xef\xbd\x86\xef\xbd\x89 down", 1},
        {"/charged (twice|two times)/", "Charged twice!", 1},
        {"/charged (twice|two times)/", "charged me twice", 0},
        {"/^great/", "Great start", 1},
        {"log in", "cannot log-in", 1},
        {"2fa", "no 2FA option", 1},
    };
    return cr_make_param_array(match_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(match_case *c, matcher, semantics)
{
    char text[80];
    snprintf(text, sizeof text, "[t]\n%s\n", c->entry);
    vc_lexicon *lex = load(text, NULL);
    cr_assert_eq(mentions(lex, c->text, 0), c->want, "fast: '%s' on '%s'", c->entry, c->text);
    cr_assert_eq(mentions(lex, c->text, VC_MATCH_REFERENCE), c->want, "reference: '%s' on '%s'", c->entry,
                 c->text);
    vc_lexicon_free(lex);
}

Test(matcher, hits_name_entries_and_spans)
{
    vc_lexicon *lex = load("[b]\nrefund*\nmoney back\n[v]\n/charged twice/\n", NULL);
    vc_matcher *m = vc_matcher_new(lex);
    const char *t = "money back and a refund, charged twice, refunds";
    vc_match_result r;
    cr_assert_eq(vc_matcher_run(m, t, strlen(t), VC_MATCH_HITS, &r), VC_OK);
    cr_assert_eq(r.nthemes, 2);
    cr_assert_eq(r.nhits, 4);
    cr_assert_eq(r.hits[0].entry, 1);
    cr_assert_eq(r.hits[0].start, 0);
    cr_assert_eq(r.hits[0].end, 10);
    cr_assert_eq(r.hits[1].entry, 0);
    cr_assert_eq(r.hits[1].start, 17);
    cr_assert_eq(r.hits[2].entry, 2);
    cr_assert_eq(r.hits[2].theme, 1);
    cr_assert_eq(r.hits[3].start, 40);
    vc_matcher_free(m);
    vc_lexicon_free(lex);
}

Test(matcher, catastrophic_pattern_is_counted_not_hidden)
{
    vc_lexicon_options o = {.match_limit = 100000};
    vc_lexicon *lex = load("[t]\n/(a+)+$/\n", &o);
    vc_matcher *m = vc_matcher_new(lex);
    char text[64];
    memset(text, 'a', 40);
    text[40] = 'b';
    text[41] = 0;
    vc_match_result r;
    cr_assert_eq(vc_matcher_run(m, text, 41, 0, &r), VC_OK);
    cr_assert_eq(r.nthemes, 0);
    cr_assert_eq(r.limit_hits, 1);
    cr_assert_eq(vc_matcher_run(m, "aaa", 3, 0, &r), VC_OK);
    cr_assert_eq(r.nthemes, 1);
    cr_assert_eq(r.limit_hits, 0);
    vc_matcher_free(m);
    vc_lexicon_free(lex);
}

/* Patterns the JIT declines run on the interpreter: (*NO_JIT) at the start
 * (pcre2_jit_compile() "succeeds" for it without compiling anything), alone
 * or next to JIT-compiled patterns, with and without hits, in the fast path
 * and the reference; none of it is a limit hit. */
Test(matcher, patterns_the_jit_declines_run_on_the_interpreter)
{
    vc_lexicon *lex = load("[billing]\n/(*NO_JIT)refund(ed|s)?/\n[late]\n/(*NO_JIT)(*UTF)(?i)late\\s+parcel/\n"
                           "/never arrived/\n[other]\n/(*NO_START_OPT)(*NO_JIT)zz+/\n",
                           NULL);
    for (size_t r = 0; r < lex->nregex; r++) {
        const lex_entry *e = &lex->entries[lex->regex_ids[r]];
        if (strstr(e->pattern, "(*NO_JIT)"))
            cr_assert_eq(e->jit, 0, "'%s' has no JIT code", e->pattern);
    }
    const char *texts[] = {"still waiting for my refund", "refunded, late parcel", "it never arrived, zzz", "none"};
    const size_t want[] = {1, 2, 2, 0};
    vc_matcher *m = vc_matcher_new(lex);
    for (size_t i = 0; i < 4; i++) {
        for (unsigned flags = 0; flags < 4; flags++) {
            vc_match_result r;
            cr_assert_eq(vc_matcher_run(m, texts[i], strlen(texts[i]), flags, &r), VC_OK);
            cr_assert_eq(r.limit_hits, 0, "'%s' flags %u", texts[i], flags);
            cr_assert_eq(r.nthemes, want[i], "'%s' flags %u: %zu themes", texts[i], flags, r.nthemes);
        }
    }
    vc_matcher_free(m);
    vc_lexicon_free(lex);
}

/* A PCRE2 failure that is not a limit (the interpreter's recursion loop)
 * is an error of the run, never counted as a limit hit. */
Test(matcher, a_match_error_is_an_error_not_a_limit_hit)
{
    vc_lexicon *lex = load("[t]\n/(*NO_JIT)(a|(?R))/\n", NULL);
    vc_matcher *m = vc_matcher_new(lex);
    vc_match_result r;
    cr_assert_eq(vc_matcher_run(m, "a", 1, 0, &r), VC_OK);
    cr_assert_eq(r.nthemes, 1);
    for (unsigned flags = 0; flags < 4; flags++)
        cr_assert_eq(vc_matcher_run(m, "b", 1, flags, &r), VC_ERR_LEXICON, "flags %u", flags);
    vc_matcher_free(m);
    vc_lexicon_free(lex);
}

/* Text that is not valid UTF-8 is never given to PCRE2: its patterns match
 * nothing there, and that is not a limit hit either. */
Test(matcher, invalid_utf8_text_is_not_a_limit_hit)
{
    vc_lexicon *lex = load("[a]\n/bad/\n/(*NO_JIT)bad/\nbad\n", NULL);
    vc_matcher *m = vc_matcher_new(lex);
    vc_match_result r;
    cr_assert_eq(vc_matcher_run(m, "\xff bad", 5, VC_MATCH_HITS, &r), VC_OK);
    cr_assert_eq(r.limit_hits, 0);
    cr_assert_eq(r.nhits, 1, "only the word entry runs");
    vc_matcher_free(m);
    vc_lexicon_free(lex);
}

/* The pairing rule spelled out as a search of all pairs: for every
 * occurrence of the first operand, the first occurrence of the second (in
 * text order) in the same sentence, not overlapping, at most `distance`
 * words away (after it, or also before it for NEAR). Texts are words
 * joined by " ", ", " or "\n" (a sentence end). */
typedef struct prox_spec {
    const char *op[2][2]; /* up to two words each */
    int near;
    unsigned distance;
} prox_spec;

typedef struct word_at {
    size_t start, end, sent;
    int space_before; /* joined to the previous word by " " */
} word_at;

static size_t operand_at(const word_at *w, size_t nw, const char *text, const char *const *op, size_t k)
{
    size_t n = op[1] ? 2 : 1;
    if (k + n > nw)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (i && !w[k + i].space_before)
            return 0;
        size_t l = w[k + i].end - w[k + i].start;
        if (strlen(op[i]) != l || memcmp(text + w[k + i].start, op[i], l) != 0)
            return 0;
    }
    return n;
}

static size_t pairs_by_search(const prox_spec *sp, size_t nspec, const char *text, size_t len, vc_hit *out)
{
    word_at w[64];
    size_t nw = 0, sent = 0, nh = 0;
    for (size_t i = 0; i < len;) {
        size_t g = i;
        while (i < len && (text[i] == ' ' || text[i] == ',' || text[i] == '\n'))
            sent += text[i++] == '\n';
        size_t st = i;
        while (i < len && text[i] != ' ' && text[i] != ',' && text[i] != '\n')
            i++;
        w[nw++] = (word_at){st, i, sent, st - g == 1 && text[g] == ' '};
    }
    for (size_t e = 0; e < nspec; e++) {
        for (size_t a0 = 0; a0 < nw; a0++) {
            size_t na = operand_at(w, nw, text, sp[e].op[0], a0);
            if (!na)
                continue;
            size_t a1 = a0 + na - 1;
            for (size_t b0 = 0; b0 < nw; b0++) {
                size_t nb = operand_at(w, nw, text, sp[e].op[1], b0);
                if (!nb || w[b0].sent != w[a0].sent)
                    continue;
                size_t b1 = b0 + nb - 1;
                size_t f0, f1, s0, s1;
                if (b0 > a1)
                    f0 = a0, f1 = a1, s0 = b0, s1 = b1;
                else if (sp[e].near && a0 > b1)
                    f0 = b0, f1 = b1, s0 = a0, s1 = a1;
                else
                    continue;
                if (s0 - f1 - 1 > sp[e].distance)
                    continue;
                out[nh++] = (vc_hit){(uint32_t)e, (uint32_t)e, w[f0].start, w[s1].end, 0};
                break;
            }
        }
    }
    return nh;
}

static int cmp_test_hit(const void *x, const void *y)
{
    const vc_hit *a = x, *b = y;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->entry != b->entry)
        return a->entry < b->entry ? -1 : 1;
    return a->end < b->end ? -1 : a->end > b->end;
}

/* NEAR/BEFORE on random texts over a tiny vocabulary, so that operands
 * repeat, overlap and cross sentence ends: the themes agree with the
 * reference evaluator, and the hits with the search of all pairs. The
 * operands "a", "b" and "c" are each written in several entries (and "c"
 * twice in one), so the lexicon shares them: one operand serving several
 * entries pairs exactly as separate ones did. */
Test(matcher, proximity_pairs_like_a_search_of_all_pairs)
{
    static const prox_spec spec[] = {{{{"a", NULL}, {"b", NULL}}, 1, 2},   {{{"b", NULL}, {"a", NULL}}, 0, 1},
                                     {{{"a", "b"}, {"c", NULL}}, 1, 3},    {{{"c", NULL}, {"c", NULL}}, 1, 0},
                                     {{{"x", NULL}, {"x", "b"}}, 0, 4},    {{{"b", NULL}, {"a", "b"}}, 1, 1}};
    vc_lexicon *lex = load("[n0]\na NEAR/2 b\n[n1]\nb BEFORE/1 a\n[n2]\na b NEAR/3 c\n[n3]\nc NEAR/0 c\n"
                           "[n4]\nx BEFORE/4 x b\n[n5]\nb NEAR/1 a b\n",
                           NULL);
    static const char *words[] = {"a", "b", "c", "x", "y"};
    static const char *gaps[] = {" ", " ", " ", ", ", "\n"};
    vc_matcher *fast = vc_matcher_new(lex), *ref = vc_matcher_new(lex);
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    for (int round = 0; round < 3000; round++) {
        char text[512];
        size_t len = 0;
        seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
        int nw = 1 + (int)(seed % 40);
        for (int w = 0; w < nw; w++) {
            seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
            if (w)
                len += (size_t)sprintf(text + len, "%s", gaps[(seed >> 8) % 5]);
            len += (size_t)sprintf(text + len, "%s", words[seed % 5]);
        }
        vc_match_result a, b;
        cr_assert_eq(vc_matcher_run(fast, text, len, 0, &a), VC_OK);
        cr_assert_eq(vc_matcher_run(ref, text, len, VC_MATCH_REFERENCE, &b), VC_OK);
        cr_assert_eq(a.nthemes, b.nthemes, "themes differ on '%s'", text);
        for (size_t k = 0; k < a.nthemes; k++)
            cr_assert_eq(a.themes[k], b.themes[k], "'%s'", text);
        vc_hit want[512];
        size_t nwant = pairs_by_search(spec, sizeof spec / sizeof *spec, text, len, want);
        qsort(want, nwant, sizeof *want, cmp_test_hit);
        cr_assert_eq(vc_matcher_run(fast, text, len, VC_MATCH_HITS, &a), VC_OK);
        cr_assert_eq(a.nhits, nwant, "hits differ on '%s'", text);
        for (size_t h = 0; h < a.nhits; h++) {
            cr_assert_eq(a.hits[h].entry, want[h].entry, "'%s' hit %zu", text, h);
            cr_assert_eq(a.hits[h].start, want[h].start, "'%s' hit %zu", text, h);
            cr_assert_eq(a.hits[h].end, want[h].end, "'%s' hit %zu", text, h);
        }
    }
    vc_matcher_free(fast);
    vc_matcher_free(ref);
    vc_lexicon_free(lex);
}

Test(matcher, jit_and_interpreter_agree)
{
    const char *lx = "[a]\n/(fast|quick)\\w* (ship|deliver)\\w*/\n/\\bno\\s+(one|body)\\b/\n";
    vc_lexicon_options nojit = {.no_jit = 1};
    vc_lexicon *a = load(lx, NULL), *b = load(lx, &nojit);
    const char *texts[] = {"quickly delivered", "fast shipping", "no one called", "nobody", "slow"};
    for (int i = 0; i < 5; i++)
        cr_assert_eq(mentions(a, texts[i], 0), mentions(b, texts[i], 0), "%s", texts[i]);
    vc_lexicon_free(a);
    vc_lexicon_free(b);
}

/* ---- equivalence on a generated corpus ---- */

static const char *const VOCAB[] = {
    "refund", "refunds", "refunded", "prerefund", "money", "back", "moneyback", "worth", "worthless", "worth-it",
    "wait", "waited", "waiting", "long", "time", "hold", "on", "staff", "rude", "friendly", "don't", "dont",
    "don", "t", "at&t", "caf\xc3\xa9", "cafe\xcc\x81", "\xe5\xa5\xbd", "\xf0\x9f\x98\xa1", "app", "crash", "crashes",
    "crashed", "log", "in", "login", "log-in", "price", "prices", "overpriced", "over", "priced", "2fa",
    "STAFF", "Refund", "M\xc3\xbcller", "na\xc3\xafve", "customer", "service", "support", "no", "one", "called"};
static const char *const SEPS[] = {" ", " ", " ", "  ", "-", " - ", ", ", ". ", "!", "\n", "\xe2\x80\x94", "'", "/", ""};

Test(matcher, fast_path_equals_reference_on_corpus)
{
    const char *lx =
        "[billing]\nrefund*\nmoney back\nover priced\noverpriced\n"
        "[value]\nworth\nworth it\nprice*\n/charged (twice|two times)/\n"
        "[wait]\nwait*\nlong time\non hold\nhold*\n"
        "[staff]\nrude staff\nstaff\nfriendly\n"
        "[misc]\ndon't\nat&t\ncaf\xc3\xa9\napp crash*\nlog in\n2fa\nm\xc3\xbcller\n\xe5\xa5\xbd\n"
        "[support]\ncustomer service\nsupport*\n/no (one|body) called/\nno one called\nin app crash*\n"
        "[filed]\non hold on\nin log in\n";
    vc_lexicon *lex = load(lx, NULL);
    /* phrases that start with common words are filed under a later word
     * (lex_entry.anchor) and tried from there: the same matches and hits */
    size_t anchored = 0;
    for (size_t i = 0; i < lex->nentries; i++)
        anchored += lex->entries[i].anchor > 0;
    cr_assert_eq(anchored, 5, "on hold, no one called, in app crash*, on hold on, in log in: %zu", anchored);
    vc_normalizer *n = vc_normalizer_new();
    vc_matcher *fast = vc_matcher_new(lex), *ref = vc_matcher_new(lex);
    vc_buf raw = VC_BUF_INIT, norm = VC_BUF_INIT;
    unsigned long long r = 42;
    size_t nv = sizeof VOCAB / sizeof *VOCAB, ns = sizeof SEPS / sizeof *SEPS;
    int texts = 0, with_themes = 0;
    for (int k = 0; k < 4000; k++) {
        vc_buf_reset(&raw);
        r = r * 6364136223846793005ULL + 1442695040888963407ULL;
        int words = 1 + (int)((r >> 40) % 14);
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
        cr_assert_eq(a.nhits, b.nhits, "hits differ on '%s': %zu vs %zu", norm.data, a.nhits, b.nhits);
        for (size_t h = 0; h < a.nhits; h++) {
            cr_assert_eq(a.hits[h].entry, b.hits[h].entry, "'%s' hit %zu", norm.data, h);
            cr_assert_eq(a.hits[h].start, b.hits[h].start, "'%s' hit %zu", norm.data, h);
            cr_assert_eq(a.hits[h].end, b.hits[h].end, "'%s' hit %zu", norm.data, h);
        }
        /* without hits, themes are the same too */
        cr_assert_eq(vc_matcher_run(fast, norm.data, norm.len, 0, &a), VC_OK);
        cr_assert_eq(a.nthemes, b.nthemes);
        texts++;
        with_themes += a.nthemes > 0;
    }
    cr_assert_gt(with_themes, texts / 2, "corpus too easy: %d of %d texts match", with_themes, texts);
    cr_assert_lt(with_themes, texts, "corpus has no misses");
    vc_buf_free(&raw);
    vc_buf_free(&norm);
    vc_matcher_free(fast);
    vc_matcher_free(ref);
    vc_normalizer_free(n);
    vc_lexicon_free(lex);
}

/* Regex entries joined into one alternation are skipped when it finds
 * nothing; patterns that cannot be joined (group references, verbs, \Q,
 * comments, recursion) run on their own. Either way the themes and hits
 * must be those of running every pattern alone. */
Test(matcher, regex_union_keeps_every_match)
{
    const char *lx = "[a]\n/charged (twice|two times)/\n/re-?fund(ed|s)?/\n/\\bno\\s+(one|body)\\b/\n"
                     "[b]\n/(?i)wait(ed|ing)? (for )?ages/\n/(\\w+) \\1/\n/(?<w>x+)y\\k<w>/\n"
                     "[c]\n/(*COMMIT)zz/\n/\\Qa+b\\E/\n/(?x) rude # comment/\n/(a|b(?1))c/\n"
                     "[d]\n!/no refund/\n/ref/\n/caf\xc3\xa9s?/\n/^great/\n";
    vc_lexicon *lex = load(lx, NULL);
    cr_assert_not_null(lex->regex_union, "the joinable patterns form a union");
    size_t joined = 0, alone = 0;
    for (size_t r = 0; r < lex->nregex; r++)
        *(lex->entries[lex->regex_ids[r]].in_union ? &joined : &alone) += 1;
    cr_assert_eq(joined, 8, "joined %zu", joined);
    cr_assert_eq(alone, 6, "alone %zu", alone);
    const char *texts[] = {"charged twice, no refund", "refunds took ages", "nobody called", "no one called",
                           "I WAITED FOR AGES", "the the", "xxyxx", "zz top", "a+b equals", "very rude staff",
                           "bbac", "caf\xc3\xa9s", "great start", "nothing here at all", "", "refs", "\xff bad"};
    vc_matcher *fast = vc_matcher_new(lex), *ref = vc_matcher_new(lex);
    int none = 0;
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        const char *t = texts[i];
        vc_match_result a, b;
        cr_assert_eq(vc_matcher_run(fast, t, strlen(t), VC_MATCH_HITS, &a), VC_OK);
        cr_assert_eq(vc_matcher_run(ref, t, strlen(t), VC_MATCH_HITS | VC_MATCH_REFERENCE, &b), VC_OK);
        cr_assert_eq(a.nthemes, b.nthemes, "themes differ on '%s'", t);
        for (size_t k = 0; k < a.nthemes; k++)
            cr_assert_eq(a.themes[k], b.themes[k], "'%s'", t);
        cr_assert_eq(a.nhits, b.nhits, "hits differ on '%s'", t);
        for (size_t h = 0; h < a.nhits; h++) {
            cr_assert_eq(a.hits[h].entry, b.hits[h].entry, "'%s' hit %zu", t, h);
            cr_assert_eq(a.hits[h].start, b.hits[h].start, "'%s' hit %zu", t, h);
            cr_assert_eq(a.hits[h].end, b.hits[h].end, "'%s' hit %zu", t, h);
        }
        cr_assert_eq(a.limit_hits, b.limit_hits, "'%s'", t);
        none += a.nhits == 0;
    }
    cr_assert_gt(none, 0);
    cr_assert_lt(none, 6);
    vc_matcher_free(fast);
    vc_matcher_free(ref);
    vc_lexicon_free(lex);
}

/* A word paired with many others ("good" NEAR each dish) is one shared
 * operand; every entry it serves still pairs on its own, in its own theme,
 * and the hits name the entries as written. */
Test(matcher, shared_operand_serves_each_entry)
{
    vc_lexicon *lex = load("[food]\npizza NEAR/2 good\npasta NEAR/2 good\n[drink]\ngood BEFORE/1 wine\n", NULL);
    vc_matcher *m = vc_matcher_new(lex);
    vc_match_result r;
    const char *t1 = "the pasta was good\nthe wine"; /* sentences are joined by line breaks */
    cr_assert_eq(vc_matcher_run(m, t1, strlen(t1), VC_MATCH_HITS, &r), VC_OK);
    cr_assert_eq(r.nthemes, 1); /* food by pasta; "good ... wine" spans two sentences */
    cr_assert_eq(r.nhits, 1);
    vc_entry_info e;
    vc_lexicon_entry(lex, r.hits[0].entry, &e);
    cr_assert_str_eq(e.text, "pasta NEAR/2 good");
    const char *t2 = "good wine, pizza good";
    cr_assert_eq(vc_matcher_run(m, t2, strlen(t2), VC_MATCH_HITS, &r), VC_OK);
    cr_assert_eq(r.nthemes, 2);
    cr_assert_eq(r.nhits, 2);
    vc_matcher_free(m);
    vc_lexicon_free(lex);
}

/* An entry written the same way under several themes is tried once and
 * matches for each: every theme, every entry's hit, as the reference finds
 * them; with hits off, a theme already found does not stop its twins. */
Test(matcher, twin_entries_match_for_every_theme)
{
    vc_lexicon *lex = load("[a]\n~had to call\nrefund*\n[b]\n~had to call\n[c]\nrude\n~had to call\n"
                           "[d]\nhad to  call\n",
                           NULL);
    const char *t = "rude staff, had to call twice. never had to call again";
    vc_matcher *m = vc_matcher_new(lex), *ref = vc_matcher_new(lex);
    vc_match_result r, rr;
    cr_assert_eq(vc_matcher_run(m, t, strlen(t), VC_MATCH_HITS, &r), VC_OK);
    cr_assert_eq(vc_matcher_run(ref, t, strlen(t), VC_MATCH_HITS | VC_MATCH_REFERENCE, &rr), VC_OK);
    cr_assert_eq(r.nthemes, 4, "a, b, c and d (an unguarded entry is no twin of the guarded ones)");
    cr_assert_eq(r.nhits, rr.nhits);
    for (size_t i = 0; i < r.nhits; i++)
        cr_assert(r.hits[i].entry == rr.hits[i].entry && r.hits[i].start == rr.hits[i].start &&
                      r.hits[i].end == rr.hits[i].end,
                  "hit %zu", i);
    /* "had to call" after "never" is held off for the three guarded ones only */
    size_t late = 0;
    for (size_t i = 0; i < r.nhits; i++)
        late += r.hits[i].start > 30;
    cr_assert_eq(late, 1, "only [d]'s unguarded entry fires after 'never'");
    /* hits off: theme c is found by "rude" first, a and b still by the twin */
    cr_assert_eq(vc_matcher_run(m, t, strlen(t), 0, &r), VC_OK);
    cr_assert_eq(r.nthemes, 4);
    vc_matcher_free(m);
    vc_matcher_free(ref);
    vc_lexicon_free(lex);
}

/* ---- scripts written without spaces, and "@lang" scopes ---- */

ParameterizedTestParameters(matcher, spaceless_scripts)
{
    static match_case cases[] = {
        /* Japanese: "delivery is slow" inside a sentence, no spaces around it */
        {"\xe9\x85\x8d\xe9\x80\x81\xe3\x81\x8c\xe9\x81\x85\xe3\x81\x84",
         "\xe4\xbb\x8a\xe5\x9b\x9e\xe3\x81\xae\xe9\x85\x8d\xe9\x80\x81\xe3\x81\x8c\xe9\x81\x85\xe3\x81\x84\xe3\x81\xa7"
         "\xe3\x81\x99\xe3\x80\x82",
         1},
        {"\xe9\x85\x8d\xe9\x80\x81\xe3\x81\x8c\xe9\x81\x85\xe3\x81\x84", "\xe9\x85\x8d\xe9\x80\x81\xe3\x81\x8c\xe6\x97"
                                                                         "\xa9\xe3\x81\x84",
         0},
        /* mixed Latin and Japanese: the Latin end keeps its word boundary */
        {"wifi\xe3\x81\x8c\xe9\x81\x85\xe3\x81\x84", "\xe5\xae\xb6\xe3\x81\xae" "WiFi\xe3\x81\x8c\xe9\x81\x85\xe3\x81\x84",
         1},
        {"wifi\xe3\x81\x8c\xe9\x81\x85\xe3\x81\x84", "\xe5\xae\xb6\xe3\x81\xae" "wifi\xe3\x81\x8c\xe9\x81\x85\xe3\x81\x84",
         1},
        {"wifi\xe3\x81\x8c\xe9\x81\x85\xe3\x81\x84", "superwifi\xe3\x81\x8c\xe9\x81\x85\xe3\x81\x84", 0},
        {"\xe3\x82\xa2\xe3\x83\x97\xe3\x83\xaa" " app", "\xe3\x81\x93\xe3\x81\xae\xe3\x82\xa2\xe3\x83\x97\xe3\x83\xaa" " app"
                                                     " crashes",
         1},
        {"\xe3\x82\xa2\xe3\x83\x97\xe3\x83\xaa" " app", "\xe3\x81\x93\xe3\x81\xae\xe3\x82\xa2\xe3\x83\x97\xe3\x83\xaa" " apps",
         0},
        /* Thai: "slow delivery" inside a run of Thai letters */
        {"\xe0\xb8\xaa\xe0\xb9\x88\xe0\xb8\x87\xe0\xb8\x8a\xe0\xb9\x89\xe0\xb8\xb2",
         "\xe0\xb8\x82\xe0\xb8\xad\xe0\xb8\x87\xe0\xb8\xaa\xe0\xb9\x88\xe0\xb8\x87\xe0\xb8\x8a\xe0\xb9\x89\xe0\xb8\xb2"
         "\xe0\xb8\xa1\xe0\xb8\xb2\xe0\xb8\x81",
         1},
        /* Latin entries keep their boundaries beside such scripts */
        {"app", "\xe3\x81\x93\xe3\x81\xae" "app\xe3\x81\xaf", 0},
        /* a trailing '*' after such a script says what a substring does anyway */
        {"\xe9\x85\x8d\xe9\x80\x81*", "\xe4\xbb\x8a\xe5\x9b\x9e\xe3\x81\xae\xe9\x85\x8d\xe9\x80\x81\xe3\x81\x8c", 1},
        /* halfwidth katakana is the fullwidth entry after NFKC */
        {"\xe3\x82\xa2\xe3\x83\x97\xe3\x83\xaa", "\xef\xbd\xb1\xef\xbe\x8c\xef\xbe\x9f\xef\xbe\x98\xe3\x81\x8c", 1},
    };
    return cr_make_param_array(match_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(match_case *c, matcher, spaceless_scripts)
{
    char text[80];
    snprintf(text, sizeof text, "[t]\n%s\n", c->entry);
    vc_lexicon *lex = load(text, NULL);
    cr_assert_eq(lex->nsub, strstr(c->entry, "app") == c->entry ? 0 : 1, "'%s' is a substring entry", c->entry);
    cr_assert_eq(mentions(lex, c->text, 0), c->want, "fast: '%s' on '%s'", c->entry, c->text);
    cr_assert_eq(mentions(lex, c->text, VC_MATCH_REFERENCE), c->want, "reference: '%s' on '%s'", c->entry,
                 c->text);
    vc_lexicon_free(lex);
}

static int mentions_in(vc_lexicon *lex, const char *raw, const char *lang, unsigned flags)
{
    vc_normalizer *n = vc_normalizer_new();
    vc_buf norm = VC_BUF_INIT;
    vc_normalize(n, raw, strlen(raw), &norm, NULL);
    vc_matcher *m = vc_matcher_new(lex);
    vc_matcher_set_language(m, lang);
    vc_match_result r;
    cr_assert_eq(vc_matcher_run(m, norm.data ? norm.data : "", norm.len, flags, &r), VC_OK);
    int hit = r.nthemes > 0;
    vc_matcher_free(m);
    vc_buf_free(&norm);
    vc_normalizer_free(n);
    return hit;
}

Test(matcher, lang_scopes_apply_to_their_languages)
{
    vc_lexicon *lex = load("[d]\nparcel\n@lang de,at\nlieferung\n~paket*\n!keine lieferung\n@lang es\nenvio\n"
                           "@lang *\nshipping\n",
                           NULL);
    for (unsigned f = 0; f <= VC_MATCH_REFERENCE; f += VC_MATCH_REFERENCE) {
        cr_assert(mentions_in(lex, "die Lieferung kam spät", "de", f));
        cr_assert(mentions_in(lex, "die Lieferung kam spät", "at", f));
        cr_assert_not(mentions_in(lex, "die Lieferung kam spät", "en", f), "a de entry on an en comment");
        cr_assert_not(mentions_in(lex, "la Lieferung", "es", f));
        cr_assert(mentions_in(lex, "die Lieferung kam spät", NULL, f), "language not known: every entry");
        cr_assert(mentions_in(lex, "die Lieferung kam spät", "und", f));
        /* unscoped entries apply to every language, before and after the scope */
        cr_assert(mentions_in(lex, "mein parcel", "de", f));
        cr_assert(mentions_in(lex, "shipping lento", "es", f));
        /* the exclusion and the guard keep their meaning inside the scope */
        cr_assert_not(mentions_in(lex, "keine Lieferung, parcel", "de", f));
        cr_assert(mentions_in(lex, "keine Lieferung, parcel", "en", f), "a de exclusion does not veto en");
        cr_assert(mentions_in(lex, "das Paket ist kaputt", "de", f));
        cr_assert_not(mentions_in(lex, "not a Paket", "de", f), "the guard's negators hold off a de entry too");
    }
    vc_lexicon_free(lex);
}

static const char *const VOCAB_JA[] = {
    "\xe9\x85\x8d\xe9\x80\x81", "\xe3\x81\x8c", "\xe9\x81\x85\xe3\x81\x84", "\xe5\xb1\x8a\xe3\x81\x8b\xe3\x81\xaa"
    "\xe3\x81\x84", "\xe3\x82\xa2\xe3\x83\x97\xe3\x83\xaa", "wifi", "WiFi", "app", "\xe3\x81\xae",
    "\xe4\xbb\x8a\xe5\x9b\x9e", "\xe5\xba\x97\xe5\x93\xa1", "\xe8\xa6\xaa\xe5\x88\x87", "refund", "staff",
    "\xe0\xb8\xaa\xe0\xb9\x88\xe0\xb8\x87", "\xe0\xb8\x8a\xe0\xb9\x89\xe0\xb8\xb2", "Lieferung", "keine",
    "\xe8\xbf\x94\xe9\x87\x91", "super"};
static const char *const SEPS_JA[] = {"", "", "", " ", "\xe3\x80\x82", "\xe3\x80\x81", "-", "\n", ", "};

Test(matcher, fast_path_equals_reference_with_scripts_and_scopes)
{
    const char *lx = "[delivery]\n\xe9\x85\x8d\xe9\x80\x81\xe3\x81\x8c\xe9\x81\x85\xe3\x81\x84\n"
                     "\xe5\xb1\x8a\xe3\x81\x8b\xe3\x81\xaa\xe3\x81\x84\nwifi\xe3\x81\x8c\xe9\x81\x85\xe3\x81\x84\n"
                     "@lang de\nlieferung\n!keine lieferung\n@lang *\n"
                     "\xe0\xb8\xaa\xe0\xb9\x88\xe0\xb8\x87\xe0\xb8\x8a\xe0\xb9\x89\xe0\xb8\xb2\n"
                     "[app]\n@lang ja\n\xe3\x82\xa2\xe3\x83\x97\xe3\x83\xaa\n!\xe3\x82\xa2\xe3\x83\x97\xe3\x83\xaa"
                     "\xe3\x81\xae\xe5\xba\x97\xe5\x93\xa1\n@lang *\napp\n\xe3\x82\xa2\xe3\x83\x97\xe3\x83\xaa app\n"
                     "[staff]\n\xe5\xba\x97\xe5\x93\xa1 \xe8\xa6\xaa\xe5\x88\x87\n\xe5\xba\x97\xe5\x93\xa1\xe3\x81\x8c"
                     "\xe8\xa6\xaa\xe5\x88\x87\nstaff\n@lang ja\n\xe8\xbf\x94\xe9\x87\x91\n";
    vc_lexicon *lex = load(lx, NULL);
    cr_assert_geq(lex->nsub, 7);
    vc_normalizer *n = vc_normalizer_new();
    vc_matcher *fast = vc_matcher_new(lex), *ref = vc_matcher_new(lex);
    vc_buf raw = VC_BUF_INIT, norm = VC_BUF_INIT;
    unsigned long long r = 7;
    size_t nv = sizeof VOCAB_JA / sizeof *VOCAB_JA, ns = sizeof SEPS_JA / sizeof *SEPS_JA;
    static const char *const LANGS[] = {NULL, "ja", "de", "en", "und"};
    int with_themes = 0, texts = 3000;
    for (int k = 0; k < texts; k++) {
        vc_buf_reset(&raw);
        r = r * 6364136223846793005ULL + 1442695040888963407ULL;
        int words = 1 + (int)((r >> 40) % 12);
        const char *lang = LANGS[(r >> 50) % 5];
        for (int w = 0; w < words; w++) {
            r = r * 6364136223846793005ULL + 1442695040888963407ULL;
            vc_buf_append_str(&raw, VOCAB_JA[(r >> 33) % nv]);
            vc_buf_append_str(&raw, SEPS_JA[(r >> 20) % ns]);
        }
        vc_normalize(n, raw.data, raw.len, &norm, NULL);
        vc_matcher_set_language(fast, lang);
        vc_matcher_set_language(ref, lang);
        vc_match_result a, b;
        cr_assert_eq(vc_matcher_run(fast, norm.data, norm.len, VC_MATCH_HITS, &a), VC_OK);
        cr_assert_eq(vc_matcher_run(ref, norm.data, norm.len, VC_MATCH_HITS | VC_MATCH_REFERENCE, &b), VC_OK);
        cr_assert_eq(a.nthemes, b.nthemes, "themes differ on '%s' (%s)", norm.data, lang ? lang : "-");
        for (size_t t = 0; t < a.nthemes; t++)
            cr_assert_eq(a.themes[t], b.themes[t], "'%s'", norm.data);
        cr_assert_eq(a.nhits, b.nhits, "hits differ on '%s': %zu vs %zu", norm.data, a.nhits, b.nhits);
        for (size_t h = 0; h < a.nhits; h++) {
            cr_assert_eq(a.hits[h].entry, b.hits[h].entry, "'%s' hit %zu", norm.data, h);
            cr_assert_eq(a.hits[h].start, b.hits[h].start, "'%s' hit %zu", norm.data, h);
            cr_assert_eq(a.hits[h].end, b.hits[h].end, "'%s' hit %zu", norm.data, h);
        }
        cr_assert_eq(vc_matcher_run(fast, norm.data, norm.len, 0, &a), VC_OK);
        cr_assert_eq(a.nthemes, b.nthemes);
        with_themes += a.nthemes > 0;
    }
    cr_assert_gt(with_themes, texts / 3, "corpus too easy: %d of %d texts match", with_themes, texts);
    cr_assert_lt(with_themes, texts, "corpus has no misses");
    vc_buf_free(&raw);
    vc_buf_free(&norm);
    vc_matcher_free(fast);
    vc_matcher_free(ref);
    vc_normalizer_free(n);
    vc_lexicon_free(lex);
}
