/*
 * eval.c - a lexicon against hand labels (eval.h).
 *
 * The record hook, on the worker's thread, parses the comment's labels into
 * a gold flag per theme (a labeled theme and those above it), sets a
 * predicted flag per theme found, and counts support, predicted, true and
 * false positives and negatives in the worker's own arrays; a false positive
 * or negative is kept as an example, with the entries that fired for the
 * theme, when it is among the first in input order. The sentiment label, if
 * any, is compared with VADER's class of the comment. After the scan the
 * workers are merged into the first, the scores are computed from the merged
 * integers, and the merged counters and example lists move into the result.
 * A theme the gold file never labels is marked unjudged there: its
 * predictions say nothing about precision against that gold, so they are
 * kept as a count and left out of the averages (a pack's industry themes
 * against a gold file of the default's themes).
 * Per-worker state needs no locks: a worker only touches its own.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "vocal/buf.h"
#include "vocal/eval.h"
#include "vocal/sentiment.h"

typedef struct eval_worker {
    uint64_t *tp, *fp, *fn, *support, *predicted; /* per theme */
    uint8_t *gold, *pred;                          /* per theme, this record */
    vc_example_list *fps, *fns;                    /* per theme */
    uint64_t rows, labeled_sent, correct_sent, unknown_labels;
    uint64_t confusion[4][3]; /* gold (pos, neu, neg, other) x predicted */
    uint64_t cx_labeled, cx_correct, cx_confusion[4][3]; /* both modes: CX */
    vc_sentiment_scratch *cx; /* both modes: this worker's CX scoring */
    char unknown[8][64];      /* a few unknown label names */
    size_t nunknown;
    vc_buf scratch;
    vc_features feat;         /* with a model */
    double *logit;
} eval_worker;

typedef struct eval_ctx {
    const vc_lexicon *lex;
    size_t nthemes;
    size_t examples;
    int with_sentiment;
    const vc_sentiment_lexicon *cx_sent; /* both modes: score again in CX */
    eval_worker *w;
    unsigned nw;
    const uint8_t *unjudged; /* per theme, in the second pass only (read-only while threads run) */
    const vc_model *model;
    int model_use;
} eval_ctx;

/* The model's predictions into pred (lexicon ids, the themes above a leaf
 * included): alone, they replace the lexicon's; in a union, they add. */
static vc_status model_predictions(const eval_ctx *ec, eval_worker *w, const vc_analysis *a, uint8_t *pred)
{
    const vc_model *m = ec->model;
    vc_status st = vc_features_of(a->normalized, a->normalized_len, vc_model_bits(m), NULL, 0, &w->feat);
    if (st)
        return st;
    vc_model_logits(m, &w->feat, w->logit);
    if (ec->model_use == VC_EVAL_MODEL)
        memset(pred, 0, ec->nthemes);
    for (size_t i = 0; i < vc_model_theme_count(m); i++)
        if (vc_model_probability(w->logit[i]) >= vc_model_threshold(m, i))
            for (uint32_t u = vc_model_theme_id(m, i); u != VC_NO_THEME; u = vc_lexicon_theme_parent(ec->lex, u))
                pred[u] = 1;
    return VC_OK;
}

int vc_eval_label_matches(const char *theme, const char *label, size_t n)
{
    if (strlen(theme) == n && memcmp(theme, label, n) == 0)
        return 1;
    if (memchr(label, '/', n))
        return 0;
    const char *leaf = strrchr(theme, '/');
    leaf = leaf ? leaf + 1 : theme;
    return strlen(leaf) == n && memcmp(leaf, label, n) == 0;
}

static char *dup_trunc(const char *s, size_t n, size_t max)
{
    return vc_strndup(s, n < max ? n : max);
}

static void fired_entries(const eval_ctx *ec, const vc_analysis *a, uint32_t theme, vc_buf *b)
{
    vc_buf_reset(b);
    for (size_t h = 0; h < a->nhits; h++) {
        uint32_t t = a->hits[h].theme; /* a hit counts for its theme and those above */
        while (t != VC_NO_THEME && t != theme)
            t = vc_lexicon_theme_parent(ec->lex, t);
        if (t == VC_NO_THEME)
            continue;
        vc_entry_info e;
        vc_lexicon_entry(ec->lex, a->hits[h].entry, &e);
        vc_buf_printf(b, "%s'%s' (%s:%u)", b->len ? ", " : "", e.text, e.file, e.line);
    }
}

