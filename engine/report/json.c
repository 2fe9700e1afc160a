/*
 * json.c - the small pieces of hand-written JSON that the writers share.
 *
 * vocal writes its JSON documents directly into a vc_buf (the shapes are
 * fixed and the output must stay byte-stable), so what the writers share
 * is the value encoding: a C string as a JSON string, or null when absent,
 * and the example comments that eval and lexicon diff attach to a theme.
 * Like every buffer write, a failure is kept in the buffer (sticky error).
 */
#include <string.h>

#include "json_internal.h"
#include "vocal/report.h"

vc_status vc_json_cstr(vc_buf *b, const char *s)
{
    return s ? vc_buf_json_string(b, s, strlen(s)) : vc_buf_append_str(b, "null");
}

void vc_example_list_json(vc_buf *out, const vc_example_list *l, const vc_scan_stats *stats)
{
    for (size_t k = 0; k < l->n; k++) {
        vc_buf_append_str(out, k ? ", {\"file\": " : "{\"file\": ");
        vc_json_cstr(out, stats->files[l->v[k].file].name);
        vc_buf_printf(out, ", \"line\": %llu, \"text\": ", (unsigned long long)l->v[k].line);
        vc_json_cstr(out, l->v[k].text);
        vc_buf_append_str(out, ", \"entries\": ");
        vc_json_cstr(out, l->v[k].entries);
        vc_buf_append_char(out, '}');
    }
    vc_buf_append_char(out, ']');
}
