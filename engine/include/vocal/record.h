/*
 * record.h - cutting a decompressed byte stream into records, and parsing a
 * record into the fields vocal needs. Bytes in, records out: nothing here
 * knows about themes, scores or threads.
 *
 * Two steps, so that a pipeline can split cheaply on one thread and parse in
 * parallel on many:
 *
 *  1. vc_splitter (reader side) is fed decompressed bytes in any chunking and
 *     finds record boundaries: quote-aware for CSV/TSV (a quoted field may
 *     hold delimiters, doubled quotes and line breaks), newline-delimited for
 *     JSONL. It tracks physical line numbers and byte offsets, strips a UTF-8
 *     BOM at the start, accepts LF, CRLF and lone CR line ends, and enforces
 *     the record size limit. It emits vc_span descriptors.
 *
 *  2. vc_parser (worker side) turns one record's bytes into the selected
 *     columns as vc_field values. Its schema (column names, the selected
 *     column indices) is resolved once from the header and then shared
 *     read-only by all workers; per-thread state lives in vc_fields.
 *
 * Recovery rules (documented in README "Bad input"):
 *  - A record longer than max_record bytes is rejected as one record
 *    (VC_SPAN_OVERSIZE): the splitter skips to its end without buffering it
 *    and keeps only its first bytes for the rejects file.
 *  - A quote still open at end of input is rejected as VC_SPAN_UNTERMINATED
 *    naming the line where the record started; the splitter then re-reads
 *    the bytes after that record's first physical line as fresh records, so
 *    one stray quote does not swallow the rest of the file (when the open
 *    record is longer than max_record the rest cannot be re-read and the span
 *    says so).
 *  - Blank lines (only a line end) are skipped and not counted as records.
 */
#ifndef VOCAL_RECORD_H
#define VOCAL_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/buf.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef enum vc_format {
    VC_FORMAT_AUTO = 0,
    VC_FORMAT_CSV,
    VC_FORMAT_TSV,
    VC_FORMAT_JSONL,
    VC_FORMAT_JSON /* a top-level array of objects, or an object holding one */
} vc_format;

const char *vc_format_name(vc_format f); /* "csv", "tsv", "jsonl", "json", "auto" */

#define VC_DEFAULT_MAX_RECORD (1u << 20) /* 1 MiB */

typedef struct vc_dialect {
    vc_format format;
    char delimiter;    /* ',' for CSV, '\t' for TSV, ';' etc. by option */
    char quote;        /* '"' ; 0 disables quoting */
    size_t max_record; /* bytes; 0 means VC_DEFAULT_MAX_RECORD */
} vc_dialect;

/* Set d->format from a format's name ("csv", "tsv", "jsonl", "ndjson" or
 * "json"),
 * and the delimiter that name implies (tab for "tsv"; other names keep
 * d's). VC_ERR_USAGE, d unchanged, for an unknown name. */
vc_status vc_format_parse(const char *name, vc_dialect *d);

/* Guess format and delimiter from the first bytes of a stream (the header
 * line for CSV/TSV). Sets d->format/delimiter/quote and writes a one-line
 * description of what was detected ("csv, delimiter ';'") to `why`. Returns
 * VC_ERR_DATA when nothing plausible is found. */
vc_status vc_dialect_sniff(const char *data, size_t len, vc_dialect *d,
                           char *why, size_t why_cap);

/* ---- step 1: splitting ------------------------------------------------- */

typedef enum vc_span_kind {
    VC_SPAN_RECORD = 0,       /* a complete record */
    VC_SPAN_OVERSIZE = 1,     /* longer than max_record; bytes truncated */
    VC_SPAN_UNTERMINATED = 2  /* quote open at end of input */
} vc_span_kind;

typedef struct vc_span {
    uint64_t offset;     /* decompressed byte offset of the record's first byte */
    uint64_t line;       /* 1-based physical line where the record starts */
    uint32_t lines;      /* physical lines it spans (>= 1) */
    uint32_t kind;       /* vc_span_kind */
    uint64_t full_len;   /* real length in bytes (may exceed len when OVERSIZE) */
    const char *data;    /* record bytes without the line end; valid until the
                            next vc_splitter_feed/finish call */
    size_t len;
} vc_span;

typedef struct vc_splitter vc_splitter;

vc_splitter *vc_splitter_new(const vc_dialect *d);
void vc_splitter_free(vc_splitter *sp);

/* Callback receives each span in input order; a non-zero return stops the
 * feed and is passed back as the feed's return value. */
typedef int (*vc_span_fn)(void *ctx, const vc_span *span);

/* Feed the next chunk of decompressed bytes. Complete records in (pending +
 * chunk) are emitted through fn; an incomplete tail is kept internally
 * (bounded by max_record). */
