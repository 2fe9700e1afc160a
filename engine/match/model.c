/*
 * model.c - the theme model (model.h): hashed word features, the sparse
 * per-theme weights, scoring, and the model file.
 *
 * Hashing: FNV-1a (64 bit) over the word's bytes, a pair hashed as
 * "a" 0x01 "b", then a splitmix64 finish; the top `bits` bits are the
 * bucket. The function is part of the file format (a model trained on one
 * machine is applied on another), so it is written out here rather than
 * borrowed from a table's hash that may change.
 *
 * Storage: training fills dense arrays of 2^bits floats per theme; the
 * model keeps only buckets where some theme's weight is non-zero: a
 * sorted array of those buckets and, per bucket, one float per theme, so
 * scoring a comment is one binary search per feature and a short row of
 * additions. With a few hundred thousand buckets kept this is a few MB.
 *
 * File (docs/model.md): "VOCALMDL", then vc_wire fields: version, bits,
 * the lexicon's fingerprint, the theme count and per theme its name, bias
 * and threshold, the bucket count, the buckets, the weights; then a
 * 64-bit hash of everything before it.
 *
 * Ownership: the model owns its arrays; it is read-only after training
 * or loading and may be shared by threads.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/model.h"
#include "vocal/wire.h"

#define MODEL_MAGIC "VOCALMDL"

struct vc_model {
    unsigned bits;
    uint64_t lex_fp;
    size_t nt;
    char **names;
    uint32_t *ids;
    double *bias, *thr;
    size_t nrows;
    uint32_t *rows;  /* buckets, ascending */
    float *w;        /* nrows * nt */
    uint32_t *row_of; /* per bucket: its row + 1, 0 for none (built by index()) */
};

/* ---- features ------------------------------------------------------------- */

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static uint32_t finish(uint64_t h, unsigned bits)
{
    h += 0x9e3779b97f4a7c15ULL;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return (uint32_t)(h >> (64 - bits));
}

uint32_t vc_feature_id(const char *a, size_t an, const char *b, size_t bn, unsigned bits)
{
    uint64_t h = fnv(0xcbf29ce484222325ULL, a, an);
    if (b) {
        h = fnv(h, "\x01", 1);
        h = fnv(h, b, bn);
    }
    return finish(h, bits);
}


static vc_status push(vc_features *f, uint32_t id)
{
    if (f->n == f->cap) {
        uint32_t *v = vc_grow(f->v, &f->cap, f->n, sizeof *v, 64);
        if (!v)
            return VC_ERR_NOMEM;
        f->v = v;
    }
    f->v[f->n++] = id;
    return VC_OK;
}

static int masked(const vc_span_range *mask, size_t nmask, size_t *k, size_t a, size_t b)
{
    /* spans are sorted by start (hits are); skip those that end before a */
    while (*k < nmask && mask[*k].end <= a)
        (*k)++;
    for (size_t j = *k; j < nmask && mask[j].start < b; j++)
        if (mask[j].end > a)
            return 1;
    return 0;
}

vc_status vc_features_of(const char *s, size_t len, unsigned bits, const vc_span_range *mask, size_t nmask,
                         vc_features *out)
{
    out->n = 0;
    size_t pos = 0, ws, we, pk = 0;
    size_t ps = 0, pe = 0;
    int have_prev = 0;
    vc_status st = VC_OK;
    while (!st && vc_next_word(s, len, &pos, &ws, &we)) {
        if (nmask && masked(mask, nmask, &pk, ws, we)) {
            have_prev = 0;
            continue;
        }
        st = push(out, vc_feature_id(s + ws, we - ws, NULL, 0, bits));
        if (!st && have_prev && !memchr(s + pe, '\n', ws - pe))
            st = push(out, vc_feature_id(s + ps, pe - ps, s + ws, we - ws, bits));
        ps = ws;
        pe = we;
        have_prev = 1;
    }
    if (st || out->n < 2)
        return st;
    /* distinct: a set of ids (id + 1, 0 empty) twice the size of the list */
    size_t cap = 16;
    while (cap < 2 * out->n)
        cap *= 2;
    if (cap > out->set_cap) {
        uint32_t *g = realloc(out->set, cap * sizeof *g);
        if (!g)
            return VC_ERR_NOMEM;
        out->set = g;
        out->set_cap = cap;
    }
    memset(out->set, 0, cap * sizeof *out->set);
    size_t k = 0;
    for (size_t i = 0; i < out->n; i++) {
        uint32_t id = out->v[i];
        size_t h = (id * 0x9e3779b1u) & (cap - 1);
        while (out->set[h] && out->set[h] != id + 1)
            h = (h + 1) & (cap - 1);
        if (out->set[h])
            continue;
        out->set[h] = id + 1;
        out->v[k++] = id;
    }
    out->n = k;
    return VC_OK;
}

