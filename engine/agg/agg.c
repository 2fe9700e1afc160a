/*
 * agg.c - theme x segment x score-group counters.
 *
 * Layout: per dimension, an open-addressing hash table maps a segment value
 * to a dense segment id (insertion order), and a flat array holds
 * (nthemes + 1) cells per segment: cell 0 is the base row ("*", all
 * comments), cell 1 + t is theme t. Adding a comment is one hash lookup per
 * dimension plus (1 + themes mentioned) cell updates; nothing is allocated
 * unless a new segment value appears.
 *
 * High-cardinality columns (an id passed to --by by mistake) must not eat
 * memory: a dimension keeps at most max_segments values of its own, and
 * every other value is counted in a single "(other)" segment and in
 * `overflow`. Which values keep a row must not depend on the order rows
 * arrive in (threads, batches, shards), so it is not "the first ones seen":
 * the kept values are the max_segments with the smallest hash of their
 * text (a bottom-k sample). A max-heap of the kept hashes finds the one to
 * evict when a smaller one arrives; its counts move to "(other)". Any
 * value of the final sample was in the sample of every table it appeared
 * in, so its counts are complete, and merged tables keep the same sample as
 * one table over all the rows.
 *
 * Determinism: all counters are integers, so merge order never matters;
 * segment order for output comes from vc_agg_sort() (byte-wise by value).
 */
#include <stdlib.h>
#include <string.h>

#include "vocal/agg.h"
#include "vocal/buf.h"
#include "vocal/wire.h"

typedef struct dim {
    /* segment table */
    char **names;
    size_t *name_len;
    size_t nseg, cap_seg;
    uint32_t *slots; /* hash slot -> segment id + 1 (0 = empty) */
    size_t nslots;
    vc_cell *cells; /* cap_seg * (nthemes + 1) */
    size_t *order;  /* sorted order, valid after vc_agg_sort */
    long other;     /* id of "(other)" or -1 */
    uint64_t overflow;
    uint64_t *hash; /* per segment, vc_hash_bytes of its value */
    size_t *heap;   /* kept values (not "(other)"), largest (hash, value) on top */
    size_t nheap;
    int unsorted;   /* a segment came or changed since vc_agg_sort */
} dim;

struct vc_agg {
    size_t ndims, nthemes, max_segments;
    int with_model;
    dim *d;
};

void vc_agg_set_model(vc_agg *a, int with_model) { a->with_model = with_model != 0; }
int vc_agg_has_model(const vc_agg *a) { return a->with_model; }

vc_agg *vc_agg_new(size_t ndims, size_t nthemes, size_t max_segments)
{
    vc_agg *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->ndims = ndims;
    a->nthemes = nthemes;
    a->max_segments = max_segments ? max_segments : 1000;
    a->d = vc_xcalloc(ndims, sizeof *a->d);
    if (!a->d) {
        free(a);
        return NULL;
    }
    for (size_t i = 0; i < ndims; i++)
        a->d[i].other = -1;
    return a;
}

void vc_agg_free(vc_agg *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->ndims; i++) {
        dim *d = &a->d[i];
        for (size_t s = 0; s < d->nseg; s++)
            free(d->names[s]);
        free(d->names);
        free(d->name_len);
        free(d->slots);
        free(d->cells);
        free(d->order);
        free(d->hash);
        free(d->heap);
    }
    free(a->d);
    free(a);
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

static inline void trim(const char **p, size_t *n)
{
    const char *s = *p;
    size_t len = *n;
    while (len && is_space(*s)) {
        s++;
        len--;
    }
    while (len && is_space(s[len - 1]))
        len--;
    if (!len || !s) {
        s = VC_AGG_BLANK;
        len = strlen(VC_AGG_BLANK);
    }
    *p = s;
    *n = len;
}

