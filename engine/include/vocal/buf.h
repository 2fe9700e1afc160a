/*
 * buf.h - growable byte buffers and small arena helpers.
 *
 * Ownership: a vc_buf owns its `data`; the caller owns the vc_buf struct and
 * reuses it across calls (one per thread) so hot paths never malloc per item.
 * `data` is always NUL-terminated when len > 0 or after vc_buf_reserve, which
 * lets C string functions read it, but len is the authority.
 *
 * Errors are sticky: the first write that fails (out of memory) is kept in
 * `err`, and every later write does nothing and returns it, so a writer
 * may append a whole document and check vc_buf_status() once where it
 * commits the buffer. Every write still returns its status, for callers
 * that stop early. vc_buf_reset() and vc_buf_free() clear the error. A
 * buffer in error has cap 0, so code that writes into `data` directly after
 * checking len against cap also stops there.
 */
#ifndef VOCAL_BUF_H
#define VOCAL_BUF_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_buf {
    char *data;
    size_t len;
    size_t cap;
    vc_status err; /* the first failed write; VC_OK while every write succeeded */
} vc_buf;

#define VC_BUF_INIT {NULL, 0, 0, VC_OK}

void vc_buf_init(vc_buf *b);
void vc_buf_free(vc_buf *b); /* accepts NULL; leaves b empty and reusable */
/* Empty b (keeping its memory) and clear its error, for the next item. */
static inline void vc_buf_reset(vc_buf *b) { b->len = 0; b->err = VC_OK; if (b->data) b->data[0] = 0; }
/* VC_OK, or the status of the first write that failed since the last reset. */
static inline vc_status vc_buf_status(const vc_buf *b) { return b->err; }

