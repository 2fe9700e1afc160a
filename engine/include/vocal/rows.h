/*
 * rows.h - the row files a run writes beside its tables (run/rows.c):
 *
 *   rejected rows (--rejects):  file,line,byte_offset,reason,record
 *   one row per comment (--comments):  id,themes,compound,sentiment,<scale>_group
 *     (then signals with signals, then language with languages)
 *
 * in CSV, JSON ({"rows":[...]}) or NDJSON (table_sink.h; in JSON themes
 * and signals are arrays of strings, compound a number or null, sentiment
 * and the group a string or null). The pipeline writes the rows
 * (vc_scan_options.rejects and .comments, in .rejects_format and
 * .comments_format); a program that opens one of these files writes its
 * head first and, after the run, its tail. Each call
 * appends to the caller's vc_buf and returns its sticky status; everything
 * else is borrowed.
 */
#ifndef VOCAL_ROWS_H
#define VOCAL_ROWS_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/agg.h"
#include "vocal/analyze.h"
#include "vocal/buf.h"
#include "vocal/lexicon.h"
#include "vocal/status.h"
#include "vocal/table_sink.h"

#include "vocal/export.h"

VC_API_BEGIN

/* A rejected record is written up to this many bytes. */
#define VC_REJECT_RECORD_MAX (64u * 1024u)

/* The head of a rejects or comments file in fmt (CSV: the header line;
 * JSON: {"rows":[; NDJSON: nothing), and the tail of either (JSON: the
 * closing "\n]}\n"; otherwise nothing). `language` 1: the language column;
 * lex NULL: no signals column. */
vc_status vc_rejects_head(vc_buf *b, vc_table_format fmt);
vc_status vc_comments_head(vc_buf *b, vc_table_format fmt, vc_scale scale, const vc_lexicon *lex, int language);
vc_status vc_rows_tail(vc_buf *b, vc_table_format fmt);

/* The CSV header lines, one each. */
vc_status vc_rejects_header(vc_buf *b);
vc_status vc_comments_header(vc_buf *b, vc_scale scale);
/* The header for comments matched with `lex`: with signals
 * (vc_lexicon_load_with_signals) a last column, signals, follows. */
vc_status vc_comments_header_lex(vc_buf *b, vc_scale scale, const vc_lexicon *lex);
/* The same with a last column, language, when `language` is 1 (a scan
 * with languages on, pipeline.h). */
vc_status vc_comments_header_language(vc_buf *b, vc_scale scale, const vc_lexicon *lex, int language);

/* One rejected record: its file, the line where it starts and its byte
 * offset, why it was rejected, and the record (cut at
 * VC_REJECT_RECORD_MAX). */
vc_status vc_reject_row(vc_buf *b, const char *file, uint64_t line, uint64_t byte_offset, const char *reason,
                        const char *record, size_t record_len);
/* Rows that vc_reject_row wrote as CSV (a partial's, vc_partial_rejects)
 * again in fmt: the same cells, the formula guard taken off. `first` 1:
 * they open the file (JSON: no comma before the first). VC_ERR_DATA on a
 * row it did not write. */
vc_status vc_reject_rows_convert(vc_buf *out, vc_table_format fmt, const char *rows, size_t len, int first);
/* The same in fmt; a JSON row starts with ",\n" (vc_sink_init_rows). */
vc_status vc_reject_row_format(vc_buf *b, vc_table_format fmt, const char *file, uint64_t line,
                               uint64_t byte_offset, const char *reason, const char *record, size_t record_len);

/* One analyzed comment. The id is the id column's value (id, id_len); with
 * no id (NULL), the record number, as "file:recno" when `file` is given (a
 * run over several inputs). Themes are named by `lex` and joined with ';';
 * with signals in `lex`, they are left out of themes and listed, without
 * their "signal/" prefix, in a last column, signals;
 * compound and sentiment class are empty without sentiment. `scratch` is
 * the caller's working buffer (reset here; `id` must not point into it). */
vc_status vc_comment_row(vc_buf *b, vc_buf *scratch, const char *id, size_t id_len, const char *file,
                         uint64_t recno, const vc_lexicon *lex, const vc_analysis *a, vc_scale scale, int group);
/* The same with the comment's language (language.h) in a last column,
 * language; NULL: no such column, as vc_comment_row. */
vc_status vc_comment_row_language(vc_buf *b, vc_buf *scratch, const char *id, size_t id_len, const char *file,
                                  uint64_t recno, const vc_lexicon *lex, const vc_analysis *a, vc_scale scale,
                                  int group, const char *language);
/* The same in fmt; a JSON row starts with ",\n" (vc_sink_init_rows). */
vc_status vc_comment_row_format(vc_buf *b, vc_table_format fmt, vc_buf *scratch, const char *id, size_t id_len,
                                const char *file, uint64_t recno, const vc_lexicon *lex, const vc_analysis *a,
                                vc_scale scale, int group, const char *language);

VC_API_END

#endif
