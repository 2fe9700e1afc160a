/*
 * table_sink.h - one writer for every table vocal writes (base/table_sink.c):
 * column names and a row of typed cells in, CSV, JSON or NDJSON bytes out.
 *
 *   CSV     a header line, then one line per row; text cells are quoted
 *           when needed and formula-neutralized (files opened in
 *           spreadsheets); numbers and lists as they are.
 *   JSON    {"rows":[ then one object per row, ",\n" between them, then
 *           "\n]}\n": keys are the column names in order.
 *   NDJSON  one object per line, LF-terminated, no wrapper; the object is
 *           the JSON row's, byte for byte.
 *
 * A cell's kind, not the format, decides its JSON value, so that a row is
 * the same object in JSON and NDJSON: VC_SINK_TEXT a string ("" stays ""),
 * VC_SINK_OPTIONAL a string or null when empty (no sentiment, no group),
 * VC_SINK_NUMBER the number as written or null when empty (or not a
 * number: "inf", "nan"), VC_SINK_LIST a
 * ';'-separated value as an array of strings ([] when empty). JSON strings
 * are escaped (quotes, backslashes, control characters) and invalid UTF-8
 * is written as U+FFFD, so every line parses.
 *
 * Ownership: the sink borrows its buffer and the column names (kept until
 * the last row); cells are read during the call only. Every write goes to
 * the caller's vc_buf, whose sticky error the calls return. One sink per
 * thread.
 */
#ifndef VOCAL_TABLE_SINK_H
#define VOCAL_TABLE_SINK_H

#include <stddef.h>

#include "vocal/buf.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef enum vc_table_format { VC_TABLE_CSV = 0, VC_TABLE_JSON = 1, VC_TABLE_NDJSON = 2 } vc_table_format;

/* "csv", "json" or "ndjson" into *out: 0, or -1 for any other name. */
int vc_table_format_parse(const char *name, vc_table_format *out);
/* The name vc_table_format_parse reads ("csv", "json", "ndjson"). */
const char *vc_table_format_name(vc_table_format fmt);

/* A cell's kind (see above). 0 and 1 are the text and number flags older
 * callers pass. */
enum { VC_SINK_TEXT = 0, VC_SINK_NUMBER = 1, VC_SINK_LIST = 2, VC_SINK_OPTIONAL = 3 };

typedef struct vc_sink {
    vc_status (*begin)(struct vc_sink *s, const char *const *cols, size_t ncols);
    vc_status (*row)(struct vc_sink *s, const char *const *cells, const int *kinds, size_t ncols);
    vc_status (*end)(struct vc_sink *s);
    vc_buf *out;
    const char *const *cols;
    size_t nrows;
    vc_table_format fmt;
} vc_sink;

/* A sink writing `fmt` into out. begin writes the head (CSV: the header
 * line; JSON: {"rows":[; NDJSON: nothing) and keeps cols; row writes one
 * row of NUL-terminated cells; end writes the tail (JSON only). */
void vc_sink_init(vc_sink *s, vc_table_format fmt, vc_buf *out);

/* One row whose cells have lengths (lens NULL: NUL-terminated), for cells
 * that are spans of a record. */
vc_status vc_sink_row_n(vc_sink *s, const char *const *cells, const size_t *lens, const int *kinds, size_t ncols);

/* A sink for the rows of a table written in pieces by several writers (the
 * rejects and comments a scan streams batch by batch): no head is written
 * and, in JSON, every row starts with ",\n" as if rows came before it. The
 * one who puts the pieces in order writes the head and the tail with a
 * sink of its own (begin, end) and drops the comma of the very first row:
 * vc_sink_lead_skip says how many bytes that is. */
void vc_sink_init_rows(vc_sink *s, vc_table_format fmt, vc_buf *out, const char *const *cols);
/* Bytes to drop at the start of the first piece of rows (data, len) that
 * vc_sink_init_rows sinks wrote: 1 for JSON's leading comma, else 0. */
size_t vc_sink_lead_skip(vc_table_format fmt, const char *data, size_t len);

VC_API_END

#endif
