/*
 * fuzz_transcode.c - the transcoder on arbitrary bytes.
 *
 * The first byte chooses the encoding (detected from the mark, or one of
 * UTF-8, UTF-16LE/BE, UTF-32LE/BE, cp1252, shift_jis, gb18030) and two
 * split points; the rest is the input. Invariants: no crash; the output
 * and the counts do not depend on where the chunks were cut; decoded
 * output is valid UTF-8 and UTF-8 passed through is the input unchanged;
 * a replacement is counted for every invalid sequence (at least one
 * U+FFFD per count); and valid UTF-8, encoded as UTF-16LE with a mark by
 * iconv, decodes back to itself.
 */
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/buf.h"
#include "vocal/text.h"
#include "vocal/transcode.h"

static const char *const ENCODINGS[] = {NULL, "utf-8", "UTF-16LE", "UTF-16BE", "UTF-32LE",
                                        "utf-32be", "cp1252", "shift_jis", "gb18030"};
#define NENC (sizeof ENCODINGS / sizeof ENCODINGS[0])

static void run(const char *enc, const uint8_t *d, size_t n, size_t a, size_t b, vc_buf *out, vc_transcode_info *ti)
{
    vc_transcoder *t = NULL;
    vc_error e;
    if (vc_transcoder_new(enc, &t, &e))
        abort();
    vc_transcoder_feed(t, d, a, out);
    vc_transcoder_feed(t, d + a, b - a, out);
    vc_transcoder_feed(t, d + b, n - b, out);
    vc_transcoder_finish(t, out);
    vc_transcoder_info(t, ti);
    vc_transcoder_free(t);
    if (vc_buf_status(out))
        abort();
}

static size_t count_fffd(const char *p, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i + 3 <= n; i++)
        c += !memcmp(p + i, "\xEF\xBF\xBD", 3);
    return c;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const char *enc = ENCODINGS[data[0] % NENC];
    const uint8_t *d = data + 1;
    size_t n = size - 1;
    size_t a = n ? (data[0] * 7u) % (n + 1) : 0, b = n ? (data[0] * 13u + 5) % (n + 1) : 0;
    if (a > b) {
        size_t x = a;
        a = b;
        b = x;
    }
    vc_buf one = VC_BUF_INIT, cut = VC_BUF_INIT;
    vc_transcode_info t1, t2;
    run(enc, d, n, n, n, &one, &t1);
    run(enc, d, n, a, b, &cut, &t2);
    if (one.len != cut.len || (one.len && memcmp(one.data, cut.data, one.len)))
        abort(); /* the chunks changed the output */
    if (t1.invalid != t2.invalid || t1.first_invalid_line != t2.first_invalid_line ||
        t1.looks_cp1252 != t2.looks_cp1252 || t1.transcoded != t2.transcoded)
        abort();
    if (t1.transcoded) {
        if (vc_utf8_invalid_count(one.data ? one.data : "", one.len))
            abort(); /* decoded output must be UTF-8 */
        if (count_fffd(one.data ? one.data : "", one.len) < t1.invalid)
            abort(); /* a count without its replacement */
    } else if (one.len != n || (n && memcmp(one.data, d, n))) {
        abort(); /* UTF-8 passes through unchanged */
    }
    /* valid UTF-8 (no NUL, so strings compare) round-trips through UTF-16LE */
    if (!vc_utf8_invalid_count((const char *)d, n) && !memchr(d, 0, n)) {
        iconv_t cd = iconv_open("UTF-16LE", "UTF-8");
        size_t cap = n * 4 + 8;
        char *u16 = malloc(cap), *ip = (char *)d, *op = u16 + 2;
        size_t il = n, ol = cap - 2;
        memcpy(u16, "\xFF\xFE", 2);
        if (cd != (iconv_t)-1 && iconv(cd, &ip, &il, &op, &ol) != (size_t)-1) {
            size_t un = (size_t)(op - u16);
            vc_buf back = VC_BUF_INIT;
            vc_transcode_info t3;
            run(NULL, (const uint8_t *)u16, un, a % (un + 1), a % (un + 1), &back, &t3);
            /* a leading U+FEFF in the input would read as a second mark: iconv
             * keeps it, and so do we, as the character it is */
            if (t3.invalid || back.len != n || (n && memcmp(back.data, d, n)))
                abort();
            vc_buf_free(&back);
        }
        if (cd != (iconv_t)-1)
            iconv_close(cd);
        free(u16);
    }
    vc_buf_free(&one);
    vc_buf_free(&cut);
    return 0;
}
