/*
 * header.c - header rows: which of the first records of a delimited input
 * name its columns (the layout), and the names and labels they give.
 *
 * Survey tools write more than one header row, and read as one header plus
 * data those rows become fake responses (a segment called `region`, a score
 * of `{"ImportId":"QID1"}`). Two layouts are recognised from the first
 * three records:
 *
 *  - Qualtrics: the third record's non-blank fields are all JSON objects
 *    and at least one has an "ImportId" key. Row 1 names the columns, row 2
 *    is the question text (kept as each column's label), row 3 is dropped.
 *  - SurveyMonkey: the second record's first field is blank (it sits under
 *    Respondent ID) and it holds `Response` or `Open-Ended Response`, or a
 *    label under a blank field of row 1 (the second and later options of a
 *    multiple-choice question). A blank field of row 1 takes the nearest
 *    non-blank name to its left; a column is then named by row 1 alone when
 *    row 2 is `Response`, `Open-Ended Response` or blank, otherwise
 *    `QUESTION - OPTION`.
 *
 * Both need the rows to have the same field count; anything else is one
 * header row, as before. --header-rows N sets the layout instead: 0 for no
 * header (column1, column2, ...), N > 1 joins the rows as SurveyMonkey's
 * (a Qualtrics file given --header-rows 3 is still read as Qualtrics).
 *
 * Naming (every CSV/TSV header): a blank name becomes columnN; a repeated
 * name becomes NAME_2, NAME_3, ... (skipping names the header already has),
 * with a note per repeated name. The first column keeps NAME, and dup_of
 * remembers the group, so that selecting NAME itself is an error listing
 * the choices rather than a silent pick of the first.
 *
 * Ownership: rows are borrowed; the fields of a row are split through a
 * temporary parser handle that is freed before returning. Nothing here is
 * shared between threads: headers are read before any thread starts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser_internal.h"

const char *vc_header_layout_name(vc_header_layout l)
{
    switch (l) {
    case VC_HEADER_PLAIN: return "plain";
    case VC_HEADER_NONE: return "none";
    case VC_HEADER_QUALTRICS: return "qualtrics";
    case VC_HEADER_SURVEYMONKEY: return "surveymonkey";
    case VC_HEADER_ROWS: return "rows";
    }
    return "plain";
}

/* The fields of one row as a parser's column names (trimmed, unescaped),
 * NULL when the row is not valid CSV for the dialect. */
static vc_parser *split_row(const vc_dialect *d, const vc_field *row)
{
    vc_parser *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->d = *d;
    vc_error e;
    vc_error_clear(&e);
    if (vc_csv_header(t, row->p ? row->p : "", row->p ? row->n : 0, &e)) {
        vc_parser_free(t);
        return NULL;
    }
    return t;
}

int vc_header_name_eq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a, y = *b;
        if (x >= 'A' && x <= 'Z')
            x = (char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (char)(y - 'A' + 'a');
        if (x != y)
            return 0;
    }
    return *a == *b;
}

/* SurveyMonkey's words for "the answer itself", which add nothing to a name. */
static int is_answer_word(const char *s)
{
    return !s[0] || vc_header_name_eq(s, "Response") || vc_header_name_eq(s, "Open-Ended Response");
}

static int is_qualtrics_ids(const vc_parser *r3)
{
    size_t objects = 0, import_ids = 0;
    for (size_t i = 0; i < r3->ncols; i++) {
        const char *s = r3->names[i];
        if (!s[0])
            continue;
        if (s[0] != '{' || s[strlen(s) - 1] != '}')
            return 0;
        objects++;
        if (strstr(s, "\"ImportId\""))
            import_ids++;
    }
    return objects && import_ids;
}

static int is_surveymonkey(const vc_parser *r1, const vc_parser *r2)
{
    if (r2->ncols < 2 || r2->names[0][0])
        return 0;
    for (size_t i = 1; i < r2->ncols; i++) {
        if (!r2->names[i][0])
            continue;
        if (is_answer_word(r2->names[i]) || !r1->names[i][0])
            return 1;
    }
    return 0;
}

vc_header_layout vc_header_detect(const vc_dialect *d, const vc_field *rows, size_t n, size_t *nrows)
{
    *nrows = 1;
    if (d->format == VC_FORMAT_JSONL || d->format == VC_FORMAT_JSON || n < 2)
        return VC_HEADER_PLAIN;
    vc_header_layout l = VC_HEADER_PLAIN;
    vc_parser *r1 = split_row(d, &rows[0]), *r2 = split_row(d, &rows[1]);
    vc_parser *r3 = n >= 3 ? split_row(d, &rows[2]) : NULL;
    if (r1 && r2 && r1->ncols == r2->ncols) {
        if (r3 && r3->ncols == r1->ncols && is_qualtrics_ids(r3)) {
            l = VC_HEADER_QUALTRICS;
            *nrows = 3;
        } else if (is_surveymonkey(r1, r2)) {
            l = VC_HEADER_SURVEYMONKEY;
            *nrows = 2;
        }
    }
    vc_parser_free(r1);
    vc_parser_free(r2);
    vc_parser_free(r3);
    return l;
}

