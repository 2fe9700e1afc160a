/*
 * sink.h - the row sinks behind every table writer of the report layer
 * (private to it): a header, rows of cells (numeric or text), an end. CSV
 * neutralizes formula cells; JSON writes numbers as numbers, "" as null.
 */
#ifndef VOCAL_REPORT_SINK_H
#define VOCAL_REPORT_SINK_H

#include "vocal/report.h"

typedef struct sink {
    vc_status (*begin)(struct sink *s, const char *const *cols, size_t ncols);
    vc_status (*row)(struct sink *s, const char *const *cells, const int *numeric, size_t ncols);
    vc_status (*end)(struct sink *s);
    vc_buf *out;
    const char *const *cols;
    size_t nrows;
} sink;

void vc_sink_init(sink *s, vc_table_format fmt, vc_buf *out);

#endif
