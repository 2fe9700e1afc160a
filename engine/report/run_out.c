/*
 * run_out.c - every output of a run, written from its counters.
 *
 * `vocal scan`, `vocal report` and `vocal merge` write the same outputs
 * from the same kind of state: the counters, the quotes, the accounting
 * and the names that go with them (vc_result_view). A scan's state and a
 * merge of partials are therefore written by one code path, which is what
 * makes a merged table the same bytes as a single run's.
 *
 * The writers only read the view and append to a caller's buffer; what
 * the program does with the bytes (a file, stderr) is the caller's choice,
 * which is why the segment-limit warnings come back as text too.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sink.h"
#include "vocal/report.h"
#include "vocal/run_out.h"
#include "vocal/version.h"

vc_status vc_result_table(vc_buf *b, const vc_result_view *r, vc_table_format fmt)
{
    vc_table_spec spec = {r->agg, r->meta->scale, r->meta->dim_names, r->meta->theme_names, r->meta->sentiment};
    return vc_table_write(&spec, fmt, b);
}

vc_status vc_result_overflow_warnings(vc_buf *b, const vc_result_view *r)
{
    for (size_t d = 0; d < r->meta->ndims; d++) {
        uint64_t n = vc_agg_overflow(r->agg, d);
        if (n)
            vc_buf_printf(b,
                          "'%s' has more distinct values than --max-segments (%zu): %llu comments of the others "
                          "are counted under \"(other)\"\n",
                          r->meta->dim_names[d], vc_agg_max_segments(r->agg), (unsigned long long)n);
    }
    return vc_buf_status(b);
}

/* The column the scores came from, for messages. */
static const char *score_source(const vc_scan_stats *s)
{
    return s->score_group_col ? s->score_group_col : s->score_col ? s->score_col : "";
}

/* ", e.g. 'a', 'b'" from the kept invalid score examples (none: nothing). */
static void score_examples(vc_buf *b, const vc_scan_stats *s)
{
    for (size_t i = 0; i < s->ninvalid_score_examples; i++)
        vc_buf_printf(b, "%s'%s'", i ? ", " : ", e.g. ", s->invalid_score_examples[i]);
}

int vc_result_scale_check(vc_buf *b, const vc_result_view *r)
{
    const vc_scan_stats *s = r->stats;
    vc_scale sc = r->meta->scale;
    uint64_t valid = s->rows_analyzed - s->unscored - s->invalid_scores;
    if (s->unscored + s->invalid_scores > s->rows_analyzed) /* a hand-made partial: nothing to trust */
        valid = 0;
    vc_scale_counts c = {valid, s->invalid_scores, s->scores_1_to_5, s->scores_outside_1_to_5};
    int rc = vc_scale_check(sc, &c);
    if (rc == VC_SCALE_MOSTLY_INVALID && s->score_group_col) {
        vc_buf_printf(b,
                      "the score groups in '%s' do not fit the %s scale: %llu of %llu non-empty values are not "
                      "a group name",
                      s->score_group_col, vc_scale_name(sc), (unsigned long long)c.invalid,
                      (unsigned long long)(c.invalid + c.valid));
        score_examples(b, s);
        vc_buf_printf(b, "; %s expects %s, %s or %s%s; --no-scale-check reads it anyway", vc_scale_name(sc),
                      vc_scale_group_label(sc, 0), vc_scale_group_label(sc, 1), vc_scale_group_label(sc, 2),
                      sc == VC_SCALE_CSAT ? " (or good and bad)" : "");
    } else if (rc == VC_SCALE_MOSTLY_INVALID) {
        vc_buf_printf(b, "the scores in '%s' do not fit the %s scale: %llu of %llu non-empty scores are invalid",
                      score_source(s), vc_scale_name(sc), (unsigned long long)c.invalid,
                      (unsigned long long)(c.invalid + c.valid));
        score_examples(b, s);
        vc_buf_printf(b,
                      "; pass --scale %s if it is another scale, or --score-group COL if a column holds the group "
                      "names (%s); --no-scale-check reads it anyway",
                      sc == VC_SCALE_NPS ? "csat or --scale ces" : sc == VC_SCALE_CSAT ? "nps or --scale ces"
                                                                                       : "nps or --scale csat",
                      sc == VC_SCALE_CSAT ? "satisfied, neutral, dissatisfied, or good and bad"
                                          : "Detractor, Passive, Promoter");
    } else if (rc == VC_SCALE_LOOKS_1_TO_5) {
        vc_buf_printf(b,
                      "the scores in '%s' look like a 1-5 rating, not NPS (0-10): all %llu valid scores are "
                      "between 1 and 5 and none is 0 or 6 to 10, so every one would count as a detractor; "
                      "pass --scale csat for 1-5 ratings (or --score-group COL if a column holds the groups); "
                      "--no-scale-check reads them as NPS anyway",
                      score_source(s), (unsigned long long)(c.in_1_to_5 + c.outside_1_to_5));
    }
    if (rc)
        vc_buf_append_char(b, '\n');
    return rc;
}

