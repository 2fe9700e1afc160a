/* test_partial.c - saved run state: the wire codec (edge values, truncation,
 * over-long varints), counters and quotes encoded and decode-merged exactly
 * (one "(other)" row after merging overflowed tables), and partial results
 * end to end: two per-file partials saved, loaded and merged in either
 * order give the counters, totals, files, quotes and rejected rows of one
 * scan over both files; mismatched settings and inputs merged twice are
 * refused; damaged partials (every truncation, every flipped byte) fail
 * cleanly or load, and never crash; the settings text a scan's options
 * give, line by line. */
#include <criterion/criterion.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "vocal/agg.h"
#include "vocal/buf.h"
#include "vocal/lexicon.h"
#include "vocal/partial.h"
#include "vocal/pipeline.h"
#include "vocal/quotes.h"
#include "vocal/period.h"
#include "vocal/sentiment.h"
#include "vocal/version.h"
#include "vocal/wire.h"

/* An assertion that talks to the runner only when it fails: the loops below
 * check tens of thousands of cases, and every cr_assert is a message. */
#define CHECK(cond, ...)                                                                                               \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            cr_assert_fail(__VA_ARGS__);                                                                               \
    } while (0)

static uint64_t bits_of(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static double double_of(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

/* An exact-size heap copy, so that a read past its end is caught by ASan. */
static unsigned char *exact_copy(const void *p, size_t n)
{
    unsigned char *c = malloc(n ? n : 1);
    CHECK(c, "out of memory");
    if (n)
        memcpy(c, p, n);
    return c;
}

/* ==== wire codec ============================================================ */

Test(wire, u64_round_trip_and_lengths)
{
    static const struct {
        uint64_t v;
        size_t len;
    } cases[] = {{0, 1},          {1, 1},         {127, 1},        {128, 2},     {255, 2},
                 {16383, 2},      {16384, 3},     {UINT32_MAX, 5}, {1ull << 63, 10},
                 {UINT64_MAX - 1, 10}, {UINT64_MAX, 10}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        vc_buf b = VC_BUF_INIT;
        cr_assert_eq(vc_wire_put_u64(&b, cases[i].v), VC_OK);
        cr_assert_eq(b.len, cases[i].len, "%llu took %zu bytes", (unsigned long long)cases[i].v, b.len);
        unsigned char *c = exact_copy(b.data, b.len);
        vc_wire_reader r;
        vc_wire_reader_init(&r, c, b.len);
        cr_assert_eq(vc_wire_get_u64(&r), cases[i].v);
        cr_assert_eq(r.bad, 0);
        cr_assert_eq(r.p, r.end, "all bytes consumed");
        free(c);
        vc_buf_free(&b);
    }
    /* the documented layout: 7 bits a byte, low first */
    vc_buf b = VC_BUF_INIT;
    vc_wire_put_u64(&b, 300);
    cr_assert_eq(b.len, 2);
    cr_assert_eq((unsigned char)b.data[0], 0xac);
    cr_assert_eq((unsigned char)b.data[1], 0x02);
    vc_buf_free(&b);
}

Test(wire, i64_zigzag_round_trip)
{
    static const int64_t vals[] = {0, -1, 1, -64, 63, 64, -65, INT32_MIN, INT32_MAX, INT64_MIN, INT64_MAX,
                                   INT64_MIN + 1, INT64_MAX - 1};
    for (size_t i = 0; i < sizeof vals / sizeof *vals; i++) {
        vc_buf b = VC_BUF_INIT;
        cr_assert_eq(vc_wire_put_i64(&b, vals[i]), VC_OK);
        unsigned char *c = exact_copy(b.data, b.len);
        vc_wire_reader r;
        vc_wire_reader_init(&r, c, b.len);
        cr_assert_eq(vc_wire_get_i64(&r), vals[i], "%lld", (long long)vals[i]);
        cr_assert_eq(r.bad, 0);
        cr_assert_eq(r.p, r.end);
        free(c);
        vc_buf_free(&b);
    }
    /* zigzag: small magnitudes of either sign stay one byte */
    static const struct {
        int64_t v;
        uint64_t z;
    } zz[] = {{0, 0}, {-1, 1}, {1, 2}, {-2, 3}, {-64, 127}, {INT64_MAX, UINT64_MAX - 1}, {INT64_MIN, UINT64_MAX}};
    for (size_t i = 0; i < sizeof zz / sizeof *zz; i++) {
        vc_buf b = VC_BUF_INIT;
        vc_wire_put_i64(&b, zz[i].v);
        vc_wire_reader r;
        vc_wire_reader_init(&r, b.data, b.len);
        cr_assert_eq(vc_wire_get_u64(&r), zz[i].z, "zigzag of %lld", (long long)zz[i].v);
        vc_buf_free(&b);
    }
}

Test(wire, f64_bits_preserved)
{
    static const uint64_t pats[] = {
        0x0000000000000000ull, /* +0 */
        0x8000000000000000ull, /* -0 */
        0x7ff8000000000000ull, /* quiet NaN */
        0x7ff8000000000123ull, /* NaN with payload */
        0xfff8000000000001ull, /* negative NaN with payload */
        0x7ff0000000000001ull, /* signalling NaN */
        0x7ff0000000000000ull, /* +inf */
        0xfff0000000000000ull, /* -inf */
        0x0000000000000001ull, /* smallest subnormal */
        0x7fefffffffffffffull, /* DBL_MAX */
        0x3fb999999999999aull, /* 0.1 */
    };
    for (size_t i = 0; i < sizeof pats / sizeof *pats; i++) {
        vc_buf b = VC_BUF_INIT;
        cr_assert_eq(vc_wire_put_f64(&b, double_of(pats[i])), VC_OK);
        cr_assert_eq(b.len, 8);
        for (int k = 0; k < 8; k++) /* fixed little-endian word */
            cr_assert_eq((unsigned char)b.data[k], (unsigned char)(pats[i] >> (8 * k)));
        unsigned char *c = exact_copy(b.data, b.len);
        vc_wire_reader r;
        vc_wire_reader_init(&r, c, 8);
        uint64_t got = bits_of(vc_wire_get_f64(&r));
        cr_assert_eq(got, pats[i], "%016llx read back as %016llx", (unsigned long long)pats[i],
                     (unsigned long long)got);
        cr_assert_eq(r.bad, 0);
        cr_assert_eq(r.p, r.end);
        free(c);
        vc_buf_free(&b);
    }
}

Test(wire, strings_null_empty_and_bytes)
{
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_wire_put_cstr(&b, NULL), VC_OK);
    cr_assert_eq(vc_wire_put_cstr(&b, ""), VC_OK);
    cr_assert_eq(vc_wire_put_cstr(&b, "abc"), VC_OK);
    cr_assert_eq(vc_wire_put_str(&b, "a\0b", 3), VC_OK);
    cr_assert_eq(vc_wire_put_str(&b, NULL, 5), VC_OK); /* NULL wins over a length */
    cr_assert_eq(vc_wire_put_cstr(&b, ""), VC_OK);       /* an empty string as the very last field */
    /* NULL is length 0, "" length 1 */
    cr_assert_eq((unsigned char)b.data[0], 0);
    cr_assert_eq((unsigned char)b.data[1], 1);
    unsigned char *c = exact_copy(b.data, b.len);
    vc_wire_reader r;
    vc_wire_reader_init(&r, c, b.len);
    size_t n = 99;
    cr_assert_null(vc_wire_get_str(&r, &n));
    cr_assert_eq(n, 0);
    const char *s = vc_wire_get_str(&r, &n);
    cr_assert_not_null(s, "empty string must not read back as NULL");
    cr_assert_eq(n, 0);
    s = vc_wire_get_str(&r, &n);
    cr_assert_eq(n, 3);
    cr_assert_eq(memcmp(s, "abc", 3), 0);
    s = vc_wire_get_str(&r, &n);
    cr_assert_eq(n, 3);
    cr_assert_eq(memcmp(s, "a\0b", 3), 0);
    cr_assert_null(vc_wire_get_str(&r, &n));
    s = vc_wire_get_str(&r, &n);
    cr_assert_not_null(s);
    cr_assert_eq(n, 0);
    cr_assert_eq(r.bad, 0);
    cr_assert_eq(r.p, r.end);

    /* strdup: NULL stays NULL, "" is an owned empty string */
    vc_wire_reader_init(&r, c, b.len);
    cr_assert_null(vc_wire_get_strdup(&r));
    cr_assert_eq(r.bad, 0);
    char *e = vc_wire_get_strdup(&r);
    cr_assert_not_null(e);
    cr_assert_str_eq(e, "");
    free(e);
    e = vc_wire_get_strdup(&r);
    cr_assert_str_eq(e, "abc");
    free(e);
    free(c);
    vc_buf_free(&b);
}

/* A record of every field kind; decoding it from any proper prefix must set
 * bad, keep p within the input, and answer 0 / NULL from then on. */
static void put_record(vc_buf *b)
{
    vc_wire_put_u64(b, UINT64_MAX);
    vc_wire_put_i64(b, INT64_MIN);
    vc_wire_put_f64(b, double_of(0x7ff8000000000123ull));
    vc_wire_put_cstr(b, "hello");
    vc_wire_put_cstr(b, NULL);
    vc_wire_put_u64(b, 300);
    vc_wire_put_cstr(b, "");
    vc_buf_append(b, "RAW", 3);
}

static int get_record(vc_wire_reader *r, int *all_ok)
{
    size_t n;
    int ok = 1;
    ok &= vc_wire_get_u64(r) == UINT64_MAX;
    ok &= vc_wire_get_i64(r) == INT64_MIN;
    ok &= bits_of(vc_wire_get_f64(r)) == 0x7ff8000000000123ull;
    const char *s = vc_wire_get_str(r, &n);
    ok &= s && n == 5 && memcmp(s, "hello", 5) == 0;
    ok &= vc_wire_get_str(r, &n) == NULL;
    ok &= vc_wire_get_u64(r) == 300;
    ok &= vc_wire_get_str(r, &n) != NULL;
    const char *raw = vc_wire_get_raw(r, 3);
    ok &= raw && memcmp(raw, "RAW", 3) == 0;
    *all_ok = ok;
    return r->bad;
}

Test(wire, every_truncation_is_bad)
{
    vc_buf b = VC_BUF_INIT;
    put_record(&b);
    unsigned char *full = exact_copy(b.data, b.len);
    vc_wire_reader r;
    int ok;
    vc_wire_reader_init(&r, full, b.len);
    cr_assert_eq(get_record(&r, &ok), 0);
    cr_assert(ok);
    cr_assert_eq(r.p, r.end);
    free(full);
    for (size_t len = 0; len < b.len; len++) {
        unsigned char *c = exact_copy(b.data, len);
        vc_wire_reader_init(&r, c, len);
        CHECK(get_record(&r, &ok) == 1, "a %zu-byte prefix of %zu decoded", len, b.len);
        CHECK(r.p >= c && r.p <= c + len, "reader ran past its input at length %zu", len);
        /* once bad, every get answers 0 / NULL without moving */
        const unsigned char *at = r.p;
        size_t n = 7;
        CHECK(vc_wire_get_u64(&r) == 0, "u64 after bad, length %zu", len);
        CHECK(vc_wire_get_i64(&r) == 0, "i64 after bad, length %zu", len);
        CHECK(bits_of(vc_wire_get_f64(&r)) == 0, "f64 after bad, length %zu", len);
        CHECK(vc_wire_get_str(&r, &n) == NULL && n == 0, "str after bad, length %zu", len);
        CHECK(vc_wire_get_strdup(&r) == NULL, "strdup after bad, length %zu", len);
        CHECK(vc_wire_get_raw(&r, 0) == NULL, "raw after bad, length %zu", len);
        CHECK(r.p == at && r.bad == 1, "reader moved after bad, length %zu", len);
        free(c);
    }
    vc_buf_free(&b);
}

Test(wire, overlong_varint_is_bad)
{
    unsigned char eleven[11];
    memset(eleven, 0x80, sizeof eleven);
    unsigned char *c = exact_copy(eleven, sizeof eleven);
    vc_wire_reader r;
    vc_wire_reader_init(&r, c, sizeof eleven);
    cr_assert_eq(vc_wire_get_u64(&r), 0);
    cr_assert_eq(r.bad, 1, "11 continuation bytes must not decode");
    cr_assert(r.p <= r.end);
    free(c);

    /* ten continuation bytes then a terminator: 11 bytes, still too long */
    unsigned char padded[11];
    memset(padded, 0x80, 10);
    padded[10] = 0x00;
    c = exact_copy(padded, sizeof padded);
    vc_wire_reader_init(&r, c, sizeof padded);
    vc_wire_get_u64(&r);
    cr_assert_eq(r.bad, 1);
    free(c);

    /* ten bytes whose last holds more than the one bit left: not a uint64 */
    unsigned char wide[10];
    memset(wide, 0xff, 9);
    wide[9] = 0x7f;
    c = exact_copy(wide, sizeof wide);
    vc_wire_reader_init(&r, c, sizeof wide);
    vc_wire_get_u64(&r);
    cr_assert_eq(r.bad, 1, "high bits must not be dropped silently");
    free(c);

    /* a run of continuation bytes that ends with the input */
    c = exact_copy(eleven, 5);
    vc_wire_reader_init(&r, c, 5);
    vc_wire_get_u64(&r);
    cr_assert_eq(r.bad, 1);
    cr_assert_eq(r.p, r.end);
    free(c);

    /* the longest valid varint is fine */
    unsigned char max[10];
    memset(max, 0xff, 9);
    max[9] = 0x01;
    c = exact_copy(max, sizeof max);
    vc_wire_reader_init(&r, c, sizeof max);
    cr_assert_eq(vc_wire_get_u64(&r), UINT64_MAX);
    cr_assert_eq(r.bad, 0);
    free(c);
}

Test(wire, string_length_beyond_input_is_bad)
{
    /* a length prefix claiming more bytes than remain, up to UINT64_MAX */
    static const uint64_t lens[] = {5, 1000, (uint64_t)SIZE_MAX, UINT64_MAX};
    for (size_t i = 0; i < sizeof lens / sizeof *lens; i++) {
        vc_buf b = VC_BUF_INIT;
        vc_wire_put_u64(&b, lens[i]);
        vc_buf_append(&b, "abc", 3);
        unsigned char *c = exact_copy(b.data, b.len);
        vc_wire_reader r;
        vc_wire_reader_init(&r, c, b.len);
        size_t n = 9;
        cr_assert_null(vc_wire_get_str(&r, &n));
        cr_assert_eq(n, 0);
        cr_assert_eq(r.bad, 1, "length %llu", (unsigned long long)lens[i]);
        free(c);
        vc_buf_free(&b);
    }
    vc_wire_reader r;
    vc_wire_reader_init(&r, "ab", 2);
    cr_assert_null(vc_wire_get_raw(&r, 3));
    cr_assert_eq(r.bad, 1);
}

/* ==== counters ============================================================== */

#define NTH 3

static void obs_add(vc_agg *a, int group, int score, const char *region, const uint32_t *themes, size_t nt,
                    double compound, int sentiment)
{
    const char *seg[2] = {"all", region};
    size_t len[2] = {3, strlen(region)};
    vc_theme_obs to[NTH];
    for (size_t i = 0; i < nt; i++) {
        to[i].theme = themes[i];
        to[i].has_sentiment = sentiment;
        to[i].compound = compound * (double)(i + 1) / 2.0;
    }
    vc_obs o = {group, score, seg, len, to, nt, sentiment, compound};
    cr_assert_eq(vc_agg_add(a, &o), VC_OK);
}

/* A table with every kind of counter: groups, unscored and invalid scores,
 * negative compound sums, blank segments, theme-less comments. */
static vc_agg *sample_agg(size_t max_segments, const char *const *regions, size_t nregions, unsigned seed)
{
    vc_agg *a = vc_agg_new(2, NTH, max_segments);
    cr_assert_not_null(a);
    for (unsigned i = 0; i < 60; i++) {
        unsigned x = (i * 2654435761u) ^ seed;
        int score = (int)(x % 11);
        int group = x % 7 == 0 ? VC_GROUP_UNSCORED : x % 13 == 0 ? VC_GROUP_INVALID
                    : score <= 6                  ? VC_GROUP_LOW
                    : score <= 8                  ? VC_GROUP_MID
                                                  : VC_GROUP_HIGH;
        uint32_t th[NTH];
        size_t nt = 0;
        for (uint32_t t = 0; t < NTH; t++)
            if ((x >> (t + 3)) & 1)
                th[nt++] = t;
        double compound = ((double)(x % 2001) - 1000.0) / 1000.0;
        obs_add(a, group, score, regions[(x >> 8) % nregions], th, nt, compound, i % 5 != 0);
    }
    return a;
}

static void assert_cell_eq(const vc_cell *x, const vc_cell *y, const char *what, const char *seg, long theme)
{
    cr_assert_eq(x->comments, y->comments, "%s: %s theme %ld comments %llu vs %llu", what, seg, theme,
                 (unsigned long long)x->comments, (unsigned long long)y->comments);
    for (int g = 0; g < 3; g++) {
        cr_assert_eq(x->group[g], y->group[g], "%s: %s theme %ld group %d", what, seg, theme, g);
        cr_assert_eq(x->sent[g], y->sent[g], "%s: %s theme %ld sent %d", what, seg, theme, g);
    }
    cr_assert_eq(x->score_sum, y->score_sum, "%s: %s theme %ld score_sum", what, seg, theme);
    cr_assert_eq(x->compound_sum, y->compound_sum, "%s: %s theme %ld compound_sum", what, seg, theme);
    cr_assert_eq(x->sentiment_n, y->sentiment_n, "%s: %s theme %ld sentiment_n", what, seg, theme);
}

/* Both sorted. Every segment (by name), every theme and the base row. */
static void assert_agg_eq(const vc_agg *x, const vc_agg *y, const char *what)
{
    cr_assert_eq(vc_agg_dims(x), vc_agg_dims(y), "%s: dims", what);
    cr_assert_eq(vc_agg_themes(x), vc_agg_themes(y), "%s: themes", what);
    for (size_t d = 0; d < vc_agg_dims(x); d++) {
        size_t n = vc_agg_segments(x, d);
        cr_assert_gt(n, 0, "%s: dim %zu has no segments (not sorted?)", what, d);
        cr_assert_eq(n, vc_agg_segments(y, d), "%s: dim %zu has %zu vs %zu segments", what, d, n,
                     vc_agg_segments(y, d));
        cr_assert_eq(vc_agg_overflow(x, d), vc_agg_overflow(y, d), "%s: dim %zu overflow", what, d);
        for (size_t s = 0; s < n; s++) {
            const char *name = vc_agg_segment_name(x, d, s);
            cr_assert_str_eq(name, vc_agg_segment_name(y, d, s), "%s: dim %zu segment %zu", what, d, s);
            assert_cell_eq(vc_agg_cell(x, d, s, VC_AGG_BASE), vc_agg_cell(y, d, s, VC_AGG_BASE), what, name, -1);
            for (uint32_t t = 0; t < vc_agg_themes(x); t++)
                assert_cell_eq(vc_agg_cell(x, d, s, t), vc_agg_cell(y, d, s, t), what, name, (long)t);
        }
    }
}

static const char *REG1[] = {"EMEA", "APAC", "NA", "", "  LATAM ", "(blank)"};
static const char *REG2[] = {"APAC", "Nordics", "NA", "DACH", ""};

Test(agg_wire, encode_decode_identical)
{
    vc_agg *a = sample_agg(0, REG1, 6, 0x1234);
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_agg_encode(a, &b), VC_OK);
    unsigned char *c = exact_copy(b.data, b.len);
    vc_agg *d = vc_agg_new(2, NTH, 0);
    vc_wire_reader r;
    vc_wire_reader_init(&r, c, b.len);
    cr_assert_eq(vc_agg_decode_merge(d, &r), VC_OK);
    cr_assert_eq(r.bad, 0);
    cr_assert_eq(r.p, r.end, "the encoding is consumed exactly");
    vc_agg_sort(a);
    vc_agg_sort(d);
    assert_agg_eq(a, d, "round trip");
    /* some cell has a negative compound sum, so zigzag was exercised */
    int negative = 0;
    for (size_t s = 0; s < vc_agg_segments(a, 1); s++)
        negative |= vc_agg_cell(a, 1, s, VC_AGG_BASE)->compound_sum < 0;
    cr_assert(negative);
    /* re-encoding the decoded table gives the same bytes */
    vc_buf b2 = VC_BUF_INIT;
    cr_assert_eq(vc_agg_encode(d, &b2), VC_OK);
    cr_assert_eq(b2.len, b.len);
    free(c);
    vc_buf_free(&b);
    vc_buf_free(&b2);
    vc_agg_free(a);
    vc_agg_free(d);
}

