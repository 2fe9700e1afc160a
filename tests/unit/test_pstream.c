/* test_pstream.c - parallel inflate (vc_stream_set_inflate_threads): for
 * 1 to 8 threads, several unit sizes and read sizes, the bytes read, the
 * counters, the status, the error message and the warning must be those of
 * reading in order, for every shape of multi-member file and every kind of
 * damage; every case under both inflaters. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include <zlib.h>

#include "gzip_fixture.h"
#include "vocal/buf.h"
#include "vocal/stream.h"

/* ---- building files ---- */

static void member(vc_buf *out, const void *data, size_t n, int level) { gz_member(out, data, n, level, 0); }

/* Text that compresses about 2:1, different at every offset. */
static char *text(size_t n, unsigned seed)
{
    char *t = malloc(n ? n : 1);
    cr_assert_not_null(t);
    unsigned r = seed * 2654435761u + 1;
    for (size_t i = 0; i < n; i++) {
        r = r * 1103515245 + 12345;
        t[i] = "abcdefgh ,\n"[(r >> 16) % 11];
    }
    return t;
}

static void text_member(vc_buf *out, size_t n, unsigned seed)
{
    char *t = text(n, seed);
    member(out, t, n, 6);
    free(t);
}

/* ---- reading ---- */

typedef struct outcome {
    vc_buf out;
    int status;
    char msg[VC_ERROR_MSG_MAX];
    char warn[300];
    unsigned members, units;
    uint64_t in, out_bytes;
} outcome;

/* Read the whole file (or a share of it with count > 1) with `threads`
 * (0: the call is not made), `cap` bytes at a time. */
static void read_path(const char *path, unsigned index, unsigned count, unsigned threads, size_t unit, size_t cap,
                      outcome *o)
{
    memset(o, 0, sizeof *o);
    vc_stream *s = NULL;
    vc_error e;
    vc_error_clear(&e);
    cr_assert_eq(count > 1 ? vc_stream_open_members(path, index, count, &s, &e) : vc_stream_open(path, &s, &e),
                 VC_OK, "%s", e.msg);
    if (threads)
        vc_stream_set_inflate_threads(s, threads, unit);
    char *buf = malloc(cap);
    cr_assert_not_null(buf);
    ssize_t n;
    while ((n = vc_stream_read(s, buf, cap, &e)) > 0)
        cr_assert_eq(vc_buf_append(&o->out, buf, (size_t)n), VC_OK);
    if (n < 0) {
        o->status = (int)n;
        snprintf(o->msg, sizeof o->msg, "%s", e.msg);
        cr_assert_str_eq(vc_stream_error(s), e.msg);
        cr_assert_eq(vc_stream_read(s, buf, cap, NULL), n, "errors are sticky");
        cr_assert_eq(vc_stream_status(s), n);
    }
    cr_assert_eq(vc_stream_read(s, buf, cap, NULL), n < 0 ? n : 0, "the end stays the end");
    const char *w = vc_stream_warning(s);
    snprintf(o->warn, sizeof o->warn, "%s", w ? w : "");
    o->members = vc_stream_members(s);
    o->units = vc_stream_inflate_units(s);
    o->in = vc_stream_bytes_in(s);
    o->out_bytes = vc_stream_bytes_out(s);
    free(buf);
    vc_stream_free(s);
}

static void same(const outcome *ref, const outcome *got, unsigned threads, size_t unit, size_t cap)
{
    cr_assert_eq(got->status, ref->status, "status, %u threads, unit %zu, reads of %zu: %s", threads, unit, cap,
                 got->msg);
    cr_assert_str_eq(got->msg, ref->msg, "message, %u threads, unit %zu", threads, unit);
    cr_assert_str_eq(got->warn, ref->warn, "warning, %u threads, unit %zu", threads, unit);
    cr_assert_eq(got->out.len, ref->out.len, "bytes, %u threads, unit %zu, reads of %zu", threads, unit, cap);
    cr_assert(ref->out.len == 0 || memcmp(got->out.data, ref->out.data, ref->out.len) == 0,
              "same bytes, %u threads, unit %zu", threads, unit);
    cr_assert_eq(got->out_bytes, ref->out_bytes);
    cr_assert_eq(got->members, ref->members, "members, %u threads, unit %zu: %u vs %u", threads, unit,
                 got->members, ref->members);
    cr_assert_eq(got->in, ref->in, "bytes in, %u threads, unit %zu: %llu vs %llu", threads, unit,
                 (unsigned long long)got->in, (unsigned long long)ref->in);
}

