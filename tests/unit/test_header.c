/*
 * test_header.c - header rows (io/header.c): the layouts recognised from the
 * first records, the names and labels they give, and, through a whole scan,
 * which columns detection by meaning chooses and what it refuses.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vocal/header.h"
#include "vocal/lexicon.h"
#include "vocal/pipeline.h"

static const vc_dialect CSV = {VC_FORMAT_CSV, ',', '"', 0};

static size_t rows_of(const char *text, vc_field *rows, size_t cap)
{
    size_t n = 0;
    while (*text && n < cap) {
        const char *nl = strchr(text, '\n');
        size_t len = nl ? (size_t)(nl - text) : strlen(text);
        rows[n++] = (vc_field){text, len, 0, 0};
        text += len + (nl != NULL);
    }
    return n;
}

static char *names_of(const vc_parser *p)
{
    static char out[1024];
    out[0] = 0;
    for (size_t i = 0; i < vc_parser_column_count(p); i++) {
        strcat(out, i ? "|" : "");
        strcat(out, vc_parser_column_name(p, i));
    }
    return out;
}

static const char QUALTRICS[] =
    "StartDate,EndDate,Status,ResponseId,Q1,Q2,region\n"
    "Start Date,End Date,Response Type,Response ID,\"How likely are you to recommend us to a friend or "
    "colleague?\",What is the main reason for your score?,Region\n"
    "\"{\"\"ImportId\"\":\"\"startDate\"\",\"\"timeZone\"\":\"\"America/Denver\"\"}\",\"{\"\"ImportId\"\":"
    "\"\"endDate\"\",\"\"timeZone\"\":\"\"America/Denver\"\"}\",\"{\"\"ImportId\"\":\"\"status\"\"}\","
    "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":"
    "\"\"QID2_TEXT\"\"}\",\"{\"\"ImportId\"\":\"\"QID3\"\"}\"\n"
    "2026-11-02 09:14:03,2026-11-02 09:16:40,0,R_1a,9,Fast delivery,EMEA\n";

Test(header, qualtrics_three_rows_with_labels)
{
    vc_field rows[4];
    size_t n = rows_of(QUALTRICS, rows, 4), nh = 0;
    cr_assert_eq(vc_header_detect(&CSV, rows, n, &nh), VC_HEADER_QUALTRICS);
    cr_assert_eq(nh, 3);
    vc_parser *p = NULL;
    vc_error e;
    cr_assert_eq(vc_parser_new_rows(&CSV, VC_HEADER_QUALTRICS, rows, nh, &p, &e), VC_OK, "%s", e.msg);
    cr_assert_str_eq(names_of(p), "StartDate|EndDate|Status|ResponseId|Q1|Q2|region");
    cr_assert_str_eq(vc_parser_column_label(p, 4), "How likely are you to recommend us to a friend or colleague?");
    cr_assert_str_eq(vc_parser_column_label(p, 6), "Region");
    vc_parser_free(p);
    /* one header row: no label */
    cr_assert_eq(vc_parser_new(&CSV, "a,b", 3, &p, &e), VC_OK);
    cr_assert_null(vc_parser_column_label(p, 0));
    vc_parser_free(p);
}

/* Without the ImportId row, or with objects lacking the key, it is one row. */
Test(header, not_qualtrics)
{
    vc_field rows[3];
    size_t nh = 0;
    size_t n = rows_of("a,b\nA,B\n{\"x\":1},{}\n", rows, 3);
    cr_assert_eq(vc_header_detect(&CSV, rows, n, &nh), VC_HEADER_PLAIN);
    cr_assert_eq(nh, 1);
    n = rows_of("id,comment,nps\n1,\"{\"\"ImportId\"\":1}\",9\n2,ok,7\n", rows, 3);
    cr_assert_eq(vc_header_detect(&CSV, rows, n, &nh), VC_HEADER_PLAIN);
    /* JSONL is never a layout */
    vc_dialect j = {VC_FORMAT_JSONL, ',', '"', 0};
    n = rows_of("{\"a\":1}\n{\"a\":2}\n", rows, 3);
    cr_assert_eq(vc_header_detect(&j, rows, n, &nh), VC_HEADER_PLAIN);
}

static const char SURVEYMONKEY[] =
    "Respondent ID,Collector ID,Start Date,How likely is it that you would recommend Acme to a friend or "
    "colleague?,Which region are you in?,,,Why did you give that score?\r\n"
    ",,,Response,EMEA,Americas,APAC,Open-Ended Response\r\n"
    "114006521,431234567,11/02/2026 09:14:03 AM,9,EMEA,,,Quick answers\r\n";

