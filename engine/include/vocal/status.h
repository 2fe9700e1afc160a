/*
 * status.h - status codes and located error messages shared by every layer.
 *
 * Functions that can fail return a vc_status (0 = success, negative = error)
 * and, when given a vc_error, fill it with a message that says *where*:
 * "file:line:column: ..." for lexicons, "file:line (byte N): ..." for input.
 * vc_error is a plain caller-owned struct; nothing in it is heap allocated.
 */
#ifndef VOCAL_STATUS_H
#define VOCAL_STATUS_H

#include <stddef.h>

#include "vocal/export.h"

VC_API_BEGIN

typedef enum vc_status {
    VC_OK = 0,
    VC_ERR_NOMEM = -1,    /* allocation failed */
    VC_ERR_IO = -2,       /* open/read/write failed (errno in message) */
    VC_ERR_USAGE = -3,    /* bad option, unknown column, bad argument */
    VC_ERR_DATA = -4,     /* malformed input record (row-level, recoverable) */
    VC_ERR_LEXICON = -5,  /* lexicon syntax or compile error */
    VC_ERR_GZIP = -6,     /* corrupt, truncated or mismatched compressed stream */
    VC_ERR_LIMIT = -7,    /* a documented size/match limit was exceeded */
    VC_ERR_INTERNAL = -8, /* a bug: an invariant did not hold */
    VC_ERR_INTERRUPTED = -9 /* SIGINT/SIGTERM/SIGHUP asked us to stop */
} vc_status;

/* Static text for a status; never NULL. */
const char *vc_strerror(vc_status status);

#define VC_ERROR_MSG_MAX 1024

typedef struct vc_error {
    vc_status status;
    char msg[VC_ERROR_MSG_MAX]; /* "" when status == VC_OK */
} vc_error;

/* Clear an error to VC_OK / "". Accepts NULL. */
void vc_error_clear(vc_error *err);

/* Set status and a printf-formatted message; returns status so callers can
 * write `return vc_error_set(err, VC_ERR_IO, "%s: %s", path, strerror(errno));`.
 * Accepts err == NULL (then only the status is returned). */
vc_status vc_error_set(vc_error *err, vc_status status, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

VC_API_END

#endif
