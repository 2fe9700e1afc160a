/* test_decomp.c - the zstd, bzip2, xz and lzma back ends of vc_stream:
 * detection by magic bytes, concatenated frames and streams, empty ones,
 * reads of one byte at a time, truncation at every length, corruption,
 * trailing data, zstd's skippable frames, xz's stream padding, and a stop
 * flag that ends a read waiting inside a frame. Every case runs for each
 * format, compressed here with the libraries themselves. */
#include <bzlib.h>
#include <criterion/criterion.h>
#include <lzma.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zstd.h>

#include "vocal/buf.h"
#include "vocal/stream.h"

enum { ZSTD, BZIP2, XZ, LZMA, NFMT };
static const char *const NAMES[NFMT] = {"zstd", "bzip2", "xz", "lzma"};
static const char *const UNITS[NFMT] = {"frame", "stream", "stream", "stream"};

/* Append one frame (zstd, with its checksum) or stream of `text`. */
static void compress(int fmt, vc_buf *out, const char *text, size_t n)
{
    size_t cap = n + n / 2 + 1024;
    cr_assert_eq(vc_buf_reserve(out, cap), 0);
    unsigned char *dst = (unsigned char *)out->data + out->len;
    size_t made = 0;
    if (fmt == ZSTD) {
        ZSTD_CCtx *c = ZSTD_createCCtx();
        ZSTD_CCtx_setParameter(c, ZSTD_c_checksumFlag, 1);
        made = ZSTD_compress2(c, dst, cap, text, n);
        cr_assert(!ZSTD_isError(made));
        ZSTD_freeCCtx(c);
    } else if (fmt == BZIP2) {
        unsigned m = (unsigned)cap;
        cr_assert_eq(BZ2_bzBuffToBuffCompress((char *)dst, &m, (char *)(uintptr_t)text, (unsigned)n, 1, 0, 0), BZ_OK);
        made = m;
    } else {
        lzma_stream z = LZMA_STREAM_INIT;
        if (fmt == XZ) {
            cr_assert_eq(lzma_easy_encoder(&z, 1, LZMA_CHECK_CRC64), LZMA_OK);
        } else {
            lzma_options_lzma opt;
            lzma_lzma_preset(&opt, 1);
            cr_assert_eq(lzma_alone_encoder(&z, &opt), LZMA_OK);
        }
        z.next_in = (const uint8_t *)text;
        z.avail_in = n;
        z.next_out = dst;
        z.avail_out = cap;
        cr_assert_eq(lzma_code(&z, LZMA_FINISH), LZMA_STREAM_END);
        made = cap - z.avail_out;
        lzma_end(&z);
    }
    out->len += made;
}

static char *some_text(size_t n, unsigned seed)
{
    char *t = malloc(n + 1);
    unsigned r = seed;
    for (size_t i = 0; i < n; i++) {
        r = r * 1103515245 + 12345;
        t[i] = "abcdefgh ,\n"[(r >> 16) % 11];
    }
    t[n] = 0;
    return t;
}

typedef struct result {
    int status;
    char msg[VC_ERROR_MSG_MAX];
    char warn[256];
    vc_buf got;
    const char *backend;
    uint64_t bytes_in;
    unsigned frames;
} result;

/* Read all of `in` with reads of at most `step` bytes. */
static void slurp(const void *in, size_t len, size_t step, result *r)
{
    memset(r, 0, sizeof *r);
    vc_stream *s = NULL;
    vc_error e;
    vc_error_clear(&e);
    r->status = vc_stream_open_mem("mem.bin", in, len, &s, &e);
    char buf[4096];
    ssize_t n = 0;
    while (!r->status && (n = vc_stream_read(s, buf, step < sizeof buf ? step : sizeof buf, &e)) > 0)
        vc_buf_append(&r->got, buf, (size_t)n);
    if (!r->status && n < 0) {
        r->status = (int)n;
        cr_assert_eq(vc_stream_read(s, buf, sizeof buf, NULL), n, "errors are sticky");
    }
    snprintf(r->msg, sizeof r->msg, "%s", e.msg);
    if (s) {
        snprintf(r->warn, sizeof r->warn, "%s", vc_stream_warning(s) ? vc_stream_warning(s) : "");
        r->backend = vc_stream_backend(s);
        r->bytes_in = vc_stream_bytes_in(s);
        r->frames = vc_stream_frames(s);
        cr_assert_eq(vc_stream_members(s), 0, "gzip members only");
        cr_assert_eq(vc_stream_bytes_out(s), r->got.len);
    }
    vc_stream_free(s);
}

