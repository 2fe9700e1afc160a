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
 * Ownership: the result owns its scan; the options are borrowed.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "vocal/agg.h"
#include "vocal/buf.h"
#include "vocal/sentiment_eval.h"

typedef struct seval_worker {
    vc_sentiment_scratch *sc;
    uint64_t rows, unlabeled;
    vc_sentiment_eval_mode m[2];
} seval_worker;

typedef struct seval_ctx {
    const vc_sentiment_lexicon *lex;
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
    for (int mode = 0; mode < 2; mode++) {
        if (!(ec->modes >> mode & 1u))
            continue;
        vc_sentiment s;
        vc_status st = vc_sentiment_score_mode(ec->lex, w->sc, (vc_sentiment_mode)mode, r->text, r->text_len, &s);
        if (st)
            return st;
        vc_sentiment_eval_mode *m = &w->m[mode];
        int p = vc_sentiment_class(s.compound); /* 0 positive, 1 neutral, 2 negative */
        m->confusion[g][p]++;
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
    seval_ctx ec = {so.sentiment, o->modes ? o->modes : 1u << VC_SENTIMENT_VADER, NULL,
                    vc_scan_thread_count(so.threads)};
    vc_sentiment_eval_result *r = st ? NULL : vc_xcalloc(1, sizeof *r);
    if (!st && (!r || !(ec.w = vc_xcalloc(ec.nw, sizeof *ec.w))))
        st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    for (unsigned i = 0; !st && i < ec.nw; i++)
        if (!(ec.w[i].sc = vc_sentiment_scratch_new()))
            st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    const char *cols[1] = {o->labels_col ? o->labels_col : "sentiment"};
    so.hook = seval_hook;
    so.hook_ctx = &ec;
    so.hook_cols = cols;
    so.nhook_cols = 1;
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
        }
        *out = r;
    } else {
        vc_sentiment_eval_result_free(r);
    }
    for (unsigned i = 0; ec.w && i < ec.nw; i++)
        vc_sentiment_scratch_free(ec.w[i].sc);
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
    free(r);
}
