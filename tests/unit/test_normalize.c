/* test_normalize.c - normalization, UTF-8 repair, words and sentences. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/text_internal.h"
#include "vocal/text.h"

typedef struct norm_case {
    char in[48];
    char out[48];
    size_t repaired;
} norm_case; /* inline arrays: parameters are copied into Criterion's worker */

ParameterizedTestParameters(normalize, table)
{
    static norm_case cases[] = {
        {"Refund PLEASE", "refund please", 0},
        {"caf\xc3\xa9", "caf\xc3\xa9", 0},                    /* NFC stays */
        {"cafe\xcc\x81", "caf\xc3\xa9", 0},                   /* NFD composes */
        {"\xef\xbc\xa1\xef\xbd\x82\xef\xbd\x83", "abc", 0},   /* fullwidth */
        {"\xef\xac\x81nd", "find", 0},                        /* ligature fi */
        {"Stra\xc3\x9f" "e", "strasse", 0},                   /* sharp s case folds */
        {"\xe2\x84\xaa", "k", 0},                             /* Kelvin sign */
        {"x\xc2\xb2", "x2", 0},                               /* superscript */
        {"don\xe2\x80\x99t", "don't", 0},                     /* curly apostrophe */
        {"\xe2\x80\x9cquote\xe2\x80\x9d", "\"quote\"", 0},    /* curly quotes */
        {"zero\xe2\x80\x8bwidth", "zerowidth", 0},            /* ZWSP is default-ignorable */
        {"soft\xc2\xadhyphen", "softhyphen", 0},              /* soft hyphen */
        {"\xef\xbb\xbfstart", "start", 0},                    /* BOM */
        {"no\xc2\xa0" "break", "no break", 0},                /* NBSP */
        {"tab\tnew\nline\rcr\x01" "ctl", "tab\tnew\nline cr ctl", 0},
        {"bad \xff byte", "bad \xef\xbf\xbd byte", 1},        /* byte FF */
        {"\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd", 2},          /* overlong: two subparts */
        {"\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3}, /* surrogate */
        {"ab\xe2\x82", "ab\xef\xbf\xbd", 1},                  /* truncated 3-byte */
        {"\xf5\x80", "\xef\xbf\xbd\xef\xbf\xbd", 2},          /* F5 is never valid */
        {"caf\xe9 ok", "caf\xef\xbf\xbd ok", 1},              /* Latin-1 */
        {"\x80", "\xef\xbf\xbd", 1},                          /* stray continuation */
        {"", "", 0},
    };
    return cr_make_param_array(norm_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(norm_case *c, normalize, table)
{
    vc_normalizer *n = vc_normalizer_new();
    vc_buf out = VC_BUF_INIT;
    size_t repaired = 99;
    cr_assert_eq(vc_normalize(n, c->in, strlen(c->in), &out, &repaired), VC_OK);
    cr_assert_eq(out.len, strlen(c->out), "len %zu for '%s'", out.len, c->in);
    cr_assert_eq(memcmp(out.data, c->out, out.len), 0, "got '%s' for '%s'", out.data, c->in);
    cr_assert_eq(repaired, c->repaired);
    cr_assert_eq(vc_utf8_invalid_count(c->in, strlen(c->in)), c->repaired);
    vc_buf_free(&out);
    vc_normalizer_free(n);
}

Test(normalize, ascii_fast_path_equals_full_path)
{
    vc_normalizer *n = vc_normalizer_new();
    vc_buf a = VC_BUF_INIT, b = VC_BUF_INIT;
    char text[128];
    for (int i = 0; i < 128; i++)
        text[i] = (char)i;
    cr_assert_eq(vc_normalize(n, text, 128, &a, NULL), VC_OK);
    cr_assert_eq(vc_normalize_full(n, text, 128, &b, NULL), VC_OK);
    cr_assert_eq(a.len, b.len);
    cr_assert_eq(memcmp(a.data, b.data, a.len), 0);
    unsigned long long r = 12345;
    for (int round = 0; round < 200; round++) {
        char t[64];
        for (int i = 0; i < 64; i++) {
            r = r * 6364136223846793005ULL + 1442695040888963407ULL;
            t[i] = (char)((r >> 33) & 0x7f);
        }
        vc_normalize(n, t, 64, &a, NULL);
        vc_normalize_full(n, t, 64, &b, NULL);
        cr_assert_eq(a.len, b.len);
        cr_assert_eq(memcmp(a.data, b.data, a.len), 0, "round %d", round);
    }
    vc_buf_free(&a);
    vc_buf_free(&b);
    vc_normalizer_free(n);
}

/* Mostly-ASCII text is normalized piece by piece (each non-ASCII run with
 * the character before it); the result must be that of the full path on
 * the whole text, across compositions, reorderings, compatibility forms,
 * case folds, ignorables and invalid bytes at every place. */
Test(normalize, pieces_equal_full_path)
{
    static const char *const pieces[] = {
        "a", "e", "E", "n", " ", ".", "\t", "\x01", "\x7f", "o",
        "\xcc\x81",         /* combining acute: composes with the letter before */
        "\xcc\x88",         /* combining diaeresis */
        "\xcc\xa3",         /* combining dot below (ccc 220: reorders before acute) */
        "\xc3\xa9", "\xc3\x89", "\xc3\x9f", /* é É ß */
        "\xef\xac\x81",     /* ﬁ ligature */
        "\xe2\x84\xaa",     /* Kelvin sign */
        "\xef\xbd\x81",     /* fullwidth a */
        "\xe1\x84\x80", "\xe1\x85\xa1", "\xe1\x86\xa8", /* Hangul L V T jamo */
        "\xe2\x80\x99", "\xe2\x80\x9c", /* curly quotes */
        "\xe2\x80\x8b", "\xc2\xad",      /* zero width space, soft hyphen */
        "\xf0\x9f\x98\x80", "\xce\xa3", "\xcf\x82", /* emoji, Σ, ς */
        "\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80", /* invalid bytes and a surrogate */
        "\xc2\x85", "\xe2\x80\xa8",      /* NEL, line separator */
    };
    const size_t np = sizeof pieces / sizeof *pieces;
    vc_normalizer *n = vc_normalizer_new();
    vc_buf a = VC_BUF_INIT, b = VC_BUF_INIT;
    unsigned long long r = 99;
    int mixed = 0;
    for (int round = 0; round < 20000; round++) {
        char t[160];
        size_t len = 0;
        int k = 1 + round % 30;
        for (int j = 0; j < k; j++) {
            r = r * 6364136223846793005ULL + 1442695040888963407ULL;
            /* mostly ASCII, as real comments are */
            size_t pi = (r >> 33) % 4 ? (r >> 40) % 10 : (r >> 40) % np;
            memcpy(t + len, pieces[pi], strlen(pieces[pi]));
            len += strlen(pieces[pi]);
        }
        size_t ra = 0, rb = 0;
        cr_assert_eq(vc_normalize(n, t, len, &a, &ra), VC_OK);
        cr_assert_eq(vc_normalize_full(n, t, len, &b, &rb), VC_OK);
        cr_assert_eq(a.len, b.len, "round %d: %zu vs %zu bytes", round, a.len, b.len);
        cr_assert_eq(memcmp(a.data, b.data, a.len), 0, "round %d", round);
        cr_assert_eq(ra, rb, "round %d: repaired %zu vs %zu", round, ra, rb);
        for (size_t i = 0; i < len; i++)
            if ((unsigned char)t[i] >= 0x80) {
                mixed++;
                break;
            }
    }
    cr_assert_gt(mixed, 10000);
    vc_buf_free(&a);
    vc_buf_free(&b);
    vc_normalizer_free(n);
}

static size_t words(const char *s, char out[][32], size_t max)
{
    size_t pos = 0, a, b, n = 0;
    while (n < max && vc_next_word(s, strlen(s), &pos, &a, &b)) {
        snprintf(out[n], 32, "%.*s", (int)(b - a), s + a);
        n++;
    }
    return n;
}

Test(words, split_on_unicode_categories)
{
    char w[16][32];
    size_t n = words("money-back, caf\xc3\xa9 don't 42x \xe4\xbd\xa0\xe5\xa5\xbd \xf0\x9f\x98\x80 snake_case", w, 16);
    cr_assert_eq(n, 8);
    cr_assert_str_eq(w[0], "money");
    cr_assert_str_eq(w[1], "back");
    cr_assert_str_eq(w[2], "caf\xc3\xa9");
    cr_assert_str_eq(w[3], "don");
    cr_assert_str_eq(w[4], "t");
    cr_assert_str_eq(w[5], "42x");
    cr_assert_str_eq(w[6], "\xe4\xbd\xa0\xe5\xa5\xbd"); /* CJK letters are word characters */
    cr_assert_str_eq(w[7], "snake_case");               /* emoji is not; '_' is */
    cr_assert_eq(vc_is_word_cp(0x1F600), 0);
    cr_assert_eq(vc_is_word_cp(0x0301), 1); /* combining mark */
}

typedef struct sent_case {
    char in[48];
    int n;
    char first[32], last[32];
} sent_case;

ParameterizedTestParameters(sentences, table)
{
    static sent_case cases[] = {
        {"One. Two! Three?", 3, "One.", "Three?"},
        {"Price is 3.5 dollars. Fine", 2, "Price is 3.5 dollars.", "Fine"},
        {"Wait... what?! ok", 3, "Wait...", "ok"},
        {"Wait...what?! ok", 2, "Wait...what?!", "ok"},
        {"line one\nline two", 2, "line one", "line two"},
        {"  padded .  ", 1, "padded .", "padded ."},
        {"see www.site.com today", 1, "see www.site.com today", "see www.site.com today"},
        {"\xe5\xa5\xbd\xe3\x80\x82\xe5\x9d\x8f", 2, "\xe5\xa5\xbd\xe3\x80\x82", "\xe5\x9d\x8f"},
        {"   \n\n  ", 0, "", ""},
        {"", 0, "", ""},
    };
    return cr_make_param_array(sent_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(sent_case *c, sentences, table)
{
    vc_span_range r[8];
    size_t n = vc_split_sentences(c->in, strlen(c->in), r, 8);
    cr_assert_eq(n, (size_t)c->n, "'%s' gave %zu", c->in, n);
    if (n) {
        cr_assert_eq(r[0].end - r[0].start, strlen(c->first));
        cr_assert_eq(memcmp(c->in + r[0].start, c->first, strlen(c->first)), 0);
        cr_assert_eq(memcmp(c->in + r[n - 1].start, c->last, strlen(c->last)), 0);
    }
}

Test(sentences, reports_count_beyond_room)
{
    vc_span_range r[1];
    cr_assert_eq(vc_split_sentences("a. b. c.", 8, r, 1), 3);
    cr_assert_eq(r[0].start, 0);
}

/* The inline ASCII path of vc_next_word hands over to the general one at
 * the first non-ASCII byte; both must find the same words everywhere. */
Test(words, inline_path_equals_general_path)
{
    static const char *const pieces[] = {"a", "Zz", "_", "9", " ", "-", ".", "'", "\xc3\xa9", "\xcc\x81",
                                         "\xe2\x80\x94", "\xf0\x9f\x98\x80", "\xe4\xbd\xa0", "\xc2\xa0", "\xff",
                                         /* runs longer than the 8-byte steps, and every class edge */
                                         "abcdefghijKLMNOPQ", "0123456789_x", "  \t  ,;:!?  ", "@[`{/:",
                                         "AZaz09_", "\x7f\x01\x1f"};
    const size_t np = sizeof pieces / sizeof *pieces;
    unsigned seed = 12345;
    for (int round = 0; round < 20000; round++) {
        char s[256]; /* 12 pieces of at most 17 bytes */
        size_t len = 0;
        int k = 1 + round % 12;
        for (int j = 0; j < k; j++) {
            seed = seed * 1103515245u + 12345u;
            const char *p = pieces[(seed >> 16) % np];
            memcpy(s + len, p, strlen(p));
            len += strlen(p);
        }
        size_t p1 = 0, p2 = 0, a1, b1, a2, b2;
        for (;;) {
            int r1 = vc_next_word(s, len, &p1, &a1, &b1);
            int r2 = vc_next_word_general(s, len, &p2, &a2, &b2);
            cr_assert_eq(r1, r2, "round %d", round);
            cr_assert_eq(p1, p2, "round %d", round);
            if (!r1)
                break;
            cr_assert_eq(a1, a2, "round %d", round);
            cr_assert_eq(b1, b2, "round %d", round);
        }
    }
}

/* Sentence ends are found 8 bytes at a time where none can be: the result
 * must not depend on where a text starts relative to those 8-byte steps,
 * and a long run with one terminator placed at every offset must split
 * exactly there. */
Test(sentences, independent_of_alignment)
{
    static const char *const pieces[] = {"word", " ", ".", "!", "?", "\n", "3.5", "...", " ok", "\xe2\x80\xa6",
                                         "\xe3\x80\x82", "\xef\xbc\x81", "\xc3\xa9t\xc3\xa9", "  ", "abcdefghij"};
    const size_t np = sizeof pieces / sizeof *pieces;
    unsigned seed = 777;
    for (int round = 0; round < 5000; round++) {
        char s[256];
        size_t len = 0;
        int k = 1 + round % 24;
        for (int j = 0; j < k; j++) {
            seed = seed * 1103515245u + 12345u;
            const char *p = pieces[(seed >> 16) % np];
            memcpy(s + len, p, strlen(p));
            len += strlen(p);
        }
        vc_span_range base[64];
        size_t nb = vc_split_sentences(s, len, base, 64);
        cr_assert_leq(nb, 64);
        for (size_t shift = 1; shift < 9; shift++) {
            /* "x\n" style prefixes end a sentence of their own */
            char t[272];
            memset(t, 'x', shift);
            t[shift] = '\n';
            memcpy(t + shift + 1, s, len);
            vc_span_range r[65];
            size_t nr = vc_split_sentences(t, len + shift + 1, r, 65);
            cr_assert_eq(nr, nb + 1, "round %d shift %zu", round, shift);
            for (size_t i = 0; i < nb; i++) {
                cr_assert_eq(r[i + 1].start, base[i].start + shift + 1, "round %d shift %zu", round, shift);
                cr_assert_eq(r[i + 1].end, base[i].end + shift + 1, "round %d shift %zu", round, shift);
            }
        }
    }
    for (size_t at = 0; at < 40; at++) {
        char s[41];
        memset(s, 'a', 40);
        s[40] = 0;
        s[at] = '.';
        if (at + 1 < 40)
            s[at + 1] = ' ';
        vc_span_range r[4];
        size_t n = vc_split_sentences(s, 40, r, 4);
        size_t want = at + 2 >= 40 ? 1 : 2; /* a text ending in ". " or "." is one sentence */
        cr_assert_eq(n, want, "terminator at %zu", at);
        if (want == 2)
            cr_assert_eq(r[0].end, at + 1, "terminator at %zu", at);
    }
}

Test(words, gap_characters)
{
    static const struct {
        const char *s;
        size_t len;
    } gaps[] = {{" ", 1}, {"\t", 1}, {"\n", 1}, {"-", 1}, {"\xE2\x80\x90", 3}, {"\xE2\x80\x95", 3},
                {"\xE2\x88\x92", 3}};
    for (size_t i = 0; i < sizeof gaps / sizeof *gaps; i++)
        cr_assert_eq(vc_gap_char(gaps[i].s, strlen(gaps[i].s)), gaps[i].len, "gap %zu", i);
    static const char *const not_gaps[] = {"a", "_", "'", ".", "\r", "\xE2\x80\x96", "\xE2\x80\x8F",
                                           "\xE2\x88\x93", "\xC2\xA0"};
    for (size_t i = 0; i < sizeof not_gaps / sizeof *not_gaps; i++)
        cr_assert_eq(vc_gap_char(not_gaps[i], strlen(not_gaps[i])), 0, "not a gap %zu", i);
    cr_assert_eq(vc_gap_char("\xE2\x80", 2), 0, "a cut dash is not one");
}

/* ---- stream-safe normalization ------------------------------------------------ */

static size_t put_cp(char *d, int32_t cp) { return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)d); }

/* utf8proc's own NFKC + case fold + ignorables, the reference for text with
 * no long runs of combining marks (none of these code points is remapped
 * afterwards). */
static size_t utf8proc_reference(const char *s, size_t n, char *out)
{
    utf8proc_uint8_t *r = NULL;
    utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &r,
                                      UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE |
                                          UTF8PROC_COMPOSE);
    cr_assert_geq(m, 0);
    memcpy(out, r, (size_t)m);
    free(r);
    return (size_t)m;
}

/* Below the cap of 30 non-starters in a row nothing changes: random mixes of
 * starters, marks of several classes (reordered), characters that decompose
 * into marks or fold to them, and CGJs of the input (dropped). */
Test(normalize, stream_safe_equals_utf8proc_below_the_cap)
{
    static const int32_t pool[] = {'a', 'e', 'O', 0x0301, 0x0316, 0x0327, 0x0308, 0x0344, 0x0345, 0x1E69,
                                   0xFB03, 0x00C5, 0x1100, 0x1161, 0x034F, 0x01C5, 0x0F73, 0x05B0};
    vc_normalizer *nz = vc_normalizer_new();
    vc_buf a = VC_BUF_INIT;
    uint64_t seed = 88172645463325252ULL;
    for (int round = 0; round < 20000; round++) {
        char text[256], want[1024];
        size_t len = 0;
        seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
        int ncp = 1 + (int)(seed % 10);
        for (int i = 0; i < ncp; i++) {
            seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
            len += put_cp(text + len, pool[seed % (sizeof pool / sizeof *pool)]);
        }
        size_t wl = utf8proc_reference(text, len, want);
        cr_assert_eq(vc_normalize(nz, text, len, &a, NULL), VC_OK);
        cr_assert(a.len == wl && memcmp(a.data, want, wl) == 0, "round %d differs", round);
    }
    vc_buf_free(&a);
    vc_normalizer_free(nz);
}

/* A run longer than 30 marks is cut before the 31st, as by a CGJ, and each
 * piece normalizes on its own: 'a' and k pairs U+0301 U+0316 give
 * NFKC(a + 15 pairs), then NFKC(15 pairs) for each following 30 marks. */
Test(normalize, long_runs_of_marks_are_cut_every_30)
{
    enum { PAIRS = 2000 };
    static char text[1 + PAIRS * 4], want[PAIRS * 8], piece[256];
    size_t len = 0, wl = 0;
    text[len++] = 'a';
    for (int i = 0; i < PAIRS; i++)
        len += put_cp(text + len, 0x0301), len += put_cp(text + len, 0x0316);
    /* pieces: 'a' + 30 marks, then 30 marks at a time */
    for (size_t at = 0; at < len;) {
        size_t end = at == 0 ? 1 + 30 * 2 : at + 30 * 2;
        if (end > len)
            end = len;
        memcpy(piece, text + at, end - at);
        wl += utf8proc_reference(piece, end - at, want + wl);
        at = end;
    }
    vc_normalizer *nz = vc_normalizer_new();
    vc_buf a = VC_BUF_INIT;
    cr_assert_eq(vc_normalize(nz, text, len, &a, NULL), VC_OK);
    cr_assert_eq(a.len, wl);
    cr_assert(memcmp(a.data, want, wl) == 0);
    /* the cut is counted in decomposed marks: U+0344 is two of them */
    len = 0;
    text[len++] = 'o';
    for (int i = 0; i < 16; i++)
        len += put_cp(text + len, 0x0344);
    char p1[64], p2[64];
    size_t n1 = 0, n2 = 0;
    p1[n1++] = 'o';
    for (int i = 0; i < 15; i++)
        n1 += put_cp(p1 + n1, 0x0344);
    n2 += put_cp(p2 + n2, 0x0344);
    wl = utf8proc_reference(p1, n1, want);
    wl += utf8proc_reference(p2, n2, want + wl);
    cr_assert_eq(vc_normalize(nz, text, len, &a, NULL), VC_OK);
    cr_assert(a.len == wl && memcmp(a.data, want, wl) == 0);
    vc_buf_free(&a);
    vc_normalizer_free(nz);
}

/* vc_utf8_repair: the repair alone (segment values, file names), appended to
 * what the buffer holds, one U+FFFD per maximal invalid subpart. */
Test(utf8, repair_appends_and_counts)
{
    static const struct {
        const char *in, *out;
        size_t repaired;
    } cases[] = {
        {"plain", "plain", 0},
        {"S\xc3\xbc" "d", "S\xc3\xbc" "d", 0},
        {"Nord\xe9", "Nord\xef\xbf\xbd", 1},
        {"\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd", 2},
        {"a\xe2\x82" "b", "a\xef\xbf\xbd" "b", 1},
        {"\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        vc_buf b = VC_BUF_INIT;
        vc_buf_append_str(&b, "<");
        size_t n = vc_utf8_repair(cases[i].in, strlen(cases[i].in), &b);
        cr_assert_eq(n, cases[i].repaired, "%s", cases[i].in);
        cr_assert_eq(vc_buf_status(&b), VC_OK);
        cr_assert_eq(b.len, strlen(cases[i].out) + 1, "%zu", i);
        cr_assert_eq(memcmp(b.data + 1, cases[i].out, b.len - 1), 0, "%zu", i);
        cr_assert_eq(vc_utf8_invalid_count(b.data, b.len), 0);
        vc_buf_free(&b);
    }
}