Test(agg_wire, decode_merge_equals_merge)
{
    vc_agg *a1 = sample_agg(0, REG1, 6, 0x1111);
    vc_agg *a2 = sample_agg(0, REG2, 5, 0x2222);
    vc_buf b1 = VC_BUF_INIT, b2 = VC_BUF_INIT;
    cr_assert_eq(vc_agg_encode(a1, &b1), VC_OK);
    cr_assert_eq(vc_agg_encode(a2, &b2), VC_OK);

    /* both decoded into an empty table, in either order */
    for (int order = 0; order < 2; order++) {
        vc_agg *dec = vc_agg_new(2, NTH, 0);
        vc_buf *first = order ? &b2 : &b1, *second = order ? &b1 : &b2;
        vc_wire_reader r;
        vc_wire_reader_init(&r, first->data, first->len);
        cr_assert_eq(vc_agg_decode_merge(dec, &r), VC_OK);
        vc_wire_reader_init(&r, second->data, second->len);
        cr_assert_eq(vc_agg_decode_merge(dec, &r), VC_OK);
        vc_agg *mer = vc_agg_new(2, NTH, 0);
        cr_assert_eq(vc_agg_merge(mer, a1), VC_OK);
        cr_assert_eq(vc_agg_merge(mer, a2), VC_OK);
        vc_agg_sort(dec);
        vc_agg_sort(mer);
        assert_agg_eq(mer, dec, order ? "decode b2+b1" : "decode b1+b2");
        vc_agg_free(dec);
        vc_agg_free(mer);
    }

    /* decoded into a table that already holds counts, as merge does */
    vc_agg *into = sample_agg(0, REG1, 6, 0x1111);
    vc_wire_reader r;
    vc_wire_reader_init(&r, b2.data, b2.len);
    cr_assert_eq(vc_agg_decode_merge(into, &r), VC_OK);
    cr_assert_eq(vc_agg_merge(a1, a2), VC_OK);
    vc_agg_sort(into);
    vc_agg_sort(a1);
    assert_agg_eq(a1, into, "decode into a full table");
    /* "APAC" and "NA" are in both: one row each, with both tables' counts */
    size_t napac = 0;
    for (size_t s = 0; s < vc_agg_segments(into, 1); s++)
        napac += strcmp(vc_agg_segment_name(into, 1, s), "APAC") == 0;
    cr_assert_eq(napac, 1);
    vc_buf_free(&b1);
    vc_buf_free(&b2);
    vc_agg_free(a1);
    vc_agg_free(a2);
    vc_agg_free(into);
}

Test(agg_wire, shape_mismatch_is_data_error)
{
    vc_agg *a = sample_agg(50, REG1, 6, 7);
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_agg_encode(a, &b), VC_OK);
    static const size_t shapes[][3] = {{3, NTH, 50}, {1, NTH, 50}, {2, NTH + 1, 50}, {2, NTH - 1, 50},
                                       {2, NTH, 51}, {2, NTH, 1000}};
    for (size_t i = 0; i < sizeof shapes / sizeof *shapes; i++) {
        vc_agg *d = vc_agg_new(shapes[i][0], shapes[i][1], shapes[i][2]);
        vc_wire_reader r;
        vc_wire_reader_init(&r, b.data, b.len);
        cr_assert_eq(vc_agg_decode_merge(d, &r), VC_ERR_DATA, "shape %zu x %zu cap %zu", shapes[i][0],
                     shapes[i][1], shapes[i][2]);
        vc_agg_free(d);
    }
    /* the right shape decodes */
    vc_agg *d = vc_agg_new(2, NTH, 50);
    vc_wire_reader r;
    vc_wire_reader_init(&r, b.data, b.len);
    cr_assert_eq(vc_agg_decode_merge(d, &r), VC_OK);
    vc_agg_free(d);
    vc_buf_free(&b);
    vc_agg_free(a);
}

Test(agg_wire, every_truncation_is_data_error)
{
    vc_agg *a = sample_agg(0, REG1, 6, 99);
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_agg_encode(a, &b), VC_OK);
    for (size_t len = 0; len < b.len; len++) {
        unsigned char *c = exact_copy(b.data, len);
        vc_agg *d = vc_agg_new(2, NTH, 0);
        vc_wire_reader r;
        vc_wire_reader_init(&r, c, len);
        CHECK(vc_agg_decode_merge(d, &r) == VC_ERR_DATA, "a %zu-byte prefix of %zu decoded", len, b.len);
        CHECK(r.p <= r.end, "past the end at %zu", len);
        vc_agg_free(d);
        free(c);
    }
    vc_buf_free(&b);
    vc_agg_free(a);
}

static size_t find_segment(const vc_agg *a, size_t dim, const char *name, size_t *count)
{
    size_t at = (size_t)-1;
    *count = 0;
    for (size_t s = 0; s < vc_agg_segments(a, dim); s++)
        if (strcmp(vc_agg_segment_name(a, dim, s), name) == 0) {
            at = s;
            ++*count;
        }
    return at;
}

static uint64_t dim_total(const vc_agg *a, size_t dim)
{
    uint64_t total = 0;
    for (size_t s = 0; s < vc_agg_segments(a, dim); s++)
        total += vc_agg_cell(a, dim, s, VC_AGG_BASE)->comments;
    return total;
}

/* Regression: an "(other)" row of a merged table joined ours only through
 * the segment cap, so a merged "(other)" became a second row of that name.
 * Both tables see the same five values, so they keep the same two (the cap
 * keeps the smallest hashes, whatever the order) and fold the same three. */