vc_status vc_result_score_warnings(vc_buf *b, const vc_result_view *r)
{
    const vc_scan_stats *s = r->stats;
    if (!s->score_col && !s->score_group_col && s->rows_analyzed)
        vc_buf_append_str(b, "no score column found; comments are unscored; pass --score COL\n");
    /* Too few scores for the scale check to stop the run (it needs 20),
     * but enough to say so: every NPS score within 1-5 reads as a 1-5
     * rating whose every answer would be a detractor. */
    uint64_t in15 = s->scores_1_to_5, n = s->scores_1_to_5 + s->scores_outside_1_to_5;
    if (r->meta->scale == VC_SCALE_NPS && !s->score_group_col && n >= 5 && in15 == n &&
        vc_scale_check(VC_SCALE_NPS, &(vc_scale_counts){n, s->invalid_scores, in15, 0}) == VC_SCALE_FITS)
        vc_buf_printf(b,
                      "all %llu scores in '%s' are between 1 and 5: if this is a 1-5 rating, pass --scale csat "
                      "(read as NPS, every one is a detractor)\n",
                      (unsigned long long)n, score_source(s));
    if (s->invalid_scores) {
        vc_buf_printf(b, "%llu invalid %s in '%s' (those comments are counted unscored)",
                      (unsigned long long)s->invalid_scores, s->score_group_col ? "score groups" : "scores",
                      score_source(s));
        score_examples(b, s);
        vc_buf_append_char(b, '\n');
    }
    return vc_buf_status(b);
}

/* code is among the languages a lexicon scored ("de es ") */
static int covered_by_lexicon(const vc_scan_stats *s, const char *code)
{
    size_t n = strlen(code);
    for (const char *l = s->sentiment_languages; l && *l;) {
        size_t k = strcspn(l, " ");
        if (k == n && memcmp(l, code, n) == 0)
            return 1;
        l += k + (l[k] == ' ');
    }
    return 0;
}

vc_status vc_result_language_warnings(vc_buf *b, const vc_result_view *r)
{
    const vc_scan_stats *s = r->stats;
    uint64_t n = s->comments_no_sentiment_language, all = s->rows_analyzed;
    if (!n || n * 100 <= all * VC_LANGUAGE_WARN_PERCENT)
        return vc_buf_status(b);
    vc_buf_printf(b, "%llu of %llu comments (%.1f%%) are in languages no sentiment lexicon covers (",
                  (unsigned long long)n, (unsigned long long)all, 100.0 * (double)n / (double)all);
    int first = 1;
    for (size_t i = 0; i < s->nlanguages; i++) {
        const vc_language_count *l = &s->languages[i];
        if (vc_scan_language_has_sentiment(l->code) || covered_by_lexicon(s, l->code))
            continue;
        vc_buf_printf(b, "%s%s %llu", first ? "" : ", ", l->code, (unsigned long long)l->comments);
        first = 0;
    }
    vc_buf_append_str(b, "): they have no sentiment and are left out of the sentiment columns\n");
    return vc_buf_status(b);
}

vc_status vc_result_theme_language_warnings(vc_buf *b, const vc_result_view *r, const vc_lexicon *lex)
{
    const vc_scan_stats *s = r->stats;
    uint64_t n = 0, all = s->rows_analyzed;
    for (size_t i = 0; lex && i < s->nlanguages; i++)
        if (!vc_scan_language_has_themes(lex, s->languages[i].code))
            n += s->languages[i].comments;
    if (!n || n * 100 <= all * VC_LANGUAGE_WARN_PERCENT)
        return vc_buf_status(b);
    vc_buf_printf(b, "%llu of %llu comments (%.1f%%) are in languages the theme lexicon has no entries for (",
                  (unsigned long long)n, (unsigned long long)all, 100.0 * (double)n / (double)all);
    int first = 1;
    for (size_t i = 0; i < s->nlanguages; i++) {
        const vc_language_count *l = &s->languages[i];
        if (vc_scan_language_has_themes(lex, l->code))
            continue;
        vc_buf_printf(b, "%s%s %llu", first ? "" : ", ", l->code, (unsigned long long)l->comments);
        first = 0;
    }
    vc_buf_append_str(b, "): their themes are found only by entries written for every language\n");
    return vc_buf_status(b);
}

