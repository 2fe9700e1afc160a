/*
 * gzip_fixture.h - building gzip files for the stream tests: one member
 * with zlib (any level, optionally with every optional header field), a
 * temporary file holding bytes, and the choice of inflater.
 *
 * Ownership: write_tmp returns a malloc'd path the caller unlinks and frees.
 */
#ifndef VOCAL_TEST_GZIP_FIXTURE_H
#define VOCAL_TEST_GZIP_FIXTURE_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "vocal/buf.h"

/* Append one gzip member of data[0..n) at `level`, optionally with every
 * optional header field (their bytes look like a member start on purpose). */
static inline void gz_member(vc_buf *out, const void *data, size_t n, int level, int full_header)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    cr_assert_eq(deflateInit2(&z, level, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY), Z_OK);
    gz_header h;
    memset(&h, 0, sizeof h);
    static unsigned char extra[] = "\x1f\x8b\x08 extra field";
    if (full_header) {
        h.extra = extra;
        h.extra_len = sizeof extra - 1;
        h.name = (Bytef *)"\x1f\x8b\x08-name.csv";
        h.comment = (Bytef *)"a comment";
        h.hcrc = 1;
        cr_assert_eq(deflateSetHeader(&z, &h), Z_OK);
    }
    size_t cap = deflateBound(&z, (uLong)n) + 256;
    cr_assert_eq(vc_buf_reserve(out, cap), VC_OK);
    z.next_in = (Bytef *)data;
    z.avail_in = (uInt)n;
    z.next_out = (Bytef *)out->data + out->len;
    z.avail_out = (uInt)cap;
    cr_assert_eq(deflate(&z, Z_FINISH), Z_STREAM_END);
    out->len += cap - z.avail_out;
    deflateEnd(&z);
}

/* A temporary file holding b's bytes. */
static inline char *write_tmp(const vc_buf *b)
{
    char *path = strdup("/tmp/vocal_gzip_XXXXXX");
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    cr_assert(b->len == 0 || write(fd, b->data, b->len) == (ssize_t)b->len);
    cr_assert_eq(close(fd), 0);
    return path;
}

/* zlib, or the default inflater (ISA-L when built with it). */
static inline void backend(int zlib)
{
    if (zlib)
        setenv("VOCAL_INFLATE", "zlib", 1);
    else
        unsetenv("VOCAL_INFLATE");
}

#endif
