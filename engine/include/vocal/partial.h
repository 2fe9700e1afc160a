/*
 * partial.h - the mergeable state of a run, saved, loaded and merged.
 *
 * A partial holds everything behind every output of `vocal scan`: the
 * theme x segment x group counters (integers, so sums are exact), the
 * example-quote candidates with their selection keys, the row accounting
 * and rejected rows, and per input file (or share of a file, see
 * vc_stream_open_members) its status, counts and line count. Merging
 * partials in any order and any nesting gives the state one run over all
 * the inputs would have reached, so the outputs written from it are the
 * same bytes.
 *
 * Inputs are identified by name. Within a partial they are kept in
 * byte-wise name order (then share order), the order a single run over the
 * sorted names uses: ties between identical quotes resolve the same way.
 * Lines of a share are counted from the share's start; they become file
 * lines only when every share of the file is present (vc_partial_finish).
 *
 * Settings that change any number (lexicons, scale, columns, segments,
 * periods, quotes per theme, the vocal version: the caller's canonical
 * `settings` text) travel with the partial, with their 64-bit fingerprint;
 * merging partials whose settings differ is refused and the message names
 * the first setting that differs. Theme labels change no number, so they
 * are no setting: a merge keeps, per theme, the label of the first partial
 * that has one (vc_partial_merge's `into` first).
 *
 * File format (version 4): a gzip stream whose content is the magic
 * "VOCALPRT", then wire.h fields: version, settings, fingerprint, the meta
 * (scale, sentiment, dimension and theme names, theme parents, theme
 * labels, lexicon name, entries and fingerprint, resolved columns), the run's totals, the
 * file parts (name, format, back end, message, rows read / analyzed /
 * rejected, bytes in / out, gzip members, share index and count, newlines,
 * rejected rows not kept, rejected rows as CSV), the counters (vc_agg_encode), the quotes
 * (vc_quotes_encode) and the end mark "END".
 *
 * Ownership: a vc_partial owns all of its state; meta and settings passed
 * in are copied. Not thread-safe.
 */
#ifndef VOCAL_PARTIAL_H
#define VOCAL_PARTIAL_H

#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

#include "vocal/agg.h"
#include "vocal/buf.h"
#include "vocal/pipeline.h"
#include "vocal/quotes.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

#define VC_PARTIAL_VERSION 6

/* Bytes of rejected-row text a partial keeps per scan (see vc_rejects_keep). */
#define VC_PARTIAL_REJECTS_CAP ((size_t)16 << 20)

/* What names the counters: enough to write every output without the
 * lexicon files. */
typedef struct vc_partial_meta {
    vc_scale scale;
    int sentiment;                   /* sentiment columns present */
    size_t ndims;
    const char *const *dim_names;    /* "all", the --by columns, ["period"] */
    int period_dim;                  /* -1: none */
    size_t nthemes;
    const char *const *theme_names;
    const uint32_t *theme_parent;    /* VC_NO_THEME at the top */
    const char *lexicon_name;        /* as the user named it ("default.lex") */
    size_t lexicon_entries;
    uint64_t lexicon_fingerprint;
    const char *const *theme_labels; /* per theme its display label (vc_lexicon_theme_label),
                                      * NULL entries: none; NULL: no theme has one */
} vc_partial_meta;

typedef struct vc_partial vc_partial;

/* The rejected rows a partial keeps, in bounded memory. A scan that makes
 * a partial writes its rejects to vc_rejects_keep_stream(): every byte
 * goes on to `tee` (NULL: nowhere), and rows are kept in the order written
 * (the pipeline's commit order, the same for any thread count and batch
 * size) while their bytes fit in `cap`; from the first row that does not
 * fit, rows are only counted. The keeper owns its stream and its rows. */
typedef struct vc_rejects_keep vc_rejects_keep;
vc_rejects_keep *vc_rejects_keep_new(size_t cap, FILE *tee); /* NULL: out of memory */
FILE *vc_rejects_keep_stream(vc_rejects_keep *k);
/* Flushes the stream; nonzero when a write to `tee` or memory failed. */
int vc_rejects_keep_flush(vc_rejects_keep *k);
/* The kept rows (CSV without the header) and how many rows were not kept. */
const char *vc_rejects_keep_rows(const vc_rejects_keep *k, size_t *len, uint64_t *dropped);
void vc_rejects_keep_free(vc_rejects_keep *k); /* accepts NULL */

/* The partial of a finished scan (VC_OK status only). `settings` is the
 * canonical settings text; `rejects` the first rows the scan wrote to its
 * rejects stream (CSV rows without the header, file by file as the
 * pipeline writes them; NULL with len 0 when none), and `rejects_dropped`
 * how many rows followed them and were not kept (vc_rejects_keep). */
vc_status vc_partial_from_scan(const vc_scan *scan, const vc_partial_meta *meta, const char *settings,
                               const char *rejects, size_t rejects_len, uint64_t rejects_dropped,
                               vc_partial **out, vc_error *err);
void vc_partial_free(vc_partial *p); /* accepts NULL */

/* The canonical settings text of a scan run with options `o` (o->lex set;
 * o->sentiment NULL: sentiment off), appended to b: one "key=value" line per
 * setting that can change a number or a quote. `sentiment_path` and
 * `overlay_path` name the sentiment lexicon and overlay files whose bytes
 * are fingerprinted (NULL: the built-in lexicon, no overlay); err says
 * which file could not be read. */
vc_status vc_partial_settings_write(vc_buf *b, const vc_scan_options *o, const char *sentiment_path,
                                    const char *overlay_path, vc_error *err);

/* Serialize (gzip-compressed) into out. */
vc_status vc_partial_encode(const vc_partial *p, vc_buf *out);
/* Read a partial file (errors name the path). */
vc_status vc_partial_load(const char *path, vc_partial **out, vc_error *err);
/* Does the file at `path` hold a partial (its content starts with the magic)? */
int vc_partial_sniff(const char *path);

/* into += from. `into_name`/`from_name` name them in messages. Refused
 * (VC_ERR_USAGE) when settings differ, or when the same input (or share)
 * is in both. */
vc_status vc_partial_merge(vc_partial *into, const vc_partial *from, const char *into_name,
                           const char *from_name, vc_error *err);

/* Make the merged state readable: checks that every share of every
 * sharded file is present (VC_ERR_USAGE names what is missing), turns share
 * lines into file lines, and sorts the segments. Call once, before the
 * accessors below. */
vc_status vc_partial_finish(vc_partial *p, vc_error *err);

const vc_partial_meta *vc_partial_meta_get(const vc_partial *p);
const char *vc_partial_settings(const vc_partial *p);
uint64_t vc_partial_fingerprint(const vc_partial *p);
const vc_agg *vc_partial_agg(const vc_partial *p);
const vc_quotes *vc_partial_quotes(const vc_partial *p); /* NULL when k was 0 */
/* Totals and one entry per input file (shares folded together). */
const vc_scan_stats *vc_partial_stats(const vc_partial *p);
/* Rejected rows, CSV without the header, file lines. */
const char *vc_partial_rejects(const vc_partial *p, size_t *len);
/* Rows over the partials' cap are not among them: each file's stats say
 * how many (vc_file_stats.rejects_dropped). */

VC_API_END

#endif