static vc_status rehash(dim *d, size_t n)
{
    uint32_t *slots = vc_xcalloc(n, sizeof *slots);
    if (!slots)
        return VC_ERR_NOMEM;
    for (size_t s = 0; s < d->nseg; s++) {
        size_t h = (size_t)d->hash[s] & (n - 1);
        while (slots[h])
            h = (h + 1) & (n - 1);
        slots[h] = (uint32_t)s + 1;
    }
    free(d->slots);
    d->slots = slots;
    d->nslots = n;
    return VC_OK;
}

/* (hash, value) order of two segments: the sample keeps the smallest */
static int key_less(const dim *d, size_t a, size_t b)
{
    if (d->hash[a] != d->hash[b])
        return d->hash[a] < d->hash[b];
    size_t la = d->name_len[a], lb = d->name_len[b];
    int c = memcmp(d->names[a], d->names[b], la < lb ? la : lb);
    return c ? c < 0 : la < lb;
}

static void heap_up(dim *d, size_t i)
{
    while (i > 0) {
        size_t up = (i - 1) / 2;
        if (!key_less(d, d->heap[up], d->heap[i]))
            break;
        size_t t = d->heap[up];
        d->heap[up] = d->heap[i];
        d->heap[i] = t;
        i = up;
    }
}

static void heap_down(dim *d, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, big = i;
        if (l < d->nheap && key_less(d, d->heap[big], d->heap[l]))
            big = l;
        if (r < d->nheap && key_less(d, d->heap[big], d->heap[r]))
            big = r;
        if (big == i)
            return;
        size_t t = d->heap[big];
        d->heap[big] = d->heap[i];
        d->heap[i] = t;
        i = big;
    }
}

static vc_status add_segment(vc_agg *a, dim *d, const char *p, size_t n, uint64_t hash, long *id)
{
    if (d->nseg == d->cap_seg) {
        size_t cap = d->cap_seg ? d->cap_seg * 2 : 16;
        char **names = vc_xrealloc_array(d->names, cap, sizeof *names);
        if (!names)
            return VC_ERR_NOMEM;
        d->names = names;
        size_t *lens = vc_xrealloc_array(d->name_len, cap, sizeof *lens);
        if (!lens)
            return VC_ERR_NOMEM;
        d->name_len = lens;
        uint64_t *hashes = vc_xrealloc_array(d->hash, cap, sizeof *hashes);
        if (!hashes)
            return VC_ERR_NOMEM;
        d->hash = hashes;
        size_t *heap = vc_xrealloc_array(d->heap, cap, sizeof *heap);
        if (!heap)
            return VC_ERR_NOMEM;
        d->heap = heap;
        vc_cell *cells = vc_xrealloc_array(d->cells, cap * (a->nthemes + 1), sizeof *cells);
        if (!cells)
            return VC_ERR_NOMEM;
        memset(cells + d->cap_seg * (a->nthemes + 1), 0,
               (cap - d->cap_seg) * (a->nthemes + 1) * sizeof *cells);
        d->cells = cells;
        d->cap_seg = cap;
    }
    char *name = vc_strndup(p, n);
    if (!name)
        return VC_ERR_NOMEM;
    d->names[d->nseg] = name;
    d->name_len[d->nseg] = n;
    d->hash[d->nseg] = hash;
    d->unsorted = 1;
    *id = (long)d->nseg++;
    if (d->nseg * 2 > d->nslots)
        return rehash(d, d->nslots ? d->nslots * 2 : 64);
    size_t h = (size_t)hash & (d->nslots - 1);
    while (d->slots[h])
        h = (h + 1) & (d->nslots - 1);
    d->slots[h] = (uint32_t)*id + 1;
    return VC_OK;
}

static vc_status other_id(vc_agg *a, dim *d)
{
    if (d->other >= 0)
        return VC_OK;
    return add_segment(a, d, VC_AGG_OTHER, strlen(VC_AGG_OTHER), vc_hash_bytes(VC_AGG_OTHER, strlen(VC_AGG_OTHER)),
                       &d->other);
}

/* Find or create the segment id for a (trimmed) value; *folded = 1 when it
 * went to "(other)". At the cap, a value with a smaller (hash, value) than
 * the largest kept one takes that one's place, whose counts move to
 * "(other)". */
