/*
 * learn.c - train a theme model from the lexicon's matches (learn.h).
 *
 * Pass 1 is a pipeline scan with a record hook: each worker turns its
 * comments into spill records (key, flags, positive and vetoed leaf
 * themes, features) in a temporary file of its own. With `labels`, a
 * second scan reads the gold file the same way, its labels in place of the
 * lexicon's. Workers see comments in any order, so the spills are then
 * redistributed by a hash of the key into NBUCKET bucket files, and each
 * bucket, sorted by that hash, is appended to one training file (the
 * held-out records to another): the order of training is a shuffle fixed
 * by the data alone, whatever the thread count. Only one bucket is ever
 * in memory.
 *
 * Training is plain stochastic gradient descent of the logistic loss, one
 * theme at a time over the training file (a theme's weights are its own, so
 * themes need not see each other), the step shrinking by epoch. Small
 * weights are dropped. Thresholds come from a histogram of the held-out
 * probabilities per theme (HBINS bins, positives and negatives apart).
 *
 * Record layout (native byte order; the files never leave this process):
 * u64 key, u8 flags, u8 pad, u16 npos, u16 nveto, u16 pad, u32 nfeat, then
 * npos and nveto u16 leaf indices (padded with one u16 to a multiple of 4
 * bytes), then nfeat u32 buckets: every field is aligned.
 */
#include <errno.h>
#include <pthread.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/analyze.h"
#include "vocal/eval.h"
#include "vocal/learn.h"
#include "vocal/stopwords.h"

#define NBUCKET 64
#define HBINS 1000

enum { R_HELD = 1, R_MATCHED = 2, R_GOLD = 4 };

typedef struct rec_head {
    uint64_t key;
    uint8_t flags, pad0;
    uint16_t npos, nveto, pad1;
    uint32_t nfeat;
} rec_head;

/* A record's body: the u16 leaf lists padded to 4 bytes, then the u32
 * features, so every feature is aligned (the header's size is a multiple
 * of 4, and records follow each other in the files and chunks). */
_Static_assert(sizeof(rec_head) % 4 == 0, "records stay 4-byte aligned");
static size_t lists_size(const rec_head *h) { return ((size_t)h->npos + h->nveto + 1) / 2 * 4; }
static size_t body_size(const rec_head *h) { return lists_size(h) + (size_t)h->nfeat * 4; }
static const uint32_t *feats_of(const rec_head *h, const unsigned char *body)
{
    return (const uint32_t *)(const void *)(body + lists_size(h));
}

typedef struct learn_worker {
    FILE *spill;
    vc_features f;
    vc_span_range *mask;
    size_t mask_cap;
    uint16_t *pos, *veto;
    unsigned char *flag; /* per leaf, scratch */
    uint64_t comments, matched, labeled;
    int failed;
} learn_worker;

typedef struct learn_ctx {
    const vc_learn_options *o;
    const vc_lexicon *lex;
    size_t nleaf;
    int32_t *leaf_of;       /* lexicon theme -> leaf index, -1 above */
    uint32_t *leaf_theme;   /* leaf index -> lexicon theme */
    learn_worker *w;
    unsigned nw;
    int gold_pass;
    size_t labels_slot;
} learn_ctx;

static uint64_t mix64(uint64_t h)
{
    h += 0x9e3779b97f4a7c15ULL;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

void vc_learn_options_init(vc_learn_options *o)
{
    memset(o, 0, sizeof *o);
    vc_scan_options_init(&o->scan);
    o->labels_weight = 5;
    o->unmatched_weight = VC_LEARN_UNMATCHED_WEIGHT;
    o->mask = 1;
    o->bits = VC_MODEL_BITS_DEFAULT;
    o->epochs = 4;
    o->learning_rate = 0.2;
    o->target_precision = 0.8;
    o->holdout = 0.1;
}

static int held(const learn_ctx *c, uint64_t key)
{
    return (double)(mix64(key ^ 0x5eedULL) % 10000) < c->o->holdout * 10000.0;
}

/* The gold labels of s[0..n) as leaf flags (a label naming a parent marks
 * nothing: the model's themes are leaves). */
static void gold_flags(const learn_ctx *c, learn_worker *w, const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] != ';')
            j++;
        size_t a = i, b = j;
        while (a < b && (s[a] == ' ' || s[a] == '\t'))
            a++;
        while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
            b--;
        for (size_t k = 0; b > a && k < c->nleaf; k++)
            if (vc_eval_label_matches(vc_lexicon_theme_name(c->lex, c->leaf_theme[k]), s + a, b - a))
                w->flag[k] = 1;
        i = j + 1;
    }
}

