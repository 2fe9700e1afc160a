/*
 * discover.c - keyness-based discovery of what a lexicon misses (discover.h).
 *
 * Each pass is a pipeline scan whose record hook cuts the comment's
 * normalized text into terms (tokens joined the way lexicon phrases match),
 * keeps each distinct term of the comment once, notes whether a theme
 * entry's match overlaps it, and counts it in the worker's own table. The
 * tables are open-addressing hashes of individually allocated entries whose
 * bytes (entries, keys, allocator overhead, slots) are added up as they grow,
 * which is what --memory bounds.
 *
 * Pass 1 is lossy counting with a rising threshold. When a table outgrows its
 * share of the budget, T rises to at least the median of n + err over its
 * entries and every entry with n + err <= T is dropped (so at least half go);
 * new entries start with err = T. Invariant: an entry's true count lies in
 * [n, n + err], and a term missing from the table was seen in at most T of
 * the worker's comments. Tables merge by summing counts; a term missing from
 * a worker adds that worker's T to its err. Pass 2 then counts the surviving
 * candidates exactly in frozen tables (lookups only), and pass 3 gathers
 * examples and co-occurrences of the listed terms. Everything merged is an
 * integer, and ties in every ordering are broken by the term's text or the
 * input position, so without pruning the output is the same for any number
 * of threads.
 *
 * `lexicon expand` (expand.h) runs the same passes (count_terms) with every
 * comment in the target group and one counter per lexicon theme in each
 * entry (dtable.ntc, counted in the memory budget; 0 for discover), then
 * tests each (theme, term) pair and collects examples among the theme's
 * comments in pass 3. Sentiment terms (discover.h) are told apart with the
 * VADER lexicon's word kinds.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/agg.h"
#include "vocal/analyze.h"
#include "vocal/buf.h"
#include "vocal/discover.h"
#include "vocal/expand.h"
#include "vocal/period.h"
#include "vocal/sentiment.h"
#include "vocal/stopwords.h"
#include "vocal/text.h"

#define NO_ENTRY UINT32_MAX
#define MAX_WORDS 5
#define MAX_KEY 1024
#define CO_MAX 512   /* co-occurrences (pieces of one phrase, candidate themes) among the first listed terms */ /* longer terms are not counted (a 3-word term is far shorter) */

typedef struct dent {
    uint64_t hash;
    uint64_t n, err, a, b, covered, score_sum;
    uint64_t grp[3];
    uint32_t cover_entry;
    uint32_t idx; /* pass 3: index of the listed term */
    uint16_t keylen;
    uint8_t words;
    char key[];
} dent;

/* Where an entry's per-theme counts start (expand only): after the key, aligned. */
#define TC_OFF(kl) ((sizeof(dent) + (kl) + 1 + 7) & ~(size_t)7)
#define TC(e) ((uint64_t *)((char *)(e) + TC_OFF((e)->keylen)))
/* What an entry costs, allocator overhead included, in a table of ntc theme counters. */
#define ENT_BYTES(t, kl) (TC_OFF(kl) + (t)->ntc * sizeof(uint64_t) + 16)

typedef struct dtable {
    dent **slot;
    size_t cap, count, bytes, limit, peak;
    size_t ntc; /* per-theme counters of each entry (expand); 0 for discover */
    uint64_t T;
    int frozen;
} dtable;

typedef struct occ {
    uint64_t hash;
    const char *key;
    uint32_t off, len;
    uint32_t entry;
    uint8_t words, covered;
} occ;

typedef struct tok {
    size_t start, end;
    uint32_t chain;
    uint8_t stop;
} tok;

typedef struct exm {
    uint64_t file, recno;
    int cls; /* 0: a comment of a readable length, 1: too short or too long */
    char *text;
} exm;

/* Examples: comments of 40 to 240 bytes first, then the others; the first in
 * input order within each. */
#define EX_MIN 40
#define EX_MAX 240

static int ex_before(const exm *x, int cls, uint64_t file, uint64_t recno)
{
    if (x->cls != cls)
        return x->cls < cls;
    return x->file < file || (x->file == file && x->recno < recno);
}

typedef struct dworker {
    dtable t;
    uint64_t na, nb, invalid_dates, ambiguous;
    vc_cell all;
    char latest[VC_PERIOD_LABEL_MAX];
    tok *toks;
    size_t ctoks;
    occ *occ;
    size_t cocc;
    vc_buf keys;
    /* pass 3 */
    exm *ex;          /* nlisted x examples */
    size_t *nex;
    uint64_t *co;     /* nco x nco */
    uint32_t *ids;
    size_t cids;
    uint64_t *tn;     /* expand: comments per theme */
    vc_status st;
} dworker;

typedef struct dctx {
    const vc_discover_options *o;
    const vc_lexicon *lex;
    int pass;
    unsigned max_words;
    dworker *w;
    unsigned nw;
    dtable stop;           /* stop words (keys only) */
    dtable *listed;        /* pass 3 */
    vc_lexicon *no_themes; /* pass 3: an empty lexicon, so nothing is matched */
    size_t nlisted, nco;
    char target_label[VC_PERIOD_LABEL_MAX]; /* PERIOD, fixed target */
    int latest_mode;       /* PERIOD latest, pass 1 */
    size_t examples, example_bytes;
    size_t ntc;            /* expand: theme counters per entry (the lexicon's themes) */
    const uint32_t *ltheme, *lnext; /* expand, pass 3: each listing's theme, the next listing of its term */
    const vc_sentiment_lexicon *sent; /* which words carry sentiment (read only) */
    vc_sentiment_lexicon *sent_own;   /* VADER's, when the caller gave none */
} dctx;

/* ---- tables ---------------------------------------------------------------- */

static size_t dt_bytes(const dtable *t)
{
    return t->bytes + t->cap * sizeof *t->slot;
}

static void dt_free(dtable *t)
{
    for (size_t i = 0; t->slot && i < t->cap; i++)
        free(t->slot[i]);
    free(t->slot);
    size_t ntc = t->ntc; /* the shape of the entries stays */
    memset(t, 0, sizeof *t);
    t->ntc = ntc;
}

static dent **dt_find(const dtable *t, uint64_t h, const char *k, size_t kl)
{
    size_t mask = t->cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        dent *e = t->slot[i];
        if (!e || (e->hash == h && e->keylen == kl && !memcmp(e->key, k, kl)))
            return &t->slot[i];
    }
}

static vc_status dt_rehash(dtable *t, size_t ncap)
{
    dent **ns = calloc(ncap, sizeof *ns);
    if (!ns)
        return VC_ERR_NOMEM;
    for (size_t i = 0; t->slot && i < t->cap; i++) {
        dent *e = t->slot[i];
        if (!e)
            continue;
        size_t j = (size_t)e->hash & (ncap - 1);
        while (ns[j])
            j = (j + 1) & (ncap - 1);
        ns[j] = e;
    }
    free(t->slot);
    t->slot = ns;
    t->cap = ncap;
    if (dt_bytes(t) > t->peak)
        t->peak = dt_bytes(t);
    return VC_OK;
}

/* The entry of key k (inserted with err = T when absent, unless frozen). */
static dent *dt_get(dtable *t, uint64_t h, const char *k, size_t kl, unsigned words, int insert)
{
    if (!t->cap) {
        if (!insert || dt_rehash(t, 1024))
            return NULL;
    }
    dent **s = dt_find(t, h, k, kl);
    if (*s || !insert)
        return *s;
    if ((t->count + 1) * 2 > t->cap) {
        if (dt_rehash(t, t->cap * 2))
            return NULL;
        s = dt_find(t, h, k, kl);
    }
    dent *e = calloc(1, TC_OFF(kl) + t->ntc * sizeof(uint64_t));
    if (!e)
        return NULL;
    e->hash = h;
    e->keylen = (uint16_t)kl;
    e->words = (uint8_t)words;
    e->err = t->T;
    e->cover_entry = NO_ENTRY;
    memcpy(e->key, k, kl);
    *s = e;
    t->count++;
    t->bytes += ENT_BYTES(t, kl);
    if (dt_bytes(t) > t->peak)
        t->peak = dt_bytes(t);
    return e;
}