Test(decomp, one_frame_detected_by_magic)
{
    for (int f = 0; f < NFMT; f++) {
        size_t n = 300000;
        char *t = some_text(n, 7);
        vc_buf in = VC_BUF_INIT;
        compress(f, &in, t, n);
        result r;
        slurp(in.data, in.len, 4096, &r);
        cr_assert_eq(r.status, 0, "%s: %s", NAMES[f], r.msg);
        cr_assert_str_eq(r.backend, NAMES[f]);
        cr_assert_eq(r.got.len, n, "%s", NAMES[f]);
        cr_assert_eq(memcmp(r.got.data, t, n), 0, "%s", NAMES[f]);
        cr_assert_eq(r.bytes_in, in.len, "%s: every compressed byte counted", NAMES[f]);
        cr_assert_eq(r.frames, 1);
        cr_assert_str_eq(r.warn, "");
        vc_buf_free(&r.got);
        vc_buf_free(&in);
        free(t);
    }
}

/* cat a b c, with an empty frame in the middle, read whole and one byte
 * at a time; lzma-alone has no concatenation. */
Test(decomp, concatenated_frames_and_byte_reads)
{
    for (int f = 0; f < LZMA; f++) {
        char *a = some_text(70000, 1), *b = some_text(5000, 2);
        vc_buf in = VC_BUF_INIT, want = VC_BUF_INIT;
        compress(f, &in, a, 70000);
        compress(f, &in, "", 0);
        compress(f, &in, b, 5000);
        vc_buf_append(&want, a, 70000);
        vc_buf_append(&want, b, 5000);
        size_t steps[] = {4096, 1};
        for (size_t k = 0; k < 2; k++) {
            result r;
            slurp(in.data, in.len, steps[k], &r);
            cr_assert_eq(r.status, 0, "%s: %s", NAMES[f], r.msg);
            cr_assert_eq(r.got.len, want.len, "%s step %zu", NAMES[f], steps[k]);
            cr_assert_eq(memcmp(r.got.data, want.data, want.len), 0);
            cr_assert_eq(r.frames, 3, "%s: %u", NAMES[f], r.frames);
            cr_assert_str_eq(r.warn, "");
            vc_buf_free(&r.got);
        }
        vc_buf_free(&in);
        vc_buf_free(&want);
        free(a);
        free(b);
    }
}

Test(decomp, empty_stream_is_a_clean_empty_input)
{
    for (int f = 0; f < NFMT; f++) {
        vc_buf in = VC_BUF_INIT;
        compress(f, &in, "", 0);
        result r;
        slurp(in.data, in.len, 100, &r);
        cr_assert_eq(r.status, 0, "%s: %s", NAMES[f], r.msg);
        cr_assert_eq(r.got.len, 0);
        cr_assert_str_eq(r.backend, NAMES[f]);
        vc_buf_free(&in);
    }
}

/* Every cut of a stream, from the end of its magic to one byte short, is
 * an error that says "truncated", never a clean short read. */
Test(decomp, every_truncation_is_an_error)
{
    static const size_t magic[NFMT] = {4, 10, 6, 13};
    for (int f = 0; f < NFMT; f++) {
        char *t = some_text(3000, 3);
        vc_buf in = VC_BUF_INIT;
        compress(f, &in, t, 3000);
        for (size_t cut = magic[f]; cut < in.len; cut++) {
            result r;
            slurp(in.data, cut, 4096, &r);
            cr_assert_eq(r.status, VC_ERR_GZIP, "%s cut at %zu of %zu: status %d", NAMES[f], cut, in.len, r.status);
            char want[128];
            snprintf(want, sizeof want, "mem.bin: %s stream truncated in %s 1 (after %zu compressed bytes)", NAMES[f],
                     UNITS[f], cut);
            cr_assert_str_eq(r.msg, want, "%s cut at %zu", NAMES[f], cut);
            cr_assert_leq(r.got.len, 3000);
            cr_assert_eq(memcmp(r.got.data ? r.got.data : "", t, r.got.len), 0, "bytes before the cut are right");
            vc_buf_free(&r.got);
        }
        vc_buf_free(&in);
        free(t);
    }
}