static int sentiment_label(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n == 8 && strncasecmp(s, "positive", 8) == 0)
        return VC_EVAL_POSITIVE;
    if (n == 7 && strncasecmp(s, "neutral", 7) == 0)
        return VC_EVAL_NEUTRAL;
    if (n == 8 && strncasecmp(s, "negative", 8) == 0)
        return VC_EVAL_NEGATIVE;
    return n ? VC_EVAL_OTHER : -1;
}

/* Sets the gold flags of the labels in s[0..n), counting the unknown ones. */
static void parse_labels(const eval_ctx *ec, eval_worker *w, const char *s, size_t n)
{
    const vc_lexicon *lex = ec->lex;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] != ';')
            j++;
        size_t a0 = i, b0 = j;
        while (a0 < b0 && (s[a0] == ' ' || s[a0] == '\t'))
            a0++;
        while (b0 > a0 && (s[b0 - 1] == ' ' || s[b0 - 1] == '\t'))
            b0--;
        if (b0 > a0) {
            int known = 0;
            for (uint32_t t = 0; t < ec->nthemes; t++) {
                if (!vc_eval_label_matches(vc_lexicon_theme_name(lex, t), s + a0, b0 - a0))
                    continue;
                known = 1;
                for (uint32_t u = t; u != VC_NO_THEME; u = vc_lexicon_theme_parent(lex, u))
                    w->gold[u] = 1;
            }
            if (!known) {
                w->unknown_labels++;
                int have = 0;
                for (size_t k = 0; k < w->nunknown && !have; k++)
                    have = strlen(w->unknown[k]) == b0 - a0 && memcmp(w->unknown[k], s + a0, b0 - a0) == 0;
                if (!have && w->nunknown < 8 && b0 - a0 < 64) {
                    memcpy(w->unknown[w->nunknown], s + a0, b0 - a0);
                    w->unknown[w->nunknown++][b0 - a0] = 0;
                }
            }
        }
        i = j + 1;
    }
}

/* Second pass: a theme above an unjudged one keeps a prediction only when a
 * hit of a judged theme at or below it made it (a hit of its own, or of a
 * judged child); a prediction that came only from an unjudged theme below it
 * is no prediction of it against this gold. `pred` holds the comment's themes
 * on entry (an exclusion's veto already applied) and the judged ones after. */
static void judged_predictions(const eval_ctx *ec, const vc_analysis *a, uint8_t *pred)
{
    const vc_lexicon *lex = ec->lex;
    uint8_t *keep = pred + ec->nthemes + 1; /* the second half of the worker's array */
    memset(keep, 0, ec->nthemes);
    for (size_t h = 0; h < a->nhits; h++) {
        uint32_t t = a->hits[h].theme;
        if (a->hits[h].exclude || !pred[t] || ec->unjudged[t])
            continue;
        for (; t != VC_NO_THEME; t = vc_lexicon_theme_parent(lex, t))
            keep[t] = 1;
    }
    for (size_t t = 0; t < ec->nthemes; t++)
        if (!ec->unjudged[t])
            pred[t] = keep[t];
}

static vc_status eval_hook(void *ctx, unsigned wi, const vc_record_view *r)
{
    eval_ctx *ec = ctx;
    eval_worker *w = &ec->w[wi];
    const vc_analysis *a = r->analysis;
    size_t nt = ec->nthemes;
    w->rows++;
    memset(w->gold, 0, nt);
    memset(w->pred, 0, nt);
    const vc_field *lab = &r->cols[0];
    parse_labels(ec, w, lab->p ? lab->p : "", lab->p && !lab->is_null ? lab->n : 0);
    for (size_t t = 0; t < a->nthemes; t++)
        w->pred[a->themes[t].theme] = 1;
    if (ec->unjudged)
        judged_predictions(ec, a, w->pred);
    if (ec->model && ec->model_use != VC_EVAL_LEXICON) {
        vc_status st = model_predictions(ec, w, a, w->pred);
        if (st)
            return st;
    }
    for (uint32_t t = 0; t < nt; t++) {
        w->support[t] += w->gold[t];
        w->predicted[t] += w->pred[t];
        if (w->gold[t] && w->pred[t]) {
            w->tp[t]++;
        } else if (w->gold[t] || w->pred[t]) {
            (w->pred[t] ? w->fp : w->fn)[t]++;
            if (ec->examples) {
                fired_entries(ec, a, t, &w->scratch);
                vc_example e = {r->file, r->recno, r->line, dup_trunc(r->text, r->text_len, 300),
                                vc_strndup(w->scratch.data ? w->scratch.data : "", w->scratch.len)};
                if (!e.text || !e.entries) {
                    free(e.text);
                    free(e.entries);
                    return VC_ERR_NOMEM;
                }
                vc_example_list_add(w->pred[t] ? &w->fps[t] : &w->fns[t], ec->examples, e);
            }
        }
    }
    if (ec->with_sentiment) {
        const vc_field *sl = &r->cols[1];
        int g = sl->p && !sl->is_null ? sentiment_label(sl->p, sl->n) : -1;
        if (g >= 0 && a->has_sentiment) {
            int p = vc_sentiment_class(a->sentiment.compound); /* 0 pos, 1 neutral, 2 neg */
            w->confusion[g][p]++;
            if (g != VC_EVAL_OTHER) {
                w->labeled_sent++;
                w->correct_sent += g == p;
            }
        }
        if (g >= 0 && ec->cx_sent) {
            vc_sentiment s;
            vc_status st = vc_sentiment_score_mode(ec->cx_sent, w->cx, VC_SENTIMENT_CX, r->text, r->text_len, &s);
            if (st)
                return st;
            int p = vc_sentiment_class(s.compound);
            w->cx_confusion[g][p]++;
            if (g != VC_EVAL_OTHER) {
                w->cx_labeled++;
                w->cx_correct += g == p;
            }
        }
    }
    return VC_OK;
}

