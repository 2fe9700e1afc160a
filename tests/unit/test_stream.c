/* test_stream.c - gzip detection, members, truncation, CRC and length
 * errors, trailing data; every case under both inflaters. */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "gzip_fixture.h"
#include "vocal/buf.h"
#include "vocal/stream.h"

static void gz(vc_buf *out, const char *text, size_t n) { gz_member(out, text, n, 6, 0); }

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

static volatile sig_atomic_t stop_flag;

static void *raise_stop(void *arg)
{
    (void)arg;
    usleep(100 * 1000);
    stop_flag = 1;
    return NULL;
}

/* A read blocked on a pipe whose writer stalls wakes when another thread
 * sets the stop flag, and fails with a sticky VC_ERR_INTERRUPTED. */
Test(stream, stop_flag_wakes_a_stalled_pipe)
{
    int fds[2];
    cr_assert_eq(pipe(fds), 0);
    cr_assert_eq(write(fds[1], "id,text\n", 8), 8);
    char path[64];
    snprintf(path, sizeof path, "/dev/fd/%d", fds[0]);
    stop_flag = 0;
    vc_stream *s;
    vc_error e;
    cr_assert_eq(vc_stream_open_stop(path, &stop_flag, &s, &e), VC_OK);
    char buf[64];
    cr_assert_eq(vc_stream_read(s, buf, sizeof buf, &e), 8);
    pthread_t t;
    cr_assert_eq(pthread_create(&t, NULL, raise_stop, NULL), 0);
    cr_assert_eq(vc_stream_read(s, buf, sizeof buf, &e), VC_ERR_INTERRUPTED);
    pthread_join(t, NULL);
    cr_assert(strstr(e.msg, ": interrupted") != NULL);
    cr_assert_eq(vc_stream_status(s), VC_ERR_INTERRUPTED);
    vc_stream_free(s);
    close(fds[0]);
    close(fds[1]);
}

/* ---- shares of a multi-member file (vc_stream_open_members) ---- */

static const char *find(const char *hay, size_t n, const char *needle, size_t k)
{
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(hay + i, needle, k) == 0)
            return hay + i;
    return NULL;
}

typedef struct share_result {
    int status;
    unsigned members;
    uint64_t bytes_in, bytes_out, start;
    int64_t size_hint;
    char backend[16];
    char msg[VC_ERROR_MSG_MAX];
    char warn[512]; /* "" when none */
} share_result;

/* Read share `index` of `count` (count 0: the whole file with vc_stream_open),
 * appending its output to got. */
static share_result read_share(const char *path, unsigned index, unsigned count, int zlib, vc_buf *got)
{
    backend(zlib);
    share_result r;
    memset(&r, 0, sizeof r);
    vc_stream *s = NULL;
    vc_error e;
    vc_error_clear(&e);
    r.status = count ? vc_stream_open_members(path, index, count, &s, &e) : vc_stream_open(path, &s, &e);
    if (r.status) {
        cr_assert_null(s);
        snprintf(r.msg, sizeof r.msg, "%s", e.msg);
        return r;
    }
    char buf[4096];
    ssize_t n;
    while ((n = vc_stream_read(s, buf, sizeof buf, &e)) > 0)
        vc_buf_append(got, buf, (size_t)n);
    if (n < 0) {
        r.status = (int)n;
        snprintf(r.msg, sizeof r.msg, "%s", e.msg);
    } else {
        cr_assert_eq(vc_stream_read(s, buf, sizeof buf, &e), 0, "the end stays the end");
    }
    r.members = vc_stream_members(s);
    r.bytes_in = vc_stream_bytes_in(s);
    r.bytes_out = vc_stream_bytes_out(s);
    r.start = vc_stream_start_offset(s);
    r.size_hint = vc_stream_size_hint(s);
    snprintf(r.backend, sizeof r.backend, "%s", vc_stream_backend(s));
    const char *w = vc_stream_warning(s);
    snprintf(r.warn, sizeof r.warn, "%s", w ? w : "");
    vc_stream_free(s);
    return r;
}

