/*
 * transcode.c - an input's bytes, in whatever encoding they were exported,
 * to the UTF-8 every later stage reads (transcode.h).
 *
 * Four decoders share one carry: UTF-16 and UTF-32 (either byte order) are
 * decoded here, a code unit at a time with an ASCII fast path; every other
 * encoding goes through the C library's iconv; UTF-8 passes through and is
 * only checked. Each keeps the bytes of a character cut at the end of a
 * chunk (an odd byte, half a surrogate pair, the first bytes of a
 * multi-byte character) and finishes it with the next chunk, so the chunk
 * size never changes the output.
 *
 * Before any of that, the first four bytes are held back until the byte
 * order mark is known. With no encoding named, a UTF-16 or UTF-32 mark
 * chooses the decoder and is dropped (the UTF-8 mark stays, as it always
 * did, and the header reader skips it); with an encoding named, a mark
 * that agrees is dropped (or left to iconv for "UTF-16"/"UTF-32", which
 * read it themselves) and one that names another encoding is noted and
 * decoded as the named encoding says.
 *
 * Counting: every replacement (U+FFFD) or, for UTF-8 passed through, every
 * invalid sequence counts once, with the physical line of the first: line
 * feeds are counted in the output until that first one. The check of
 * UTF-8 also notes whether every byte of an invalid sequence is one
 * Windows-1252 defines (all but 81, 8D, 8F, 90 and 9D) and counts the
 * valid multi-byte sequences: many invalid ones, all cp1252, and fewer
 * valid ones is how an Excel "CSV" export (Windows code page, usually
 * 1252) gives itself away.
 *
 * Ownership: a transcoder owns its iconv descriptor and its scratch
 * buffer; output goes to the caller's vc_buf, whose sticky status reports
 * memory failures.
 */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/transcode.h"

enum { M_DETECT, M_UTF8, M_U16LE, M_U16BE, M_U32LE, M_U32BE, M_ICONV };

struct vc_transcoder {
    int mode;       /* M_DETECT until the first bytes were seen */
    int named;      /* the caller named the encoding */
    int started;    /* the byte order mark was looked at */
    char norm[48];  /* the named encoding, lower case without '-', '_' or ' ' */
    char name[48];  /* the named encoding as given (for iconv mode) */
    iconv_t cd;
    const char *bom;
    int bom_conflict;
    /* bytes of a character cut at a chunk's end (and the first four bytes
     * before the mark is known) */
    unsigned char carry[16];
    size_t ncarry;
    uint32_t hi; /* UTF-16: a high surrogate waiting for its low half */
    /* the UTF-8 check: a sequence cut at a chunk's end */
    unsigned char u8[4];
    size_t nu8;
    uint64_t lines; /* line feeds before the first invalid sequence */
    uint64_t invalid, first_line;
    uint64_t multi; /* valid multi-byte UTF-8 sequences */
    int cp1252_ok;  /* no byte Windows-1252 leaves undefined */
    vc_buf scratch; /* iconv: the carry joined to the next chunk */
};

static void normalize(const char *in, char *out, size_t cap)
{
    size_t n = 0;
    for (; *in && n + 1 < cap; in++)
        if (*in != '-' && *in != '_' && *in != ' ')
            out[n++] = (char)tolower((unsigned char)*in);
    out[n] = 0;
}

vc_status vc_transcoder_new(const char *encoding, vc_transcoder **out, vc_error *err)
{
    *out = NULL;
    vc_transcoder *t = calloc(1, sizeof *t);
    if (!t)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    t->cd = (iconv_t)-1;
    t->cp1252_ok = 1;
    t->mode = M_DETECT;
    if (encoding) {
        if (!encoding[0] || strlen(encoding) >= sizeof t->name) {
            free(t);
            return vc_error_set(err, VC_ERR_USAGE, "unknown encoding '%s' (`iconv -l` lists the names iconv knows)",
                                encoding);
        }
        t->named = 1;
        strcpy(t->name, encoding);
        normalize(encoding, t->norm, sizeof t->norm);
        t->mode = !strcmp(t->norm, "utf8")      ? M_UTF8
                  : !strcmp(t->norm, "utf16le") ? M_U16LE
                  : !strcmp(t->norm, "utf16be") ? M_U16BE
                  : !strcmp(t->norm, "utf32le") ? M_U32LE
                  : !strcmp(t->norm, "utf32be") ? M_U32BE
                                                : M_ICONV;
        if (t->mode == M_ICONV) {
            t->cd = iconv_open("UTF-8", encoding);
            if (t->cd == (iconv_t)-1) {
                free(t);
                return vc_error_set(err, VC_ERR_USAGE,
                                    "unknown encoding '%s': iconv cannot read it (`iconv -l` lists the names it knows)",
                                    encoding);
            }
        }
    }
    *out = t;
    return VC_OK;
}

