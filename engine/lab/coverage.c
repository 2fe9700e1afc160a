/*
 * coverage.c - the corpus coverage of a lexicon (coverage.h).
 *
 * The record hook asks for the analysis' hits, counts each entry once per
 * comment (a per-entry stamp of the last record it was counted in), each
 * theme found and whether any was found, all in the worker's own arrays, so
 * no locks. After the scan the workers' counters are summed into the
 * result's; they are integers, so the sums do not depend on threads.
 */
#include <stdlib.h>
#include <string.h>

#include "vocal/buf.h"
#include "vocal/coverage.h"

typedef struct coverage_ctx {
    unsigned nw;
    uint64_t **entry_hits; /* per worker, per entry: comments it matched */
    uint64_t **theme_hits; /* per worker, per theme */
    uint64_t *any;         /* per worker: comments with any theme */
    uint32_t **seen;       /* per worker, per entry: last record stamp */
    uint64_t *stamp;
} coverage_ctx;

static vc_status coverage_hook(void *ctx, unsigned w, const vc_record_view *r)
{
    coverage_ctx *cc = ctx;
    const vc_analysis *a = r->analysis;
    cc->stamp[w]++;
    for (size_t h = 0; h < a->nhits; h++) {
        uint32_t id = a->hits[h].entry;
        if (cc->seen[w][id] != (uint32_t)cc->stamp[w]) {
            cc->seen[w][id] = (uint32_t)cc->stamp[w];
            cc->entry_hits[w][id]++;
        }
    }
    for (size_t t = 0; t < a->nthemes; t++)
        cc->theme_hits[w][a->themes[t].theme]++;
    cc->any[w] += a->nthemes > 0;
    return VC_OK;
}

static void ctx_free(coverage_ctx *cc)
{
    for (unsigned w = 0; w < cc->nw; w++) {
        if (cc->entry_hits)
            free(cc->entry_hits[w]);
        if (cc->theme_hits)
            free(cc->theme_hits[w]);
        if (cc->seen)
            free(cc->seen[w]);
    }
    free(cc->entry_hits);
    free(cc->theme_hits);
    free(cc->any);
    free(cc->seen);
    free(cc->stamp);
}

vc_status vc_coverage_run(const vc_scan_options *o, vc_coverage_result **out, vc_error *err)
{
    *out = NULL;
    unsigned nw = vc_scan_thread_count(o->threads);
    size_t ne = vc_lexicon_entry_count(o->lex), nt = vc_lexicon_theme_count(o->lex);
    coverage_ctx cc = {nw, vc_xcalloc(nw, sizeof(uint64_t *)), vc_xcalloc(nw, sizeof(uint64_t *)),
                       vc_xcalloc(nw, sizeof(uint64_t)), vc_xcalloc(nw, sizeof(uint32_t *)),
                       vc_xcalloc(nw, sizeof(uint64_t))};
    vc_coverage_result *r = vc_xcalloc(1, sizeof *r);
    int ok = r && cc.entry_hits && cc.theme_hits && cc.any && cc.seen && cc.stamp;
    if (ok) {
        r->lex = o->lex;
        r->nentries = ne;
        r->nthemes = nt;
        r->entry_comments = vc_xcalloc(ne + 1, sizeof(uint64_t));
        r->theme_comments = vc_xcalloc(nt + 1, sizeof(uint64_t));
        ok = r->entry_comments && r->theme_comments;
    }
    for (unsigned w = 0; w < nw && ok; w++) {
        cc.entry_hits[w] = vc_xcalloc(ne + 1, sizeof(uint64_t));
        cc.theme_hits[w] = vc_xcalloc(nt + 1, sizeof(uint64_t));
        cc.seen[w] = vc_xcalloc(ne + 1, sizeof(uint32_t));
        ok = cc.entry_hits[w] && cc.theme_hits[w] && cc.seen[w];
    }
    vc_status st = ok ? VC_OK : vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    if (!st) {
        vc_scan_options so = *o;
        so.hook = coverage_hook;
        so.hook_ctx = &cc;
        so.hook_flags = VC_ANALYZE_DETAIL;
        st = vc_scan_run(&so, &r->scan, err);
    }
    if (!st) {
        r->comments = vc_scan_stats_get(r->scan)->rows_analyzed;
        for (unsigned w = 0; w < nw; w++) {
            for (size_t id = 0; id < ne; id++)
                r->entry_comments[id] += cc.entry_hits[w][id];
            for (size_t t = 0; t < nt; t++)
                r->theme_comments[t] += cc.theme_hits[w][t];
            r->any += cc.any[w];
        }
        *out = r;
    } else {
        vc_coverage_result_free(r);
    }
    ctx_free(&cc);
    return st;
}

size_t vc_coverage_unused(const vc_coverage_result *r)
{
    size_t n = 0;
    for (size_t id = 0; id < r->nentries && r->comments; id++)
        n += r->entry_comments[id] == 0;
    return n;
}

void vc_coverage_result_free(vc_coverage_result *r)
{
    if (!r)
        return;
    free(r->entry_comments);
    free(r->theme_comments);
    vc_scan_free(r->scan);
    free(r);
}