/* Split `path` into `count` shares under one back end and check that they
 * tile the whole file. `starts` (nstarts, ascending) are the true member
 * offsets when the caller knows them; then each share must hold exactly the
 * members whose first byte lies in its range. Returns how many shares
 * warned about trailing data. */
static unsigned check_shares(const char *path, uint64_t size, unsigned count, int zlib, const uint64_t *starts,
                             size_t nstarts)
{
    vc_buf whole = VC_BUF_INIT, cat = VC_BUF_INIT;
    share_result w = read_share(path, 0, 0, zlib, &whole);
    cr_assert_eq(w.status, 0, "%s", w.msg);
    if (zlib)
        cr_assert_str_eq(w.backend, "zlib");
    unsigned members = 0, warned = 0;
    uint64_t bytes_in = 0, next = 0;
    for (unsigned k = 0; k < count; k++) {
        size_t before = cat.len;
        share_result r = read_share(path, k, count, zlib, &cat);
        cr_assert_eq(r.status, 0, "share %u/%u: %s", k, count, r.msg);
        cr_assert_str_eq(r.backend, w.backend, "share %u/%u", k, count);
        cr_assert_eq(r.bytes_out, cat.len - before);
        uint64_t lo = size * k / count, hi = size * (k + 1) / count;
        if (starts) {
            unsigned want = 0;
            uint64_t first = UINT64_MAX;
            for (size_t i = 0; i < nstarts; i++)
                if (starts[i] >= lo && starts[i] < hi) {
                    want++;
                    if (first == UINT64_MAX)
                        first = starts[i];
                }
            cr_assert_eq(r.members, want, "share %u/%u of [%llu, %llu): %u members, want %u", k, count,
                         (unsigned long long)lo, (unsigned long long)hi, r.members, want);
            if (want)
                cr_assert_eq(r.start, first, "share %u/%u starts at %llu, want %llu", k, count,
                             (unsigned long long)r.start, (unsigned long long)first);
        }
        if (r.members == 0) {
            /* an empty share: a clean stream that read nothing */
            cr_assert_eq(r.bytes_in, 0);
            cr_assert_eq(r.bytes_out, 0);
            cr_assert_eq(r.size_hint, 0);
            cr_assert_eq(r.start, hi);
        } else {
            /* shares are contiguous: each starts where the previous one ended */
            cr_assert_eq(r.start, next, "share %u/%u starts at %llu, the previous ended at %llu", k, count,
                         (unsigned long long)r.start, (unsigned long long)next);
            cr_assert(r.start >= lo && r.start < hi);
            cr_assert(r.bytes_in > 0 && r.size_hint > 0);
            cr_assert(r.bytes_in <= (uint64_t)r.size_hint);
            next = r.start + r.bytes_in;
        }
        if (r.warn[0]) {
            cr_assert_str_eq(r.warn, w.warn);
            warned++;
        }
        members += r.members;
        bytes_in += r.bytes_in;
    }
    cr_assert_eq(cat.len, whole.len, "%u shares: %zu bytes, the whole file %zu", count, cat.len, whole.len);
    cr_assert_eq(memcmp(cat.data, whole.data, whole.len), 0, "%u shares differ from the whole file", count);
    cr_assert_eq(members, w.members, "%u shares: %u members, the whole file %u", count, members, w.members);
    cr_assert_eq(bytes_in, w.bytes_in, "%u shares: %llu bytes in, the whole file %llu", count,
                 (unsigned long long)bytes_in, (unsigned long long)w.bytes_in);
    cr_assert_eq(warned, w.warn[0] ? 1u : 0u);
    vc_buf_free(&whole);
    vc_buf_free(&cat);
    return warned;
}

static const unsigned share_counts[] = {1, 2, 3, 7, 16, 61, 400};
#define NCOUNTS (sizeof share_counts / sizeof share_counts[0])

/* 40 members of varied sizes, empty ones and one with every optional header
 * field among them; the offsets where they start go to starts. */