static void cell_merge(vc_cell *into, const vc_cell *from);

static vc_status segment_id(vc_agg *a, dim *d, const char *p, size_t n, long *id, int *folded)
{
    *folded = 0;
    vc_status st;
    /* a value that reads "(other)" is counted in that row, as a merge does */
    if (n == strlen(VC_AGG_OTHER) && memcmp(p, VC_AGG_OTHER, n) == 0) {
        if ((st = other_id(a, d)))
            return st;
        *id = d->other;
        return VC_OK;
    }
    uint64_t hash = vc_hash_bytes(p, n);
    if (d->nslots) {
        size_t h = (size_t)hash & (d->nslots - 1);
        for (;;) {
            uint32_t v = d->slots[h];
            if (!v)
                break;
            if (d->name_len[v - 1] == n && memcmp(d->names[v - 1], p, n) == 0) {
                *id = (long)v - 1;
                return VC_OK;
            }
            h = (h + 1) & (d->nslots - 1);
        }
    }
    if (d->nheap < a->max_segments) {
        if ((st = add_segment(a, d, p, n, hash, id)))
            return st;
        d->heap[d->nheap++] = (size_t)*id;
        heap_up(d, d->nheap - 1);
        return VC_OK;
    }
    if ((st = other_id(a, d)))
        return st;
    size_t top = d->heap[0];
    int smaller = hash != d->hash[top] ? hash < d->hash[top] : 0;
    if (hash == d->hash[top]) {
        size_t lt = d->name_len[top];
        int c = memcmp(p, d->names[top], n < lt ? n : lt);
        smaller = c ? c < 0 : n < lt;
    }
    if (!smaller) {
        *folded = 1;
        *id = d->other;
        return VC_OK;
    }
    /* evict the largest kept value into "(other)"; the new one takes its id */
    char *name = vc_strndup(p, n);
    if (!name)
        return VC_ERR_NOMEM;
    size_t row = a->nthemes + 1;
    vc_cell *from = &d->cells[top * row], *to = &d->cells[(size_t)d->other * row];
    d->overflow += from[0].comments;
    for (size_t t = 0; t < row; t++)
        cell_merge(&to[t], &from[t]);
    memset(from, 0, row * sizeof *from);
    free(d->names[top]);
    d->unsorted = 1;
    d->names[top] = name;
    d->name_len[top] = n;
    d->hash[top] = hash;
    heap_down(d, 0);
    *id = (long)top;
    return rehash(d, d->nslots);
}

static void cell_add_group(vc_cell *c, int group, int score)
{
    c->comments++;
    if (group >= 0) {
        c->group[group]++;
        c->score_sum += (uint64_t)score;
    }
}

static void cell_add_sentiment(vc_cell *c, double compound)
{
    c->sent[vc_sentiment_class(compound)]++;
    c->compound_sum += vc_compound_fixed(compound);
    c->sentiment_n++;
}

/* Count obs once in dimension di under the value p/n (trimmed; blank is
 * "(blank)"). *other_done: the record is already in "(other)" of this
 * dimension (several values of one record folded there count once). */
static vc_status add_to_dim(vc_agg *a, size_t di, const char *p, size_t n, const vc_obs *obs, int *other_done)
{
    size_t row = a->nthemes + 1;
    dim *d = &a->d[di];
    trim(&p, &n);
    long id;
    int folded;
    vc_status st = segment_id(a, d, p, n, &id, &folded);
    if (st)
        return st;
    if (id == d->other) {
        if (*other_done)
            return VC_OK;
        *other_done = 1;
    }
    if (folded)
        d->overflow++;
    vc_cell *base = &d->cells[(size_t)id * row];
    cell_add_group(base, obs->group, obs->score);
    if (obs->has_sentiment)
        cell_add_sentiment(base, obs->compound);
    for (size_t t = 0; t < obs->nthemes; t++) {
        const vc_theme_obs *to = &obs->themes[t];
        if (to->theme >= a->nthemes)
            return VC_ERR_INTERNAL;
        vc_cell *c = &base[1 + to->theme];
        cell_add_group(c, obs->group, obs->score);
        if (to->has_sentiment)
            cell_add_sentiment(c, to->compound);
        c->model_only += (uint64_t)(to->model_only != 0);
    }
    return VC_OK;
}

