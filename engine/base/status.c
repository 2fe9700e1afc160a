/*
 * status.c - text for status codes and the located-error helper.
 *
 * Every layer reports failure the same way: a negative vc_status plus, when
 * the caller passes a vc_error, a message that names the place (file:line,
 * byte offset, column). Messages are formatted into the caller's struct, so
 * error paths never allocate.
 */
#include <stdarg.h>
#include <stdio.h>

#include "vocal/status.h"

const char *vc_strerror(vc_status status)
{
    switch (status) {
    case VC_OK: return "success";
    case VC_ERR_NOMEM: return "out of memory";
    case VC_ERR_IO: return "input/output error";
    case VC_ERR_USAGE: return "usage error";
    case VC_ERR_DATA: return "malformed input data";
    case VC_ERR_LEXICON: return "lexicon error";
    case VC_ERR_GZIP: return "corrupt or truncated compressed stream";
    case VC_ERR_LIMIT: return "limit exceeded";
    case VC_ERR_INTERNAL: return "internal error";
    case VC_ERR_INTERRUPTED: return "interrupted";
    }
    return "unknown status";
}

void vc_error_clear(vc_error *err)
{
    if (!err)
        return;
    err->status = VC_OK;
    err->msg[0] = 0;
}

vc_status vc_error_set(vc_error *err, vc_status status, const char *fmt, ...)
{
    if (!err)
        return status;
    err->status = status;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    if (n < 0)
        snprintf(err->msg, sizeof err->msg, "%s", vc_strerror(status));
    return status;
}
