/*
 * lexicon.c - reading a theme lexicon and compiling it for matching.
 *
 * Loading is strict and located: any problem stops the load with
 * "file:line:column: message" before a single comment is read. Entries are
 * normalized with the same vc_normalize() as comment text, split into words
 * with the same word definition, and indexed by their first word (exact or
 * prefix) for the matcher's fast path. /regex/ entries are compiled by
 * PCRE2 (UTF + UCP) and JIT-compiled when the platform allows; a JIT
 * failure silently keeps the interpreter, which gives the same results.
 *
 * Theme ids follow the byte-wise order of theme names, so every output is
 * ordered the same way whatever the order of the file.
 *
 * Limits (documented in lexicons/README.md): 1,000,000 entries, 64 KiB per
 * pattern, 256 bytes per theme name, 1 MiB per line.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon_internal.h"
#include "vocal/buf.h"
#include "vocal/text.h"

#define MAX_ENTRIES 1000000u
#define MAX_PATTERN (64u * 1024u)
#define MAX_THEME_NAME 256u
#define DEFAULT_MATCH_LIMIT 1000000u
#define DEFAULT_DEPTH_LIMIT 10000u

extern const char vc_embedded_default_lex[];
extern const size_t vc_embedded_default_lex_len;

size_t vc_lex_gap_char(const char *s, size_t len)
{
    unsigned char c = (unsigned char)s[0];
    if (c == ' ' || c == '\t' || c == '\n' || c == '-')
        return 1;
    if (c == 0xE2 && len >= 3) {
        unsigned char b1 = (unsigned char)s[1], b2 = (unsigned char)s[2];
        if (b1 == 0x80 && b2 >= 0x90 && b2 <= 0x95) /* U+2010..U+2015 */
            return 3;
        if (b1 == 0x88 && b2 == 0x92) /* U+2212 */
            return 3;
    }
    return 0;
}

static int gap_is_space(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        size_t k = vc_lex_gap_char(s + i, len - i);
        if (!k)
            return 0;
        i += k;
    }
    return len > 0;
}

const char *vc_lexicon_default_text(size_t *len)
{
    if (len)
        *len = vc_embedded_default_lex_len;
    return vc_embedded_default_lex;
}

void vc_lexicon_free(vc_lexicon *lex)
{
    if (!lex)
        return;
    for (size_t i = 0; i < lex->nthemes; i++)
        free(lex->themes[i]);
    free(lex->themes);
    for (size_t i = 0; i < lex->nentries; i++) {
        lex_entry *e = &lex->entries[i];
        free(e->text);
        free(e->norm);
        free(e->words);
        pcre2_code_free(e->re);
    }
    free(lex->entries);
    for (size_t i = 0; i < lex->nfiles; i++)
        free(lex->files[i]);
    free(lex->files);
    free(lex->exact.slots);
    free(lex->exact.chain);
    free(lex->prefix.slots);
    free(lex->prefix.chain);
    free(lex->prefix_lens);
    free(lex->regex_ids);
    pcre2_match_context_free(lex->mctx);
    free(lex);
}

size_t vc_lexicon_theme_count(const vc_lexicon *lex) { return lex->nthemes; }
const char *vc_lexicon_theme_name(const vc_lexicon *lex, uint32_t t) { return lex->themes[t]; }
size_t vc_lexicon_entry_count(const vc_lexicon *lex) { return lex->nentries; }
uint64_t vc_lexicon_fingerprint(const vc_lexicon *lex) { return lex->fingerprint; }

void vc_lexicon_entry(const vc_lexicon *lex, uint32_t id, vc_entry_info *out)
{
    const lex_entry *e = &lex->entries[id];
    out->theme = e->theme;
    out->kind = e->kind;
    out->text = e->text;
    out->file = e->file;
    out->line = e->line;
    out->column = e->column;
}

/* ---- parsing ---------------------------------------------------------------- */

typedef struct loader {
    vc_lexicon *lex;
    const char *file;
    vc_normalizer *norm;
    vc_buf nbuf;
    size_t cap_entries, cap_themes;
    long cur_theme; /* index into lex->themes (load order), -1 before any header */
    const vc_lexicon_options *opts;
} loader;

static vc_status at(loader *L, vc_error *err, uint32_t line, uint32_t col, const char *fmt, const char *detail)
{
    return vc_error_set(err, VC_ERR_LEXICON, "%s:%u:%u: %s%s", L->file, line, col, fmt, detail ? detail : "");
}