void vc_features_free(vc_features *f)
{
    free(f->v);
    free(f->set);
    memset(f, 0, sizeof *f);
}

/* ---- the model ------------------------------------------------------------- */

double vc_model_probability(double logit)
{
    if (logit >= 0)
        return 1.0 / (1.0 + exp(-logit));
    double e = exp(logit);
    return e / (1.0 + e);
}

static int is_leaf(const vc_lexicon *lex, uint32_t t, size_t nthemes)
{
    for (uint32_t u = 0; u < nthemes; u++)
        if (vc_lexicon_theme_parent(lex, u) == t)
            return 0;
    return 1;
}

static vc_model *alloc_model(size_t nt, unsigned bits)
{
    vc_model *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->bits = bits;
    m->nt = nt;
    m->names = calloc(nt ? nt : 1, sizeof *m->names);
    m->ids = calloc(nt ? nt : 1, sizeof *m->ids);
    m->bias = calloc(nt ? nt : 1, sizeof *m->bias);
    m->thr = calloc(nt ? nt : 1, sizeof *m->thr);
    if (!m->names || !m->ids || !m->bias || !m->thr) {
        vc_model_free(m);
        return NULL;
    }
    return m;
}

vc_model *vc_model_new(const vc_lexicon *lex, unsigned bits)
{
    size_t nthemes = vc_lexicon_signal_start(lex), nt = 0;
    for (uint32_t t = 0; t < nthemes; t++)
        nt += is_leaf(lex, t, nthemes);
    vc_model *m = alloc_model(nt, bits);
    if (!m)
        return NULL;
    m->lex_fp = vc_lexicon_fingerprint(lex);
    size_t i = 0;
    for (uint32_t t = 0; t < nthemes; t++) {
        if (!is_leaf(lex, t, nthemes))
            continue;
        m->ids[i] = t;
        m->thr[i] = 1.0;
        if (!(m->names[i] = strdup(vc_lexicon_theme_name(lex, t)))) {
            vc_model_free(m);
            return NULL;
        }
        i++;
    }
    return m;
}

void vc_model_free(vc_model *m)
{
    if (!m)
        return;
    for (size_t i = 0; m->names && i < m->nt; i++)
        free(m->names[i]);
    free(m->names);
    free(m->ids);
    free(m->bias);
    free(m->thr);
    free(m->rows);
    free(m->w);
    free(m->row_of);
    free(m);
}

/* The dense bucket -> row map scoring reads (4 bytes per bucket). */
static vc_status index_rows(vc_model *m)
{
    uint32_t *r = calloc((size_t)1 << m->bits, sizeof *r);
    if (!r)
        return VC_ERR_NOMEM;
    for (size_t k = 0; k < m->nrows; k++)
        r[m->rows[k]] = (uint32_t)k + 1;
    free(m->row_of);
    m->row_of = r;
    return VC_OK;
}

unsigned vc_model_bits(const vc_model *m) { return m->bits; }
size_t vc_model_theme_count(const vc_model *m) { return m->nt; }
const char *vc_model_theme_name(const vc_model *m, size_t i) { return m->names[i]; }
uint32_t vc_model_theme_id(const vc_model *m, size_t i) { return m->ids[i]; }
uint64_t vc_model_lexicon_fingerprint(const vc_model *m) { return m->lex_fp; }
double vc_model_threshold(const vc_model *m, size_t i) { return m->thr[i]; }
double vc_model_bias(const vc_model *m, size_t i) { return m->bias[i]; }

static long find_row(const vc_model *m, uint32_t f)
{
    size_t lo = 0, hi = m->nrows;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->rows[mid] < f)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < m->nrows && m->rows[lo] == f ? (long)lo : -1;
}

double vc_model_weight(const vc_model *m, size_t i, uint32_t f)
{
    long r = find_row(m, f);
    return r < 0 ? 0.0 : m->w[(size_t)r * m->nt + i];
}

/* Set theme i's weights: rows are the union of the non-zero buckets of
 * every theme set so far, so adding a theme may add rows. */
