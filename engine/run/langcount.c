/*
 * langcount.c - comments per language: a small table of (code, count)
 * that each worker fills as it observes comments, the scan sums once at
 * the end, and a partial carries and merges.
 *
 * An export holds a handful of languages, so the table is an array
 * searched from the front; a worker's most frequent language soon sits
 * near it. Sorting (most first, then by code) makes the order the same
 * for every thread count and every merge order.
 *
 * Which languages the scan's sentiment and its theme lexicon cover is said
 * here too, once, for the worker that skips the sentiment and the writers
 * that warn.
 *
 * Ownership: the table owns its array; codes are copied in.
 */
#include <stdlib.h>
#include <string.h>

#include "langcount_internal.h"

vc_status vc_langtab_add(vc_langtab *t, const char *code, uint64_t n)
{
    for (size_t i = 0; i < t->n; i++)
        if (strcmp(t->v[i].code, code) == 0) {
            t->v[i].comments += n;
            return VC_OK;
        }
    if (t->n == t->cap) {
        size_t cap = t->cap ? 2 * t->cap : 8;
        vc_language_count *v = vc_xrealloc_array(t->v, cap, sizeof *v);
        if (!v)
            return VC_ERR_NOMEM;
        t->v = v;
        t->cap = cap;
    }
    vc_language_count *c = &t->v[t->n++];
    memset(c, 0, sizeof *c);
    size_t len = strlen(code);
    memcpy(c->code, code, len < VC_LANGUAGE_CODE_MAX ? len : VC_LANGUAGE_CODE_MAX - 1);
    c->comments = n;
    return VC_OK;
}

vc_status vc_langtab_merge(vc_langtab *into, const vc_langtab *from)
{
    vc_status st = VC_OK;
    for (size_t i = 0; i < from->n && !st; i++)
        st = vc_langtab_add(into, from->v[i].code, from->v[i].comments);
    return st;
}

static int by_count(const void *a, const void *b)
{
    const vc_language_count *x = a, *y = b;
    if (x->comments != y->comments)
        return x->comments > y->comments ? -1 : 1;
    return strcmp(x->code, y->code);
}

void vc_langtab_sort(vc_langtab *t)
{
    if (t->n > 1)
        qsort(t->v, t->n, sizeof *t->v, by_count);
}

void vc_langtab_free(vc_langtab *t)
{
    free(t->v);
    memset(t, 0, sizeof *t);
}

void vc_langtab_encode(const vc_langtab *t, vc_buf *b)
{
    vc_wire_put_u64(b, t->n);
    for (size_t i = 0; i < t->n; i++) {
        vc_wire_put_cstr(b, t->v[i].code);
        vc_wire_put_u64(b, t->v[i].comments);
    }
}

vc_status vc_langtab_decode_merge(vc_langtab *t, vc_wire_reader *r)
{
    uint64_t n = vc_wire_get_u64(r);
    if (r->bad || n > (uint64_t)(r->end - r->p))
        return VC_ERR_DATA;
    for (uint64_t i = 0; i < n; i++) {
        size_t len;
        const char *code = vc_wire_get_str(r, &len);
        uint64_t c = vc_wire_get_u64(r);
        if (r->bad || !code || !len || len >= VC_LANGUAGE_CODE_MAX)
            return VC_ERR_DATA;
        char k[VC_LANGUAGE_CODE_MAX];
        memcpy(k, code, len);
        k[len] = 0;
        vc_status st = vc_langtab_add(t, k, c);
        if (st)
            return st;
    }
    return VC_OK;
}

int vc_scan_language_has_sentiment(const char *code)
{
    return !code || strcmp(code, "en") == 0 || strcmp(code, "und") == 0;
}

int vc_scan_language_has_themes(const vc_lexicon *lex, const char *code)
{
    return vc_lexicon_covers_language(lex, code);
}
