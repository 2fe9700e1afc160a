/*
 * coverage_out.c - the corpus part of `vocal lexicon lint --corpus`
 * (lab_report.h) from a vc_coverage_result: a warning in the lint's
 * FILE:LINE:COLUMN form for every entry that never matches, then the share
 * of comments each theme covers and the share with any theme. Text only; the
 * writer only reads the result and its lexicon, appends without a check per
 * write and returns the buffer's sticky status.
 */
#include "vocal/lab_report.h"

vc_status vc_coverage_write(const vc_coverage_result *r, vc_buf *out)
{
    uint64_t rows = r->comments;
    if (rows == 0)
        vc_buf_append_str(out, "the corpus has no comments: nothing to say about unused entries\n");
    for (uint32_t id = 0; id < r->nentries && rows; id++) {
        if (r->entry_comments[id])
            continue;
        vc_entry_info e;
        vc_lexicon_entry(r->lex, id, &e);
        vc_buf_printf(out, "%s:%u:%u: warning: '%s' never matches in the corpus (%llu comments) [unused]\n", e.file,
                      e.line, e.column, e.text, (unsigned long long)rows);
    }
    vc_buf_printf(out, "coverage of %llu comments:\n", (unsigned long long)rows);
    vc_buf_printf(out, "  %-40s %10s %8s\n", "theme", "comments", "share");
    for (uint32_t t = 0; t < r->nthemes; t++)
        vc_buf_printf(out, "  %-40s %10llu %7.1f%%\n", vc_lexicon_theme_name(r->lex, t),
                      (unsigned long long)r->theme_comments[t],
                      rows ? 100.0 * (double)r->theme_comments[t] / (double)rows : 0.0);
    vc_buf_printf(out, "  %-40s %10llu %7.1f%%\n", "(any theme)", (unsigned long long)r->any,
                  rows ? 100.0 * (double)r->any / (double)rows : 0.0);
    return vc_buf_status(out);
}