static long theme_id(loader *L, const char *name, size_t n)
{
    for (size_t i = 0; i < L->lex->nthemes; i++)
        if (strlen(L->lex->themes[i]) == n && memcmp(L->lex->themes[i], name, n) == 0)
            return (long)i;
    if (L->lex->nthemes == L->cap_themes) {
        size_t cap = L->cap_themes ? L->cap_themes * 2 : 16;
        char **t = realloc(L->lex->themes, cap * sizeof *t);
        if (!t)
            return -1;
        L->lex->themes = t;
        L->cap_themes = cap;
    }
    L->lex->themes[L->lex->nthemes] = vc_strndup(name, n);
    if (!L->lex->themes[L->lex->nthemes])
        return -1;
    return (long)L->lex->nthemes++;
}

static lex_entry *new_entry(loader *L)
{
    if (L->lex->nentries == L->cap_entries) {
        size_t cap = L->cap_entries ? L->cap_entries * 2 : 64;
        lex_entry *e = realloc(L->lex->entries, cap * sizeof *e);
        if (!e)
            return NULL;
        L->lex->entries = e;
        L->cap_entries = cap;
    }
    lex_entry *e = &L->lex->entries[L->lex->nentries++];
    memset(e, 0, sizeof *e);
    return e;
}

static vc_status compile_regex(loader *L, lex_entry *e, const char *pat, size_t n, uint32_t line, uint32_t col,
                               vc_error *err)
{
    if (n == 0)
        return at(L, err, line, col, "empty pattern //", NULL);
    if (n > MAX_PATTERN)
        return at(L, err, line, col, "pattern longer than 65536 bytes", NULL);
    int ec;
    PCRE2_SIZE eoff;
    e->re = pcre2_compile((PCRE2_SPTR)pat, n, PCRE2_UTF | PCRE2_UCP, &ec, &eoff, NULL);
    if (!e->re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(ec, msg, sizeof msg);
        return at(L, err, line, col + 1 + (uint32_t)eoff, "invalid pattern: ", (const char *)msg);
    }
    e->jit = !L->opts || !L->opts->no_jit ? pcre2_jit_compile(e->re, PCRE2_JIT_COMPLETE) == 0 : 0;
    e->kind = VC_ENTRY_REGEX;
    return VC_OK;
}

/* Normalize and split a word/phrase entry. */
static vc_status compile_words(loader *L, lex_entry *e, const char *raw, size_t n, uint32_t line, uint32_t col,
                               vc_error *err)
{
    /* '*' checks on the raw text, for exact columns */
    for (size_t i = 0; i < n; i++) {
        if (raw[i] != '*')
            continue;
        int after_word = i > 0 && raw[i - 1] != '*' && raw[i - 1] != ' ' && raw[i - 1] != '-';
        int before_ok = i + 1 == n || raw[i + 1] == ' ' || raw[i + 1] == '\t' || raw[i + 1] == '-';
        if (!after_word || !before_ok)
            return at(L, err, line, col + (uint32_t)i,
                      "'*' may only end a word (as in refund*); use a /regex/ for other patterns", NULL);
    }
    size_t repaired = 0;
    vc_status st = vc_normalize(L->norm, raw, n, &L->nbuf, &repaired);
    if (st)
        return vc_error_set(err, st, "%s:%u: out of memory", L->file, line);
    e->norm = vc_strndup(L->nbuf.data ? L->nbuf.data : "", L->nbuf.len);
    if (!e->norm)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    const char *s = e->norm;
    size_t len = L->nbuf.len;
    /* count words */
    size_t pos = 0, a, b, nw = 0;
    while (vc_next_word(s, len, &pos, &a, &b))
        nw++;
    if (nw == 0)
        return at(L, err, line, col, "entry has no word characters; use a /regex/ to match punctuation", NULL);
    e->words = calloc(nw, sizeof *e->words);
    if (!e->words)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    pos = 0;
    size_t prev_end = 0, k = 0;
    while (vc_next_word(s, len, &pos, &a, &b)) {
        lex_word *w = &e->words[k];
        w->s = s + a;
        w->len = (uint32_t)(b - a);
        if (k == 0 && a > 0)
            return at(L, err, line, col, "entry starts with characters outside words; use a /regex/", NULL);
        if (k > 0) {
            const char *g = s + prev_end;
            size_t gl = a - prev_end;
            if (gl && g[0] == '*') { /* previous word was a prefix */
                e->words[k - 1].prefix = 1;
                g++;
                gl--;
            }
            if (gap_is_space(g, gl)) {
                w->gap_kind = GAP_SPACE;
            } else if (gl == 0) {
                return at(L, err, line, col, "'*' must be followed by a space between words", NULL);
            } else {
                w->gap_kind = GAP_LITERAL;
                w->gap = g;
                w->gap_len = (uint32_t)gl;
            }
        }
        prev_end = b;
        k++;
    }
    const char *tail = s + prev_end;
    size_t tl = len - prev_end;
    if (tl && tail[0] == '*') {
        e->words[nw - 1].prefix = 1;
        tail++;
        tl--;
    }
    if (tl)
        return at(L, err, line, col, "entry ends with characters outside words; use a /regex/", NULL);
    e->nwords = (uint32_t)nw;
    int any_prefix = 0;
    for (size_t i = 0; i < nw; i++)
        any_prefix |= e->words[i].prefix;
    e->kind = any_prefix ? VC_ENTRY_PREFIX : nw > 1 ? VC_ENTRY_PHRASE : VC_ENTRY_WORD;
    return VC_OK;
}

