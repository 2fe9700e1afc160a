/*
 * quotes.c - the best example sentences per theme and score group (see
 * quotes.h for the choice and why it is deterministic).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/buf.h"
#include "vocal/quotes.h"
#include "vocal/wire.h"

#define MAX_QUOTE 300

struct vc_quotes {
    const vc_lexicon *lex;
    size_t nthemes, k;
    vc_quote *q;   /* nthemes * 3 lists of k */
    size_t *n;     /* fill of each list */
    /* per-comment scratch, stamped with gen: themes of the verdict, and the
     * best sentence found so far per theme */
    uint32_t *verdict, *stamp, gen;
    size_t *best_si;
    double *best_score;
};

vc_quotes *vc_quotes_new(const vc_lexicon *lex, size_t k)
{
    vc_quotes *q = vc_quotes_new_themes(vc_lexicon_theme_count(lex), k);
    if (q)
        q->lex = lex;
    return q;
}

vc_quotes *vc_quotes_new_themes(size_t nthemes, size_t k)
{
    vc_quotes *q = calloc(1, sizeof *q);
    if (!q)
        return NULL;
    q->nthemes = nthemes;
    q->k = k;
    size_t lists = (q->nthemes ? q->nthemes : 1) * 3;
    q->q = vc_xcalloc(lists * (k ? k : 1), sizeof *q->q);
    q->n = vc_xcalloc(lists, sizeof *q->n);
    q->stamp = vc_xcalloc(q->nthemes + 1, sizeof *q->stamp);
    q->verdict = vc_xcalloc(q->nthemes + 1, sizeof *q->verdict);
    q->best_si = vc_xcalloc(q->nthemes + 1, sizeof *q->best_si);
    q->best_score = vc_xcalloc(q->nthemes + 1, sizeof *q->best_score);
    if (!q->q || !q->n || !q->stamp || !q->verdict || !q->best_si || !q->best_score) {
        vc_quotes_free(q);
        return NULL;
    }
    return q;
}

void vc_quotes_free(vc_quotes *q)
{
    if (!q)
        return;
    size_t lists = (q->nthemes ? q->nthemes : 1) * 3;
    for (size_t l = 0; q->n && l < lists; l++)
        for (size_t i = 0; i < q->n[l]; i++)
            free(q->q[l * q->k + i].text);
    free(q->q);
    free(q->n);
    free(q->stamp);
    free(q->verdict);
    free(q->best_si);
    free(q->best_score);
    free(q);
}

size_t vc_quotes_k(const vc_quotes *q) { return q->k; }

const vc_quote *vc_quotes_get(const vc_quotes *q, uint32_t theme, int group, size_t *n)
{
    size_t l = (size_t)theme * 3 + (size_t)group;
    *n = q->n[l];
    return &q->q[l * q->k];
}

/* a before b? */
static int better(const vc_quote *a, const vc_quote *b)
{
    if (a->score != b->score)
        return a->score > b->score;
    if (a->hash != b->hash)
        return a->hash < b->hash;
    if (a->file != b->file)
        return a->file < b->file;
    return a->line < b->line;
}

/* Insert a copy of c (text duplicated) into list l. */
static vc_status insert(vc_quotes *q, size_t l, const vc_quote *c, const char *text, size_t len)
{
    vc_quote *v = &q->q[l * q->k];
    size_t n = q->n[l];
    for (size_t i = 0; i < n; i++) {
        if (v[i].hash != c->hash || strlen(v[i].text) != len || memcmp(v[i].text, text, len) != 0)
            continue;
        /* the same sentence again: keep its first place */
        if (c->file < v[i].file || (c->file == v[i].file && c->line < v[i].line)) {
            v[i].file = c->file;
            v[i].line = c->line;
        }
        return VC_OK;
    }
    size_t pos = n;
    while (pos > 0 && better(c, &v[pos - 1]))
        pos--;
    if (pos >= q->k)
        return VC_OK;
    char *copy = vc_strndup(text, len);
    if (!copy)
        return VC_ERR_NOMEM;
    if (n == q->k) {
        free(v[n - 1].text);
        n--;
    }
    memmove(&v[pos + 1], &v[pos], (n - pos) * sizeof *v);
    v[pos] = *c;
    v[pos].text = copy;
    q->n[l] = n + 1;
    return VC_OK;
}

