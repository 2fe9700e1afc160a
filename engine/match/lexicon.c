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
    pcre2_code_free(e->re);
    memset(e, 0, sizeof *e);
}

void vc_lexicon_free(vc_lexicon *lex)
{
    if (!lex)
        return;
    for (size_t i = 0; i < lex->nthemes; i++)
        free(lex->themes[i]);
    free(lex->themes);
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
    pcre2_code_free(lex->regex_union);
    pcre2_match_context_free(lex->mctx);
    free(lex);
}

size_t vc_lexicon_theme_count(const vc_lexicon *lex) { return lex->nthemes; }
const char *vc_lexicon_theme_name(const vc_lexicon *lex, uint32_t t) { return lex->themes[t]; }
uint32_t vc_lexicon_theme_parent(const vc_lexicon *lex, uint32_t t) { return lex->parent[t]; }
int vc_lexicon_theme_declared(const vc_lexicon *lex, uint32_t t) { return lex->declared[t]; }
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
    for (size_t i = 0; i < L->nops; i++)
        vc_lex_free_entry(&L->ops[i]);
    free(L->ops);
    for (size_t i = 0; i < L->nloaded; i++)
        free(L->loaded[i]);
    free(L->loaded);
}

/* One load: `name` for messages; `key` the file's identity for cycles and
 * read-once (its real path, or "builtin:NAME"; NULL for text that is no
 * file); `builtin_file` its path under lexicons/ when built in. */
static vc_status load(const char *name, const char *key, const char *builtin_file, const char *text, size_t len,
                      const vc_lexicon_options *opts, vc_lexicon **out, vc_error *err)
{
    *out = NULL;
    vc_error local;
    if (!err)
        err = &local;
    lex_loader L;
    memset(&L, 0, sizeof L);
    L.opts = opts;
    L.cur_theme = -1;
    L.builtin_file = builtin_file;
    L.lex = calloc(1, sizeof *L.lex);
    L.norm = vc_normalizer_new();
    vc_status st = VC_OK;
    const char *fname = NULL;
    if (!L.lex || !L.norm || !(fname = vc_lex_add_file(&L, name))) {
        st = vc_lex_nomem(err);
        goto done;
    }
    L.file = fname;
    char *real = key ? strdup(key) : NULL;
    if (key) {
        L.loaded = malloc(sizeof *L.loaded);
        if (!real || !L.loaded) {
            free(real);
            st = vc_lex_nomem(err);
            goto done;
        }
        L.cap_loaded = 1;
        L.loaded[L.nloaded++] = real;
    }
    L.stack[0] = real;
    L.stack_name[0] = fname;
    L.depth = 1;
    st = vc_lex_load_text(&L, text, len, err);
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

vc_status vc_lexicon_load_string(const char *name, const char *text, size_t len, const vc_lexicon_options *opts,
                                 vc_lexicon **out, vc_error *err)
{
    char *real = realpath(name, NULL); /* NULL for text that is not a file */
    vc_status st = load(name, real, NULL, text, len, opts, out, err);
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
    return load("default.lex", "builtin:default", "default.lex", vc_embedded_default_lex,
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
    return load(display, display, b.file, b.text, b.len, opts, out, err);
}