static vc_status learn_hook(void *ctx, unsigned wi, const vc_record_view *r)
{
    learn_ctx *c = ctx;
    learn_worker *w = &c->w[wi];
    const vc_analysis *a = r->analysis;
    uint64_t key = ((uint64_t)r->file << 40 | r->recno) ^ (c->gold_pass ? 1ULL << 63 : 0);
    rec_head h = {.key = key};
    size_t nmask = 0;
    memset(w->flag, 0, c->nleaf);
    if (c->gold_pass) {
        const vc_field *lab = &r->cols[0];
        if (lab->p && !lab->is_null)
            gold_flags(c, w, lab->p, lab->n);
        h.flags |= R_GOLD;
        w->labeled++;
    } else {
        for (size_t t = 0; t < a->nthemes; t++) {
            int32_t l = c->leaf_of[a->themes[t].theme];
            if (l >= 0)
                w->flag[l] = 1;
        }
        if (a->nthemes)
            h.flags |= R_MATCHED;
        for (size_t k = 0; k < a->nhits; k++) {
            const vc_hit *x = &a->hits[k];
            if (x->exclude) { /* vetoes the theme and every leaf below it */
                for (size_t l = 0; l < c->nleaf; l++)
                    for (uint32_t u = c->leaf_theme[l]; u != VC_NO_THEME; u = vc_lexicon_theme_parent(c->lex, u))
                        if (u == x->theme && w->flag[l] != 1)
                            w->flag[l] = 2;
                continue;
            }
            if (!c->o->mask)
                continue;
            if (nmask == w->mask_cap) {
                vc_span_range *m = vc_grow(w->mask, &w->mask_cap, nmask, sizeof *m, 16);
                if (!m)
                    return VC_ERR_NOMEM;
                w->mask = m;
            }
            w->mask[nmask].start = x->start;
            w->mask[nmask].end = x->end;
            nmask++;
        }
        w->comments++;
        w->matched += a->nthemes != 0;
    }
    if (held(c, key))
        h.flags |= R_HELD;
    for (size_t l = 0; l < c->nleaf; l++) {
        if (w->flag[l] == 1)
            w->pos[h.npos++] = (uint16_t)l;
        else if (w->flag[l] == 2)
            w->veto[h.nveto++] = (uint16_t)l;
    }
    vc_status st = vc_features_of(a->normalized, a->normalized_len, c->o->bits, w->mask, nmask, &w->f);
    if (st)
        return st;
    h.nfeat = (uint32_t)w->f.n;
    if (fwrite(&h, sizeof h, 1, w->spill) != 1 || fwrite(w->pos, 2, h.npos, w->spill) != h.npos ||
        fwrite(w->veto, 2, h.nveto, w->spill) != h.nveto ||
        ((h.npos + h.nveto) % 2 && fwrite("\0\0", 2, 1, w->spill) != 1) ||
        fwrite(w->f.v, 4, h.nfeat, w->spill) != h.nfeat) {
        w->failed = 1;
        return VC_ERR_IO;
    }
    return VC_OK;
}

/* ---- the spill --------------------------------------------------------------- */

typedef struct rec {
    rec_head h;
    uint64_t order;
    const uint16_t *pos, *veto;
    const uint32_t *feat;
} rec;

/* Read one record into buf (grown as needed); 0 at the end, -1 on error. */
static int read_rec(FILE *f, rec_head *h, unsigned char **buf, size_t *cap, size_t *len)
{
    if (fread(h, sizeof *h, 1, f) != 1)
        return ferror(f) ? -1 : 0;
    size_t n = body_size(h);
    if (n > *cap) {
        unsigned char *b = realloc(*buf, n);
        if (!b)
            return -1;
        *buf = b;
        *cap = n;
    }
    if (n && fread(*buf, 1, n, f) != n)
        return -1;
    *len = n;
    return 1;
}

static int put_rec(FILE *f, const rec_head *h, const void *body, size_t n)
{
    return fwrite(h, sizeof *h, 1, f) == 1 && (!n || fwrite(body, 1, n, f) == n);
}

static int by_order(const void *a, const void *b)
{
    const rec *x = a, *y = b;
    if (x->order != y->order)
        return x->order < y->order ? -1 : 1;
    return x->h.key < y->h.key ? -1 : x->h.key > y->h.key;
}

/* Worker spills -> buckets -> one training file in hash order, and the
 * held-out file. */