void vc_eval_score_compute(vc_eval_score *s)
{
    s->precision = s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 0.0;
    s->recall = s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 0.0;
    s->f1 = s->precision + s->recall > 0 ? 2 * s->precision * s->recall / (s->precision + s->recall) : 0.0;
}

/* Workers 1.. into worker 0 (their examples move). */
static void merge_workers(eval_ctx *ec)
{
    eval_worker *m = &ec->w[0];
    for (unsigned i = 1; i < ec->nw; i++) {
        eval_worker *w = &ec->w[i];
        for (size_t t = 0; t < ec->nthemes; t++) {
            m->tp[t] += w->tp[t];
            m->fp[t] += w->fp[t];
            m->fn[t] += w->fn[t];
            m->support[t] += w->support[t];
            m->predicted[t] += w->predicted[t];
            for (size_t k = 0; k < w->fps[t].n; k++)
                vc_example_list_add(&m->fps[t], ec->examples, w->fps[t].v[k]);
            for (size_t k = 0; k < w->fns[t].n; k++)
                vc_example_list_add(&m->fns[t], ec->examples, w->fns[t].v[k]);
            w->fps[t].n = w->fns[t].n = 0;
        }
        m->rows += w->rows;
        m->labeled_sent += w->labeled_sent;
        m->correct_sent += w->correct_sent;
        m->unknown_labels += w->unknown_labels;
        m->cx_labeled += w->cx_labeled;
        m->cx_correct += w->cx_correct;
        for (int g = 0; g < 4; g++)
            for (int p = 0; p < 3; p++) {
                m->confusion[g][p] += w->confusion[g][p];
                m->cx_confusion[g][p] += w->cx_confusion[g][p];
            }
        for (size_t k = 0; k < w->nunknown; k++) {
            int have = 0;
            for (size_t j = 0; j < m->nunknown && !have; j++)
                have = strcmp(m->unknown[j], w->unknown[k]) == 0;
            if (!have && m->nunknown < 8)
                strcpy(m->unknown[m->nunknown++], w->unknown[k]);
        }
    }
}

