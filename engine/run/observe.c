/*
 * observe.c - one record on a worker thread: its fields parsed, its comment
 * analyzed, and the result added to the worker's own table as one
 * observation (group, score, segments, themes, sentiment); the quotes and
 * the record hook see it too.
 *
 * Strings that reach an output enter valid: a --by value with invalid UTF-8
 * is repaired (U+FFFD) and counted in utf8_repaired, as comment text is,
 * and so are the escapes the JSONL reader had to replace.
 *
 * A record that cannot be used (too long, an open quote, a parse error, no
 * text) is counted and written to the batch's rejects buffer with its file,
 * line and byte offset; with a comments file, every analyzed record gets a
 * row in the batch's comments buffer (rows.c formats both). Both buffers are
 * written out in order when the batch is committed (pipeline.c), so rows
 * never interleave.
 *
 * A score is a number (or a choice label starting with one), or with
 * --score-group a group's name; an invalid one is counted and the batch
 * keeps its first distinct values as examples (merged in input order at
 * commit). With a period column and no --date-order, dates are read in the
 * order the column's sample settled (inputs.c), a date showing the other
 * order being invalid.
 *
 * Ownership: the record borrows from its batch; the worker's scratch
 * (fields, segment arrays, line buffer) is reused record after record.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline_internal.h"
#include "vocal/language.h"
#include "vocal/rows.h"

/* A rejected row: file, line, byte offset, reason, and the record's first
 * VC_REJECT_RECORD_MAX bytes. A record cut there says so at the end of its
 * reason (an oversize record's reason already gives its size, and it keeps
 * only the splitter's first KiB). */
static vc_status write_reject(pipe_t *p, batch *b, const rec *rc, const char *reason)
{
    char cut_reason[VC_ERROR_MSG_MAX + 160];
    if (rc->kind != VC_SPAN_OVERSIZE && rc->len > VC_REJECT_RECORD_MAX) {
        snprintf(cut_reason, sizeof cut_reason, "%s; record cut to its first %u of %zu bytes", reason,
                 VC_REJECT_RECORD_MAX, rc->len);
        reason = cut_reason;
    }
    if (!b->first_reject[0]) {
        snprintf(b->first_reject, sizeof b->first_reject, "%s", reason);
        b->first_reject_line = rc->line;
    }
    /* the file's name as repaired for every output (pipeline.c) */
    return vc_reject_row_format(&b->rejects, p->o->rejects_format, p->fs[b->file].name, rc->line, rc->byte_offset,
                                reason, b->data.data + rc->off, rc->len);
}

static vc_status write_comment(worker_ctx *w, batch *b, const rec *rc, const vc_analysis *a, int group,
                               const char *lang)
{
    pipe_t *p = w->p;
    const vc_field *id = p->sel_id != SIZE_MAX && w->fields.v[p->sel_id].p ? &w->fields.v[p->sel_id] : NULL;
    const char *idp = id ? id->p : NULL;
    size_t idn = id ? id->n : 0;
    /* the id goes out as it came unless it is not valid UTF-8: repaired
     * and counted like every other string that reaches an output */
    if (idp && vc_ascii_prefix(idp, idn) != idn && vc_utf8_invalid_count(idp, idn)) {
        vc_buf_reset(&w->idfix);
        b->n.utf8_repaired += vc_utf8_repair(idp, idn, &w->idfix);
        if (vc_buf_status(&w->idfix))
            return vc_buf_status(&w->idfix);
        idp = w->idfix.data;
        idn = w->idfix.len;
    }
    return vc_comment_row_format(&b->comments, p->o->comments_format, &w->line, idp, idn,
                                 p->nin > 1 ? p->fs[b->file].name : NULL, rc->recno, p->o->lex, a, p->o->scale, group,
                                 lang);
}

/* A --by value becomes a segment name in every output (JSON too), so one
 * with invalid UTF-8 is repaired here, where it enters, and counted with
 * the comments' repairs. The repaired copies live in w->segfix until the
 * next record; room for all of them (a repair at most triples a value) is
 * reserved first, so the buffer does not move under the pointers taken. */
