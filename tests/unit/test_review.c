/* test_review.c - the review's figures: the focus period and the periods it
 * is compared with, the base-size guard, the ranking of leaves under their
 * parents, the priority quadrants, the summary sentences, the formatting
 * of missing values, and both writers on one hand-made table. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "report/review_internal.h"

/* dimensions: all, period; themes: 0 "service" (parent), 1
 * "service/staff", 2 "service/wait_time" */
static void add(vc_agg *a, const char *period, int group, int score, const uint32_t *themes, size_t nt, int times)
{
    const char *seg[] = {"all", period};
    size_t len[] = {3, strlen(period)};
    vc_theme_obs t[3];
    for (size_t i = 0; i < nt; i++)
        t[i] = (vc_theme_obs){themes[i], 0, 0, 0};
    for (int i = 0; i < times; i++) {
        vc_obs o = {group, score, seg, len, t, nt, 0, 0};
        cr_assert_eq(vc_agg_add(a, &o), VC_OK);
    }
}

static const char *DIMS[] = {"all", "period"};
static const char *THEMES[] = {"service", "service/staff", "service/wait_time"};
static const char *LABELS[] = {NULL, "Staff & people", NULL};
static const uint32_t PARENT[] = {VC_NO_THEME_ID, 0, 0};
static const uint8_t CHILDREN[] = {1, 0, 0};

/* 2025-06: 4 promoters (staff); 2026-05: 4 promoters (staff), 4 passives;
 * 2026-06: 2 promoters (staff), 6 detractors (wait) */
static vc_agg *months(void)
{
    vc_agg *a = vc_agg_new(2, 3, 100);
    const uint32_t staff[] = {0, 1}, wait[] = {0, 2};
    add(a, "2025-06", VC_GROUP_HIGH, 9, staff, 2, 4);
    add(a, "2026-05", VC_GROUP_HIGH, 10, staff, 2, 4);
    add(a, "2026-05", VC_GROUP_MID, 7, NULL, 0, 4);
    add(a, "2026-06", VC_GROUP_HIGH, 9, staff, 2, 2);
    add(a, "2026-06", VC_GROUP_LOW, 2, wait, 2, 6);
    vc_agg_sort(a);
    return a;
}

static vc_report_spec spec_of(const vc_agg *a, unsigned min_base, const char *focus)
{
    vc_report_spec s = {.agg = a, .scale = VC_SCALE_NPS, .scale_name = "NPS",
                        .group_names = {"detractors", "passives", "promoters"}, .dim_names = DIMS, .ndims = 2,
                        .period_dim = 1, .theme_names = THEMES, .theme_labels = LABELS, .theme_parent = PARENT,
                        .theme_has_children = CHILDREN, .title = "T", .settings = "S", .signal_start = 3,
                        .signal_dim = -1, .focus = focus, .min_base = min_base};
    return s;
}

Test(review, focus_previous_and_year_before)
{
    vc_agg *a = months();
    vc_report_spec s = spec_of(a, 4, NULL);
    rv_model m;
    cr_assert_eq(rv_build(&m, &s), VC_OK);
    cr_assert_eq(m.ndated, 3);
    cr_assert_str_eq(rv_period_name(&m, m.dated[m.focus]), "2026-06");
    cr_assert_str_eq(rv_period_name(&m, m.dated[m.prev]), "2026-05");
    cr_assert_str_eq(rv_period_name(&m, m.dated[m.yago]), "2025-06");
    rv_free(&m);
    /* asked for: 2026-05 has no period a year before it */
    s = spec_of(a, 4, "2026-05");
    cr_assert_eq(rv_build(&m, &s), VC_OK);
    cr_assert_str_eq(rv_period_name(&m, m.dated[m.focus]), "2026-05");
    cr_assert_str_eq(rv_period_name(&m, m.dated[m.prev]), "2025-06");
    cr_assert_eq(m.yago, RV_NONE);
    rv_free(&m);
    s = spec_of(a, 4, "2024-01");
    cr_assert_eq(rv_build(&m, &s), VC_ERR_USAGE);
    rv_free(&m);
    vc_agg_free(a);
}

