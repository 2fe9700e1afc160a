/* test_transcode.c - the transcoder and its stream stage: byte order
 * marks, UTF-16/UTF-32 at every split point of a chunk, surrogates,
 * invalid and cut input, iconv encodings, the UTF-8 check and its
 * Windows-1252 guess. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "vocal/buf.h"
#include "vocal/stream.h"
#include "vocal/transcode.h"

/* "A,é€😀\r\n" with a line feed: ASCII, two- and three-byte characters and
 * a surrogate pair, in UTF-8 */
static const char TEXT_UTF8[] = "id,caf\xc3\xa9 \xe2\x82\xac\xf0\x9f\x98\x80\r\nz\n";

/* TEXT_UTF8 encoded by hand as code units */
static const uint32_t CPS[] = {'i', 'd', ',', 'c', 'a', 'f', 0xE9, ' ', 0x20AC, 0x1F600, '\r', '\n', 'z', '\n'};
#define NCPS (sizeof CPS / sizeof CPS[0])

static size_t put_unit(unsigned char *o, uint32_t u, int w, int be)
{
    for (int i = 0; i < w; i++)
        o[i] = (unsigned char)(u >> (8 * (be ? w - 1 - i : i)));
    return (size_t)w;
}

/* the code points in UTF-16 (w 2) or UTF-32 (w 4), with or without a mark */
static size_t encode(unsigned char *o, int w, int be, int bom)
{
    size_t n = 0;
    if (bom)
        n += put_unit(o + n, 0xFEFF, w, be);
    for (size_t i = 0; i < NCPS; i++) {
        uint32_t c = CPS[i];
        if (w == 2 && c >= 0x10000) {
            n += put_unit(o + n, 0xD800 + ((c - 0x10000) >> 10), 2, be);
            n += put_unit(o + n, 0xDC00 + ((c - 0x10000) & 0x3FF), 2, be);
        } else {
            n += put_unit(o + n, c, w, be);
        }
    }
    return n;
}

/* The info's strings live with the transcoder: these outlive it. */
static char info_encoding[64];

/* Decode `in` fed as the chunks [0, a), [a, b), [b, n). */
static void run3(const char *enc, const void *in, size_t n, size_t a, size_t b, vc_buf *out, vc_transcode_info *info)
{
    vc_transcoder *t = NULL;
    vc_error e;
    vc_error_clear(&e);
    cr_assert_eq(vc_transcoder_new(enc, &t, &e), VC_OK, "%s", e.msg);
    const unsigned char *p = in;
    vc_transcoder_feed(t, p, a, out);
    vc_transcoder_feed(t, p + a, b - a, out);
    vc_transcoder_feed(t, p + b, n - b, out);
    vc_transcoder_finish(t, out);
    cr_assert_eq(vc_buf_status(out), VC_OK);
    vc_transcoder_info(t, info);
    snprintf(info_encoding, sizeof info_encoding, "%s", info->encoding);
    info->encoding = info_encoding;
    vc_transcoder_free(t);
}

static void every_split(const char *enc, const unsigned char *in, size_t n, const char *want, const char *want_enc)
{
    for (size_t a = 0; a <= n; a++)
        for (size_t b = a; b <= n; b++) {
            vc_buf out = VC_BUF_INIT;
            vc_transcode_info ti;
            run3(enc, in, n, a, b, &out, &ti);
            cr_assert_eq(out.len, strlen(want), "%s split at %zu,%zu: %zu bytes", want_enc, a, b, out.len);
            cr_assert(!memcmp(out.data, want, out.len), "%s split at %zu,%zu", want_enc, a, b);
            cr_assert_eq(ti.invalid, 0);
            cr_assert_str_eq(ti.encoding, want_enc);
            cr_assert_eq(ti.transcoded, strcmp(want_enc, "UTF-8") != 0);
            vc_buf_free(&out);
        }
}