Test(agg_wire, overflowed_tables_merge_into_one_other_row)
{
    static const char *R[] = {"A", "B", "C", "D", "E"};
    vc_agg *a1 = vc_agg_new(2, NTH, 2), *a2 = vc_agg_new(2, NTH, 2), *one = vc_agg_new(2, NTH, 2);
    uint32_t th0 = 0;
    for (int i = 0; i < 20; i++) {
        obs_add(a1, VC_GROUP_LOW, 3, R[i % 5], &th0, 1, -0.5, 1);
        obs_add(one, VC_GROUP_LOW, 3, R[i % 5], &th0, 1, -0.5, 1);
    }
    for (int i = 0; i < 15; i++) {
        obs_add(a2, VC_GROUP_HIGH, 10, R[(i * 3) % 5], &th0, 1, 0.5, 1);
        obs_add(one, VC_GROUP_HIGH, 10, R[(i * 3) % 5], &th0, 1, 0.5, 1);
    }
    vc_buf b1 = VC_BUF_INIT, b2 = VC_BUF_INIT;
    cr_assert_eq(vc_agg_encode(a1, &b1), VC_OK);
    cr_assert_eq(vc_agg_encode(a2, &b2), VC_OK);
    vc_agg_sort(a1);
    vc_agg_sort(a2);
    vc_agg_sort(one);
    size_t cnt;
    size_t o1 = find_segment(a1, 1, VC_AGG_OTHER, &cnt);
    cr_assert_eq(cnt, 1);
    size_t o2 = find_segment(a2, 1, VC_AGG_OTHER, &cnt);
    cr_assert_eq(cnt, 1);
    uint64_t c1 = vc_agg_cell(a1, 1, o1, VC_AGG_BASE)->comments, c2 = vc_agg_cell(a2, 1, o2, VC_AGG_BASE)->comments;
    cr_assert_eq(c1, 12, "three of five values fold into (other)");
    cr_assert_eq(c2, 9);
    for (size_t s = 0; s < 3; s++) /* the same two values kept by both */
        cr_assert_str_eq(vc_agg_segment_name(a1, 1, s), vc_agg_segment_name(a2, 1, s));

    /* decoded, in either order */
    for (int order = 0; order < 2; order++) {
        vc_agg *d = vc_agg_new(2, NTH, 2);
        vc_wire_reader r;
        vc_wire_reader_init(&r, order ? b2.data : b1.data, order ? b2.len : b1.len);
        cr_assert_eq(vc_agg_decode_merge(d, &r), VC_OK);
        vc_wire_reader_init(&r, order ? b1.data : b2.data, order ? b1.len : b2.len);
        cr_assert_eq(vc_agg_decode_merge(d, &r), VC_OK);
        vc_agg_sort(d);
        size_t od = find_segment(d, 1, VC_AGG_OTHER, &cnt);
        cr_assert_eq(cnt, 1, "one (other) row after decode-merge, found %zu", cnt);
        cr_assert_eq(vc_agg_segments(d, 1), 3, "two values and (other)");
        const vc_cell *oc = vc_agg_cell(d, 1, od, VC_AGG_BASE);
        cr_assert_eq(oc->comments, c1 + c2, "(other) holds %llu, not %llu + %llu", (unsigned long long)oc->comments,
                     (unsigned long long)c1, (unsigned long long)c2);
        cr_assert_eq(oc->group[VC_GROUP_LOW], c1);
        cr_assert_eq(oc->group[VC_GROUP_HIGH], c2);
        cr_assert_eq(vc_agg_cell(d, 1, od, 0)->comments, c1 + c2);
        cr_assert_eq(vc_agg_overflow(d, 1), vc_agg_overflow(a1, 1) + vc_agg_overflow(a2, 1));
        cr_assert_eq(dim_total(d, 1), 35);
        assert_agg_eq(one, d, "decode-merge vs one table");
        vc_agg_free(d);
    }

    /* merged in memory: the same */
    vc_agg *m = vc_agg_new(2, NTH, 2);
    cr_assert_eq(vc_agg_merge(m, a2), VC_OK);
    cr_assert_eq(vc_agg_merge(m, a1), VC_OK);
    vc_agg_sort(m);
    find_segment(m, 1, VC_AGG_OTHER, &cnt);
    cr_assert_eq(cnt, 1, "one (other) row after merge, found %zu", cnt);
    assert_agg_eq(one, m, "merge vs one table");

    vc_buf_free(&b1);
    vc_buf_free(&b2);
    vc_agg_free(a1);
    vc_agg_free(a2);
    vc_agg_free(one);
    vc_agg_free(m);
}

/* Tables that overflowed with different values, merged into a table still
 * under its cap: one "(other)" row, every comment counted once, and the
 * same counters as one table over all the rows. */
Test(agg_wire, overflowed_tables_with_different_values)
{
    static const char *R1[] = {"A", "B", "C", "D", "E"};
    static const char *R2[] = {"A", "B", "X", "Y", "Z", "W"};
    vc_agg *a1 = vc_agg_new(2, NTH, 2), *a2 = vc_agg_new(2, NTH, 2), *u = vc_agg_new(2, NTH, 2),
           *one = vc_agg_new(2, NTH, 2);
    uint32_t th0 = 0;
    obs_add(u, VC_GROUP_MID, 7, "A", &th0, 1, 0.0, 1);
    obs_add(one, VC_GROUP_MID, 7, "A", &th0, 1, 0.0, 1);
    for (int i = 0; i < 20; i++) {
        obs_add(a1, VC_GROUP_LOW, 3, R1[i % 5], &th0, 1, -0.5, 1);
        obs_add(one, VC_GROUP_LOW, 3, R1[i % 5], &th0, 1, -0.5, 1);
    }
    for (int i = 0; i < 18; i++) {
        obs_add(a2, VC_GROUP_HIGH, 10, R2[i % 6], &th0, 1, 0.5, 1);
        obs_add(one, VC_GROUP_HIGH, 10, R2[i % 6], &th0, 1, 0.5, 1);
    }
    vc_buf b1 = VC_BUF_INIT, b2 = VC_BUF_INIT;
    cr_assert_eq(vc_agg_encode(a1, &b1), VC_OK);
    cr_assert_eq(vc_agg_encode(a2, &b2), VC_OK);
    vc_wire_reader r;
    vc_wire_reader_init(&r, b2.data, b2.len);
    cr_assert_eq(vc_agg_decode_merge(u, &r), VC_OK);
    vc_wire_reader_init(&r, b1.data, b1.len);
    cr_assert_eq(vc_agg_decode_merge(u, &r), VC_OK);
    vc_agg_sort(u);
    vc_agg_sort(one);
    size_t cnt;
    size_t od = find_segment(u, 1, VC_AGG_OTHER, &cnt);
    cr_assert_eq(cnt, 1, "one (other) row, found %zu", cnt);
    cr_assert_eq(vc_agg_segments(u, 1), 3);
    cr_assert_eq(dim_total(u, 1), 39, "every comment once");
    cr_assert_eq(vc_agg_cell(u, 1, od, VC_AGG_BASE)->comments, vc_agg_overflow(u, 1),
                 "(other) holds exactly the overflow");
    assert_agg_eq(one, u, "decode-merge vs one table");
    vc_buf_free(&b1);
    vc_buf_free(&b2);
    vc_agg_free(a1);
    vc_agg_free(a2);
    vc_agg_free(u);
    vc_agg_free(one);
}

/* ==== quotes ================================================================ */

typedef struct hq {
    uint32_t theme;
    int group;
    const char *text;
    uint64_t compound_bits, score_bits, hash, file, line;
    int64_t respondent_score;
    const char *segments;
    uint64_t mark, mark_len;
} hq;

/* Hand-encode quotes in the documented layout: nthemes k, then per (theme,
 * group) list n and per quote text, compound, score, hash, file, line,
 * respondent's score, segments, mark and mark length. Quotes of a list
 * must be given best first. */
static void encode_quotes(vc_buf *b, size_t nthemes, size_t k, const hq *qs, size_t n)
{
    vc_wire_put_u64(b, nthemes);
    vc_wire_put_u64(b, k);
    for (size_t l = 0; l < nthemes * 3; l++) {
        uint64_t cnt = 0;
        for (size_t i = 0; i < n; i++)
            cnt += (size_t)qs[i].theme * 3 + (size_t)qs[i].group == l;
        vc_wire_put_u64(b, cnt);
        for (size_t i = 0; i < n; i++) {
            if ((size_t)qs[i].theme * 3 + (size_t)qs[i].group != l)
                continue;
            vc_wire_put_cstr(b, qs[i].text);
            vc_wire_put_f64(b, double_of(qs[i].compound_bits));
            vc_wire_put_f64(b, double_of(qs[i].score_bits));
            vc_wire_put_u64(b, qs[i].hash);
            vc_wire_put_u64(b, qs[i].file);
            vc_wire_put_u64(b, qs[i].line);
            vc_wire_put_i64(b, qs[i].respondent_score);
            vc_wire_put_cstr(b, qs[i].segments);
            vc_wire_put_u64(b, qs[i].mark);
            vc_wire_put_u64(b, qs[i].mark_len);
        }
    }
}

#define QNAN_PAYLOAD 0x7ff80000deadbeefull

static const hq HQ[] = {
    {0, 0, "The refund never came.", QNAN_PAYLOAD, 0x3fd3333333333334ull /* 0.30000000000000004 */, 42, 1, 7, 2,
     "EU\x1f" "2026-10", 4, 6},
    {0, 0, "Support was slow to answer.", 0xbfe0000000000000ull, 0x3fd3333333333333ull /* 0.3 */, 41, 0, 3,
     INT32_MIN /* no score */, "(blank)\x1f" "2026-11", 0, 7},
    {0, 0, "Meh.", 0x8000000000000000ull /* -0 */, 0x0000000000000001ull, UINT64_MAX, 1, UINT64_MAX - 300, -7,
     NULL, 0, 0},
    {1, 2, "Great value for money, would recommend.", 0x3fe8000000000000ull, 0x3fe0000000000000ull, 9, 0, 12, 10,
     "delivery, price\x1f\x1f", 6, 5},
    {1, 1, "", 0x7ff0000000000000ull, 0x3fb999999999999aull, 0, 1, 0, INT32_MAX, "", 0, 0},
};

static void check_hq(const vc_quote *got, const hq *want, uint64_t file, uint64_t line)
{
    cr_assert_str_eq(got->text, want->text);
    cr_assert_eq(bits_of(got->compound), want->compound_bits, "compound %016llx vs %016llx",
                 (unsigned long long)bits_of(got->compound), (unsigned long long)want->compound_bits);
    cr_assert_eq(bits_of(got->score), want->score_bits);
    cr_assert_eq(got->hash, want->hash);
    cr_assert_eq(got->file, file);
    cr_assert_eq(got->line, line);
    cr_assert_eq(got->respondent_score, want->respondent_score);
    if (want->segments)
        cr_assert_str_eq(got->segments, want->segments);
    else
        cr_assert_null(got->segments);
    cr_assert_eq(got->mark, want->mark);
    cr_assert_eq(got->mark_len, want->mark_len);
}

Test(quotes_wire, round_trip_bit_exact)
{
    vc_buf b = VC_BUF_INIT;
    encode_quotes(&b, 2, 3, HQ, 5);
    unsigned char *c = exact_copy(b.data, b.len);
    vc_quotes *q = vc_quotes_new_themes(2, 3);
    cr_assert_not_null(q);
    cr_assert_eq(vc_quotes_themes(q), 2);
    vc_wire_reader r;
    vc_wire_reader_init(&r, c, b.len);
    cr_assert_eq(vc_quotes_decode_merge(q, &r, NULL, NULL, SIZE_MAX), VC_OK);
    cr_assert_eq(r.p, r.end);
    size_t n;
    const vc_quote *v = vc_quotes_get(q, 0, 0, &n);
    cr_assert_eq(n, 3);
    for (int i = 0; i < 3; i++)
        check_hq(&v[i], &HQ[i], HQ[i].file, HQ[i].line);
    cr_assert(isnan(v[0].compound));
    cr_assert(signbit(v[2].compound), "-0 keeps its sign");
    v = vc_quotes_get(q, 1, 2, &n);
    cr_assert_eq(n, 1);
    check_hq(&v[0], &HQ[3], 0, 12);
    v = vc_quotes_get(q, 1, 1, &n);
    cr_assert_eq(n, 1);
    check_hq(&v[0], &HQ[4], 1, 0);
    vc_quotes_get(q, 1, 0, &n);
    cr_assert_eq(n, 0);

    /* encode gives back the very bytes, and a second round trip is exact */
    vc_buf b2 = VC_BUF_INIT;
    cr_assert_eq(vc_quotes_encode(q, &b2), VC_OK);
    cr_assert_eq(b2.len, b.len);
    cr_assert_eq(memcmp(b2.data, b.data, b.len), 0, "re-encoded quotes differ");
    vc_quotes *q2 = vc_quotes_new_themes(2, 3);
    vc_wire_reader_init(&r, b2.data, b2.len);
    cr_assert_eq(vc_quotes_decode_merge(q2, &r, NULL, NULL, SIZE_MAX), VC_OK);
    v = vc_quotes_get(q2, 0, 0, &n);
    cr_assert_eq(n, 3);
    check_hq(&v[0], &HQ[0], 1, 7);
    free(c);
    vc_buf_free(&b);
    vc_buf_free(&b2);
    vc_quotes_free(q);
    vc_quotes_free(q2);
}

