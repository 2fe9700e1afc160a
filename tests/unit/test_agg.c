/* test_agg.c - score scales, counters, merge order, segment caps, figures. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/agg.h"
#include "vocal/buf.h"
#include "vocal/wire.h"

typedef struct score_case {
    int scale;
    char text[12];
    int group;
    int score;
} score_case;

ParameterizedTestParameters(scale, classify)
{
    static score_case cases[] = {
        {VC_SCALE_NPS, "0", VC_GROUP_LOW, 0},       {VC_SCALE_NPS, "6", VC_GROUP_LOW, 6},
        {VC_SCALE_NPS, "7", VC_GROUP_MID, 7},       {VC_SCALE_NPS, "8", VC_GROUP_MID, 8},
        {VC_SCALE_NPS, "9", VC_GROUP_HIGH, 9},      {VC_SCALE_NPS, " 10 ", VC_GROUP_HIGH, 10},
        {VC_SCALE_NPS, "9.0", VC_GROUP_HIGH, 9},    {VC_SCALE_NPS, "9.00", VC_GROUP_HIGH, 9},
        {VC_SCALE_NPS, "+3", VC_GROUP_LOW, 3},      {VC_SCALE_NPS, "", VC_GROUP_UNSCORED, 0},
        {VC_SCALE_NPS, "  ", VC_GROUP_UNSCORED, 0}, {VC_SCALE_NPS, "11", VC_GROUP_INVALID, 0},
        {VC_SCALE_NPS, "-1", VC_GROUP_INVALID, 0},  {VC_SCALE_NPS, "8.5", VC_GROUP_INVALID, 0},
        {VC_SCALE_NPS, "ten", VC_GROUP_INVALID, 0}, {VC_SCALE_NPS, "9.", VC_GROUP_HIGH, 9},
        {VC_SCALE_CSAT, "1", VC_GROUP_LOW, 1},      {VC_SCALE_CSAT, "2", VC_GROUP_LOW, 2},
        {VC_SCALE_CSAT, "3", VC_GROUP_MID, 3},      {VC_SCALE_CSAT, "5", VC_GROUP_HIGH, 5},
        {VC_SCALE_CSAT, "0", VC_GROUP_INVALID, 0},  {VC_SCALE_CSAT, "6", VC_GROUP_INVALID, 0},
        {VC_SCALE_CES, "3", VC_GROUP_LOW, 3},       {VC_SCALE_CES, "4", VC_GROUP_MID, 4},
        {VC_SCALE_CES, "7", VC_GROUP_HIGH, 7},      {VC_SCALE_CES, "8", VC_GROUP_INVALID, 0},
    };
    return cr_make_param_array(score_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(score_case *c, scale, classify)
{
    int score = -99;
    int g = vc_scale_classify((vc_scale)c->scale, c->text, strlen(c->text), &score);
    cr_assert_eq(g, c->group, "'%s' on %s", c->text, vc_scale_name((vc_scale)c->scale));
    if (g >= 0)
        cr_assert_eq(score, c->score);
}

Test(scale, names_and_columns)
{
    vc_scale s;
    cr_assert_eq(vc_scale_parse("csat", &s), 0);
    cr_assert_eq(s, VC_SCALE_CSAT);
    cr_assert_eq(vc_scale_parse("NPS", &s), -1);
    cr_assert_str_eq(vc_scale_group_column(VC_SCALE_NPS, 0), "detractors");
    cr_assert_str_eq(vc_scale_group_column(VC_SCALE_CES, 2), "low_effort");
    cr_assert_str_eq(vc_scale_group_label(VC_SCALE_NPS, 2), "promoter");
    cr_assert_eq(vc_sentiment_class(0.05), VC_SENT_POS);
    cr_assert_eq(vc_sentiment_class(0.0499), VC_SENT_NEU);
    cr_assert_eq(vc_sentiment_class(-0.05), VC_SENT_NEG);
}

static void add(vc_agg *a, int group, int score, const char *region, const uint32_t *themes, size_t nt, double c)
{
    const char *seg[2] = {"all", region};
    size_t len[2] = {3, strlen(region)};
    vc_theme_obs to[4];
    for (size_t i = 0; i < nt; i++)
        to[i] = (vc_theme_obs){themes[i], 1, c, 0};
    vc_obs o = {group, score, seg, len, to, nt, 1, c};
    cr_assert_eq(vc_agg_add(a, &o), VC_OK);
}

Test(agg, counts_and_figures_by_hand)
{
    vc_agg *a = vc_agg_new(2, 2, 100);
    uint32_t t0[] = {0}, t01[] = {0, 1};
    add(a, VC_GROUP_LOW, 2, "EMEA", t0, 1, -0.6);
    add(a, VC_GROUP_HIGH, 10, "EMEA", t01, 2, 0.8);
    add(a, VC_GROUP_MID, 7, " APAC ", NULL, 0, 0.0);
    add(a, VC_GROUP_UNSCORED, 0, "", t0, 1, 0.3);
    vc_agg_sort(a);
    cr_assert_eq(vc_agg_segments(a, 1), 3);
    cr_assert_str_eq(vc_agg_segment_name(a, 1, 0), "(blank)");
    cr_assert_str_eq(vc_agg_segment_name(a, 1, 1), "APAC"); /* trimmed */
    cr_assert_str_eq(vc_agg_segment_name(a, 1, 2), "EMEA");
    const vc_cell *all = vc_agg_cell(a, 0, 0, VC_AGG_BASE);
    cr_assert_eq(all->comments, 4);
    cr_assert_eq(all->group[0], 1);
    cr_assert_eq(all->group[1], 1);
    cr_assert_eq(all->group[2], 1);
    cr_assert_float_eq(vc_headline(VC_SCALE_NPS, all), 0.0, 1e-12);
    const vc_cell *th0 = vc_agg_cell(a, 0, 0, 0);
    cr_assert_eq(th0->comments, 3);
    cr_assert_float_eq(vc_headline(VC_SCALE_NPS, th0), 0.0, 1e-12); /* 1 low, 1 high */
    cr_assert_eq(th0->sent[VC_SENT_POS], 2);
    cr_assert_eq(th0->sent[VC_SENT_NEG], 1);
    cr_assert_float_eq(vc_avg_compound(th0), (-0.6 + 0.8 + 0.3) / 3, 1e-9);
    cr_assert_float_eq(vc_net_sentiment(th0), 100.0 / 3, 1e-9);
    const vc_cell *emea1 = vc_agg_cell(a, 1, 2, 1);
    cr_assert_eq(emea1->comments, 1);
    cr_assert_float_eq(vc_headline(VC_SCALE_NPS, emea1), 100.0, 1e-12);
    cr_assert_float_eq(vc_headline(VC_SCALE_CES, all), (2 + 10 + 7) / 3.0, 1e-12);
    cr_assert_float_eq(vc_headline(VC_SCALE_CSAT, all), 100.0 / 3, 1e-9);
    const vc_cell *blank1 = vc_agg_cell(a, 1, 0, 1);
    cr_assert(isnan(vc_headline(VC_SCALE_NPS, blank1)));
    vc_agg_free(a);
}

