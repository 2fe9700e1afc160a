/*
 * buf.c - growable byte buffers, checked allocation and the project hash.
 *
 * Buffers grow geometrically and are meant to be reused: workers keep one
 * per purpose and call vc_buf_reset() per item, so steady state does no
 * allocation at all. The first failed write is kept in the buffer (a sticky
 * error, as stdio's ferror) and turns every later write into a no-op, so
 * writers check once, where they commit the buffer. The hash is a small
 * 64-bit multiply-xorshift mix over 8-byte words (in the spirit of
 * wyhash/xxh3's short-input paths): fast on the short keys vocal hashes
 * (words, segment values) and good enough for open addressing with
 * power-of-two tables.
 *
 * Settings files (lexicons, sentiment lexicons and overlays, stop words)
 * are read whole, so vc_buf_read_settings_file takes only regular files
 * (opened without blocking, so a FIFO is refused, not waited on) and stops
 * at a size limit: /dev/zero or an endless pipe named by mistake is an
 * error, not a machine out of memory.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vocal/buf.h"

void vc_buf_init(vc_buf *b)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->err = VC_OK;
}

void vc_buf_free(vc_buf *b)
{
    if (!b)
        return;
    free(b->data);
    vc_buf_init(b);
}

/* Keep the first failure. A buffer in error also reports no room (cap 0;
 * data stays allocated for free and the next reserve), so every inline
 * fast path that compares len with cap falls through to a checked write. */
static vc_status fail(vc_buf *b, vc_status st)
{
    b->err = st;
    b->cap = 0;
    return st;
}

vc_status vc_buf_reserve(vc_buf *b, size_t extra)
{
    if (b->err)
        return b->err;
    if (extra > SIZE_MAX - b->len - 1)
        return fail(b, VC_ERR_NOMEM);
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return VC_OK;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) {
        if (cap > SIZE_MAX / 2) {
            cap = need;
            break;
        }
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p)
        return fail(b, VC_ERR_NOMEM);
    if (!b->data)
        p[0] = 0;
    b->data = p;
    b->cap = cap;
    return VC_OK;
}

vc_status vc_buf_append(vc_buf *b, const void *p, size_t n)
{
    vc_status st = vc_buf_reserve(b, n);
    if (st)
        return st;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
    return VC_OK;
}

vc_status vc_buf_append_str(vc_buf *b, const char *s)
{
    return vc_buf_append(b, s, strlen(s));
}

vc_status vc_buf_append_char(vc_buf *b, char c)
{
    if (b->len + 1 < b->cap) {
        b->data[b->len++] = c;
        b->data[b->len] = 0;
        return VC_OK;
    }
    return vc_buf_append(b, &c, 1);
}

vc_status vc_buf_printf(vc_buf *b, const char *fmt, ...)
{
    if (b->err)
        return b->err;
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return fail(b, VC_ERR_INTERNAL);
    if ((size_t)n < sizeof small)
        return vc_buf_append(b, small, (size_t)n);
    vc_status st = vc_buf_reserve(b, (size_t)n);
    if (st)
        return st;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return VC_OK;
}

void *vc_xcalloc(size_t n, size_t size)
{
    if (n == 0 || size == 0)
        return calloc(1, 1);
    return calloc(n, size);
}

void *vc_xrealloc_array(void *p, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    size_t total = n * size;
    return realloc(p, total ? total : 1);
}

char *vc_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

static inline uint64_t mix64(uint64_t a, uint64_t b)
{
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

uint64_t vc_hash_bytes(const void *p, size_t n)
{
    const unsigned char *s = p;
    const uint64_t k0 = 0xa0761d6478bd642fULL, k1 = 0xe7037ed1a0b428dbULL;
    uint64_t h = 0x243f6a8885a308d3ULL ^ (n * k1);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = mix64(h ^ w ^ k0, k1);
        s += 8;
        n -= 8;
    }
    uint64_t w = 0;
    if (n)
        memcpy(&w, s, n);
    h = mix64(h ^ w ^ k1, k0 ^ (uint64_t)n);
    return mix64(h, k1);
}