static int u64_cmp(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Drop at least half the entries: raise T to the median of n + err. */
static vc_status dt_prune(dtable *t)
{
    uint64_t *v = malloc((t->count + 1) * sizeof *v);
    if (!v)
        return VC_ERR_NOMEM;
    size_t m = 0;
    for (size_t i = 0; i < t->cap; i++)
        if (t->slot[i])
            v[m++] = t->slot[i]->n + t->slot[i]->err;
    qsort(v, m, sizeof *v, u64_cmp);
    uint64_t med = m ? v[(m - 1) / 2] : 0;
    free(v);
    if (med < t->T + 1)
        med = t->T + 1;
    t->T = med;
    for (size_t i = 0; i < t->cap; i++) {
        dent *e = t->slot[i];
        if (e && e->n + e->err <= t->T) {
            t->bytes -= ENT_BYTES(t, e->keylen);
            t->count--;
            free(e);
            t->slot[i] = NULL;
        }
    }
    return dt_rehash(t, t->cap); /* close the holes the deletions left */
}

/* ---- terms of one comment ---------------------------------------------------- */

static int gap_joins(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        /* the separators a lexicon phrase matches across, less the line
         * break: the analyzer joins sentences with it, and a term stays in one */
        size_t k = s[i] == '\n' ? 0 : vc_gap_char(s + i, len - i);
        if (!k)
            return 0;
        i += k;
    }
    return 1;
}

static int occ_cmp(const void *a, const void *b)
{
    const occ *x = a, *y = b;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    return memcmp(x->key, y->key, x->len);
}

static int is_stop(const dctx *c, const char *s, size_t n)
{
    if (!c->stop.cap)
        return 0;
    return *dt_find(&c->stop, vc_hash_bytes(s, n), s, n) != NULL;
}

/* A sentiment term (discover.h): every word a stop word or one VADER reads
 * for sentiment, and at least one of the latter. */
static int sentiment_words(const vc_sentiment_lexicon *lex, const char *term,
                           int (*stop)(const void *, const char *, size_t), const void *sctx)
{
    int feels = 0;
    for (const char *p = term; *p;) {
        size_t n = strcspn(p, " ");
        if (vc_sentiment_word_kind(lex, p, n, NULL))
            feels = 1;
        else if (!stop(sctx, p, n))
            return 0;
        p += n + (p[n] == ' ');
    }
    return feels;
}

static int stop_in_table(const void *ctx, const char *s, size_t n)
{
    return is_stop(ctx, s, n);
}

typedef struct stop_list {
    const char *const *v;
    size_t n;
} stop_list;

static int stop_in_list(const void *ctx, const char *s, size_t n)
{
    const stop_list *l = ctx;
    for (size_t i = 0; i < l->n; i++)
        if (strlen(l->v[i]) == n && !memcmp(l->v[i], s, n))
            return 1;
    return 0;
}

int vc_term_is_sentiment(const vc_sentiment_lexicon *lex, const char *term, const char *const *stop, size_t nstop)
{
    stop_list l = {stop, nstop};
    return sentiment_words(lex, term, stop_in_list, &l);
}

/* The distinct terms of the comment, in w->occ (sorted by hash); returns how
 * many, or (size_t)-1 out of memory. *words gets the number of tokens. */
static size_t comment_terms(dctx *c, dworker *w, const vc_analysis *an, size_t *words)
{
    const char *s = an->normalized;
    size_t len = an->normalized_len, pos = 0, ws, we, nt = 0;
    uint32_t chain = 0;
    while (vc_next_word(s, len, &pos, &ws, &we)) {
        if (nt && ws == w->toks[nt - 1].end + 1 && s[ws - 1] == '\'') {
            w->toks[nt - 1].end = we; /* don't, it's: one token */
            continue;
        }
        if (nt == w->ctoks) {
            tok *g = vc_grow(w->toks, &w->ctoks, nt, sizeof *w->toks, 64);
            if (!g)
                return (size_t)-1;
            w->toks = g;
        }
        if (nt && !gap_joins(s + w->toks[nt - 1].end, ws - w->toks[nt - 1].end))
            chain++;
        w->toks[nt].start = ws;
        w->toks[nt].end = we;
        w->toks[nt].chain = chain;
        nt++;
    }
    *words = nt;
    for (size_t i = 0; i < nt; i++)
        w->toks[i].stop = (uint8_t)is_stop(c, s + w->toks[i].start, w->toks[i].end - w->toks[i].start);
    vc_buf_reset(&w->keys);
    size_t no = 0;
    for (size_t i = 0; i < nt; i++) {
        if (w->toks[i].stop)
            continue; /* no term starts with a stop word */
        for (size_t n = 1; n <= c->max_words && i + n <= nt; n++) {
            const tok *last = &w->toks[i + n - 1];
            if (last->chain != w->toks[i].chain)
                break;
            if (last->stop)
                continue;
            size_t off = w->keys.len;
            for (size_t k = i; k < i + n; k++) {
                if (k > i && vc_buf_append_char(&w->keys, ' '))
                    return (size_t)-1;
                if (vc_buf_append(&w->keys, s + w->toks[k].start, w->toks[k].end - w->toks[k].start))
                    return (size_t)-1;
            }
            size_t kl = w->keys.len - off;
            if (kl > MAX_KEY) {
                w->keys.len = off;
                continue;
            }
            if (no == w->cocc) {
                occ *g = vc_grow(w->occ, &w->cocc, no, sizeof *w->occ, 64);
                if (!g)
                    return (size_t)-1;
                w->occ = g;
            }
            occ *o = &w->occ[no++];
            o->off = (uint32_t)off;
            o->len = (uint32_t)kl;
            o->words = (uint8_t)n;
            o->covered = 0;
            o->entry = NO_ENTRY;
            size_t ts = w->toks[i].start, te = last->end;
            for (size_t h = 0; h < an->nhits; h++) {
                const vc_hit *hit = &an->hits[h];
                if (hit->start >= te)
                    break;
                if (hit->exclude || hit->end <= ts)
                    continue;
                o->covered = 1;
                if (hit->entry < o->entry)
                    o->entry = hit->entry;
            }
        }
    }
    for (size_t i = 0; i < no; i++) {
        w->occ[i].key = w->keys.data + w->occ[i].off;
        w->occ[i].hash = vc_hash_bytes(w->occ[i].key, w->occ[i].len);
    }
    qsort(w->occ, no, sizeof *w->occ, occ_cmp);
    size_t d = 0; /* merge duplicates: covered if any occurrence is */
    for (size_t i = 0; i < no; i++) {
        if (d && !occ_cmp(&w->occ[d - 1], &w->occ[i])) {
            occ *p = &w->occ[d - 1];
            p->covered |= w->occ[i].covered;
            if (w->occ[i].entry < p->entry)
                p->entry = w->occ[i].entry;
            continue;
        }
        w->occ[d++] = w->occ[i];
    }
    return d;
}

/* ---- groups ----------------------------------------------------------------- */

static void fold_latest(dworker *w)
{
    for (size_t i = 0; i < w->t.cap; i++) {
        dent *e = w->t.slot[i];
        if (e) {
            e->b += e->a;
            e->a = 0;
        }
    }
    w->nb += w->na;
    w->na = 0;
}

/* 0: target, 1: reference, -1: neither. */
static int classify(dctx *c, dworker *w, const vc_record_view *r)
{
    const vc_discover_options *o = c->o;
    if (c->ntc)
        return 0; /* expand: every comment is counted, its themes say the rest */
    if (o->compare == VC_COMPARE_SCORE)
        return r->group == VC_GROUP_LOW ? 0 : r->group == VC_GROUP_HIGH ? 1 : -1;
    const vc_field *f = &r->cols[0];
    size_t n = f->p && !f->is_null ? f->n : 0;
    if (o->compare == VC_COMPARE_VALUE)
        return n == strlen(o->compare_value) && (n == 0 || !memcmp(f->p, o->compare_value, n)) ? 0 : 1;
    char label[VC_PERIOD_LABEL_MAX];
    int rc = n ? vc_period_label(f->p, n, o->scan.period_unit, o->scan.date_order, label) : VC_DATE_INVALID;
    if (rc != VC_DATE_OK) {
        if (c->pass == 1) {
            w->invalid_dates += rc == VC_DATE_INVALID;
            w->ambiguous += rc == VC_DATE_AMBIGUOUS;
        }
        return -1;
    }
    if (!c->latest_mode)
        return strcmp(label, c->target_label) ? 1 : 0;
    int cmp = strcmp(label, w->latest);
    if (cmp > 0) {
        if (w->latest[0])
            fold_latest(w);
        memcpy(w->latest, label, sizeof label);
        return 0;
    }
    return cmp == 0 ? 0 : 1;
}