Test(review, base_guard)
{
    vc_agg *a = months();
    rv_model m;
    vc_report_spec s = spec_of(a, 4, NULL);
    cr_assert_eq(rv_build(&m, &s), VC_OK);
    const vc_cell *may = rv_period_cell(&m, m.dated[m.prev], VC_AGG_BASE);
    const vc_cell *jun = rv_period_cell(&m, m.dated[m.focus], VC_AGG_BASE);
    double d;
    /* NPS 50 -> -50: SE 17.68 and 30.62, z -2.83, p 0.005 */
    cr_assert_eq(rv_headline_change(&m, may, jun, &d), RV_SIG_DOWN);
    cr_assert_float_eq(d, -100.0, 1e-9);
    /* wait time 0 of 8 -> 6 of 8: z 3.10 */
    cr_assert_eq(rv_share_change(&m, may, rv_period_cell(&m, m.dated[m.prev], 2), jun,
                                 rv_period_cell(&m, m.dated[m.focus], 2), &d),
                 RV_SIG_UP);
    cr_assert_float_eq(d, 75.0, 1e-9);
    /* staff 4 of 8 -> 2 of 8: z -1.03 */
    cr_assert_eq(rv_share_change(&m, may, rv_period_cell(&m, m.dated[m.prev], 1), jun,
                                 rv_period_cell(&m, m.dated[m.focus], 1), &d),
                 RV_NOT_SIG);
    rv_free(&m);
    /* the same p-values under a base of 30: no verdict */
    s = spec_of(a, 30, NULL);
    cr_assert_eq(rv_build(&m, &s), VC_OK);
    may = rv_period_cell(&m, m.dated[m.prev], VC_AGG_BASE);
    jun = rv_period_cell(&m, m.dated[m.focus], VC_AGG_BASE);
    cr_assert_eq(rv_headline_change(&m, may, jun, &d), RV_LOW_BASE);
    cr_assert_eq(rv_share_change(&m, may, rv_period_cell(&m, m.dated[m.prev], 2), jun,
                                 rv_period_cell(&m, m.dated[m.focus], 2), &d),
                 RV_LOW_BASE);
    cr_assert_float_eq(d, 75.0, 1e-9); /* the difference is still shown */
    rv_free(&m);
    vc_agg_free(a);
}

Test(review, names_ranking_and_quadrants)
{
    vc_agg *a = months();
    vc_report_spec s = spec_of(a, 4, NULL);
    rv_model m;
    cr_assert_eq(rv_build(&m, &s), VC_OK);
    cr_assert_str_eq(m.names[0], "Service");
    cr_assert_str_eq(m.names[1], "Staff & people"); /* the label */
    cr_assert_str_eq(m.names[2], "Wait time");
    /* one group, headed by the parent, its leaves most negative first:
     * wait time (NPS 20 -> 71.4 without it: -51.4), staff (+80) */
    cr_assert_eq(m.ngroups, 1);
    cr_assert_eq(m.groups[0].header, 0);
    cr_assert_eq(m.groups[0].nleaves, 2);
    cr_assert_eq(m.groups[0].leaves[0], 2);
    cr_assert_eq(m.groups[0].leaves[1], 1);
    cr_assert_float_eq(m.impact[2], 20.0 - 100.0 * 10.0 / 14.0, 1e-9);
    cr_assert_float_eq(m.impact[1], 80.0, 1e-9);
    /* table order: the parent, then its children */
    cr_assert_eq(m.norder, 3);
    cr_assert_eq(m.order[0], 0);
    /* quadrants: shares 50% (staff) and 30% (wait time), median 40% */
    cr_assert_float_eq(m.share_split, 40.0, 1e-9);
    cr_assert_str_eq(rv_quadrant(&m, 1), "Strengths");
    cr_assert_str_eq(rv_quadrant(&m, 2), "Monitor");
    cr_assert_null(rv_quadrant(&m, 0)); /* a parent is not placed */
    rv_free(&m);
    vc_agg_free(a);
}

Test(review, summary_sentences)
{
    vc_agg *a = months();
    vc_report_spec s = spec_of(a, 4, NULL);
    rv_model m;
    cr_assert_eq(rv_build(&m, &s), VC_OK);
    cr_assert_geq(m.nsentences, 3);
    cr_assert_str_eq(m.sentences[0].text, "In 2026-06, NPS was -50.0 on 8 comments: down 100.0 points on 2026-05 (a "
                                          "significant change) and down 150.0 points on 2025-06 (a significant "
                                          "change).");
    cr_assert_str_eq(m.sentences[1].text, "Against 2026-05, customers mentioned Wait time more (75.0% of comments, up "
                                          "75.0 points); the change is significant.");
    cr_assert_str_eq(m.sentences[2].text, "The biggest drag on NPS is Wait time: mentioned in 30.0% of comments, it "
                                          "lowers NPS by 51.4 points.");
    cr_assert_str_eq(m.sentences[2].anchor, "impact");
    rv_free(&m);
    s = spec_of(a, 30, NULL);
    cr_assert_eq(rv_build(&m, &s), VC_OK);
    cr_assert_str_eq(m.sentences[0].text, "In 2026-06, NPS was -50.0 on 8 comments: down 100.0 points on 2026-05 "
                                          "(too few comments to tell) and down 150.0 points on 2025-06 (too few "
                                          "comments to tell).");
    cr_assert_str_eq(m.sentences[1].text, "Too few comments in 2026-05 or 2026-06 (under 30) to tell which themes "
                                          "moved.");
    rv_free(&m);
    vc_agg_free(a);
}