static vc_status parse_line(loader *L, char *line, size_t n, uint32_t lineno, vc_error *err)
{
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t'))
        i++;
    while (n > i && (line[n - 1] == ' ' || line[n - 1] == '\t' || line[n - 1] == '\r'))
        n--;
    if (i == n || line[i] == '#')
        return VC_OK;
    uint32_t col = (uint32_t)i + 1;
    size_t bad_at = SIZE_MAX;
    for (size_t j = i; j < n;) {
        int32_t cp;
        int used = vc_utf8_decode(line + j, n - j, &cp);
        if (cp == 0xFFFD && !(used == 3 && memcmp(line + j, "\xEF\xBF\xBD", 3) == 0)) {
            bad_at = j;
            break;
        }
        j += (size_t)used;
    }
    if (bad_at != SIZE_MAX)
        return at(L, err, lineno, (uint32_t)bad_at + 1, "invalid UTF-8", NULL);
    if (line[i] == '[') {
        const char *close = memchr(line + i, ']', n - i);
        if (!close)
            return at(L, err, lineno, col, "unterminated theme header: missing ']'", NULL);
        size_t after = (size_t)(close - line) + 1;
        if (after != n)
            return at(L, err, lineno, (uint32_t)after + 1, "text after ']' in theme header", NULL);
        const char *name = line + i + 1;
        size_t nl = (size_t)(close - name);
        while (nl && (*name == ' ' || *name == '\t')) {
            name++;
            nl--;
        }
        while (nl && (name[nl - 1] == ' ' || name[nl - 1] == '\t'))
            nl--;
        if (nl == 0)
            return at(L, err, lineno, col, "empty theme name []", NULL);
        if (nl > MAX_THEME_NAME)
            return at(L, err, lineno, col, "theme name longer than 256 bytes", NULL);
        int empty_level = name[0] == '/' || name[nl - 1] == '/';
        for (size_t k = 1; k < nl; k++)
            empty_level |= name[k] == '/' && name[k - 1] == '/';
        if (empty_level)
            return at(L, err, lineno, col, "empty level in theme name (stray '/')", NULL);
        L->cur_theme = theme_id(L, name, nl);
        if (L->cur_theme < 0)
            return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
        return VC_OK;
    }
    if (L->cur_theme < 0)
        return at(L, err, lineno, col, "entry before any [theme] header", NULL);
    if (L->lex->nentries >= MAX_ENTRIES)
        return at(L, err, lineno, col, "more than 1,000,000 entries", NULL);
    lex_entry *e = new_entry(L);
    if (!e)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    e->theme = (uint32_t)L->cur_theme;
    e->file = L->file;
    e->line = lineno;
    e->column = col;
    e->text = vc_strndup(line + i, n - i);
    if (!e->text)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    if (line[i] == '/') {
        if (n - i < 2 || line[n - 1] != '/')
            return at(L, err, lineno, col, "unterminated pattern: a /regex/ entry must end with '/'", NULL);
        return compile_regex(L, e, line + i + 1, n - i - 2, lineno, col, err);
    }
    return compile_words(L, e, line + i, n - i, lineno, col, err);
}

/* ---- indexing --------------------------------------------------------------- */

typedef struct key_ref {
    uint64_t hash;
    const char *key;
    uint32_t len;
    uint32_t entry;
} key_ref;

static int cmp_key(const void *x, const void *y)
{
    const key_ref *a = x, *b = y;
    if (a->hash != b->hash)
        return a->hash < b->hash ? -1 : 1;
    if (a->len != b->len)
        return a->len < b->len ? -1 : 1;
    int c = memcmp(a->key, b->key, a->len);
    if (c)
        return c;
    return a->entry < b->entry ? -1 : a->entry > b->entry;
}