/* The one-value-per-dimension path of every scan, kept apart from
 * add_to_dim so that the compiler keeps it whole (a shared call costs a
 * measurable share of the per-record work). */
vc_status vc_agg_add(vc_agg *a, const vc_obs *obs)
{
    size_t row = a->nthemes + 1;
    for (size_t di = 0; di < a->ndims; di++) {
        dim *d = &a->d[di];
        const char *p = obs->seg[di];
        size_t n = obs->seg_len[di];
        trim(&p, &n);
        long id;
        int folded;
        vc_status st = segment_id(a, d, p, n, &id, &folded);
        if (st)
            return st;
        if (folded)
            d->overflow++;
        vc_cell *base = &d->cells[(size_t)id * row];
        cell_add_group(base, obs->group, obs->score);
        if (obs->has_sentiment)
            cell_add_sentiment(base, obs->compound);
        for (size_t t = 0; t < obs->nthemes; t++) {
            const vc_theme_obs *to = &obs->themes[t];
            if (to->theme >= a->nthemes)
                return VC_ERR_INTERNAL;
            vc_cell *c = &base[1 + to->theme];
            cell_add_group(c, obs->group, obs->score);
            if (to->has_sentiment)
                cell_add_sentiment(c, to->compound);
            c->model_only += (uint64_t)(to->model_only != 0);
        }
    }
    return VC_OK;
}

/* The next value of a '\0'-terminated list, trimmed as add_to_dim does. */
static void next_value(const char **cur, const char *end, const char **p, size_t *n)
{
    const char *s = *cur;
    const char *z = memchr(s, 0, (size_t)(end - s));
    if (!z)
        z = end;
    *p = s;
    *n = (size_t)(z - s);
    *cur = z < end ? z + 1 : end;
    trim(p, n);
}

vc_status vc_agg_add_values(vc_agg *a, const vc_obs *obs, const size_t *nvals)
{
    if (!nvals)
        return vc_agg_add(a, obs);
    for (size_t di = 0; di < a->ndims; di++) {
        int other_done = 0;
        vc_status st = VC_OK;
        if (nvals[di] == 0)
            continue;
        if (nvals[di] == 1) {
            st = add_to_dim(a, di, obs->seg[di], obs->seg_len[di], obs, &other_done);
        } else {
            const char *cur = obs->seg[di], *end = cur + obs->seg_len[di];
            for (size_t v = 0; v < nvals[di] && !st; v++) {
                const char *p;
                size_t n;
                next_value(&cur, end, &p, &n);
                /* a value the record holds twice counts once */
                const char *seen = obs->seg[di];
                int dup = 0;
                for (size_t u = 0; u < v && !dup; u++) {
                    const char *q;
                    size_t m;
                    next_value(&seen, end, &q, &m);
                    dup = m == n && memcmp(p, q, n) == 0;
                }
                if (!dup)
                    st = add_to_dim(a, di, p, n, obs, &other_done);
            }
        }
        if (st)
            return st;
    }
    return VC_OK;
}

vc_status vc_agg_add_dim(vc_agg *a, size_t di, const char *seg, size_t len, const vc_obs *obs)
{
    if (di >= a->ndims)
        return VC_ERR_INTERNAL;
    int other_done = 0;
    return add_to_dim(a, di, seg, len, obs, &other_done);
}

static void cell_merge(vc_cell *into, const vc_cell *from)
{
    into->comments += from->comments;
    for (int g = 0; g < 3; g++) {
        into->group[g] += from->group[g];
        into->sent[g] += from->sent[g];
    }
    into->score_sum += from->score_sum;
    into->compound_sum += from->compound_sum;
    into->sentiment_n += from->sentiment_n;
    into->model_only += from->model_only;
}