static void many_members(vc_buf *in, uint64_t *starts, size_t *nstarts, char **text, size_t *ntext)
{
    *text = big_text(ntext);
    size_t at = 0;
    *nstarts = 0;
    for (unsigned m = 0; m < 40; m++) {
        size_t len = m % 9 == 4 ? 0 : (size_t)(m * 2711) % 19000 + 1;
        if (at + len > *ntext)
            len = *ntext - at;
        starts[(*nstarts)++] = in->len;
        gz_member(in, *text + at, len, m % 5 == 0 ? 1 : 6, m == 13 || m == 0);
        at += len;
    }
}

static void shares_tile(int zlib)
{
    vc_buf in = VC_BUF_INIT;
    uint64_t starts[40];
    size_t nstarts, ntext;
    char *text;
    many_members(&in, starts, &nstarts, &text, &ntext);
    char *path = write_tmp(&in);
    for (size_t c = 0; c < NCOUNTS; c++)
        cr_assert_eq(check_shares(path, in.len, share_counts[c], zlib, starts, nstarts), 0);

    /* count 1 is the whole file */
    vc_buf got = VC_BUF_INIT;
    share_result r = read_share(path, 0, 1, zlib, &got);
    cr_assert_eq(r.status, 0, "%s", r.msg);
    cr_assert_eq(r.start, 0);
    cr_assert_eq(r.members, 40);
    cr_assert_eq(r.bytes_in, in.len);
    cr_assert_eq(r.size_hint, (int64_t)in.len);
    unlink(path);
    free(path);
    free(text);
    vc_buf_free(&in);
    vc_buf_free(&got);
}
Test(stream, shares_tile_the_file) { both(shares_tile); }

static void single_member(int zlib)
{
    size_t n;
    char *t = big_text(&n);
    vc_buf in = VC_BUF_INIT;
    gz_member(&in, t, n, 6, 0);
    char *path = write_tmp(&in);
    uint64_t start = 0;
    for (size_t c = 0; c < NCOUNTS; c++) {
        unsigned count = share_counts[c];
        check_shares(path, in.len, count, zlib, &start, 1);
        for (unsigned k = 0; k < count; k++) {
            vc_buf got = VC_BUF_INIT;
            share_result r = read_share(path, k, count, zlib, &got);
            cr_assert_eq(r.status, 0, "%s", r.msg);
            if (k == 0) {
                cr_assert_eq(got.len, n);
                cr_assert_eq(memcmp(got.data, t, n), 0);
                cr_assert_eq(r.members, 1);
                cr_assert_eq(r.bytes_in, in.len);
            } else {
                cr_assert_eq(got.len, 0, "share %u/%u", k, count);
                cr_assert_eq(r.members, 0);
            }
            vc_buf_free(&got);
        }
    }
    unlink(path);
    free(path);
    free(t);
    vc_buf_free(&in);
}
Test(stream, single_member_is_all_share_zero) { both(single_member); }

/* A stored (level 0) member whose payload holds whole gzip files: their
 * headers sit in member data and must not be taken for member starts,
 * wherever the share boundaries fall. */