static size_t sentence_of(const vc_analysis *a, size_t pos)
{
    size_t lo = 0, hi = a->nsentences;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (a->norm_sentences[mid].start <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static double score_of(const vc_analysis *a, size_t si, int group, size_t len)
{
    double c = a->sentence_sentiment ? a->sentence_sentiment[si].compound : NAN;
    double strength = isnan(c) ? 0.5 : fabs(c);
    if (!isnan(c) && ((group == 0 && c > 0) || (group == 2 && c < 0)))
        strength *= 0.25; /* a detractor's praise is not what their quote should show */
    double fit = len < 40 ? (double)len / 40.0 : len > 160 ? 160.0 / (double)len : 1.0;
    return strength * fit;
}

vc_status vc_quotes_offer(vc_quotes *q, const vc_analysis *a, int group, uint64_t file, uint64_t line)
{
    if (group < 0 || group > 2 || !q->k || !a->nsentences)
        return VC_OK;
    if (++q->gen == 0) {
        memset(q->stamp, 0, (q->nthemes + 1) * sizeof *q->stamp);
        memset(q->verdict, 0, (q->nthemes + 1) * sizeof *q->verdict);
        q->gen = 1;
    }
    for (size_t t = 0; t < a->nthemes; t++)
        q->verdict[a->themes[t].theme] = q->gen;
    for (size_t h = 0; h < a->nhits; h++) {
        if (a->hits[h].exclude)
            continue;
        size_t si = sentence_of(a, a->hits[h].start);
        const vc_span_range *r = &a->sentences[si];
        size_t len = r->end - r->start;
        if (len > MAX_QUOTE)
            continue;
        double s = score_of(a, si, group, len);
        for (uint32_t t = a->hits[h].theme; t != VC_NO_THEME; t = vc_lexicon_theme_parent(q->lex, t)) {
            if (q->verdict[t] != q->gen)
                break; /* vetoed: so is every theme above it */
            if (q->stamp[t] == q->gen && q->best_score[t] >= s)
                continue;
            q->stamp[t] = q->gen;
            q->best_score[t] = s;
            q->best_si[t] = si;
        }
    }
    vc_status st = VC_OK;
    for (size_t t = 0; t < a->nthemes && !st; t++) {
        uint32_t th = a->themes[t].theme;
        if (q->stamp[th] != q->gen)
            continue;
        const vc_span_range *r = &a->sentences[q->best_si[th]];
        const char *text = a->text + r->start;
        size_t len = r->end - r->start;
        vc_quote c = {NULL, a->sentence_sentiment ? a->sentence_sentiment[q->best_si[th]].compound : NAN,
                      q->best_score[th], vc_hash_bytes(text, len), file, line};
        st = insert(q, (size_t)th * 3 + (size_t)group, &c, text, len);
    }
    return st;
}

vc_status vc_quotes_merge(vc_quotes *into, const vc_quotes *from)
{
    size_t lists = (from->nthemes ? from->nthemes : 1) * 3;
    vc_status st = VC_OK;
    for (size_t l = 0; l < lists && !st; l++)
        for (size_t i = 0; i < from->n[l] && !st; i++) {
            const vc_quote *c = &from->q[l * from->k + i];
            st = insert(into, l, c, c->text, strlen(c->text));
        }
    return st;
}

size_t vc_quotes_themes(const vc_quotes *q) { return q->nthemes; }

/* nthemes k, then per (theme, group) list: n, and per quote its text,
 * compound and score (IEEE bits: ties must compare as they did), hash,
 * file and line. */
vc_status vc_quotes_encode(const vc_quotes *q, vc_buf *b)
{
    size_t lists = (q->nthemes ? q->nthemes : 1) * 3;
    vc_status st = vc_wire_put_u64(b, q->nthemes);
    if (!st)
        st = vc_wire_put_u64(b, q->k);
    for (size_t l = 0; l < lists && !st; l++) {
        st = vc_wire_put_u64(b, q->n[l]);
        for (size_t i = 0; i < q->n[l] && !st; i++) {
            const vc_quote *v = &q->q[l * q->k + i];
            st = vc_wire_put_cstr(b, v->text);
            if (!st)
                st = vc_wire_put_f64(b, v->compound);
            if (!st)
                st = vc_wire_put_f64(b, v->score);
            if (!st)
                st = vc_wire_put_u64(b, v->hash);
            if (!st)
                st = vc_wire_put_u64(b, v->file);
            if (!st)
                st = vc_wire_put_u64(b, v->line);
        }
    }
    return st;
}

vc_status vc_quotes_decode_merge(vc_quotes *q, vc_wire_reader *r, const uint64_t *file_map,
                                 const uint64_t *line_base, size_t nfiles)
{
    uint64_t nthemes = vc_wire_get_u64(r), k = vc_wire_get_u64(r);
    if (r->bad || nthemes != q->nthemes || k != q->k)
        return VC_ERR_DATA;
    size_t lists = (q->nthemes ? q->nthemes : 1) * 3;
    vc_status st = VC_OK;
    for (size_t l = 0; l < lists && !st && !r->bad; l++) {
        uint64_t n = vc_wire_get_u64(r);
        if (n > k)
            r->bad = 1;
        for (uint64_t i = 0; i < n && !st && !r->bad; i++) {
            vc_quote c;
            size_t len;
            const char *text = vc_wire_get_str(r, &len);
            c.text = NULL;
            c.compound = vc_wire_get_f64(r);
            c.score = vc_wire_get_f64(r);
            c.hash = vc_wire_get_u64(r);
            c.file = vc_wire_get_u64(r);
            c.line = vc_wire_get_u64(r);
            if (r->bad || !text || memchr(text, 0, len) || c.file >= nfiles) {
                r->bad = 1;
                break;
            }
            if (line_base)
                c.line += line_base[c.file];
            if (file_map)
                c.file = file_map[c.file];
            st = insert(q, l, &c, text, len);
        }
    }
    return st ? st : r->bad ? VC_ERR_DATA : VC_OK;
}