Test(quotes_wire, file_map_and_line_base)
{
    vc_buf b = VC_BUF_INIT;
    encode_quotes(&b, 2, 3, HQ, 4); /* files 0 and 1 only */
    const uint64_t map[] = {5, 7}, base[] = {100, 200};

    vc_quotes *q = vc_quotes_new_themes(2, 3);
    vc_wire_reader r;
    vc_wire_reader_init(&r, b.data, b.len);
    cr_assert_eq(vc_quotes_decode_merge(q, &r, map, base, 2), VC_OK);
    size_t n;
    const vc_quote *v = vc_quotes_get(q, 0, 0, &n);
    cr_assert_eq(n, 3);
    check_hq(&v[0], &HQ[0], 7, 7 + 200);
    check_hq(&v[1], &HQ[1], 5, 3 + 100);
    check_hq(&v[2], &HQ[2], 7, UINT64_MAX - 300 + 200);
    v = vc_quotes_get(q, 1, 2, &n);
    check_hq(&v[0], &HQ[3], 5, 112);
    vc_quotes_free(q);

    /* each on its own */
    q = vc_quotes_new_themes(2, 3);
    vc_wire_reader_init(&r, b.data, b.len);
    cr_assert_eq(vc_quotes_decode_merge(q, &r, map, NULL, 2), VC_OK);
    v = vc_quotes_get(q, 0, 0, &n);
    check_hq(&v[0], &HQ[0], 7, 7);
    vc_quotes_free(q);
    q = vc_quotes_new_themes(2, 3);
    vc_wire_reader_init(&r, b.data, b.len);
    cr_assert_eq(vc_quotes_decode_merge(q, &r, NULL, base, 2), VC_OK);
    v = vc_quotes_get(q, 0, 0, &n);
    check_hq(&v[0], &HQ[0], 1, 207);
    vc_quotes_free(q);
    vc_buf_free(&b);
}

Test(quotes_wire, file_index_out_of_range_is_data_error)
{
    vc_buf b = VC_BUF_INIT;
    encode_quotes(&b, 2, 3, HQ, 5); /* uses files 0 and 1 */
    const uint64_t map[] = {5}, base[] = {100};
    vc_quotes *q = vc_quotes_new_themes(2, 3);
    vc_wire_reader r;
    vc_wire_reader_init(&r, b.data, b.len);
    cr_assert_eq(vc_quotes_decode_merge(q, &r, map, NULL, 1), VC_ERR_DATA);
    vc_quotes_free(q);
    q = vc_quotes_new_themes(2, 3);
    vc_wire_reader_init(&r, b.data, b.len);
    cr_assert_eq(vc_quotes_decode_merge(q, &r, NULL, base, 1), VC_ERR_DATA);
    vc_quotes_free(q);
    q = vc_quotes_new_themes(2, 3);
    vc_wire_reader_init(&r, b.data, b.len);
    cr_assert_eq(vc_quotes_decode_merge(q, &r, map, base, 1), VC_ERR_DATA);
    vc_quotes_free(q);
    vc_buf_free(&b);
}

Test(quotes_wire, malformed_is_data_error)
{
    vc_buf b = VC_BUF_INIT;
    encode_quotes(&b, 2, 3, HQ, 5);
    vc_wire_reader r;
    /* another shape */
    static const size_t shapes[][2] = {{1, 3}, {3, 3}, {2, 2}, {2, 4}};
    for (size_t i = 0; i < 4; i++) {
        vc_quotes *q = vc_quotes_new_themes(shapes[i][0], shapes[i][1]);
        vc_wire_reader_init(&r, b.data, b.len);
        cr_assert_eq(vc_quotes_decode_merge(q, &r, NULL, NULL, SIZE_MAX), VC_ERR_DATA, "themes %zu k %zu", shapes[i][0],
                     shapes[i][1]);
        vc_quotes_free(q);
    }
    /* every truncation */
    for (size_t len = 0; len < b.len; len++) {
        unsigned char *c = exact_copy(b.data, len);
        vc_quotes *q = vc_quotes_new_themes(2, 3);
        vc_wire_reader_init(&r, c, len);
        CHECK(vc_quotes_decode_merge(q, &r, NULL, NULL, SIZE_MAX) == VC_ERR_DATA, "prefix %zu of %zu", len, b.len);
        vc_quotes_free(q);
        free(c);
    }
    vc_buf_free(&b);

    /* more quotes in a list than k; a NULL text; a text with a NUL byte */
    hq four[] = {HQ[0], HQ[1], HQ[2], HQ[0]};
    four[3].text = "another";
    four[3].score_bits = 0;
    vc_buf_init(&b);
    encode_quotes(&b, 2, 3, four, 4);
    vc_quotes *q = vc_quotes_new_themes(2, 3);
    vc_wire_reader_init(&r, b.data, b.len);
    cr_assert_eq(vc_quotes_decode_merge(q, &r, NULL, NULL, SIZE_MAX), VC_ERR_DATA, "4 quotes with k = 3");
    vc_quotes_free(q);
    vc_buf_free(&b);

    hq one = HQ[3];
    one.text = NULL;
    encode_quotes(&b, 2, 3, &one, 1);
    q = vc_quotes_new_themes(2, 3);
    vc_wire_reader_init(&r, b.data, b.len);
    cr_assert_eq(vc_quotes_decode_merge(q, &r, NULL, NULL, SIZE_MAX), VC_ERR_DATA, "NULL text");
    vc_quotes_free(q);
    vc_buf_free(&b);

    /* a text with a NUL inside: hand-written list */
    vc_wire_put_u64(&b, 1);
    vc_wire_put_u64(&b, 1);
    vc_wire_put_u64(&b, 1);
    vc_wire_put_str(&b, "a\0b", 3);
    vc_wire_put_f64(&b, 0.0);
    vc_wire_put_f64(&b, 0.5);
    vc_wire_put_u64(&b, 1);
    vc_wire_put_u64(&b, 0);
    vc_wire_put_u64(&b, 1);
    vc_wire_put_u64(&b, 0);
    vc_wire_put_u64(&b, 0);
    vc_wire_put_i64(&b, 5);
    vc_wire_put_cstr(&b, NULL);
    vc_wire_put_u64(&b, 0);
    vc_wire_put_u64(&b, 0);
    q = vc_quotes_new_themes(1, 1);
    vc_wire_reader_init(&r, b.data, b.len);
    cr_assert_eq(vc_quotes_decode_merge(q, &r, NULL, NULL, SIZE_MAX), VC_ERR_DATA, "NUL in text");
    vc_quotes_free(q);
    vc_buf_free(&b);

    /* a context that cannot be: a mark outside the text or inside a
     * character, a score beyond 32 bits, a NUL in the segments */
    static const struct {
        const char *text;
        int64_t score;
        const char *segments;
        size_t seglen;
        uint64_t mark, mark_len;
        const char *why;
    } bad[] = {
        {"ok then", 1, "EU", 2, 5, 3, "mark past the end"},
        {"ok then", 1, "EU", 2, 3, UINT64_MAX, "mark length wraps"},
        {"ok then", 1, "EU", 2, 8, 0, "empty mark not at 0"},
        {"caf\xc3\xa9 ok", 1, "EU", 2, 4, 2, "mark starts inside a character"},
        {"caf\xc3\xa9 ok", 1, "EU", 2, 0, 4, "mark ends inside a character"},
        {"ok then", (int64_t)INT32_MAX + 1, "EU", 2, 0, 2, "score beyond int32"},
        {"ok then", (int64_t)INT32_MIN - 1, "EU", 2, 0, 2, "score below int32"},
        {"ok then", 1, "E\0U", 3, 0, 2, "NUL in segments"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        vc_buf_init(&b);
        vc_wire_put_u64(&b, 1);
        vc_wire_put_u64(&b, 1);
        vc_wire_put_u64(&b, 1);
        vc_wire_put_cstr(&b, bad[i].text);
        vc_wire_put_f64(&b, 0.0);
        vc_wire_put_f64(&b, 0.5);
        vc_wire_put_u64(&b, 1);
        vc_wire_put_u64(&b, 0);
        vc_wire_put_u64(&b, 1);
        vc_wire_put_i64(&b, bad[i].score);
        vc_wire_put_str(&b, bad[i].segments, bad[i].seglen);
        vc_wire_put_u64(&b, bad[i].mark);
        vc_wire_put_u64(&b, bad[i].mark_len);
        for (int l = 0; l < 2; l++)
            vc_wire_put_u64(&b, 0);
        q = vc_quotes_new_themes(1, 1);
        vc_wire_reader_init(&r, b.data, b.len);
        cr_assert_eq(vc_quotes_decode_merge(q, &r, NULL, NULL, SIZE_MAX), VC_ERR_DATA, "%s", bad[i].why);
        vc_quotes_free(q);
        vc_buf_free(&b);
    }
    /* the same list with a good context decodes */
    vc_buf_init(&b);
    hq good = {0, 0, "caf\xc3\xa9 ok", 0, 0x3fe0000000000000ull, 1, 0, 1, 1, "EU", 0, 5};
    encode_quotes(&b, 1, 1, &good, 1);
    q = vc_quotes_new_themes(1, 1);
    vc_wire_reader_init(&r, b.data, b.len);
    cr_assert_eq(vc_quotes_decode_merge(q, &r, NULL, NULL, SIZE_MAX), VC_OK);
    vc_quotes_free(q);
    vc_buf_free(&b);
}

Test(quotes_wire, decode_merge_deduplicates_and_keeps_best)
{
    /* the same sentence from two sets keeps its first place, with that
     * place's context; k bounds the list */
    hq s1[] = {{0, 0, "Same words here.", 0, 0x3fe0000000000000ull, 5, 1, 40, 3, "EU", 0, 4}};
    hq s2[] = {{0, 0, "Same words here.", 0, 0x3fe0000000000000ull, 5, 0, 90, 1, "US", 5, 5},
               {0, 0, "Better one.", 0, 0x3fe8000000000000ull, 6, 2, 1, 0, "US", 0, 0},
               {0, 0, "Worse one.", 0, 0x3fd0000000000000ull, 7, 0, 2, 0, "US", 0, 0}};
    vc_buf b1 = VC_BUF_INIT, b2 = VC_BUF_INIT;
    encode_quotes(&b1, 1, 2, s1, 1);
    encode_quotes(&b2, 1, 2, s2 + 1, 2);
    vc_quotes *q = vc_quotes_new_themes(1, 2);
    vc_wire_reader r;
    vc_wire_reader_init(&r, b1.data, b1.len);
    cr_assert_eq(vc_quotes_decode_merge(q, &r, NULL, NULL, SIZE_MAX), VC_OK);
    vc_buf b3 = VC_BUF_INIT;
    encode_quotes(&b3, 1, 2, s2, 1);
    vc_wire_reader_init(&r, b3.data, b3.len);
    cr_assert_eq(vc_quotes_decode_merge(q, &r, NULL, NULL, SIZE_MAX), VC_OK);
    size_t n;
    const vc_quote *v = vc_quotes_get(q, 0, 0, &n);
    cr_assert_eq(n, 1, "the same sentence is quoted once");
    cr_assert_eq(v[0].file, 0);
    cr_assert_eq(v[0].line, 90);
    cr_assert_eq(v[0].respondent_score, 1, "the context follows the first place");
    cr_assert_str_eq(v[0].segments, "US");
    cr_assert_eq(v[0].mark, 5);
    cr_assert_eq(v[0].mark_len, 5);
    /* met again at the later place, it keeps the first */
    vc_wire_reader_init(&r, b1.data, b1.len);
    cr_assert_eq(vc_quotes_decode_merge(q, &r, NULL, NULL, SIZE_MAX), VC_OK);
    v = vc_quotes_get(q, 0, 0, &n);
    cr_assert_eq(v[0].line, 90);
    cr_assert_str_eq(v[0].segments, "US");
    cr_assert_eq(v[0].respondent_score, 1);
    vc_wire_reader_init(&r, b2.data, b2.len);
    cr_assert_eq(vc_quotes_decode_merge(q, &r, NULL, NULL, SIZE_MAX), VC_OK);
    v = vc_quotes_get(q, 0, 0, &n);
    cr_assert_eq(n, 2);
    cr_assert_str_eq(v[0].text, "Better one.");
    cr_assert_str_eq(v[1].text, "Same words here.");
    vc_quotes_free(q);
    vc_buf_free(&b1);
    vc_buf_free(&b2);
    vc_buf_free(&b3);
}

/* ==== partial results ======================================================= */

static const char CSV_A[] =
    "id,region,nps,comment\n"
    "1,EMEA,0,\"The refund took three weeks and the staff were rude to me on the phone.\"\n"
    "2,APAC,10,\"Great value for the price, and delivery was fast. Love it!\"\n"
    "3,,7,\"The app crashes every time I try to pay my bill.\"\n"
    "4,EMEA,9,\"Support team was very helpful with my billing question.\"\n"
    "5,NA\n"
    "6,NA,n/a,\"Prices went up again and nobody told us.\"\n"
    "7,LATAM,3,\"Slow delivery, waited an hour on hold. Never again.\"\n"
    "8,EMEA,,\"The refund took three weeks and the staff were rude to me on the phone.\"\n";

static const char CSV_B[] =
    "id,region,nps,comment\n"
    "1,APAC,2,\"The refund took three weeks and the staff were rude to me on the phone.\"\n"
    "2,EMEA,10,\"Fantastic support, the agent fixed my billing issue in minutes.\"\n"
    "3,NA,6,\"Too expensive for what you get. The app is slow and crashes.\"\n"
    "4,APAC,8,\"Delivery was late but the courier was friendly.\"\n"
    "5,EMEA\n"
    "6,\"multi\nline\",9,\"Love the new pricing plan, so cheap!\nThe staff are lovely.\"\n"
    "7,NA,1,\"Rude staff. Refund denied. Terrible experience overall and I will cancel.\"\n"
    "8,DACH,12,\"The price is fine.\"\n";

typedef struct fx {
    char dir[64];
    char a[128], b[128], pa[128], pb[128], tmp[128];
    vc_lexicon *lex;
    vc_sentiment_lexicon *sent;
} fx;

/* A new file each time: truncating a file just written makes some file
 * systems flush it first, which thousands of rewrites would wait on. */
static void write_file(const char *path, const void *data, size_t n)
{
    unlink(path);
    FILE *f = fopen(path, "wb");
    CHECK(f, "%s", path);
    CHECK(fwrite(data, 1, n, f) == n, "%s: short write", path);
    CHECK(fclose(f) == 0, "%s: close", path);
}

static void fx_init(fx *f)
{
    memset(f, 0, sizeof *f);
    strcpy(f->dir, "/tmp/vocal_partial_XXXXXX");
    cr_assert_not_null(mkdtemp(f->dir));
    snprintf(f->a, sizeof f->a, "%s/a.csv", f->dir);
    snprintf(f->b, sizeof f->b, "%s/b.csv", f->dir);
    snprintf(f->pa, sizeof f->pa, "%s/a.vp", f->dir);
    snprintf(f->pb, sizeof f->pb, "%s/b.vp", f->dir);
    snprintf(f->tmp, sizeof f->tmp, "%s/t.vp", f->dir);
    write_file(f->a, CSV_A, strlen(CSV_A));
    write_file(f->b, CSV_B, strlen(CSV_B));
    vc_error err;
    vc_error_clear(&err);
    cr_assert_eq(vc_lexicon_load_default(&f->lex, &err), VC_OK, "%s", err.msg);
    cr_assert_eq(vc_sentiment_lexicon_load_default(&f->sent, &err), VC_OK, "%s", err.msg);
}

static void fx_fini(fx *f)
{
    const char *paths[] = {f->a, f->b, f->pa, f->pb, f->tmp};
    for (size_t i = 0; i < 5; i++)
        unlink(paths[i]);
    rmdir(f->dir);
    vc_lexicon_free(f->lex);
    vc_sentiment_lexicon_free(f->sent);
}

typedef struct scanned {
    vc_scan *scan;
    char *rejects;
    size_t rlen;
} scanned;

static void scan_files(const fx *f, const char *const *inputs, size_t n, scanned *out)
{
    vc_scan_options o;
    memset(&o, 0, sizeof o);
    o.inputs = inputs;
    o.ninputs = n;
    o.dialect.format = VC_FORMAT_CSV;
    o.dialect.delimiter = ',';
    o.dialect.quote = '"';
    static const char *by[] = {"region"};
    o.by = by;
    o.nby = 1;
    o.id_col = "id";
    o.text_col = "comment";
    o.score_col = "nps";
    o.quotes = 3;
    o.scale = VC_SCALE_NPS;
    o.lex = f->lex;
    o.sentiment = f->sent;
    o.threads = 2;
    out->rejects = NULL;
    out->rlen = 0;
    FILE *rej = open_memstream(&out->rejects, &out->rlen);
    cr_assert_not_null(rej);
    o.rejects = rej;
    vc_error err;
    vc_error_clear(&err);
    out->scan = NULL;
    vc_status st = vc_scan_run(&o, &out->scan, &err);
    cr_assert_eq(fclose(rej), 0);
    cr_assert_eq(st, VC_OK, "%s", err.msg);
    cr_assert_not_null(out->scan);
}

static void scanned_free(scanned *s)
{
    vc_scan_free(s->scan);
    free(s->rejects);
}

/* The partial of a scan whose rejects stream kept s->rejects and dropped
 * `dropped` rows after them, its theme labels `labels` (NULL: the
 * lexicon's). */
static vc_status partial_try_labels(const fx *f, const scanned *s, const char *settings, uint64_t dropped,
                                    const char *const *labels, vc_partial **p)
{
    const vc_scan *scan = s->scan;
    size_t nth = vc_lexicon_theme_count(f->lex), ndims = vc_scan_dimension_count(scan);
    const char **tn = calloc(nth + 1, sizeof *tn), **dn = calloc(ndims + 1, sizeof *dn);
    const char **lb = calloc(nth + 1, sizeof *lb);
    uint32_t *par = calloc(nth + 1, sizeof *par);
    cr_assert(tn && dn && par && lb);
    for (size_t i = 0; i < nth; i++) {
        tn[i] = vc_lexicon_theme_name(f->lex, (uint32_t)i);
        par[i] = vc_lexicon_theme_parent(f->lex, (uint32_t)i);
        lb[i] = labels ? labels[i] : vc_lexicon_theme_label(f->lex, (uint32_t)i);
    }
    for (size_t i = 0; i < ndims; i++)
        dn[i] = vc_scan_dimension_name(scan, i);
    vc_partial_meta meta = {VC_SCALE_NPS, 1, ndims, dn, -1, nth, tn, par, "default.lex",
                            vc_lexicon_entry_count(f->lex), vc_lexicon_fingerprint(f->lex), lb};
    *p = NULL;
    vc_error err;
    vc_error_clear(&err);
    vc_status st = vc_partial_from_scan(scan, &meta, settings, s->rejects, s->rlen, dropped, p, &err);
    cr_assert(st == VC_OK || err.msg[0], "a refusal says why");
    free(tn);
    free(dn);
    free(par);
    free(lb);
    return st;
}

static vc_status partial_try(const fx *f, const scanned *s, const char *settings, uint64_t dropped, vc_partial **p)
{
    return partial_try_labels(f, s, settings, dropped, NULL, p);
}

static vc_partial *partial_of(const fx *f, const scanned *s, const char *settings)
{
    vc_partial *p = NULL;
    cr_assert_eq(partial_try(f, s, settings, 0, &p), VC_OK);
    cr_assert_not_null(p);
    return p;
}

static void save_partial(const vc_partial *p, const char *path)
{
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_partial_encode(p, &b), VC_OK);
    cr_assert_gt(b.len, 2);
    cr_assert_eq((unsigned char)b.data[0], 0x1f, "gzip-compressed");
    cr_assert_eq((unsigned char)b.data[1], 0x8b);
    write_file(path, b.data, b.len);
    vc_buf_free(&b);
}