vc_status vc_result_changes(vc_buf *b, const vc_result_view *r, const char *from, const char *to,
                            vc_table_format fmt, vc_error *err)
{
    vc_changes_spec cs = {r->agg, r->meta->scale, (size_t)r->meta->period_dim, from, to, r->meta->theme_names,
                          0.05};
    return vc_changes_write(&cs, fmt, b, err);
}

vc_status vc_result_stats_json(vc_buf *b, const vc_result_view *r)
{
    const vc_scan_stats *s = r->stats;
    const vc_partial_meta *m = r->meta;
    /* The counters in VC_SCAN_COUNTERS order, which is also the order of
     * their keys here: a new counter is a new key without an edit. */
    vc_buf_append_str(b, "{\n");
#define STATS_COUNTER(field, name, kind) vc_buf_printf(b, "  \"" name "\": %llu,\n", (unsigned long long)s->field);
    VC_SCAN_COUNTERS(STATS_COUNTER)
#undef STATS_COUNTER
    vc_buf_append_str(b, "  \"languages\": {");
    for (size_t i = 0; i < s->nlanguages; i++) {
        if (i)
            vc_buf_append_str(b, ", ");
        vc_json_cstr(b, s->languages[i].code);
        vc_buf_printf(b, ": %llu", (unsigned long long)s->languages[i].comments);
    }
    vc_buf_append_str(b, "},\n");
    vc_buf_printf(b, "  \"seconds\": %.3f,\n  \"threads\": %u,\n  \"scale\": \"%s\",\n", s->seconds, s->threads,
                  vc_scale_name(m->scale));
    vc_buf_append_str(b, "  \"columns\": {\"text\": ");
    vc_json_cstr(b, s->text_col ? s->text_col : "");
    if (s->ntext_cols > 1) { /* several open-text questions */
        vc_buf_append_str(b, ", \"texts\": [");
        for (size_t i = 0; i < s->ntext_cols; i++) {
            if (i)
                vc_buf_append_str(b, ", ");
            vc_json_cstr(b, s->text_cols[i]);
        }
        vc_buf_append_char(b, ']');
    }
    vc_buf_append_str(b, ", \"score\": ");
    vc_json_cstr(b, s->score_col);
    vc_buf_append_str(b, ", \"id\": ");
    vc_json_cstr(b, s->id_col);
    vc_buf_append_str(b, ", \"by\": [");
    /* the question dimension of several text columns is no --by column:
     * it comes right before the period, or last */
    size_t qdim = s->ntext_cols > 1 ? (m->period_dim >= 0 ? (size_t)m->period_dim : m->ndims) - 1 : 0;
    for (size_t i = 1; i < m->ndims; i++) {
        if ((int)i == m->period_dim || i == qdim)
            continue;
        if (i > 1)
            vc_buf_append_str(b, ", ");
        vc_json_cstr(b, m->dim_names[i]);
    }
    vc_buf_append_str(b, "], \"score_group\": ");
    vc_json_cstr(b, s->score_group_col);
    vc_buf_printf(b, "},\n  \"lexicon\": {\"themes\": %zu, \"entries\": %zu, \"fingerprint\": \"%016llx\"},\n",
                  m->nthemes, m->lexicon_entries, (unsigned long long)m->lexicon_fingerprint);
    /* what became of the scores: examples of invalid ones, why none were
     * read, and the date order a period column settled */
    vc_buf_append_str(b, "  \"invalid_score_examples\": [");
    for (size_t i = 0; i < s->ninvalid_score_examples; i++) {
        if (i)
            vc_buf_append_str(b, ", ");
        vc_json_cstr(b, s->invalid_score_examples[i]);
    }
    vc_buf_append_str(b, "],\n  \"unscored_reason\": ");
    vc_json_cstr(b, s->score_col || s->score_group_col ? NULL
                                                       : "no score column found (none named, none detected)");
    vc_buf_append_str(b, ",\n");
    if (m->period_dim >= 0 && (s->date_day_first || s->date_month_first))
        vc_buf_printf(b,
                      "  \"date_order\": {\"settled\": \"%s\", \"dates_sampled\": %llu, \"day_first\": %llu, "
                      "\"month_first\": %llu},\n",
                      s->date_order_settled == VC_DATE_DMY   ? "dmy"
                      : s->date_order_settled == VC_DATE_MDY ? "mdy"
                                                             : "none",
                      (unsigned long long)s->date_sample, (unsigned long long)s->date_day_first,
                      (unsigned long long)s->date_month_first);
    /* Per file, the keys are written by hand: a file reports only some of
     * the counters (no bytes_decompressed), between its own fields. */
    vc_buf_append_str(b, "  \"files\": [");
    for (size_t i = 0; i < s->nfiles; i++) {
        const vc_file_stats *f = &s->files[i];
        vc_buf_append_str(b, i ? ",\n    {\"name\": " : "\n    {\"name\": ");
        vc_json_cstr(b, f->name);
        vc_buf_append_str(b, ", \"format\": ");
        vc_json_cstr(b, f->format);
        vc_buf_printf(b,
                      ", \"compression\": \"%s\", \"status\": \"%s\", \"rows_read\": %llu, "
                      "\"rows_analyzed\": %llu, \"rows_rejected\": %llu, \"bytes_in\": %llu, "
                      "\"gzip_members\": %u, \"message\": ",
                      f->backend ? f->backend : "plain", f->status ? "failed" : "ok",
                      (unsigned long long)f->rows_read, (unsigned long long)f->rows_analyzed,
                      (unsigned long long)f->rows_rejected, (unsigned long long)f->bytes_in, f->members);
        vc_json_cstr(b, f->message);
        if (f->rejects_dropped) /* only merges of partials over their cap have it */
            vc_buf_printf(b, ", \"rejects_not_kept\": %llu", (unsigned long long)f->rejects_dropped);
        vc_buf_append_char(b, '}');
    }
    vc_buf_append_str(b, "\n  ]\n}\n");
    return vc_buf_status(b);
}