static void embedded(int zlib)
{
    size_t n;
    char *t = big_text(&n);
    vc_buf inner = VC_BUF_INIT, payload = VC_BUF_INIT;
    gz_member(&inner, t + 1000, 9000, 6, 1);
    gz_member(&inner, t + 20000, 3000, 6, 0); /* two members back to back */
    for (int last = 0; last < 2; last++) {
        /* last: the stored member ends the file and the embedded gzip ends
         * its payload, so only the outer trailer follows it */
        vc_buf_reset(&payload);
        vc_buf_append(&payload, t, 4000);
        vc_buf_append(&payload, inner.data, inner.len);
        if (!last)
            vc_buf_append(&payload, t + 50000, 5000);
        cr_assert_lt(payload.len, 65535, "one stored block keeps the embedded bytes together");

        vc_buf in = VC_BUF_INIT;
        uint64_t starts[3];
        size_t nstarts = 0;
        starts[nstarts++] = in.len;
        gz_member(&in, t + 100000, 3000, 6, 0);
        uint64_t outer = starts[nstarts++] = in.len;
        gz_member(&in, payload.data, payload.len, 0, 0);
        if (!last) {
            starts[nstarts++] = in.len;
            gz_member(&in, t + 200000, 3000, 6, 0);
        }
        const char *hit = find(in.data + outer, in.len - outer, inner.data, inner.len);
        cr_assert_not_null(hit, "the embedded gzip is stored verbatim");
        uint64_t inner_at = (uint64_t)(hit - in.data);

        char *path = write_tmp(&in);
        unsigned inside = 0; /* share ranges that begin within the outer member, before the inner gzip */
        for (unsigned count = 2; count <= 120; count += count < 16 ? 1 : 13) {
            check_shares(path, in.len, count, zlib, starts, nstarts);
            for (unsigned k = 1; k < count; k++) {
                uint64_t lo = in.len * k / count;
                if (lo > outer && lo <= inner_at + inner.len / 2) {
                    inside++;
                    vc_buf got = VC_BUF_INIT;
                    share_result r = read_share(path, k, count, zlib, &got);
                    cr_assert_eq(r.status, 0, "%s", r.msg);
                    cr_assert(r.members == 0 || r.start > inner_at + inner.len, "share %u/%u starts at %llu", k,
                              count, (unsigned long long)r.start);
                    vc_buf_free(&got);
                }
            }
        }
        cr_assert_gt(inside, 100, "enough boundaries fall before the embedded headers: %u", inside);
        unlink(path);
        free(path);
        vc_buf_free(&in);
    }
    free(t);
    vc_buf_free(&inner);
    vc_buf_free(&payload);
}
Test(stream, embedded_gzip_is_not_a_member_start) { both(embedded); }

/* A corrupt member that fails the start test is read (and reported) by the
 * share before it, as a whole-file read reports it: never skipped. */
static void corrupt(int zlib)
{
    vc_buf in = VC_BUF_INIT;
    uint64_t starts[40];
    size_t nstarts, ntext;
    char *text;
    many_members(&in, starts, &nstarts, &text, &ntext);
    uint64_t bad = starts[20];
    in.data[starts[21] - 6] ^= 0x55; /* member 21's CRC-32 */
    char *path = write_tmp(&in);
    vc_buf got = VC_BUF_INIT;
    share_result w = read_share(path, 0, 0, zlib, &got);
    cr_assert_eq(w.status, VC_ERR_GZIP);
    static const unsigned counts[] = {2, 3, 4, 5, 7, 9, 13, 16, 23, 31, 40};
    for (size_t c = 0; c < sizeof counts / sizeof counts[0]; c++) {
        unsigned count = counts[c], failed = 0;
        for (unsigned k = 0; k < count; k++) {
            vc_buf_reset(&got);
            share_result r = read_share(path, k, count, zlib, &got);
            if (r.status) {
                failed++;
                cr_assert_eq(r.status, VC_ERR_GZIP, "%s", r.msg);
                cr_assert(strstr(r.msg, path) == r.msg, "%s", r.msg);
                char where[64];
                snprintf(where, sizeof where, "member at byte %llu)", (unsigned long long)bad);
                cr_assert_not_null(strstr(r.msg, where), "%s", r.msg);
                cr_assert_not_null(strstr(r.msg, "check"), "%s", r.msg);
            }
        }
        cr_assert_eq(failed, 1, "%u shares: the corrupt member is read by exactly one", count);
    }
    unlink(path);
    free(path);
    free(text);
    vc_buf_free(&in);
    vc_buf_free(&got);
}
Test(stream, corrupt_member_is_reported_by_one_share) { both(corrupt); }

