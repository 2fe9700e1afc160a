/*
 * sentiment_eval.c - sentiment scores against hand labels, per mode.
 *
 * A scan reads the gold files (any format the scan reads) with a record hook
 * that does all the work (hook_only: no themes are matched): each worker
 * scores the comment in every requested mode with its own scratch and
 * counts the predicted class against the label into its own counters, so
 * no locks are taken; the workers' counters are summed once at the end.
 * Labels are compared case-insensitively after trimming spaces; a label
 * other than positive, neutral or negative (such as "mixed") is kept in the
 * confusion matrix's "other" row but is not part of any accuracy.
 *
 * With a language column each comment is scored in its gold language (a
 * language lexicon, or VADER/CX for English), and each worker keeps a
 * small table of confusion matrices per language, summed by code at the
 * end.
 *
 * Ownership: the result owns its scan and its languages; the options are
 * borrowed.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "vocal/agg.h"
#include "vocal/buf.h"
#include "vocal/language.h"
#include "vocal/sentiment_eval.h"

typedef struct seval_worker {
    vc_sentiment_scratch *sc;
    vc_lang_scratch *lsc;
    uint64_t rows, unlabeled, no_lexicon;
    vc_sentiment_eval_mode m[2];
    vc_sentiment_eval_language *langs; /* confusion indexed by mode here */
    size_t nlangs, lcap;
} seval_worker;

typedef struct seval_ctx {
    const vc_sentiment_lexicon *lex;
    const vc_sentiment_languages *langs;
    int by_language;
    unsigned modes;
    seval_worker *w;
    unsigned nw;
} seval_ctx;

void vc_sentiment_eval_options_init(vc_sentiment_eval_options *o)
{
    memset(o, 0, sizeof *o);
    vc_scan_options_init(&o->scan);
    o->scan.no_score = 1;
    o->modes = 1u << VC_SENTIMENT_VADER;
}

static int label_of(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    if (n == 8 && strncasecmp(s, "positive", 8) == 0)
        return VC_SEVAL_POSITIVE;
    if (n == 7 && strncasecmp(s, "neutral", 7) == 0)
        return VC_SEVAL_NEUTRAL;
    if (n == 8 && strncasecmp(s, "negative", 8) == 0)
        return VC_SEVAL_NEGATIVE;
    return n ? VC_SEVAL_OTHER : -1;
}

static vc_status seval_hook(void *ctx, unsigned worker, const vc_record_view *r)
{
    seval_ctx *ec = ctx;
    seval_worker *w = &ec->w[worker];
    w->rows++;
    const vc_field *f = &r->cols[0];
    int g = f->p && !f->is_null ? label_of(f->p, f->n) : -1;
    if (g < 0) {
        w->unlabeled++;
        return VC_OK;
    }
    const vc_lang_sentiment *ls = NULL;
    vc_sentiment_eval_language *lrow = NULL;
    if (ec->by_language) {
        const vc_field *lf = &r->cols[1];
        char code[16] = VC_LANGUAGE_UND;
        if (lf->p && !lf->is_null && !vc_language_normalize(lf->p, lf->n, code, sizeof code))
            memcpy(code, VC_LANGUAGE_UND, sizeof VC_LANGUAGE_UND);
        if (!vc_sentiment_covers(ec->langs, code)) {
            w->no_lexicon++;
            return VC_OK;
        }
        ls = vc_sentiment_languages_get(ec->langs, code);
        for (size_t i = 0; i < w->nlangs && !lrow; i++)
            if (strcmp(w->langs[i].code, code) == 0)
                lrow = &w->langs[i];
        if (!lrow) {
            vc_sentiment_eval_language *v = vc_grow(w->langs, &w->lcap, w->nlangs, sizeof *v, 8);
            if (!v)
                return VC_ERR_NOMEM;
            w->langs = v;
            lrow = &v[w->nlangs++];
            memset(lrow, 0, sizeof *lrow);
            memcpy(lrow->code, code, sizeof code);
        }
    }
    for (int mode = 0; mode < 2; mode++) {
        if (!(ec->modes >> mode & 1u))
            continue;
        vc_sentiment s;
        vc_status st = ls ? vc_lang_sentiment_score(ls, w->lsc, r->text, r->text_len, &s)
                          : vc_sentiment_score_mode(ec->lex, w->sc, (vc_sentiment_mode)mode, r->text, r->text_len, &s);
        if (st)
            return st;
        vc_sentiment_eval_mode *m = &w->m[mode];
        int p = vc_sentiment_class(s.compound); /* 0 positive, 1 neutral, 2 negative */
        m->confusion[g][p]++;
        if (lrow)
            lrow->confusion[mode][g][p]++;
        if (g != VC_SEVAL_OTHER) {
            m->labeled++;
            m->correct += g == p;
        }
        if (g == VC_SEVAL_POSITIVE || g == VC_SEVAL_NEGATIVE) {
            m->polar++;
            m->polar_correct += (s.compound >= 0.05) == (g == VC_SEVAL_POSITIVE);
        }
    }
    return VC_OK;
}

