/*
 * coverage.h - how much of a corpus a lexicon covers: per entry the comments
 * it matched (so the entries that never match), per theme the comments
 * found, and the comments with any theme. `vocal lexicon lint --corpus`.
 *
 * One pass through the pipeline (any input format, threads) with a record
 * hook; per-worker counters are merged at the end, so the result does not
 * depend on threads.
 *
 * Ownership: options are borrowed during vc_coverage_run(); the result owns
 * its counters and scan, and borrows the lexicon, which must outlive it.
 */
#ifndef VOCAL_COVERAGE_H
#define VOCAL_COVERAGE_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/lexicon.h"
#include "vocal/pipeline.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_coverage_result {
    const vc_lexicon *lex;
    uint64_t comments;         /* comments analyzed */
    size_t nentries;
    uint64_t *entry_comments;  /* per entry id: comments it matched */
    size_t nthemes;
    uint64_t *theme_comments;  /* per theme: comments found */
    uint64_t any;              /* comments with any theme */
    vc_scan *scan;             /* accounting */
} vc_coverage_result;

/* o->lex is the lexicon to measure; the hook fields are vc_coverage_run's
 * own. Returns VC_OK and sets *out, otherwise what vc_scan_run returns (err
 * says where) or VC_ERR_NOMEM. */
vc_status vc_coverage_run(const vc_scan_options *o, vc_coverage_result **out, vc_error *err);
/* Entries that never match: 0 when the corpus has no comments (nothing to
 * say), otherwise those with no comment. */
size_t vc_coverage_unused(const vc_coverage_result *r);
/* Frees the result; accepts NULL. */
void vc_coverage_result_free(vc_coverage_result *r);

VC_API_END

#endif