Test(transcode, utf16_and_utf32_with_a_mark_at_every_split)
{
    unsigned char buf[256];
    const struct {
        int w, be;
        const char *name;
    } cases[] = {{2, 0, "UTF-16LE"}, {2, 1, "UTF-16BE"}, {4, 0, "UTF-32LE"}, {4, 1, "UTF-32BE"}};
    for (size_t c = 0; c < 4; c++) {
        size_t n = encode(buf, cases[c].w, cases[c].be, 1);
        every_split(NULL, buf, n, TEXT_UTF8, cases[c].name); /* detected, mark dropped */
        every_split(cases[c].name, buf, n, TEXT_UTF8, cases[c].name); /* named, mark agrees */
        n = encode(buf, cases[c].w, cases[c].be, 0);
        every_split(cases[c].name, buf, n, TEXT_UTF8, cases[c].name); /* named, no mark */
    }
}

Test(transcode, utf8_passes_through_unchanged_at_every_split)
{
    every_split(NULL, (const unsigned char *)TEXT_UTF8, strlen(TEXT_UTF8), TEXT_UTF8, "UTF-8");
    every_split("utf-8", (const unsigned char *)TEXT_UTF8, strlen(TEXT_UTF8), TEXT_UTF8, "UTF-8");
    /* the UTF-8 mark stays, as it always did (the header reader skips it) */
    const char *bom = "\xEF\xBB\xBFid\n";
    every_split(NULL, (const unsigned char *)bom, strlen(bom), bom, "UTF-8");
}

static void decode_all(const char *enc, const void *in, size_t n, vc_buf *out, vc_transcode_info *ti)
{
    run3(enc, in, n, n / 2, n / 2, out, ti);
}

