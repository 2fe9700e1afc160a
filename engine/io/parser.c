/*
 * parser.c - the parser handle: the schema of an input (its column names,
 * which columns are selected and into which slots), and the front door
 * that hands a header or a record to the reader of its format (formats.c
 * lists them: csv.c, jsonl.c).
 *
 * The schema is built once from the header and then only read, so one
 * vc_parser serves every worker thread; each thread brings its own
 * vc_fields scratch (fields.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser_internal.h"

/* ---- the parser handle ---------------------------------------------------- */

void vc_parser_free(vc_parser *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->ncols; i++)
        free(p->names[i]);
    free(p->names);
    free(p->col_first);
    free(p->sel_next);
    free(p->sel_names);
    free(p->sel_arrays);
    vc_buf_free(&p->json_names);
    if (p->labels)
        for (size_t i = 0; i < p->ncols; i++)
            free(p->labels[i]);
    free(p->labels);
    free(p->dup_of);
    vc_buf_free(&p->notes);
    free(p);
}

size_t vc_parser_column_count(const vc_parser *p) { return p->ncols; }
const char *vc_parser_column_name(const vc_parser *p, size_t i) { return p->names[i]; }

const char *vc_parser_column_label(const vc_parser *p, size_t i) { return p->labels ? p->labels[i] : NULL; }
const char *vc_parser_notes(const vc_parser *p) { return p->notes.data ? p->notes.data : ""; }

long vc_parser_find_column(const vc_parser *p, const char *name)
{
    for (size_t i = 0; i < p->ncols; i++)
        if (strcmp(p->names[i], name) == 0)
            return (long)i;
    /* NAME_1: the first column of a repeated NAME (the others are NAME_2...) */
    size_t n = strlen(name);
    if (p->dup_of && n > 2 && strcmp(name + n - 2, "_1") == 0)
        for (size_t i = 0; i < p->ncols; i++)
            if (p->dup_of[i] == i && strlen(p->names[i]) == n - 2 && memcmp(p->names[i], name, n - 2) == 0)
                return (long)i;
    return -1;
}

/* A repeated name given as it is: a usage error naming its columns. */
static vc_status ambiguous_column(const vc_parser *p, size_t c, vc_error *err)
{
    vc_buf list = VC_BUF_INIT;
    size_t k = 0;
    for (size_t i = 0; i < p->ncols; i++)
        if (p->dup_of[i] == c) {
            if (i == c)
                vc_buf_printf(&list, "'%s_1' (column %zu)", p->names[i], i + 1);
            else
                vc_buf_printf(&list, ", '%s' (column %zu)", p->names[i], i + 1);
            k++;
        }
    vc_error_set(err, VC_ERR_USAGE, "column '%s' is ambiguous: the header names %zu columns so; name one of %s",
                 p->names[c], k, list.data ? list.data : "");
    vc_buf_free(&list);
    return VC_ERR_USAGE;
}

vc_status vc_parser_add_column(vc_parser *p, const char *name, size_t n)
{
    while (n && (*name == ' ' || *name == '\t')) {
        name++;
        n--;
    }
    while (n && (name[n - 1] == ' ' || name[n - 1] == '\t' || name[n - 1] == '\r'))
        n--;
    char **names = vc_grow(p->names, &p->cap_cols, p->ncols + 1, sizeof *names, 16);
    if (!names)
        return VC_ERR_NOMEM;
    p->names = names;
    p->names[p->ncols] = vc_strndup(name, n);
    if (!p->names[p->ncols])
        return VC_ERR_NOMEM;
    p->ncols++;
    return VC_OK;
}