static vc_partial *load_ok(const char *path)
{
    vc_partial *p = NULL;
    vc_error err;
    vc_error_clear(&err);
    cr_assert_eq(vc_partial_load(path, &p, &err), VC_OK, "%s", err.msg);
    cr_assert_not_null(p);
    return p;
}

/* The decompressed content of an encoded partial. */
static void partial_raw(const vc_partial *p, vc_buf *raw)
{
    vc_buf gz = VC_BUF_INIT;
    cr_assert_eq(vc_partial_encode(p, &gz), VC_OK);
    z_stream z;
    memset(&z, 0, sizeof z);
    cr_assert_eq(inflateInit2(&z, 15 + 16), Z_OK);
    z.next_in = (Bytef *)gz.data;
    z.avail_in = (uInt)gz.len;
    int zs;
    do {
        cr_assert_eq(vc_buf_reserve(raw, 1u << 14), VC_OK);
        z.next_out = (Bytef *)raw->data + raw->len;
        z.avail_out = 1u << 14;
        zs = inflate(&z, Z_NO_FLUSH);
        cr_assert(zs == Z_OK || zs == Z_STREAM_END, "inflate: %d", zs);
        raw->len = (size_t)z.total_out;
    } while (zs != Z_STREAM_END);
    inflateEnd(&z);
    vc_buf_free(&gz);
    cr_assert_gt(raw->len, 8);
    cr_assert_eq(memcmp(raw->data, "VOCALPRT", 8), 0, "content starts with the magic");
}

static void write_gzip(const char *path, const void *data, size_t n)
{
    gzFile gz = gzopen(path, "wb");
    cr_assert_not_null(gz);
    cr_assert_eq(gzwrite(gz, data, (unsigned)n), (int)n);
    cr_assert_eq(gzclose(gz), Z_OK);
}

static void assert_quotes_eq(const vc_quotes *x, const vc_quotes *y, size_t nthemes, const char *what,
                             int *files_seen)
{
    cr_assert_not_null(x, "%s: no quotes", what);
    cr_assert_not_null(y, "%s: no quotes", what);
    cr_assert_eq(vc_quotes_k(x), vc_quotes_k(y));
    for (uint32_t t = 0; t < nthemes; t++)
        for (int g = 0; g < 3; g++) {
            size_t nx, ny;
            const vc_quote *vx = vc_quotes_get(x, t, g, &nx), *vy = vc_quotes_get(y, t, g, &ny);
            cr_assert_eq(nx, ny, "%s: theme %u group %d has %zu vs %zu quotes", what, t, g, nx, ny);
            for (size_t i = 0; i < nx; i++) {
                cr_assert_str_eq(vx[i].text, vy[i].text, "%s: theme %u group %d quote %zu", what, t, g, i);
                cr_assert_eq(vx[i].file, vy[i].file, "%s: '%s' file", what, vx[i].text);
                cr_assert_eq(vx[i].line, vy[i].line, "%s: '%s' line %llu vs %llu", what, vx[i].text,
                             (unsigned long long)vx[i].line, (unsigned long long)vy[i].line);
                cr_assert_eq(bits_of(vx[i].score), bits_of(vy[i].score));
                cr_assert_eq(bits_of(vx[i].compound), bits_of(vy[i].compound));
                cr_assert_eq(vx[i].hash, vy[i].hash);
                cr_assert_eq(vx[i].respondent_score, vy[i].respondent_score, "%s: '%s' score", what, vx[i].text);
                cr_assert_str_eq(vx[i].segments ? vx[i].segments : "(none)", vy[i].segments ? vy[i].segments : "(none)",
                                 "%s: '%s' segments", what, vx[i].text);
                cr_assert_eq(vx[i].mark, vy[i].mark, "%s: '%s' mark", what, vx[i].text);
                cr_assert_eq(vx[i].mark_len, vy[i].mark_len, "%s: '%s' mark length", what, vx[i].text);
                if (files_seen && vx[i].file < 2)
                    files_seen[vx[i].file] = 1;
            }
        }
}

/* A merged, finished partial against the scan of both files. */
static void assert_like_scan(const vc_partial *p, const scanned *both, const fx *f, const char *what)
{
    const vc_scan_stats *s = vc_scan_stats_get(both->scan), *t = vc_partial_stats(p);
    cr_assert_eq(t->rows_read, s->rows_read, "%s: rows read", what);
    cr_assert_eq(t->rows_analyzed, s->rows_analyzed, "%s: rows analyzed", what);
    cr_assert_eq(t->rows_rejected, s->rows_rejected, "%s: rows rejected", what);
    cr_assert_eq(t->invalid_scores, s->invalid_scores, "%s: invalid scores", what);
    cr_assert_eq(t->unscored, s->unscored, "%s: unscored", what);
    cr_assert_eq(t->bytes_in, s->bytes_in, "%s: bytes in", what);
    cr_assert_eq(t->rows_read, 16);
    cr_assert_eq(t->rows_rejected, 2);
    cr_assert_eq(t->nfiles, 2, "%s: files", what);
    cr_assert_str_eq(t->files[0].name, f->a);
    cr_assert_str_eq(t->files[1].name, f->b);
    for (size_t i = 0; i < 2; i++) {
        cr_assert_eq(t->files[i].rows_read, s->files[i].rows_read, "%s: file %zu rows", what, i);
        cr_assert_eq(t->files[i].rows_analyzed, s->files[i].rows_analyzed);
        cr_assert_eq(t->files[i].rows_rejected, s->files[i].rows_rejected);
        cr_assert_eq(t->files[i].bytes_in, s->files[i].bytes_in);
    }
    cr_assert_str_eq(t->text_col, "comment");
    cr_assert_str_eq(t->score_col, "nps");
    assert_agg_eq(vc_scan_agg(both->scan), vc_partial_agg(p), what);
    int seen[2] = {0, 0};
    assert_quotes_eq(vc_scan_quotes(both->scan), vc_partial_quotes(p), vc_lexicon_theme_count(f->lex), what,
                     seen);
    cr_assert(seen[0] && seen[1], "%s: quotes come from both files", what);
    size_t rlen;
    const char *rj = vc_partial_rejects(p, &rlen);
    cr_assert_eq(rlen, both->rlen, "%s: rejected rows %zu vs %zu bytes", what, rlen, both->rlen);
    cr_assert_eq(memcmp(rj, both->rejects, rlen), 0, "%s: rejected rows differ", what);
}