static vc_status shuffle(learn_ctx *c, FILE **train, FILE **heldf, vc_error *err)
{
    FILE *bucket[NBUCKET] = {0};
    unsigned char *buf = NULL;
    size_t cap = 0, len;
    vc_status st = VC_OK;
    *train = tmpfile();
    *heldf = tmpfile();
    for (int b = 0; b < NBUCKET && *train && *heldf; b++)
        if (!(bucket[b] = tmpfile()))
            break;
    if (!*train || !*heldf || !bucket[NBUCKET - 1]) {
        st = vc_error_set(err, VC_ERR_IO, "learn: cannot make a temporary file: %s", strerror(errno));
        goto done;
    }
    for (unsigned i = 0; i < c->nw && !st; i++) {
        FILE *s = c->w[i].spill;
        rewind(s);
        rec_head h;
        int r;
        while ((r = read_rec(s, &h, &buf, &cap, &len)) == 1) {
            FILE *to = (h.flags & R_HELD) ? *heldf : bucket[mix64(h.key) >> 58];
            if (!put_rec(to, &h, buf, len)) {
                r = -1;
                break;
            }
        }
        if (r < 0)
            st = vc_error_set(err, VC_ERR_IO, "learn: temporary file: %s", strerror(errno));
    }
    for (int b = 0; b < NBUCKET && !st; b++) {
        /* the bucket in memory, sorted by the hash of its keys */
        long size = ftell(bucket[b]);
        if (size <= 0)
            continue;
        unsigned char *all = malloc((size_t)size);
        rec *rs = NULL;
        size_t n = 0, rcap = 0;
        rewind(bucket[b]);
        if (!all || fread(all, 1, (size_t)size, bucket[b]) != (size_t)size) {
            free(all);
            st = vc_error_set(err, VC_ERR_IO, "learn: temporary file: %s", all ? strerror(errno) : "out of memory");
            break;
        }
        for (size_t at = 0; at < (size_t)size;) {
            if (n == rcap) {
                rec *g = vc_grow(rs, &rcap, n, sizeof *rs, 1024);
                if (!g) {
                    st = VC_ERR_NOMEM;
                    break;
                }
                rs = g;
            }
            rec *x = &rs[n++];
            memcpy(&x->h, all + at, sizeof x->h);
            at += sizeof x->h;
            x->pos = (const uint16_t *)(void *)(all + at);
            x->order = mix64(x->h.key ^ 0x0bdeULL);
            at += body_size(&x->h);
        }
        if (!st) {
            qsort(rs, n, sizeof *rs, by_order);
            for (size_t k = 0; k < n && !st; k++) {
                size_t body = body_size(&rs[k].h);
                if (!put_rec(*train, &rs[k].h, rs[k].pos, body))
                    st = vc_error_set(err, VC_ERR_IO, "learn: temporary file: %s", strerror(errno));
            }
        }
        free(rs);
        free(all);
        fclose(bucket[b]);
        bucket[b] = NULL;
    }
    if (st == VC_ERR_NOMEM)
        vc_error_set(err, st, "learn: out of memory");
done:
    for (int b = 0; b < NBUCKET; b++)
        if (bucket[b])
            fclose(bucket[b]);
    free(buf);
    return st;
}

/* The label of leaf l in a record and its weight (0: not used). */
static double target(const learn_ctx *c, const rec_head *h, const uint16_t *pos, const uint16_t *veto, size_t l,
                     int *y)
{
    *y = 0;
    for (size_t k = 0; k < h->npos; k++)
        if (pos[k] == l) {
            *y = 1;
            return (h->flags & R_GOLD) ? c->o->labels_weight : 1.0;
        }
    if (h->flags & R_GOLD)
        return c->o->labels_weight;
    for (size_t k = 0; k < h->nveto; k++) /* its exclusion said no: a sure negative */
        if (veto[k] == l)
            return 1.0;
    return (h->flags & R_MATCHED) ? 1.0 : c->o->unmatched_weight;
}

/* One SGD step of leaf l on one record. */
static void step(const learn_ctx *c, const rec_head *h, const unsigned char *body, size_t l, float *w, double *b,
                 double eta)
{
    const uint16_t *pos = (const uint16_t *)(const void *)body, *veto = pos + h->npos;
    const uint32_t *f = feats_of(h, body);
    int y;
    double wt = target(c, h, pos, veto, l, &y);
    if (wt <= 0)
        return;
    double z = *b;
    for (uint32_t k = 0; k < h->nfeat; k++)
        z += w[f[k]];
    double g = (vc_model_probability(z) - y) * wt * eta;
    for (uint32_t k = 0; k < h->nfeat; k++)
        w[f[k]] -= (float)g;
    *b -= g;
}

/* Training runs the epochs over the training file in chunks of whole
 * records read by the calling thread; for each chunk, nthreads threads
 * (the caller one of them) each step their own leaves (l % nthreads == its
 * index) through it, in record order, so a leaf's weights see exactly the
 * sequence they would on one thread. A thread per chunk and index is
 * started and joined: a few dozen per epoch, nothing next to the work. */
#define CHUNK_BYTES (8u << 20)

typedef struct trainer {
    const learn_ctx *c;
    float **w;              /* per leaf, 2^bits */
    double *b;              /* per leaf */
    const unsigned char *chunk;
    size_t len;
    double eta;
    unsigned nthreads;
} trainer;

typedef struct trainer_arg {
    trainer *t;
    unsigned index;
} trainer_arg;