static void ex_add(exm *l, size_t *n, size_t cap, int cls, uint64_t file, uint64_t recno, const char *text,
                   size_t len, size_t maxb)
{
    size_t pos = *n;
    while (pos > 0 && !ex_before(&l[pos - 1], cls, file, recno))
        pos--;
    if (pos >= cap)
        return;
    int cut = 0;
    if (len > maxb) { /* cut at a code point boundary and say so */
        len = maxb;
        while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
            len--;
        cut = 1;
    }
    char *t = malloc(len + 4);
    if (!t)
        return;
    for (size_t i = 0; i < len; i++)
        t[i] = text[i] == '\n' || text[i] == '\r' || text[i] == '\t' ? ' ' : text[i];
    if (cut)
        memcpy(t + len, "\xE2\x80\xA6", 3); /* U+2026 */
    t[len + (cut ? 3 : 0)] = 0;
    if (*n == cap) {
        free(l[cap - 1].text);
        (*n)--;
    }
    memmove(&l[pos + 1], &l[pos], (*n - pos) * sizeof *l);
    l[pos].file = file;
    l[pos].recno = recno;
    l[pos].cls = cls;
    l[pos].text = t;
    (*n)++;
}

static vc_status hook(void *ctx, unsigned wi, const vc_record_view *r)
{
    dctx *c = ctx;
    dworker *w = &c->w[wi];
    int side = classify(c, w, r);
    const vc_analysis *an = r->analysis;
    if (c->pass == 1) {
        w->all.comments++;
        if (r->group >= 0) {
            w->all.group[r->group]++;
            w->all.score_sum += (uint64_t)r->score;
        }
        for (size_t k = 0; k < an->nthemes && c->ntc; k++)
            w->tn[an->themes[k].theme]++;
    }
    if (c->pass == 3 && side != 0)
        return VC_OK;
    size_t words = 0, nd = comment_terms(c, w, an, &words);
    if (nd == (size_t)-1)
        return VC_ERR_NOMEM;
    if (!words)
        return VC_OK;
    if (c->pass == 3 && c->ltheme) {
        /* expand: an example of each listing of the term whose theme the comment has */
        for (size_t i = 0; i < nd && c->examples; i++) {
            dent *e = dt_get(c->listed, w->occ[i].hash, w->occ[i].key, w->occ[i].len, 0, 0);
            for (uint32_t l = e ? e->idx : NO_ENTRY; l != NO_ENTRY; l = c->lnext[l]) {
                int has = 0;
                for (size_t k = 0; k < an->nthemes && !has; k++)
                    has = an->themes[k].theme == c->ltheme[l];
                if (has)
                    ex_add(w->ex + (size_t)l * c->examples, &w->nex[l], c->examples,
                           r->text_len >= EX_MIN && r->text_len <= EX_MAX ? 0 : 1, r->file, r->recno, r->text,
                           r->text_len, c->example_bytes);
            }
        }
        return VC_OK;
    }
    if (c->pass == 3) {
        size_t nid = 0;
        for (size_t i = 0; i < nd; i++) {
            dent *e = dt_get(c->listed, w->occ[i].hash, w->occ[i].key, w->occ[i].len, 0, 0);
            if (!e)
                continue;
            if (nid == w->cids) {
                uint32_t *g = vc_grow(w->ids, &w->cids, nid, sizeof *w->ids, 16);
                if (!g)
                    return VC_ERR_NOMEM;
                w->ids = g;
            }
            w->ids[nid++] = e->idx;
            if (c->examples)
                ex_add(w->ex + (size_t)e->idx * c->examples, &w->nex[e->idx], c->examples,
                       r->text_len >= EX_MIN && r->text_len <= EX_MAX ? 0 : 1, r->file, r->recno, r->text,
                       r->text_len, c->example_bytes);
        }
        for (size_t i = 0; i < nid; i++)
            for (size_t j = 0; j < nid; j++)
                if (w->ids[i] < c->nco && w->ids[j] < c->nco)
                    w->co[(size_t)w->ids[i] * c->nco + w->ids[j]]++;
        return VC_OK;
    }
    if (side == 0)
        w->na++;
    else if (side == 1)
        w->nb++;
    for (size_t i = 0; i < nd; i++) {
        const occ *o = &w->occ[i];
        dent *e = dt_get(&w->t, o->hash, o->key, o->len, o->words, !w->t.frozen);
        if (!e) {
            if (w->t.frozen)
                continue;
            return VC_ERR_NOMEM;
        }
        e->n++;
        if (side == 0)
            e->a++;
        else if (side == 1)
            e->b++;
        if (r->group >= 0) {
            e->grp[r->group]++;
            e->score_sum += (uint64_t)r->score;
        }
        for (size_t k = 0; k < an->nthemes && c->ntc; k++)
            TC(e)[an->themes[k].theme]++;
        if (o->covered) {
            e->covered++;
            if (o->entry < e->cover_entry)
                e->cover_entry = o->entry;
        }
    }
    if (w->t.limit && dt_bytes(&w->t) > w->t.limit)
        return dt_prune(&w->t);
    return VC_OK;
}

/* ---- the run ----------------------------------------------------------------- */

void vc_discover_defaults(vc_discover_options *o)
{
    memset(o, 0, sizeof *o);
    vc_scan_options_init(&o->scan);
    o->max_words = 3;
    o->min_count = 5;
    o->alpha = 0.05;
    o->correction = VC_CORRECT_BH;
    o->collapse_share = 0.75;
    o->top = 30;
    o->examples = 3;
    o->example_bytes = 300;
    o->memory_bytes = (size_t)128 << 20;
    o->cluster_phi = 0.3;
}

void vc_discovery_free(vc_discovery *d)
{
    if (!d)
        return;
    vc_term_list_free(&d->terms);
    vc_term_list_free(&d->sentiment_terms);
    free(d->target_label);
    free(d->reference_label);
    vc_scan_free(d->scan);
    free(d);
}

/* into += e (a worker's entry for the same key); into->err was set by the caller. */
static void add_counts(dent *into, const dent *e, size_t ntc)
{
    for (size_t k = 0; k < ntc; k++)
        TC(into)[k] += TC(e)[k];
    into->n += e->n;
    into->a += e->a;
    into->b += e->b;
    into->covered += e->covered;
    into->score_sum += e->score_sum;
    for (int g = 0; g < 3; g++)
        into->grp[g] += e->grp[g];
    if (e->cover_entry < into->cover_entry)
        into->cover_entry = e->cover_entry;
}

/* Move every worker table into *m; err becomes the upper bound of what each
 * entry may have missed (discover.h). Frees the workers' entries. */
static vc_status merge_tables(dctx *c, dtable *m, uint64_t *sum_t)
{
    uint64_t sumT = 0;
    m->ntc = c->ntc;
    for (unsigned i = 0; i < c->nw; i++)
        sumT += c->w[i].t.T;
    *sum_t = sumT;
    for (unsigned i = 0; i < c->nw; i++) {
        dtable *t = &c->w[i].t;
        for (size_t s = 0; s < t->cap; s++) {
            dent *e = t->slot[s];
            if (!e)
                continue;
            t->slot[s] = NULL;
            uint64_t missed = t->T - e->err; /* e->err <= T */
            dent *into = dt_get(m, e->hash, e->key, e->keylen, e->words, 0);
            if (!into) {
                if (m->cap == 0 || (m->count + 1) * 2 > m->cap)
                    if (dt_rehash(m, m->cap ? m->cap * 2 : 1024)) {
                        free(e);
                        return VC_ERR_NOMEM;
                    }
                dent **slot = dt_find(m, e->hash, e->key, e->keylen);
                *slot = e;
                m->count++;
                m->bytes += ENT_BYTES(m, e->keylen);
                e->err = sumT - missed;
            } else {
                add_counts(into, e, m->ntc);
                into->err -= missed;
                free(e);
            }
        }
        t->count = 0;
        t->bytes = 0;
    }
    return VC_OK;
}

