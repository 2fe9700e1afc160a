/* test_report.c - the theme table as CSV and JSON: columns, order, zero
 * rows, number formats, escaping. */
#include <criterion/criterion.h>
#include <string.h>

#include "vocal/report.h"

static vc_agg *sample(void)
{
    vc_agg *a = vc_agg_new(2, 2, 100);
    const char *segs[][2] = {{"all", "=cmd"}, {"all", "b,c"}};
    for (int i = 0; i < 3; i++) {
        size_t len[2] = {3, strlen(segs[i % 2][1])};
        vc_theme_obs t = {0, 1, i == 0 ? 0.5 : -0.25, 0};
        vc_obs o = {i == 2 ? VC_GROUP_LOW : VC_GROUP_HIGH, i == 2 ? 3 : 9, segs[i % 2], len, &t, 1, 1, 0.1};
        vc_agg_add(a, &o);
    }
    vc_agg_sort(a);
    return a;
}

Test(report, csv_rows_columns_and_escaping)
{
    vc_agg *a = sample();
    const char *dims[] = {"all", "region"}, *themes[] = {"billing", "x/y"};
    vc_table_spec spec = {a, VC_SCALE_NPS, dims, themes, 1};
    vc_buf out = VC_BUF_INIT;
    cr_assert_eq(vc_table_write(&spec, VC_TABLE_CSV, &out), VC_OK);
    /* impact: empty for "*" and when every scored comment mentions the
     * theme; 0.0 for a theme nobody mentions; shares empty without any
     * detractor (promoter) in the segment */
    const char *want =
        "dimension,segment,theme,comments,detractors,passives,promoters,nps,pos,neu,neg,avg_compound,net_sentiment,"
        "nps_impact,detractor_share,promoter_share\n"
        "all,all,*,3,1,0,2,33.3,3,0,0,0.1000,100.0,,,\n"
        "all,all,billing,3,1,0,2,33.3,1,0,2,0.0000,-33.3,,1.0000,1.0000\n"
        "all,all,x/y,0,0,0,0,,0,0,0,,,0.0,0.0000,0.0000\n"
        "region,\"'=cmd\",*,2,1,0,1,0.0,2,0,0,0.1000,100.0,,,\n"
        "region,\"'=cmd\",billing,2,1,0,1,0.0,1,0,1,0.1250,0.0,,1.0000,1.0000\n"
        "region,\"'=cmd\",x/y,0,0,0,0,,0,0,0,,,0.0,0.0000,0.0000\n"
        "region,\"b,c\",*,1,0,0,1,100.0,1,0,0,0.1000,100.0,,,\n"
        "region,\"b,c\",billing,1,0,0,1,100.0,0,0,1,-0.2500,-100.0,,,1.0000\n"
        "region,\"b,c\",x/y,0,0,0,0,,0,0,0,,,0.0,,0.0000\n";
    cr_assert_str_eq(out.data, want);
    vc_buf_free(&out);
    vc_agg_free(a);
}

Test(report, json_and_other_scales)
{
    vc_agg *a = sample();
    const char *dims[] = {"all", "region"}, *themes[] = {"billing", "x/y"};
    vc_table_spec spec = {a, VC_SCALE_CES, dims, themes, 0};
    vc_buf out = VC_BUF_INIT;
    cr_assert_eq(vc_table_write(&spec, VC_TABLE_JSON, &out), VC_OK);
    cr_assert_not_null(strstr(out.data, "{\"dimension\":\"all\",\"segment\":\"all\",\"theme\":\"*\",\"comments\":3,"
                                        "\"high_effort\":1,\"neutral\":0,\"low_effort\":2,\"ces\":7.00,"
                                        "\"ces_impact\":null,\"high_effort_share\":null,\"low_effort_share\":null}"),
                       "%s", out.data);
    cr_assert_not_null(strstr(out.data, "\"ces\":null,\"ces_impact\":0.00,\"high_effort_share\":0.0000,"
                                        "\"low_effort_share\":0.0000}"),
                       "%s", out.data);
    cr_assert_null(strstr(out.data, "avg_compound"));
    cr_assert_eq(strncmp(out.data, "{\"rows\":[", 9), 0);
    vc_buf_free(&out);
    vc_agg_free(a);
}

Test(report, number_format)
{
    char b[32];
    vc_format_number(b, sizeof b, -0.04, 1);
    cr_assert_str_eq(b, "0.0"); /* never "-0.0" */
    vc_format_number(b, sizeof b, 12.25, 1);
    cr_assert_str_eq(b, "12.2"); /* binary 12.25 is exact: round half to even, as printf */
    vc_format_number(b, sizeof b, 0.0 / 0.0, 1);
    cr_assert_str_eq(b, "");
}

Test(json, cstr_or_null)
{
    vc_buf b = VC_BUF_INIT;
    vc_json_cstr(&b, "a\"b");
    vc_buf_append_char(&b, ',');
    vc_json_cstr(&b, NULL);
    cr_assert_eq(vc_buf_status(&b), VC_OK);
    cr_assert_str_eq(b.data, "\"a\\\"b\",null");
    vc_buf_free(&b);
}