enum { POOL_NEVER, POOL_RUNS, POOL_ANY };

/* Every thread count from 1 to 8, unit sizes and read sizes against reading
 * in order. `pool`: whether a pool must have read units with 2+ threads and
 * the smallest unit. Returns the reference outcome in *ref_out if asked. */
static void check(const vc_buf *file, int zlib, int pool, outcome *ref_out)
{
    backend(zlib);
    char *path = write_tmp(file);
    static const size_t units[] = {4096, 50000, 0};
    static const size_t caps[] = {777, 256 * 1024};
    /* reading in order, with the same read size (ISA-L's bytes before a
     * truncation depend on it) */
    outcome ref, refs[2];
    for (size_t c = 0; c < 2; c++) {
        read_path(path, 0, 1, 0, 0, caps[c], &refs[c]);
        cr_assert_eq(refs[c].units, 0);
    }
    for (unsigned t = 1; t <= 8; t++)
        for (size_t u = 0; u < sizeof units / sizeof *units; u++)
            for (size_t c = 0; c < sizeof caps / sizeof *caps; c++) {
                if (t > 3 && t < 8 && (u > 0 || c > 0))
                    continue; /* keeps the run short; 1-3 and 8 threads get every combination */
                outcome got;
                read_path(path, 0, 1, t, units[u], caps[c], &got);
                /* Where reading in order already gives other bytes for
                 * other read sizes (ISA-L stops short of a truncation by a
                 * few hundred bytes with small reads), a pool may give
                 * those of large reads, as its threads read in blocks. */
                int large = refs[0].out.len != refs[1].out.len && got.out.len == refs[1].out.len;
                same(&refs[large ? 1 : c], &got, t, units[u], caps[c]);
                if (t == 1 || pool == POOL_NEVER)
                    cr_assert_eq(got.units, 0, "no pool with %u threads here", t);
                else if (pool == POOL_RUNS && u == 0)
                    cr_assert_gt(got.units, 1, "the pool ran with %u threads", t);
                vc_buf_free(&got.out);
            }
    unlink(path);
    free(path);
    ref = refs[1];
    vc_buf_free(&refs[0].out);
    if (ref_out)
        *ref_out = ref;
    else
        vc_buf_free(&ref.out);
}

static void both(void (*fn)(int zlib))
{
    fn(1);
    fn(0);
}

/* ---- cases ---- */

static void single_member(int zlib)
{
    vc_buf f = VC_BUF_INIT;
    text_member(&f, 400000, 1);
    check(&f, zlib, POOL_NEVER, NULL);
    vc_buf_free(&f);
}
Test(pstream, single_member_reads_in_order) { both(single_member); }

static void many_small(int zlib)
{
    vc_buf f = VC_BUF_INIT;
    for (unsigned i = 0; i < 300; i++)
        text_member(&f, 1000 + i * 7, i);
    outcome ref;
    check(&f, zlib, POOL_RUNS, &ref);
    cr_assert_eq(ref.members, 300);
    cr_assert_eq(ref.in, f.len);
    vc_buf_free(&ref.out);
    vc_buf_free(&f);
}
Test(pstream, many_small_members) { both(many_small); }

static void mixed_sizes(int zlib)
{
    vc_buf f = VC_BUF_INIT;
    unsigned r = 7;
    for (unsigned i = 0; i < 60; i++) {
        r = r * 1103515245 + 12345;
        size_t n = (r >> 8) % 5 == 0 ? 100000 + (r >> 4) % 150000 : (r >> 12) % 3000;
        text_member(&f, n, i);
    }
    check(&f, zlib, POOL_RUNS, NULL);
    vc_buf_free(&f);
}
Test(pstream, members_of_very_different_sizes) { both(mixed_sizes); }