/* The quotes' columns: the fixed ones, the respondent's score, then one
 * per dimension after "all" named as the dimension; a name already used
 * by an earlier column gets "_2" (then "_3", ...), so that JSON keys stay
 * distinct. cols[] points into names (ncols entries). */
static vc_status quote_columns(const vc_partial_meta *m, const char **cols, char **names)
{
    static const char *const FIXED[] = {"theme", "group", "rank", "quote", "compound", "file", "line", "score"};
    size_t nfix = sizeof FIXED / sizeof *FIXED;
    for (size_t i = 0; i < nfix; i++)
        cols[i] = FIXED[i];
    for (size_t d = 1; d < m->ndims; d++) {
        const char *base = m->dim_names[d];
        size_t at = nfix + d - 1, len = strlen(base);
        if (!(names[d] = malloc(len + 24)))
            return VC_ERR_NOMEM;
        memcpy(names[d], base, len + 1);
        for (unsigned suffix = 2;; suffix++) {
            size_t i = 0;
            while (i < at && strcmp(cols[i], names[d]) != 0)
                i++;
            if (i == at)
                break;
            snprintf(names[d] + len, 24, "_%u", suffix);
        }
        cols[at] = names[d];
    }
    return VC_OK;
}

/* theme,group,rank,quote,compound,file,line,score and the dimensions: a
 * plain table, so it goes through the row sinks (sink.h) as the theme
 * table does. A quote's segments fill the dimensions' cells. */