vc_status vc_buf_csv_field(vc_buf *b, const char *p, size_t n, int neutralize)
{
    int formula = neutralize && n > 0 &&
                  (p[0] == '=' || p[0] == '+' || p[0] == '-' || p[0] == '@' || p[0] == '\t' ||
                   p[0] == '\r');
    int quote = formula || (n > 0 && (p[0] == ' ' || p[n - 1] == ' '));
    for (size_t i = 0; i < n && !quote; i++)
        if (p[i] == ',' || p[i] == '"' || p[i] == '\n' || p[i] == '\r')
            quote = 1;
    if (!quote)
        return vc_buf_append(b, p, n);
    vc_status st = vc_buf_reserve(b, n + 4);
    if (st)
        return st;
    b->data[b->len++] = '"';
    if (formula)
        b->data[b->len++] = '\'';
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '"') {
            if ((st = vc_buf_append(b, p + start, i + 1 - start)))
                return st;
            if ((st = vc_buf_append_char(b, '"')))
                return st;
            start = i + 1;
        }
    }
    if ((st = vc_buf_append(b, p + start, n - start)))
        return st;
    return vc_buf_append_char(b, '"');
}

vc_status vc_buf_json_string(vc_buf *b, const char *p, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    vc_status st = vc_buf_append_char(b, '"');
    size_t start = 0;
    for (size_t i = 0; i < n && !st; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        st = vc_buf_append(b, p + start, i - start);
        char esc[7] = {'\\', 0, 0, 0, 0, 0, 0};
        size_t elen = 2;
        switch (c) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default:
            esc[1] = 'u';
            esc[2] = '0';
            esc[3] = '0';
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            elen = 6;
        }
        if (!st)
            st = vc_buf_append(b, esc, elen);
        start = i + 1;
    }
    if (!st)
        st = vc_buf_append(b, p + start, n - start);
    if (!st)
        st = vc_buf_append_char(b, '"');
    return st;
}

vc_status vc_buf_read_file(vc_buf *b, const char *path, vc_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return vc_error_set(err, VC_ERR_IO, "%s: %s", path, strerror(errno));
    char chunk[65536];
    size_t n;
    vc_status st = VC_OK;
    while (!st && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
        st = vc_buf_append(b, chunk, n);
    int bad = ferror(f);
    fclose(f);
    if (st)
        return vc_error_set(err, st, "%s: out of memory", path);
    return bad ? vc_error_set(err, VC_ERR_IO, "%s: read error", path) : VC_OK;
}

vc_status vc_buf_read_settings_file(vc_buf *b, const char *path, vc_error *err)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return vc_error_set(err, VC_ERR_IO, "%s: %s", path, strerror(errno));
    struct stat st;
    vc_status s = VC_OK;
    if (fstat(fd, &st) != 0)
        s = vc_error_set(err, VC_ERR_IO, "%s: %s", path, strerror(errno));
    else if (S_ISDIR(st.st_mode))
        s = vc_error_set(err, VC_ERR_IO, "%s: is a directory", path);
    else if (!S_ISREG(st.st_mode))
        s = vc_error_set(err, VC_ERR_IO, "%s: is not a regular file (a pipe or a device cannot be read as one)",
                         path);
    else if ((uint64_t)st.st_size > VC_SETTINGS_FILE_MAX)
        s = vc_error_set(err, VC_ERR_IO, "%s: larger than %u MiB, the limit for a lexicon, sentiment or stop-word file",
                         path, VC_SETTINGS_FILE_MAX >> 20);
    size_t total = 0;
    char chunk[65536];
    while (!s) {
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            s = vc_error_set(err, VC_ERR_IO, "%s: read error: %s", path, strerror(errno));
            break;
        }
        if (n == 0)
            break;
        total += (size_t)n;
        if (total > VC_SETTINGS_FILE_MAX) /* it grew while we read */
            s = vc_error_set(err, VC_ERR_IO, "%s: larger than %u MiB, the limit for a lexicon, sentiment or "
                                             "stop-word file", path, VC_SETTINGS_FILE_MAX >> 20);
        else if (vc_buf_append(b, chunk, (size_t)n))
            s = vc_error_set(err, VC_ERR_NOMEM, "%s: out of memory", path);
    }
    close(fd);
    return s;
}

void *vc_grow(void *p, size_t *cap, size_t n, size_t size, size_t initial)
{
    if (n < *cap)
        return p;
    size_t c = *cap ? *cap * 2 : initial;
    void *grown = vc_xrealloc_array(p, c, size);
    if (grown)
        *cap = c;
    return grown;
}