void vc_transcoder_free(vc_transcoder *t)
{
    if (!t)
        return;
    if (t->cd != (iconv_t)-1)
        iconv_close(t->cd);
    vc_buf_free(&t->scratch);
    free(t);
}

static const char *mode_name(const vc_transcoder *t)
{
    switch (t->mode) {
    case M_U16LE: return "UTF-16LE";
    case M_U16BE: return "UTF-16BE";
    case M_U32LE: return "UTF-32LE";
    case M_U32BE: return "UTF-32BE";
    case M_ICONV: return t->name;
    default: return "UTF-8";
    }
}

/* ---- counting ---- */

static void note_invalid(vc_transcoder *t)
{
    if (!t->invalid++)
        t->first_line = t->lines + 1;
}

static int cp1252_undefined(unsigned char b) { return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D; }

static uint64_t count_lf(const char *p, size_t n)
{
    uint64_t c = 0;
    const char *end = p + n;
    while (p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        c++;
        p++;
    }
    return c;
}

/* ---- UTF-8, checked as it passes ---- */

/* bytes in the sequence a lead byte starts, 0 when it cannot start one */
static int utf8_len(unsigned char b)
{
    return b < 0x80 ? 1 : b < 0xC2 ? 0 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF5 ? 4 : 0;
}

/* may `c` follow the `k` bytes of `seq` (k >= 1) in a valid sequence? */
static int utf8_cont(const unsigned char *seq, size_t k, unsigned char c)
{
    if (k == 1) {
        switch (seq[0]) {
        case 0xE0: return c >= 0xA0 && c <= 0xBF;
        case 0xED: return c >= 0x80 && c <= 0x9F;
        case 0xF0: return c >= 0x90 && c <= 0xBF;
        case 0xF4: return c >= 0x80 && c <= 0x8F;
        default: break;
        }
    }
    return c >= 0x80 && c <= 0xBF;
}

static void utf8_bad(vc_transcoder *t, const unsigned char *p, size_t n)
{
    note_invalid(t);
    for (size_t i = 0; i < n; i++)
        if (cp1252_undefined(p[i]))
            t->cp1252_ok = 0;
}


#define HIGH_BITS 0x8080808080808080ULL

void vc_transcoder_check(vc_transcoder *t, const void *in, size_t n)
{
    const unsigned char *p = in;
    size_t i = 0;
    if (t->nu8) { /* finish the sequence the last chunk cut */
        size_t need = (size_t)utf8_len(t->u8[0]);
        while (t->nu8 < need && i < n && utf8_cont(t->u8, t->nu8, p[i]))
            t->u8[t->nu8++] = p[i++];
        if (t->nu8 == need)
            t->multi++;
        else if (i < n)
            utf8_bad(t, t->u8, t->nu8);
        else
            return; /* still cut */
        t->nu8 = 0;
    }
    while (i < n) {
        /* ASCII eight bytes at a time; line feeds matter only until the
         * first invalid sequence */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (w & HIGH_BITS)
                break;
            if (!t->invalid) {
                uint64_t x = w ^ 0x0A0A0A0A0A0A0A0AULL; /* a zero byte where a line feed was */
                uint64_t z = ~(((x & 0x7F7F7F7F7F7F7F7FULL) + 0x7F7F7F7F7F7F7F7FULL) | x | 0x7F7F7F7F7F7F7F7FULL);
                t->lines += ((z >> 7) * 0x0101010101010101ULL) >> 56; /* the bytes' sum, no popcount */
            }
            i += 8;
        }
        if (i >= n)
            break;
        unsigned char b = p[i];
        if (b < 0x80) {
            t->lines += b == '\n';
            i++;
            continue;
        }
        size_t need = (size_t)utf8_len(b), k = 1;
        if (!need) {
            utf8_bad(t, p + i, 1);
            i++;
            continue;
        }
        while (k < need && i + k < n && utf8_cont(p + i, k, p[i + k]))
            k++;
        if (k == need) {
            t->multi++;
        } else if (i + k == n) { /* cut at the chunk's end */
            memcpy(t->u8, p + i, k);
            t->nu8 = k;
            return;
        } else {
            utf8_bad(t, p + i, k);
        }
        i += k;
    }
}