int vc_splitter_feed(vc_splitter *sp, const char *chunk, size_t len,
                     vc_span_fn fn, void *ctx);
/* End of input: emit the final record (no trailing newline needed) and any
 * unterminated-quote recovery spans. */
int vc_splitter_finish(vc_splitter *sp, vc_span_fn fn, void *ctx);

/* JSON (VC_FORMAT_JSON) whose top level is an object: take the records
 * from its member `key` (borrowed; it must outlive the splitter) instead of
 * from its only member holding an array of objects. Call before the first
 * feed. */
void vc_splitter_set_records(vc_splitter *sp, const char *key);

/* JSON (VC_FORMAT_JSON) only: VC_OK, or the first structural error met so
 * far, with the physical line where it was found and a sentence saying what
 * is wrong (valid until the splitter is freed). VC_ERR_USAGE when the
 * records cannot be chosen (several arrays of objects and no records key;
 * the key names no array), VC_ERR_DATA for input that is not a JSON
 * export or ends before its array is closed (known after
 * vc_splitter_finish). Spans already emitted stay valid records; nothing
 * is emitted after an error. Always VC_OK for the other formats. */
vc_status vc_splitter_status(const vc_splitter *sp, uint64_t *line, const char **what);

/* ---- step 2: parsing --------------------------------------------------- */

typedef struct vc_field {
    const char *p; /* NULL when the column/key is absent (JSONL) */
    size_t n;
    int is_null;   /* JSON null */
    size_t nvals;  /* 0 for a scalar. A JSON array of scalars (only in a slot
                      given to vc_parser_allow_arrays): its non-null elements'
                      text, each followed by one '\0', in p[0..n), and their
                      count here; an array with no non-null element gives
                      p == NULL and nvals 0, as an absent key does */
} vc_field;

/* Per-thread scratch: unescaped field text and the selected fields. */
typedef struct vc_fields {
    vc_field *v;       /* v[i] for selected column i */
    size_t n;          /* number of selected columns */
    size_t nraw;       /* CSV/TSV: number of fields the record had */
    size_t repaired;   /* JSONL: escapes in selected values replaced by U+FFFD
                          (lone surrogates, \u0000) */
    vc_buf scratch;    /* storage for unescaped text; reused */
    size_t *offs;      /* internal */
    size_t offs_cap;
} vc_fields;

void vc_fields_init(vc_fields *f);
void vc_fields_free(vc_fields *f);

typedef struct vc_parser vc_parser;

/* Build a parser from the header record (CSV/TSV: the first span; JSONL and
 * JSON: the first object, whose leaves become the available columns, nested
 * keys by dotted path: "via.channel"; docs/exports-json.md). Header names are
 * trimmed of surrounding whitespace; CSV/TSV names are made unique as
 * header.h says (blank: columnN; repeated: NAME_2, ...); repeated JSON keys
 * are a VC_ERR_USAGE error naming both columns. */
vc_status vc_parser_new(const vc_dialect *d, const char *header, size_t len,
                        vc_parser **out, vc_error *err);
void vc_parser_free(vc_parser *p);

size_t vc_parser_column_count(const vc_parser *p);
const char *vc_parser_column_name(const vc_parser *p, size_t i);
/* Index of a column by exact name, or -1. */
long vc_parser_find_column(const vc_parser *p, const char *name);

/* Choose the columns to extract, in order; vc_parser_parse fills
 * fields->v[i] for names[i]. Unknown names: VC_ERR_USAGE listing available
 * columns. Call once before sharing the parser between threads. */
vc_status vc_parser_select(vc_parser *p, const char *const *names, size_t n,
                           vc_error *err);

/* JSON and JSONL: let selection slot `slot` take an array of scalars (see
 * vc_field.nvals); in every other slot an array is a parse error naming the
 * key. Call after vc_parser_select (which resets it), before sharing the
 * parser. VC_ERR_USAGE for a slot out of range or a CSV/TSV parser. */
vc_status vc_parser_allow_arrays(vc_parser *p, size_t slot);

/* Parse one complete record. Returns VC_OK, or VC_ERR_DATA with a reason in
 * err (without location: the caller adds file:line) for: wrong field count
 * (CSV/TSV, "expected 8 fields, found 9"), a quote in the wrong place,
 * invalid JSON ("invalid JSON at column 17: ..."), a JSONL line that is not
 * an object, nesting deeper than 64, a selected key holding an object or
 * array. A selected JSONL key that is absent gives p == NULL; JSON null gives
 * is_null = 1; numbers and booleans give their literal text. Thread-safe for
 * distinct `fields`. */
vc_status vc_parser_parse(const vc_parser *p, const char *rec, size_t len,
                          vc_fields *fields, vc_error *err);

VC_API_END

#endif