/* Fold one segment's row of cells (nthemes + 1, base first) into `a`. A
 * segment named "(other)" is the other table's overflow: it joins ours,
 * without being counted again (its comments are in that table's overflow). */
static vc_status merge_segment(vc_agg *a, size_t di, const char *name, size_t len, const vc_cell *src)
{
    dim *d = &a->d[di];
    size_t row = a->nthemes + 1;
    long id;
    int folded = 0;
    vc_status st;
    if (len == strlen(VC_AGG_OTHER) && memcmp(name, VC_AGG_OTHER, len) == 0) {
        if ((st = other_id(a, d)))
            return st;
        id = d->other;
    } else if ((st = segment_id(a, d, name, len, &id, &folded))) {
        return st;
    }
    if (folded)
        d->overflow += src[0].comments;
    vc_cell *dst = &d->cells[(size_t)id * row];
    for (size_t t = 0; t < row; t++)
        cell_merge(&dst[t], &src[t]);
    return VC_OK;
}

vc_status vc_agg_merge(vc_agg *into, const vc_agg *from)
{
    if (into->ndims != from->ndims || into->nthemes != from->nthemes)
        return VC_ERR_INTERNAL;
    into->with_model |= from->with_model;
    size_t row = into->nthemes + 1;
    for (size_t di = 0; di < into->ndims; di++) {
        const dim *f = &from->d[di];
        for (size_t s = 0; s < f->nseg; s++) {
            vc_status st = merge_segment(into, di, f->names[s], f->name_len[s], &f->cells[s * row]);
            if (st)
                return st;
        }
        into->d[di].overflow += f->overflow;
    }
    return VC_OK;
}

size_t vc_agg_max_segments(const vc_agg *a) { return a->max_segments; }

/* ---- saved state (wire.h) ---------------------------------------------------
 * ndims nthemes max_segments, then per dimension: overflow nseg, and per
 * segment (in value order when the table is sorted, so that equal tables
 * encode to equal bytes whatever order their rows came in) its name and
 * nthemes + 1 cells; a cell is `comments`, and only
 * when that is not 0 the other nine counters (zero cells are most of them). */

vc_status vc_agg_encode(const vc_agg *a, vc_buf *b)
{
    size_t row = a->nthemes + 1;
    vc_status st = vc_wire_put_u64(b, a->ndims);
    if (!st)
        st = vc_wire_put_u64(b, a->nthemes);
    if (!st)
        st = vc_wire_put_u64(b, a->max_segments);
    if (!st)
        st = vc_wire_put_u64(b, (uint64_t)a->with_model);
    for (size_t di = 0; di < a->ndims && !st; di++) {
        const dim *d = &a->d[di];
        st = vc_wire_put_u64(b, d->overflow);
        if (!st)
            st = vc_wire_put_u64(b, d->nseg);
        for (size_t i = 0; i < d->nseg && !st; i++) {
            size_t s = d->order && !d->unsorted ? d->order[i] : i;
            st = vc_wire_put_str(b, d->names[s], d->name_len[s]);
            for (size_t t = 0; t < row && !st; t++) {
                const vc_cell *c = &d->cells[s * row + t];
                st = vc_wire_put_u64(b, c->comments);
                if (!c->comments)
                    continue;
                for (int g = 0; g < 3 && !st; g++)
                    st = vc_wire_put_u64(b, c->group[g]);
                if (!st)
                    st = vc_wire_put_u64(b, c->score_sum);
                for (int g = 0; g < 3 && !st; g++)
                    st = vc_wire_put_u64(b, c->sent[g]);
                if (!st)
                    st = vc_wire_put_i64(b, c->compound_sum);
                if (!st)
                    st = vc_wire_put_u64(b, c->sentiment_n);
                if (!st && a->with_model)
                    st = vc_wire_put_u64(b, c->model_only);
            }
        }
    }
    return st;
}

