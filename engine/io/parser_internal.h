/*
 * parser_internal.h - what the parser handle (parser.c), the formats table
 * (formats.c), the readers (csv.c, jsonl.c) and the fields scratch
 * (fields.c) share. The handle is read-only once vc_parser_select() has run.
 */
#ifndef VOCAL_PARSER_INTERNAL_H
#define VOCAL_PARSER_INTERNAL_H

#include "vocal/header.h"
#include "vocal/record.h"

typedef struct vc_format_def vc_format_def;

struct vc_parser {
    vc_dialect d;
    const vc_format_def *reader; /* the row of d.format in the formats table */
    char **names;      /* header column names (JSONL: keys of the first object) */
    size_t ncols, cap_cols;
    size_t nsel;
    size_t *col_first; /* column -> first selection slot, SIZE_MAX if none */
    size_t *sel_next;  /* selection slot -> next slot of the same column */
    const char **sel_names; /* borrowed from the caller of vc_parser_select */
    /* JSON and JSONL (jsonl.c) */
    unsigned char *sel_arrays; /* slot -> may hold an array of scalars; NULL: none may */
    vc_buf json_names;         /* header keys that are not leaf columns, each as a
                                  kind byte ('o' object, 'e' empty object, 'n' null)
                                  then the dotted path and '\0' */
    char **labels;          /* per column, NULL when none (header.c) */
    size_t *dup_of;         /* per column: the first column of its repeated name
                               (that column itself included), SIZE_MAX if unique;
                               NULL when no name repeats */
    vc_buf notes;           /* renamed columns, one line each */
};

/* header.c: name blank columns columnN and rename repeated names NAME_2,
 * NAME_3, ... (CSV/TSV), noting each rename. */
vc_status vc_header_name_columns(vc_parser *p, vc_error *err);

/* parser.c: a header name, trimmed, as the next column. */
vc_status vc_parser_add_column(vc_parser *p, const char *name, size_t n);

/* fields.c: empty n selected fields before a record; after it, turn the
 * offsets of unescaped fields into pointers into the scratch. */
vc_status vc_fields_prepare(vc_fields *f, size_t nsel);
void vc_fields_fix(vc_fields *f);

/* One row of the formats table (formats.c). `header` adds the columns of
 * the header record to a new handle; `parse` fills prepared fields from one
 * record. */
struct vc_format_def {
    vc_format format;
    const char *names[2]; /* names[0] is the canonical one; NULL when unused */
    char delimiter;       /* set by naming the format; 0 keeps the dialect's */
    vc_status (*header)(vc_parser *p, const char *rec, size_t len, vc_error *err);
    vc_status (*parse)(const vc_parser *p, const char *rec, size_t len, vc_fields *f, vc_error *err);
};

/* The row of format f, NULL for VC_FORMAT_AUTO. */
const vc_format_def *vc_format_def_get(vc_format f);

vc_status vc_csv_header(vc_parser *p, const char *rec, size_t len, vc_error *err);
vc_status vc_csv_parse(const vc_parser *p, const char *rec, size_t len, vc_fields *f, vc_error *err);
vc_status vc_jsonl_header(vc_parser *p, const char *rec, size_t len, vc_error *err);
vc_status vc_jsonl_parse(const vc_parser *p, const char *rec, size_t len, vc_fields *f, vc_error *err);
/* jsonl.c: a name vc_parser_select accepts although it is no column: a key
 * whose value in the header record was an object (rows then say it is
 * not text), or a dotted path below a key whose value there was null or
 * an empty object. */
int vc_jsonl_known_path(const vc_parser *p, const char *name);

#endif