/* NPS impact by hand: a segment of 10 scored comments (3 detractors, 2
 * passives, 5 promoters: NPS 20) and a theme mentioned by 4 of them (2, 1, 1:
 * NPS -25). Without the theme: 1, 1, 4, NPS 50; impact 20 - 50 = -30, which
 * is n(s - S)/(N - n) = 4(-25 - 20)/6. */
Test(agg, impact_by_hand)
{
    vc_cell seg = {10, {3, 2, 5}, 0, {0, 0, 0}, 0, 0, 0}, theme = {4, {2, 1, 1}, 0, {0, 0, 0}, 0, 0, 0};
    cr_assert_float_eq(vc_impact(VC_SCALE_NPS, &seg, &theme), -30.0, 1e-9);
    /* CSAT: 50% satisfied overall, 4 of 6 (66.7%) without the theme */
    cr_assert_float_eq(vc_impact(VC_SCALE_CSAT, &seg, &theme), 50.0 - 400.0 / 6.0, 1e-9);
    /* CES: mean score 5.0 overall (sum 50), 4.0 on the theme (sum 16), 34/6 without */
    seg.score_sum = 50;
    theme.score_sum = 16;
    cr_assert_float_eq(vc_impact(VC_SCALE_CES, &seg, &theme), 5.0 - 34.0 / 6.0, 1e-9);
    /* every scored comment mentions the theme: no "without" to compare with */
    cr_assert(isnan(vc_impact(VC_SCALE_NPS, &seg, &seg)));
    vc_cell empty = {0, {0, 0, 0}, 0, {0, 0, 0}, 0, 0, 0};
    cr_assert(isnan(vc_impact(VC_SCALE_NPS, &empty, &empty)));
}