static vc_status build_index(lex_index *ix, key_ref *keys, size_t n)
{
    qsort(keys, n, sizeof *keys, cmp_key);
    size_t distinct = 0;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || cmp_key(&(key_ref){keys[i].hash, keys[i].key, keys[i].len, 0},
                              &(key_ref){keys[i - 1].hash, keys[i - 1].key, keys[i - 1].len, 0}) != 0)
            distinct++;
    size_t ns = 16;
    while (ns < distinct * 2)
        ns *= 2;
    ix->slots = vc_xcalloc(ns, sizeof *ix->slots);
    ix->chain = vc_xcalloc(n ? n : 1, sizeof *ix->chain);
    if (!ix->slots || !ix->chain)
        return VC_ERR_NOMEM;
    ix->nslots = ns;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && keys[j].hash == keys[i].hash && keys[j].len == keys[i].len &&
               memcmp(keys[j].key, keys[i].key, keys[i].len) == 0) {
            ix->chain[j] = keys[j].entry;
            j++;
        }
        size_t h = (size_t)keys[i].hash & (ns - 1);
        while (ix->slots[h].count)
            h = (h + 1) & (ns - 1);
        ix->slots[h] = (lex_slot){keys[i].hash, keys[i].key, keys[i].len, (uint32_t)i, (uint32_t)(j - i)};
        i = j;
    }
    return VC_OK;
}

static int cmp_u32(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return a < b ? -1 : a > b;
}

static const vc_lexicon *sort_lex;
static int cmp_theme_idx(const void *x, const void *y)
{
    return strcmp(sort_lex->themes[*(const uint32_t *)x], sort_lex->themes[*(const uint32_t *)y]);
}

static vc_status finish(loader *L, vc_error *err)
{
    vc_lexicon *lex = L->lex;
    /* themes in byte order */
    size_t nt = lex->nthemes;
    uint32_t *order = vc_xcalloc(nt, sizeof *order), *remap = vc_xcalloc(nt, sizeof *remap);
    char **sorted = vc_xcalloc(nt, sizeof *sorted);
    if (!order || !remap || !sorted) {
        free(order);
        free(remap);
        free(sorted);
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    }
    for (uint32_t i = 0; i < nt; i++)
        order[i] = i;
    sort_lex = lex; /* loading runs on one thread */
    qsort(order, nt, sizeof *order, cmp_theme_idx);
    sort_lex = NULL;
    for (uint32_t i = 0; i < nt; i++) {
        remap[order[i]] = i;
        sorted[i] = lex->themes[order[i]];
    }
    free(lex->themes);
    lex->themes = sorted;
    for (size_t i = 0; i < lex->nentries; i++)
        lex->entries[i].theme = remap[lex->entries[i].theme];
    free(order);
    free(remap);

    /* indexes */
    key_ref *ek = vc_xcalloc(lex->nentries, sizeof *ek), *pk = vc_xcalloc(lex->nentries, sizeof *pk);
    lex->regex_ids = vc_xcalloc(lex->nentries, sizeof *lex->regex_ids);
    lex->prefix_lens = vc_xcalloc(lex->nentries, sizeof *lex->prefix_lens);
    if (!ek || !pk || !lex->regex_ids || !lex->prefix_lens) {
        free(ek);
        free(pk);
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    }
    size_t ne = 0, np = 0;
    uint64_t fp = vc_hash_bytes("vocal-lexicon-1", 15);
    for (uint32_t i = 0; i < nt; i++)
        fp = vc_hash_bytes(&fp, sizeof fp) ^ vc_hash_bytes(lex->themes[i], strlen(lex->themes[i]));
    for (uint32_t id = 0; id < lex->nentries; id++) {
        lex_entry *e = &lex->entries[id];
        uint64_t eh = vc_hash_bytes(lex->themes[e->theme], strlen(lex->themes[e->theme]));
        if (e->kind == VC_ENTRY_REGEX) {
            lex->regex_ids[lex->nregex++] = id;
            eh ^= vc_hash_bytes(e->text, strlen(e->text)) * 31;
        } else {
            eh ^= vc_hash_bytes(e->norm, strlen(e->norm)) * 37;
            const lex_word *w = &e->words[0];
            if (w->prefix) {
                pk[np++] = (key_ref){vc_hash_bytes(w->s, w->len), w->s, w->len, id};
                lex->prefix_lens[lex->nprefix_lens++] = w->len;
                unsigned k0 = (unsigned char)w->s[0], k1 = w->len > 1 ? (unsigned char)w->s[1] : 256;
                if (k1 == 256) { /* one-byte prefix: any second byte */
                    for (unsigned b = 0; b < 256; b++)
                        lex->prefix_first2[(k0 << 8 | b) >> 3] |= (uint8_t)(1u << ((k0 << 8 | b) & 7));
                } else {
                    lex->prefix_first2[(k0 << 8 | k1) >> 3] |= (uint8_t)(1u << ((k0 << 8 | k1) & 7));
                }
            } else {
                ek[ne++] = (key_ref){vc_hash_bytes(w->s, w->len), w->s, w->len, id};
            }
        }
        fp = vc_hash_bytes(&fp, sizeof fp) ^ (eh + e->kind);
    }
    lex->fingerprint = fp;
    /* distinct prefix lengths */
    qsort(lex->prefix_lens, lex->nprefix_lens, sizeof *lex->prefix_lens, cmp_u32);
    size_t d = 0;
    for (size_t i = 0; i < lex->nprefix_lens; i++)
        if (d == 0 || lex->prefix_lens[d - 1] != lex->prefix_lens[i])
            lex->prefix_lens[d++] = lex->prefix_lens[i];
    lex->nprefix_lens = d;
    vc_status st = build_index(&lex->exact, ek, ne);
    if (!st)
        st = build_index(&lex->prefix, pk, np);
    free(ek);
    free(pk);
    if (st)
        return vc_error_set(err, st, "out of memory");
    lex->mctx = pcre2_match_context_create(NULL);
    if (!lex->mctx)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    lex->match_limit = L->opts && L->opts->match_limit ? L->opts->match_limit : DEFAULT_MATCH_LIMIT;
    lex->depth_limit = L->opts && L->opts->depth_limit ? L->opts->depth_limit : DEFAULT_DEPTH_LIMIT;
    pcre2_set_match_limit(lex->mctx, lex->match_limit);
    pcre2_set_depth_limit(lex->mctx, lex->depth_limit);
    return VC_OK;
}