Test(partial, merged_partials_equal_one_scan)
{
    fx f;
    fx_init(&f);
    const char *both_in[] = {f.a, f.b}, *a_in[] = {f.a}, *b_in[] = {f.b};
    scanned both, sa, sb;
    scan_files(&f, both_in, 2, &both);
    scan_files(&f, a_in, 1, &sa);
    scan_files(&f, b_in, 1, &sb);
    const char *settings = "vocal 1\nthemes default.lex\nscale nps\nby region\nquotes 3\n";
    vc_partial *pa = partial_of(&f, &sa, settings), *pb = partial_of(&f, &sb, settings);
    cr_assert_str_eq(vc_partial_settings(pa), settings);
    cr_assert_eq(vc_partial_fingerprint(pa), vc_hash_bytes(settings, strlen(settings)));
    cr_assert_null(vc_partial_quotes(pa), "quotes are readable only after finish");
    save_partial(pa, f.pa);
    save_partial(pb, f.pb);

    for (int order = 0; order < 2; order++) {
        vc_partial *x = load_ok(order ? f.pb : f.pa), *y = load_ok(order ? f.pa : f.pb);
        vc_error err;
        vc_error_clear(&err);
        cr_assert_eq(vc_partial_merge(x, y, "x", "y", &err), VC_OK, "%s", err.msg);
        cr_assert_eq(vc_partial_finish(x, &err), VC_OK, "%s", err.msg);
        assert_like_scan(x, &both, &f, order ? "b + a" : "a + b");
        /* the meta survived the file */
        const vc_partial_meta *m = vc_partial_meta_get(x);
        cr_assert_eq(m->scale, VC_SCALE_NPS);
        cr_assert_eq(m->sentiment, 1);
        cr_assert_eq(m->ndims, 2);
        cr_assert_str_eq(m->dim_names[0], vc_scan_dimension_name(both.scan, 0));
        cr_assert_str_eq(m->dim_names[1], "region");
        cr_assert_eq(m->period_dim, -1);
        cr_assert_eq(m->nthemes, vc_lexicon_theme_count(f.lex));
        for (uint32_t t = 0; t < m->nthemes; t++) {
            cr_assert_str_eq(m->theme_names[t], vc_lexicon_theme_name(f.lex, t));
            cr_assert_eq(m->theme_parent[t], vc_lexicon_theme_parent(f.lex, t));
            const char *want = vc_lexicon_theme_label(f.lex, t);
            cr_assert(want, "the default lexicon labels every theme: %s", m->theme_names[t]);
            cr_assert_str_eq(m->theme_labels[t], want, "the label of %s", m->theme_names[t]);
        }
        cr_assert_str_eq(m->lexicon_name, "default.lex");
        cr_assert_eq(m->lexicon_entries, vc_lexicon_entry_count(f.lex));
        cr_assert_eq(m->lexicon_fingerprint, vc_lexicon_fingerprint(f.lex));
        cr_assert_str_eq(vc_partial_settings(x), settings);
        /* merging after finish is refused */
        vc_partial *z = load_ok(f.pa);
        cr_assert_neq(vc_partial_merge(x, z, "x", "z", &err), VC_OK);
        vc_partial_free(z);
        vc_partial_free(x);
        vc_partial_free(y);
    }

    /* in memory, without a file in between: the same */
    vc_error err;
    vc_error_clear(&err);
    cr_assert_eq(vc_partial_merge(pb, pa, "b", "a", &err), VC_OK, "%s", err.msg);
    cr_assert_eq(vc_partial_finish(pb, &err), VC_OK, "%s", err.msg);
    assert_like_scan(pb, &both, &f, "in memory b + a");

    vc_partial_free(pa);
    vc_partial_free(pb);
    scanned_free(&both);
    scanned_free(&sa);
    scanned_free(&sb);
    fx_fini(&f);
}

Test(partial, different_settings_refused)
{
    fx f;
    fx_init(&f);
    const char *a_in[] = {f.a}, *b_in[] = {f.b};
    scanned sa, sb;
    scan_files(&f, a_in, 1, &sa);
    scan_files(&f, b_in, 1, &sb);
    vc_partial *pa = partial_of(&f, &sa, "vocal 1\nthemes default.lex\nscale nps\nquotes 3\n");
    vc_partial *pb = partial_of(&f, &sb, "vocal 1\nthemes default.lex\nscale csat\nquotes 3\n");
    save_partial(pa, f.pa);
    save_partial(pb, f.pb);
    vc_partial *x = load_ok(f.pa), *y = load_ok(f.pb);
    vc_error err;
    vc_error_clear(&err);
    cr_assert_eq(vc_partial_merge(x, y, "one.vp", "two.vp", &err), VC_ERR_USAGE);
    cr_assert_eq(err.status, VC_ERR_USAGE);
    cr_assert(strstr(err.msg, "scale nps"), "names our line: %s", err.msg);
    cr_assert(strstr(err.msg, "scale csat"), "names their line: %s", err.msg);
    cr_assert(strstr(err.msg, "one.vp") && strstr(err.msg, "two.vp"), "names both: %s", err.msg);
    cr_assert_null(strstr(err.msg, "themes default.lex"), "a line that agrees is not the difference: %s", err.msg);
    /* the other way round as well */
    vc_error_clear(&err);
    cr_assert_eq(vc_partial_merge(y, x, "two.vp", "one.vp", &err), VC_ERR_USAGE);
    cr_assert(strstr(err.msg, "scale csat against scale nps") || (strstr(err.msg, "scale csat") &&
                                                                   strstr(err.msg, "scale nps")),
              "%s", err.msg);
    /* refused merges change nothing: each still finishes as its own input */
    cr_assert_eq(vc_partial_finish(x, &err), VC_OK, "%s", err.msg);
    cr_assert_eq(vc_partial_stats(x)->nfiles, 1);
    cr_assert_eq(vc_partial_stats(x)->rows_read, vc_scan_stats_get(sa.scan)->rows_read);
    assert_agg_eq(vc_scan_agg(sa.scan), vc_partial_agg(x), "after a refused merge");
    vc_partial_free(x);
    vc_partial_free(y);
    vc_partial_free(pa);
    vc_partial_free(pb);
    scanned_free(&sa);
    scanned_free(&sb);
    fx_fini(&f);
}

/* Labels change no number, so they are no setting: partials whose labels
 * differ merge, and each theme keeps the first label it was given (the
 * merged-into partial's, else the first later one that has one). */
Test(partial, labels_travel_and_merge_first_wins)
{
    fx f;
    fx_init(&f);
    const char *a_in[] = {f.a}, *b_in[] = {f.b};
    scanned sa, sb;
    scan_files(&f, a_in, 1, &sa);
    scan_files(&f, b_in, 1, &sb);
    size_t nth = vc_lexicon_theme_count(f.lex);
    cr_assert_geq(nth, 3);
    const char **la = calloc(nth + 1, sizeof *la), **lb = calloc(nth + 1, sizeof *lb);
    cr_assert(la && lb);
    la[0] = "First's zero"; /* a's label wins over b's */
    lb[0] = "Second's zero";
    lb[1] = "Only in b \xE2\x9C\x93"; /* a has none: b's is taken */
    /* theme 2: in neither */
    const char *settings = "vocal 1\nthemes default.lex\nquotes 3\n";
    vc_partial *pa = NULL, *pb = NULL;
    cr_assert_eq(partial_try_labels(&f, &sa, settings, 0, la, &pa), VC_OK);
    cr_assert_eq(partial_try_labels(&f, &sb, settings, 0, lb, &pb), VC_OK);
    save_partial(pa, f.pa);
    save_partial(pb, f.pb);
    for (int order = 0; order < 2; order++) {
        vc_partial *x = load_ok(order ? f.pb : f.pa), *y = load_ok(order ? f.pa : f.pb);
        /* through the file, each as it was made */
        const vc_partial_meta *mx = vc_partial_meta_get(x);
        cr_assert_str_eq(mx->theme_labels[0], order ? "Second's zero" : "First's zero");
        if (order)
            cr_assert_str_eq(mx->theme_labels[1], "Only in b \xE2\x9C\x93");
        else
            cr_assert_null(mx->theme_labels[1]);
        cr_assert_null(mx->theme_labels[2]);
        vc_error err;
        vc_error_clear(&err);
        cr_assert_eq(vc_partial_merge(x, y, "x", "y", &err), VC_OK, "labels are no setting: %s", err.msg);
        save_partial(x, f.tmp); /* a merge of merges reads them back below */
        cr_assert_eq(vc_partial_finish(x, &err), VC_OK, "%s", err.msg);
        const vc_partial_meta *m = vc_partial_meta_get(x);
        cr_assert_str_eq(m->theme_labels[0], order ? "Second's zero" : "First's zero", "the first partial's");
        cr_assert_str_eq(m->theme_labels[1], "Only in b \xE2\x9C\x93", "a label only one partial has");
        cr_assert_null(m->theme_labels[2], "no label stays none");
        /* the merged partial saved and read again keeps them */
        vc_partial *z = load_ok(f.tmp);
        cr_assert_str_eq(vc_partial_meta_get(z)->theme_labels[1], "Only in b \xE2\x9C\x93");
        cr_assert_null(vc_partial_meta_get(z)->theme_labels[2]);
        vc_partial_free(z);
        vc_partial_free(x);
        vc_partial_free(y);
    }
    free(la);
    free(lb);
    vc_partial_free(pa);
    vc_partial_free(pb);
    scanned_free(&sa);
    scanned_free(&sb);
    fx_fini(&f);
}

Test(partial, same_input_twice_refused)
{
    fx f;
    fx_init(&f);
    const char *a_in[] = {f.a}, *both_in[] = {f.a, f.b};
    scanned sa, both;
    scan_files(&f, a_in, 1, &sa);
    scan_files(&f, both_in, 2, &both);
    const char *settings = "same\n";
    vc_partial *pa = partial_of(&f, &sa, settings);
    save_partial(pa, f.pa);
    vc_partial *x = load_ok(f.pa), *y = load_ok(f.pa);
    vc_error err;
    vc_error_clear(&err);
    cr_assert_eq(vc_partial_merge(x, y, "first", "second", &err), VC_ERR_USAGE);
    cr_assert(strstr(err.msg, f.a), "names the input: %s", err.msg);
    /* an input inside a bigger partial is refused as well */
    vc_partial *pboth = partial_of(&f, &both, settings);
    vc_error_clear(&err);
    cr_assert_eq(vc_partial_merge(pboth, x, "both", "a", &err), VC_ERR_USAGE);
    cr_assert(strstr(err.msg, f.a), "%s", err.msg);
    vc_error_clear(&err);
    cr_assert_eq(vc_partial_merge(x, pboth, "a", "both", &err), VC_ERR_USAGE);
    /* nothing changed */
    cr_assert_eq(vc_partial_finish(x, &err), VC_OK, "%s", err.msg);
    cr_assert_eq(vc_partial_stats(x)->nfiles, 1);
    cr_assert_eq(vc_partial_stats(x)->rows_read, 8);
    assert_agg_eq(vc_scan_agg(sa.scan), vc_partial_agg(x), "after a refused merge");
    int seen[2] = {0, 0};
    assert_quotes_eq(vc_scan_quotes(sa.scan), vc_partial_quotes(x), vc_lexicon_theme_count(f.lex), "a alone",
                     seen);
    cr_assert_eq(vc_partial_finish(pboth, &err), VC_OK, "%s", err.msg);
    cr_assert_eq(vc_partial_stats(pboth)->nfiles, 2);
    vc_partial_free(pboth);
    vc_partial_free(x);
    vc_partial_free(y);
    vc_partial_free(pa);
    scanned_free(&sa);
    scanned_free(&both);
    fx_fini(&f);
}

Test(partial, sniff)
{
    fx f;
    fx_init(&f);
    const char *a_in[] = {f.a};
    scanned sa;
    scan_files(&f, a_in, 1, &sa);
    vc_partial *pa = partial_of(&f, &sa, "s\n");
    save_partial(pa, f.pa);
    cr_assert(vc_partial_sniff(f.pa), "a saved partial");
    cr_assert_not(vc_partial_sniff(f.a), "a CSV file");
    write_gzip(f.tmp, CSV_A, strlen(CSV_A));
    cr_assert_not(vc_partial_sniff(f.tmp), "a gzipped CSV file");
    char missing[160];
    snprintf(missing, sizeof missing, "%s/missing.vp", f.dir);
    cr_assert_not(vc_partial_sniff(missing), "no file");
    write_file(f.tmp, "VOCALPR", 7);
    cr_assert_not(vc_partial_sniff(f.tmp), "shorter than the magic");
    vc_buf raw = VC_BUF_INIT;
    partial_raw(pa, &raw);
    write_file(f.tmp, raw.data, raw.len);
    cr_assert(vc_partial_sniff(f.tmp), "an uncompressed partial");

    /* loading things that are not partials */
    vc_partial *p = NULL;
    vc_error err;
    vc_error_clear(&err);
    cr_assert_neq(vc_partial_load(f.a, &p, &err), VC_OK);
    cr_assert_null(p);
    cr_assert(strstr(err.msg, f.a) && strstr(err.msg, "not a vocal partial"), "%s", err.msg);
    vc_error_clear(&err);
    cr_assert_neq(vc_partial_load(missing, &p, &err), VC_OK);
    cr_assert_null(p);
    cr_assert(strstr(err.msg, "missing.vp"), "%s", err.msg);
    vc_buf_free(&raw);
    vc_partial_free(pa);
    scanned_free(&sa);
    fx_fini(&f);
}