static int by_code(const void *a, const void *b)
{
    return strcmp(((const vc_sentiment_eval_language *)a)->code, ((const vc_sentiment_eval_language *)b)->code);
}

/* The workers' languages summed by code, sorted, each matrix moved to the
 * slot of its mode in r->modes[]. */
static vc_status merge_languages(vc_sentiment_eval_result *r, const seval_ctx *ec)
{
    size_t cap = 0;
    for (unsigned i = 0; i < ec->nw; i++) {
        for (size_t k = 0; k < ec->w[i].nlangs; k++) {
            const vc_sentiment_eval_language *x = &ec->w[i].langs[k];
            vc_sentiment_eval_language *to = NULL;
            for (size_t j = 0; j < r->nlanguages && !to; j++)
                if (strcmp(r->languages[j].code, x->code) == 0)
                    to = &r->languages[j];
            if (!to) {
                vc_sentiment_eval_language *v = vc_grow(r->languages, &cap, r->nlanguages, sizeof *v, 8);
                if (!v)
                    return VC_ERR_NOMEM;
                r->languages = v;
                to = &v[r->nlanguages++];
                memset(to, 0, sizeof *to);
                memcpy(to->code, x->code, sizeof to->code);
            }
            for (size_t m = 0; m < r->nmodes; m++)
                for (int g = 0; g < 4; g++)
                    for (int p = 0; p < 3; p++)
                        to->confusion[m][g][p] += x->confusion[r->modes[m].mode][g][p];
        }
    }
    if (r->nlanguages > 1)
        qsort(r->languages, r->nlanguages, sizeof *r->languages, by_code);
    return VC_OK;
}

vc_status vc_sentiment_eval_run(const vc_sentiment_eval_options *o, vc_sentiment_eval_result **out, vc_error *err)
{
    *out = NULL;
    vc_scan_options so = o->scan;
    vc_sentiment_lexicon *own_sent = NULL;
    vc_lexicon *own_lex = NULL;
    vc_status st = VC_OK;
    if (!so.sentiment && !(st = vc_sentiment_lexicon_load_default(&own_sent, err)))
        so.sentiment = own_sent;
    if (!st && !so.lex && !(st = vc_lexicon_load_string("(none)", "", 0, NULL, &own_lex, err)))
        so.lex = own_lex;
    seval_ctx ec = {so.sentiment, so.sentiment_languages, o->language_col != NULL,
                    o->modes ? o->modes : 1u << VC_SENTIMENT_VADER, NULL, vc_scan_thread_count(so.threads)};
    vc_sentiment_eval_result *r = st ? NULL : vc_xcalloc(1, sizeof *r);
    if (!st && (!r || !(ec.w = vc_xcalloc(ec.nw, sizeof *ec.w))))
        st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    for (unsigned i = 0; !st && i < ec.nw; i++)
        if (!(ec.w[i].sc = vc_sentiment_scratch_new()) || !(ec.w[i].lsc = vc_lang_scratch_new()))
            st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    const char *cols[2] = {o->labels_col ? o->labels_col : "sentiment", o->language_col};
    so.hook = seval_hook;
    so.hook_ctx = &ec;
    so.hook_cols = cols;
    so.nhook_cols = o->language_col ? 2 : 1;
    so.hook_only = 1;
    so.no_score = 1;
    if (!st)
        st = vc_scan_run(&so, &r->scan, err);
    if (!st) {
        for (int mode = 0; mode < 2; mode++) {
            if (!(ec.modes >> mode & 1u))
                continue;
            vc_sentiment_eval_mode *m = &r->modes[r->nmodes++];
            m->mode = (vc_sentiment_mode)mode;
            for (unsigned i = 0; i < ec.nw; i++) {
                const vc_sentiment_eval_mode *x = &ec.w[i].m[mode];
                m->labeled += x->labeled;
                m->correct += x->correct;
                m->polar += x->polar;
                m->polar_correct += x->polar_correct;
                for (int g = 0; g < 4; g++)
                    for (int p = 0; p < 3; p++)
                        m->confusion[g][p] += x->confusion[g][p];
            }
        }
        for (unsigned i = 0; i < ec.nw; i++) {
            r->comments += ec.w[i].rows;
            r->unlabeled += ec.w[i].unlabeled;
            r->no_lexicon += ec.w[i].no_lexicon;
        }
        st = merge_languages(r, &ec);
    }
    if (!st) {
        *out = r;
    } else {
        vc_sentiment_eval_result_free(r);
    }
    for (unsigned i = 0; ec.w && i < ec.nw; i++) {
        vc_sentiment_scratch_free(ec.w[i].sc);
        vc_lang_scratch_free(ec.w[i].lsc);
        free(ec.w[i].langs);
    }
    free(ec.w);
    vc_lexicon_free(own_lex);
    vc_sentiment_lexicon_free(own_sent);
    return st;
}

void vc_sentiment_eval_result_free(vc_sentiment_eval_result *r)
{
    if (!r)
        return;
    vc_scan_free(r->scan);
    free(r->languages);
    free(r);
}