Test(agg, merge_in_any_order_is_identical)
{
    const char *regions[] = {"A", "B", "C", "D"};
    vc_agg *parts[3], *x = vc_agg_new(2, 3, 100), *y = vc_agg_new(2, 3, 100);
    for (int p = 0; p < 3; p++) {
        parts[p] = vc_agg_new(2, 3, 100);
        for (int i = 0; i < 200; i++) {
            uint32_t th[] = {(uint32_t)((i + p) % 3)};
            add(parts[p], (i * 7 + p) % 3, i % 11, regions[(i + p) % 4], th, 1, ((i * 37) % 200) / 100.0 - 1);
        }
    }
    vc_agg_merge(x, parts[0]);
    vc_agg_merge(x, parts[1]);
    vc_agg_merge(x, parts[2]);
    vc_agg_merge(y, parts[2]);
    vc_agg_merge(y, parts[0]);
    vc_agg_merge(y, parts[1]);
    vc_agg_sort(x);
    vc_agg_sort(y);
    for (size_t d = 0; d < 2; d++) {
        cr_assert_eq(vc_agg_segments(x, d), vc_agg_segments(y, d));
        for (size_t s = 0; s < vc_agg_segments(x, d); s++)
            for (uint32_t t = 0; t < 3; t++) {
                cr_assert_eq(memcmp(vc_agg_cell(x, d, s, t), vc_agg_cell(y, d, s, t), sizeof(vc_cell)), 0);
                cr_assert_eq(memcmp(vc_agg_cell(x, d, s, VC_AGG_BASE), vc_agg_cell(y, d, s, VC_AGG_BASE),
                                    sizeof(vc_cell)),
                             0);
            }
    }
    cr_assert_eq(vc_agg_cell(x, 0, 0, VC_AGG_BASE)->comments, 600);
    for (int p = 0; p < 3; p++)
        vc_agg_free(parts[p]);
    vc_agg_free(x);
    vc_agg_free(y);
}

Test(agg, high_cardinality_folds_into_other)
{
    vc_agg *a = vc_agg_new(2, 1, 5);
    char name[16];
    for (int i = 0; i < 50; i++) {
        snprintf(name, sizeof name, "id%02d", i);
        add(a, VC_GROUP_HIGH, 9, name, NULL, 0, 0);
    }
    vc_agg_sort(a);
    cr_assert_eq(vc_agg_segments(a, 1), 6);
    cr_assert_str_eq(vc_agg_segment_name(a, 1, 0), "(other)");
    cr_assert_eq(vc_agg_cell(a, 1, 0, VC_AGG_BASE)->comments, 45);
    cr_assert_eq(vc_agg_overflow(a, 1), 45);
    vc_agg_free(a);
}

static int cmp_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}

/* Over the cap, which values keep a row must not depend on the order rows
 * arrive in or on how they were split among tables: the kept values are the
 * cap's worth with the smallest hash, and every count is complete. */