/* Ensure room for `extra` more bytes plus a NUL. */
vc_status vc_buf_reserve(vc_buf *b, size_t extra);
vc_status vc_buf_append(vc_buf *b, const void *p, size_t n);
vc_status vc_buf_append_str(vc_buf *b, const char *s);
vc_status vc_buf_append_char(vc_buf *b, char c);
vc_status vc_buf_printf(vc_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Append one CSV field (RFC 4180: quoted when it holds a comma, quote, CR
 * or LF, or leading/trailing space). With neutralize, a field that a
 * spreadsheet would run as a formula (first byte '=', '+', '-', '@', tab or
 * CR) is prefixed with a single quote, as OWASP recommends for CSV export. */
vc_status vc_buf_csv_field(vc_buf *b, const char *p, size_t n, int neutralize);
/* Append a JSON string literal (quotes included), escaping as RFC 8259 requires. */
vc_status vc_buf_json_string(vc_buf *b, const char *p, size_t n);

/* Append the whole content of the file at `path` to b. On failure returns
 * VC_ERR_IO with "PATH: strerror" in err (or VC_ERR_NOMEM). */
vc_status vc_buf_read_file(vc_buf *b, const char *path, vc_error *err);

/* The largest settings file (a theme lexicon or one it includes, a
 * sentiment lexicon or overlay, a stop-word list) vocal reads: 64 MiB. */
#define VC_SETTINGS_FILE_MAX (64u << 20)
/* vc_buf_read_file for settings files: `path` must be a regular file of at
 * most VC_SETTINGS_FILE_MAX bytes. VC_ERR_IO with "PATH: is a directory",
 * "PATH: is not a regular file (...)", "PATH: larger than 64 MiB, ..." or
 * "PATH: strerror"; VC_ERR_NOMEM. A FIFO is refused without waiting. */
vc_status vc_buf_read_settings_file(vc_buf *b, const char *path, vc_error *err);

/* Checked allocation helpers: return NULL only on overflow/out of memory. */
void *vc_xcalloc(size_t n, size_t size);
void *vc_xrealloc_array(void *p, size_t n, size_t size);
char *vc_strndup(const char *s, size_t n);
/* Room for one more element in array p (*cap elements of `size` bytes, n
 * used): doubles the capacity, from `initial`, when full. Returns the array
 * (moved or not; store it back), or NULL out of memory with p untouched. */
void *vc_grow(void *p, size_t *cap, size_t n, size_t size, size_t initial);

/* 64-bit hash of a byte string (used by most hash tables in vocal). */
uint64_t vc_hash_bytes(const void *p, size_t n);

/* Word hash for the tables probed once per token (sentiment lexicon, theme
 * lexicon index): FNV-1a one byte at a time, so a tokenizer hashes a word
 * in the loop that scans (or lowercases) it, and every prefix of it on the
 * way, then a final mix so that low bits index and high bits tag.
 *   uint64_t h = VC_WORD_HASH_INIT;
 *   for (...) h = vc_word_hash_step(h, byte);
 *   key = vc_word_hash_final(h);   (== vc_word_hash(bytes, n)) */
#define VC_WORD_HASH_INIT 0xcbf29ce484222325ULL

static inline uint64_t vc_word_hash_step(uint64_t h, unsigned char c) { return (h ^ c) * 0x100000001b3ULL; }

static inline uint64_t vc_word_hash_final(uint64_t h)
{
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return h;
}

static inline uint64_t vc_word_hash(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = VC_WORD_HASH_INIT;
    for (size_t i = 0; i < n; i++)
        h = vc_word_hash_step(h, s[i]);
    return vc_word_hash_final(h);
}

/* Key hash for short keys (words), 8 bytes a round: one or two multiplies
 * for a word where a byte-at-a-time hash takes one per byte. The padded
 * form gives the same value with full 8-byte loads and no copy of the
 * tail, for a key followed by 8 readable bytes. */
static inline uint64_t vc_key_hash_round(uint64_t h, uint64_t w)
{
    h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
    return h ^ (h >> 31);
}

static inline uint64_t vc_key_hash_final(uint64_t h)
{
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    return h ^ (h >> 32);
}

/* The seed and the key's whole 8-byte words; leaves the last n % 8 bytes
 * at *k, *n. */
static inline uint64_t vc_key_hash_words(const unsigned char **k, size_t *n)
{
    uint64_t h = 0x9e3779b97f4a7c15ULL * (*n + 1);
    for (; *n >= 8; *k += 8, *n -= 8) {
        uint64_t w;
        memcpy(&w, *k, 8);
        h = vc_key_hash_round(h, w);
    }
    return h;
}

static inline uint64_t vc_key_hash(const void *p, size_t n)
{
    const unsigned char *k = p;
    uint64_t h = vc_key_hash_words(&k, &n);
    if (n) {
        unsigned char b[8] = {0};
        memcpy(b, k, n);
        uint64_t w;
        memcpy(&w, b, 8);
        h = vc_key_hash_round(h, w);
    }
    return vc_key_hash_final(h);
}

/* vc_key_hash() of p[0..n), reading up to p[n + 7]: p[0..n+8) must be readable. */
static inline uint64_t vc_key_hash_padded(const void *p, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const unsigned char *k = p;
    uint64_t h = vc_key_hash_words(&k, &n);
    if (n) {
        uint64_t w;
        memcpy(&w, k, 8);
        h = vc_key_hash_round(h, w & (~0ULL >> (64 - 8 * n))); /* the n key bytes, as vc_key_hash pads them */
    }
    return vc_key_hash_final(h);
#else
    return vc_key_hash(p, n);
#endif
}

/* Equality of two short byte strings, without a call to memcmp. */
static inline int vc_bytes_eq(const void *a, const void *b, size_t n)
{
    const unsigned char *x = a, *y = b;
    for (; n >= 8; x += 8, y += 8, n -= 8) {
        uint64_t u, v;
        memcpy(&u, x, 8);
        memcpy(&v, y, 8);
        if (u != v)
            return 0;
    }
    for (; n; n--)
        if (*x++ != *y++)
            return 0;
    return 1;
}

VC_API_END

#endif
