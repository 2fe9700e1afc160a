/*
 * feed.h - records handed to a scan by the caller instead of read from a
 * file: a program (the Python package, a database cursor) gives column
 * names once and then the cells in batches, column by column, and a scan
 * reads them as one input (vc_scan_options.feeds) through the same parsing
 * of scores, segments, dates and rejects as a file's rows.
 *
 * A batch is columnar: for each column, its cells' UTF-8 bytes back to
 * back and nrows + 1 offsets into them (cell r is bytes
 * [offsets[r], offsets[r+1])). An empty cell is what an empty CSV field
 * is. The feed presents its records as CSV text (a header, then one
 * record per row, quoted where a cell holds a comma, a quote or a line
 * break), so every rule a CSV export meets applies unchanged; a rejected
 * row's "line" is its record number (from 1) and its byte offset 0.
 *
 * Ownership: names are copied. The cells and offsets of a batch are
 * borrowed: with vc_feed_add alone, until the scan that reads the feed has
 * returned; with a pull function, until the next call of that function.
 * A feed is read once, by one scan, on that scan's reader thread (where
 * the pull function runs). vc_feed_free accepts NULL.
 */
#ifndef VOCAL_FEED_H
#define VOCAL_FEED_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_feed vc_feed;

/* A feed of records with `ncolumns` columns named `columns` (UTF-8, not
 * empty, no two alike: VC_ERR_USAGE otherwise). */
vc_status vc_feed_new(const char *const *columns, size_t ncolumns, vc_feed **out, vc_error *err);
void vc_feed_free(vc_feed *f);

/* Append nrows records: cells[c] and offsets[c] for each column c, in the
 * order of vc_feed_new (offsets ascending from any start). */
vc_status vc_feed_add(vc_feed *f, size_t nrows, const char *const *cells, const int64_t *const *offsets,
                      vc_error *err);

/* Called on the reader thread when every batch added so far has been
 * read: it adds the next batches with vc_feed_add, or none at the end.
 * A non-OK status fails the input with it. */
typedef vc_status (*vc_feed_pull_fn)(void *ctx, vc_feed *f);
void vc_feed_set_pull(vc_feed *f, vc_feed_pull_fn pull, void *ctx);

/* Records given so far. */
uint64_t vc_feed_rows(const vc_feed *f);

/* The feed as CSV bytes, a vc_stream_pull_fn (stream.h): the next bytes
 * into buf, 0 at the end, or a negative vc_status. */
ssize_t vc_feed_read(void *feed, void *buf, size_t cap);

VC_API_END

#endif