static void train_chunk(trainer *t, unsigned index)
{
    for (size_t l = index; l < t->c->nleaf; l += t->nthreads)
        for (size_t at = 0; at < t->len;) {
            rec_head h;
            memcpy(&h, t->chunk + at, sizeof h);
            at += sizeof h;
            step(t->c, &h, t->chunk + at, l, t->w[l], &t->b[l], t->eta);
            at += body_size(&h);
        }
}

static void *trainer_main(void *p)
{
    trainer_arg *a = p;
    train_chunk(a->t, a->index);
    return NULL;
}

static vc_status train_all(learn_ctx *c, FILE *train, float **w, double *b, unsigned nthreads, vc_error *err)
{
    trainer t = {.c = c, .w = w, .b = b, .nthreads = nthreads ? nthreads : 1};
    unsigned char *chunk = malloc(CHUNK_BYTES), *buf = NULL;
    size_t cap = 0, len;
    pthread_t *th = calloc(t.nthreads, sizeof *th);
    trainer_arg *args = calloc(t.nthreads, sizeof *args);
    int *run = calloc(t.nthreads, sizeof *run);
    vc_status st = VC_OK;
    if (!chunk || !th || !args || !run)
        st = vc_error_set(err, VC_ERR_NOMEM, "learn: out of memory");
    t.chunk = chunk;
    for (unsigned e = 0; e < c->o->epochs && !st; e++) {
        t.eta = c->o->learning_rate / (1.0 + e);
        rewind(train);
        int r = 1;
        while (r == 1 && !st) {
            rec_head h;
            t.len = 0;
            /* a chunk of whole records (a record larger than a chunk is
             * a chunk of its own) */
            while ((r = read_rec(train, &h, &buf, &cap, &len)) == 1) {
                size_t need = sizeof h + len;
                if (t.len && t.len + need > CHUNK_BYTES) {
                    if (fseek(train, -(long)need, SEEK_CUR) != 0)
                        r = -1;
                    break;
                }
                if (need > CHUNK_BYTES) {
                    unsigned char *g = realloc(chunk, need);
                    if (!g) {
                        r = -1;
                        break;
                    }
                    t.chunk = chunk = g;
                }
                memcpy(chunk + t.len, &h, sizeof h);
                memcpy(chunk + t.len + sizeof h, buf, len);
                t.len += need;
            }
            if (r < 0) {
                st = vc_error_set(err, VC_ERR_IO, "learn: temporary file: %s", strerror(errno));
                break;
            }
            if (!t.len)
                break;
            for (unsigned i = 1; i < t.nthreads; i++) {
                args[i] = (trainer_arg){&t, i};
                run[i] = pthread_create(&th[i], NULL, trainer_main, &args[i]) == 0;
            }
            train_chunk(&t, 0);
            for (unsigned i = 1; i < t.nthreads; i++) {
                if (run[i])
                    pthread_join(th[i], NULL);
                else
                    train_chunk(&t, i); /* no thread: the same work here */
            }
            if (c->o->scan.stop && *c->o->scan.stop)
                st = vc_error_set(err, VC_ERR_INTERRUPTED, "learn: interrupted");
        }
    }
    free(chunk);
    free(buf);
    free(th);
    free(args);
    free(run);
    size_t nb = (size_t)1 << c->o->bits;
    for (size_t l = 0; !st && l < c->nleaf; l++)
        for (size_t k = 0; k < nb; k++)
            if (fabsf(w[l][k]) < 1e-3f)
                w[l][k] = 0;
    return st;
}

/* Threshold of leaf l from the held-out records: the lowest bin edge at
 * which precision reaches the target with at least 3 predicted. */
static vc_status threshold(learn_ctx *c, FILE *heldf, size_t l, const float *w, double b, vc_learn_theme *t,
                           vc_error *err)
{
    uint64_t pos[HBINS] = {0}, neg[HBINS] = {0};
    unsigned char *buf = NULL;
    size_t cap = 0, len;
    rewind(heldf);
    rec_head h;
    int r;
    while ((r = read_rec(heldf, &h, &buf, &cap, &len)) == 1) {
        const uint16_t *p = (const uint16_t *)(void *)buf;
        const uint32_t *f = feats_of(&h, buf);
        int y;
        target(c, &h, p, p + h.npos, l, &y);
        double z = b;
        for (uint32_t k = 0; k < h.nfeat; k++)
            z += w[f[k]];
        int bin = (int)(vc_model_probability(z) * HBINS);
        if (bin >= HBINS)
            bin = HBINS - 1;
        if (y) {
            pos[bin]++;
            t->held_positives++;
        } else {
            neg[bin]++;
            t->held_negatives++;
        }
    }
    free(buf);
    if (r < 0)
        return vc_error_set(err, VC_ERR_IO, "learn: temporary file: %s", strerror(errno));
    t->threshold = 2.0; /* off */
    t->precision = t->recall = 0;
    uint64_t tp = 0, fp = 0;
    for (int bin = HBINS - 1; bin >= 0; bin--) {
        tp += pos[bin];
        fp += neg[bin];
        if (tp + fp >= 3 && (double)tp >= c->o->target_precision * (double)(tp + fp) && bin >= HBINS / 2) {
            t->threshold = (double)bin / HBINS;
            t->precision = (double)tp / (double)(tp + fp);
            t->recall = t->held_positives ? (double)tp / (double)t->held_positives : 0;
        }
    }
    return VC_OK;
}

