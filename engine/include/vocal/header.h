/*
 * header.h - the header rows of delimited exports: which of the first
 * records name the columns, and the column names and labels they give.
 *
 * Survey tools write more than one header row. Qualtrics writes three: the
 * column ids, the question text, and a JSON object per column with an
 * `ImportId` key. SurveyMonkey writes two: the questions (blank over the
 * second and later columns of a multiple-choice question) and the answer
 * options (`Response`, `Open-Ended Response` or an option label).
 * vc_header_detect() recognises these layouts from the first records;
 * vc_parser_new_rows() builds a parser from the rows the layout names.
 *
 * Names: a blank cell is named `columnN` (N from 1); a name that comes
 * again is renamed NAME_2, NAME_3, ... (CSV and TSV; the renames are listed
 * by vc_parser_notes()). Selecting the repeated name itself is a usage error
 * that lists the columns it could mean (NAME_1 names its first column).
 *
 * Ownership: rows are borrowed for the call; names, labels and notes belong
 * to the parser and live until vc_parser_free().
 */
#ifndef VOCAL_HEADER_H
#define VOCAL_HEADER_H

#include <stddef.h>

#include "vocal/record.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef enum vc_header_layout {
    VC_HEADER_PLAIN = 0,     /* one row of names */
    VC_HEADER_NONE,          /* no header: column1, column2, ... */
    VC_HEADER_QUALTRICS,     /* names, question text (labels), ImportId objects */
    VC_HEADER_SURVEYMONKEY,  /* questions joined with the answer options under them */
    VC_HEADER_ROWS           /* rows joined as SurveyMonkey's (--header-rows N > 1) */
} vc_header_layout;

/* "plain", "none", "qualtrics", "surveymonkey", "rows". */
const char *vc_header_layout_name(vc_header_layout l);

/* The layout of a CSV/TSV input from its first records (rows[i].p, .n; up
 * to 3 are looked at), and how many of them are header rows (*nrows). JSONL
 * and anything not recognised is VC_HEADER_PLAIN with one row. */
vc_header_layout vc_header_detect(const vc_dialect *d, const vc_field *rows, size_t n, size_t *nrows);

/* A parser whose columns come from `nrows` header rows laid out as
 * `layout`. VC_HEADER_NONE takes the column count from rows[0], the first
 * record (which stays a record). Errors as vc_parser_new(). */
vc_status vc_parser_new_rows(const vc_dialect *d, vc_header_layout layout, const vc_field *rows, size_t nrows,
                             vc_parser **out, vc_error *err);

/* The question text of column i (Qualtrics' second row), NULL when none. */
const char *vc_parser_column_label(const vc_parser *p, size_t i);
/* What naming the columns changed, one sentence per line ("" when
 * nothing): repeated names renamed. */
const char *vc_parser_notes(const vc_parser *p);

/* 1 when two header names are equal without ASCII case ("Response" and
 * "response"; other bytes compared as they are). */
int vc_header_name_eq(const char *a, const char *b);

VC_API_END

#endif
