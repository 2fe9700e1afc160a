/* test_run_out.c - the run's outputs written from a result view: the
 * --stats JSON (every counter, in VC_SCAN_COUNTERS order, then the run's
 * settings and files), the segment-limit warnings as text, and the quotes
 * file: with no quotes kept, and with each quote's score and segments. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "vocal/run_out.h"
#include "vocal/wire.h"

/* Two dimensions ("all", "region") and one theme; `regions` distinct
 * regions, one comment each, with room for `max_segments`. */
static vc_agg *regions_agg(size_t regions, size_t max_segments)
{
    vc_agg *a = vc_agg_new(2, 1, max_segments);
    cr_assert_not_null(a);
    for (size_t i = 0; i < regions; i++) {
        char name[24];
        snprintf(name, sizeof name, "r%zu", i);
        const char *seg[2] = {"all", name};
        size_t len[2] = {3, strlen(name)};
        vc_theme_obs t = {0, 0, 0.0, 0};
        vc_obs o = {VC_GROUP_HIGH, 10, seg, len, &t, 1, 0, 0.0};
        cr_assert_eq(vc_agg_add(a, &o), VC_OK);
    }
    vc_agg_sort(a);
    return a;
}

static const char *const DIMS[] = {"all", "region"};
static const char *const THEMES[] = {"staff"};
static const uint32_t PARENTS[] = {VC_NO_THEME};

Test(run_out, stats_json_counters_in_order)
{
    vc_agg *a = regions_agg(2, 10);
    vc_partial_meta m = {VC_SCALE_NPS, 0, 2, DIMS, -1, 1, THEMES, PARENTS, "t.lex", 3, 0xabcull, NULL};
    vc_file_stats f = {0};
    f.name = "in.csv";
    f.format = "csv, delimiter ','";
    f.rows_read = 7;
    vc_scan_stats s = {0};
    s.rows_read = 1, s.rows_analyzed = 2, s.rows_rejected = 3, s.invalid_scores = 4, s.unscored = 5;
    s.utf8_repaired = 6, s.match_limit_hits = 7, s.invalid_dates = 8, s.ambiguous_dates = 9, s.bytes_in = 10;
    s.bytes_out = 11;
    s.comments_no_sentiment_language = 12;
    vc_language_count langs[] = {{"en", 30}, {"de", 12}};
    s.languages = langs;
    s.nlanguages = 2;
    s.seconds = 0.5;
    s.threads = 2;
    s.text_col = "comment";
    s.score_col = "nps";
    s.nfiles = 1;
    s.files = &f;
    vc_result_view r = {&m, a, NULL, &s};
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_result_stats_json(&b, &r), VC_OK);
    const char *want =
        "{\n  \"rows_read\": 1,\n  \"rows_analyzed\": 2,\n  \"rows_rejected\": 3,\n  \"invalid_scores\": 4,\n"
        "  \"unscored\": 5,\n  \"utf8_repaired\": 6,\n  \"match_limit_hits\": 7,\n  \"invalid_dates\": 8,\n"
        "  \"ambiguous_dates\": 9,\n  \"bytes_in\": 10,\n  \"bytes_decompressed\": 11,\n  \"scores_1_to_5\": 0,\n"
        "  \"scores_outside_1_to_5\": 0,\n  \"comments_no_sentiment_language\": 12,\n"
        "  \"languages\": {\"en\": 30, \"de\": 12},\n  \"seconds\": 0.500,\n"
        "  \"threads\": 2,\n  \"scale\": \"nps\",\n"
        "  \"columns\": {\"text\": \"comment\", \"score\": \"nps\", \"id\": null, \"by\": [\"region\"], "
        "\"score_group\": null},\n"
        "  \"lexicon\": {\"themes\": 1, \"entries\": 3, \"fingerprint\": \"0000000000000abc\"},\n"
        "  \"invalid_score_examples\": [],\n  \"unscored_reason\": null,\n"
        "  \"files\": [\n    {\"name\": \"in.csv\", \"format\": \"csv, delimiter ','\", \"compression\": \"plain\", "
        "\"status\": \"ok\", \"rows_read\": 7, \"rows_analyzed\": 0, \"rows_rejected\": 0, \"bytes_in\": 0, "
        "\"gzip_members\": 0, \"message\": null}\n  ]\n}\n";
    cr_assert_str_eq(b.data, want);
    vc_buf_free(&b);
    vc_agg_free(a);
}

/* Over 5% of the comments in languages without sentiment: one line naming
 * them with their counts (en and und are scored, so never named); at 5%
 * or below, nothing. */
Test(run_out, language_warning_over_five_percent)
{
    vc_partial_meta m = {VC_SCALE_NPS, 1, 1, DIMS, -1, 1, THEMES, PARENTS, "t.lex", 3, 0, NULL};
    vc_language_count langs[] = {{"en", 90}, {"de", 6}, {"und", 3}, {"ja", 1}};
    vc_scan_stats s = {0};
    s.rows_analyzed = 100;
    s.comments_no_sentiment_language = 7;
    s.languages = langs;
    s.nlanguages = 4;
    vc_result_view r = {&m, NULL, NULL, &s};
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_result_language_warnings(&b, &r), VC_OK);
    cr_assert_str_eq(b.data, "7 of 100 comments (7.0%) are in languages no sentiment lexicon covers (de 6, ja 1): "
                             "they have no sentiment and are left out of the sentiment columns\n");
    /* a language a lexicon scored is not named */
    vc_buf_reset(&b);
    s.sentiment_languages = "de es ";
    s.comments_no_sentiment_language = 6;
    langs[3].comments = 6;
    cr_assert_eq(vc_result_language_warnings(&b, &r), VC_OK);
    cr_assert_str_eq(b.data, "6 of 100 comments (6.0%) are in languages no sentiment lexicon covers (ja 6): "
                             "they have no sentiment and are left out of the sentiment columns\n");
    vc_buf_reset(&b);
    s.comments_no_sentiment_language = 5;
    cr_assert_eq(vc_result_language_warnings(&b, &r), VC_OK);
    cr_assert_eq(b.len, 0);
    vc_buf_free(&b);
}