Test(review, formatting)
{
    char x[32];
    rv_pct(x, sizeof x, NAN, "-");
    cr_assert_str_eq(x, "-"); /* never a bare "%" */
    rv_pct(x, sizeof x, 12.34, "-");
    cr_assert_str_eq(x, "12.3%");
    rv_delta(x, sizeof x, -2.04, 1, 0, "-");
    cr_assert_str_eq(x, "-2.0");
    rv_delta(x, sizeof x, -0.04, 1, 1, "-");
    cr_assert_str_eq(x, "0.0"); /* no sign on a rounded zero */
    rv_delta(x, sizeof x, 3.0, 1, 1, "-");
    cr_assert_str_eq(x, "+3.0");
    rv_delta(x, sizeof x, -3.0, 1, 1, "-");
    cr_assert_str_eq(x, "\xe2\x88\x92" "3.0");
    rv_count(x, sizeof x, 1234567);
    cr_assert_str_eq(x, "1,234,567");
    rv_count(x, sizeof x, 999);
    cr_assert_str_eq(x, "999");
    size_t n;
    const char *v = rv_quote_segment("EU\x1f" "2026-06\x1f" "a, b", 2, &n);
    cr_assert_eq(n, 7);
    cr_assert_eq(strncmp(v, "2026-06", n), 0);
    v = rv_quote_segment("EU\x1f" "2026-06\x1f" "a, b", 3, &n);
    cr_assert_eq(n, 4);
    cr_assert_null(rv_quote_segment("EU", 2, &n));
}

Test(review, writers_agree_and_escape)
{
    vc_agg *a = months();
    vc_report_spec s = spec_of(a, 4, NULL);
    const char *inputs[] = {"<in>.csv"};
    s.inputs = inputs;
    s.ninputs = 1;
    vc_report_quote q = {.theme = 2, .group = 0, .text = "a <long> queue again", .score = 2,
                         .segments = "2026-06", .mark = 9, .mark_len = 5, .compound = -0.5};
    s.quotes = &q;
    s.nquotes = 1;
    vc_buf h = VC_BUF_INIT, md = VC_BUF_INIT;
    cr_assert_eq(vc_report_html(&s, &h), VC_OK);
    cr_assert_eq(vc_report_markdown(&s, &md), VC_OK);
    /* the same sentence in both */
    cr_assert_not_null(strstr(h.data, "The biggest drag on NPS is Wait time: mentioned in 30.0% of comments"));
    cr_assert_not_null(strstr(md.data, "The biggest drag on NPS is Wait time: mentioned in 30.0% of comments"));
    /* the headline is the focus period's; the file name escaped */
    cr_assert_not_null(strstr(h.data, "id=\"headline\">-50.0<"));
    cr_assert_not_null(strstr(h.data, "&lt;in&gt;.csv"));
    /* the quote: escaped, its matched phrase marked negative, its context */
    cr_assert_not_null(strstr(h.data, "a &lt;long&gt; <mark class=\"neg\">queue</mark> again<footer>Detractor "
                                      "&middot; score 2 &middot; 2026-06</footer>"),
                       "%s", h.data);
    cr_assert_not_null(strstr(md.data, "> a \\<long\\> **queue** again  \n> — Detractor, score 2, 2026-06"), "%s",
                       md.data);
    /* a point per leaf theme with comments on the priority chart */
    size_t points = 0;
    for (const char *p = h.data; (p = strstr(p, "class=\"point\"")); p++)
        points++;
    cr_assert_eq(points, 2);
    cr_assert_null(strstr(h.data, "\">%<"));
    vc_buf_free(&h);
    vc_buf_free(&md);
    vc_agg_free(a);
}

Test(review, ces_is_not_tested_and_names_its_groups)
{
    vc_agg *a = months();
    vc_report_spec s = spec_of(a, 4, NULL);
    s.scale = VC_SCALE_CES;
    s.scale_name = "CES";
    s.group_names[0] = "high_effort";
    s.group_names[1] = "neutral";
    s.group_names[2] = "low_effort";
    rv_model m;
    cr_assert_eq(rv_build(&m, &s), VC_OK);
    /* a CES mean keeps no sums of squares: no test, no band, however big */
    double d;
    cr_assert_eq(rv_headline_change(&m, rv_period_cell(&m, m.dated[m.prev], VC_AGG_BASE),
                                    rv_period_cell(&m, m.dated[m.focus], VC_AGG_BASE), &d),
                 RV_NOT_TESTED);
    cr_assert(isnan(vc_headline_se(VC_SCALE_CES, m.base)));
    cr_assert_not_null(strstr(m.sentences[0].text, "(not tested)"), "%s", m.sentences[0].text);
    cr_assert_str_eq(m.group_names[0], "high effort");
    char label[32];
    rv_group_label(&m, 0, label, sizeof label);
    cr_assert_str_eq(label, "High effort");
    rv_free(&m);
    vc_agg_free(a);
}
