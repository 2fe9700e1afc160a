/*
 * parser_internal.h - the parser handle shared by the CSV/TSV and JSONL
 * parsers. Read-only once vc_parser_select() has run.
 */
#ifndef VOCAL_PARSER_INTERNAL_H
#define VOCAL_PARSER_INTERNAL_H

#include "vocal/record.h"

struct vc_parser {
    vc_dialect d;
    char **names;      /* header column names (JSONL: keys of the first object) */
    size_t ncols;
    size_t nsel;
    size_t *col_first; /* column -> first selection slot, SIZE_MAX if none */
    size_t *sel_next;  /* selection slot -> next slot of the same column */
    const char **sel_names; /* borrowed from the caller of vc_parser_select */
};

vc_status vc_parser_add_column(vc_parser *p, const char *name, size_t n);
vc_status vc_fields_prepare(vc_fields *f, size_t nsel);
void vc_fields_fix(vc_fields *f);

vc_status vc_jsonl_header(vc_parser *p, const char *rec, size_t len, vc_error *err);
vc_status vc_jsonl_parse(const vc_parser *p, const char *rec, size_t len, vc_fields *f, vc_error *err);

#endif