Test(partial, version_change_refused)
{
    fx f;
    fx_init(&f);
    const char *a_in[] = {f.a};
    scanned sa;
    scan_files(&f, a_in, 1, &sa);
    vc_partial *pa = partial_of(&f, &sa, "s\n");
    vc_buf raw = VC_BUF_INIT;
    partial_raw(pa, &raw);
    cr_assert_eq((unsigned char)raw.data[8], VC_PARTIAL_VERSION, "the version follows the magic");

    /* unchanged, plain and re-gzipped, it loads */
    write_file(f.tmp, raw.data, raw.len);
    vc_partial_free(load_ok(f.tmp));
    write_gzip(f.tmp, raw.data, raw.len);
    vc_partial_free(load_ok(f.tmp));

    /* 1: before rejects_dropped; 2: before the scale check's counters and
     * text columns; 3: before theme labels */
    static const unsigned char versions[] = {0, 1, 2, 3, 9, 127};
    for (size_t i = 0; i < sizeof versions; i++)
        for (int gz = 0; gz < 2; gz++) {
            raw.data[8] = (char)versions[i];
            if (gz)
                write_gzip(f.tmp, raw.data, raw.len);
            else
                write_file(f.tmp, raw.data, raw.len);
            vc_partial *p = NULL;
            vc_error err;
            vc_error_clear(&err);
            cr_assert_eq(vc_partial_load(f.tmp, &p, &err), VC_ERR_USAGE);
            cr_assert_null(p);
            char want[64];
            snprintf(want, sizeof want, "version %u", versions[i]);
            cr_assert(strstr(err.msg, want), "names the version: %s", err.msg);
            cr_assert(strstr(err.msg, f.tmp), "names the file: %s", err.msg);
        }
    vc_buf_free(&raw);
    vc_partial_free(pa);
    scanned_free(&sa);
    fx_fini(&f);
}

/* Load a damaged partial: an error, or a partial that then finishes or
 * fails cleanly, merged with an intact one or alone. */
static int load_damaged(const fx *f, const void *data, size_t n, const vc_partial *intact)
{
    write_file(f->tmp, data, n);
    vc_partial *p = NULL;
    vc_error err;
    vc_error_clear(&err);
    vc_status st = vc_partial_load(f->tmp, &p, &err);
    if (st) {
        CHECK(p == NULL, "a failed load set its result");
        CHECK(err.msg[0], "an error without a message");
        return 0;
    }
    CHECK(p, "a load without a partial");
    vc_error_clear(&err);
    if (intact)
        (void)vc_partial_merge(p, intact, "damaged", "intact", &err);
    vc_error_clear(&err);
    if (vc_partial_finish(p, &err) == VC_OK) {
        const vc_agg *a = vc_partial_agg(p);
        for (size_t d = 0; d < vc_agg_dims(a); d++)
            for (size_t s = 0; s < vc_agg_segments(a, d); s++)
                (void)vc_agg_cell(a, d, s, VC_AGG_BASE)->comments;
        size_t rl;
        (void)vc_partial_rejects(p, &rl);
    }
    vc_partial_free(p);
    return 1;
}

/* The documented head of the content, rebuilt from what the partial says
 * of itself: magic, version, settings, fingerprint, then the meta up to and
 * including the theme names and parents and the theme labels. *names_at gets the offset of the
 * first dimension name; returns the length. */
static size_t expected_head(const vc_partial *p, vc_buf *b, size_t *names_at)
{
    const vc_partial_meta *m = vc_partial_meta_get(p);
    vc_buf_append(b, "VOCALPRT", 8);
    vc_wire_put_u64(b, VC_PARTIAL_VERSION);
    vc_wire_put_cstr(b, vc_partial_settings(p));
    vc_wire_put_u64(b, vc_partial_fingerprint(p));
    vc_wire_put_u64(b, (uint64_t)m->scale);
    vc_wire_put_u64(b, (uint64_t)m->sentiment);
    vc_wire_put_u64(b, m->ndims);
    *names_at = b->len;
    for (size_t i = 0; i < m->ndims; i++)
        vc_wire_put_cstr(b, m->dim_names[i]);
    vc_wire_put_u64(b, (uint64_t)(m->period_dim + 1));
    vc_wire_put_u64(b, m->nthemes);
    for (size_t i = 0; i < m->nthemes; i++) {
        vc_wire_put_cstr(b, m->theme_names[i]);
        vc_wire_put_u64(b, m->theme_parent[i] == VC_NO_THEME ? 0 : (uint64_t)m->theme_parent[i] + 1);
    }
    for (size_t i = 0; i < m->nthemes; i++)
        vc_wire_put_cstr(b, m->theme_labels[i]);
    return b->len;
}

Test(partial, content_layout)
{
    fx f;
    fx_init(&f);
    const char *a_in[] = {f.a};
    scanned sa;
    scan_files(&f, a_in, 1, &sa);
    vc_partial *pa = partial_of(&f, &sa, "layout\n");
    vc_buf raw = VC_BUF_INIT, head = VC_BUF_INIT;
    partial_raw(pa, &raw);
    size_t names_at;
    size_t n = expected_head(pa, &head, &names_at);
    cr_assert_lt(n, raw.len);
    cr_assert_eq(memcmp(raw.data, head.data, n), 0, "the content does not start as partial.h documents");
    cr_assert_eq(memcmp(raw.data + raw.len - 3, "END", 3), 0, "the content ends with the end mark");
    /* the counters and the quotes are the last sections, as their own encoders write them */
    cr_assert_eq(vc_partial_finish(pa, &(vc_error){0}), VC_OK);
    vc_buf q = VC_BUF_INIT, ag = VC_BUF_INIT;
    cr_assert_eq(vc_quotes_encode(vc_partial_quotes(pa), &q), VC_OK);
    cr_assert_eq(vc_agg_encode(vc_partial_agg(pa), &ag), VC_OK);
    cr_assert_gt(raw.len, q.len + ag.len + 4);
    size_t qat = raw.len - 3 - q.len;
    cr_assert_eq(memcmp(raw.data + qat, q.data, q.len), 0, "quotes precede the end mark");
    cr_assert_eq(raw.data[qat - 1], 1, "the quotes flag");
    cr_assert_eq(memcmp(raw.data + qat - 1 - ag.len, ag.data, ag.len), 0, "counters precede the quotes");
    vc_buf_free(&q);
    vc_buf_free(&ag);
    vc_buf_free(&raw);
    vc_buf_free(&head);
    vc_partial_free(pa);
    scanned_free(&sa);
    fx_fini(&f);
}

/* A quote that names an input the partial does not hold must not be
 * attributed to some file: loading, merging or finishing refuses it. */
Test(partial, quote_of_missing_input_refused)
{
    fx f;
    fx_init(&f);
    const char *a_in[] = {f.a}, *b_in[] = {f.b};
    scanned sa, sb;
    scan_files(&f, a_in, 1, &sa);
    scan_files(&f, b_in, 1, &sb);
    vc_partial *pa = partial_of(&f, &sa, "q\n"), *pb = partial_of(&f, &sb, "q\n"),
               *fa = partial_of(&f, &sa, "q\n");
    vc_buf raw = VC_BUF_INIT, q = VC_BUF_INIT;
    partial_raw(pa, &raw);
    vc_error err;
    vc_error_clear(&err);
    cr_assert_eq(vc_partial_finish(fa, &err), VC_OK);
    cr_assert_eq(vc_quotes_encode(vc_partial_quotes(fa), &q), VC_OK);
    size_t qat = raw.len - 3 - q.len;
    cr_assert_eq(memcmp(raw.data + qat, q.data, q.len), 0);
    /* find the first quote's file index and point it past the one input */
    vc_wire_reader r;
    vc_wire_reader_init(&r, raw.data + qat, q.len);
    uint64_t nthemes = vc_wire_get_u64(&r);
    vc_wire_get_u64(&r);
    size_t at = 0;
    for (uint64_t l = 0; l < nthemes * 3 && !at; l++) {
        if (!vc_wire_get_u64(&r))
            continue;
        size_t n;
        vc_wire_get_str(&r, &n);
        vc_wire_get_f64(&r);
        vc_wire_get_f64(&r);
        vc_wire_get_u64(&r);
        at = (size_t)((const char *)r.p - raw.data);
    }
    cr_assert_neq(at, 0, "partial a has a quote");
    cr_assert_eq(raw.data[at], 0, "its file index is 0");
    raw.data[at] = 5;
    write_file(f.tmp, raw.data, raw.len);
    vc_partial *p = NULL;
    vc_error_clear(&err);
    if (vc_partial_load(f.tmp, &p, &err) == VC_OK) {
        vc_partial *p2 = NULL;
        cr_assert_eq(vc_partial_load(f.tmp, &p2, &err), VC_OK);
        vc_error_clear(&err);
        cr_assert_neq(vc_partial_merge(p2, pb, "damaged", "b", &err), VC_OK, "merged a quote of input 5 of 1");
        vc_error_clear(&err);
        cr_assert_neq(vc_partial_finish(p, &err), VC_OK, "finished with a quote of input 5 of 1");
        cr_assert(err.msg[0]);
        vc_partial_free(p2);
    } else {
        cr_assert(err.msg[0]);
    }
    vc_partial_free(p);
    vc_buf_free(&raw);
    vc_buf_free(&q);
    vc_partial_free(pa);
    vc_partial_free(pb);
    vc_partial_free(fa);
    scanned_free(&sa);
    scanned_free(&sb);
    fx_fini(&f);
}

Test(partial, damaged_files_fail_cleanly, .timeout = 60)
{
    fx f;
    fx_init(&f);
    const char *a_in[] = {f.a}, *b_in[] = {f.b};
    scanned sa, sb;
    scan_files(&f, a_in, 1, &sa);
    scan_files(&f, b_in, 1, &sb);
    const char *settings = "vocal 1\nscale nps\n";
    vc_partial *pa = partial_of(&f, &sa, settings), *pb = partial_of(&f, &sb, settings);
    vc_buf raw = VC_BUF_INIT, head = VC_BUF_INIT;
    partial_raw(pa, &raw);
    size_t names_at, names_end = expected_head(pa, &head, &names_at);
    cr_assert_eq(memcmp(raw.data, head.data, names_end), 0);
    size_t settings_at = 8 + 1 + 1, settings_len = strlen(settings);
    /* intact, uncompressed: loads */
    write_file(f.tmp, raw.data, raw.len);
    vc_partial_free(load_ok(f.tmp));

    /* Left out for now: damage that ends decoding inside the dimension and
     * theme names (a truncation there, or a change before them that shifts
     * the fields). decode() leaks the names read so far when it fails
     * there, as vc_partial_free() frees them by counts that are set only
     * after the theme names. */
#define NAME_REGION_LEAKS 0

    /* every truncation fails */
    for (size_t len = 0; len < raw.len; len++) {
        if (NAME_REGION_LEAKS && len >= names_at && len < names_end)
            continue;
        CHECK(load_damaged(&f, raw.data, len, NULL) == 0, "a %zu-byte prefix of %zu loaded", len, raw.len);
    }
    /* trailing bytes fail */
    vc_buf longer = VC_BUF_INIT;
    vc_buf_append(&longer, raw.data, raw.len);
    vc_buf_append(&longer, "X", 1);
    cr_assert_eq(load_damaged(&f, longer.data, longer.len, NULL), 0, "trailing data loaded");
    vc_buf_free(&longer);

    /* every single-byte change: an error or a usable partial, never a crash */
    unsigned char *copy = exact_copy(raw.data, raw.len);
    static const unsigned char masks[] = {0xff, 0x01}; /* all bits (varint continuations too); the lowest */
    size_t loaded = 0, tried = 0;
    for (size_t m = 0; m < sizeof masks; m++)
        for (size_t i = 0; i < raw.len; i++) {
            int in_settings = i >= settings_at && i < settings_at + settings_len;
            if (NAME_REGION_LEAKS && i > 8 && !in_settings && i < names_end)
                continue;
            copy[i] ^= masks[m];
            int ok = load_damaged(&f, copy, raw.len, pb);
            copy[i] ^= masks[m];
            loaded += (size_t)ok;
            tried++;
            CHECK(!(ok && i <= 8), "a changed magic or version byte %zu loaded", i);
            CHECK(!(ok && in_settings),
                  "a changed settings byte %zu (mask %02x) loaded: the fingerprint must catch it", i, masks[m]);
        }
    cr_assert_gt(tried, raw.len, "most of the content is damaged in turn");
    cr_assert_lt(loaded, tried);
    free(copy);
    vc_buf_free(&raw);
    vc_buf_free(&head);
    vc_partial_free(pa);
    vc_partial_free(pb);
    scanned_free(&sa);
    scanned_free(&sb);
    fx_fini(&f);
}

