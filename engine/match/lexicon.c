/*
 * lexicon.c - the compiled lexicon as an object: loading it (the front door
 * every caller uses), asking it about its themes and entries, freeing it.
 *
 * Loading is strict and located: any problem stops the load with
 * "file:line:column: message" before a single comment is read. The front
 * door sets up one loader (lexicon_load.h), hands the text to the reader
 * its file name asks for (native.c for .lex, import.c for LIWC .dic and
 * YAML), and lets the builder (lexbuild.c) compile what was read. A file
 * read through @include goes through the same choice of reader. A built-in
 * lexicon (builtin.c) comes through the same door under its name
 * "builtin:NAME", with its includes resolved among the built-in files.
 *
 * Ownership: the vc_lexicon owns its themes, entries, compiled patterns and
 * the names of the files it was read from (entries point into them for
 * their locations). After loading it is read-only and shared by matchers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon_load.h"
#include "vocal/buf.h"
#include "vocal/text.h"

extern const char vc_embedded_default_lex[];
extern const size_t vc_embedded_default_lex_len;

const char *vc_lexicon_default_text(size_t *len)
{
    if (len)
        *len = vc_embedded_default_lex_len;
    return vc_embedded_default_lex;
}

void vc_lex_free_entry(lex_entry *e)
{
    free(e->text);
    free(e->norm);
    free(e->words);
    free(e->pattern);
    free(e->cands);
    free(e->twins);
    pcre2_code_free(e->re);
    memset(e, 0, sizeof *e);
}

void vc_lexicon_free(vc_lexicon *lex)
{
    if (!lex)
        return;
    for (size_t i = 0; i < lex->nthemes; i++) {
        free(lex->themes[i]);
        if (lex->theme_label)
            free(lex->theme_label[i]);
    }
    free(lex->themes);
    free(lex->theme_label);
    free(lex->parent);
    free(lex->declared);
    free(lex->theme_file);
    free(lex->theme_line);
    free(lex->theme_col);
    for (size_t i = 0; i < lex->nall; i++)
        vc_lex_free_entry(&lex->entries[i]);
    free(lex->entries);
    for (size_t i = 0; i < lex->nfiles; i++)
        free(lex->files[i]);
    free(lex->files);
    free(lex->exact.slots);
    free(lex->exact.chain);
    free(lex->prefix.slots);
    free(lex->prefix.chain);
    free(lex->prefix_lens);
    free(lex->any_ids);
    free(lex->regex_ids);
    free(lex->prox_ids);
    free(lex->sub_ids);
    free(lex->sub_cps);
    for (size_t i = 0; i < lex->nscopes; i++)
        free(lex->scopes[i].codes);
    free(lex->scopes);
    pcre2_code_free(lex->regex_union);
    pcre2_match_context_free(lex->mctx);
    free(lex);
}

size_t vc_lexicon_theme_count(const vc_lexicon *lex) { return lex->nthemes; }
const char *vc_lexicon_theme_name(const vc_lexicon *lex, uint32_t t) { return lex->themes[t]; }
uint32_t vc_lexicon_theme_parent(const vc_lexicon *lex, uint32_t t) { return lex->parent[t]; }
int vc_lexicon_theme_declared(const vc_lexicon *lex, uint32_t t) { return lex->declared[t]; }
const char *vc_lexicon_theme_label(const vc_lexicon *lex, uint32_t t) { return lex->theme_label[t]; }
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
    out->exclude = e->role == ROLE_EXCLUDE;
    out->guarded = e->guard;
    out->distance = e->distance;
    out->langs = e->scope ? lex->scopes[e->scope].codes : NULL;
}

/* Is `code` one of the comma-separated codes? */
static int in_codes(const char *codes, const char *code)
{
    size_t n = strlen(code);
    for (const char *p = codes; *p;) {
        const char *c = strchr(p, ',');
        size_t k = c ? (size_t)(c - p) : strlen(p);
        if (k == n && memcmp(p, code, n) == 0)
            return 1;
        if (!c)
            break;
        p = c + 1;
    }
    return 0;
}

int vc_lexicon_scope_has(const vc_lexicon *lex, uint32_t scope, const char *lang)
{
    if (!scope || !lang || strcmp(lang, "und") == 0)
        return 1;
    return scope < lex->nscopes && in_codes(lex->scopes[scope].codes, lang);
}

