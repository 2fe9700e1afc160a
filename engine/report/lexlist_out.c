/*
 * lexlist_out.c - the report of `vocal lexicon list` (lab_report.h) from a
 * vc_lexlist: one row per built-in lexicon with its name, leaf themes,
 * entries and title. Text for reading (with the two ways to use one), CSV
 * through the row sinks (sink.h), JSON by hand as an object with a
 * "lexicons" array. Appends without a check per write and returns the
 * buffer's sticky status.
 */
#include <stdio.h>

#include "json_internal.h"
#include "sink.h"
#include "vocal/lab_report.h"

vc_status vc_lexlist_write(const vc_lexlist *l, vc_lab_format fmt, vc_buf *out)
{
    if (fmt == VC_LAB_CSV || fmt == VC_LAB_NDJSON) {
        static const char *const COLS[] = {"name", "file", "themes", "entries", "title"};
        static const int NUMERIC[] = {0, 0, 1, 1, 0};
        sink s;
        vc_sink_init(&s, fmt == VC_LAB_NDJSON ? VC_TABLE_NDJSON : VC_TABLE_CSV, out);
        s.begin(&s, COLS, 5);
        for (size_t i = 0; i < l->n; i++) {
            char th[24], en[24];
            snprintf(th, sizeof th, "%zu", l->rows[i].leaf_themes);
            snprintf(en, sizeof en, "%zu", l->rows[i].entries);
            const char *cells[] = {l->rows[i].name, l->rows[i].file, th, en, l->rows[i].title};
            s.row(&s, cells, NUMERIC, 5);
        }
        s.end(&s);
    } else if (fmt == VC_LAB_JSON) {
        vc_buf_append_str(out, "{\n  \"lexicons\": [");
        for (size_t i = 0; i < l->n; i++) {
            const vc_lexlist_row *r = &l->rows[i];
            vc_buf_append_str(out, i ? ",\n    {\"name\": " : "\n    {\"name\": ");
            vc_json_cstr(out, r->name);
            vc_buf_append_str(out, ", \"file\": ");
            vc_json_cstr(out, r->file);
            vc_buf_printf(out, ", \"themes\": %zu, \"entries\": %zu, \"title\": ", r->leaf_themes, r->entries);
            vc_json_cstr(out, r->title);
            vc_buf_append_char(out, '}');
        }
        vc_buf_append_str(out, "\n  ]\n}\n");
    } else {
        vc_buf_printf(out, "%-12s %6s %8s  %s\n", "name", "themes", "entries", "title");
        for (size_t i = 0; i < l->n; i++)
            vc_buf_printf(out, "%-12s %6zu %8zu  %s\n", l->rows[i].name, l->rows[i].leaf_themes,
                          l->rows[i].entries, l->rows[i].title);
        vc_buf_append_str(out, "\nthemes: leaf themes, includes read. Use one with --themes builtin:NAME, or in a\n"
                               "lexicon file with @include builtin:NAME.\n");
    }
    return vc_buf_status(out);
}