static void huge_among_small(int zlib)
{
    vc_buf f = VC_BUF_INIT;
    for (unsigned i = 0; i < 40; i++)
        text_member(&f, 2000, i);
    text_member(&f, 1500000, 99); /* about 700 KB compressed: many units' worth */
    for (unsigned i = 0; i < 40; i++)
        text_member(&f, 2000, 100 + i);
    check(&f, zlib, POOL_RUNS, NULL);
    vc_buf_free(&f);
}
Test(pstream, one_huge_member_among_small_ones) { both(huge_among_small); }

static void empty_members(int zlib)
{
    vc_buf f = VC_BUF_INIT;
    member(&f, "", 0, 6);
    for (unsigned i = 0; i < 100; i++) {
        if (i % 3 == 0)
            member(&f, "", 0, 6);
        text_member(&f, 3000, i);
        if (i % 10 == 0)
            for (int k = 0; k < 30; k++)
                member(&f, "", 0, 6);
    }
    member(&f, "", 0, 6);
    outcome ref;
    check(&f, zlib, POOL_RUNS, &ref);
    cr_assert_eq(ref.members, 1 + 34 + 100 + 300 + 1);
    vc_buf_free(&ref.out);
    vc_buf_free(&f);
}
Test(pstream, empty_members) { both(empty_members); }

static void trailing(int zlib)
{
    for (int zeros = 0; zeros < 2; zeros++) {
        vc_buf f = VC_BUF_INIT;
        for (unsigned i = 0; i < 80; i++)
            text_member(&f, 3000, i);
        char *junk = zeros ? calloc(1, 5000) : text(5000, 3);
        cr_assert_eq(vc_buf_append(&f, junk, 5000), VC_OK);
        free(junk);
        outcome ref;
        check(&f, zlib, POOL_RUNS, &ref);
        cr_assert_eq(ref.status, 0);
        cr_assert_not_null(strstr(ref.warn, zeros ? "5000 bytes of zero padding" : "5000 bytes of trailing data"),
                          "%s", ref.warn);
        vc_buf_free(&ref.out);
        vc_buf_free(&f);
    }
}
Test(pstream, trailing_data_warns_as_in_order) { both(trailing); }

static void truncated(int zlib)
{
    for (int big = 0; big < 2; big++) {
        vc_buf f = VC_BUF_INIT;
        for (unsigned i = 0; i < 80; i++)
            text_member(&f, 3000, i);
        size_t before = f.len;
        text_member(&f, big ? 400000 : 3000, 1000);
        f.len = before + (f.len - before) / 2;
        outcome ref;
        check(&f, zlib, POOL_RUNS, &ref);
        cr_assert_eq(ref.status, VC_ERR_GZIP);
        cr_assert_not_null(strstr(ref.msg, "truncated in member 81"), "%s", ref.msg);
        cr_assert_geq(ref.out.len, 80 * 3000, "every complete member was delivered");
        vc_buf_free(&ref.out);
        vc_buf_free(&f);
    }
}
Test(pstream, truncated_last_member_is_an_error) { both(truncated); }

/* A damaged member in the middle: the error comes where reading in order
 * meets it, after every byte before it, with the same message. */
