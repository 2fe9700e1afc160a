/*
 * language_eval.c - language identification against hand labels.
 *
 * As sentiment_eval.c does, a scan reads the gold files (any format the
 * scan reads) with a record hook that does all the work (hook_only: no
 * themes are matched, no language is counted by the scan itself): each
 * worker identifies the comment and counts the (label, identified) pair
 * into its own list, so no locks are taken; the lists are summed once at
 * the end and sorted, so the result is the same for any thread count.
 * A label is made a code as a --language-column value is; "und" stays
 * "und"; a blank or unreadable label is counted apart.
 *
 * Ownership: the result owns its pairs and its scan; the options are
 * borrowed.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "vocal/buf.h"
#include "vocal/language.h"
#include "vocal/language_eval.h"
#include "vocal/text.h"

typedef struct leval_worker {
    uint64_t rows, unlabeled;
    vc_language_pair *v;
    size_t n, cap;
} leval_worker;

typedef struct leval_ctx {
    leval_worker *w;
    unsigned nw;
} leval_ctx;

void vc_language_eval_options_init(vc_language_eval_options *o)
{
    memset(o, 0, sizeof *o);
    vc_scan_options_init(&o->scan);
    o->scan.no_score = 1;
}

static vc_status add_pair(leval_worker *w, const char *gold, const char *id, uint64_t n, uint64_t nlong)
{
    for (size_t i = 0; i < w->n; i++)
        if (strcmp(w->v[i].gold, gold) == 0 && strcmp(w->v[i].identified, id) == 0) {
            w->v[i].comments += n;
            w->v[i].long_comments += nlong;
            return VC_OK;
        }
    if (w->n == w->cap) {
        size_t cap = w->cap ? 2 * w->cap : 16;
        vc_language_pair *v = vc_xrealloc_array(w->v, cap, sizeof *v);
        if (!v)
            return VC_ERR_NOMEM;
        w->v = v;
        w->cap = cap;
    }
    vc_language_pair *p = &w->v[w->n++];
    memset(p, 0, sizeof *p);
    strncpy(p->gold, gold, VC_LANGUAGE_CODE_MAX - 1);
    strncpy(p->identified, id, VC_LANGUAGE_CODE_MAX - 1);
    p->comments = n;
    p->long_comments = nlong;
    return VC_OK;
}

static size_t word_count(const char *s, size_t len, size_t stop)
{
    size_t pos = 0, a, b, n = 0;
    while (n < stop && vc_next_word(s, len, &pos, &a, &b))
        n++;
    return n;
}

static vc_status leval_hook(void *ctx, unsigned worker, const vc_record_view *r)
{
    leval_ctx *ec = ctx;
    leval_worker *w = &ec->w[worker];
    w->rows++;
    const vc_field *f = &r->cols[0];
    char gold[16];
    size_t n = f->p && !f->is_null ? vc_language_normalize(f->p, f->n, gold, sizeof gold) : 0;
    if (!n && f->p && !f->is_null) {
        const char *s = f->p;
        size_t m = f->n;
        while (m && (*s == ' ' || *s == '\t'))
            s++, m--;
        while (m && (s[m - 1] == ' ' || s[m - 1] == '\t' || s[m - 1] == '\r'))
            m--;
        if (m == 3 && strncasecmp(s, "und", 3) == 0) {
            strcpy(gold, VC_LANGUAGE_UND);
            n = 3;
        }
    }
    if (!n) {
        w->unlabeled++;
        return VC_OK;
    }
    const char *id = vc_language_identify(r->text, r->text_len);
    int is_long = word_count(r->text, r->text_len, VC_LANGUAGE_EVAL_LONG_WORDS) >= VC_LANGUAGE_EVAL_LONG_WORDS;
    return add_pair(w, gold, id, 1, (uint64_t)is_long);
}

static int pair_cmp(const void *a, const void *b)
{
    const vc_language_pair *x = a, *y = b;
    int c = strcmp(x->gold, y->gold);
    return c ? c : strcmp(x->identified, y->identified);
}

vc_status vc_language_eval_run(const vc_language_eval_options *o, vc_language_eval_result **out, vc_error *err)
{
    *out = NULL;
    vc_scan_options so = o->scan;
    vc_lexicon *own_lex = NULL;
    vc_status st = VC_OK;
    if (!so.lex && !(st = vc_lexicon_load_string("(none)", "", 0, NULL, &own_lex, err)))
        so.lex = own_lex;
    leval_ctx ec = {NULL, vc_scan_thread_count(so.threads)};
    vc_language_eval_result *r = st ? NULL : vc_xcalloc(1, sizeof *r);
    if (!st && (!r || !(ec.w = vc_xcalloc(ec.nw, sizeof *ec.w))))
        st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    const char *cols[1] = {o->labels_col ? o->labels_col : "language"};
    so.hook = leval_hook;
    so.hook_ctx = &ec;
    so.hook_cols = cols;
    so.nhook_cols = 1;
    so.hook_only = 1;
    so.no_score = 1;
    so.no_language = 1; /* the hook identifies; the scan itself counts rows only */
    so.language_col = NULL;
    if (!st)
        st = vc_scan_run(&so, &r->scan, err);
    if (!st) {
        leval_worker all = {0};
        for (unsigned i = 0; i < ec.nw && !st; i++) {
            all.rows += ec.w[i].rows;
            all.unlabeled += ec.w[i].unlabeled;
            for (size_t k = 0; k < ec.w[i].n && !st; k++)
                st = add_pair(&all, ec.w[i].v[k].gold, ec.w[i].v[k].identified, ec.w[i].v[k].comments,
                              ec.w[i].v[k].long_comments);
        }
        if (all.n > 1)
            qsort(all.v, all.n, sizeof *all.v, pair_cmp);
        r->comments = all.rows;
        r->unlabeled = all.unlabeled;
        r->pairs = all.v;
        r->npairs = all.n;
        if (st)
            vc_error_set(err, st, "out of memory");
    }
    if (!st) {
        *out = r;
    } else {
        vc_language_eval_result_free(r);
    }
    for (unsigned i = 0; ec.w && i < ec.nw; i++)
        free(ec.w[i].v);
    free(ec.w);
    vc_lexicon_free(own_lex);
    return st;
}

void vc_language_eval_result_free(vc_language_eval_result *r)
{
    if (!r)
        return;
    vc_scan_free(r->scan);
    free(r->pairs);
    free(r);
}