static int dent_upper_cmp(const void *a, const void *b)
{
    const dent *x = *(dent *const *)a, *y = *(dent *const *)b;
    uint64_t ux = x->a + x->err, uy = y->a + y->err;
    if (ux != uy)
        return ux > uy ? -1 : 1;
    if (x->keylen != y->keylen)
        return x->keylen < y->keylen ? -1 : 1;
    return memcmp(x->key, y->key, x->keylen);
}

static vc_status run_pass(dctx *c, const vc_discover_options *o, int pass, vc_scan **out, vc_error *err)
{
    static const char *const none[1] = {NULL};
    vc_scan_options so = o->scan;
    if (pass == 3 && c->no_themes)
        so.lex = c->no_themes; /* examples need the normalized text, not the matches */
    so.sentiment = NULL;
    so.quotes = 0;
    so.period_col = NULL;
    so.hook = hook;
    so.hook_ctx = c;
    so.hook_flags = VC_ANALYZE_DETAIL;
    so.hook_only = 0;
    so.hook_cols = o->compare == VC_COMPARE_SCORE ? none : &o->compare_col;
    so.nhook_cols = o->compare == VC_COMPARE_SCORE ? 0 : 1;
    if (pass > 1) {
        so.rejects = NULL;
        so.comments = NULL;
        so.progress = NULL;
        so.note = NULL; /* the first pass said which columns were read and why */
    }
    c->pass = pass;
    for (unsigned i = 0; i < c->nw; i++)
        c->w[i].st = VC_OK;
    return vc_scan_run(&so, out, err);
}

static char *entry_desc(const vc_lexicon *lex, uint32_t id)
{
    if (id == NO_ENTRY || id >= vc_lexicon_entry_count(lex))
        return NULL;
    vc_entry_info e;
    vc_lexicon_entry(lex, id, &e);
    vc_buf b;
    vc_buf_init(&b);
    if (vc_buf_printf(&b, "%s: %s (%s:%u)", vc_lexicon_theme_name(lex, e.theme), e.text, e.file, e.line)) {
        vc_buf_free(&b);
        return NULL;
    }
    return b.data; /* the buffer's storage becomes the string */
}

static vc_status build_stop(dctx *c, const vc_discover_options *o)
{
    vc_normalizer *nz = vc_normalizer_new();
    vc_buf b;
    vc_buf_init(&b);
    vc_status st = nz ? VC_OK : VC_ERR_NOMEM;
    for (size_t i = 0; !st && i < o->nstop_words; i++) {
        st = vc_normalize(nz, o->stop_words[i], strlen(o->stop_words[i]), &b, NULL);
        if (!st && b.len && b.len <= MAX_KEY &&
            !dt_get(&c->stop, vc_hash_bytes(b.data, b.len), b.data, b.len, 1, 1))
            st = VC_ERR_NOMEM;
    }
    vc_buf_free(&b);
    vc_normalizer_free(nz);
    return st;
}

static void workers_free(dctx *c)
{
    for (unsigned i = 0; c->w && i < c->nw; i++) {
        dworker *w = &c->w[i];
        dt_free(&w->t);
        free(w->toks);
        free(w->occ);
        vc_buf_free(&w->keys);
        if (w->ex)
            for (size_t k = 0; k < c->nlisted * c->examples; k++)
                free(w->ex[k].text);
        free(w->ex);
        free(w->nex);
        free(w->co);
        free(w->ids);
        free(w->tn);
    }
    free(c->w);
    c->w = NULL;
    vc_sentiment_lexicon_free(c->sent_own);
    c->sent_own = NULL;
}

static vc_status check_rows(const vc_scan *first, const vc_scan *again, vc_error *err)
{
    const vc_scan_stats *a = vc_scan_stats_get(first), *b = vc_scan_stats_get(again);
    for (size_t i = 0; i < a->nfiles && i < b->nfiles; i++)
        if (a->files[i].rows_read != b->files[i].rows_read)
            return vc_error_set(err, VC_ERR_IO,
                               "%s: the input changed between the passes of discover (%llu rows, then %llu)",
                               a->files[i].name, (unsigned long long)a->files[i].rows_read,
                               (unsigned long long)b->files[i].rows_read);
    return VC_OK;
}

/* 1 when the space-separated word lists share a word. */
static int share_word(const char *a, const char *b)
{
    for (const char *p = a; *p;) {
        size_t n = strcspn(p, " ");
        for (const char *q = b; *q;) {
            size_t m = strcspn(q, " ");
            if (m == n && !memcmp(p, q, n))
                return 1;
            q += m + (q[m] == ' ');
        }
        p += n + (p[n] == ' ');
    }
    return 0;
}

static char *xstrdup(const char *s)
{
    return vc_strndup(s, strlen(s));
}

static vc_status nomem(vc_error *err)
{
    return vc_error_set(err, VC_ERR_NOMEM, "discover: out of memory (lower --memory or --ngrams)");
}

/* Passes 1 and 2 (discover.h): every term's counts in *m, exact when
 * d->exact_above is 0 and for every term above it otherwise; d gets the
 * scan, the group sizes and the accounting. Shared by discover and expand. */
static vc_status count_terms(dctx *c, const vc_discover_options *o, vc_discovery *d, dtable *m, uint64_t min_count,
                             size_t budget, vc_error *err)
{
    vc_status st;
    /* pass 1 */
    st = run_pass(c, o, 1, &d->scan, err);
    if (st)
        return st;
    d->passes = 1;
    uint64_t ambiguous = 0;
    for (unsigned i = 0; i < c->nw; i++) {
        dworker *w = &c->w[i];
        ambiguous += w->ambiguous;
        d->invalid_dates += w->invalid_dates + w->ambiguous;
        d->all.comments += w->all.comments;
        d->all.score_sum += w->all.score_sum;
        for (int g = 0; g < 3; g++)
            d->all.group[g] += w->all.group[g];
        if (w->t.peak > d->peak_table_bytes)
            d->peak_table_bytes = w->t.peak;
    }
    if (ambiguous) {
        st = vc_error_set(err, VC_ERR_USAGE,
                          "%s: %llu dates could be day/month or month/day (e.g. 03/04/2026); "
                          "say which with --date-order mdy or --date-order dmy",
                          o->compare_col, (unsigned long long)ambiguous);
        return st;
    }
    if (c->latest_mode) {
        for (unsigned i = 0; i < c->nw; i++)
            if (strcmp(c->w[i].latest, c->target_label) > 0)
                strcpy(c->target_label, c->w[i].latest);
        for (unsigned i = 0; i < c->nw; i++)
            if (c->w[i].latest[0] && strcmp(c->w[i].latest, c->target_label))
                fold_latest(&c->w[i]);
        c->latest_mode = 0;
    }
    for (unsigned i = 0; i < c->nw; i++) {
        d->target_comments += c->w[i].na;
        d->reference_comments += c->w[i].nb;
    }
    size_t peak_sum = 0;
    for (unsigned i = 0; i < c->nw; i++)
        peak_sum += c->w[i].t.peak;
    d->peak_table_bytes = peak_sum;
    uint64_t sumT = 0;
    if ((st = merge_tables(c, m, &sumT)))
        return nomem(err);

    if (sumT) {
        /* pass 2: exact counts for the terms that may reach min_count */
        size_t nc = 0;
        dent **cand = malloc((m->count + 1) * sizeof *cand);
        if (!cand)
            return nomem(err);
        for (size_t s = 0; s < m->cap; s++)
            if (m->slot[s] && m->slot[s]->a + m->slot[s]->err >= min_count)
                cand[nc++] = m->slot[s];
        qsort(cand, nc, sizeof *cand, dent_upper_cmp);
        uint64_t exact_above = sumT;
        size_t used = 0, keep = 0;
        for (; keep < nc; keep++) {
            size_t per = ENT_BYTES(m, cand[keep]->keylen) + 4 * sizeof(dent *);
            if ((used + per) * c->nw > budget)
                break;
            used += per;
        }
        if (keep < nc && cand[keep]->a + cand[keep]->err > exact_above)
            exact_above = cand[keep]->a + cand[keep]->err;
        /* only the kept candidates stay; worker 0 takes them, the others copy */
        for (size_t k = 0; k < keep; k++)
            cand[k]->idx = 1;
        for (size_t s = 0; s < m->cap; s++)
            if (m->slot[s] && m->slot[s]->idx != 1)
                free(m->slot[s]);
        free(m->slot);
        size_t ntc = m->ntc;
        memset(m, 0, sizeof *m);
        m->ntc = ntc;
        size_t cap = 1024;
        while (cap < keep * 2 + 2)
            cap *= 2;
        for (unsigned i = 0; i < c->nw && !st; i++) {
            dtable *t = &c->w[i].t;
            dt_free(t);
            if ((st = dt_rehash(t, cap)))
                break;
            for (size_t k = 0; k < keep; k++) {
                dent *e = cand[k];
                if (i == 0) {
                    e->n = e->a = e->b = e->covered = e->score_sum = 0;
                    memset(e->grp, 0, sizeof e->grp);
                    memset(TC(e), 0, t->ntc * sizeof(uint64_t));
                    e->err = 0;
                    e->cover_entry = NO_ENTRY;
                    *dt_find(t, e->hash, e->key, e->keylen) = e;
                    t->count++;
                    t->bytes += ENT_BYTES(t, e->keylen);
                } else if (!dt_get(t, e->hash, e->key, e->keylen, e->words, 1)) {
                    st = VC_ERR_NOMEM;
                    break;
                }
            }
            t->frozen = 1;
            t->T = 0;
            t->limit = 0;
            t->peak = dt_bytes(t);
        }
        if (st && c->w[0].t.count < keep) /* worker 0 did not take them all */
            for (size_t k = c->w[0].t.count; k < keep; k++)
                free(cand[k]);
        free(cand);
        if (st)
            return nomem(err);
        vc_scan *again = NULL;
        st = run_pass(c, o, 2, &again, err);
        if (!st)
            st = check_rows(d->scan, again, err);
        vc_scan_free(again);
        if (st)
            return st;
        d->passes = 2;
        size_t peak2 = 0;
        for (unsigned i = 0; i < c->nw; i++) {
            c->w[i].t.T = 0; /* counts are exact now */
            peak2 += c->w[i].t.peak;
        }
        if (peak2 > d->peak_table_bytes)
            d->peak_table_bytes = peak2;
        if ((st = merge_tables(c, m, &sumT)))
            return nomem(err);
        d->exact_above = exact_above;
    }

    return VC_OK;
}