static vc_status repair_segments(worker_ctx *w, uint64_t *repaired)
{
    size_t nby = w->p->o->nby, need = 0;
    for (size_t d = 1; d <= nby; d++)
        need += 3 * w->seg_len[d];
    vc_buf_reset(&w->segfix);
    vc_status st = vc_buf_reserve(&w->segfix, need + 1);
    for (size_t d = 1; d <= nby && !st; d++) {
        const char *s = w->seg[d];
        size_t n = w->seg_len[d];
        if (vc_ascii_prefix(s, n) == n || !vc_utf8_invalid_count(s, n))
            continue;
        size_t off = w->segfix.len;
        *repaired += vc_utf8_repair(s, n, &w->segfix);
        w->seg[d] = w->segfix.data + off;
        w->seg_len[d] = w->segfix.len - off;
    }
    return st;
}

/* An invalid score value, kept as an example when it is among the batch's
 * first VC_SCORE_EXAMPLES distinct ones: trimmed, repaired if it is not
 * valid UTF-8, cut at a character boundary to fit, control characters as
 * spaces (it goes to a warning line and to JSON). */
static vc_status keep_score_example(worker_ctx *w, batch *b, const vc_field *f)
{
    if (b->nscore_ex == VC_SCORE_EXAMPLES)
        return VC_OK;
    const char *v = f->p;
    size_t n = f->n;
    while (n && (*v == ' ' || *v == '\t' || *v == '\r' || *v == '\n'))
        v++, n--;
    while (n && (v[n - 1] == ' ' || v[n - 1] == '\t' || v[n - 1] == '\r' || v[n - 1] == '\n'))
        n--;
    if (n > 4 * VC_SCORE_EXAMPLE_MAX)
        n = 4 * VC_SCORE_EXAMPLE_MAX;
    if (vc_ascii_prefix(v, n) != n && vc_utf8_invalid_count(v, n)) {
        vc_buf_reset(&w->idfix);
        vc_utf8_repair(v, n, &w->idfix);
        if (vc_buf_status(&w->idfix))
            return vc_buf_status(&w->idfix);
        v = w->idfix.data;
        n = w->idfix.len;
    }
    if (n > VC_SCORE_EXAMPLE_MAX - 1) {
        n = VC_SCORE_EXAMPLE_MAX - 1;
        while (n && ((unsigned char)v[n] & 0xC0) == 0x80) /* v[n] continues a character */
            n--;
    }
    char *ex = b->score_ex[b->nscore_ex];
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        char c = (unsigned char)v[i] < 0x20 || v[i] == 0x7f ? ' ' : v[i];
        if (c != ' ' || m) /* no space left in front by a control character */
            ex[m++] = c;
    }
    while (m && ex[m - 1] == ' ')
        m--;
    ex[m] = 0;
    for (unsigned k = 0; k < b->nscore_ex; k++)
        if (strcmp(b->score_ex[k], ex) == 0)
            return VC_OK;
    b->nscore_ex++;
    return VC_OK;
}

/* The segment values of one --by field, as agg.h's multi-value add reads
 * them (vc_agg_add_values): returns how many, with p/n holding them. A
 * scalar is one value (absent or null: blank, which the aggregator names
 * "(blank)"). A JSON array of scalars (record.h, nvals) is its elements,
 * each followed by one '\0', as the reader left them. */
static size_t field_values(const vc_field *f, const char **p, size_t *n)
{
    if (f->p && f->nvals) {
        *p = f->p;
        *n = f->nvals == 1 ? f->n - 1 : f->n; /* one value is read without its '\0' */
        return f->nvals;
    }
    if (!f->p || f->is_null) {
        *p = "";
        *n = 0;
        return 1;
    }
    *p = f->p;
    *n = f->n;
    return 1;
}

static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            return 0;
    return 1;
}