vc_status vc_lexicon_load_string(const char *name, const char *text, size_t len, const vc_lexicon_options *opts,
                                 vc_lexicon **out, vc_error *err)
{
    *out = NULL;
    loader L;
    memset(&L, 0, sizeof L);
    L.opts = opts;
    L.cur_theme = -1;
    L.lex = calloc(1, sizeof *L.lex);
    L.norm = vc_normalizer_new();
    vc_status st = VC_OK;
    if (!L.lex || !L.norm) {
        st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
        goto fail;
    }
    L.lex->files = calloc(1, sizeof *L.lex->files);
    if (!L.lex->files || !(L.lex->files[0] = strdup(name))) {
        st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
        goto fail;
    }
    L.lex->nfiles = 1;
    L.file = L.lex->files[0];
    size_t pos = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        pos = 3;
    uint32_t lineno = 0;
    char *linebuf = NULL;
    while (pos < len && !st) {
        lineno++;
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        size_t n = end - pos;
        char *copy = realloc(linebuf, n + 1);
        if (!copy) {
            st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
            break;
        }
        linebuf = copy;
        memcpy(linebuf, text + pos, n);
        linebuf[n] = 0;
        st = parse_line(&L, linebuf, n, lineno, err);
        pos = end + 1;
    }
    free(linebuf);
    if (!st)
        st = finish(&L, err);
    if (st)
        goto fail;
    vc_normalizer_free(L.norm);
    vc_buf_free(&L.nbuf);
    *out = L.lex;
    return VC_OK;
fail:
    vc_normalizer_free(L.norm);
    vc_buf_free(&L.nbuf);
    vc_lexicon_free(L.lex);
    return st ? st : VC_ERR_INTERNAL;
}

vc_status vc_lexicon_load_file(const char *path, const vc_lexicon_options *opts, vc_lexicon **out, vc_error *err)
{
    *out = NULL;
    vc_buf b = VC_BUF_INIT;
    vc_status st = vc_buf_read_file(&b, path, err);
    if (st) {
        vc_buf_free(&b);
        return st;
    }
    st = vc_lexicon_load_string(path, b.data ? b.data : "", b.len, opts, out, err);
    vc_buf_free(&b);
    return st;
}

vc_status vc_lexicon_load_default(vc_lexicon **out, vc_error *err)
{
    return vc_lexicon_load_string("default.lex", vc_embedded_default_lex, vc_embedded_default_lex_len, NULL, out,
                                  err);
}