Test(header, surveymonkey_two_rows_joined)
{
    vc_field rows[3];
    size_t n = rows_of(SURVEYMONKEY, rows, 3), nh = 0;
    cr_assert_eq(vc_header_detect(&CSV, rows, n, &nh), VC_HEADER_SURVEYMONKEY);
    cr_assert_eq(nh, 2);
    vc_parser *p = NULL;
    vc_error e;
    cr_assert_eq(vc_parser_new_rows(&CSV, VC_HEADER_SURVEYMONKEY, rows, nh, &p, &e), VC_OK, "%s", e.msg);
    cr_assert_str_eq(names_of(p), "Respondent ID|Collector ID|Start Date|How likely is it that you would recommend "
                                  "Acme to a friend or colleague?|Which region are you in? - EMEA|Which region are "
                                  "you in? - Americas|Which region are you in? - APAC|Why did you give that score?");
    cr_assert_str_eq(vc_parser_notes(p), "");
    vc_parser_free(p);
    /* a plain header whose first data row happens to have a blank first
     * field and a value under a named column is not SurveyMonkey */
    n = rows_of("id,comment\n,hello\n", rows, 3);
    cr_assert_eq(vc_header_detect(&CSV, rows, n, &nh), VC_HEADER_PLAIN);
}

Test(header, no_header_and_joined_rows)
{
    vc_field rows[3];
    size_t n = rows_of("9,great\n3,slow\n", rows, 3);
    vc_parser *p = NULL;
    vc_error e;
    cr_assert_eq(vc_parser_new_rows(&CSV, VC_HEADER_NONE, rows, 1, &p, &e), VC_OK);
    cr_assert_str_eq(names_of(p), "column1|column2");
    vc_parser_free(p);
    /* --header-rows 3: blank cells take the name on their left, answer words add nothing */
    n = rows_of("q,,r\nResponse,x,\nA,,B\n", rows, 3);
    cr_assert_eq(n, 3);
    cr_assert_eq(vc_parser_new_rows(&CSV, VC_HEADER_ROWS, rows, 3, &p, &e), VC_OK);
    cr_assert_str_eq(names_of(p), "q - A|q - x|r - B");
    vc_parser_free(p);
    cr_assert_str_eq(vc_header_layout_name(VC_HEADER_SURVEYMONKEY), "surveymonkey");
}

/* ---- detection by meaning, through a scan ---------------------------------- */

typedef struct scan_result {
    vc_status st;
    char err[1100];
    char text[300], score[300];
    char notes[2048];
    unsigned long long read, analyzed;
} scan_result;

static void collect_note(void *ctx, const char *msg)
{
    scan_result *r = ctx;
    strncat(r->notes, msg, sizeof r->notes - strlen(r->notes) - 2);
    strcat(r->notes, "\n");
}

static scan_result run_scan(const char *data, const char *name, int header_rows)
{
    scan_result r;
    memset(&r, 0, sizeof r);
    char path[64];
    snprintf(path, sizeof path, "/tmp/vocal_header_XXXXXX");
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    cr_assert_eq(write(fd, data, strlen(data)), (ssize_t)strlen(data));
    close(fd);
    char named[96];
    snprintf(named, sizeof named, "%s.%s", path, name);
    cr_assert_eq(rename(path, named), 0);
    vc_lexicon *lex = NULL;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_default(&lex, &e), VC_OK);
    vc_scan_options o;
    vc_scan_options_init(&o);
    const char *inputs[] = {named};
    o.inputs = inputs;
    o.ninputs = 1;
    o.lex = lex;
    o.threads = 1;
    o.header_rows = header_rows;
    o.note = collect_note;
    o.note_ctx = &r;
    vc_scan *scan = NULL;
    r.st = vc_scan_run(&o, &scan, &e);
    if (r.st)
        snprintf(r.err, sizeof r.err, "%s", strstr(e.msg, ": ") ? strstr(e.msg, ": ") + 2 : e.msg);
    if (scan) {
        const vc_scan_stats *s = vc_scan_stats_get(scan);
        snprintf(r.text, sizeof r.text, "%s", s->text_col ? s->text_col : "");
        snprintf(r.score, sizeof r.score, "%s", s->score_col ? s->score_col : "");
        r.read = s->rows_read;
        r.analyzed = s->rows_analyzed;
    }
    vc_scan_free(scan);
    vc_lexicon_free(lex);
    unlink(named);
    return r;
}