/* One-hot option columns of --by dimension d: the OPTIONs of the
 * non-blank cells, appended to w->multi each followed by '\0'; returns how
 * many. */
static size_t option_values(worker_ctx *w, size_t d)
{
    pipe_t *p = w->p;
    size_t k = 0;
    for (size_t i = 0; i < p->by_nopt[d]; i++) {
        const vc_field *f = &w->fields.v[p->by_sel[d] + i];
        if (!f->p || f->is_null || blank(f->p, f->n))
            continue;
        const char *name = p->opt_names[p->by_opt[d] + i];
        vc_buf_append(&w->multi, name, strlen(name) + 1);
        k++;
    }
    return k;
}

/* Several text columns: each answered question analyzed on its own (its
 * themes and compound kept in the worker's answer arrays, its quotes
 * offered from its own sentences and committed once the segments are
 * known, answer by answer), and the respondent made of them: the
 * union of the themes, a theme's compound the mean over the answers that
 * carried it, the respondent's compound the mean over its answers. `out`
 * gets the respondent (themes in w->union_themes, ascending); w->tobs the
 * same themes for the aggregator. */
static vc_status analyze_answers(worker_ctx *w, batch *b, const rec *rc, const char *lang, unsigned aflags,
                                 int group, int32_t qscore, vc_analysis *out)
{
    pipe_t *p = w->p;
    size_t nt = vc_lexicon_theme_count(p->o->lex), nu = 0, nans = 0;
    double sum = 0;
    int has_sentiment = 0;
    for (size_t q = 0; q < p->ntext; q++) {
        const vc_field *f = &w->fields.v[SEL_TEXT + q];
        w->ans_nthemes[q] = 0;
        w->ans_given[q] = f->p && !f->is_null && !blank(f->p, f->n);
        if (!w->ans_given[q])
            continue;
        vc_analysis a;
        vc_status st = vc_analyze_lang(w->an, f->p, f->n, lang, aflags, &a);
        if (st)
            return st;
        b->n.utf8_repaired += a.repaired;
        b->n.match_limit_hits += a.limit_hits;
        vc_theme_obs *to = &w->ans_tobs[q * (nt ? nt : 1)];
        for (size_t t = 0; t < a.nthemes; t++) {
            uint32_t th = a.themes[t].theme;
            to[t].theme = th;
            to[t].has_sentiment = a.has_sentiment;
            to[t].compound = a.themes[t].compound;
            if (!w->union_count[th]++) {
                w->union_sum[th] = 0;
                w->union_themes[nu++].theme = th;
            }
            w->union_sum[th] += a.themes[t].compound;
        }
        w->ans_nthemes[q] = a.nthemes;
        w->ans_compound[q] = a.sentiment.compound;
        has_sentiment = a.has_sentiment;
        sum += a.sentiment.compound;
        nans++;
        if (w->quotes && (st = vc_quotes_offer(w->quotes, &a, group, qscore, b->file, rc->line)))
            return st;
    }
    /* ascending theme ids, as one analysis gives them */
    for (size_t i = 1; i < nu; i++) {
        uint32_t th = w->union_themes[i].theme;
        size_t j = i;
        for (; j > 0 && w->union_themes[j - 1].theme > th; j--)
            w->union_themes[j].theme = w->union_themes[j - 1].theme;
        w->union_themes[j].theme = th;
    }
    for (size_t i = 0; i < nu; i++) {
        uint32_t th = w->union_themes[i].theme;
        w->union_themes[i].compound = w->union_sum[th] / w->union_count[th];
        w->union_count[th] = 0;
        w->tobs[i].theme = th;
        w->tobs[i].has_sentiment = has_sentiment;
        w->tobs[i].compound = w->union_themes[i].compound;
    }
    memset(out, 0, sizeof *out);
    out->themes = w->union_themes;
    out->nthemes = nu;
    out->has_sentiment = has_sentiment;
    out->sentiment.compound = nans ? sum / (double)nans : 0;
    return VC_OK;
}

