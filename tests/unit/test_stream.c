/* test_stream.c - gzip detection, members, truncation, CRC and length
 * errors, trailing data; every case under both inflaters. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "vocal/buf.h"
#include "vocal/stream.h"

static void gz(vc_buf *out, const char *text, size_t n)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    cr_assert_eq(deflateInit2(&z, 6, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY), Z_OK);
    size_t cap = deflateBound(&z, (uLong)n) + 32;
    vc_buf_reserve(out, cap);
    z.next_in = (Bytef *)text;
    z.avail_in = (uInt)n;
    z.next_out = (Bytef *)out->data + out->len;
    z.avail_out = (uInt)cap;
    cr_assert_eq(deflate(&z, Z_FINISH), Z_STREAM_END);
    out->len += cap - z.avail_out;
    deflateEnd(&z);
}

/* Read everything; returns status (0 ok) and the bytes in got. */
static int slurp(const vc_buf *in, vc_buf *got, char *msg, size_t cap, const char **warn, int zlib)
{
    if (zlib)
        setenv("VOCAL_INFLATE", "zlib", 1);
    else
        unsetenv("VOCAL_INFLATE");
    vc_stream *s = NULL;
    vc_error e;
    vc_error_clear(&e);
    int st = vc_stream_open_mem("mem.gz", in->data, in->len, &s, &e);
    char buf[777];
    ssize_t n = 0;
    while (!st && (n = vc_stream_read(s, buf, sizeof buf, &e)) > 0)
        vc_buf_append(got, buf, (size_t)n);
    if (!st && n < 0) {
        st = (int)n;
        cr_assert_eq(vc_stream_read(s, buf, sizeof buf, NULL), n, "errors are sticky");
    }
    snprintf(msg, cap, "%.200s", e.msg);
    if (warn) {
        const char *w = s ? vc_stream_warning(s) : NULL;
        *warn = w ? strdup(w) : NULL;
    }
    vc_stream_free(s);
    return st;
}

static char *big_text(size_t *n)
{
    *n = 300000;
    char *t = malloc(*n);
    unsigned r = 1;
    for (size_t i = 0; i < *n; i++) {
        r = r * 1103515245 + 12345;
        t[i] = "abcdefgh ,\n"[(r >> 16) % 11];
    }
    return t;
}

static void both(void (*fn)(int zlib))
{
    fn(1);
    fn(0);
}

static void members(int zlib)
{
    size_t n;
    char *t = big_text(&n);
    vc_buf in = VC_BUF_INIT, got = VC_BUF_INIT;
    gz(&in, t, n / 2);
    gz(&in, "", 0); /* an empty member in the middle */
    gz(&in, t + n / 2, n - n / 2);
    char msg[256];
    cr_assert_eq(slurp(&in, &got, msg, sizeof msg, NULL, zlib), 0, "%s", msg);
    cr_assert_eq(got.len, n);
    cr_assert_eq(memcmp(got.data, t, n), 0);
    free(t);
    vc_buf_free(&in);
    vc_buf_free(&got);
}
Test(stream, multi_member) { both(members); }

static void truncated(int zlib)
{
    size_t n;
    char *t = big_text(&n);
    vc_buf in = VC_BUF_INIT;
    gz(&in, t, n);
    size_t cuts[] = {5, 20, in.len / 2, in.len - 4, in.len - 1};
    for (size_t k = 0; k < 5; k++) {
        vc_buf cut = VC_BUF_INIT, got = VC_BUF_INIT;
        vc_buf_append(&cut, in.data, cuts[k]);
        char msg[256];
        int st = slurp(&cut, &got, msg, sizeof msg, NULL, zlib);
        cr_assert_eq(st, VC_ERR_GZIP, "cut at %zu: status %d (%s)", cuts[k], st, msg);
        cr_assert(strstr(msg, "mem.gz: ") == msg, "%s", msg);
        vc_buf_free(&cut);
        vc_buf_free(&got);
    }
    free(t);
    vc_buf_free(&in);
}
Test(stream, truncated_is_an_error) { both(truncated); }

static void crc_and_length(int zlib)
{
    vc_buf in = VC_BUF_INIT, got = VC_BUF_INIT;
    gz(&in, "hello world\n", 12);
    char msg[256];
    in.data[in.len - 8] ^= 1; /* CRC */
    cr_assert_eq(slurp(&in, &got, msg, sizeof msg, NULL, zlib), VC_ERR_GZIP);
    cr_assert_not_null(strstr(msg, "check"), "%s", msg);
    in.data[in.len - 8] ^= 1;
    in.data[in.len - 4] ^= 1; /* ISIZE */
    vc_buf_reset(&got);
    cr_assert_eq(slurp(&in, &got, msg, sizeof msg, NULL, zlib), VC_ERR_GZIP);
    cr_assert_not_null(strstr(msg, "length"), "%s", msg);
    vc_buf_free(&in);
    vc_buf_free(&got);
}
Test(stream, crc_and_length_mismatch) { both(crc_and_length); }

static void trailing(int zlib)
{
    vc_buf in = VC_BUF_INIT, got = VC_BUF_INIT;
    gz(&in, "data\n", 5);
    vc_buf_append(&in, "GARBAGE", 7);
    char msg[256];
    const char *warn = NULL;
    cr_assert_eq(slurp(&in, &got, msg, sizeof msg, &warn, zlib), 0, "%s", msg);
    cr_assert_eq(got.len, 5);
    cr_assert_not_null(warn);
    cr_assert_not_null(strstr(warn, "7 bytes of trailing data"), "%s", warn);
    free((char *)warn);
    vc_buf_reset(&in);
    vc_buf_reset(&got);
    gz(&in, "data\n", 5);
    vc_buf_append(&in, "\0\0\0\0", 4);
    cr_assert_eq(slurp(&in, &got, msg, sizeof msg, &warn, zlib), 0);
    cr_assert_not_null(strstr(warn, "4 bytes of zero padding"), "%s", warn);
    free((char *)warn);
    vc_buf_free(&in);
    vc_buf_free(&got);
}
Test(stream, trailing_data_warns) { both(trailing); }

Test(stream, plain_and_empty)
{
    vc_buf in = VC_BUF_INIT, got = VC_BUF_INIT;
    vc_buf_append_str(&in, "\x1f plain text that starts like gzip");
    char msg[256];
    cr_assert_eq(slurp(&in, &got, msg, sizeof msg, NULL, 0), 0);
    cr_assert_eq(got.len, in.len);
    vc_buf empty = VC_BUF_INIT;
    vc_buf_reset(&got);
    cr_assert_eq(slurp(&empty, &got, msg, sizeof msg, NULL, 0), 0);
    cr_assert_eq(got.len, 0);
    vc_buf_free(&in);
    vc_buf_free(&got);
}

Test(stream, open_errors_name_the_path)
{
    vc_stream *s;
    vc_error e;
    cr_assert_eq(vc_stream_open("/nonexistent/x.csv.gz", &s, &e), VC_ERR_IO);
    cr_assert_str_eq(e.msg, "/nonexistent/x.csv.gz: No such file or directory");
    cr_assert_null(s);
}