static void trailing_shares(int zlib)
{
    vc_buf in = VC_BUF_INIT;
    uint64_t starts[40];
    size_t nstarts, ntext;
    char *text;
    many_members(&in, starts, &nstarts, &text, &ntext);
    vc_buf_append(&in, "GARBAGE after the members", 25);
    char *path = write_tmp(&in);
    /* members whose start cannot be confirmed because the garbage follows
     * them within the window go to the share before: tiling still holds */
    for (size_t c = 0; c < NCOUNTS; c++)
        cr_assert_eq(check_shares(path, in.len, share_counts[c], zlib, NULL, 0), 1);
    unlink(path);
    free(path);
    /* zero padding after the last member, which a later share may own */
    vc_buf pad = VC_BUF_INIT;
    gz_member(&pad, text, 5000, 6, 0);
    uint64_t pstarts[2] = {0, pad.len};
    gz_member(&pad, text + 5000, 5000, 6, 0);
    vc_buf_append(&pad, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 16);
    path = write_tmp(&pad);
    for (size_t c = 0; c < NCOUNTS; c++)
        cr_assert_eq(check_shares(path, pad.len, share_counts[c], zlib, pstarts, 2), 1);
    unlink(path);
    free(path);
    free(text);
    vc_buf_free(&in);
    vc_buf_free(&pad);
}
Test(stream, shares_with_trailing_data) { both(trailing_shares); }

Test(stream, shares_refuse_plain_input_and_bad_indexes)
{
    vc_buf plain = VC_BUF_INIT;
    vc_buf_append_str(&plain, "id,text\n1,plain csv\n");
    char *path = write_tmp(&plain);
    vc_stream *s = (vc_stream *)&plain;
    vc_error e;
    cr_assert_eq(vc_stream_open_members(path, 0, 2, &s, &e), VC_ERR_USAGE);
    cr_assert_null(s);
    char want[256];
    snprintf(want, sizeof want, "%s: --members needs a gzip file", path);
    cr_assert_str_eq(e.msg, want);
    cr_assert_eq(vc_stream_open_members(path, 1, 2, &s, &e), VC_ERR_USAGE);
    cr_assert_str_eq(e.msg, want);

    /* count 1 is vc_stream_open: plain input passes through */
    vc_buf got = VC_BUF_INIT;
    share_result r = read_share(path, 0, 1, 1, &got);
    cr_assert_eq(r.status, 0, "%s", r.msg);
    cr_assert_eq(got.len, plain.len);
    cr_assert_str_eq(r.backend, "plain");

    vc_buf in = VC_BUF_INIT;
    gz_member(&in, "a,b\n", 4, 6, 0);
    char *gzpath = write_tmp(&in);
    cr_assert_eq(vc_stream_open_members(gzpath, 2, 2, &s, &e), VC_ERR_USAGE);
    cr_assert_null(s);
    cr_assert_not_null(strstr(e.msg, "no share 2 of 2"), "%s", e.msg);
    cr_assert_eq(vc_stream_open_members(gzpath, 0, 0, &s, &e), VC_ERR_USAGE);
    cr_assert_null(s);
    cr_assert_not_null(strstr(e.msg, "at least 1 share"), "%s", e.msg);
    cr_assert_eq(vc_stream_open_members("-", 0, 2, &s, &e), VC_ERR_USAGE);
    cr_assert_null(s);
    cr_assert_not_null(strstr(e.msg, "standard input"), "%s", e.msg);
    cr_assert_eq(vc_stream_open_members("/nonexistent/x.csv.gz", 0, 2, &s, &e), VC_ERR_IO);
    cr_assert_str_eq(e.msg, "/nonexistent/x.csv.gz: No such file or directory");
    cr_assert_eq(vc_stream_open_members("/dev/null", 0, 2, &s, &e), VC_ERR_USAGE);
    cr_assert_null(s);

    /* an empty file is not gzip either */
    vc_buf empty = VC_BUF_INIT;
    char *epath = write_tmp(&empty);
    cr_assert_eq(vc_stream_open_members(epath, 1, 3, &s, &e), VC_ERR_USAGE);
    cr_assert_not_null(strstr(e.msg, "needs a gzip file"), "%s", e.msg);

    unlink(path);
    unlink(gzpath);
    unlink(epath);
    free(path);
    free(gzpath);
    free(epath);
    vc_buf_free(&plain);
    vc_buf_free(&in);
    vc_buf_free(&got);
}