vc_status vc_result_quotes(vc_buf *b, const vc_result_view *r, vc_table_format fmt)
{
    const vc_partial_meta *m = r->meta;
    size_t ndims = m->ndims ? m->ndims : 1, ncols = 8 + ndims - 1;
    const char **cols = calloc(ncols, sizeof *cols), **cells = calloc(ncols, sizeof *cells);
    char **names = calloc(ndims, sizeof *names);
    int *numeric = calloc(ncols, sizeof *numeric);
    vc_buf segs = VC_BUF_INIT;
    vc_status st = cols && cells && names && numeric ? quote_columns(m, cols, names) : VC_ERR_NOMEM;
    const vc_quotes *q = r->quotes;
    const vc_scan_stats *s = r->stats;
    sink out;
    if (!st) {
        numeric[2] = numeric[4] = numeric[6] = numeric[7] = 1;
        vc_sink_init(&out, fmt, b);
        out.begin(&out, cols, ncols);
    }
    for (uint32_t t = 0; !st && q && t < m->nthemes; t++)
        for (int g = 0; g < 3; g++) {
            size_t n;
            const vc_quote *v = vc_quotes_get(q, t, g, &n);
            for (size_t i = 0; i < n; i++) {
                char rank[24], compound[32] = "", line[24], score[16] = "";
                snprintf(rank, sizeof rank, "%zu", i + 1);
                if (!isnan(v[i].compound))
                    snprintf(compound, sizeof compound, "%.4f", v[i].compound);
                snprintf(line, sizeof line, "%llu", (unsigned long long)v[i].line);
                if (v[i].respondent_score != VC_QUOTE_NO_SCORE)
                    snprintf(score, sizeof score, "%d", (int)v[i].respondent_score);
                const char *fixed[] = {m->theme_names[t], vc_scale_group_label(m->scale, g), rank, v[i].text,
                                       compound, s->files[v[i].file].name, line, score};
                memcpy(cells, fixed, sizeof fixed);
                /* the segments, cut at '\x1f' into '\0'-terminated cells */
                vc_buf_reset(&segs);
                vc_buf_append_str(&segs, v[i].segments ? v[i].segments : "");
                vc_buf_append_char(&segs, 0);
                char *c = segs.data;
                for (size_t d = 1; d < ndims; d++) {
                    cells[8 + d - 1] = c ? c : "";
                    char *sep = c ? strchr(c, '\x1f') : NULL;
                    if (sep)
                        *sep = 0;
                    c = sep ? sep + 1 : NULL;
                }
                out.row(&out, cells, numeric, ncols);
            }
        }
    if (!st)
        out.end(&out);
    st = st ? st : vc_buf_status(&segs);
    for (size_t d = 0; names && d < ndims; d++)
        free(names[d]);
    free(names);
    free(cols);
    free(cells);
    free(numeric);
    vc_buf_free(&segs);
    return st ? st : vc_buf_status(b);
}

/* Does the period dimension hold `focus`? */
static int has_period(const vc_result_view *r, const char *focus)
{
    int d = r->meta->period_dim;
    for (size_t g = 0; d >= 0 && g < vc_agg_segments(r->agg, (size_t)d); g++)
        if (strcmp(vc_agg_segment_name(r->agg, (size_t)d, g), focus) == 0 && focus[0] != '(')
            return 1;
    return 0;
}