/* ---- naming ---------------------------------------------------------------- */

typedef struct named_col {
    const char *name;
    size_t col;
} named_col;

static int cmp_named(const void *x, const void *y)
{
    const named_col *a = x, *b = y;
    int c = strcmp(a->name, b->name);
    return c ? c : (a->col > b->col) - (a->col < b->col);
}

static int cmp_name_only(const void *key, const void *elem)
{
    return strcmp(key, ((const named_col *)elem)->name);
}

#define MAX_RENAME_NOTES 10

vc_status vc_header_name_columns(vc_parser *p, vc_error *err)
{
    for (size_t i = 0; i < p->ncols; i++)
        if (!p->names[i][0]) {
            char buf[32];
            snprintf(buf, sizeof buf, "column%zu", i + 1);
            char *s = vc_strndup(buf, strlen(buf));
            if (!s)
                return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
            free(p->names[i]);
            p->names[i] = s;
        }
    if (p->ncols < 2)
        return VC_OK;
    named_col *v = malloc(p->ncols * sizeof *v);
    char **fresh = calloc(p->ncols, sizeof *fresh);
    if (!v || !fresh) {
        free(v);
        free(fresh);
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < p->ncols; i++)
        v[i] = (named_col){p->names[i], i};
    qsort(v, p->ncols, sizeof *v, cmp_named);
    vc_status st = VC_OK;
    size_t groups = 0;
    vc_buf b = VC_BUF_INIT;
    for (size_t g = 0; g < p->ncols && !st;) {
        size_t e = g + 1;
        while (e < p->ncols && strcmp(v[e].name, v[g].name) == 0)
            e++;
        if (e - g > 1) {
            if (!p->dup_of) {
                p->dup_of = malloc(p->ncols * sizeof *p->dup_of);
                if (!p->dup_of) {
                    st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
                    break;
                }
                for (size_t i = 0; i < p->ncols; i++)
                    p->dup_of[i] = SIZE_MAX;
            }
            size_t first = v[g].col, k = 2;
            p->dup_of[first] = first;
            if (groups < MAX_RENAME_NOTES)
                vc_buf_printf(&p->notes, "the header repeats '%s' (columns", v[g].name);
            for (size_t j = g; j < e; j++)
                if (groups < MAX_RENAME_NOTES)
                    vc_buf_printf(&p->notes, "%s %zu", j == g ? "" : (j + 1 == e ? " and" : ","), v[j].col + 1);
            if (groups < MAX_RENAME_NOTES)
                vc_buf_printf(&p->notes, "): named '%s' (or '%s_1')", v[g].name, v[g].name);
            for (size_t j = g + 1; j < e && !st; j++) {
                for (;; k++) {
                    vc_buf_reset(&b);
                    vc_buf_printf(&b, "%s_%zu", v[g].name, k);
                    if (vc_buf_status(&b)) {
                        st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
                        break;
                    }
                    if (!bsearch(b.data, v, p->ncols, sizeof *v, cmp_name_only))
                        break;
                }
                if (st)
                    break;
                fresh[v[j].col] = vc_strndup(b.data, b.len);
                p->dup_of[v[j].col] = first;
                if (!fresh[v[j].col])
                    st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
                else if (groups < MAX_RENAME_NOTES)
                    vc_buf_printf(&p->notes, "%s'%s'", j + 1 == e ? " and " : ", ", b.data);
                k++;
            }
            if (groups < MAX_RENAME_NOTES)
                vc_buf_append_str(&p->notes, "\n");
            groups++;
        }
        g = e;
    }
    if (!st && groups > MAX_RENAME_NOTES)
        vc_buf_printf(&p->notes, "and %zu more repeated names\n", groups - MAX_RENAME_NOTES);
    if (!st && vc_buf_status(&p->notes))
        st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < p->ncols; i++)
        if (fresh[i]) {
            free(p->names[i]);
            p->names[i] = fresh[i];
        }
    vc_buf_free(&b);
    free(fresh);
    free(v);
    return st;
}

/* ---- the parser from header rows -------------------------------------------------- */