/* Bytes between members that are not a member, then a member: a whole-file
 * read stops there with a warning, so the share that would have to read
 * across them fails instead of leaving the shares' sum different. */
static void junk_between(int zlib)
{
    size_t n;
    char *t = big_text(&n);
    vc_buf in = VC_BUF_INIT;
    gz_member(&in, t, 100000, 6, 0);
    vc_buf_append(&in, "JUNK between members", 20);
    uint64_t late = in.len;
    gz_member(&in, t + 100000, 100000, 6, 0);
    cr_assert_gt(late, in.len / 2, "the last member starts in share 1/2");
    char *path = write_tmp(&in);
    vc_buf got = VC_BUF_INIT;
    share_result w = read_share(path, 0, 0, zlib, &got);
    cr_assert_eq(w.status, 0, "%s", w.msg);
    cr_assert_not_null(strstr(w.warn, "bytes of trailing data"), "%s", w.warn);
    cr_assert_eq(w.members, 1);
    share_result r0 = read_share(path, 0, 2, zlib, &got);
    cr_assert_eq(r0.status, VC_ERR_GZIP, "%s", r0.msg);
    char want[160];
    snprintf(want, sizeof want, "does not start a gzip member, but the next share starts further on, at byte %llu",
             (unsigned long long)late);
    cr_assert_not_null(strstr(r0.msg, want), "%s", r0.msg);
    share_result r1 = read_share(path, 1, 2, zlib, &got);
    cr_assert_eq(r1.status, 0, "%s", r1.msg);
    cr_assert_eq(r1.start, late);
    unlink(path);
    free(path);
    free(t);
    vc_buf_free(&in);
    vc_buf_free(&got);
}
Test(stream, junk_between_members_fails_the_share_before) { both(junk_between); }

/* A stored member written byte by byte, so that a test controls where its
 * block headers fall. */
typedef struct stored_writer {
    vc_buf *out;
    size_t left; /* payload bytes left in the current block */
    size_t hdr;  /* offset of the current block's header */
    uLong crc;
    uint32_t isize;
} stored_writer;

static void sw_begin(stored_writer *w, vc_buf *out)
{
    w->out = out;
    w->left = 0;
    w->hdr = SIZE_MAX;
    w->crc = crc32(0L, Z_NULL, 0);
    w->isize = 0;
    vc_buf_append(out, "\x1f\x8b\x08\0\0\0\0\0\0\xff", 10);
}

static void sw_byte(stored_writer *w, unsigned char b)
{
    if (w->left == 0) {
        w->hdr = w->out->len;
        vc_buf_append(w->out, "\0\xff\xff\0\0", 5); /* not final, 65535 bytes */
        w->left = 65535;
    }
    vc_buf_append(w->out, &b, 1);
    w->left--;
    w->crc = crc32(w->crc, &b, 1);
    w->isize++;
}