int vc_lexicon_covers_language(const vc_lexicon *lex, const char *lang)
{
    if (!lang || strcmp(lang, "und") == 0)
        return 1;
    int unscoped = 0; /* the themes' entries: a signals lexicon loaded with them is not asked */
    for (size_t i = 0; i < lex->nentries; i++)
        if (!lex->entries[i].scope && lex->entries[i].role == ROLE_INCLUDE &&
            lex->entries[i].theme < lex->signal_start) {
            unscoped = 1;
            break;
        }
    if (unscoped && strcmp(lang, "en") == 0)
        return 1;
    for (size_t i = 0; i < lex->nentries; i++) {
        const lex_entry *e = &lex->entries[i];
        if (e->scope && e->role == ROLE_INCLUDE && e->theme < lex->signal_start &&
            in_codes(lex->scopes[e->scope].codes, lang))
            return 1;
    }
    return 0;
}

static int has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), k = strlen(suf);
    return n >= k && strcasecmp(s + n - k, suf) == 0;
}

const char *vc_lex_add_file(lex_loader *L, const char *name)
{
    char **files = vc_grow(L->lex->files, &L->cap_files, L->lex->nfiles, sizeof *files, 4);
    if (!files)
        return NULL;
    L->lex->files = files;
    char *copy = strdup(name);
    if (copy)
        L->lex->files[L->lex->nfiles++] = copy;
    return copy;
}

vc_status vc_lex_load_text(lex_loader *L, const char *text, size_t len, vc_error *err)
{
    if (has_suffix(L->file, ".dic"))
        return vc_lex_read_liwc(L, text, len, err);
    if (has_suffix(L->file, ".yml") || has_suffix(L->file, ".yaml"))
        return vc_lex_read_yaml(L, text, len, err);
    return vc_lex_read_native(L, text, len, err);
}

/* ---- entry points ------------------------------------------------------------ */

static void loader_done(lex_loader *L)
{
    vc_normalizer_free(L->norm);
    vc_buf_free(&L->nbuf);
    free(L->declared);
    free(L->tfile);
    free(L->tline);
    free(L->tcol);
    for (size_t i = 0; L->tlabel && i < L->cap_themes; i++) /* zeroed past the themes read */
        free(L->tlabel[i].text);
    free(L->tlabel);
    for (size_t i = 0; i < L->nops; i++)
        vc_lex_free_entry(&L->ops[i]);
    free(L->ops);
    for (size_t i = 0; i < L->nloaded; i++)
        free(L->loaded[i]);
    free(L->loaded);
}

/* One source of a load: `name` for messages; `key` the file's identity
 * for cycles and read-once (its real path, or "builtin:NAME"; NULL for
 * text that is no file); `builtin_file` its path under lexicons/ when
 * built in. */
typedef struct lex_source {
    const char *name, *key, *builtin_file, *text;
    size_t len;
} lex_source;

static vc_status read_source(lex_loader *L, const lex_source *src, vc_error *err)
{
    const char *fname = vc_lex_add_file(L, src->name);
    if (!fname)
        return vc_lex_nomem(err);
    L->file = fname;
    L->builtin_file = src->builtin_file;
    L->cur_theme = -1;
    char *real = NULL;
    if (src->key) {
        char **loaded = vc_grow(L->loaded, &L->cap_loaded, L->nloaded, sizeof *loaded, 2);
        if (!loaded || !(real = strdup(src->key)))
            return vc_lex_nomem(err);
        L->loaded = loaded;
        L->loaded[L->nloaded++] = real;
    }
    L->stack[0] = real;
    L->stack_name[0] = fname;
    L->depth = 1;
    return vc_lex_load_text(L, src->text, src->len, err);
}

/* One load of n sources (the second, when there is one, is the signals). */
static vc_status load(const lex_source *src, size_t n, const vc_lexicon_options *opts, vc_lexicon **out,
                      vc_error *err)
{
    *out = NULL;
    vc_error local;
    if (!err)
        err = &local;
    lex_loader L;
    memset(&L, 0, sizeof L);
    L.opts = opts;
    L.cur_theme = -1;
    L.with_signals = n > 1;
    L.lex = calloc(1, sizeof *L.lex);
    L.norm = vc_normalizer_new();
    vc_status st = VC_OK;
    if (!L.lex || !L.norm) {
        st = vc_lex_nomem(err);
        goto done;
    }
    for (size_t i = 0; i < n && !st; i++) {
        L.in_signals = i > 0;
        st = read_source(&L, &src[i], err);
    }
    if (!st)
        st = vc_lex_finish(&L, err);
done:
    if (st) {
        if (L.lex && L.lex->nall == 0)
            L.lex->nall = L.lex->nentries;
        vc_lexicon_free(L.lex);
    } else {
        *out = L.lex;
    }
    loader_done(&L);
    return st;
}