static vc_status scan_pass(learn_ctx *c, const char *const *inputs, size_t n, const char *labels_col,
                           vc_error *err)
{
    vc_scan_options so = c->o->scan;
    so.inputs = inputs;
    so.ninputs = n;
    so.lex = c->lex;
    so.sentiment = NULL;
    so.hook = learn_hook;
    so.hook_ctx = c;
    so.hook_flags = VC_ANALYZE_DETAIL;
    so.hook_only = 0;
    so.hook_cols = labels_col ? &labels_col : NULL;
    so.nhook_cols = labels_col ? 1 : 0;
    so.by = NULL;
    so.nby = 0;
    so.period_col = NULL;
    so.rejects = NULL;
    so.comments = NULL;
    so.quotes = 0;
    vc_scan *scan = NULL;
    vc_status st = vc_scan_run(&so, &scan, err);
    vc_scan_free(scan);
    return st;
}

vc_status vc_learn(const vc_learn_options *o, vc_model **out, vc_learn_report *rep, vc_error *err)
{
    *out = NULL;
    memset(rep, 0, sizeof *rep);
    for (size_t i = 0; i < o->scan.ninputs; i++)
        if (strcmp(o->scan.inputs[i], "-") == 0)
            return vc_error_set(err, VC_ERR_USAGE,
                                "learn reads its inputs more than once: give files, not '-' (stdin)");
    if (o->bits < VC_MODEL_BITS_MIN || o->bits > VC_MODEL_BITS_MAX || !o->epochs || o->holdout <= 0 ||
        o->holdout >= 1 || o->target_precision <= 0 || o->target_precision > 1 || o->unmatched_weight < 0 ||
        o->labels_weight < 0)
        return vc_error_set(err, VC_ERR_USAGE, "learn: an option is out of range");
    const vc_lexicon *lex = o->scan.lex;
    vc_model *m = vc_model_new(lex, o->bits);
    if (!m)
        return vc_error_set(err, VC_ERR_NOMEM, "learn: out of memory");
    learn_ctx c = {.o = o, .lex = lex, .nleaf = vc_model_theme_count(m)};
    size_t nthemes = vc_lexicon_theme_count(lex);
    c.nw = vc_scan_thread_count(o->scan.threads);
    c.leaf_of = malloc((nthemes ? nthemes : 1) * sizeof *c.leaf_of);
    c.leaf_theme = malloc((c.nleaf ? c.nleaf : 1) * sizeof *c.leaf_theme);
    c.w = calloc(c.nw, sizeof *c.w);
    vc_status st = VC_OK;
    FILE *train = NULL, *heldf = NULL;
    float **ws = NULL;
    double *bs = NULL;
    if (!c.leaf_of || !c.leaf_theme || !c.w) {
        st = vc_error_set(err, VC_ERR_NOMEM, "learn: out of memory");
        goto done;
    }
    for (size_t t = 0; t < nthemes; t++)
        c.leaf_of[t] = -1;
    for (size_t l = 0; l < c.nleaf; l++) {
        c.leaf_theme[l] = vc_model_theme_id(m, l);
        c.leaf_of[c.leaf_theme[l]] = (int32_t)l;
    }
    for (unsigned i = 0; i < c.nw; i++) {
        learn_worker *wk = &c.w[i];
        wk->spill = tmpfile();
        wk->pos = malloc((c.nleaf + 1) * 2);
        wk->veto = malloc((c.nleaf + 1) * 2);
        wk->flag = malloc(c.nleaf + 1);
        if (!wk->spill || !wk->pos || !wk->veto || !wk->flag) {
            st = vc_error_set(err, VC_ERR_IO, "learn: cannot make a temporary file: %s", strerror(errno));
            goto done;
        }
    }
    if ((st = scan_pass(&c, o->scan.inputs, o->scan.ninputs, NULL, err)))
        goto done;
    if (o->labels) {
        c.gold_pass = 1;
        if ((st = scan_pass(&c, &o->labels, 1, o->labels_col ? o->labels_col : "themes", err)))
            goto done;
    }
    for (unsigned i = 0; i < c.nw; i++) {
        rep->comments += c.w[i].comments;
        rep->matched += c.w[i].matched;
        rep->labeled += c.w[i].labeled;
    }
    rep->unmatched = rep->comments - rep->matched;
    if ((st = shuffle(&c, &train, &heldf, err)))
        goto done;
    rep->held_out = 0;
    rep->nthemes = c.nleaf;
    rep->themes = calloc(c.nleaf ? c.nleaf : 1, sizeof *rep->themes);
    ws = calloc(c.nleaf + 1, sizeof *ws);
    bs = calloc(c.nleaf + 1, sizeof *bs);
    if (!rep->themes || !ws || !bs) {
        st = vc_error_set(err, VC_ERR_NOMEM, "learn: out of memory");
        goto done;
    }
    for (size_t l = 0; l < c.nleaf; l++)
        if (!(ws[l] = calloc((size_t)1 << o->bits, sizeof **ws))) {
            st = vc_error_set(err, VC_ERR_NOMEM, "learn: out of memory");
            goto done;
        }
    unsigned nthreads = c.nw < c.nleaf ? c.nw : (unsigned)(c.nleaf ? c.nleaf : 1);
    if ((st = train_all(&c, train, ws, bs, nthreads, err)))
        goto done;
    for (size_t l = 0; l < c.nleaf && !st; l++) {
        vc_learn_theme *t = &rep->themes[l];
        t->name = vc_model_theme_name(m, l);
        if ((st = threshold(&c, heldf, l, ws[l], bs[l], t, err)))
            break;
        if ((st = vc_model_set_theme(m, l, bs[l], t->threshold, ws[l])))
            vc_error_set(err, st, "learn: out of memory");
    }
    if (!st && rep->nthemes)
        rep->held_out = rep->themes[0].held_positives + rep->themes[0].held_negatives;
    /* positives seen in training, per theme */
    if (!st) {
        unsigned char *buf = NULL;
        size_t cap = 0, len;
        rec_head h;
        rewind(train);
        while (read_rec(train, &h, &buf, &cap, &len) == 1) {
            const uint16_t *p = (const uint16_t *)(void *)buf;
            for (size_t k = 0; k < h.npos; k++)
                rep->themes[p[k]].positives++;
        }
        free(buf);
    }
done:
    for (unsigned i = 0; c.w && i < c.nw; i++) {
        if (c.w[i].spill)
            fclose(c.w[i].spill);
        vc_features_free(&c.w[i].f);
        free(c.w[i].mask);
        free(c.w[i].pos);
        free(c.w[i].veto);
        free(c.w[i].flag);
    }
    free(c.w);
    free(c.leaf_of);
    free(c.leaf_theme);
    for (size_t l = 0; ws && l < c.nleaf; l++)
        free(ws[l]);
    free(ws);
    free(bs);
    if (train)
        fclose(train);
    if (heldf)
        fclose(heldf);
    if (st) {
        vc_model_free(m);
        vc_learn_report_free(rep);
        return st;
    }
    *out = m;
    return VC_OK;
}

