/*
 * wire.h - the byte encoding of saved state (partial results).
 *
 * Unsigned integers are LEB128 varints (7 bits a byte, low first), so the
 * many small and zero counters of a theme table take one byte each; signed
 * integers are zigzag-mapped first; doubles are their IEEE-754 bits as a
 * fixed 8-byte little-endian word, so a value read back is bit-identical to
 * the one written (NaN included); strings are a varint length and the bytes.
 *
 * A reader never reads past its end: a short or malformed input sets the
 * reader's `bad` flag and every later get returns 0 or "", so decoders check
 * once at the end (or at each section) instead of after every field.
 *
 * Ownership: writers append to a caller's vc_buf; a reader borrows its
 * bytes, and strings it returns point into them.
 */
#ifndef VOCAL_WIRE_H
#define VOCAL_WIRE_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/buf.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

vc_status vc_wire_put_u64(vc_buf *b, uint64_t v);
vc_status vc_wire_put_i64(vc_buf *b, int64_t v);
vc_status vc_wire_put_f64(vc_buf *b, double v);
/* NULL is written as the length 0 with a flag, so it reads back as NULL. */
vc_status vc_wire_put_str(vc_buf *b, const char *s, size_t n);
vc_status vc_wire_put_cstr(vc_buf *b, const char *s); /* s may be NULL */

typedef struct vc_wire_reader {
    const unsigned char *p, *end;
    int bad; /* set on the first short or malformed field */
} vc_wire_reader;

void vc_wire_reader_init(vc_wire_reader *r, const void *data, size_t len);
uint64_t vc_wire_get_u64(vc_wire_reader *r);
int64_t vc_wire_get_i64(vc_wire_reader *r);
double vc_wire_get_f64(vc_wire_reader *r);
/* A string (not NUL-terminated: *n is its length; NULL when written as NULL). */
const char *vc_wire_get_str(vc_wire_reader *r, size_t *n);
/* A copy as a NUL-terminated string (NULL when written as NULL or on a bad
 * read; check r->bad), owned by the caller. */
char *vc_wire_get_strdup(vc_wire_reader *r);
/* The bytes read so far are followed by `n` raw bytes; returns them and
 * advances (NULL and bad when fewer remain). */
const void *vc_wire_get_raw(vc_wire_reader *r, size_t n);

VC_API_END

#endif