/* A damaged byte anywhere after the header is an error (each format checks
 * its data: zstd's frame checksum, bzip2's block CRC, xz's CRC64), named
 * with the format and the frame. lzma-alone has no check and is left
 * out. */
Test(decomp, corruption_is_an_error)
{
    static const size_t header[NFMT] = {6, 10, 12, 13};
    for (int f = 0; f < LZMA; f++) {
        char *t = some_text(20000, 4);
        vc_buf in = VC_BUF_INIT;
        compress(f, &in, t, 20000);
        compress(f, &in, t, 20000);
        size_t first = in.len / 2;
        for (size_t at = first + header[f]; at < in.len; at += 97) {
            unsigned char *p = (unsigned char *)in.data + at;
            *p ^= 0x55;
            result r;
            slurp(in.data, in.len, 4096, &r);
            *p ^= 0x55;
            cr_assert_eq(r.status, VC_ERR_GZIP, "%s: byte %zu flipped, status %d", NAMES[f], at, r.status);
            char corrupt[64], truncated[64];
            snprintf(corrupt, sizeof corrupt, "mem.bin: corrupt %s data in %s 2: ", NAMES[f], UNITS[f]);
            snprintf(truncated, sizeof truncated, "mem.bin: %s stream truncated in %s 2", NAMES[f], UNITS[f]);
            cr_assert(strncmp(r.msg, corrupt, strlen(corrupt)) == 0 || strncmp(r.msg, truncated, strlen(truncated)) == 0,
                      "%s byte %zu: %s", NAMES[f], at, r.msg);
            cr_assert_geq(r.got.len, 20000, "the first %s is delivered whole", UNITS[f]);
            vc_buf_free(&r.got);
        }
        vc_buf_free(&in);
        free(t);
    }
}

Test(decomp, trailing_data_warns_as_gzip_does)
{
    for (int f = 0; f < NFMT; f++) {
        vc_buf in = VC_BUF_INIT;
        compress(f, &in, "id,text\n1,ok\n", 13);
        vc_buf_append(&in, "garbage!", 8);
        result r;
        slurp(in.data, in.len, 4096, &r);
        cr_assert_eq(r.status, 0, "%s: %s", NAMES[f], r.msg);
        cr_assert_eq(r.got.len, 13);
        char want[128];
        snprintf(want, sizeof want, "mem.bin: 8 bytes of trailing data after the last %s %s were ignored", NAMES[f],
                 UNITS[f]);
        cr_assert_str_eq(r.warn, want);
        vc_buf_free(&r.got);
        vc_buf_free(&in);
    }
}

Test(decomp, zstd_skippable_frames_are_skipped)
{
    static const unsigned char skip[] = {0x5A, 0x2A, 0x4D, 0x18, 5, 0, 0, 0, 'h', 'e', 'l', 'l', 'o'};
    vc_buf in = VC_BUF_INIT;
    vc_buf_append(&in, skip, sizeof skip);
    compress(ZSTD, &in, "id,text\n", 8);
    vc_buf_append(&in, skip, sizeof skip);
    compress(ZSTD, &in, "1,ok\n", 5);
    vc_buf_append(&in, skip, sizeof skip);
    result r;
    slurp(in.data, in.len, 3, &r);
    cr_assert_eq(r.status, 0, "%s", r.msg);
    cr_assert_str_eq(r.backend, "zstd");
    cr_assert_eq(r.got.len, 13);
    cr_assert_eq(memcmp(r.got.data, "id,text\n1,ok\n", 13), 0);
    cr_assert_eq(r.frames, 2, "skippable frames are not counted");
    cr_assert_str_eq(r.warn, "");
    vc_buf_free(&r.got);
    /* a skippable frame cut short is a truncation */
    slurp(in.data, in.len - 2, 4096, &r);
    cr_assert_eq(r.status, VC_ERR_GZIP, "%s", r.msg);
    cr_assert(strstr(r.msg, "zstd stream truncated in frame 3") != NULL, "%s", r.msg);
    vc_buf_free(&r.got);
    vc_buf_free(&in);
}