static void put_le(vc_buf *b, uint32_t v)
{
    unsigned char c[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    vc_buf_append(b, c, 4);
}

static void sw_end(stored_writer *w)
{
    unsigned len = 65535 - (unsigned)w->left;
    unsigned char *h = (unsigned char *)w->out->data + w->hdr;
    cr_assert_neq(w->hdr, SIZE_MAX);
    h[0] = 1;
    h[1] = (unsigned char)len;
    h[2] = (unsigned char)(len >> 8);
    h[3] = (unsigned char)~len;
    h[4] = (unsigned char)(~len >> 8);
    put_le(w->out, (uint32_t)w->crc);
    put_le(w->out, w->isize);
}

/* How many outer headers writing d more payload bytes inserts, and how many
 * payload bytes are left in the outer block afterwards. */
static void sw_predict(size_t left, size_t d, size_t *ins, size_t *left_after)
{
    *ins = 0;
    while (d > 0) {
        if (left == 0) {
            (*ins)++;
            left = 65535;
        }
        size_t k = d < left ? d : left;
        d -= k;
        left -= k;
    }
    *left_after = left;
}

/* Inside the payload of a stored member, a gzip member made of stored
 * blocks whose data take in the outer block headers: it inflates without
 * an error well past the window, so it passes for a member start. The
 * share that holds the outer member then finds no boundary where the next
 * share starts and must fail, not hand out the same bytes twice. */
Test(stream, false_start_inside_a_member_fails_loudly)
{
    unsigned x = 7;
#define RND() (x = x * 1103515245 + 12345, (unsigned char)(x >> 16))
    vc_buf in = VC_BUF_INIT;
    gz_member(&in, "head\n", 5, 6, 0);
    uint64_t outer = in.len;
    stored_writer w;
    sw_begin(&w, &in);
    for (size_t i = 0; i < (3u << 20) || w.left < 32; i++)
        sw_byte(&w, RND());
    uint64_t inner = in.len;
    static const unsigned char hdr[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff};
    for (int i = 0; i < 10; i++)
        sw_byte(&w, hdr[i]);
    uLong crc = crc32(0L, Z_NULL, 0);
    uint32_t isize = 0;
    while (isize < (5u << 19)) {
        /* a stored block of L bytes as the inner inflater sees them,
         * outer headers included; the next header must not straddle one */
        size_t d = 40000, ins, after;
        for (;;) {
            sw_predict(w.left - 5, d, &ins, &after);
            if (after >= 16)
                break;
            d--;
        }
        unsigned L = (unsigned)(d + 5 * ins);
        unsigned char bh[5] = {0, (unsigned char)L, (unsigned char)(L >> 8), (unsigned char)~L,
                               (unsigned char)(~L >> 8)};
        for (int i = 0; i < 5; i++)
            sw_byte(&w, bh[i]);
        size_t data = in.len;
        for (size_t i = 0; i < d; i++)
            sw_byte(&w, RND());
        cr_assert_eq(in.len - data, L);
        crc = crc32(crc, (const Bytef *)in.data + data, L);
        isize += L;
    }
    static const unsigned char fin[5] = {1, 0, 0, 0xff, 0xff};
    for (int i = 0; i < 5; i++)
        sw_byte(&w, fin[i]);
    for (int i = 0; i < 4; i++)
        sw_byte(&w, (unsigned char)(crc >> (8 * i)));
    for (int i = 0; i < 4; i++)
        sw_byte(&w, (unsigned char)(isize >> (8 * i)));
    for (int i = 0; i < 1000; i++)
        sw_byte(&w, RND());
    sw_end(&w);
    uint64_t tail = in.len;
    gz_member(&in, "tail\n", 5, 6, 0);
#undef RND
    cr_assert(in.len / 2 > outer && in.len / 2 <= inner, "share 1/2 begins inside the outer member");
    char *path = write_tmp(&in);

    vc_buf got = VC_BUF_INIT;
    for (int zlib = 1; zlib >= 0; zlib--) {
        vc_buf_reset(&got);
        share_result whole = read_share(path, 0, 0, zlib, &got);
        cr_assert_eq(whole.status, 0, "%s", whole.msg);
        cr_assert_eq(whole.members, 3);
        cr_assert_eq(got.len, 10 + w.isize);
        share_result r1 = read_share(path, 1, 2, zlib, &got);
        cr_assert_eq(r1.start, inner, "the crafted header passes for a member start");
        share_result r0 = read_share(path, 0, 2, zlib, &got);
        cr_assert_eq(r0.status, VC_ERR_GZIP, "%d %s", r0.status, r0.msg);
        char want[200];
        snprintf(want, sizeof want, "%s: share 0/2: member 2 (bytes %llu to %llu) contains byte %llu", path,
                 (unsigned long long)outer, (unsigned long long)tail, (unsigned long long)inner);
        cr_assert(strstr(r0.msg, want) == r0.msg, "%s\nwant %s", r0.msg, want);
        cr_assert_not_null(strstr(r0.msg, "cannot be split into 2 shares"), "%s", r0.msg);
    }
    unlink(path);
    free(path);
    vc_buf_free(&in);
    vc_buf_free(&got);
}