static vc_status load_one(const char *name, const char *key, const char *builtin_file, const char *text, size_t len,
                          const vc_lexicon_options *opts, vc_lexicon **out, vc_error *err)
{
    lex_source src = {name, key, builtin_file, text, len};
    return load(&src, 1, opts, out, err);
}

vc_status vc_lexicon_load_string(const char *name, const char *text, size_t len, const vc_lexicon_options *opts,
                                 vc_lexicon **out, vc_error *err)
{
    char *real = realpath(name, NULL); /* NULL for text that is not a file */
    vc_status st = load_one(name, real, NULL, text, len, opts, out, err);
    free(real);
    return st;
}

vc_status vc_lexicon_load_file(const char *path, const vc_lexicon_options *opts, vc_lexicon **out, vc_error *err)
{
    *out = NULL;
    vc_buf b = VC_BUF_INIT;
    vc_status st = vc_buf_read_settings_file(&b, path, err);
    if (!st)
        st = vc_lexicon_load_string(path, b.data ? b.data : "", b.len, opts, out, err);
    vc_buf_free(&b);
    return st;
}

vc_status vc_lexicon_load_default(vc_lexicon **out, vc_error *err)
{
    return load_one("default.lex", "builtin:default", "default.lex", vc_embedded_default_lex,
                    vc_embedded_default_lex_len, NULL, out, err);
}

vc_status vc_lexicon_load_builtin(const char *name, const vc_lexicon_options *opts, vc_lexicon **out,
                                  vc_error *err)
{
    *out = NULL;
    vc_builtin_lexicon b;
    if (vc_lexicon_builtin_find(name, &b)) {
        char names[512];
        vc_lex_builtin_names(names, sizeof names);
        return vc_error_set(err, VC_ERR_USAGE, "unknown built-in lexicon 'builtin:%s': the built-in lexicons are %s",
                            name, names);
    }
    char display[128];
    snprintf(display, sizeof display, "builtin:%s", b.name);
    return load_one(display, display, b.file, b.text, b.len, opts, out, err);
}

/* A lexicon named by the user (a path, or builtin:NAME) as a source: the
 * text read into `b` for a file, the real path kept in *real (freed by
 * the caller). */
static vc_status spec_source(const char *spec, lex_source *src, vc_buf *b, char *display, size_t cap, char **real,
                             vc_error *err)
{
    memset(src, 0, sizeof *src);
    if (strncmp(spec, "builtin:", 8) == 0) {
        vc_builtin_lexicon bl;
        if (vc_lexicon_builtin_find(spec + 8, &bl)) {
            char names[512];
            vc_lex_builtin_names(names, sizeof names);
            return vc_error_set(err, VC_ERR_USAGE,
                                "unknown built-in lexicon '%s': the built-in lexicons are %s", spec, names);
        }
        snprintf(display, cap, "builtin:%s", bl.name);
        *src = (lex_source){display, display, bl.file, bl.text, bl.len};
        return VC_OK;
    }
    vc_status st = vc_buf_read_settings_file(b, spec, err);
    if (st)
        return st;
    *real = realpath(spec, NULL);
    *src = (lex_source){spec, *real, NULL, b->data ? b->data : "", b->len};
    return VC_OK;
}

vc_status vc_lexicon_load_with_signals(const char *themes, const char *signals, const vc_lexicon_options *opts,
                                       vc_lexicon **out, vc_error *err)
{
    *out = NULL;
    lex_source src[2];
    vc_buf b[2] = {VC_BUF_INIT, VC_BUF_INIT};
    char display[2][128], *real[2] = {NULL, NULL};
    vc_status st = spec_source(themes ? themes : "builtin:default", &src[0], &b[0], display[0], sizeof display[0],
                               &real[0], err);
    if (!st)
        st = spec_source(signals ? signals : "builtin:signals", &src[1], &b[1], display[1], sizeof display[1],
                         &real[1], err);
    if (!st)
        st = load(src, 2, opts, out, err);
    for (int i = 0; i < 2; i++) {
        vc_buf_free(&b[i]);
        free(real[i]);
    }
    return st;
}

size_t vc_lexicon_signal_start(const vc_lexicon *lex) { return lex->signal_start; }