Test(run_out, overflow_warnings_as_text)
{
    vc_partial_meta m = {VC_SCALE_NPS, 0, 2, DIMS, -1, 1, THEMES, PARENTS, "t.lex", 3, 0, NULL};
    vc_scan_stats s = {0};
    vc_agg *a = regions_agg(2, 10);
    vc_result_view r = {&m, a, NULL, &s};
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_result_overflow_warnings(&b, &r), VC_OK);
    cr_assert_eq(b.len, 0, "no dimension over its limit: no text");
    vc_agg_free(a);

    a = regions_agg(5, 2);
    r.agg = a;
    cr_assert_eq(vc_result_overflow_warnings(&b, &r), VC_OK);
    char want[256];
    snprintf(want, sizeof want,
             "'region' has more distinct values than --max-segments (2): %llu comments of the others are counted "
             "under \"(other)\"\n",
             (unsigned long long)vc_agg_overflow(a, 1));
    cr_assert_gt(vc_agg_overflow(a, 1), 0);
    cr_assert_str_eq(b.data, want);
    vc_buf_free(&b);
    vc_agg_free(a);
}

Test(run_out, quotes_without_quotes_is_a_header)
{
    vc_partial_meta m = {VC_SCALE_NPS, 0, 2, DIMS, -1, 1, THEMES, PARENTS, "t.lex", 3, 0, NULL};
    vc_scan_stats s = {0};
    vc_agg *a = regions_agg(1, 10);
    vc_result_view r = {&m, a, NULL, &s};
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_result_quotes(&b, &r, VC_TABLE_CSV), VC_OK);
    cr_assert_str_eq(b.data, "theme,group,rank,quote,compound,file,line,score,region\n");
    vc_buf_reset(&b);
    cr_assert_eq(vc_result_quotes(&b, &r, VC_TABLE_JSON), VC_OK);
    cr_assert_str_eq(b.data, "{\"rows\":[\n]}\n");
    vc_buf_free(&b);
    vc_agg_free(a);
}

/* One quote list (theme 0, detractors) of two quotes, in the wire layout. */
static vc_quotes *two_quotes(const char *seg1, const char *seg2)
{
    vc_buf b = VC_BUF_INIT;
    vc_wire_put_u64(&b, 1);
    vc_wire_put_u64(&b, 3);
    vc_wire_put_u64(&b, 2);
    const char *texts[] = {"Rude staff.", "Staff ok."};
    const char *segs[] = {seg1, seg2};
    const int64_t scores[] = {3, VC_QUOTE_NO_SCORE};
    for (int i = 0; i < 2; i++) {
        vc_wire_put_cstr(&b, texts[i]);
        vc_wire_put_f64(&b, -0.5);
        vc_wire_put_f64(&b, 1.0 - i * 0.5);
        vc_wire_put_u64(&b, (uint64_t)i);
        vc_wire_put_u64(&b, 0);
        vc_wire_put_u64(&b, (uint64_t)i + 2);
        vc_wire_put_i64(&b, scores[i]);
        vc_wire_put_cstr(&b, segs[i]);
        vc_wire_put_u64(&b, 0);
        vc_wire_put_u64(&b, 5);
    }
    vc_wire_put_u64(&b, 0);
    vc_wire_put_u64(&b, 0);
    vc_quotes *q = vc_quotes_new_themes(1, 3);
    vc_wire_reader r;
    vc_wire_reader_init(&r, b.data, b.len);
    cr_assert_eq(vc_quotes_decode_merge(q, &r, NULL, NULL, 1), VC_OK);
    vc_buf_free(&b);
    return q;
}

Test(run_out, quotes_carry_score_and_a_column_per_dimension)
{
    /* a --by named like a fixed column, and a dimension named twice */
    static const char *const dims[] = {"all", "region", "score", "region", "period"};
    vc_partial_meta m = {VC_SCALE_NPS, 1, 5, dims, 4, 1, THEMES, PARENTS, "t.lex", 3, 0, NULL};
    vc_file_stats f = {0};
    f.name = "in.csv";
    vc_scan_stats s = {0};
    s.files = &f;
    s.nfiles = 1;
    vc_quotes *q = two_quotes("EU, US\x1f" "9\x1f" "(blank)\x1f" "2026-10", NULL);
    vc_result_view r = {&m, NULL, q, &s};
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_result_quotes(&b, &r, VC_TABLE_CSV), VC_OK);
    cr_assert_str_eq(b.data, "theme,group,rank,quote,compound,file,line,score,region,score_2,region_2,period\n"
                             "staff,detractor,1,Rude staff.,-0.5000,in.csv,2,3,\"EU, US\",9,(blank),2026-10\n"
                             "staff,detractor,2,Staff ok.,-0.5000,in.csv,3,,,,,\n");
    vc_buf_reset(&b);
    cr_assert_eq(vc_result_quotes(&b, &r, VC_TABLE_JSON), VC_OK);
    cr_assert(strstr(b.data, "\"score\":3,\"region\":\"EU, US\",\"score_2\":\"9\",\"region_2\":\"(blank)\","
                             "\"period\":\"2026-10\""),
              "%s", b.data);
    cr_assert(strstr(b.data, "\"score\":null"), "no score is null in JSON: %s", b.data);
    vc_buf_free(&b);
    vc_quotes_free(q);
}