Test(decomp, xz_stream_padding_is_part_of_the_format)
{
    vc_buf in = VC_BUF_INIT;
    compress(XZ, &in, "id,text\n", 8);
    vc_buf_append(&in, "\0\0\0\0\0\0\0\0", 8);
    compress(XZ, &in, "1,ok\n", 5);
    vc_buf_append(&in, "\0\0\0\0", 4);
    result r;
    slurp(in.data, in.len, 4096, &r);
    cr_assert_eq(r.status, 0, "%s", r.msg);
    cr_assert_eq(r.got.len, 13);
    cr_assert_eq(r.frames, 2);
    cr_assert_str_eq(r.warn, "");
    vc_buf_free(&r.got);
    /* padding that is not a multiple of four is not padding */
    vc_buf_append(&in, "\0", 1);
    slurp(in.data, in.len, 4096, &r);
    cr_assert_eq(r.status, 0, "%s", r.msg);
    cr_assert_str_eq(r.warn, "mem.bin: 5 bytes of zero padding after the last xz stream were ignored");
    vc_buf_free(&r.got);
    vc_buf_free(&in);
}

/* Text that merely starts like a magic stays plain. */
Test(decomp, text_is_never_taken_for_a_compressed_stream)
{
    static const char *const texts[] = {"BZh,nps\n1,9\n", "BZh9", "]\n", "\xFD" "7z,x\n", "(\xB5/", ""};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        result r;
        slurp(texts[i], strlen(texts[i]), 4096, &r);
        cr_assert_eq(r.status, 0, "%s", r.msg);
        cr_assert_str_eq(r.backend, "plain", "text %zu", i);
        cr_assert_eq(r.got.len, strlen(texts[i]));
        vc_buf_free(&r.got);
    }
}

static volatile sig_atomic_t stop_flag;

static void *raise_stop(void *arg)
{
    (void)arg;
    usleep(100 * 1000);
    stop_flag = 1;
    return NULL;
}

/* A read inside a frame whose rest never comes (a stalled pipe) ends with
 * VC_ERR_INTERRUPTED once another thread sets the stop flag. */
Test(decomp, stop_flag_ends_a_read_inside_a_frame)
{
    for (int f = 0; f < NFMT; f++) {
        char *t = some_text(200000, 5);
        vc_buf in = VC_BUF_INIT;
        compress(f, &in, t, 200000);
        int fds[2];
        cr_assert_eq(pipe(fds), 0);
        size_t half = in.len / 2;
        cr_assert_eq(write(fds[1], in.data, half), (ssize_t)half);
        char path[64];
        snprintf(path, sizeof path, "/dev/fd/%d", fds[0]);
        stop_flag = 0;
        vc_stream *s;
        vc_error e;
        cr_assert_eq(vc_stream_open_stop(path, &stop_flag, &s, &e), VC_OK);
        cr_assert_str_eq(vc_stream_backend(s), NAMES[f]);
        pthread_t th;
        cr_assert_eq(pthread_create(&th, NULL, raise_stop, NULL), 0);
        char buf[4096];
        ssize_t n;
        while ((n = vc_stream_read(s, buf, sizeof buf, &e)) > 0)
            ;
        pthread_join(th, NULL);
        cr_assert_eq(n, VC_ERR_INTERRUPTED, "%s: %zd %s", NAMES[f], n, e.msg);
        cr_assert(strstr(e.msg, ": interrupted") != NULL);
        vc_stream_free(s);
        close(fds[0]);
        close(fds[1]);
        vc_buf_free(&in);
        free(t);
    }
}