int vc_bytes_look_cp1252(const void *p, size_t n)
{
    vc_transcoder t;
    memset(&t, 0, sizeof t);
    t.mode = M_UTF8;
    t.started = 1;
    t.cp1252_ok = 1;
    vc_transcoder_check(&t, p, n);
    if (t.nu8)
        utf8_bad(&t, t.u8, t.nu8);
    return t.invalid && t.cp1252_ok && t.invalid > t.multi;
}

/* ---- UTF-16 and UTF-32 ---- */

static const unsigned char REPLACEMENT[3] = {0xEF, 0xBF, 0xBD};

static unsigned char *put_bad(vc_transcoder *t, unsigned char *o)
{
    note_invalid(t);
    memcpy(o, REPLACEMENT, 3);
    return o + 3;
}

/* a code point already known to be valid (not a surrogate, <= 10FFFF) */
static unsigned char *put_cp(vc_transcoder *t, unsigned char *o, uint32_t c)
{
    if (c < 0x80) {
        t->lines += c == '\n';
        *o++ = (unsigned char)c;
    } else if (c < 0x800) {
        *o++ = (unsigned char)(0xC0 | (c >> 6));
        *o++ = (unsigned char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *o++ = (unsigned char)(0xE0 | (c >> 12));
        *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        *o++ = (unsigned char)(0x80 | (c & 0x3F));
    } else {
        *o++ = (unsigned char)(0xF0 | (c >> 18));
        *o++ = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
        *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        *o++ = (unsigned char)(0x80 | (c & 0x3F));
    }
    return o;
}

static unsigned char *put16(vc_transcoder *t, unsigned char *o, uint32_t u)
{
    if (t->hi) {
        uint32_t hi = t->hi;
        t->hi = 0;
        if (u >= 0xDC00 && u <= 0xDFFF)
            return put_cp(t, o, 0x10000 + ((hi - 0xD800) << 10) + (u - 0xDC00));
        o = put_bad(t, o); /* a high surrogate with no low half */
    }
    if (u >= 0xD800 && u <= 0xDBFF) {
        t->hi = u;
        return o;
    }
    if (u >= 0xDC00 && u <= 0xDFFF)
        return put_bad(t, o); /* a low surrogate alone */
    return put_cp(t, o, u);
}

static unsigned char *put32(vc_transcoder *t, unsigned char *o, uint32_t u)
{
    if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF))
        return put_bad(t, o);
    return put_cp(t, o, u);
}

/* Room for `units` more code units of at most `per` output bytes each;
 * NULL when memory ran out (the buffer's status says so). */
static unsigned char *room(vc_buf *out, size_t units, size_t per)
{
    if (vc_buf_reserve(out, (units + 2) * per + 8))
        return NULL;
    return (unsigned char *)out->data + out->len;
}

static void done_writing(vc_buf *out, unsigned char *o)
{
    out->len = (size_t)((char *)o - out->data);
    out->data[out->len] = 0;
}