static void corrupt(int zlib)
{
    for (int kind = 0; kind < 3; kind++) {
        vc_buf f = VC_BUF_INIT;
        size_t bad_at = 0, bad_len = 0;
        for (unsigned i = 0; i < 120; i++) {
            if (i == 70)
                bad_at = f.len;
            text_member(&f, 3000, i);
            if (i == 70)
                bad_len = f.len - bad_at;
        }
        if (kind == 0)
            f.data[bad_at + bad_len / 2] ^= 0x55; /* the deflate data */
        else if (kind == 1)
            f.data[bad_at + bad_len - 6] ^= 0x01; /* the CRC-32 */
        else
            f.data[bad_at + bad_len - 3] ^= 0x01; /* ISIZE */
        outcome ref;
        check(&f, zlib, POOL_RUNS, &ref);
        cr_assert_eq(ref.status, VC_ERR_GZIP, "kind %d", kind);
        cr_assert_not_null(strstr(ref.msg, "member 71"), "%s", ref.msg);
        cr_assert_geq(ref.out.len, 70 * 3000, "every member before it was delivered");
        cr_assert_eq(ref.members, 70);
        vc_buf_free(&ref.out);
        vc_buf_free(&f);
    }
}
Test(pstream, corrupt_member_in_the_middle) { both(corrupt); }

/* A gzip file stored inside a member looks like a member start to the
 * unit planner, and passes its short trial inflate: the unit before then
 * does not end there, the pool hands reading back, and the bytes are still
 * exactly those of reading in order. */
static void false_start(int zlib)
{
    backend(zlib);
    char *t = text(110000, 5);
    vc_buf inner = VC_BUF_INIT, payload = VC_BUF_INIT, f = VC_BUF_INIT;
    member(&inner, t, 100000, 6); /* about 45 KB: more than the planner's trial */
    cr_assert_eq(vc_buf_append(&payload, t + 100000, 2000), VC_OK);
    cr_assert_eq(vc_buf_append(&payload, inner.data, inner.len), VC_OK);
    cr_assert_eq(vc_buf_append(&payload, t + 102000, 2000), VC_OK);
    cr_assert_lt(payload.len, 65535, "one stored block");
    text_member(&f, 3000, 1); /* the pool starts after the first member */
    member(&f, payload.data, payload.len, 0);
    for (unsigned i = 0; i < 100; i++)
        text_member(&f, 3000, 10 + i);
    char *path = write_tmp(&f);
    outcome ref;
    read_path(path, 0, 1, 0, 0, 65536, &ref);
    cr_assert_eq(ref.status, 0);
    cr_assert_eq(ref.members, 102);
    /* a unit of 1000 bytes from the outer member's start ends its scan on
     * the stored gzip's header, 2000-odd bytes in */
    for (unsigned th = 2; th <= 4; th++) {
        outcome got;
        read_path(path, 0, 1, th, 1000, 777, &got);
        same(&ref, &got, th, 1000, 777);
        cr_assert_eq(got.units, 0, "the first unit failed, so reading went on in order");
        vc_buf_free(&got.out);
        read_path(path, 0, 1, th, 4000, 777, &got); /* past it: the pool runs */
        same(&ref, &got, th, 4000, 777);
        cr_assert_gt(got.units, 1);
        vc_buf_free(&got.out);
    }
    unlink(path);
    free(path);
    free(t);
    vc_buf_free(&ref.out);
    vc_buf_free(&inner);
    vc_buf_free(&payload);
    vc_buf_free(&f);
}
Test(pstream, false_member_start_hands_reading_back) { both(false_start); }

/* Shares (vc_stream_open_members) read with a pool as without. */
static void shares(int zlib)
{
    backend(zlib);
    vc_buf f = VC_BUF_INIT;
    for (unsigned i = 0; i < 200; i++)
        text_member(&f, 5000, i);
    char *path = write_tmp(&f);
    for (unsigned count = 2; count <= 3; count++)
        for (unsigned k = 0; k < count; k++) {
            outcome ref, got;
            read_path(path, k, count, 0, 0, 65536, &ref);
            cr_assert_eq(ref.status, 0, "%s", ref.msg);
            read_path(path, k, count, 3, 4096, 777, &got);
            same(&ref, &got, 3, 4096, 777);
            cr_assert_gt(got.units, 1);
            vc_buf_free(&ref.out);
            vc_buf_free(&got.out);
        }
    unlink(path);
    free(path);
    vc_buf_free(&f);
}
Test(pstream, shares_read_the_same_with_a_pool) { both(shares); }

