/*
 * summary.h - the end-of-run summary and exit verdict every command that
 * read rows shares (summary.c).
 */
#ifndef VOCAL_CLI_SUMMARY_H
#define VOCAL_CLI_SUMMARY_H

#include "vocal/pipeline.h"

/* 1 when the counts hold something whoever reads the numbers must hear:
 * rejected rows, invalid scores, unscored comments, repaired text or
 * pattern limit hits (a run of no records is vc_cli_verdict's to say). */
int vc_cli_summary_due(const vc_scan_stats *s);
/* One line on stderr with the counts: when it is due or `verbose`, never
 * with `quiet`. */
void vc_cli_summary(const vc_scan_stats *s, const char *rejects_path, int verbose, int quiet);
/* EXIT_FAIL, after saying why, when no row was analyzed (unless
 * `allow_empty`: a partial, judged when merged; `not_written`, e.g. "no
 * theme table was written", is added to the message when not NULL), or
 * with `strict` when rows were rejected, scores invalid or text repaired;
 * EXIT_OK otherwise. */
int vc_cli_verdict(const vc_scan_stats *s, int strict, int allow_empty, const char *not_written);

#endif