static vc_status set_name(vc_parser *p, size_t i, const char *s, size_t n, vc_error *err)
{
    char *c = vc_strndup(s, n);
    if (!c)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    free(p->names[i]);
    p->names[i] = c;
    return VC_OK;
}

/* Rows 2..n joined onto row 1 as SurveyMonkey's: blank cells of row 1 take
 * the name on their left, answer words add nothing, other cells add
 * " - CELL". */
static vc_status join_rows(vc_parser *p, const vc_field *rows, size_t nrows, vc_error *err)
{
    vc_status st = VC_OK;
    vc_buf b = VC_BUF_INIT;
    const char *left = "";
    char **base = calloc(p->ncols ? p->ncols : 1, sizeof *base);
    if (!base)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < p->ncols; i++) {
        if (p->names[i][0])
            left = p->names[i];
        base[i] = (char *)left;
    }
    vc_parser **extra = calloc(nrows, sizeof *extra);
    if (!extra) {
        free(base);
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    }
    for (size_t r = 1; r < nrows && !st; r++)
        if (!(extra[r] = split_row(&p->d, &rows[r])))
            st = vc_error_set(err, VC_ERR_DATA, "header row %zu is not valid %s", r + 1,
                              vc_format_name(p->d.format));
    char **joined = calloc(p->ncols ? p->ncols : 1, sizeof *joined);
    if (!joined && !st)
        st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < p->ncols && !st; i++) {
        vc_buf_reset(&b);
        vc_buf_append_str(&b, base[i]);
        for (size_t r = 1; r < nrows; r++) {
            const char *cell = i < extra[r]->ncols ? extra[r]->names[i] : "";
            if (is_answer_word(cell))
                continue;
            if (b.len)
                vc_buf_append_str(&b, " - ");
            vc_buf_append_str(&b, cell);
        }
        if (vc_buf_status(&b) || !(joined[i] = vc_strndup(b.data ? b.data : "", b.len)))
            st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < p->ncols && joined; i++) {
        if (!st && joined[i]) {
            free(p->names[i]);
            p->names[i] = joined[i];
        } else
            free(joined[i]);
    }
    free(joined);
    for (size_t r = 0; r < nrows; r++)
        vc_parser_free(extra[r]);
    free(extra);
    free(base);
    vc_buf_free(&b);
    return st;
}

static vc_status set_labels(vc_parser *p, const vc_field *row, vc_error *err)
{
    vc_parser *r2 = split_row(&p->d, row);
    if (!r2)
        return vc_error_set(err, VC_ERR_DATA, "header row 2 (the question text) is not valid %s",
                            vc_format_name(p->d.format));
    vc_status st = VC_OK;
    p->labels = calloc(p->ncols ? p->ncols : 1, sizeof *p->labels);
    if (!p->labels)
        st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    for (size_t i = 0; !st && i < p->ncols && i < r2->ncols; i++)
        if (r2->names[i][0]) {
            p->labels[i] = r2->names[i];
            r2->names[i] = NULL; /* moved; free(NULL) below */
        }
    vc_parser_free(r2);
    return st;
}

vc_status vc_parser_new_rows(const vc_dialect *d, vc_header_layout layout, const vc_field *rows, size_t nrows,
                             vc_parser **out, vc_error *err)
{
    *out = NULL;
    if (d->format == VC_FORMAT_JSONL || d->format == VC_FORMAT_JSON || layout == VC_HEADER_PLAIN || (layout == VC_HEADER_ROWS && nrows == 1))
        return vc_parser_new(d, rows[0].p ? rows[0].p : "", rows[0].p ? rows[0].n : 0, out, err);
    vc_parser *p = calloc(1, sizeof *p);
    if (!p)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    p->d = *d;
    const vc_format_def *fd = vc_format_def_get(d->format);
    p->reader = fd ? fd : vc_format_def_get(VC_FORMAT_CSV);
    vc_status st = p->reader->header(p, rows[0].p ? rows[0].p : "", rows[0].p ? rows[0].n : 0, err);
    if (!st && layout == VC_HEADER_NONE) {
        for (size_t i = 0; i < p->ncols && !st; i++) {
            char buf[32];
            int n = snprintf(buf, sizeof buf, "column%zu", i + 1);
            st = set_name(p, i, buf, (size_t)n, err);
        }
    } else if (!st && layout == VC_HEADER_QUALTRICS && nrows >= 2) {
        st = set_labels(p, &rows[1], err);
    } else if (!st && nrows >= 2) {
        st = join_rows(p, rows, nrows, err);
    }
    if (!st)
        st = vc_header_name_columns(p, err);
    if (st) {
        vc_parser_free(p);
        return st;
    }
    *out = p;
    return VC_OK;
}
