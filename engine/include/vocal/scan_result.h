/*
 * scan_result.h - a finished scan's outputs written as `vocal scan` writes
 * them, for callers that hold a vc_scan and the options it ran with and
 * not the result view the writers read (run_out.h): the Python package,
 * embedding programs.
 *
 * Ownership: the scan and options are borrowed for the call (the options'
 * lexicon and sentiment lexicon must still be alive); the writers append
 * to the caller's vc_buf and return its sticky status.
 */
#ifndef VOCAL_SCAN_RESULT_H
#define VOCAL_SCAN_RESULT_H

#include "vocal/buf.h"
#include "vocal/pipeline.h"
#include "vocal/report.h"

#include "vocal/export.h"

VC_API_BEGIN

/* The theme table (vc_result_table). */
vc_status vc_scan_result_table(vc_buf *b, const vc_scan *scan, const vc_scan_options *o, vc_table_format fmt);
/* The accounting as `vocal scan --stats` writes it (vc_result_stats_json). */
vc_status vc_scan_result_stats(vc_buf *b, const vc_scan *scan, const vc_scan_options *o);

/* The scale check (vc_result_scale_check): 0 when the scores fit the
 * scale, else non-zero with the reason as one line in `b`. */
int vc_scan_result_scale_check(vc_buf *b, const vc_scan *scan, const vc_scan_options *o);
/* The warnings `vocal scan` prints after a run, one a line: languages
 * without sentiment, the scores (none found, invalid ones), dimensions
 * over their segment limit. Nothing when none applies. */
vc_status vc_scan_result_warnings(vc_buf *b, const vc_scan *scan, const vc_scan_options *o);

VC_API_END

#endif
