/*
 * json.c - the small pieces of hand-written JSON that the writers share.
 *
 * vocal writes its JSON documents directly into a vc_buf (the shapes are
 * fixed and the output must stay byte-stable), so what the writers share
 * is the value encoding: a C string as a JSON string, or null when absent.
 * Like every buffer write, a failure is kept in the buffer (sticky error).
 */
#include <string.h>

#include "vocal/report.h"

vc_status vc_json_cstr(vc_buf *b, const char *s)
{
    return s ? vc_buf_json_string(b, s, strlen(s)) : vc_buf_append_str(b, "null");
}