/* --by signal: the comment's signals' names (without "signal/"),
 * appended to w->multi each followed by '\0'; returns how many (0: the
 * caller names the segment "(none)"). */
static size_t signal_values(worker_ctx *w, const vc_analysis *a)
{
    const vc_lexicon *lex = w->p->o->lex;
    size_t sig = vc_lexicon_signal_start(lex), k = 0;
    for (size_t t = 0; t < a->nthemes; t++) {
        if (a->themes[t].theme < sig)
            continue;
        const char *name = vc_lexicon_theme_name(lex, a->themes[t].theme) + strlen(VC_SIGNAL_PREFIX);
        vc_buf_append(&w->multi, name, strlen(name) + 1);
        k++;
    }
    return k;
}

/* The segments of the --by dimensions: w->seg, w->seg_len and w->nvals.
 * Returns 1 when one of them holds several values this record, -1 when
 * out of memory. */
static int by_segments(worker_ctx *w, const vc_analysis *a, const char *lang, int *fixed)
{
    pipe_t *p = w->p;
    size_t nby = p->o->nby;
    int multi = 0;
    /* room for every option and signal name first: the buffer must not
     * move under the values already taken */
    if (p->opt_bytes || p->sig_bytes) {
        vc_buf_reset(&w->multi);
        if (vc_buf_reserve(&w->multi, p->opt_bytes + nby * p->sig_bytes + 1))
            return -1;
    }
    for (size_t d = 0; d < nby; d++) {
        size_t k;
        if (p->by_language[d]) {
            k = 1;
            w->seg[d + 1] = lang;
            w->seg_len[d + 1] = strlen(lang);
        } else if (p->by_signal[d]) {
            size_t from = w->multi.len;
            k = signal_values(w, a);
            w->seg[d + 1] = k ? w->multi.data + from : "(none)";
            w->seg_len[d + 1] = k ? w->multi.len - from - (k == 1) : 6;
        } else if (p->opt_bytes && p->by_nopt[d]) {
            size_t from = w->multi.len;
            k = option_values(w, d);
            w->seg[d + 1] = k ? w->multi.data + from : "";
            w->seg_len[d + 1] = k ? w->multi.len - from - (k == 1) : 0;
        } else {
            k = field_values(&w->fields.v[p->by_sel[d]], &w->seg[d + 1], &w->seg_len[d + 1]);
        }
        w->nvals[d + 1] = k ? k : 1;
        multi |= k > 1;
        *fixed |= vc_ascii_prefix(w->seg[d + 1], w->seg_len[d + 1]) < w->seg_len[d + 1];
    }
    return multi;
}

/* The theme model's mentions (vc_scan_options.model): a leaf theme whose
 * probability reaches its threshold and that the lexicon did not find is
 * added, with the themes above it that were not found either, as found by
 * the model alone, with the comment's compound as its sentiment. w->tobs
 * holds the lexicon's a->nthemes themes and gets the merged list,
 * ascending; a->themes then points at the same list (w->mthemes), so the
 * per-comment row and everything after see it. */
