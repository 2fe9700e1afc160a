/*
 * json_internal.h - JSON pieces shared by the writers of the report layer
 * (json.c), beyond the public vc_json_cstr.
 */
#ifndef VOCAL_REPORT_JSON_INTERNAL_H
#define VOCAL_REPORT_JSON_INTERNAL_H

#include "vocal/example.h"
#include "vocal/pipeline.h"

/* The elements of an example list and its closing ']' (the caller writes
 * the key and the '['): {"file", "line", "text", "entries"} objects, the
 * file named from the scan's stats. The sticky error says if it failed. */
void vc_example_list_json(vc_buf *out, const vc_example_list *l, const vc_scan_stats *stats);

#endif
