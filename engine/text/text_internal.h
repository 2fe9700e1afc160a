/*
 * text_internal.h - pieces of the text layer that tests reach directly.
 */
#ifndef VOCAL_TEXT_INTERNAL_H
#define VOCAL_TEXT_INTERNAL_H

#include <stddef.h>

#include "vocal/buf.h"
#include "vocal/text.h"

size_t vc_utf8_valid_len(const unsigned char *s, size_t len, size_t *bad);

/* The full (non-ASCII) normalization path, whatever the input; the public
 * vc_normalize() must give identical output for ASCII input. */
vc_status vc_normalize_full(vc_normalizer *n, const char *in, size_t len, vc_buf *out, size_t *repaired);

/* A span [a, b) of s, trimmed of ASCII whitespace, appended to out (up to
 * max; *count counts every non-empty span): the one output step of the
 * sentence and clause splitters (sentences.c). */
void vc_text_emit_span(const char *s, size_t a, size_t b, vc_span_range *out, size_t max, size_t *count);

#endif
