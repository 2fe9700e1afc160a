/*
 * fields.c - vc_fields, the per-thread scratch a parser fills: the selected
 * fields of one record, and the storage for the ones that had to be
 * unescaped.
 *
 * A field either points into the record (offs[i] == SIZE_MAX) or into the
 * scratch buffer at offs[i]; since the buffer may move while a record is
 * parsed, vc_fields_fix turns offsets into pointers once the record is done.
 * Ownership: the fields borrow from the record and from their own scratch,
 * valid until the next parse with the same vc_fields.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parser_internal.h"

void vc_fields_init(vc_fields *f) { memset(f, 0, sizeof *f); }

void vc_fields_free(vc_fields *f)
{
    if (!f)
        return;
    free(f->v);
    free(f->offs);
    vc_buf_free(&f->scratch);
    memset(f, 0, sizeof *f);
}

vc_status vc_fields_prepare(vc_fields *f, size_t nsel)
{
    if (f->offs_cap < nsel || !f->v) {
        size_t cap = nsel ? nsel : 1;
        vc_field *v = realloc(f->v, cap * sizeof *v);
        if (!v)
            return VC_ERR_NOMEM;
        f->v = v;
        size_t *o = realloc(f->offs, cap * sizeof *o);
        if (!o)
            return VC_ERR_NOMEM;
        f->offs = o;
        f->offs_cap = cap;
    }
    f->n = nsel;
    f->nraw = 0;
    f->repaired = 0;
    for (size_t i = 0; i < nsel; i++) {
        f->v[i].p = NULL;
        f->v[i].n = 0;
        f->v[i].is_null = 0;
        f->v[i].nvals = 0;
        f->offs[i] = SIZE_MAX; /* SIZE_MAX: p is final; else offset into scratch */
    }
    vc_buf_reset(&f->scratch);
    return VC_OK;
}

void vc_fields_fix(vc_fields *f)
{
    for (size_t i = 0; i < f->n; i++)
        if (f->offs[i] != SIZE_MAX)
            f->v[i].p = f->scratch.data + f->offs[i];
}
