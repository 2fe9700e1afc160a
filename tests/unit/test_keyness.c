/* test_keyness.c - log-likelihood keyness, log ratio and p against hand
 * computations, the multiple-comparison cut-offs, and the collapsing of
 * overlapping n-grams. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/keyness.h"

/* Hand computation of the first case (a 2x2 table of comments):
 *   O = 30, 10 / 70, 190; N = 300, row totals 40 and 260
 *   E = 13.333, 26.667 / 86.667, 173.333
 *   G2 = 2 (30 ln 2.25 + 10 ln 0.375 + 70 ln 0.80769 + 190 ln 1.09615)
 *      = 2 (24.3279 - 9.8083 - 14.9502 + 17.4435) = 34.0257
 *   log ratio = log2(0.30 / 0.05) = log2 6 = 2.58496; p = erfc(sqrt(17.0129)) */
Test(keyness, hand_computed)
{
    vc_keyness k = vc_keyness_compute(30, 100, 10, 200);
    cr_assert_float_eq(k.g2, 34.025722587, 1e-6);
    cr_assert_float_eq(k.log_ratio, 2.584962501, 1e-9);
    cr_assert_float_eq(k.p, 5.43882913e-09, 1e-15);

    /* rarer in the target: G2 is signed negative, log ratio log2(0.1/0.2) */
    k = vc_keyness_compute(10, 100, 20, 100);
    cr_assert_float_eq(k.g2, -3.986555736, 1e-6);
    cr_assert_float_eq(k.log_ratio, -1.0, 1e-12);
    cr_assert_float_eq(k.p, 0.045864728, 1e-8);

    /* a zero count is 0.5 for the log ratio (Hardie): log2(0.05 / 0.005) */
    k = vc_keyness_compute(5, 100, 0, 100);
    cr_assert_float_eq(k.g2, 7.059690986, 1e-6);
    cr_assert_float_eq(k.log_ratio, 3.321928095, 1e-9);

    /* empty cells: every target comment and no reference comment: 2 x 100 ln 2 */
    k = vc_keyness_compute(50, 50, 0, 50);
    cr_assert_float_eq(k.g2, 200 * log(2.0), 1e-9);
}

Test(keyness, undefined)
{
    vc_keyness k = vc_keyness_compute(3, 0, 1, 10);
    cr_assert_eq(k.g2, 0);
    cr_assert_eq(k.p, 1);
    cr_assert(isnan(k.log_ratio));
    k = vc_keyness_compute(10, 100, 20, 200); /* the same share: no evidence */
    cr_assert_float_eq(k.g2, 0, 1e-9);
    cr_assert_float_eq(k.p, 1, 1e-9);
    cr_assert_float_eq(k.log_ratio, 0, 1e-12);
}

Test(keyness, cutoffs)
{
    /* Benjamini-Hochberg at 0.05 over 8 tests: thresholds k/8 x 0.05 =
     * .00625 .0125 .01875 .025 .03125 .0375 .04375 .05; the largest k with
     * p(k) under its threshold is k = 2 (0.008 <= 0.0125) */
    double p[] = {0.205, 0.042, 0.001, 0.074, 0.039, 0.008, 0.06, 0.041};
    cr_assert_float_eq(vc_significance_cutoff(p, 8, 0.05, VC_CORRECT_BH), 0.008, 1e-15);
    cr_assert_float_eq(vc_significance_cutoff(p, 8, 0.05, VC_CORRECT_BONFERRONI), 0.00625, 1e-15);
    cr_assert_float_eq(vc_significance_cutoff(p, 8, 0.05, VC_CORRECT_NONE), 0.05, 1e-15);
    double q[] = {0.01, 0.04, 0.03, 0.20};
    cr_assert_float_eq(vc_significance_cutoff(q, 4, 0.05, VC_CORRECT_BH), 0.01, 1e-15);
    double none[] = {0.5, 0.9};
    cr_assert_lt(vc_significance_cutoff(none, 2, 0.05, VC_CORRECT_BH), 0);
    cr_assert_lt(vc_significance_cutoff(NULL, 0, 0.05, VC_CORRECT_BH), 0);
    vc_correction c;
    cr_assert_eq(vc_correction_parse("bonferroni", &c), 0);
    cr_assert_eq(c, VC_CORRECT_BONFERRONI);
    cr_assert_eq(vc_correction_parse("holm", &c), -1);
}

Test(keyness, contains_whole_words)
{
    cr_assert(vc_term_contains("qr code scanner", "code scanner"));
    cr_assert(vc_term_contains("qr code scanner", "qr"));
    cr_assert(!vc_term_contains("qr code scanner", "scan"));
    cr_assert(!vc_term_contains("barcode scanner", "code"));
    cr_assert(vc_term_contains("a b a", "a"));
}

static vc_term mk(const char *text, double g2, uint64_t target)
{
    vc_term t;
    memset(&t, 0, sizeof t);
    t.text = strdup(text);
    t.words = 1;
    for (const char *p = text; *p; p++)
        t.words += *p == ' ';
    t.k.g2 = g2;
    t.target = target;
    return t;
}

Test(keyness, collapse)
{
    vc_term t[] = {
        mk("bad app", 70, 10),          /* contains the stronger "app" but is rare beside it: kept beside it */
        mk("scanner", 90, 60),          /* inside "qr code scanner": dropped */
        mk("qr code scanner", 100, 50), /* kept */
        mk("code scanner", 100, 50),    /* tie with its longer form: the longer ranks first */
        mk("plus", 80, 900),
        mk("app", 75, 40),
        mk("first", 50, 20),            /* replaced by "first 30 days": 18 >= 0.75 x 20 */
        mk("first 30 days", 40, 18),
    };
    size_t n = sizeof t / sizeof *t;
    qsort(t, n, sizeof *t, vc_term_rank_cmp);
    cr_assert_str_eq(t[0].text, "qr code scanner");
    cr_assert_str_eq(t[1].text, "code scanner");
    n = vc_terms_collapse(t, n, 0.75);
    cr_assert_eq(n, 5);
    cr_assert_str_eq(t[0].text, "qr code scanner");
    cr_assert_str_eq(t[1].text, "plus");
    cr_assert_str_eq(t[2].text, "app");
    cr_assert_str_eq(t[3].text, "bad app");
    cr_assert_str_eq(t[4].text, "first 30 days");
    vc_term_list l = {malloc(n * sizeof *t), n};
    memcpy(l.v, t, n * sizeof *t);
    vc_term_list_free(&l);
}

Test(keyness, covered_when_half)
{
    vc_term t;
    memset(&t, 0, sizeof t);
    t.cell.comments = 10;
    t.covered = 4;
    cr_assert(!vc_term_is_covered(&t));
    t.covered = 5;
    cr_assert(vc_term_is_covered(&t));
}