vc_status vc_result_report(vc_buf *b, const vc_result_view *r, const vc_review_options *o,
                           const vc_discovery *missed, vc_error *err)
{
    if (o->focus && r->meta->period_dim < 0)
        return vc_error_set(err, VC_ERR_USAGE, "--focus %s needs a period: add --period COLUMN", o->focus);
    if (o->focus && !has_period(r, o->focus)) {
        int d = r->meta->period_dim;
        size_t ns = vc_agg_segments(r->agg, (size_t)d);
        const char *first = NULL, *last = NULL;
        for (size_t g = 0; g < ns; g++) {
            const char *name = vc_agg_segment_name(r->agg, (size_t)d, g);
            if (name[0] == '(')
                continue;
            if (!first)
                first = name;
            last = name;
        }
        if (!first)
            return vc_error_set(err, VC_ERR_USAGE, "--focus %s: no comment has a valid date in the period column",
                                o->focus);
        return vc_error_set(err, VC_ERR_USAGE, "--focus %s: no such period; the periods run from %s to %s",
                            o->focus, first, last);
    }
    const char *title = o->title;
    int markdown = o->markdown;
    const vc_partial_meta *m = r->meta;
    size_t nth = m->nthemes, ndims = m->ndims;
    const char **tnames = calloc(nth + 1, sizeof *tnames), **dnames = calloc(ndims + 1, sizeof *dnames);
    uint32_t *parent = calloc(nth + 1, sizeof *parent);
    uint8_t *children = calloc(nth + 1, 1);
    vc_report_quote *qs = NULL;
    size_t nq = 0;
    vc_status st = tnames && dnames && parent && children ? VC_OK : VC_ERR_NOMEM;
    const vc_quotes *q = r->quotes;
    if (!st && q) {
        qs = calloc(nth * 3 * vc_quotes_k(q) + 1, sizeof *qs);
        if (!qs)
            st = VC_ERR_NOMEM;
        for (uint32_t t = 0; t < nth && !st; t++)
            for (int g = 0; g < 3; g++) {
                size_t n;
                const vc_quote *v = vc_quotes_get(q, t, g, &n);
                for (size_t i = 0; i < n; i++)
                    qs[nq++] = (vc_report_quote){
                        .theme = t, .group = g, .text = v[i].text,
                        .score = v[i].respondent_score == VC_QUOTE_NO_SCORE ? VC_REPORT_NO_SCORE
                                                                            : v[i].respondent_score,
                        .segments = v[i].segments, .mark = v[i].mark, .mark_len = v[i].mark_len,
                        .compound = v[i].compound};
            }
    }
    for (uint32_t t = 0; t < nth && !st; t++) {
        tnames[t] = m->theme_names[t];
        uint32_t p = m->theme_parent[t];
        parent[t] = p == VC_NO_THEME ? VC_NO_THEME_ID : p;
        if (p != VC_NO_THEME)
            children[p] = 1;
    }
    for (size_t i = 0; i < ndims && dnames; i++)
        dnames[i] = m->dim_names[i];
    const vc_scan_stats *s = r->stats;
    const char **inputs = calloc(s->nfiles + 1, sizeof *inputs);
    if (!inputs)
        st = VC_ERR_NOMEM;
    for (size_t i = 0; inputs && i < s->nfiles; i++)
        inputs[i] = s->files[i].name;
    size_t nsig = 0; /* signal rows come last (signal/NAME) */
    for (size_t t = nth; t-- > 0 && tnames && strncmp(m->theme_names[t], "signal/", 7) == 0;)
        nsig++;
    char settings[1024], texts[512] = "", sigs[64] = "";
    if (nsig)
        snprintf(sigs, sizeof sigs, " and %zu signals", nsig);
    for (size_t i = 1, used = 0; i < s->ntext_cols && used < sizeof texts; i++) /* several questions */
        used += (size_t)snprintf(texts + used, sizeof texts - used, ", '%s'", s->text_cols[i]);
    snprintf(settings, sizeof settings,
             "Lexicon %s (%zu entries, %zu themes%s, fingerprint %016llx); scale %s; text column%s '%s'%s, score "
             "column '%s'; sentiment %s; vocal %s.",
             m->lexicon_name, m->lexicon_entries, nth - nsig, sigs, (unsigned long long)m->lexicon_fingerprint,
             vc_scale_name(m->scale), s->ntext_cols > 1 ? "s" : "", s->text_col ? s->text_col : "", texts,
             s->score_col ? s->score_col : "(none)",
             m->sentiment ? "VADER" : "off", vc_version());
    static const char *SCALE_NAMES[] = {"NPS", "CSAT", "CES"};
    if (!st) {
        vc_report_spec spec = {
            .agg = r->agg, .scale = m->scale, .scale_name = SCALE_NAMES[m->scale], .dim_names = dnames,
            .ndims = ndims, .period_dim = m->period_dim, .theme_names = tnames, .theme_parent = parent,
            .theme_has_children = children, .theme_labels = m->theme_labels, .quotes = qs, .nquotes = nq, .title = title, .inputs = inputs,
            .ninputs = s->nfiles, .rows_read = s->rows_read, .rows_analyzed = s->rows_analyzed,
            .rows_rejected = s->rows_rejected, .settings = settings, .missed_ran = missed != NULL,
            .missed = missed ? missed->terms.v : NULL, .nmissed = missed ? missed->terms.n : 0,
            .missed_target = missed ? missed->target_label : NULL,
            .missed_reference = missed ? missed->reference_label : NULL,
            .missed_target_n = missed ? missed->target_comments : 0,
            .missed_reference_n = missed ? missed->reference_comments : 0, .signal_start = nth, .signal_dim = -1,
            .focus = o->focus, .min_base = o->min_base};
        for (int g = 0; g < 3; g++)
            spec.group_names[g] = vc_scale_group_column(m->scale, g);
        /* signals come after every theme (vc_lexicon_signal_start), also
         * in a merge of partials, which keeps the names */
        spec.signal_start = nth;
        for (size_t t = 0; t < nth; t++)
            if (strncmp(tnames[t], "signal/", 7) == 0) {
                spec.signal_start = t;
                break;
            }
        spec.signal_dim = -1;
        for (size_t d = 1; d < ndims && spec.signal_start < nth; d++)
            if (strcmp(dnames[d], "signal") == 0 && (int)d != m->period_dim)
                spec.signal_dim = (int)d;
        st = markdown ? vc_report_markdown(&spec, b) : vc_report_html(&spec, b);
    }
    free(tnames);
    free(dnames);
    free(parent);
    free(children);
    free(qs);
    free(inputs);
    return st;
}

