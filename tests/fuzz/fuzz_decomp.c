/*
 * fuzz_decomp.c - the zstd, bzip2, xz and lzma readers of vc_stream on
 * arbitrary bytes and on damaged streams.
 *
 * The input is read as it is, and again behind each format's magic (so
 * that the decoders, not only the detection, see arbitrary bytes), with
 * reads of a size taken from the input. Invariants: no crash, no leak;
 * errors are sticky; a stream of the input compressed here decodes back to
 * it exactly, also one byte at a time; and every cut of that stream after
 * its magic is an error, never a silent short read.
 */
#include <bzlib.h>
#include <lzma.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zstd.h>

#include "vocal/buf.h"
#include "vocal/stream.h"

static int slurp(const uint8_t *d, size_t n, size_t step, vc_buf *out)
{
    vc_stream *s;
    vc_error e;
    if (vc_stream_open_mem("fuzz", d, n, &s, &e))
        return -100;
    char buf[4096];
    ssize_t r;
    while ((r = vc_stream_read(s, buf, step, &e)) > 0)
        vc_buf_append(out, buf, (size_t)r);
    if (r < 0 && vc_stream_read(s, buf, sizeof buf, NULL) != r)
        abort(); /* not sticky */
    vc_stream_free(s);
    return (int)r;
}

/* compress with format f (0 zstd, 1 bzip2, 2 xz, 3 lzma); returns the size */
static size_t compress(int f, const uint8_t *d, size_t n, uint8_t *out, size_t cap)
{
    if (f == 0) {
        size_t r = ZSTD_compress(out, cap, d, n, 1);
        return ZSTD_isError(r) ? 0 : r;
    }
    if (f == 1) {
        unsigned m = (unsigned)cap;
        return BZ2_bzBuffToBuffCompress((char *)out, &m, (char *)(uintptr_t)d, (unsigned)n, 1, 0, 0) == BZ_OK ? m : 0;
    }
    lzma_stream z = LZMA_STREAM_INIT;
    lzma_options_lzma opt;
    lzma_lzma_preset(&opt, 0);
    if ((f == 2 ? lzma_easy_encoder(&z, 0, LZMA_CHECK_CRC32) : lzma_alone_encoder(&z, &opt)) != LZMA_OK)
        return 0;
    z.next_in = d;
    z.avail_in = n;
    z.next_out = out;
    z.avail_out = cap;
    size_t made = lzma_code(&z, LZMA_FINISH) == LZMA_STREAM_END ? cap - z.avail_out : 0;
    lzma_end(&z);
    return made;
}

static const uint8_t *const MAGICS[] = {(const uint8_t *)"\x28\xB5\x2F\xFD", (const uint8_t *)"BZh91AY&SY",
                                        (const uint8_t *)"\xFD" "7zXZ\0",
                                        (const uint8_t *)"\x5D\0\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"};
static const size_t MAGIC_LEN[] = {4, 10, 6, 13};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t step = size ? 1 + data[0] % 700 : 1;
    vc_buf a = VC_BUF_INIT;
    slurp(data, size, step, &a);
    vc_buf_free(&a);
    if (size > 1 << 16)
        return 0;
    uint8_t *buf = malloc(size + 64);
    size_t cap = size + size / 2 + 1024;
    uint8_t *z = malloc(cap);
    for (int f = 0; f < 4; f++) {
        /* arbitrary bytes behind the magic */
        memcpy(buf, MAGICS[f], MAGIC_LEN[f]);
        memcpy(buf + MAGIC_LEN[f], data, size);
        vc_buf b = VC_BUF_INIT;
        slurp(buf, size + MAGIC_LEN[f], step, &b);
        vc_buf_free(&b);
        /* a real stream round-trips; its cuts fail */
        size_t zn = compress(f, data, size, z, cap);
        if (zn == 0)
            abort();
        vc_buf c = VC_BUF_INIT;
        if (slurp(z, zn, step, &c) != 0 || c.len != size || (size && memcmp(c.data, data, size)))
            abort();
        vc_buf_free(&c);
        if (size < 256) {
            vc_buf one = VC_BUF_INIT;
            if (slurp(z, zn, 1, &one) != 0 || one.len != size || (size && memcmp(one.data, data, size)))
                abort();
            vc_buf_free(&one);
        }
        size_t cut = MAGIC_LEN[f] + (size ? data[size - 1] : 0) % (zn - MAGIC_LEN[f]);
        vc_buf t = VC_BUF_INIT;
        if (cut < zn && slurp(z, cut, step, &t) != VC_ERR_GZIP)
            abort(); /* a cut stream read as a clean end */
        vc_buf_free(&t);
    }
    free(buf);
    free(z);
    return 0;
}