Test(pstream, plain_input_and_memory_never_start_a_pool)
{
    vc_buf f = VC_BUF_INIT;
    char *t = text(300000, 2);
    cr_assert_eq(vc_buf_append(&f, t, 300000), VC_OK);
    check(&f, 1, POOL_NEVER, NULL);
    vc_buf_reset(&f);
    for (unsigned i = 0; i < 100; i++)
        text_member(&f, 3000, i);
    vc_stream *s = NULL;
    vc_error e;
    cr_assert_eq(vc_stream_open_mem("mem.gz", f.data, f.len, &s, &e), VC_OK);
    vc_stream_set_inflate_threads(s, 4, 4096);
    char buf[4096];
    size_t got = 0;
    ssize_t n;
    while ((n = vc_stream_read(s, buf, sizeof buf, &e)) > 0)
        got += (size_t)n;
    cr_assert_eq(n, 0);
    cr_assert_eq(got, 300000);
    cr_assert_eq(vc_stream_inflate_units(s), 0);
    vc_stream_free(s);
    free(t);
    vc_buf_free(&f);
}

/* Read to the end without keeping the bytes: their CRC-32 and count. */
static void crc_path(const char *path, unsigned threads, uLong *crc, uint64_t *len, unsigned *units)
{
    vc_stream *s = NULL;
    vc_error e;
    cr_assert_eq(vc_stream_open(path, &s, &e), VC_OK, "%s", e.msg);
    vc_stream_set_inflate_threads(s, threads, 4096);
    static char buf[256 * 1024];
    ssize_t n;
    *crc = crc32(0L, Z_NULL, 0);
    *len = 0;
    while ((n = vc_stream_read(s, buf, sizeof buf, &e)) > 0) {
        *crc = crc32(*crc, (const Bytef *)buf, (uInt)n);
        *len += (uint64_t)n;
    }
    cr_assert_eq(n, 0, "%s", e.msg);
    *units = vc_stream_inflate_units(s);
    vc_stream_free(s);
}

/* One member far larger than the pool's buffers (it inflates to 128 MiB):
 * the other threads wait for it, and memory stays bounded. */
static void bounded(int zlib)
{
    backend(zlib);
    vc_buf f = VC_BUF_INIT;
    for (unsigned i = 0; i < 30; i++)
        text_member(&f, 3000, i);
    char *t = text(1 << 14, 9); /* repeats within deflate's window: a small member */
    z_stream z;
    memset(&z, 0, sizeof z);
    cr_assert_eq(deflateInit2(&z, 1, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY), Z_OK);
    static unsigned char out[1 << 16];
    for (int k = 0; k < 8192; k++) {
        z.next_in = (Bytef *)t;
        z.avail_in = 1 << 14;
        int flush = k == 8191 ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = out;
            z.avail_out = sizeof out;
            deflate(&z, flush);
            cr_assert_eq(vc_buf_append(&f, out, sizeof out - z.avail_out), VC_OK);
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    free(t);
    for (unsigned i = 0; i < 30; i++)
        text_member(&f, 3000, 100 + i);
    char *path = write_tmp(&f);
    vc_buf_free(&f);
    struct rusage before, after;
    getrusage(RUSAGE_SELF, &before);
    uLong crc_par, crc_seq;
    uint64_t len_par, len_seq;
    unsigned units, units_seq;
    crc_path(path, 2, &crc_par, &len_par, &units);
    getrusage(RUSAGE_SELF, &after);
    crc_path(path, 1, &crc_seq, &len_seq, &units_seq);
    cr_assert_eq(len_par, 60 * 3000 + (128u << 20));
    cr_assert_eq(len_par, len_seq);
    cr_assert_eq(crc_par, crc_seq);
    cr_assert_gt(units, 1);
    cr_assert_eq(units_seq, 0);
    long grew_kb = after.ru_maxrss - before.ru_maxrss;
    cr_assert_lt(grew_kb, 48 * 1024, "the pool's memory is bounded: peak grew by %ld KiB", grew_kb);
    unlink(path);
    free(path);
}
Test(pstream, huge_member_in_bounded_memory, .timeout = 120) { both(bounded); }