vc_status vc_parser_select(vc_parser *p, const char *const *names, size_t n, vc_error *err)
{
    free(p->col_first);
    free(p->sel_next);
    free(p->sel_names);
    free(p->sel_arrays);
    p->sel_arrays = NULL;
    p->col_first = vc_xcalloc(p->ncols, sizeof *p->col_first);
    p->sel_next = vc_xcalloc(n, sizeof *p->sel_next);
    p->sel_names = vc_xcalloc(n, sizeof *p->sel_names);
    if (!p->col_first || !p->sel_next || !p->sel_names)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    for (size_t c = 0; c < p->ncols; c++)
        p->col_first[c] = SIZE_MAX;
    p->nsel = n;
    for (size_t s = n; s-- > 0;) {
        p->sel_names[s] = names[s];
        long c = vc_parser_find_column(p, names[s]);
        if (c < 0 && vc_jsonl_known_path(p, names[s])) { /* JSON slots are matched by name */
            p->sel_next[s] = SIZE_MAX;
            continue;
        }
        if (c >= 0 && p->dup_of && p->dup_of[c] == (size_t)c && strcmp(p->names[c], names[s]) == 0)
            return ambiguous_column(p, (size_t)c, err);
        if (c < 0) {
            vc_buf list = VC_BUF_INIT;
            for (size_t i = 0; i < p->ncols; i++)
                vc_buf_printf(&list, "%s%s", i ? ", " : "", p->names[i]);
            vc_error_set(err, VC_ERR_USAGE, "no column '%s'; available columns: %s", names[s],
                         list.data ? list.data : "(none)");
            vc_buf_free(&list);
            return VC_ERR_USAGE;
        }
        p->sel_next[s] = p->col_first[c];
        p->col_first[c] = s;
    }
    return VC_OK;
}

typedef struct named_col {
    const char *name;
    size_t col;
} named_col;

static int cmp_column(const void *x, const void *y)
{
    const named_col *a = x, *b = y;
    int c = strcmp(a->name, b->name);
    return c ? c : (a->col > b->col) - (a->col < b->col);
}

/* The first repeated name: the smallest column i whose name comes again,
 * with the next column j that repeats it. Columns are sorted by (name,
 * position), so a header of any width is checked in n log n (a hostile
 * header of a million columns took minutes pair by pair). */
static vc_status check_duplicates(vc_parser *p, vc_error *err)
{
    if (p->ncols < 2)
        return VC_OK;
    named_col *v = malloc(p->ncols * sizeof *v);
    if (!v)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < p->ncols; i++)
        v[i] = (named_col){p->names[i], i};
    qsort(v, p->ncols, sizeof *v, cmp_column);
    size_t bi = SIZE_MAX, bj = 0;
    for (size_t k = 1; k < p->ncols; k++) {
        int first_pair = k < 2 || strcmp(v[k - 2].name, v[k].name) != 0; /* the name's first two columns */
        if (first_pair && strcmp(v[k - 1].name, v[k].name) == 0 && v[k - 1].col < bi) {
            bi = v[k - 1].col;
            bj = v[k].col;
        }
    }
    free(v);
    if (bi != SIZE_MAX)
        return vc_error_set(err, VC_ERR_USAGE, "duplicate column name '%s' (columns %zu and %zu)", p->names[bi],
                            bi + 1, bj + 1);
    return VC_OK;
}

/* The format's reader; a dialect not yet sniffed reads as CSV. */
static const vc_format_def *reader_of(const vc_dialect *d)
{
    const vc_format_def *fd = vc_format_def_get(d->format);
    return fd ? fd : vc_format_def_get(VC_FORMAT_CSV);
}

vc_status vc_parser_new(const vc_dialect *d, const char *header, size_t len, vc_parser **out, vc_error *err)
{
    *out = NULL;
    vc_parser *p = calloc(1, sizeof *p);
    if (!p)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    p->d = *d;
    p->reader = reader_of(d);
    vc_status st = p->reader->header(p, header, len, err);
    if (!st)
        st = d->format == VC_FORMAT_JSONL || d->format == VC_FORMAT_JSON ? check_duplicates(p, err) : vc_header_name_columns(p, err);
    if (st) {
        vc_parser_free(p);
        return st;
    }
    *out = p;
    return VC_OK;
}

vc_status vc_parser_parse(const vc_parser *p, const char *rec, size_t len, vc_fields *f, vc_error *err)
{
    vc_status st = vc_fields_prepare(f, p->nsel);
    if (st)
        return vc_error_set(err, st, "out of memory");
    return p->reader->parse(p, rec, len, f, err);
}
