/*
 * langcount_internal.h - a table of comments per language (langcount.c),
 * kept by each worker, summed into the scan's and a partial's.
 */
#ifndef VOCAL_LANGCOUNT_INTERNAL_H
#define VOCAL_LANGCOUNT_INTERNAL_H

#include "vocal/pipeline.h"
#include "vocal/wire.h"

typedef struct vc_langtab {
    vc_language_count *v;
    size_t n, cap;
} vc_langtab;

/* Add n comments to code (at most VC_LANGUAGE_CODE_MAX - 1 bytes kept). */
vc_status vc_langtab_add(vc_langtab *t, const char *code, uint64_t n);
vc_status vc_langtab_merge(vc_langtab *into, const vc_langtab *from);
/* Most comments first, then by code: one order for any thread count. */
void vc_langtab_sort(vc_langtab *t);
void vc_langtab_free(vc_langtab *t);
/* The wire form: the count of languages, then each code and count. */
void vc_langtab_encode(const vc_langtab *t, vc_buf *b);
vc_status vc_langtab_decode_merge(vc_langtab *t, vc_wire_reader *r);

#endif