Test(agg, over_the_cap_the_kept_values_do_not_depend_on_order_or_split)
{
    enum { N = 300, CAP = 20 };
    char name[16];
    vc_agg *one = vc_agg_new(2, 1, CAP), *parts[3], *merged = vc_agg_new(2, 1, CAP);
    for (int p = 0; p < 3; p++)
        parts[p] = vc_agg_new(2, 1, CAP);
    uint32_t th = 0;
    for (int i = 0; i < N; i++) {
        int v = (i * 37) % 150; /* 150 values, two rows each, in a scrambled order */
        snprintf(name, sizeof name, "v%03d", v);
        add(one, i % 3 ? VC_GROUP_HIGH : VC_GROUP_LOW, i % 3 ? 9 : 2, name, &th, (size_t)(v % 2), 0.3);
        /* the same rows, reversed and dealt to three tables */
        int j = N - 1 - i, w = (j * 37) % 150;
        snprintf(name, sizeof name, "v%03d", w);
        add(parts[j % 3], j % 3 ? VC_GROUP_HIGH : VC_GROUP_LOW, j % 3 ? 9 : 2, name, &th, (size_t)(w % 2), 0.3);
    }
    for (int p = 2; p >= 0; p--)
        cr_assert_eq(vc_agg_merge(merged, parts[p]), VC_OK);
    vc_agg_sort(one);
    vc_agg_sort(merged);
    cr_assert_eq(vc_agg_segments(one, 1), CAP + 1);
    cr_assert_eq(vc_agg_segments(merged, 1), CAP + 1);
    for (size_t s = 0; s <= CAP; s++) {
        cr_assert_str_eq(vc_agg_segment_name(one, 1, s), vc_agg_segment_name(merged, 1, s));
        for (uint32_t t = 0; t < 1; t++)
            cr_assert_eq(memcmp(vc_agg_cell(one, 1, s, t), vc_agg_cell(merged, 1, s, t), sizeof(vc_cell)), 0);
        cr_assert_eq(memcmp(vc_agg_cell(one, 1, s, VC_AGG_BASE), vc_agg_cell(merged, 1, s, VC_AGG_BASE),
                            sizeof(vc_cell)),
                     0);
    }
    /* the kept values are the CAP smallest hashes, each with both its rows */
    uint64_t h[150];
    for (int v = 0; v < 150; v++) {
        snprintf(name, sizeof name, "v%03d", v);
        h[v] = vc_hash_bytes(name, strlen(name));
    }
    qsort(h, 150, sizeof *h, cmp_u64);
    uint64_t kept_rows = 0;
    for (size_t s = 0; s <= CAP; s++) {
        const char *n = vc_agg_segment_name(one, 1, s);
        if (!strcmp(n, "(other)"))
            continue;
        cr_assert_leq(vc_hash_bytes(n, strlen(n)), h[CAP - 1], "%s is not among the smallest hashes", n);
        cr_assert_eq(vc_agg_cell(one, 1, s, VC_AGG_BASE)->comments, 2);
        kept_rows += 2;
    }
    cr_assert_eq(vc_agg_overflow(one, 1), N - kept_rows);
    cr_assert_eq(vc_agg_overflow(merged, 1), N - kept_rows);
    vc_agg_free(one);
    vc_agg_free(merged);
    for (int p = 0; p < 3; p++)
        vc_agg_free(parts[p]);
}

/* A value that reads "(other)" is counted in the "(other)" row: one row of
 * that name, whether the table overflowed or not, and merges agree. */
Test(agg, a_value_named_other_joins_the_other_row)
{
    vc_agg *a = vc_agg_new(2, 1, 2), *b = vc_agg_new(2, 1, 2), *m = vc_agg_new(2, 1, 2);
    add(a, VC_GROUP_HIGH, 9, "(other)", NULL, 0, 0);
    add(a, VC_GROUP_LOW, 1, "x", NULL, 0, 0);
    add(b, VC_GROUP_LOW, 2, "y", NULL, 0, 0);
    add(b, VC_GROUP_LOW, 2, "z", NULL, 0, 0);
    add(b, VC_GROUP_LOW, 2, "w", NULL, 0, 0);
    cr_assert_eq(vc_agg_merge(m, a), VC_OK);
    cr_assert_eq(vc_agg_merge(m, b), VC_OK);
    vc_agg_sort(m);
    size_t others = 0;
    uint64_t in_other = 0;
    for (size_t s = 0; s < vc_agg_segments(m, 1); s++)
        if (!strcmp(vc_agg_segment_name(m, 1, s), "(other)")) {
            others++;
            in_other = vc_agg_cell(m, 1, s, VC_AGG_BASE)->comments;
        }
    cr_assert_eq(others, 1);
    cr_assert_eq(vc_agg_segments(m, 1), 3, "two kept values and (other)");
    cr_assert_eq(in_other, 5 - 2, "the literal value and the two values past the cap");
    vc_agg_free(a);
    vc_agg_free(b);
    vc_agg_free(m);
}

/* Significance by hand. Mention rate 30/100 -> 45/100: pooled p = 0.375,
 * SE = sqrt(0.375 * 0.625 * (1/100 + 1/100)) = 0.068465, z = 0.15 / SE =
 * 2.1909, two-sided p = 0.0285. NPS 20 (30 detractors, 20 passives, 50
 * promoters) -> 40 (20, 20, 60): variances (0.8 - 0.2^2)/100 and
 * (0.8 - 0.4^2)/100, SEs 8.718 and 8.0 points, combined 11.832, z = 1.690,
 * p = 0.091: not significant. */