static void decode_units(vc_transcoder *t, const unsigned char *p, size_t n, vc_buf *out)
{
    int wide = t->mode == M_U32LE || t->mode == M_U32BE;
    int be = t->mode == M_U16BE || t->mode == M_U32BE;
    size_t w = wide ? 4 : 2;
    unsigned char *o = room(out, (t->ncarry + n) / w, wide ? 4 : 3);
    if (!o)
        return;
    size_t i = 0;
    if (t->ncarry) { /* complete the unit the last chunk cut */
        while (t->ncarry < w && i < n)
            t->carry[t->ncarry++] = p[i++];
        if (t->ncarry < w) {
            done_writing(out, o);
            return;
        }
        const unsigned char *c = t->carry;
        uint32_t u = wide ? (be ? (uint32_t)c[0] << 24 | (uint32_t)c[1] << 16 | (uint32_t)c[2] << 8 | c[3]
                                : (uint32_t)c[3] << 24 | (uint32_t)c[2] << 16 | (uint32_t)c[1] << 8 | c[0])
                          : (be ? (uint32_t)c[0] << 8 | c[1] : (uint32_t)c[1] << 8 | c[0]);
        o = wide ? put32(t, o, u) : put16(t, o, u);
        t->ncarry = 0;
    }
    if (!wide) {
        for (; i + 2 <= n; i += 2) {
            uint32_t u = be ? (uint32_t)p[i] << 8 | p[i + 1] : (uint32_t)p[i + 1] << 8 | p[i];
            if (u < 0x80 && !t->hi) {
                t->lines += u == '\n';
                *o++ = (unsigned char)u;
            } else {
                o = put16(t, o, u);
            }
        }
    } else {
        for (; i + 4 <= n; i += 4) {
            const unsigned char *c = p + i;
            uint32_t u = be ? (uint32_t)c[0] << 24 | (uint32_t)c[1] << 16 | (uint32_t)c[2] << 8 | c[3]
                            : (uint32_t)c[3] << 24 | (uint32_t)c[2] << 16 | (uint32_t)c[1] << 8 | c[0];
            o = put32(t, o, u);
        }
    }
    while (i < n)
        t->carry[t->ncarry++] = p[i++];
    done_writing(out, o);
}

/* ---- iconv ---- */

static void put_replacement(vc_transcoder *t, vc_buf *out)
{
    note_invalid(t);
    vc_buf_append(out, REPLACEMENT, 3);
}

static void decode_iconv(vc_transcoder *t, const unsigned char *p, size_t n, vc_buf *out)
{
    if (t->ncarry) { /* the carry joined to this chunk */
        vc_buf_reset(&t->scratch);
        vc_buf_append(&t->scratch, t->carry, t->ncarry);
        vc_buf_append(&t->scratch, p, n);
        if (vc_buf_status(&t->scratch)) {
            out->err = t->scratch.err;
            return;
        }
        t->ncarry = 0;
        p = (const unsigned char *)t->scratch.data;
        n = t->scratch.len;
    }
    char *ip = (char *)p;
    size_t il = n;
    while (il > 0) {
        if (vc_buf_reserve(out, il * 4 + 16))
            return;
        char *op = out->data + out->len;
        size_t ol = out->cap - out->len - 1;
        size_t r = iconv(t->cd, &ip, &il, &op, &ol);
        int e = errno;
        if (!t->invalid)
            t->lines += count_lf(out->data + out->len, (size_t)(op - (out->data + out->len)));
        out->len = (size_t)(op - out->data);
        out->data[out->len] = 0;
        if (r != (size_t)-1)
            break;
        if (e == E2BIG)
            continue;
        if (e == EINVAL && il < sizeof t->carry) { /* a character cut at the chunk's end */
            memcpy(t->carry, ip, il);
            t->ncarry = il;
            break;
        }
        /* EILSEQ (a byte the encoding does not define), or a cut that no
         * character of it could be: one replacement, and on past it */
        put_replacement(t, out);
        ip++;
        il--;
    }
}

/* ---- the stream of chunks ---- */

static void decode(vc_transcoder *t, const unsigned char *p, size_t n, vc_buf *out)
{
    if (!n)
        return;
    switch (t->mode) {
    case M_UTF8:
        vc_buf_append(out, p, n);
        vc_transcoder_check(t, p, n);
        break;
    case M_ICONV:
        decode_iconv(t, p, n, out);
        break;
    default:
        decode_units(t, p, n, out);
        break;
    }
}