vc_status vc_discover_run(const vc_discover_options *o, vc_discovery **out, vc_error *err)
{
    *out = NULL;
    for (size_t i = 0; i < o->scan.ninputs; i++)
        if (!strcmp(o->scan.inputs[i], "-"))
            return vc_error_set(err, VC_ERR_USAGE,
                                "discover reads its inputs more than once and cannot read standard input: "
                                "give the files themselves (gzip is read directly)");
    if (o->compare != VC_COMPARE_SCORE && (!o->compare_col || !*o->compare_col))
        return vc_error_set(err, VC_ERR_USAGE, "discover: --compare needs a column");
    if (o->compare == VC_COMPARE_VALUE && !o->compare_value)
        return vc_error_set(err, VC_ERR_USAGE, "discover: --compare COL=VALUE needs a value");
    if (o->compare == VC_COMPARE_PERIOD && o->compare_value && strlen(o->compare_value) >= VC_PERIOD_LABEL_MAX)
        return vc_error_set(err, VC_ERR_USAGE, "discover: '%s' is not a period label", o->compare_value);
    dctx c;
    memset(&c, 0, sizeof c);
    c.o = o;
    c.lex = o->scan.lex;
    c.max_words = o->max_words ? o->max_words : 3;
    if (c.max_words > MAX_WORDS)
        c.max_words = MAX_WORDS;
    c.examples = o->examples;
    c.example_bytes = o->example_bytes ? o->example_bytes : 300;
    uint64_t min_count = o->min_count ? o->min_count : 1;
    size_t budget = o->memory_bytes ? o->memory_bytes : (size_t)128 << 20;
    c.nw = vc_scan_thread_count(o->scan.threads);
    c.w = vc_xcalloc(c.nw, sizeof *c.w);
    vc_discovery *d = vc_xcalloc(1, sizeof *d);
    dtable m;
    memset(&m, 0, sizeof m);
    vc_scan *again = NULL;
    double *pv = NULL;
    vc_status st = c.w && d ? build_stop(&c, o) : VC_ERR_NOMEM;
    if (st) {
        vc_error_set(err, st, "out of memory");
        goto fail;
    }
    if (!o->sentiment_as_topics) {
        c.sent = o->sentiment_lex;
        if (!c.sent && (st = vc_sentiment_lexicon_load_default(&c.sent_own, err)))
            goto fail;
        if (!c.sent)
            c.sent = c.sent_own;
    }
    for (unsigned i = 0; i < c.nw; i++)
        c.w[i].t.limit = budget / c.nw;
    if (o->compare == VC_COMPARE_PERIOD) {
        if (o->compare_value)
            strcpy(c.target_label, o->compare_value);
        else
            c.latest_mode = 1;
    }

    st = count_terms(&c, o, d, &m, min_count, budget, err);
    if (st)
        goto fail;

    /* keyness over every term that meets min_count in the target group */
    size_t ntested = 0;
    pv = malloc((m.count + 1) * sizeof *pv);
    if (!pv)
        goto nomem;
    for (size_t s = 0; s < m.cap; s++)
        if (m.slot[s] && m.slot[s]->a >= min_count) {
            dent *e = m.slot[s];
            pv[ntested++] = vc_keyness_compute(e->a, d->target_comments, e->b, d->reference_comments).p;
        }
    d->tested = ntested;
    d->p_cutoff = vc_significance_cutoff(pv, ntested, o->alpha > 0 ? o->alpha : 0.05, o->correction);
    vc_term_list all = {NULL, 0}, sent = {NULL, 0};
    size_t cap_terms = 0, cap_sent = 0;
    for (size_t s = 0; s < m.cap; s++) {
        dent *e = m.slot[s];
        if (!e || e->a < min_count)
            continue;
        vc_keyness k = vc_keyness_compute(e->a, d->target_comments, e->b, d->reference_comments);
        if (!(k.g2 > 0 && k.p <= d->p_cutoff))
            continue;
        d->significant++;
        vc_term t;
        memset(&t, 0, sizeof t);
        t.words = e->words;
        t.target = e->a;
        t.reference = e->b;
        t.cell.comments = e->n;
        t.cell.score_sum = e->score_sum;
        memcpy(t.cell.group, e->grp, sizeof t.cell.group);
        t.k = k;
        t.significant = 1;
        t.covered = e->covered;
        t.text = vc_strndup(e->key, e->keylen);
        if (!t.text) {
            vc_term_list_free(&all);
            vc_term_list_free(&sent);
            goto nomem;
        }
        t.sentiment = c.sent && sentiment_words(c.sent, t.text, stop_in_table, &c);
        int covered = vc_term_is_covered(&t);
        d->significant_sentiment += t.sentiment;
        d->significant_uncovered += !covered && !t.sentiment;
        if (covered && !o->include_covered) {
            free(t.text);
            continue;
        }
        t.covered_by = entry_desc(c.lex, e->cover_entry);
        vc_term_list *into = t.sentiment ? &sent : &all;
        size_t *capp = t.sentiment ? &cap_sent : &cap_terms;
        vc_term *g = into->n == *capp ? vc_grow(into->v, capp, into->n, sizeof *into->v, 64) : into->v;
        if (!g) {
            free(t.text);
            free(t.covered_by);
            vc_term_list_free(&all);
            vc_term_list_free(&sent);
            goto nomem;
        }
        into->v = g;
        into->v[into->n++] = t;
    }
    dt_free(&m);
    /* collapse by strength of evidence, then rank as asked, topics and
     * sentiment terms each on their own; a few more than --top of each go to
     * pass 3, which may find some to be pieces of a longer phrase */
    double share = o->collapse_share > 0 ? o->collapse_share : 0.75;
    size_t top = o->top ? o->top : 30, extra = top + top / 2 + 5;
    vc_term_list *lists[2] = {&all, &sent};
    for (int li = 0; li < 2; li++) {
        vc_term_list *l = lists[li];
        if (l->n)
            qsort(l->v, l->n, sizeof *l->v, vc_term_rank_cmp);
        if (!o->no_collapse)
            l->n = vc_terms_collapse(l->v, l->n, share);
        if (o->rank_log_ratio && l->n)
            qsort(l->v, l->n, sizeof *l->v, vc_term_rank_lr_cmp);
        while (l->n > extra)
            vc_term_free(&l->v[--l->n]);
    }
    /* one list for pass 3: the topics, then the sentiment terms */
    if (sent.n) {
        vc_term *g = vc_xrealloc_array(all.v, all.n + sent.n, sizeof *all.v);
        if (!g) {
            vc_term_list_free(&all);
            vc_term_list_free(&sent);
            goto nomem;
        }
        all.v = g;
        memcpy(all.v + all.n, sent.v, sent.n * sizeof *sent.v);
        all.n += sent.n;
        free(sent.v);
    }
    d->terms = all;

    /* pass 3: examples and co-occurrences of the listed terms */
    size_t nl = d->terms.n;
    if (nl) {
        dtable listed;
        memset(&listed, 0, sizeof listed);
        c.listed = &listed;
        c.nlisted = nl;
        c.nco = nl < CO_MAX ? nl : CO_MAX;
        for (size_t i = 0; i < nl && !st; i++) {
            const char *k = d->terms.v[i].text;
            dent *e = dt_get(&listed, vc_hash_bytes(k, strlen(k)), k, strlen(k), d->terms.v[i].words, 1);
            if (!e)
                st = VC_ERR_NOMEM;
            else
                e->idx = (uint32_t)i;
        }
        for (unsigned i = 0; i < c.nw && !st; i++) {
            dworker *w = &c.w[i];
            dt_free(&w->t);
            w->ex = c.examples ? vc_xcalloc(nl * c.examples, sizeof *w->ex) : NULL;
            w->nex = vc_xcalloc(nl, sizeof *w->nex);
            w->co = vc_xcalloc(c.nco * c.nco, sizeof *w->co);
            if ((c.examples && !w->ex) || !w->nex || !w->co)
                st = VC_ERR_NOMEM;
        }
        if (st) {
            dt_free(&listed);
            goto nomem;
        }
        if (vc_lexicon_load_string("(none)", "", 0, NULL, &c.no_themes, NULL))
            c.no_themes = NULL; /* then pass 3 matches too, which is only slower */
        st = run_pass(&c, o, 3, &again, err);
        vc_lexicon_free(c.no_themes);
        c.no_themes = NULL;
        if (!st)
            st = check_rows(d->scan, again, err);
        vc_scan_free(again);
        again = NULL;
        dt_free(&listed);
        c.listed = NULL;
        if (st)
            goto fail;
        d->passes++;
        /* examples: merge the workers' first ones */
        for (size_t t = 0; t < nl; t++) {
            vc_term *term = &d->terms.v[t];
            size_t cap = c.examples;
            exm *best = cap ? vc_xcalloc(cap, sizeof *best) : NULL;
            size_t nb = 0;
            for (unsigned i = 0; i < c.nw && cap; i++)
                for (size_t k = 0; k < c.w[i].nex[t]; k++) {
                    exm *x = &c.w[i].ex[t * cap + k];
                    if (best)
                        ex_add(best, &nb, cap, x->cls, x->file, x->recno, x->text, strlen(x->text), SIZE_MAX - 1);
                }
            term->examples = nb ? vc_xcalloc(nb, sizeof *term->examples) : NULL;
            for (size_t k = 0; k < nb; k++) {
                if (term->examples)
                    term->examples[term->nexamples++] = best[k].text;
                else
                    free(best[k].text);
            }
            free(best);
        }
        size_t nco = c.nco;
        uint64_t *co = vc_xcalloc(nco * nco, sizeof *co);
        size_t *parent = vc_xcalloc(nl, sizeof *parent);
        uint8_t *alive = vc_xcalloc(nl, 1);
        if (!co || !parent || !alive) {
            free(co);
            free(parent);
            free(alive);
            goto nomem;
        }
        for (unsigned i = 0; i < c.nw; i++)
            for (size_t k = 0; k < nco * nco; k++)
                co[k] += c.w[i].co[k];
        /* a term that shares a word with a stronger one of its section and is
         * mostly seen in the same comments is a piece of the same phrase
         * ("fix it qr" beside "qr code scanner", "scanner kept rejecting"
         * beside "card scanner kept"): drop it. A term that contains the
         * other (or is contained in it) always shares its comments, so the
         * pair says nothing: vc_terms_collapse has settled it. */
        vc_term *tv = d->terms.v;
        size_t nalive[2] = {0, 0};
        for (size_t i = 0; i < nl; i++) {
            int sec = tv[i].sentiment != 0;
            alive[i] = nalive[sec] < top;
            for (size_t j = 0; i < nco && j < nco && alive[i] && !o->no_collapse; j++) {
                if (j == i || !alive[j] || (tv[j].sentiment != 0) != sec || vc_term_rank_cmp(&tv[j], &tv[i]) > 0 ||
                    !share_word(tv[i].text, tv[j].text) || vc_term_contains(tv[i].text, tv[j].text) ||
                    vc_term_contains(tv[j].text, tv[i].text))
                    continue;
                if ((double)co[i * nco + j] >= share * (double)co[i * nco + i])
                    alive[i] = 0;
            }
            nalive[sec] += alive[i];
        }
        /* candidate themes: uncovered terms whose mentions correlate */
        for (size_t i = 0; i < nl; i++)
            parent[i] = i;
        double phimin = o->cluster_phi > 0 ? o->cluster_phi : 0.3;
        double nt = (double)d->target_comments;
        for (size_t i = 0; i < nco; i++)
            for (size_t j = i + 1; j < nco; j++) {
                const vc_term *x = &tv[i], *y = &tv[j];
                if (!alive[i] || !alive[j] || vc_term_is_covered(x) || vc_term_is_covered(y) || x->sentiment ||
                    y->sentiment)
                    continue;
                /* phi: the correlation of "mentions x" and "mentions y" over
                 * the target comments (chance co-occurrence of two common
                 * terms scores near 0) */
                double both = (double)co[i * nco + j], ax = (double)co[i * nco + i], ay = (double)co[j * nco + j];
                double den = ax * (nt - ax) * ay * (nt - ay);
                double phi = den > 0 ? (both * nt - ax * ay) / sqrt(den) : (both == ax && both == ay ? 1.0 : 0.0);
                if (phi < phimin)
                    continue;
                size_t ri = i, rj = j;
                while (parent[ri] != ri)
                    ri = parent[ri];
                while (parent[rj] != rj)
                    rj = parent[rj];
                if (ri != rj)
                    parent[ri > rj ? ri : rj] = ri < rj ? ri : rj; /* the better-ranked root wins */
            }
        for (size_t i = 0; i < nl; i++) {
            if (!alive[i] || vc_term_is_covered(&tv[i]) || tv[i].sentiment)
                continue;
            size_t r = i;
            while (parent[r] != r)
                r = parent[r];
            tv[i].candidate = r == i ? ++d->candidates : tv[r].candidate;
        }
        /* the topics stay in d->terms; the sentiment terms move to their section */
        size_t k = 0, ns = 0;
        for (size_t i = 0; i < nl; i++)
            ns += alive[i] && tv[i].sentiment;
        vc_term *sv = ns ? vc_xcalloc(ns, sizeof *sv) : NULL;
        ns = 0;
        for (size_t i = 0; i < nl; i++) {
            if (alive[i] && !tv[i].sentiment)
                tv[k++] = tv[i];
            else if (alive[i] && sv)
                sv[ns++] = tv[i];
            else
                vc_term_free(&tv[i]);
        }
        d->terms.n = k;
        d->sentiment_terms.v = sv;
        d->sentiment_terms.n = ns;
        free(co);
        free(parent);
        free(alive);
    }
    d->target_label = xstrdup(o->compare == VC_COMPARE_SCORE  ? vc_scale_group_column(o->scan.scale, VC_GROUP_LOW)
                              : o->compare == VC_COMPARE_VALUE ? o->compare_value
                                                               : c.target_label);
    d->reference_label = xstrdup(o->compare == VC_COMPARE_SCORE ? vc_scale_group_column(o->scan.scale, VC_GROUP_HIGH)
                                                                : "rest");
    free(pv);
    dt_free(&m);
    dt_free(&c.stop);
    workers_free(&c);
    if (!d->target_label || !d->reference_label) {
        vc_discovery_free(d);
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    }
    *out = d;
    return VC_OK;

nomem:
    st = vc_error_set(err, VC_ERR_NOMEM, "discover: out of memory (lower --memory or --ngrams)");
fail:
    free(pv);
    dt_free(&m);
    dt_free(&c.stop);
    workers_free(&c);
    vc_discovery_free(d);
    return st;
}