/* The merged worker 0 becomes the result's counters, scores and examples. */
static void fill_result(eval_ctx *ec, vc_eval_result *r)
{
    const vc_lexicon *lex = ec->lex;
    eval_worker *m = &ec->w[0];
    r->comments = m->rows;
    r->unknown_labels = m->unknown_labels;
    memcpy(r->unknown, m->unknown, sizeof r->unknown);
    r->nunknown = m->nunknown;
    r->examples = ec->examples;
    r->with_sentiment = ec->with_sentiment;
    r->labeled_sentiment = m->labeled_sent;
    r->correct_sentiment = m->correct_sent;
    memcpy(r->confusion, m->confusion, sizeof r->confusion);
    r->with_cx_sentiment = ec->cx_sent != NULL;
    r->cx_labeled_sentiment = m->cx_labeled;
    r->cx_correct_sentiment = m->cx_correct;
    memcpy(r->cx_confusion, m->cx_confusion, sizeof r->cx_confusion);
    for (size_t t = 0; t < ec->nthemes; t++) {
        vc_eval_theme *th = &r->themes[t];
        th->name = vc_lexicon_theme_name(lex, (uint32_t)t);
        th->leaf = 1;
        th->score = (vc_eval_score){m->support[t], m->predicted[t], m->tp[t], m->fp[t], m->fn[t], 0, 0, 0};
        vc_eval_score_compute(&th->score);
        th->false_positives = m->fps[t];
        th->false_negatives = m->fns[t];
        m->fps[t] = m->fns[t] = (vc_example_list){NULL, 0};
    }
    for (uint32_t t = 0; t < ec->nthemes; t++)
        if (vc_lexicon_theme_parent(lex, t) != VC_NO_THEME)
            r->themes[vc_lexicon_theme_parent(lex, t)].leaf = 0;
    /* A theme the gold never labels is not judged: its predictions are not
     * false positives, and it is left out of the averages. */
    for (size_t t = 0; t < ec->nthemes; t++) {
        vc_eval_theme *th = &r->themes[t];
        if (th->score.support)
            continue;
        th->unjudged = 1;
        th->score = (vc_eval_score){0, th->score.predicted, 0, 0, 0, 0, 0, 0};
        vc_example_list_free(&th->false_positives);
        if (th->leaf) {
            r->nunjudged++;
            r->unjudged_predictions += th->score.predicted;
        }
    }
    for (size_t t = 0; t < ec->nthemes; t++) {
        const vc_eval_score *s = &r->themes[t].score;
        if (!r->themes[t].leaf || r->themes[t].unjudged)
            continue;
        r->nleaves++;
        r->micro.tp += s->tp;
        r->micro.fp += s->fp;
        r->micro.fn += s->fn;
        r->micro.support += s->support;
        r->micro.predicted += s->predicted;
        r->macro_precision += s->precision;
        r->macro_recall += s->recall;
        r->macro_f1 += s->f1;
    }
    vc_eval_score_compute(&r->micro);
    if (r->nleaves) {
        r->macro_precision /= (double)r->nleaves;
        r->macro_recall /= (double)r->nleaves;
        r->macro_f1 /= (double)r->nleaves;
    }
}

static int workers_alloc(eval_ctx *ec)
{
    size_t nt = ec->nthemes;
    for (unsigned i = 0; i < ec->nw; i++) {
        eval_worker *w = &ec->w[i];
        w->tp = vc_xcalloc(nt + 1, sizeof *w->tp);
        w->fp = vc_xcalloc(nt + 1, sizeof *w->fp);
        w->fn = vc_xcalloc(nt + 1, sizeof *w->fn);
        w->support = vc_xcalloc(nt + 1, sizeof *w->support);
        w->predicted = vc_xcalloc(nt + 1, sizeof *w->predicted);
        w->gold = vc_xcalloc(nt + 1, 1);
        w->pred = vc_xcalloc(2 * (nt + 1), 1); /* the flags, and scratch for judged_predictions */
        w->fps = vc_xcalloc(nt + 1, sizeof *w->fps);
        w->fns = vc_xcalloc(nt + 1, sizeof *w->fns);
        if (!w->tp || !w->fp || !w->fn || !w->support || !w->predicted || !w->gold || !w->pred || !w->fps || !w->fns)
            return -1;
        if (ec->cx_sent && !(w->cx = vc_sentiment_scratch_new()))
            return -1;
        if (ec->model && !(w->logit = vc_xcalloc(vc_model_theme_count(ec->model) + 1, sizeof *w->logit)))
            return -1;
        for (size_t t = 0; t < nt && ec->examples; t++) {
            w->fps[t].v = vc_xcalloc(ec->examples, sizeof(vc_example));
            w->fns[t].v = vc_xcalloc(ec->examples, sizeof(vc_example));
            if (!w->fps[t].v || !w->fns[t].v)
                return -1;
        }
    }
    return 0;
}

static void workers_free(eval_ctx *ec)
{
    for (unsigned i = 0; ec->w && i < ec->nw; i++) {
        eval_worker *w = &ec->w[i];
        for (size_t t = 0; t < ec->nthemes; t++) {
            if (w->fps)
                vc_example_list_free(&w->fps[t]);
            if (w->fns)
                vc_example_list_free(&w->fns[t]);
        }
        vc_sentiment_scratch_free(w->cx);
        free(w->tp);
        free(w->fp);
        free(w->fn);
        free(w->support);
        free(w->predicted);
        free(w->gold);
        free(w->pred);
        free(w->fps);
        free(w->fns);
        vc_buf_free(&w->scratch);
        vc_features_free(&w->feat);
        free(w->logit);
    }
    free(ec->w);
    ec->w = NULL;
}

void vc_eval_options_init(vc_eval_options *o)
{
    memset(o, 0, sizeof *o);
    vc_scan_options_init(&o->scan);
    o->examples = 3;
}