vc_status vc_agg_decode_merge(vc_agg *a, vc_wire_reader *r)
{
    uint64_t ndims = vc_wire_get_u64(r), nthemes = vc_wire_get_u64(r), maxseg = vc_wire_get_u64(r);
    uint64_t with_model = vc_wire_get_u64(r);
    if (r->bad || ndims != a->ndims || nthemes != a->nthemes || maxseg != a->max_segments || with_model > 1)
        return VC_ERR_DATA;
    if (with_model)
        a->with_model = 1;
    size_t row = a->nthemes + 1;
    vc_cell *cells = vc_xcalloc(row, sizeof *cells);
    if (!cells)
        return VC_ERR_NOMEM;
    vc_status st = VC_OK;
    for (size_t di = 0; di < a->ndims && !st && !r->bad; di++) {
        uint64_t overflow = vc_wire_get_u64(r), nseg = vc_wire_get_u64(r);
        for (uint64_t s = 0; s < nseg && !st && !r->bad; s++) {
            size_t len;
            const char *name = vc_wire_get_str(r, &len);
            memset(cells, 0, row * sizeof *cells);
            for (size_t t = 0; t < row && !r->bad; t++) {
                vc_cell *c = &cells[t];
                c->comments = vc_wire_get_u64(r);
                if (!c->comments)
                    continue;
                for (int g = 0; g < 3; g++)
                    c->group[g] = vc_wire_get_u64(r);
                c->score_sum = vc_wire_get_u64(r);
                for (int g = 0; g < 3; g++)
                    c->sent[g] = vc_wire_get_u64(r);
                c->compound_sum = vc_wire_get_i64(r);
                c->sentiment_n = vc_wire_get_u64(r);
                if (with_model)
                    c->model_only = vc_wire_get_u64(r);
            }
            if (!name || r->bad)
                r->bad = 1;
            else
                st = merge_segment(a, di, name, len, cells);
        }
        a->d[di].overflow += overflow;
    }
    free(cells);
    return st ? st : r->bad ? VC_ERR_DATA : VC_OK;
}

static const dim *sort_dim;
static int cmp_seg(const void *x, const void *y)
{
    size_t i = *(const size_t *)x, j = *(const size_t *)y;
    size_t li = sort_dim->name_len[i], lj = sort_dim->name_len[j];
    int c = memcmp(sort_dim->names[i], sort_dim->names[j], li < lj ? li : lj);
    if (c)
        return c;
    return li < lj ? -1 : li > lj;
}

void vc_agg_sort(vc_agg *a)
{
    for (size_t di = 0; di < a->ndims; di++) {
        dim *d = &a->d[di];
        free(d->order);
        d->order = vc_xcalloc(d->nseg, sizeof *d->order);
        if (!d->order)
            continue;
        for (size_t s = 0; s < d->nseg; s++)
            d->order[s] = s;
        sort_dim = d; /* qsort has no context argument in C11 */
        qsort(d->order, d->nseg, sizeof *d->order, cmp_seg);
        sort_dim = NULL;
        d->unsorted = 0;
    }
}

size_t vc_agg_dims(const vc_agg *a) { return a->ndims; }
size_t vc_agg_themes(const vc_agg *a) { return a->nthemes; }
size_t vc_agg_segments(const vc_agg *a, size_t di) { return a->d[di].order ? a->d[di].nseg : 0; }

const char *vc_agg_segment_name(const vc_agg *a, size_t di, size_t idx)
{
    const dim *d = &a->d[di];
    return d->names[d->order[idx]];
}

const vc_cell *vc_agg_cell(const vc_agg *a, size_t di, size_t idx, uint32_t theme)
{
    const dim *d = &a->d[di];
    size_t row = a->nthemes + 1;
    size_t t = theme == VC_AGG_BASE ? 0 : (size_t)theme + 1;
    return &d->cells[d->order[idx] * row + t];
}

uint64_t vc_agg_overflow(const vc_agg *a, size_t di) { return a->d[di].overflow; }