void vc_learn_report_free(vc_learn_report *r)
{
    free(r->themes);
    memset(r, 0, sizeof *r);
}

/* ---- suggestions ------------------------------------------------------------------ */

typedef struct sug_str {
    char *s;
    uint64_t count;
    uint64_t ex_key; /* the first comment using it, by (file, record) */
    char *ex;
} sug_str;

typedef struct sug_slot { /* the strings seen in one candidate bucket */
    sug_str *v;
    size_t n, cap;
} sug_slot;

typedef struct sug_ctx {
    const vc_model *m;
    vc_stopwords stop;  /* sorted copy in `sorted` */
    const char **sorted;
    unsigned bits;
    int32_t *slot_of;   /* bucket -> candidate slot, -1 */
    size_t nslots;
    sug_slot **w;       /* per worker, nslots each */
    unsigned nw;
} sug_ctx;

static vc_status sug_add(sug_slot *sl, const char *s, size_t n, uint64_t key, const char *text, size_t tlen)
{
    for (size_t i = 0; i < sl->n; i++) {
        sug_str *x = &sl->v[i];
        if (strlen(x->s) == n && memcmp(x->s, s, n) == 0) {
            x->count++;
            if (key < x->ex_key) {
                char *e = vc_strndup(text, tlen < 200 ? tlen : 200);
                if (!e)
                    return VC_ERR_NOMEM;
                free(x->ex);
                x->ex = e;
                x->ex_key = key;
            }
            return VC_OK;
        }
    }
    sug_str *g = vc_grow(sl->v, &sl->cap, sl->n, sizeof *g, 2);
    if (!g)
        return VC_ERR_NOMEM;
    sl->v = g;
    sug_str *x = &sl->v[sl->n];
    x->s = vc_strndup(s, n);
    x->ex = vc_strndup(text, tlen < 200 ? tlen : 200);
    x->count = 1;
    x->ex_key = key;
    if (!x->s || !x->ex) {
        free(x->s);
        free(x->ex);
        return VC_ERR_NOMEM;
    }
    sl->n++;
    return VC_OK;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int is_stop(const sug_ctx *c, const char *s, size_t n)
{
    char k[64];
    if (n >= sizeof k)
        return 0;
    memcpy(k, s, n);
    k[n] = 0;
    const char *kp = k;
    return bsearch(&kp, c->sorted, c->stop.n, sizeof *c->sorted, cmp_str) != NULL;
}

static int in_hit(const vc_analysis *a, size_t s, size_t e)
{
    for (size_t k = 0; k < a->nhits; k++)
        if (!a->hits[k].exclude && a->hits[k].start < e && a->hits[k].end > s)
            return 1;
    return 0;
}

static vc_status sug_hook(void *ctx, unsigned wi, const vc_record_view *r)
{
    sug_ctx *c = ctx;
    const vc_analysis *a = r->analysis;
    const char *s = a->normalized;
    size_t len = a->normalized_len, pos = 0, ws, we, ps = 0, pe = 0;
    uint64_t key = (uint64_t)r->file << 40 | r->recno;
    int prev = 0;
    /* a comment counts once per string: remember what it added */
    while (vc_next_word(s, len, &pos, &ws, &we)) {
        for (int pair = 0; pair < 2; pair++) {
            size_t a0 = pair ? ps : ws;
            if (pair && (!prev || memchr(s + pe, '\n', ws - pe)))
                break;
            uint32_t id = pair ? vc_feature_id(s + ps, pe - ps, s + ws, we - ws, c->bits)
                               : vc_feature_id(s + ws, we - ws, NULL, 0, c->bits);
            int32_t sl = c->slot_of[id];
            if (sl < 0 || in_hit(a, a0, we))
                continue;
            /* a stop word, or a pair of them, is no entry */
            if (is_stop(c, s + ws, we - ws) && (!pair || is_stop(c, s + ps, pe - ps)))
                continue;
            /* once per comment: the same string earlier in it? */
            int again = 0;
            for (size_t p = 0, xs, xe, qs = 0, qe = 0, q = 0; !again && vc_next_word(s, a0, &p, &xs, &xe);) {
                (void)q;
                if (!pair && xe - xs == we - ws && !memcmp(s + xs, s + ws, we - ws))
                    again = 1;
                if (pair && qe && qe - qs == pe - ps && xe - xs == we - ws && !memcmp(s + qs, s + ps, pe - ps) &&
                    !memcmp(s + xs, s + ws, we - ws) && !memchr(s + qe, '\n', xs - qe))
                    again = 1;
                qs = xs;
                qe = xe;
            }
            if (again)
                continue;
            vc_status st = sug_add(&c->w[wi][sl], s + a0, we - a0, key, r->text, r->text_len);
            if (st)
                return st;
        }
        ps = ws;
        pe = we;
        prev = 1;
    }
    return VC_OK;
}

typedef struct cand {
    uint32_t bucket;
    double w;
} cand;

static int by_cand(const void *p, const void *q)
{
    const cand *x = p, *y = q;
    if (x->w != y->w)
        return x->w > y->w ? -1 : 1;
    return x->bucket < y->bucket ? -1 : x->bucket > y->bucket;
}

vc_status vc_learn_suggest(const vc_learn_options *o, const vc_model *m, size_t top, vc_buf *out, vc_error *err)
{
    size_t nt = vc_model_theme_count(m), nb = (size_t)1 << vc_model_bits(m);
    sug_ctx c = {.m = m, .bits = vc_model_bits(m), .nw = vc_scan_thread_count(o->scan.threads)};
    cand *cs = calloc(nt * top + 1, sizeof *cs), *all = malloc(nb * sizeof *all);
    size_t *ncs = calloc(nt + 1, sizeof *ncs);
    c.slot_of = malloc(nb * sizeof *c.slot_of);
    c.w = calloc(c.nw, sizeof *c.w);
    vc_status st = VC_OK;
    if (!cs || !all || !ncs || !c.slot_of || !c.w) {
        st = vc_error_set(err, VC_ERR_NOMEM, "learn: out of memory");
        goto done;
    }
    for (size_t b = 0; b < nb; b++)
        c.slot_of[b] = -1;
    if ((st = vc_stopwords_load(NULL, &c.stop, err)))
        goto done;
    if (!(c.sorted = malloc((c.stop.n + 1) * sizeof *c.sorted))) {
        st = vc_error_set(err, VC_ERR_NOMEM, "learn: out of memory");
        goto done;
    }
    memcpy(c.sorted, c.stop.v, c.stop.n * sizeof *c.sorted);
    qsort(c.sorted, c.stop.n, sizeof *c.sorted, cmp_str);
    /* each theme's top buckets by weight; a bucket gets one slot */
    for (size_t i = 0; i < nt; i++) {
        if (vc_model_threshold(m, i) > 1)
            continue; /* switched off: nothing it says is trusted */
        size_t n = 0;
        for (size_t b = 0; b < nb; b++) {
            double w = vc_model_weight(m, i, (uint32_t)b);
            if (w > 0)
                all[n++] = (cand){(uint32_t)b, w};
        }
        qsort(all, n, sizeof *all, by_cand);
        for (size_t k = 0; k < n && k < top; k++) {
            cs[i * top + k] = all[k];
            if (c.slot_of[all[k].bucket] < 0)
                c.slot_of[all[k].bucket] = (int32_t)c.nslots++;
        }
        ncs[i] = n < top ? n : top;
    }
    for (unsigned k = 0; k < c.nw; k++)
        if (!(c.w[k] = calloc(c.nslots + 1, sizeof **c.w))) {
            st = vc_error_set(err, VC_ERR_NOMEM, "learn: out of memory");
            goto done;
        }
    vc_scan_options so = o->scan;
    so.sentiment = NULL;
    so.hook = sug_hook;
    so.hook_ctx = &c;
    so.hook_flags = VC_ANALYZE_DETAIL;
    so.hook_only = 0;
    so.hook_cols = NULL;
    so.nhook_cols = 0;
    so.by = NULL;
    so.nby = 0;
    so.period_col = NULL;
    so.rejects = NULL;
    so.comments = NULL;
    so.quotes = 0;
    vc_scan *scan = NULL;
    st = vc_scan_run(&so, &scan, err);
    vc_scan_free(scan);
    if (st)
        goto done;
    /* workers 1.. into worker 0, in worker order; counts are sums and the
     * example is the smallest key, so the order does not matter */
    for (unsigned k = 1; k < c.nw && !st; k++)
        for (size_t sl = 0; sl < c.nslots && !st; sl++)
            for (size_t j = 0; j < c.w[k][sl].n && !st; j++) {
                sug_str *x = &c.w[k][sl].v[j];
                sug_slot *into = &c.w[0][sl];
                size_t i = 0;
                while (i < into->n && strcmp(into->v[i].s, x->s) != 0)
                    i++;
                if (i < into->n) {
                    into->v[i].count += x->count;
                    if (x->ex_key < into->v[i].ex_key) {
                        free(into->v[i].ex);
                        into->v[i].ex = x->ex;
                        into->v[i].ex_key = x->ex_key;
                        x->ex = NULL;
                    }
                } else if ((st = sug_add(into, x->s, strlen(x->s), x->ex_key, x->ex, strlen(x->ex)))) {
                    vc_error_set(err, st, "learn: out of memory");
                } else {
                    into->v[into->n - 1].count = x->count;
                }
            }
    vc_buf_append_str(out, "# Suggested by vocal learn: per theme, the words and word pairs the model weighs\n"
                           "# most that no entry of the lexicon covers, with the comments that use them and\n"
                           "# the first of them. Review each before adding it to a lexicon.\n");
    for (size_t i = 0; i < nt && !st; i++) {
        int header = 0;
        for (size_t k = 0; k < ncs[i]; k++) {
            const sug_slot *sl = &c.w[0][c.slot_of[cs[i * top + k].bucket]];
            const sug_str *best = NULL;
            for (size_t j = 0; j < sl->n; j++)
                if (!best || sl->v[j].count > best->count ||
                    (sl->v[j].count == best->count && strcmp(sl->v[j].s, best->s) < 0))
                    best = &sl->v[j];
            if (!best || best->count < 2)
                continue;
            if (!header) {
                vc_buf_printf(out, "\n[%s]\n", vc_model_theme_name(m, i));
                header = 1;
            }
            vc_buf_printf(out, "# weight %+.2f, in %llu comments, e.g. \"", cs[i * top + k].w,
                          (unsigned long long)best->count);
            for (const char *p = best->ex; *p; p++) /* one line: no line breaks in a comment */
                vc_buf_append_char(out, *p == '\n' || *p == '\r' ? ' ' : *p);
            vc_buf_printf(out, "\"\n%s\n", best->s);
        }
    }
    if (!st && vc_buf_status(out))
        st = vc_error_set(err, VC_ERR_NOMEM, "learn: out of memory");
done:
    for (unsigned k = 0; c.w && k < c.nw; k++) {
        for (size_t sl = 0; c.w[k] && sl < c.nslots; sl++) {
            for (size_t j = 0; j < c.w[k][sl].n; j++) {
                free(c.w[k][sl].v[j].s);
                free(c.w[k][sl].v[j].ex);
            }
            free(c.w[k][sl].v);
        }
        free(c.w[k]);
    }
    free(c.w);
    free(c.slot_of);
    free(c.sorted);
    vc_stopwords_free(&c.stop);
    free(cs);
    free(all);
    free(ncs);
    return st;
}