/* Workers, one pass over the gold files, the workers merged into the first. */
static vc_status run_pass(eval_ctx *ec, const vc_scan_options *so, vc_scan **scan, vc_error *err)
{
    ec->w = vc_xcalloc(ec->nw, sizeof(eval_worker));
    if (!ec->w || workers_alloc(ec))
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    vc_status st = vc_scan_run(so, scan, err);
    if (!st)
        merge_workers(ec);
    return st;
}

/* After the first pass: the themes the gold never labels, and whether any of
 * them was predicted under a judged theme (whose counts then include it). */
static int find_unjudged(const eval_ctx *ec, uint8_t *unjudged)
{
    const eval_worker *m = &ec->w[0];
    int above = 0;
    for (uint32_t t = 0; t < ec->nthemes; t++)
        unjudged[t] = m->support[t] == 0;
    for (uint32_t t = 0; t < ec->nthemes; t++) {
        uint32_t p = vc_lexicon_theme_parent(ec->lex, t);
        above |= unjudged[t] && m->predicted[t] && p != VC_NO_THEME && !unjudged[p];
    }
    return above;
}

/* Inputs that a second pass can read again: regular files. */
static int rereadable(const vc_scan_options *so)
{
    for (size_t i = 0; i < so->ninputs; i++) {
        struct stat sb;
        if (strcmp(so->inputs[i], "-") == 0 || stat(so->inputs[i], &sb) != 0 || !S_ISREG(sb.st_mode))
            return 0;
    }
    return 1;
}

vc_status vc_eval_run(const vc_eval_options *o, vc_eval_result **out, vc_error *err)
{
    *out = NULL;
    vc_scan_options so = o->scan;
    vc_sentiment_lexicon *sent = NULL;
    vc_status st = VC_OK;
    if (o->sentiment_col && !so.sentiment) {
        if ((st = vc_sentiment_lexicon_load_default(&sent, err)))
            return st;
        so.sentiment = sent;
    }
    unsigned both = 1u << VC_SENTIMENT_VADER | 1u << VC_SENTIMENT_CX;
    if (o->sentiment_modes == both)
        so.sentiment_mode = VC_SENTIMENT_VADER;
    else if (o->sentiment_modes)
        so.sentiment_mode = o->sentiment_modes & (1u << VC_SENTIMENT_CX) ? VC_SENTIMENT_CX : VC_SENTIMENT_VADER;
    eval_ctx ec = {so.lex, vc_lexicon_theme_count(so.lex), o->examples, o->sentiment_col != NULL,
                   o->sentiment_col && o->sentiment_modes == both ? so.sentiment : NULL, NULL,
                   vc_scan_thread_count(so.threads), NULL, o->model, o->model_use};
    vc_eval_result *r = vc_xcalloc(1, sizeof *r);
    uint8_t *unjudged = vc_xcalloc(ec.nthemes + 1, 1);
    if (r)
        r->themes = vc_xcalloc(ec.nthemes + 1, sizeof *r->themes);
    if (!r || !r->themes || !unjudged)
        st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    const char *cols[2] = {o->labels_col ? o->labels_col : "themes", o->sentiment_col};
    so.hook = eval_hook;
    so.hook_ctx = &ec;
    so.hook_cols = cols;
    so.nhook_cols = o->sentiment_col ? 2 : 1;
    so.hook_flags = VC_ANALYZE_DETAIL;
    if (!st)
        st = run_pass(&ec, &so, &r->scan, err);
    /* An unjudged theme predicted under a judged one: count again, with the
     * judged themes' predictions made by judged hits only. Which themes the
     * gold labels is known only after reading it, hence the second pass; an
     * input that cannot be read twice keeps the first pass's counts. */
    if (!st && find_unjudged(&ec, unjudged) && rereadable(&so)) {
        workers_free(&ec);
        vc_scan_free(r->scan);
        r->scan = NULL;
        ec.unjudged = unjudged;
        st = run_pass(&ec, &so, &r->scan, err);
    }
    if (!st) {
        fill_result(&ec, r);
        r->sentiment_mode = so.sentiment_mode;
        r->nthemes = ec.nthemes;
        *out = r;
    } else {
        vc_eval_result_free(r);
    }
    workers_free(&ec);
    free(unjudged);
    vc_sentiment_lexicon_free(sent);
    return st;
}

void vc_eval_result_free(vc_eval_result *r)
{
    if (!r)
        return;
    for (size_t t = 0; r->themes && t < r->nthemes; t++) {
        vc_example_list_free(&r->themes[t].false_positives);
        vc_example_list_free(&r->themes[t].false_negatives);
    }
    free(r->themes);
    vc_scan_free(r->scan);
    free(r);
}