vc_status vc_discover_missed(const vc_scan_options *so, vc_discovery **out, vc_error *err)
{
    *out = NULL;
    vc_discover_options o;
    vc_discover_defaults(&o);
    o.scan = *so;
    o.scan.rejects = NULL;
    o.scan.comments = NULL;
    o.scan.progress = NULL;
    o.scan.by = NULL;
    o.scan.nby = 0;
    o.top = 10;
    o.examples = 1;
    o.example_bytes = 200;
    vc_stopwords stop;
    vc_status st = vc_stopwords_load(NULL, &stop, err);
    if (st)
        return st;
    o.stop_words = stop.v;
    o.nstop_words = stop.n;
    st = vc_discover_run(&o, out, err);
    vc_stopwords_free(&stop);
    return st;
}

/* ---- expand: per theme, the terms its comments use more than chance ------------ */

/* 1 when the last k words of x are the first k words of y, for some k >= 1. */
static int overlaps(const char *x, const char *y)
{
    for (const char *p = x; *p; p++) {
        if (p != x && p[-1] != ' ')
            continue;
        size_t n = strlen(p);
        if (!strncmp(p, y, n) && (y[n] == ' ' || y[n] == 0) && p != x)
            return 1;
    }
    return 0;
}

/* Pieces of one longer phrase: two overlapping n-grams ("card scanner kept",
 * "scanner kept rejecting") found in exactly the same numbers of comments,
 * of the theme and overall, are one phrase cut by --ngrams; the weaker (the
 * later in rank order) goes. Without the co-occurrence counts discover's
 * last pass has, equal counts are the evidence. Ranked terms in place;
 * returns the new count. */
