/*
 * results.h - the outputs of a run (results.c), shared by scan, report and
 * merge: a run's state as the writers see it, and one writer per output.
 * Every writer appends to a caller's vc_buf; the view is borrowed.
 */
#ifndef VOCAL_CLI_RESULTS_H
#define VOCAL_CLI_RESULTS_H

#include "vocal/buf.h"
#include "vocal/discover.h"
#include "vocal/partial.h"
#include "vocal/pipeline.h"
#include "vocal/quotes.h"

/* A run's state as the writers see it: a scan's, or merged partials'. */
typedef struct vc_cli_result {
    const vc_partial_meta *meta;
    const vc_agg *agg;       /* sorted */
    const vc_quotes *quotes; /* NULL: none kept */
    const vc_scan_stats *stats;
} vc_cli_result;

vc_status vc_cli_table(vc_buf *b, const vc_cli_result *r, int json);
/* A warning on stderr per dimension that went over --max-segments. */
void vc_cli_warn_overflow(const vc_cli_result *r);
/* --changes: periods from..to (NULL: the last two); err says why not. */
vc_status vc_cli_changes(vc_buf *b, const vc_cli_result *r, const char *from, const char *to, int json,
                         vc_error *err);
vc_status vc_cli_quotes(vc_buf *b, const vc_cli_result *r, int json);
vc_status vc_cli_stats_json(vc_buf *b, const vc_cli_result *r);
vc_status vc_cli_report(vc_buf *b, const vc_cli_result *r, const char *title, int markdown,
                        const vc_discovery *missed);

/* `vocal report PART...`: the report of merged partials (cmd_merge.c). */
int vc_cli_report_partials(char **paths, size_t n, const char *out_path, const char *title, int markdown,
                           int quiet);

#endif