/* ==== settings text ========================================================= */

Test(partial_settings, one_line_per_setting)
{
    vc_error err;
    vc_error_clear(&err);
    vc_lexicon *lex = NULL;
    vc_sentiment_lexicon *sent = NULL;
    cr_assert_eq(vc_lexicon_load_default(&lex, &err), VC_OK, "%s", err.msg);
    cr_assert_eq(vc_sentiment_lexicon_load_default(&sent, &err), VC_OK, "%s", err.msg);
    vc_scan_options o;
    vc_scan_options_init(&o);
    o.lex = lex;
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_partial_settings_write(&b, &o, NULL, NULL, &err), VC_OK, "%s", err.msg);
    char want[1024];
    snprintf(want, sizeof want,
             "vocal=%s\nscale=nps\nthemes=%016llx (%zu entries)\nsentiment=off\ntext=(detect)\nscore=(detect)\n"
             "id=(none)\nby=\nperiod=(none):%s\ndate_order=auto\nformat=auto delimiter=44 max_record=%zu\n"
             "max_segments=1000\nquotes=0\nlanguage=identified\n",
             vc_version(), (unsigned long long)vc_lexicon_fingerprint(lex), vc_lexicon_entry_count(lex),
             vc_period_unit_name(o.period_unit), o.dialect.max_record);
    cr_assert_str_eq(b.data, want);

    static const char *const by[] = {"region", "plan"};
    o.sentiment = sent;
    o.scale = VC_SCALE_CSAT;
    o.text_col = "comment";
    o.score_col = "csat";
    o.id_col = "ticket";
    o.by = by;
    o.nby = 2;
    o.period_col = "date";
    o.period_unit = VC_PERIOD_WEEK;
    o.date_order = VC_DATE_DMY;
    o.max_segments = 50;
    o.quotes = 3;
    o.threads = 7; /* no setting: it changes no number */
    o.language_col = "UserLanguage";
    vc_buf_reset(&b);
    cr_assert_eq(vc_partial_settings_write(&b, &o, NULL, NULL, &err), VC_OK, "%s", err.msg);
    snprintf(want, sizeof want,
             "vocal=%s\nscale=csat\nthemes=%016llx (%zu entries)\nsentiment=built-in %016llx overlay=%016llx\n"
             "text=comment\nscore=csat\nid=ticket\nby=region\tplan\nperiod=date:week\ndate_order=dmy\n"
             "format=auto delimiter=44 max_record=%zu\nmax_segments=50\nquotes=3\n"
             "language=column UserLanguage\n",
             vc_version(), (unsigned long long)vc_lexicon_fingerprint(lex), vc_lexicon_entry_count(lex), 0ull,
             0ull, o.dialect.max_record);
    cr_assert_str_eq(b.data, want);
    /* no language: a setting of its own, so such partials never merge with others */
    o.language_col = NULL;
    o.no_language = 1;
    vc_buf_reset(&b);
    cr_assert_eq(vc_partial_settings_write(&b, &o, NULL, NULL, &err), VC_OK, "%s", err.msg);
    cr_assert(strstr(b.data, "\nlanguage=off\n") != NULL, "%s", b.data);
    vc_buf_free(&b);
    vc_sentiment_lexicon_free(sent);
    vc_lexicon_free(lex);
}

Test(partial_settings, sentiment_files_fingerprinted_by_content)
{
    vc_error err;
    vc_error_clear(&err);
    vc_lexicon *lex = NULL;
    vc_sentiment_lexicon *sent = NULL;
    cr_assert_eq(vc_lexicon_load_default(&lex, &err), VC_OK, "%s", err.msg);
    cr_assert_eq(vc_sentiment_lexicon_load_default(&sent, &err), VC_OK, "%s", err.msg);
    vc_scan_options o;
    vc_scan_options_init(&o);
    o.lex = lex;
    o.sentiment = sent;
    char path[] = "/tmp/vocal_settings_XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    cr_assert_eq(write(fd, "good\t1.9\n", 9), 9);
    close(fd);
    vc_buf a = VC_BUF_INIT, b = VC_BUF_INIT;
    cr_assert_eq(vc_partial_settings_write(&a, &o, path, NULL, &err), VC_OK, "%s", err.msg);
    cr_assert_not_null(strstr(a.data, "\nsentiment=file "), "%s", a.data);
    FILE *fp = fopen(path, "a");
    cr_assert_not_null(fp);
    fputs("bad\t-2.5\n", fp);
    fclose(fp);
    cr_assert_eq(vc_partial_settings_write(&b, &o, path, NULL, &err), VC_OK, "%s", err.msg);
    cr_assert_str_neq(a.data, b.data, "another file's bytes are another setting");
    unlink(path);

    vc_buf_reset(&b);
    cr_assert_neq(vc_partial_settings_write(&b, &o, path, NULL, &err), VC_OK);
    cr_assert_not_null(strstr(err.msg, path), "the message names the file: %s", err.msg);
    vc_buf_free(&a);
    vc_buf_free(&b);
    vc_sentiment_lexicon_free(sent);
    vc_lexicon_free(lex);
}

/* ==== rejected rows over the cap ============================================ */

/* The keeper passes every byte on, keeps whole rows while they fit and
 * counts the rest, however the writes cut the rows (a quoted field may
 * hold line breaks). */
Test(rejects_keep, keeps_whole_rows_up_to_the_cap)
{
    static const char rows[] = "a.csv,1,0,bad,x\n"              /* 16 bytes */
                               "a.csv,2,16,bad,\"y\nz\"\n"       /* 21 */
                               "b.csv,1,0,bad,w\n"              /* 16 */
                               "b.csv,2,16,bad,v\n";            /* 17 */
    const size_t n = sizeof rows - 1;
    static const size_t caps[] = {0, 15, 16, 36, 37, 52, 53, 69, 70, 1000};
    static const size_t kept_bytes[] = {0, 0, 16, 16, 37, 37, 53, 53, 70, 70};
    static const uint64_t dropped[] = {4, 4, 3, 3, 2, 2, 1, 1, 0, 0};
    for (size_t c = 0; c < sizeof caps / sizeof *caps; c++)
        for (size_t chunk = 1; chunk <= n; chunk += 3) {
            char *teed = NULL;
            size_t teed_len = 0;
            FILE *tee = open_memstream(&teed, &teed_len);
            cr_assert_not_null(tee);
            vc_rejects_keep *k = vc_rejects_keep_new(caps[c], tee);
            cr_assert_not_null(k);
            FILE *fp = vc_rejects_keep_stream(k);
            for (size_t at = 0; at < n; at += chunk) {
                size_t len = n - at < chunk ? n - at : chunk;
                cr_assert_eq(fwrite(rows + at, 1, len, fp), len);
                if (chunk % 2)
                    fflush(fp); /* cut the rows where the writes cut them */
            }
            cr_assert_eq(vc_rejects_keep_flush(k), 0);
            size_t len;
            uint64_t d;
            const char *kept = vc_rejects_keep_rows(k, &len, &d);
            cr_assert_eq(len, kept_bytes[c], "cap %zu, writes of %zu: kept %zu bytes", caps[c], chunk, len);
            cr_assert(len == 0 || memcmp(kept, rows, len) == 0, "the first rows, as written");
            cr_assert_eq(d, dropped[c], "cap %zu, writes of %zu: dropped %llu", caps[c], chunk,
                         (unsigned long long)d);
            vc_rejects_keep_free(k);
            cr_assert_eq(fclose(tee), 0);
            cr_assert_eq(teed_len, n, "every byte goes on");
            cr_assert_eq(memcmp(teed, rows, n), 0);
            free(teed);
        }
    vc_rejects_keep_free(NULL);
}

/* A partial of a.csv and b.csv that kept only a.csv's rejected row: the
 * dropped count travels per input, and a merge writes the kept rows and
 * says how many of each file were not kept. */
static vc_partial *partial_capped(const fx *f, scanned *s, uint64_t *b_rejected)
{
    const char *in[] = {f->a, f->b};
    scan_files(f, in, 2, s);
    const vc_scan_stats *st = vc_scan_stats_get(s->scan);
    cr_assert_eq(st->nfiles, 2);
    cr_assert_eq(st->files[0].rows_rejected, 1, "a.csv rejects row 5");
    cr_assert_gt(st->files[1].rows_rejected, 0);
    *b_rejected = st->files[1].rows_rejected;
    const char *nl = memchr(s->rejects, '\n', s->rlen);
    cr_assert_not_null(nl);
    size_t first = (size_t)(nl + 1 - s->rejects);
    size_t full = s->rlen;
    s->rlen = first; /* only the first row was kept */
    vc_partial *p = NULL;
    /* the count of dropped rows must match the rows missing */
    cr_assert_eq(partial_try(f, s, "capped\n", 0, &p), VC_ERR_INTERNAL);
    cr_assert_null(p);
    cr_assert_eq(partial_try(f, s, "capped\n", *b_rejected + 1, &p), VC_ERR_INTERNAL);
    cr_assert_null(p);
    cr_assert_eq(partial_try(f, s, "capped\n", *b_rejected, &p), VC_OK);
    s->rlen = full;
    return p;
}

Test(partial, dropped_rejects_round_trip)
{
    fx f;
    fx_init(&f);
    scanned s;
    uint64_t b_rejected;
    vc_partial *p = partial_capped(&f, &s, &b_rejected);
    save_partial(p, f.tmp);
    vc_partial *q = load_ok(f.tmp);
    vc_buf x = VC_BUF_INIT, y = VC_BUF_INIT;
    partial_raw(p, &x);
    partial_raw(q, &y);
    cr_assert(x.len == y.len && memcmp(x.data, y.data, x.len) == 0, "encode, load, encode: the same bytes");
    cr_assert_eq(vc_partial_finish(q, &(vc_error){0}), VC_OK);
    const vc_scan_stats *st = vc_partial_stats(q);
    cr_assert_eq(st->nfiles, 2);
    cr_assert_eq(st->files[0].rejects_dropped, 0);
    cr_assert_eq(st->files[1].rejects_dropped, b_rejected, "b.csv's rows were dropped");
    cr_assert_eq(st->files[1].rows_rejected, b_rejected, "and still counted");
    size_t len;
    const char *rows = vc_partial_rejects(q, &len);
    const char *nl = memchr(s.rejects, '\n', s.rlen);
    cr_assert_eq(len, (size_t)(nl + 1 - s.rejects), "the kept row only");
    cr_assert_eq(memcmp(rows, s.rejects, len), 0);
    vc_buf_free(&x);
    vc_buf_free(&y);
    vc_partial_free(p);
    vc_partial_free(q);
    scanned_free(&s);
    fx_fini(&f);
}

static char *find_bytes(char *hay, size_t n, const void *needle, size_t m)
{
    for (size_t i = 0; i + m <= n; i++)
        if (memcmp(hay + i, needle, m) == 0)
            return hay + i;
    return NULL;
}

/* kept rows + dropped = rows_rejected, per input, or the partial is refused */
Test(partial, dropped_rejects_accounting)
{
    fx f;
    fx_init(&f);
    scanned s;
    uint64_t b_rejected;
    vc_partial *p = partial_capped(&f, &s, &b_rejected);
    cr_assert_lt(b_rejected, 100, "one-byte varints below");
    vc_buf raw = VC_BUF_INIT;
    partial_raw(p, &raw);
    /* b.csv is the last part: ... share index and count, line breaks (0:
     * not a share), dropped, then its rejected rows (none: length + 1 = 1) */
    char *name = find_bytes(raw.data, raw.len, f.b, strlen(f.b));
    cr_assert_not_null(name);
    const char want[] = {0, 0, 0, (char)b_rejected, 1};
    char *at = find_bytes(name, raw.len - (size_t)(name - raw.data), want, 5);
    cr_assert_not_null(at, "b.csv's part ends with share, line breaks, dropped, no rows");
    at += 2;
    const uint64_t wrong[] = {0, b_rejected - 1, b_rejected + 1};
    for (size_t i = 0; i < 3; i++) {
        at[1] = (char)wrong[i];
        write_gzip(f.tmp, raw.data, raw.len);
        vc_partial *bad = NULL;
        vc_error err;
        vc_error_clear(&err);
        cr_assert_eq(vc_partial_load(f.tmp, &bad, &err), VC_ERR_USAGE, "dropped %llu", (unsigned long long)wrong[i]);
        cr_assert_null(bad);
        cr_assert(strstr(err.msg, "does not add up"), "%s", err.msg);
    }
    at[1] = (char)b_rejected;
    write_gzip(f.tmp, raw.data, raw.len);
    vc_partial_free(load_ok(f.tmp));
    vc_buf_free(&raw);
    vc_partial_free(p);
    scanned_free(&s);
    fx_fini(&f);
}
