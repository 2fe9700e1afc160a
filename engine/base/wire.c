/*
 * wire.c - varints, zigzag, IEEE bits and length-prefixed strings.
 *
 * Kept deliberately small: saved state is read back by the same code that
 * wrote it, so the format needs no schema machinery, only a reader that
 * cannot run past its input (see wire.h).
 */
#include <string.h>

#include "vocal/wire.h"

vc_status vc_wire_put_u64(vc_buf *b, uint64_t v)
{
    unsigned char tmp[10];
    size_t n = 0;
    do {
        unsigned char c = (unsigned char)(v & 0x7f);
        v >>= 7;
        tmp[n++] = (unsigned char)(c | (v ? 0x80 : 0));
    } while (v);
    return vc_buf_append(b, tmp, n);
}

vc_status vc_wire_put_i64(vc_buf *b, int64_t v)
{
    uint64_t u = (uint64_t)v;
    return vc_wire_put_u64(b, (u << 1) ^ (v < 0 ? UINT64_MAX : 0));
}

vc_status vc_wire_put_f64(vc_buf *b, double v)
{
    uint64_t u;
    memcpy(&u, &v, sizeof u);
    unsigned char tmp[8];
    for (int i = 0; i < 8; i++)
        tmp[i] = (unsigned char)(u >> (8 * i));
    return vc_buf_append(b, tmp, 8);
}

/* length + 1, so that 0 can stand for NULL */
vc_status vc_wire_put_str(vc_buf *b, const char *s, size_t n)
{
    if (!s)
        return vc_wire_put_u64(b, 0);
    vc_status st = vc_wire_put_u64(b, (uint64_t)n + 1);
    return st ? st : vc_buf_append(b, s, n);
}

vc_status vc_wire_put_cstr(vc_buf *b, const char *s) { return vc_wire_put_str(b, s, s ? strlen(s) : 0); }

void vc_wire_reader_init(vc_wire_reader *r, const void *data, size_t len)
{
    r->p = data;
    r->end = r->p + len;
    r->bad = 0;
}

uint64_t vc_wire_get_u64(vc_wire_reader *r)
{
    uint64_t v = 0;
    for (unsigned shift = 0; !r->bad; shift += 7) {
        if (r->p == r->end || shift > 63) {
            r->bad = 1;
            break;
        }
        unsigned char c = *r->p++;
        if (shift == 63 && c > 1) { /* the tenth byte holds one bit */
            r->bad = 1;
            break;
        }
        v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80))
            return v;
    }
    return 0;
}

int64_t vc_wire_get_i64(vc_wire_reader *r)
{
    uint64_t u = vc_wire_get_u64(r);
    return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

double vc_wire_get_f64(vc_wire_reader *r)
{
    const unsigned char *p = vc_wire_get_raw(r, 8);
    uint64_t u = 0;
    for (int i = 0; p && i < 8; i++)
        u |= (uint64_t)p[i] << (8 * i);
    double v;
    memcpy(&v, &u, sizeof v);
    return v;
}

const void *vc_wire_get_raw(vc_wire_reader *r, size_t n)
{
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = 1;
        return NULL;
    }
    const void *p = r->p;
    r->p += n;
    return p;
}

const char *vc_wire_get_str(vc_wire_reader *r, size_t *n)
{
    uint64_t len = vc_wire_get_u64(r);
    *n = 0;
    if (r->bad || len == 0)
        return NULL;
    if (len - 1 > (uint64_t)(r->end - r->p)) {
        r->bad = 1;
        return NULL;
    }
    *n = (size_t)(len - 1);
    return vc_wire_get_raw(r, *n);
}

char *vc_wire_get_strdup(vc_wire_reader *r)
{
    size_t n;
    const char *s = vc_wire_get_str(r, &n);
    if (!s)
        return NULL;
    char *copy = vc_strndup(s, n);
    if (!copy)
        r->bad = 1;
    return copy;
}