Test(stats, two_proportion_and_nps_tests_by_hand)
{
    vc_test t = vc_two_proportion_test(30, 100, 45, 100);
    cr_assert_float_eq(t.diff, 0.15, 1e-12);
    cr_assert_float_eq(t.se, 0.0684653, 1e-6);
    cr_assert_float_eq(t.z, 2.19089, 1e-5);
    cr_assert_float_eq(t.p, 0.0284597, 1e-6);
    vc_cell a = {100, {30, 20, 50}, 0, {0, 0, 0}, 0, 0, 0}, b = {100, {20, 20, 60}, 0, {0, 0, 0}, 0, 0, 0};
    vc_test n = vc_headline_test(VC_SCALE_NPS, &a, &b);
    cr_assert_float_eq(n.diff, 20.0, 1e-9);
    cr_assert_float_eq(n.se, 11.8322, 1e-4);
    cr_assert_float_eq(n.z, 1.69031, 1e-5);
    cr_assert_float_eq(n.p, 0.0909689, 1e-6);
    /* CSAT: % satisfied 50 -> 60 is a two-proportion test, in points */
    vc_test c = vc_headline_test(VC_SCALE_CSAT, &a, &b);
    cr_assert_float_eq(c.diff, 10.0, 1e-9);
    /* undefined cases */
    vc_cell empty = {0, {0, 0, 0}, 0, {0, 0, 0}, 0, 0, 0};
    cr_assert(isnan(vc_headline_test(VC_SCALE_NPS, &empty, &b).p));
    cr_assert(isnan(vc_headline_test(VC_SCALE_CES, &a, &b).p));
    cr_assert(isnan(vc_two_proportion_test(0, 0, 1, 2).z));
}

/* Choice-text labels ("10 - Extremely likely") read as their number; what
 * is not clearly one number stays invalid. */
typedef struct label_case {
    int scale;
    char text[40];
    int group;
    int score;
} label_case;

