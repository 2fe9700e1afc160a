/*
 * fuzz_stream.c - the gzip reader on arbitrary bytes and on damaged gzip.
 *
 * Invariants: no crash; errors are sticky; with ISA-L built in, zlib and
 * ISA-L agree on the bytes delivered before an error and on whether there
 * is one; a valid gzip of a payload inflates back to it exactly, and any
 * truncation of it is an error, never a silent short read.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "vocal/buf.h"
#include "vocal/stream.h"

static int slurp(const uint8_t *d, size_t n, const char *backend, vc_buf *out)
{
    setenv("VOCAL_INFLATE", backend, 1);
    vc_stream *s;
    vc_error e;
    if (vc_stream_open_mem("fuzz", d, n, &s, &e))
        return -100;
    char buf[4096];
    ssize_t r;
    while ((r = vc_stream_read(s, buf, sizeof buf, &e)) > 0)
        vc_buf_append(out, buf, (size_t)r);
    if (r < 0 && vc_stream_read(s, buf, sizeof buf, NULL) != r)
        abort(); /* not sticky */
    vc_stream_free(s);
    return (int)r;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    vc_buf a = VC_BUF_INIT, b = VC_BUF_INIT;
    int ra = slurp(data, size, "zlib", &a);
    int rb = slurp(data, size, "default", &b);
    if ((ra < 0) != (rb < 0))
        abort();
    if (ra == 0 && (a.len != b.len || (a.len && memcmp(a.data, b.data, a.len))))
        abort();
    /* gzip the input ourselves, then cut it */
    uLongf cap = compressBound((uLong)size) + 64;
    unsigned char *gz = malloc(cap);
    z_stream z;
    memset(&z, 0, sizeof z);
    deflateInit2(&z, 6, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY);
    z.next_in = (Bytef *)data;
    z.avail_in = (uInt)size;
    z.next_out = gz;
    z.avail_out = (uInt)cap;
    deflate(&z, Z_FINISH);
    size_t glen = cap - z.avail_out;
    deflateEnd(&z);
    vc_buf c = VC_BUF_INIT;
    if (slurp(gz, glen, "default", &c) != 0 || c.len != size || (size && memcmp(c.data, data, size)))
        abort();
    size_t cut = size ? data[0] % glen : glen / 2;
    vc_buf t = VC_BUF_INIT;
    if (cut >= 2 && cut < glen && slurp(gz, cut, "default", &t) >= 0)
        abort(); /* a truncated member read as a clean end */
    free(gz);
    vc_buf_free(&a);
    vc_buf_free(&b);
    vc_buf_free(&c);
    vc_buf_free(&t);
    return 0;
}
