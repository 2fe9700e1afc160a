/* test_rows.c - the rejects and comments files: their headers, and rows
 * with quoting, formula neutralization, the record cut at its limit, and
 * the three ways a comment is identified. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/lexicon.h"
#include "vocal/rows.h"

Test(rows, headers_name_the_columns)
{
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_rejects_header(&b), VC_OK);
    cr_assert_eq(vc_comments_header(&b, VC_SCALE_CSAT), VC_OK);
    cr_assert_str_eq(b.data, "file,line,byte_offset,reason,record\nid,themes,compound,sentiment,csat_group\n");
    vc_buf_free(&b);
}

Test(rows, reject_row_quotes_and_neutralizes)
{
    vc_buf b = VC_BUF_INIT;
    const char rec[] = "=1+1,\"x\"";
    cr_assert_eq(vc_reject_row(&b, "in, 1.csv", 12, 345, "missing key 'text'", rec, strlen(rec)), VC_OK);
    cr_assert_str_eq(b.data, "\"in, 1.csv\",12,345,missing key 'text',\"'=1+1,\"\"x\"\"\"\n");
    vc_buf_free(&b);
}

Test(rows, reject_row_cuts_the_record)
{
    size_t n = VC_REJECT_RECORD_MAX + 100;
    char *rec = malloc(n);
    cr_assert_not_null(rec);
    memset(rec, 'a', n);
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_reject_row(&b, "f", 1, 0, "too long", rec, n), VC_OK);
    size_t head = strlen("f,1,0,too long,");
    cr_assert_eq(b.len, head + VC_REJECT_RECORD_MAX + 1);
    cr_assert_eq(b.data[b.len - 1], '\n');
    free(rec);
    vc_buf_free(&b);
}

Test(rows, comment_row_ids_themes_and_sentiment)
{
    vc_error err;
    vc_error_clear(&err);
    vc_lexicon *lex = NULL;
    cr_assert_eq(vc_lexicon_load_default(&lex, &err), VC_OK, "%s", err.msg);
    cr_assert_geq(vc_lexicon_theme_count(lex), 2);
    vc_theme_result th[2] = {{0, 0.5}, {1, -0.5}};
    vc_analysis a = {0};
    a.themes = th;
    a.nthemes = 2;
    a.has_sentiment = 1;
    a.sentiment.compound = -0.61234;
    char themes[512];
    snprintf(themes, sizeof themes, "%s;%s", vc_lexicon_theme_name(lex, 0), vc_lexicon_theme_name(lex, 1));

    vc_buf b = VC_BUF_INIT, scratch = VC_BUF_INIT, want = VC_BUF_INIT;
    cr_assert_eq(vc_comment_row(&b, &scratch, "T-1", 3, "a.csv", 7, lex, &a, VC_SCALE_NPS, VC_GROUP_LOW), VC_OK);
    cr_assert_eq(vc_comment_row(&b, &scratch, NULL, 0, "a,b.csv", 7, lex, &a, VC_SCALE_NPS, VC_GROUP_HIGH), VC_OK);
    a.nthemes = 0;
    a.has_sentiment = 0;
    cr_assert_eq(vc_comment_row(&b, &scratch, NULL, 0, NULL, 8, lex, &a, VC_SCALE_CSAT, VC_GROUP_UNSCORED), VC_OK);
    vc_buf_csv_field(&want, themes, strlen(themes), 1);
    char *t = strdup(want.data);
    vc_buf_reset(&want);
    vc_buf_printf(&want, "T-1,%s,-0.6123,negative,%s\n", t, vc_scale_group_label(VC_SCALE_NPS, VC_GROUP_LOW));
    vc_buf_printf(&want, "\"a,b.csv:7\",%s,-0.6123,negative,%s\n", t,
                  vc_scale_group_label(VC_SCALE_NPS, VC_GROUP_HIGH));
    vc_buf_printf(&want, "8,,,,%s\n", vc_scale_group_label(VC_SCALE_CSAT, VC_GROUP_UNSCORED));
    cr_assert_str_eq(b.data, want.data);
    free(t);
    vc_buf_free(&b);
    vc_buf_free(&scratch);
    vc_buf_free(&want);
    vc_lexicon_free(lex);
}

Test(rows, reject_rows_convert_back_from_csv)
{
    /* a partial keeps CSV rows; merge writes them in the format asked for */
    vc_buf csv = VC_BUF_INIT, out = VC_BUF_INIT;
    const char rec[] = "=1+1,\"x\"\nnext";
    vc_reject_row(&csv, "in, 1.csv", 12, 345, "bad", rec, strlen(rec));
    vc_reject_row(&csv, "b.csv", 2, 7, "short", "2,3", 3);
    cr_assert_eq(vc_reject_rows_convert(&out, VC_TABLE_NDJSON, csv.data, csv.len, 1), VC_OK);
    vc_buf_append_char(&out, 0);
    cr_assert_str_eq(out.data,
                     "{\"file\":\"in, 1.csv\",\"line\":12,\"byte_offset\":345,\"reason\":\"bad\","
                     "\"record\":\"=1+1,\\\"x\\\"\\nnext\"}\n"
                     "{\"file\":\"b.csv\",\"line\":2,\"byte_offset\":7,\"reason\":\"short\",\"record\":\"2,3\"}\n");
    vc_buf_reset(&out);
    vc_buf direct = VC_BUF_INIT;
    vc_rejects_head(&direct, VC_TABLE_JSON);
    vc_reject_row_format(&direct, VC_TABLE_JSON, "in, 1.csv", 12, 345, "bad", rec, strlen(rec));
    vc_reject_row_format(&direct, VC_TABLE_JSON, "b.csv", 2, 7, "short", "2,3", 3);
    vc_rows_tail(&direct, VC_TABLE_JSON);
    vc_rejects_head(&out, VC_TABLE_JSON);
    cr_assert_eq(vc_reject_rows_convert(&out, VC_TABLE_JSON, csv.data, csv.len, 1), VC_OK);
    vc_rows_tail(&out, VC_TABLE_JSON);
    /* the pieces of a scan (first row's comma dropped) equal the converted rows */
    cr_assert_eq(direct.data[strlen("{\"rows\":[")], ',');
    memmove(direct.data + 9, direct.data + 10, direct.len - 10);
    direct.len--;
    cr_assert_eq(out.len, direct.len);
    cr_assert_eq(memcmp(out.data, direct.data, out.len), 0);
    cr_assert_eq(vc_reject_rows_convert(&out, VC_TABLE_JSON, "\"open", 5, 0), VC_ERR_DATA);
    vc_buf_free(&csv);
    vc_buf_free(&out);
    vc_buf_free(&direct);
}