Test(detect, normalized_names)
{
    scan_result r = run_scan("Respondent,Likelihood to Recommend,Customer Comment\n1,9,Great\n2,3,Slow\n", "csv", 0);
    cr_assert_eq(r.st, VC_OK, "%s", r.err);
    cr_assert_str_eq(r.text, "Customer Comment");
    cr_assert_str_eq(r.score, "Likelihood to Recommend");
    cr_assert(strstr(r.notes, "score column 'Likelihood to Recommend' (its name, as 'likelihood_to_recommend' "
                              "without case, spaces and punctuation)"),
              "%s", r.notes);
    cr_assert(strstr(r.notes, "text column 'Customer Comment' (its name says 'comment')"), "%s", r.notes);
}

/* The exact name outranks a phrase; a group column is never the score. */
Test(detect, ranking)
{
    scan_result r = run_scan("Why,comment,NPS_GROUP,nps\nbecause,fine,Promoter,9\n", "csv", 0);
    cr_assert_eq(r.st, VC_OK, "%s", r.err);
    cr_assert_str_eq(r.text, "comment");
    cr_assert_str_eq(r.score, "nps");
    /* found by their exact names: said too, as every detected column is */
    cr_assert(strstr(r.notes, "text column 'comment' (its name); score column 'nps' (its name)"), "%s", r.notes);
    r = run_scan("Q1_NPS_GROUP,Q1 NPS,Tell us more\nPromoter,9,fine\n", "csv", 0);
    cr_assert_str_eq(r.score, "Q1 NPS");
    cr_assert_str_eq(r.text, "Tell us more");
}

Test(detect, qualtrics_labels)
{
    scan_result r = run_scan(QUALTRICS, "csv", 0);
    cr_assert_eq(r.st, VC_OK, "%s", r.err);
    cr_assert_str_eq(r.text, "Q2");
    cr_assert_str_eq(r.score, "Q1");
    cr_assert_eq(r.read, 1);
    cr_assert(strstr(r.notes, "Qualtrics export: lines 2-3 are question text and import ids, not responses"), "%s",
              r.notes);
    cr_assert(strstr(r.notes, "text column 'Q2' (its question: 'What is the main reason for your score?')"), "%s",
              r.notes);
}

/* Text is never a column of objects or of mostly numbers; a score column
 * holds numbers or labels that start with one. */
Test(detect, sampling)
{
    scan_result r = run_scan("{\"review\":{\"text\":\"ok\"},\"feedback\":\"fine\",\"rating\":5}\n"
                             "{\"review\":{\"text\":\"bad\"},\"feedback\":\"slow\",\"rating\":1}\n",
                             "jsonl", 0);
    cr_assert_eq(r.st, VC_OK, "%s", r.err);
    cr_assert_str_eq(r.text, "feedback");
    /* a nested key is found by its last key (app-store reviews) */
    r = run_scan("{\"review\":{\"text\":\"ok\"},\"rating\":5}\n", "jsonl", 0);
    cr_assert_eq(r.st, VC_OK, "%s", r.err);
    cr_assert_str_eq(r.text, "review.text");
    cr_assert_str_eq(r.score, "rating");
    /* a key named like a text column whose values are arrays of objects is never the text */
    r = run_scan("{\"comment\":[{\"a\":1}],\"rating\":5}\n{\"comment\":[{\"a\":2}],\"rating\":4}\n", "jsonl", 0);
    cr_assert_eq(r.st, VC_ERR_USAGE);
    cr_assert(strstr(r.err, "no text column found: 'comment' is named like one, but its values are JSON objects or "
                            "arrays"),
              "%s", r.err);
    r = run_scan("comment,feedback,score\n1,good,10 - Extremely likely\n2,bad,0 - Not at all likely\n3,ok,7\n", "csv",
                 0);
    cr_assert_eq(r.st, VC_OK, "%s", r.err);
    cr_assert_str_eq(r.text, "feedback");
    cr_assert_str_eq(r.score, "score");
    r = run_scan("comment,How likely are you to recommend us?\ngood,Very\nbad,Not\n", "csv", 0);
    cr_assert_str_eq(r.score, "");
    cr_assert(strstr(r.notes, "no score column found ('How likely are you to recommend us?' is named like one, but "
                              "its values are not mostly numbers)"),
              "%s", r.notes);
}

Test(detect, no_header_rows)
{
    scan_result r = run_scan("9,great\n3,slow\n", "csv", VC_NO_HEADER);
    cr_assert_eq(r.st, VC_ERR_USAGE);
    cr_assert(strstr(r.err, "available columns: column1, column2"), "%s", r.err);
}