static size_t drop_pieces(vc_term *t, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int piece = 0;
        for (size_t j = 0; j < k && !piece; j++)
            piece = t[j].target == t[i].target && t[j].cell.comments == t[i].cell.comments &&
                    (overlaps(t[j].text, t[i].text) || overlaps(t[i].text, t[j].text));
        if (piece)
            vc_term_free(&t[i]);
        else
            t[k++] = t[i];
    }
    return k;
}

void vc_expand_defaults(vc_expand_options *o)
{
    memset(o, 0, sizeof *o);
    vc_scan_options_init(&o->scan);
    o->max_words = 3;
    o->min_count = 5;
    o->alpha = 0.05;
    o->correction = VC_CORRECT_BH;
    o->top = 10;
    o->examples = 2;
    o->example_bytes = 300;
    o->memory_bytes = (size_t)128 << 20;
}

void vc_expansion_free(vc_expansion *x)
{
    if (!x)
        return;
    for (size_t i = 0; i < x->nthemes; i++) {
        free(x->themes[i].name);
        vc_term_list_free(&x->themes[i].terms);
    }
    free(x->themes);
    vc_scan_free(x->scan);
    free(x);
}

double vc_expand_lift(uint64_t a, uint64_t theme_comments, uint64_t n, uint64_t comments)
{
    if (!theme_comments || !n || !comments)
        return NAN;
    return ((double)a / (double)theme_comments) / ((double)n / (double)comments);
}

/* The themes expand looks at: the one asked for, or every theme with an
 * entry of its own (not only an exclusion). */
static vc_status expand_themes(const vc_expand_options *o, uint8_t *want, size_t nthemes, vc_error *err)
{
    const vc_lexicon *lex = o->scan.lex;
    if (o->theme) {
        for (uint32_t t = 0; t < nthemes; t++)
            if (!strcmp(vc_lexicon_theme_name(lex, t), o->theme)) {
                want[t] = 1;
                return VC_OK;
            }
        return vc_error_set(err, VC_ERR_USAGE, "--theme: the lexicon has no theme '%s'", o->theme);
    }
    size_t ne = vc_lexicon_entry_count(lex);
    for (uint32_t i = 0; i < ne; i++) {
        vc_entry_info e;
        vc_lexicon_entry(lex, i, &e);
        if (!e.exclude && e.theme < nthemes)
            want[e.theme] = 1;
    }
    return VC_OK;
}