ParameterizedTestParameters(scale, labels)
{
    static label_case cases[] = {
        {VC_SCALE_NPS, "10 - Extremely likely", VC_GROUP_HIGH, 10},
        {VC_SCALE_NPS, "0 - Not at all likely", VC_GROUP_LOW, 0},
        {VC_SCALE_NPS, "9 \xe2\x80\x93 Very likely", VC_GROUP_HIGH, 9},
        {VC_SCALE_NPS, "7 \xe2\x80\x94 Likely", VC_GROUP_MID, 7},
        {VC_SCALE_NPS, "\"7\"", VC_GROUP_MID, 7},
        {VC_SCALE_NPS, " \" 8 \" ", VC_GROUP_MID, 8},
        {VC_SCALE_NPS, "6-Neutral", VC_GROUP_LOW, 6},
        {VC_SCALE_NPS, "8: likely", VC_GROUP_MID, 8},
        {VC_SCALE_NPS, "10 = extremely", VC_GROUP_HIGH, 10},
        {VC_SCALE_NPS, "10 Extremely likely", VC_GROUP_HIGH, 10},
        {VC_SCALE_NPS, "9.0 - Very likely", VC_GROUP_HIGH, 9},
        {VC_SCALE_CSAT, "5 (Very satisfied)", VC_GROUP_HIGH, 5},
        {VC_SCALE_CSAT, "1 (Tr\xc3\xa8s insatisfait)", VC_GROUP_LOW, 1},
        {VC_SCALE_NPS, "10/10", VC_GROUP_INVALID, 0},
        {VC_SCALE_NPS, "1e1", VC_GROUP_INVALID, 0},
        {VC_SCALE_NPS, "ten", VC_GROUP_INVALID, 0},
        {VC_SCALE_NPS, "7 8", VC_GROUP_INVALID, 0},
        {VC_SCALE_NPS, "9 - 10", VC_GROUP_INVALID, 0},
        {VC_SCALE_NPS, "9 -", VC_GROUP_INVALID, 0},
        {VC_SCALE_NPS, "9.5 - likely", VC_GROUP_INVALID, 0},
        {VC_SCALE_NPS, "11 - Off the scale", VC_GROUP_INVALID, 0},
        {VC_SCALE_NPS, "\"\"", VC_GROUP_INVALID, 0},
        {VC_SCALE_NPS, "- 9 likely", VC_GROUP_INVALID, 0},
        {VC_SCALE_CSAT, "6 (Delighted)", VC_GROUP_INVALID, 0},
    };
    return cr_make_param_array(label_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(label_case *c, scale, labels)
{
    int score = -99;
    int g = vc_scale_classify((vc_scale)c->scale, c->text, strlen(c->text), &score);
    cr_assert_eq(g, c->group, "'%s' on %s", c->text, vc_scale_name((vc_scale)c->scale));
    if (g >= 0)
        cr_assert_eq(score, c->score, "'%s'", c->text);
}

typedef struct group_case {
    int scale;
    char text[24];
    int group;
} group_case;

ParameterizedTestParameters(scale, groups)
{
    static group_case cases[] = {
        {VC_SCALE_NPS, "Detractor", VC_GROUP_LOW},   {VC_SCALE_NPS, "passive", VC_GROUP_MID},
        {VC_SCALE_NPS, "PROMOTER", VC_GROUP_HIGH},   {VC_SCALE_NPS, " Promoters ", VC_GROUP_HIGH},
        {VC_SCALE_NPS, "Passives", VC_GROUP_MID},    {VC_SCALE_NPS, "Detractors", VC_GROUP_LOW},
        {VC_SCALE_NPS, "", VC_GROUP_UNSCORED},       {VC_SCALE_NPS, "Promoterss", VC_GROUP_INVALID},
        {VC_SCALE_NPS, "Promote", VC_GROUP_INVALID}, {VC_SCALE_NPS, "9", VC_GROUP_INVALID},
        {VC_SCALE_NPS, "good", VC_GROUP_INVALID},    {VC_SCALE_CSAT, "good", VC_GROUP_HIGH},
        {VC_SCALE_CSAT, "Bad", VC_GROUP_LOW},        {VC_SCALE_CSAT, "offered", VC_GROUP_UNSCORED},
        {VC_SCALE_CSAT, "unoffered", VC_GROUP_UNSCORED}, {VC_SCALE_CSAT, "Satisfied", VC_GROUP_HIGH},
        {VC_SCALE_CSAT, "neutral", VC_GROUP_MID},    {VC_SCALE_CSAT, "dissatisfied", VC_GROUP_LOW},
        {VC_SCALE_CSAT, "Promoter", VC_GROUP_INVALID}, {VC_SCALE_CES, "low effort", VC_GROUP_HIGH},
        {VC_SCALE_CSAT, "Good with comment", VC_GROUP_HIGH}, {VC_SCALE_CSAT, "bad_with_comment", VC_GROUP_LOW},
    };
    return cr_make_param_array(group_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(group_case *c, scale, groups)
{
    int g = vc_scale_group_parse((vc_scale)c->scale, c->text, strlen(c->text));
    cr_assert_eq(g, c->group, "'%s' on %s", c->text, vc_scale_name((vc_scale)c->scale));
}

/* The scale check's two rules at their boundaries. */
Test(scale, check_boundaries)
{
    vc_scale_counts half = {10, 10, 10, 0}; /* exactly half invalid: fits */
    cr_assert_eq(vc_scale_check(VC_SCALE_CSAT, &half), VC_SCALE_FITS);
    vc_scale_counts over = {10, 11, 10, 0};
    cr_assert_eq(vc_scale_check(VC_SCALE_CSAT, &over), VC_SCALE_MOSTLY_INVALID);
    vc_scale_counts one_bad = {0, 1, 0, 0};
    cr_assert_eq(vc_scale_check(VC_SCALE_NPS, &one_bad), VC_SCALE_MOSTLY_INVALID);
    vc_scale_counts none = {0, 0, 0, 0};
    cr_assert_eq(vc_scale_check(VC_SCALE_NPS, &none), VC_SCALE_FITS);
    vc_scale_counts stars19 = {19, 0, 19, 0}, stars20 = {20, 0, 20, 0}, mixed = {20, 0, 19, 1};
    cr_assert_eq(vc_scale_check(VC_SCALE_NPS, &stars19), VC_SCALE_FITS);
    cr_assert_eq(vc_scale_check(VC_SCALE_NPS, &stars20), VC_SCALE_LOOKS_1_TO_5);
    cr_assert_eq(vc_scale_check(VC_SCALE_NPS, &mixed), VC_SCALE_FITS);
    cr_assert_eq(vc_scale_check(VC_SCALE_CSAT, &stars20), VC_SCALE_FITS, "1-5 is the CSAT scale");
    vc_scale_counts groups = {40, 0, 0, 0}; /* from a group column: no numbers */
    cr_assert_eq(vc_scale_check(VC_SCALE_NPS, &groups), VC_SCALE_FITS);
}

/* ---- several values in one dimension ----------------------------------------
 * Five respondents, one theme, dimension 1 "region" multi-valued (one-hot
 * options or a JSON array):
 *   r1 promoter  {EMEA, APAC}  theme, compound 0.5
 *   r2 detractor {APAC}        theme, compound -0.5
 *   r3 passive   {EMEA, EMEA}  no theme (a value given twice counts once)
 *   r4 promoter  {}            no theme ("(blank)")
 *   r5 detractor {EMEA, APAC}  no theme
 * "all": 5 (2 low, 1 mid, 2 high), NPS 0. APAC: r1 r2 r5 = 2 low 1 high,
 * NPS -33.3; EMEA: r1 r3 r5 = 1 low 1 mid 1 high, NPS 0; (blank): r4.
 * The segments sum to 7 > 5. Theme in APAC: r1 r2 (1 low, 1 high, NPS 0);
 * APAC without it is r5 alone (NPS -100), so the theme's impact on APAC
 * is -33.3 - (-100) = 66.7, and its share is 2 of APAC's own base of 3. */
static void add_multi(vc_agg *a, int group, const char *vals, size_t vlen, size_t nv, int theme, double c)
{
    const char *seg[2] = {"all", vals};
    size_t len[2] = {3, vlen};
    size_t nvals[2] = {1, nv};
    vc_theme_obs to = {0, 1, c, 0};
    vc_obs o = {group, group == VC_GROUP_HIGH ? 10 : group == VC_GROUP_MID ? 7 : 0, seg, len, &to,
                (size_t)theme, 1, c};
    cr_assert_eq(vc_agg_add_values(a, &o, nvals), VC_OK);
}

static vc_agg *five_respondents(void)
{
    vc_agg *a = vc_agg_new(2, 1, 100);
    add_multi(a, VC_GROUP_HIGH, "EMEA\0APAC", 10, 2, 1, 0.5);
    add_multi(a, VC_GROUP_LOW, "APAC", 4, 1, 1, -0.5);
    add_multi(a, VC_GROUP_MID, "EMEA\0 EMEA \0", 12, 2, 0, 0.0);
    add_multi(a, VC_GROUP_HIGH, "", 0, 1, 0, 0.0);
    add_multi(a, VC_GROUP_LOW, "EMEA\0APAC\0", 10, 2, 0, 0.0);
    vc_agg_sort(a);
    return a;
}

Test(agg_multi, counts_shares_and_impact_by_hand)
{
    vc_agg *a = five_respondents();
    const vc_cell *all = vc_agg_cell(a, 0, 0, VC_AGG_BASE);
    cr_assert_eq(all->comments, 5);
    cr_assert_float_eq(vc_headline(VC_SCALE_NPS, all), 0.0, 1e-12);
    cr_assert_eq(vc_agg_cell(a, 0, 0, 0)->comments, 2);
    cr_assert_eq(vc_agg_segments(a, 1), 3);
    cr_assert_str_eq(vc_agg_segment_name(a, 1, 0), "(blank)");
    cr_assert_str_eq(vc_agg_segment_name(a, 1, 1), "APAC");
    cr_assert_str_eq(vc_agg_segment_name(a, 1, 2), "EMEA");
    uint64_t sum = 0;
    for (size_t s = 0; s < 3; s++)
        sum += vc_agg_cell(a, 1, s, VC_AGG_BASE)->comments;
    cr_assert_eq(sum, 7); /* more than the 5 respondents */
    const vc_cell *apac = vc_agg_cell(a, 1, 1, VC_AGG_BASE), *apac_t = vc_agg_cell(a, 1, 1, 0);
    cr_assert_eq(apac->comments, 3);
    cr_assert_eq(apac->group[0], 2);
    cr_assert_eq(apac->group[2], 1);
    cr_assert_float_eq(vc_headline(VC_SCALE_NPS, apac), -100.0 / 3, 1e-9);
    cr_assert_eq(apac_t->comments, 2);
    cr_assert_float_eq((double)apac_t->comments / (double)apac->comments, 2.0 / 3, 1e-12);
    cr_assert_float_eq(vc_impact(VC_SCALE_NPS, apac, apac_t), -100.0 / 3 + 100.0, 1e-9);
    cr_assert_float_eq(vc_avg_compound(apac_t), 0.0, 1e-9); /* 0.5 and -0.5 */
    const vc_cell *emea = vc_agg_cell(a, 1, 2, VC_AGG_BASE);
    cr_assert_eq(emea->comments, 3); /* r3's EMEA given twice counts once */
    cr_assert_eq(emea->group[1], 1);
    cr_assert_float_eq(vc_headline(VC_SCALE_NPS, emea), 0.0, 1e-12);
    cr_assert_eq(vc_agg_cell(a, 1, 2, 0)->comments, 1);
    cr_assert_eq(vc_agg_cell(a, 1, 0, VC_AGG_BASE)->comments, 1);
    vc_agg_free(a);
}

/* a multi-valued table survives the partial codec and a merge unchanged */
Test(agg_multi, encode_decode_and_merge_keep_it)
{
    vc_agg *a = five_respondents();
    vc_buf b1 = VC_BUF_INIT, b2 = VC_BUF_INIT;
    cr_assert_eq(vc_agg_encode(a, &b1), VC_OK);
    vc_agg *c = vc_agg_new(2, 1, 100);
    vc_wire_reader r;
    vc_wire_reader_init(&r, b1.data, b1.len);
    cr_assert_eq(vc_agg_decode_merge(c, &r), VC_OK);
    vc_agg_sort(c);
    cr_assert_eq(vc_agg_encode(c, &b2), VC_OK);
    cr_assert_eq(b1.len, b2.len);
    cr_assert_eq(memcmp(b1.data, b2.data, b1.len), 0);
    vc_buf_free(&b1);
    vc_buf_free(&b2);
    vc_agg_free(a);
    vc_agg_free(c);
}

/* nvals 0 leaves a dimension to vc_agg_add_dim: one respondent, two
 * answers with their own themes (the question dimension) */
Test(agg_multi, per_dimension_add)
{
    vc_agg *a = vc_agg_new(2, 2, 100);
    const char *seg[2] = {"all", ""};
    size_t len[2] = {3, 0}, nvals[2] = {1, 0};
    vc_theme_obs both[2] = {{0, 1, 0.6, 0}, {1, 1, -0.2, 0}}, first[1] = {{0, 1, 0.6, 0}}, second[1] = {{1, 1, -0.2, 0}};
    vc_obs resp = {VC_GROUP_HIGH, 9, seg, len, both, 2, 1, 0.2};
    cr_assert_eq(vc_agg_add_values(a, &resp, nvals), VC_OK);
    vc_obs q1 = {VC_GROUP_HIGH, 9, NULL, NULL, first, 1, 1, 0.6}, q2 = {VC_GROUP_HIGH, 9, NULL, NULL, second, 1, 1, -0.2};
    cr_assert_eq(vc_agg_add_dim(a, 1, "q_like", 6, &q1), VC_OK);
    cr_assert_eq(vc_agg_add_dim(a, 1, "q_improve", 9, &q2), VC_OK);
    cr_assert_eq(vc_agg_add_dim(a, 2, "x", 1, &q2), VC_ERR_INTERNAL);
    vc_agg_sort(a);
    cr_assert_eq(vc_agg_cell(a, 0, 0, VC_AGG_BASE)->comments, 1);
    cr_assert_eq(vc_agg_cell(a, 0, 0, 0)->comments, 1);
    cr_assert_eq(vc_agg_cell(a, 0, 0, 1)->comments, 1);
    cr_assert_eq(vc_agg_segments(a, 1), 2);
    cr_assert_str_eq(vc_agg_segment_name(a, 1, 0), "q_improve");
    cr_assert_eq(vc_agg_cell(a, 1, 0, 0)->comments, 0);
    cr_assert_eq(vc_agg_cell(a, 1, 0, 1)->comments, 1);
    cr_assert_float_eq(vc_avg_compound(vc_agg_cell(a, 1, 0, VC_AGG_BASE)), -0.2, 1e-9);
    cr_assert_eq(vc_agg_cell(a, 1, 1, 0)->comments, 1);
    cr_assert_eq(vc_agg_cell(a, 1, 1, 1)->comments, 0);
    vc_agg_free(a);
}
