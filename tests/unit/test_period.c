/* test_period.c - dates from survey exports into period labels: every
 * accepted form, ambiguity, invalid dates, ISO weeks at year boundaries. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <string.h>

#include "vocal/period.h"

typedef struct date_case {
    char text[40];
    int order;
    int unit;
    char want[16]; /* label, "INVALID" or "AMBIGUOUS" */
} date_case;

ParameterizedTestParameters(period, labels)
{
    static date_case cases[] = {
        {"2026-07-18", 0, VC_PERIOD_MONTH, "2026-07"},
        {"2026-07-18", 0, VC_PERIOD_DAY, "2026-07-18"},
        {"2026-07-18", 0, VC_PERIOD_QUARTER, "2026-Q3"},
        {"2026-7-8", 0, VC_PERIOD_DAY, "2026-07-08"},
        {"2026/07/18", 0, VC_PERIOD_DAY, "2026-07-18"},
        {"2026.07.18", 0, VC_PERIOD_DAY, "2026-07-18"},
        {"20260718", 0, VC_PERIOD_DAY, "2026-07-18"},
        {"2026-07-18T10:22:33Z", 0, VC_PERIOD_DAY, "2026-07-18"},
        {"2026-07-18 10:22:33", 0, VC_PERIOD_DAY, "2026-07-18"},
        {"  2026-01-01", 0, VC_PERIOD_QUARTER, "2026-Q1"},
        {"18/07/2026", 0, VC_PERIOD_DAY, "2026-07-18"},
        {"07/18/2026 10:22 AM", 0, VC_PERIOD_DAY, "2026-07-18"},
        {"18.07.2026", 0, VC_PERIOD_DAY, "2026-07-18"},
        {"05/06/2026", 0, VC_PERIOD_DAY, "AMBIGUOUS"},
        {"05/06/2026", VC_DATE_DMY, VC_PERIOD_DAY, "2026-06-05"},
        {"05/06/2026", VC_DATE_MDY, VC_PERIOD_DAY, "2026-05-06"},
        {"06/06/2026", 0, VC_PERIOD_DAY, "2026-06-06"},
        {"18 Jul 2026", 0, VC_PERIOD_DAY, "2026-07-18"},
        {"18-JUL-2026", 0, VC_PERIOD_DAY, "2026-07-18"},
        {"Jul 18, 2026", 0, VC_PERIOD_DAY, "2026-07-18"},
        {"July 18 2026", 0, VC_PERIOD_DAY, "2026-07-18"},
        {"2024-02-29", 0, VC_PERIOD_DAY, "2024-02-29"},
        {"2026-02-29", 0, VC_PERIOD_DAY, "INVALID"},
        {"2026-13-01", 0, VC_PERIOD_DAY, "INVALID"},
        {"2026-04-31", 0, VC_PERIOD_DAY, "INVALID"},
        {"18/07/26", 0, VC_PERIOD_DAY, "INVALID"},
        {"13/14/2026", 0, VC_PERIOD_DAY, "INVALID"},
        {"yesterday", 0, VC_PERIOD_DAY, "INVALID"},
        {"", 0, VC_PERIOD_DAY, "INVALID"},
        {"2026-07", 0, VC_PERIOD_DAY, "INVALID"},
        {"2026-07-18x", 0, VC_PERIOD_DAY, "INVALID"},
        {"Smarch 3 2026", 0, VC_PERIOD_DAY, "INVALID"},
        /* ISO weeks belong to the year of their Thursday */
        {"2026-07-18", 0, VC_PERIOD_WEEK, "2026-W29"},
        {"2026-01-01", 0, VC_PERIOD_WEEK, "2026-W01"},
        {"2027-01-01", 0, VC_PERIOD_WEEK, "2026-W53"},
        {"2024-12-30", 0, VC_PERIOD_WEEK, "2025-W01"},
        {"2021-01-03", 0, VC_PERIOD_WEEK, "2020-W53"},
        {"2018-12-31", 0, VC_PERIOD_WEEK, "2019-W01"},
    };
    return cr_make_param_array(date_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(date_case *c, period, labels)
{
    char out[VC_PERIOD_LABEL_MAX];
    int rc = vc_period_label(c->text, strlen(c->text), (vc_period_unit)c->unit, (vc_date_order)c->order, out);
    const char *got = rc == VC_DATE_OK ? out : rc == VC_DATE_AMBIGUOUS ? "AMBIGUOUS" : "INVALID";
    cr_assert_str_eq(got, c->want, "'%s'", c->text);
}

Test(period, unit_names)
{
    vc_period_unit u;
    cr_assert_eq(vc_period_unit_parse("quarter", &u), 0);
    cr_assert_eq(u, VC_PERIOD_QUARTER);
    cr_assert_str_eq(vc_period_unit_name(VC_PERIOD_WEEK), "week");
    cr_assert_eq(vc_period_unit_parse("year", &u), -1);
}

/* The order a date shows by itself, what a column's evidence settles, and
 * a settled column reading a contradicting date as invalid. */
Test(period, order_evidence)
{
    cr_assert_eq(vc_date_order_evidence("13/01/2026 09:10", 16), VC_DATE_DMY);
    cr_assert_eq(vc_date_order_evidence("01/13/2026", 10), VC_DATE_MDY);
    cr_assert_eq(vc_date_order_evidence("12/01/2026 14:03", 16), VC_DATE_AUTO);
    cr_assert_eq(vc_date_order_evidence("2026-01-13", 10), VC_DATE_AUTO);
    cr_assert_eq(vc_date_order_evidence("13 Jan 2026", 11), VC_DATE_AUTO);
    cr_assert_eq(vc_date_order_evidence("32/01/2026", 10), VC_DATE_AUTO, "invalid says nothing");
    cr_assert_eq(vc_date_order_settle(143, 0), VC_DATE_DMY);
    cr_assert_eq(vc_date_order_settle(0, 5), VC_DATE_MDY);
    cr_assert_eq(vc_date_order_settle(10, 2), VC_DATE_DMY);
    cr_assert_eq(vc_date_order_settle(3, 3), VC_DATE_AUTO);
    cr_assert_eq(vc_date_order_settle(0, 0), VC_DATE_AUTO);
    char out[VC_PERIOD_LABEL_MAX];
    cr_assert_eq(vc_period_label_settled("12/01/2026 14:03", 16, VC_PERIOD_DAY, VC_DATE_DMY, out), VC_DATE_OK);
    cr_assert_str_eq(out, "2026-01-12");
    cr_assert_eq(vc_period_label_settled("01/13/2026", 10, VC_PERIOD_DAY, VC_DATE_DMY, out), VC_DATE_INVALID);
    cr_assert_eq(vc_period_label_settled("2026-01-13", 10, VC_PERIOD_DAY, VC_DATE_DMY, out), VC_DATE_OK);
    cr_assert_eq(vc_period_label_settled("05/06/2026", 10, VC_PERIOD_DAY, VC_DATE_MDY, out), VC_DATE_OK);
    cr_assert_str_eq(out, "2026-05-06");
    /* a given order still reads what the values make clear */
    cr_assert_eq(vc_period_label("01/13/2026", 10, VC_PERIOD_DAY, VC_DATE_DMY, out), VC_DATE_OK);
}