Test(transcode, lone_surrogates_and_cut_units_become_replacements)
{
    const struct {
        const char *name;
        const char *in;
        size_t n;
        const char *want;
        uint64_t invalid, line;
    } cases[] = {
        /* a low surrogate alone on line 2 */
        {"lone low", "\xFF\xFE" "a\0\n\0\x00\xDC" "b\0", 10, "a\n\xEF\xBF\xBD" "b", 1, 2},
        /* a high surrogate followed by a letter: the letter survives */
        {"lone high", "\xFF\xFE" "\x3D\xD8" "c\0", 6, "\xEF\xBF\xBD" "c", 1, 1},
        /* a high surrogate at the very end */
        {"high at end", "\xFF\xFE" "a\0\x3D\xD8", 6, "a\xEF\xBF\xBD", 1, 1},
        /* two high surrogates, then a pair */
        {"high high pair", "\xFF\xFE\x3D\xD8\x3D\xD8\x00\xDE", 8, "\xEF\xBF\xBD\xF0\x9F\x98\x80", 1, 1},
        /* an odd byte at the end */
        {"odd byte", "\xFF\xFE" "a\0\n\0b", 7, "a\n\xEF\xBF\xBD", 1, 2},
        /* UTF-32: out of range, a surrogate, a cut unit */
        {"utf32 range", "\xFF\xFE\0\0" "\x00\x00\x11\x00" "x\0\0\0", 12, "\xEF\xBF\xBDx", 1, 1},
        {"utf32 surrogate", "\0\0\xFE\xFF" "\0\0\xD8\x00" "\0\0\0\n" "\0\0\0y", 16, "\xEF\xBF\xBD\ny", 1, 1},
        {"utf32 cut", "\xFF\xFE\0\0" "\n\0\0\0" "z\0", 10, "\n\xEF\xBF\xBD", 1, 2},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
        for (size_t a = 0; a <= cases[c].n; a++) {
            vc_buf out = VC_BUF_INIT;
            vc_transcode_info ti;
            run3(NULL, cases[c].in, cases[c].n, a, a, &out, &ti);
            cr_assert_str_eq(out.data ? out.data : "", cases[c].want, "%s split at %zu", cases[c].name, a);
            cr_assert_eq(ti.invalid, cases[c].invalid, "%s", cases[c].name);
            cr_assert_eq(ti.first_invalid_line, cases[c].line, "%s: line %llu", cases[c].name,
                         (unsigned long long)ti.first_invalid_line);
            vc_buf_free(&out);
        }
}

Test(transcode, short_inputs_and_the_empty_mark)
{
    vc_buf out = VC_BUF_INIT;
    vc_transcode_info ti;
    decode_all(NULL, "\xFF\xFE", 2, &out, &ti); /* an empty UTF-16 file */
    cr_assert_eq(out.len, 0);
    cr_assert_str_eq(ti.encoding, "UTF-16LE");
    cr_assert_str_eq(ti.bom, "UTF-16LE");
    vc_buf_reset(&out);
    decode_all(NULL, "ab", 2, &out, &ti);
    cr_assert_str_eq(out.data, "ab");
    cr_assert_eq(ti.transcoded, 0);
    cr_assert_null(ti.bom);
    vc_buf_reset(&out);
    decode_all(NULL, "", 0, &out, &ti);
    cr_assert_eq(out.len, 0);
    vc_buf_free(&out);
}

Test(transcode, iconv_cp1252_and_its_undefined_bytes)
{
    /* café, curly quotes, the euro sign; 0x81 is not defined in cp1252 */
    const char in[] = "caf\xe9 \x93q\x94 \x80\nx\x81y\n";
    vc_buf out = VC_BUF_INIT;
    vc_transcode_info ti;
    for (size_t a = 0; a <= sizeof in - 1; a++) {
        vc_buf_reset(&out);
        run3("cp1252", in, sizeof in - 1, a, a, &out, &ti);
        cr_assert_str_eq(out.data, "caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d \xe2\x82\xac\nx\xEF\xBF\xBDy\n");
        cr_assert_eq(ti.invalid, 1);
        cr_assert_eq(ti.first_invalid_line, 2);
        cr_assert_eq(ti.transcoded, 1);
        cr_assert_str_eq(ti.encoding, "cp1252");
    }
    vc_buf_free(&out);
}

Test(transcode, iconv_multibyte_shift_jis_at_every_split)
{
    /* 日本語,はい in Shift_JIS */
    const char in[] = "\x93\xfa\x96\x7b\x8c\xea,\x82\xcd\x82\xa2\n";
    const char want[] = "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e,\xe3\x81\xaf\xe3\x81\x84\n";
    every_split("shift_jis", (const unsigned char *)in, sizeof in - 1, want, "shift_jis");
    /* cut inside the last character: one replacement at the end */
    vc_buf out = VC_BUF_INIT;
    vc_transcode_info ti;
    decode_all("shift_jis", "a\n\x82", 3, &out, &ti);
    cr_assert_str_eq(out.data, "a\n\xEF\xBF\xBD");
    cr_assert_eq(ti.invalid, 1);
    cr_assert_eq(ti.first_invalid_line, 2);
    vc_buf_free(&out);
}

Test(transcode, unknown_encoding_is_a_usage_error_naming_it)
{
    vc_transcoder *t = NULL;
    vc_error e;
    vc_error_clear(&e);
    cr_assert_eq(vc_transcoder_new("no-such-encoding", &t, &e), VC_ERR_USAGE);
    cr_assert_null(t);
    cr_assert(strstr(e.msg, "'no-such-encoding'") && strstr(e.msg, "iconv -l"), "%s", e.msg);
}

Test(transcode, a_mark_that_contradicts_the_named_encoding_is_noted)
{
    vc_buf out = VC_BUF_INIT;
    vc_transcode_info ti;
    decode_all("cp1252", "\xFF\xFE" "a\0", 4, &out, &ti); /* the option wins */
    cr_assert_eq(ti.bom_conflict, 1);
    cr_assert_str_eq(ti.bom, "UTF-16LE");
    cr_assert_str_eq(out.data, "\xc3\xbf\xc3\xbe" "a");
    cr_assert_eq(out.len, 6); /* the NUL of "a\0" comes through as U+0000 */
    vc_buf_reset(&out);
    decode_all("utf-16", "\xFF\xFE" "a\0", 4, &out, &ti); /* iconv's UTF-16 reads its own mark */
    cr_assert_eq(ti.bom_conflict, 0);
    cr_assert_str_eq(out.data, "a");
    vc_buf_reset(&out);
    decode_all("utf-16le", "\xEF\xBB\xBF" "a", 4, &out, &ti);
    cr_assert_eq(ti.bom_conflict, 1);
    vc_buf_free(&out);
}

Test(transcode, utf8_check_counts_and_guesses_cp1252)
{
    const struct {
        const char *in;
        uint64_t invalid, line;
        int cp1252;
    } cases[] = {
        {"ok \xc3\xa9\nfine\n", 0, 0, 0},
        {"a\nb\ncaf\xe9\n\x93q\x94\n", 3, 3, 1},          /* cp1252 */
        {"a\n\x81\n", 1, 2, 0},                            /* a byte cp1252 leaves undefined */
        {"\xc3\xa9\xc3\xa9\xc3\xa9 \xe9\n", 1, 1, 0},       /* mostly UTF-8: a stray byte */
        {"\xed\xa0\x80 \xe0\x80\x80\n", 6, 1, 1},           /* a surrogate and an overlong form, byte by byte */
        {"cut \xe2\x82", 1, 1, 1},                         /* cut at the end */
        /* line feeds counted eight bytes at a time before the first */
        {"0123456789\n0123456789\n\n0123456789abcdef\n\xe9\n\xe9\n", 2, 5, 1},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        size_t n = strlen(cases[c].in);
        for (size_t a = 0; a <= n; a++) {
            vc_buf out = VC_BUF_INIT;
            vc_transcode_info ti;
            run3(NULL, cases[c].in, n, a, a, &out, &ti);
            cr_assert_str_eq(out.data ? out.data : "", cases[c].in, "passes through unchanged");
            cr_assert_eq(ti.invalid, cases[c].invalid, "case %zu split %zu: %llu", c, a,
                         (unsigned long long)ti.invalid);
            cr_assert_eq(ti.first_invalid_line, cases[c].line, "case %zu split %zu", c, a);
            cr_assert_eq(ti.looks_cp1252, cases[c].cp1252, "case %zu split %zu", c, a);
            vc_buf_free(&out);
        }
        cr_assert_eq(vc_bytes_look_cp1252(cases[c].in, n), cases[c].cp1252, "case %zu", c);
    }
}

/* the stage on a stream, read with every small buffer size */
Test(transcode, stream_stage_reads_utf16_in_any_read_size)
{
    unsigned char buf[256];
    size_t n = encode(buf, 2, 0, 1);
    for (size_t cap = 1; cap <= 9; cap++) {
        vc_stream *s = NULL;
        vc_error e;
        vc_error_clear(&e);
        cr_assert_eq(vc_stream_open_mem("u16", buf, n, &s, &e), VC_OK);
        cr_assert_eq(vc_stream_set_encoding(s, NULL, &e), VC_OK);
        vc_buf got = VC_BUF_INIT;
        char chunk[16];
        ssize_t r;
        while ((r = vc_stream_read(s, chunk, cap, &e)) > 0)
            vc_buf_append(&got, chunk, (size_t)r);
        cr_assert_eq(r, 0);
        cr_assert_str_eq(got.data, TEXT_UTF8, "read size %zu", cap);
        vc_transcode_info ti;
        cr_assert_eq(vc_stream_transcode_info(s, &ti), 0);
        cr_assert_str_eq(ti.encoding, "UTF-16LE");
        cr_assert_eq(vc_stream_bytes_out(s), n, "bytes_out counts the bytes before decoding");
        vc_buf_free(&got);
        vc_stream_free(s);
    }
}

Test(transcode, stream_without_a_stage_has_no_info)
{
    vc_stream *s = NULL;
    vc_error e;
    cr_assert_eq(vc_stream_open_mem("m", "a", 1, &s, &e), VC_OK);
    vc_transcode_info ti;
    cr_assert_eq(vc_stream_transcode_info(s, &ti), -1);
    vc_stream_free(s);
}