/* The byte order mark `p` starts with, and its length. */
static const char *bom_of(const unsigned char *p, size_t n, size_t *len)
{
    *len = 4;
    if (n >= 4 && !memcmp(p, "\xFF\xFE\0\0", 4))
        return "UTF-32LE";
    if (n >= 4 && !memcmp(p, "\0\0\xFE\xFF", 4))
        return "UTF-32BE";
    *len = 3;
    if (n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
        return "UTF-8";
    *len = 2;
    if (n >= 2 && !memcmp(p, "\xFF\xFE", 2))
        return "UTF-16LE";
    if (n >= 2 && !memcmp(p, "\xFE\xFF", 2))
        return "UTF-16BE";
    *len = 0;
    return NULL;
}

/* The first bytes are in the carry: settle the mark and the decoder, then
 * decode them. */
static void begin(vc_transcoder *t, vc_buf *out)
{
    unsigned char first[4];
    size_t n = t->ncarry, blen, drop = 0;
    memcpy(first, t->carry, n);
    t->ncarry = 0;
    t->started = 1;
    const char *bom = bom_of(first, n, &blen);
    /* named UTF-16LE or UTF-16BE: FF FE 00 00 is their mark and a NUL */
    if (t->mode == M_U16LE && n >= 2 && !memcmp(first, "\xFF\xFE", 2))
        bom = "UTF-16LE", blen = 2;
    t->bom = bom;
    if (!t->named) {
        if (bom && strcmp(bom, "UTF-8") != 0) {
            t->mode = !strcmp(bom, "UTF-16LE")   ? M_U16LE
                      : !strcmp(bom, "UTF-16BE") ? M_U16BE
                      : !strcmp(bom, "UTF-32LE") ? M_U32LE
                                                 : M_U32BE;
            drop = blen;
        } else {
            t->mode = M_UTF8;
        }
    } else if (bom) {
        const char *mine = mode_name(t);
        int agrees = !strcmp(bom, mine) || (t->mode == M_ICONV && !strcmp(t->norm, "utf16") && !strncmp(bom, "UTF-16", 6)) ||
                     (t->mode == M_ICONV && !strcmp(t->norm, "utf32") && !strncmp(bom, "UTF-32", 6));
        if (!agrees)
            t->bom_conflict = 1;
        else if (t->mode != M_UTF8 && t->mode != M_ICONV)
            drop = blen; /* iconv reads its own mark; UTF-8's stays as before */
    }
    decode(t, first + drop, n - drop, out);
}

void vc_transcoder_feed(vc_transcoder *t, const void *in, size_t n, vc_buf *out)
{
    const unsigned char *p = in;
    if (!t->started) {
        size_t k = 4 - t->ncarry < n ? 4 - t->ncarry : n;
        memcpy(t->carry + t->ncarry, p, k);
        t->ncarry += k;
        p += k;
        n -= k;
        if (t->ncarry < 4)
            return;
        begin(t, out);
    }
    decode(t, p, n, out);
}

void vc_transcoder_finish(vc_transcoder *t, vc_buf *out)
{
    if (!t->started)
        begin(t, out);
    switch (t->mode) {
    case M_UTF8:
        if (t->nu8)
            utf8_bad(t, t->u8, t->nu8);
        t->nu8 = 0;
        break;
    case M_ICONV:
        if (t->ncarry) /* a character the input ended inside */
            put_replacement(t, out);
        t->ncarry = 0;
        if (t->cd != (iconv_t)-1) {
            char tail[32], *op = tail;
            size_t ol = sizeof tail;
            if (iconv(t->cd, NULL, NULL, &op, &ol) != (size_t)-1)
                vc_buf_append(out, tail, (size_t)(op - tail));
        }
        break;
    default: {
        unsigned char *o = room(out, 2, 3);
        if (!o)
            return;
        if (t->hi) { /* a high surrogate at the very end */
            t->hi = 0;
            o = put_bad(t, o);
        }
        if (t->ncarry) /* a code unit the input ended inside */
            o = put_bad(t, o);
        t->ncarry = 0;
        done_writing(out, o);
        break;
    }
    }
}

int vc_transcoder_passthrough(const vc_transcoder *t) { return t->started && t->mode == M_UTF8; }

void vc_transcoder_info(const vc_transcoder *t, vc_transcode_info *info)
{
    memset(info, 0, sizeof *info);
    info->encoding = mode_name(t);
    info->bom = t->bom;
    info->transcoded = t->started && t->mode != M_UTF8;
    info->named = t->named;
    info->bom_conflict = t->bom_conflict;
    info->invalid = t->invalid;
    info->first_invalid_line = t->first_line;
    info->looks_cp1252 = t->mode == M_UTF8 && t->invalid && t->cp1252_ok && t->invalid > t->multi;
}