vc_status vc_model_set_theme(vc_model *m, size_t i, double bias, double threshold, const float *weights)
{
    size_t nb = (size_t)1 << m->bits, add = 0;
    for (size_t f = 0; f < nb; f++)
        if (weights[f] != 0.0f && find_row(m, (uint32_t)f) < 0)
            add++;
    if (add) {
        size_t n = m->nrows + add;
        uint32_t *rows = malloc(n * sizeof *rows);
        float *w = calloc(n * m->nt, sizeof *w);
        if (!rows || !w) {
            free(rows);
            free(w);
            return VC_ERR_NOMEM;
        }
        size_t a = 0, k = 0;
        for (size_t f = 0; f < nb; f++) {
            int old = a < m->nrows && m->rows[a] == f;
            if (!old && weights[f] == 0.0f)
                continue;
            rows[k] = (uint32_t)f;
            if (old) {
                memcpy(&w[k * m->nt], &m->w[a * m->nt], m->nt * sizeof *w);
                a++;
            }
            k++;
        }
        free(m->rows);
        free(m->w);
        m->rows = rows;
        m->w = w;
        m->nrows = k;
    }
    for (size_t r = 0; r < m->nrows; r++)
        m->w[r * m->nt + i] = weights[m->rows[r]];
    m->bias[i] = bias;
    m->thr[i] = threshold;
    return add ? index_rows(m) : VC_OK;
}

void vc_model_logits(const vc_model *m, const vc_features *f, double *logit)
{
    for (size_t i = 0; i < m->nt; i++)
        logit[i] = m->bias[i];
    for (size_t k = 0; k < f->n; k++) {
        uint32_t r = m->row_of ? m->row_of[f->v[k]] : 0;
        if (!r && !m->row_of) { /* not indexed (out of memory when it was built): search */
            long found = find_row(m, f->v[k]);
            r = found < 0 ? 0 : (uint32_t)found + 1;
        }
        if (!r)
            continue;
        const float *w = &m->w[(size_t)(r - 1) * m->nt];
        for (size_t i = 0; i < m->nt; i++)
            logit[i] += w[i];
    }
}

/* ---- the file ---------------------------------------------------------------- */

static void put_body(const vc_model *m, vc_buf *b)
{
    vc_wire_put_u64(b, VC_MODEL_VERSION);
    vc_wire_put_u64(b, m->bits);
    vc_wire_put_u64(b, m->lex_fp);
    vc_wire_put_u64(b, m->nt);
    for (size_t i = 0; i < m->nt; i++) {
        vc_wire_put_cstr(b, m->names[i]);
        vc_wire_put_f64(b, m->bias[i]);
        vc_wire_put_f64(b, m->thr[i]);
    }
    vc_wire_put_u64(b, m->nrows);
    uint32_t prev = 0;
    for (size_t r = 0; r < m->nrows; r++) { /* deltas: small varints */
        vc_wire_put_u64(b, m->rows[r] - prev);
        prev = m->rows[r];
    }
    for (size_t k = 0; k < m->nrows * m->nt; k++) {
        uint32_t u;
        memcpy(&u, &m->w[k], 4);
        unsigned char le[4] = {(unsigned char)u, (unsigned char)(u >> 8), (unsigned char)(u >> 16),
                               (unsigned char)(u >> 24)};
        vc_buf_append(b, le, 4);
    }
}

uint64_t vc_model_fingerprint(const vc_model *m)
{
    vc_buf b = VC_BUF_INIT;
    put_body(m, &b);
    uint64_t h = vc_buf_status(&b) ? 0 : vc_hash_bytes(b.data, b.len);
    vc_buf_free(&b);
    return h;
}

vc_status vc_model_write(const vc_model *m, vc_buf *b)
{
    size_t at = b->len;
    vc_buf_append(b, MODEL_MAGIC, 8);
    put_body(m, b);
    if (vc_buf_status(b))
        return vc_buf_status(b);
    vc_wire_put_u64(b, vc_hash_bytes(b->data + at, b->len - at));
    return vc_buf_status(b);
}