vc_status vc_expand_run(const vc_expand_options *o, vc_expansion **out, vc_error *err)
{
    *out = NULL;
    for (size_t i = 0; i < o->scan.ninputs; i++)
        if (!strcmp(o->scan.inputs[i], "-"))
            return vc_error_set(err, VC_ERR_USAGE,
                                "lexicon expand reads its inputs more than once and cannot read standard input: "
                                "give the files themselves (gzip is read directly)");
    if (!o->scan.lex)
        return vc_error_set(err, VC_ERR_USAGE, "lexicon expand: no lexicon");
    size_t ntheme = vc_lexicon_theme_count(o->scan.lex);
    uint8_t *want = vc_xcalloc(ntheme + 1, 1);
    if (!want)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    vc_status st = expand_themes(o, want, ntheme, err);
    if (st) {
        free(want);
        return st;
    }
    /* discover's passes, with every comment in the "target" and a counter per theme */
    vc_discover_options dopt;
    vc_discover_defaults(&dopt);
    dopt.scan = o->scan;
    dopt.max_words = o->max_words;
    dopt.min_count = o->min_count;
    dopt.examples = o->examples;
    dopt.example_bytes = o->example_bytes;
    dopt.memory_bytes = o->memory_bytes;
    dopt.stop_words = o->stop_words;
    dopt.nstop_words = o->nstop_words;
    dctx c;
    memset(&c, 0, sizeof c);
    c.o = &dopt;
    c.lex = o->scan.lex;
    c.ntc = ntheme ? ntheme : 1;
    c.max_words = o->max_words ? o->max_words : 3;
    if (c.max_words > MAX_WORDS)
        c.max_words = MAX_WORDS;
    c.examples = o->examples;
    c.example_bytes = o->example_bytes ? o->example_bytes : 300;
    uint64_t min_count = o->min_count ? o->min_count : 1;
    size_t budget = o->memory_bytes ? o->memory_bytes : (size_t)128 << 20;
    size_t top = o->top ? o->top : 10;
    c.nw = vc_scan_thread_count(o->scan.threads);
    c.w = vc_xcalloc(c.nw, sizeof *c.w);
    vc_discovery *d = vc_xcalloc(1, sizeof *d);
    vc_expansion *x = vc_xcalloc(1, sizeof *x);
    uint64_t *tn = vc_xcalloc(c.ntc, sizeof *tn);
    dtable m;
    memset(&m, 0, sizeof m);
    double *pv = NULL;
    uint32_t *ltheme = NULL, *lnext = NULL;
    st = c.w && d && x && tn ? build_stop(&c, &dopt) : VC_ERR_NOMEM;
    for (unsigned i = 0; !st && i < c.nw; i++) {
        c.w[i].t.limit = budget / c.nw;
        c.w[i].t.ntc = c.ntc;
        if (!(c.w[i].tn = vc_xcalloc(c.ntc, sizeof *c.w[i].tn)))
            st = VC_ERR_NOMEM;
    }
    if (st) {
        vc_error_set(err, st, "out of memory");
        goto fail;
    }
    c.sent = o->sentiment_lex;
    if (!c.sent && (st = vc_sentiment_lexicon_load_default(&c.sent_own, err)))
        goto fail;
    if (!c.sent)
        c.sent = c.sent_own;
    m.ntc = c.ntc;
    if ((st = count_terms(&c, &dopt, d, &m, min_count, budget, err)))
        goto fail;
    for (unsigned i = 0; i < c.nw; i++)
        for (size_t t = 0; t < c.ntc; t++)
            tn[t] += c.w[i].tn[t];
    uint64_t N = d->all.comments;
    x->comments = N;
    x->passes = d->passes;
    x->exact_above = d->exact_above;
    x->peak_table_bytes = d->peak_table_bytes;
    x->scan = d->scan;
    d->scan = NULL;

    /* the cut-off over every (theme, term) pair tested */
    size_t ntested = 0, cap_pv = 0;
    for (size_t s = 0; s < m.cap; s++) {
        dent *e = m.slot[s];
        for (size_t t = 0; e && t < ntheme; t++) {
            if (!want[t] || TC(e)[t] < min_count || tn[t] >= N)
                continue;
            if (ntested == cap_pv) {
                double *g = vc_grow(pv, &cap_pv, ntested, sizeof *pv, 1024);
                if (!g)
                    goto nomem;
                pv = g;
            }
            pv[ntested++] = vc_keyness_compute(TC(e)[t], tn[t], e->n - TC(e)[t], N - tn[t]).p;
        }
    }
    x->tested = ntested;
    x->p_cutoff = vc_significance_cutoff(pv, ntested, o->alpha > 0 ? o->alpha : 0.05, o->correction);
    free(pv);
    pv = NULL;

    /* the themes, in lexicon order, and their suggestions */
    size_t nwant = 0;
    for (size_t t = 0; t < ntheme; t++)
        nwant += want[t];
    x->themes = nwant ? vc_xcalloc(nwant, sizeof *x->themes) : NULL;
    if (nwant && !x->themes)
        goto nomem;
    for (uint32_t t = 0; t < ntheme; t++) {
        if (!want[t])
            continue;
        vc_expand_theme *th = &x->themes[x->nthemes++];
        th->theme = t;
        th->comments = tn[t];
        if (!(th->name = xstrdup(vc_lexicon_theme_name(c.lex, t))))
            goto nomem;
    }
    for (size_t s = 0; s < m.cap; s++) {
        dent *e = m.slot[s];
        if (!e || 2 * e->covered >= e->n) /* covered (vc_term_is_covered): an entry has it already */
            continue;
        int is_sent = -1; /* decided once per term, when first needed */
        for (size_t i = 0; i < x->nthemes; i++) {
            vc_expand_theme *th = &x->themes[i];
            uint64_t a = TC(e)[th->theme];
            if (a < min_count || th->comments >= N)
                continue;
            vc_keyness k = vc_keyness_compute(a, th->comments, e->n - a, N - th->comments);
            if (!(k.g2 > 0 && k.p <= x->p_cutoff))
                continue;
            x->significant++;
            vc_term t;
            memset(&t, 0, sizeof t);
            if (!(t.text = vc_strndup(e->key, e->keylen)))
                goto nomem;
            if (is_sent < 0)
                is_sent = sentiment_words(c.sent, t.text, stop_in_table, &c);
            if (is_sent && !o->include_sentiment) {
                free(t.text);
                continue;
            }
            t.words = e->words;
            t.target = a;
            t.reference = e->n - a;
            t.cell.comments = e->n;
            t.cell.score_sum = e->score_sum;
            memcpy(t.cell.group, e->grp, sizeof t.cell.group);
            t.k = k;
            t.significant = 1;
            t.covered = e->covered;
            t.sentiment = is_sent;
            vc_term_list *l = &th->terms;
            if ((l->n & (l->n - 1)) == 0) { /* grow at powers of two */
                vc_term *g = vc_xrealloc_array(l->v, l->n ? 2 * l->n : 1, sizeof *l->v);
                if (!g) {
                    free(t.text);
                    goto nomem;
                }
                l->v = g;
            }
            l->v[l->n++] = t;
        }
    }
    dt_free(&m);
    size_t nlist = 0;
    for (size_t i = 0; i < x->nthemes; i++) {
        vc_term_list *l = &x->themes[i].terms;
        if (l->n)
            qsort(l->v, l->n, sizeof *l->v, vc_term_rank_cmp);
        l->n = vc_terms_collapse(l->v, l->n, 0.75);
        l->n = drop_pieces(l->v, l->n);
        while (l->n > top)
            vc_term_free(&l->v[--l->n]);
        nlist += l->n;
    }

    /* pass 3: examples of each suggestion among its theme's comments */
    if (nlist && c.examples) {
        dtable listed;
        memset(&listed, 0, sizeof listed);
        ltheme = malloc(nlist * sizeof *ltheme);
        lnext = malloc(nlist * sizeof *lnext);
        if (!ltheme || !lnext)
            goto nomem;
        size_t li = 0;
        for (size_t i = 0; i < x->nthemes && !st; i++)
            for (size_t k = 0; k < x->themes[i].terms.n && !st; k++, li++) {
                const vc_term *t = &x->themes[i].terms.v[k];
                size_t len = strlen(t->text);
                dent *e = dt_get(&listed, vc_hash_bytes(t->text, len), t->text, len, t->words, 1);
                if (!e) {
                    st = VC_ERR_NOMEM;
                    break;
                }
                ltheme[li] = x->themes[i].theme;
                lnext[li] = e->err ? e->idx : NO_ENTRY; /* err marks an entry already listed */
                e->idx = (uint32_t)li;
                e->err = 1;
            }
        c.listed = &listed;
        c.ltheme = ltheme;
        c.lnext = lnext;
        c.nlisted = nlist;
        for (unsigned i = 0; i < c.nw && !st; i++) {
            dworker *w = &c.w[i];
            dt_free(&w->t);
            w->ex = vc_xcalloc(nlist * c.examples, sizeof *w->ex);
            w->nex = vc_xcalloc(nlist, sizeof *w->nex);
            if (!w->ex || !w->nex)
                st = VC_ERR_NOMEM;
        }
        vc_scan *again = NULL;
        if (!st) {
            st = run_pass(&c, &dopt, 3, &again, err);
            if (!st)
                st = check_rows(x->scan, again, err);
        } else {
            vc_error_set(err, st, "out of memory");
        }
        vc_scan_free(again);
        dt_free(&listed);
        c.listed = NULL;
        if (st)
            goto fail;
        x->passes++;
        li = 0;
        for (size_t i = 0; i < x->nthemes; i++)
            for (size_t k = 0; k < x->themes[i].terms.n; k++, li++) {
                vc_term *term = &x->themes[i].terms.v[k];
                size_t cap = c.examples;
                exm *best = vc_xcalloc(cap, sizeof *best);
                size_t nb = 0;
                for (unsigned w = 0; w < c.nw && best; w++)
                    for (size_t e = 0; e < c.w[w].nex[li]; e++) {
                        exm *xm = &c.w[w].ex[li * cap + e];
                        ex_add(best, &nb, cap, xm->cls, xm->file, xm->recno, xm->text, strlen(xm->text),
                               SIZE_MAX - 1);
                    }
                term->examples = nb ? vc_xcalloc(nb, sizeof *term->examples) : NULL;
                for (size_t e = 0; e < nb; e++) {
                    if (term->examples)
                        term->examples[term->nexamples++] = best[e].text;
                    else
                        free(best[e].text);
                }
                free(best);
            }
    }
    free(ltheme);
    free(lnext);
    free(tn);
    free(want);
    dt_free(&c.stop);
    workers_free(&c);
    vc_discovery_free(d);
    *out = x;
    return VC_OK;

nomem:
    st = vc_error_set(err, VC_ERR_NOMEM, "lexicon expand: out of memory (lower --memory or --ngrams)");
fail:
    free(pv);
    free(ltheme);
    free(lnext);
    free(tn);
    free(want);
    dt_free(&m);
    dt_free(&c.stop);
    workers_free(&c);
    vc_discovery_free(d);
    vc_expansion_free(x);
    return st;
}
