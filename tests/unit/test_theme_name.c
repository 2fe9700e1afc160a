/* test_theme_name.c - a theme's slug in words (vc_theme_display_name): the
 * last level, separators as single spaces, an ASCII first capital, and
 * snprintf's contract on a short buffer without cutting a character. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <string.h>

#include "vocal/report.h"

typedef struct name_case {
    char name[64];
    char want[64];
} name_case;

ParameterizedTestParameters(theme_name, words)
{
    static name_case cases[] = {
        {"commercial/price_value", "Price value"},
        {"service/staff", "Staff"},
        {"signal/churn_risk", "Churn risk"},
        {"signal/effort/high", "High"},
        {"product/ease_of_use", "Ease of use"},
        {"food_and_drink", "Food and drink"},     /* "and" stays a word */
        {"a/check-in", "Check in"},
        {"a/__double__under__", "Double under"},  /* runs are one space, none at the ends */
        {"a/-_-x", "X"},
        {"a/SMS_alerts", "SMS alerts"},           /* only the first letter changes */
        {"a/4g_coverage", "4g coverage"},         /* a digit has no capital */
        {"a/\xc3\xa9quipe_d_accueil", "\xc3\xa9quipe d accueil"}, /* non-ASCII left as is */
        {"a/_", "_"},                             /* no word: the level as written */
        {"plain", "Plain"},
        {"", ""},
    };
    return cr_make_param_array(name_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(name_case *c, theme_name, words)
{
    char out[64];
    memset(out, 'x', sizeof out);
    size_t n = vc_theme_display_name(c->name, out, sizeof out);
    cr_assert_str_eq(out, c->want, "%s", c->name);
    cr_assert_eq(n, strlen(c->want), "the length of the whole name");
}

Test(theme_name, short_buffer_like_snprintf)
{
    char out[8];
    memset(out, 'x', sizeof out);
    size_t n = vc_theme_display_name("commercial/price_value", out, sizeof out);
    cr_assert_eq(n, 11, "the length it needs");
    cr_assert_str_eq(out, "Price v");
    cr_assert_eq(vc_theme_display_name("service/staff", NULL, 0), 5, "cap 0 writes nothing");
    char one[1] = {'x'};
    cr_assert_eq(vc_theme_display_name("service/staff", one, 1), 5);
    cr_assert_eq(one[0], 0);
    /* "Caf" + 2-byte e-acute: 6 bytes with the NUL do not hold all of it,
     * and half a character is never written */
    char five[5];
    cr_assert_eq(vc_theme_display_name("a/caf\xc3\xa9_x", five, sizeof five), 7);
    cr_assert_str_eq(five, "Caf");
    char six[6];
    cr_assert_eq(vc_theme_display_name("a/caf\xc3\xa9_x", six, sizeof six), 7);
    cr_assert_str_eq(six, "Caf\xc3\xa9");
    /* a 3-byte character cut after its first or second byte */
    char four[4], three[3];
    cr_assert_eq(vc_theme_display_name("a/x\xe2\x9c\x93", four, sizeof four), 4);
    cr_assert_str_eq(four, "X");
    cr_assert_eq(vc_theme_display_name("a/x\xe2\x9c\x93", three, sizeof three), 4);
    cr_assert_str_eq(three, "X");
}