vc_status vc_model_read(const char *name, const void *data, size_t len, const vc_lexicon *lex, vc_model **out,
                        vc_error *err)
{
    *out = NULL;
    const char *d = data;
    if (len < 8 || memcmp(d, MODEL_MAGIC, 8) != 0)
        return vc_error_set(err, VC_ERR_USAGE, "%s: not a vocal model (made by `vocal learn`)", name);
    vc_wire_reader r;
    vc_wire_reader_init(&r, d + 8, len - 8);
    uint64_t version = vc_wire_get_u64(&r);
    if (r.bad || version != VC_MODEL_VERSION)
        return vc_error_set(err, VC_ERR_USAGE,
                            "%s: model version %llu; this vocal reads version %d: train it again with `vocal learn`",
                            name, (unsigned long long)version, VC_MODEL_VERSION);
    uint64_t bits = vc_wire_get_u64(&r), fp = vc_wire_get_u64(&r), nt = vc_wire_get_u64(&r);
    if (r.bad || bits < VC_MODEL_BITS_MIN || bits > VC_MODEL_BITS_MAX || nt > 100000)
        return vc_error_set(err, VC_ERR_DATA, "%s: damaged model file (header)", name);
    vc_model *m = alloc_model((size_t)nt, (unsigned)bits);
    if (!m)
        return vc_error_set(err, VC_ERR_NOMEM, "%s: out of memory", name);
    m->lex_fp = fp;
    for (size_t i = 0; i < m->nt && !r.bad; i++) {
        m->names[i] = vc_wire_get_strdup(&r);
        m->bias[i] = vc_wire_get_f64(&r);
        m->thr[i] = vc_wire_get_f64(&r);
        if (!m->names[i])
            r.bad = 1;
    }
    uint64_t nrows = vc_wire_get_u64(&r);
    if (r.bad || nrows > ((uint64_t)1 << bits) || (m->nt && nrows * m->nt * 4 > (uint64_t)(r.end - r.p))) {
        vc_model_free(m);
        return vc_error_set(err, VC_ERR_DATA, "%s: damaged model file (themes)", name);
    }
    m->nrows = (size_t)nrows;
    m->rows = malloc((m->nrows ? m->nrows : 1) * sizeof *m->rows);
    size_t nw = m->nrows * m->nt;
    m->w = malloc((nw ? nw : 1) * sizeof *m->w);
    if (!m->rows || !m->w) {
        vc_model_free(m);
        return vc_error_set(err, VC_ERR_NOMEM, "%s: out of memory", name);
    }
    uint64_t at = 0;
    for (size_t k = 0; k < m->nrows && !r.bad; k++) {
        uint64_t delta = vc_wire_get_u64(&r);
        at += delta;
        if ((k && !delta) || at >= ((uint64_t)1 << bits))
            r.bad = 1;
        m->rows[k] = (uint32_t)at;
    }
    const unsigned char *wp = vc_wire_get_raw(&r, m->nrows * m->nt * 4);
    for (size_t k = 0; wp && !r.bad && k < m->nrows * m->nt; k++) {
        uint32_t u = (uint32_t)wp[4 * k] | (uint32_t)wp[4 * k + 1] << 8 | (uint32_t)wp[4 * k + 2] << 16 |
                     (uint32_t)wp[4 * k + 3] << 24;
        memcpy(&m->w[k], &u, 4);
        if (!isfinite(m->w[k]))
            r.bad = 1;
    }
    size_t body = (size_t)(r.p - (const unsigned char *)d);
    uint64_t sum = vc_wire_get_u64(&r);
    if (r.bad || !wp || sum != vc_hash_bytes(d, body) || r.p != r.end) {
        vc_model_free(m);
        return vc_error_set(err, VC_ERR_DATA, "%s: damaged model file (checksum or length)", name);
    }
    if (lex) {
        uint64_t want = vc_lexicon_fingerprint(lex);
        if (want != fp) {
            vc_model_free(m);
            return vc_error_set(err, VC_ERR_USAGE,
                                "%s: trained on another lexicon (fingerprint %016llx; this lexicon's is %016llx): "
                                "train it again with `vocal learn --themes` of this lexicon",
                                name, (unsigned long long)fp, (unsigned long long)want);
        }
        size_t nthemes = vc_lexicon_signal_start(lex);
        for (size_t i = 0; i < m->nt; i++) {
            uint32_t t = 0;
            while (t < nthemes && strcmp(vc_lexicon_theme_name(lex, t), m->names[i]) != 0)
                t++;
            if (t == nthemes) {
                vc_error_set(err, VC_ERR_USAGE, "%s: theme '%s' is not in the lexicon", name, m->names[i]);
                vc_model_free(m);
                return VC_ERR_USAGE;
            }
            m->ids[i] = t;
        }
    }
    if (index_rows(m)) {
        vc_model_free(m);
        return vc_error_set(err, VC_ERR_NOMEM, "%s: out of memory", name);
    }
    *out = m;
    return VC_OK;
}

vc_status vc_model_load(const char *path, const vc_lexicon *lex, vc_model **out, vc_error *err)
{
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return vc_error_set(err, VC_ERR_IO, "%s: %s", path, strerror(errno));
    vc_buf b = VC_BUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        vc_buf_append(&b, chunk, n);
    int bad = ferror(f);
    fclose(f);
    if (bad || vc_buf_status(&b)) {
        vc_buf_free(&b);
        return vc_error_set(err, bad ? VC_ERR_IO : VC_ERR_NOMEM, "%s: cannot read", path);
    }
    vc_status st = vc_model_read(path, b.data, b.len, lex, out, err);
    vc_buf_free(&b);
    return st;
}
