/*
 * scan_result.c - a scan's theme table and accounting from the scan and
 * its options, through the writers of run_out.c.
 *
 * The result view the writers read is built here the way the scan command
 * builds it (the theme names, parents and labels from the lexicon, the
 * dimension names from the scan, the period as the last dimension), so a
 * caller that embeds the library gets the command's bytes without knowing
 * the view. The arrays live for the call only.
 */
#include <stdlib.h>

#include "vocal/run_out.h"
#include "vocal/scan_result.h"

typedef struct view_store {
    const char **tnames, **dnames, **labels;
    uint32_t *parents;
    vc_partial_meta meta;
    vc_result_view view;
} view_store;

static void store_free(view_store *v)
{
    free(v->tnames);
    free(v->dnames);
    free(v->labels);
    free(v->parents);
}

static vc_status make_view(view_store *v, const vc_scan *scan, const vc_scan_options *o)
{
    size_t nth = vc_lexicon_theme_count(o->lex), ndims = vc_scan_dimension_count(scan);
    v->tnames = calloc(nth + 1, sizeof *v->tnames);
    v->labels = calloc(nth + 1, sizeof *v->labels);
    v->parents = calloc(nth + 1, sizeof *v->parents);
    v->dnames = calloc(ndims + 1, sizeof *v->dnames);
    if (!v->tnames || !v->labels || !v->parents || !v->dnames)
        return VC_ERR_NOMEM;
    for (size_t i = 0; i < nth; i++) {
        v->tnames[i] = vc_lexicon_theme_name(o->lex, (uint32_t)i);
        v->parents[i] = vc_lexicon_theme_parent(o->lex, (uint32_t)i);
        v->labels[i] = vc_lexicon_theme_label(o->lex, (uint32_t)i);
    }
    for (size_t i = 0; i < ndims; i++)
        v->dnames[i] = vc_scan_dimension_name(scan, i);
    v->meta = (vc_partial_meta){o->scale, o->sentiment != NULL, ndims, v->dnames,
                                o->period_col ? (int)ndims - 1 : -1, nth, v->tnames, v->parents, "default.lex",
                                vc_lexicon_entry_count(o->lex), vc_lexicon_fingerprint(o->lex), v->labels};
    v->view = (vc_result_view){&v->meta, vc_scan_agg(scan), vc_scan_quotes(scan), vc_scan_stats_get(scan)};
    return VC_OK;
}

vc_status vc_scan_result_table(vc_buf *b, const vc_scan *scan, const vc_scan_options *o, vc_table_format fmt)
{
    view_store v = {0};
    vc_status st = make_view(&v, scan, o);
    if (!st)
        st = vc_result_table(b, &v.view, fmt);
    store_free(&v);
    return st;
}

vc_status vc_scan_result_stats(vc_buf *b, const vc_scan *scan, const vc_scan_options *o)
{
    view_store v = {0};
    vc_status st = make_view(&v, scan, o);
    if (!st)
        st = vc_result_stats_json(b, &v.view);
    store_free(&v);
    return st;
}

int vc_scan_result_scale_check(vc_buf *b, const vc_scan *scan, const vc_scan_options *o)
{
    view_store v = {0};
    int rc = make_view(&v, scan, o) ? 0 : vc_result_scale_check(b, &v.view);
    store_free(&v);
    return rc;
}

vc_status vc_scan_result_warnings(vc_buf *b, const vc_scan *scan, const vc_scan_options *o)
{
    view_store v = {0};
    vc_status st = make_view(&v, scan, o);
    if (!st)
        st = vc_result_language_warnings(b, &v.view);
    if (!st)
        st = vc_result_score_warnings(b, &v.view);
    if (!st)
        st = vc_result_overflow_warnings(b, &v.view);
    store_free(&v);
    return st;
}
