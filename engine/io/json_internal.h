/*
 * json_internal.h - what the sniffer (csv.c) asks the JSON splitter
 * (splitter.c) and the JSON reader (jsonl.c) about JSON input.
 */
#ifndef VOCAL_JSON_INTERNAL_H
#define VOCAL_JSON_INTERNAL_H

#include <stddef.h>

/* data starts (after blanks) with '{': 1 when it is one object holding its
 * records in an array member (a JSON export, VC_FORMAT_JSON), 0 when it
 * reads as JSON Lines. The rule (docs/exports-json.md): the object has a
 * member whose value is an array whose first element is an object, and the
 * object spans more than one line, or nothing but blanks follows it, or it
 * does not end within data. */
int vc_json_sniff_wrapped(const char *data, size_t len);

#endif