static vc_status model_themes(worker_ctx *w, vc_analysis *a)
{
    const vc_model *m = w->p->o->model;
    size_t nt = vc_lexicon_theme_count(w->p->o->lex);
    vc_status st = vc_features_of(a->normalized, a->normalized_len, vc_model_bits(m), NULL, 0, &w->feat);
    if (st)
        return st;
    vc_model_logits(m, &w->feat, w->logit);
    int marked = 0, added = 0;
    for (size_t i = 0; i < vc_model_theme_count(m); i++) {
        if (vc_model_probability(w->logit[i]) < vc_model_threshold(m, i))
            continue;
        if (!marked) { /* the lexicon's themes, once per comment that needs them */
            memset(w->mark, 0, nt);
            for (size_t t = 0; t < a->nthemes; t++)
                w->mark[a->themes[t].theme] = 1;
            marked = 1;
        }
        for (uint32_t u = vc_model_theme_id(m, i); u != VC_NO_THEME; u = vc_lexicon_theme_parent(w->p->o->lex, u))
            if (!w->mark[u]) {
                w->mark[u] = 2;
                added = 1;
            }
    }
    if (!added)
        return VC_OK;
    size_t n = 0, k = 0;
    for (uint32_t t = 0; t < nt; t++) {
        if (!w->mark[t])
            continue;
        vc_theme_obs *o = &w->tobs[n];
        o->theme = t;
        o->has_sentiment = a->has_sentiment;
        if (w->mark[t] == 1) {
            while (a->themes[k].theme != t)
                k++;
            o->compound = a->themes[k].compound;
            o->model_only = 0;
        } else {
            o->compound = a->sentiment.compound;
            o->model_only = 1;
        }
        w->mthemes[n].theme = t;
        w->mthemes[n].compound = o->compound;
        n++;
    }
    a->themes = w->mthemes;
    a->nthemes = n;
    return VC_OK;
}

/* The comment's language (language.h): the --language-column's value
 * made a code, or, when there is none or it is blank, identified from the
 * text (with several text columns, the longest answer). Static, or in
 * w->lang until the next record. */
static const char *comment_language(worker_ctx *w)
{
    pipe_t *p = w->p;
    if (p->sel_lang != SIZE_MAX) {
        const vc_field *f = &w->fields.v[p->sel_lang];
        if (f->p && !f->is_null && vc_language_normalize(f->p, f->n, w->lang, sizeof w->lang))
            return w->lang;
    }
    const vc_field *best = NULL;
    for (size_t q = 0; q < p->ntext; q++) {
        const vc_field *f = &w->fields.v[SEL_TEXT + q];
        if (f->p && !f->is_null && (!best || f->n > best->n))
            best = f;
    }
    return best ? vc_language_identify(best->p, best->n) : VC_LANGUAGE_UND;
}

vc_status vc_pipe_observe(worker_ctx *w, batch *b, const rec *rc)
{
    pipe_t *p = w->p;
    const vc_scan_options *o = p->o;
    input *in = &p->in[b->file];
    b->n.rows_read++;
    char reason[VC_ERROR_MSG_MAX + 64];
    if (rc->kind == VC_SPAN_OVERSIZE) {
        snprintf(reason, sizeof reason, "record of %llu bytes over %zu lines exceeds the %zu-byte limit",
                 (unsigned long long)rc->full_len, (size_t)rc->lines,
                 in->dialect.max_record ? in->dialect.max_record : (size_t)VC_DEFAULT_MAX_RECORD);
        b->n.rows_rejected++;
        return write_reject(p, b, rc, reason);
    }
    if (rc->kind == VC_SPAN_UNTERMINATED) {
        snprintf(reason, sizeof reason,
                 "unterminated quoted field: the quote opened in this record is never closed");
        b->n.rows_rejected++;
        return write_reject(p, b, rc, reason);
    }
    vc_error e;
    vc_error_clear(&e);
    vc_status st = vc_parser_parse(in->parser, b->data.data + rc->off, rc->len, &w->fields, &e);
    if (st == VC_ERR_DATA) {
        b->n.rows_rejected++;
        return write_reject(p, b, rc, e.msg);
    }
    if (st)
        return st;
    const vc_field *text = &w->fields.v[SEL_TEXT];
    if (p->ntext == 1 && !text->p && !text->is_null) {
        snprintf(reason, sizeof reason, "missing key '%s'", p->text_name);
        b->n.rows_rejected++;
        return write_reject(p, b, rc, reason);
    }
    if (p->ntext > 1) { /* a respondent answers at least one question */
        size_t q = 0;
        for (; q < p->ntext; q++) {
            const vc_field *f = &w->fields.v[SEL_TEXT + q];
            if (f->p && !f->is_null && !blank(f->p, f->n))
                break;
        }
        if (q == p->ntext) {
            size_t used = (size_t)snprintf(reason, sizeof reason, "no answer: ");
            for (q = 0; q < p->ntext && used < sizeof reason; q++)
                used += (size_t)snprintf(reason + used, sizeof reason - used, "%s'%s'", q ? ", " : "",
                                         p->text_names[q]);
            if (used < sizeof reason)
                snprintf(reason + used, sizeof reason - used, " all blank or missing");
            b->n.rows_rejected++;
            return write_reject(p, b, rc, reason);
        }
    }
    b->n.utf8_repaired += w->fields.repaired; /* JSON escapes the parser replaced */
    int group = VC_GROUP_UNSCORED, score = 0;
    const vc_field *sf = p->sel_score != SIZE_MAX ? &w->fields.v[p->sel_score] : NULL;
    if (sf && sf->p && !sf->is_null) {
        if (p->score_by_group) {
            group = vc_scale_group_parse(o->scale, sf->p, sf->n);
        } else {
            group = vc_scale_classify(o->scale, sf->p, sf->n, &score);
            if (group >= 0) { /* for the scale check (vc_scale_check) */
                b->n.scores_1_to_5 += score >= 1 && score <= 5;
                b->n.scores_outside_1_to_5 += score < 1 || score > 5;
            }
        }
    }
    if (group == VC_GROUP_INVALID) {
        b->n.invalid_scores++;
        if ((st = keep_score_example(w, b, sf)))
            return st;
        group = VC_GROUP_UNSCORED;
    } else if (group == VC_GROUP_UNSCORED && !o->no_score) {
        b->n.unscored++;
    }
    if (o->hook_only) {
        vc_record_view v = {b->file, rc->recno, rc->line, text->p ? text->p : "", text->p ? text->n : 0,
                            NULL, group, score, &w->fields.v[p->sel_hook],
                            o->no_language ? NULL : comment_language(w)};
        if ((st = o->hook(o->hook_ctx, w->index, &v)))
            return st;
        b->n.rows_analyzed++;
        return VC_OK;
    }
    vc_analysis a;
    unsigned aflags = (o->hook ? o->hook_flags : 0) | (o->quotes ? VC_ANALYZE_DETAIL : 0);
    /* the score a quote shows: a number read from the score column */
    int32_t qscore = group >= 0 && !p->score_by_group ? (int32_t)score : VC_QUOTE_NO_SCORE;
    const char *lang = NULL;
    if (!o->no_language) {
        lang = comment_language(w);
        if ((st = vc_langtab_add(&w->langs, lang, 1)))
            return st;
        /* VADER and the CX mode read English, a language lexicon its
         * language: any other language gets no sentiment rather than a
         * wrong one */
        if (o->sentiment && !vc_sentiment_covers(o->sentiment_languages, lang)) {
            aflags |= VC_ANALYZE_NO_SENTIMENT;
            b->n.comments_no_sentiment_language++;
        }
    }
    if (p->ntext > 1) {
        st = analyze_answers(w, b, rc, lang, aflags, group, qscore, &a);
    } else {
        st = vc_analyze_lang(w->an, text->p ? text->p : "", text->p ? text->n : 0, lang, aflags, &a);
        if (!st) {
            b->n.utf8_repaired += a.repaired;
            b->n.match_limit_hits += a.limit_hits;
            for (size_t t = 0; t < a.nthemes; t++) {
                w->tobs[t].theme = a.themes[t].theme;
                w->tobs[t].has_sentiment = a.has_sentiment;
                w->tobs[t].compound = a.themes[t].compound;
                w->tobs[t].model_only = 0;
            }
            if (o->model)
                st = model_themes(w, &a);
        }
    }
    if (st)
        return st;
    w->seg[0] = "all";
    w->seg_len[0] = 3;
    w->nvals[0] = 1;
    int fixed = 0;
    int multi = by_segments(w, &a, lang, &fixed);
    if (multi < 0)
        return VC_ERR_NOMEM;
    multi |= p->q_dim != SIZE_MAX;
    if (fixed && (st = repair_segments(w, &b->n.utf8_repaired)))
        return st;
    if (p->q_dim != SIZE_MAX) { /* added answer by answer below */
        w->seg[p->q_dim] = "";
        w->seg_len[p->q_dim] = 0;
        w->nvals[p->q_dim] = 0;
    }
    if (o->period_col) {
        const vc_field *f = &w->fields.v[p->sel_period];
        size_t d = o->nby + 1 + (p->q_dim != SIZE_MAX);
        size_t n = f->p && !f->is_null ? f->n : 0;
        while (n && (f->p[n - 1] == ' ' || f->p[n - 1] == '\t'))
            n--;
        w->nvals[d] = 1;
        size_t lead = 0;
        while (lead < n && (f->p[lead] == ' ' || f->p[lead] == '\t'))
            lead++;
        if (lead == n) { /* blank: the aggregator names it "(blank)" */
            w->seg[d] = "";
            w->seg_len[d] = 0;
        } else {
            int drc = p->date_settled != VC_DATE_AUTO
                          ? vc_period_label_settled(f->p + lead, n - lead, o->period_unit, p->date_settled,
                                                    w->period)
                          : vc_period_label(f->p + lead, n - lead, o->period_unit, o->date_order, w->period);
            if (drc == VC_DATE_OK) {
                w->seg[d] = w->period;
                w->seg_len[d] = strlen(w->period);
            } else {
                w->seg[d] = drc == VC_DATE_AMBIGUOUS ? "(ambiguous date)" : "(invalid date)";
                w->seg_len[d] = strlen(w->seg[d]);
                if (drc == VC_DATE_AMBIGUOUS)
                    b->n.ambiguous_dates++;
                else
                    b->n.invalid_dates++;
            }
        }
    }
    vc_obs obs = {group, score, w->seg, w->seg_len, w->tobs, a.nthemes, a.has_sentiment,
                  a.sentiment.compound};
    if ((st = multi ? vc_agg_add_values(w->agg, &obs, w->nvals) : vc_agg_add(w->agg, &obs)))
        return st;
    for (size_t q = 0; q < p->ntext && p->q_dim != SIZE_MAX; q++) {
        if (!w->ans_given[q])
            continue; /* a question's base is the respondents who answered it */
        size_t nt = vc_lexicon_theme_count(o->lex);
        vc_obs ans = {group, score, NULL, NULL, &w->ans_tobs[q * (nt ? nt : 1)], w->ans_nthemes[q],
                      a.has_sentiment, w->ans_compound[q]};
        if ((st = vc_agg_add_dim(w->agg, p->q_dim, p->text_names[q], strlen(p->text_names[q]), &ans)))
            return st;
        if (w->quotes) { /* this answer's quotes: its question in the question dimension */
            w->seg[p->q_dim] = p->text_names[q];
            w->seg_len[p->q_dim] = strlen(p->text_names[q]);
            w->nvals[p->q_dim] = 1;
            if ((st = vc_quotes_commit(w->quotes, w->seg, w->seg_len, w->nvals, vc_agg_dims(w->agg), 1)))
                return st;
        }
    }
    if (p->ntext == 1 && w->quotes &&
        ((st = vc_quotes_offer(w->quotes, &a, group, qscore, b->file, rc->line)) ||
         (st = vc_quotes_commit(w->quotes, w->seg, w->seg_len, w->nvals, vc_agg_dims(w->agg), SIZE_MAX))))
        return st;
    b->n.rows_analyzed++;
    if (o->hook) {
        vc_record_view v = {b->file, rc->recno, rc->line, text->p ? text->p : "", text->p ? text->n : 0,
                            &a, group, score, &w->fields.v[p->sel_hook], lang};
        if ((st = o->hook(o->hook_ctx, w->index, &v)))
            return st;
    }
    if (o->comments)
        return write_comment(w, b, rc, &a, group, lang);
    return VC_OK;
}
