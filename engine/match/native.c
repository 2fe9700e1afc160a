/*
 * native.c - vocal's own lexicon format (.lex): "[theme]" headers, one
 * entry a line, '#' comments, "@include FILE", "@label TEXT" (a theme's
 * display name) and "@lang CODES" (the languages of the entries after it,
 * until the next @lang or the end of the file); and writing a lexicon back
 * in it.
 *
 * A line that is not blank or a comment is checked for valid UTF-8 before
 * it is read, so every later message can give a column. Headers and entries go to the builder (lexbuild.c) as
 * they are read, with their line and column.
 *
 * @include reads another file of any format relative to the including one
 * (through the front door's choice of reader); the chain of files being
 * read is kept with their real paths, so a cycle is reported with the whole
 * chain and a file included twice is read once. Includes nest at most 32
 * deep. "@include builtin:NAME" reads a built-in lexicon (builtin.c) under
 * that name; inside a built-in file every include resolves among the
 * built-in files, so a pack's "../default.lex" is the embedded default.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lexicon_load.h"
#include "vocal/buf.h"
#include "vocal/text.h"

#define MAX_DEPTH 32u

/* Read an included text once: `key` is its identity (a real path or
 * "builtin:NAME"; owned here from now on), `shown` its name in messages and
 * the cycle chain, `builtin_file` its path under lexicons/ when built in. */
static vc_status read_included(lex_loader *L, char *key, const char *shown, const char *builtin_file,
                               const char *text, size_t len, uint32_t line, uint32_t col, vc_error *err)
{
    for (size_t i = 0; i < L->depth; i++) {
        if (!L->stack[i] || strcmp(L->stack[i], key) != 0)
            continue;
        char chain[VC_ERROR_MSG_MAX] = "";
        size_t used = 0;
        for (size_t j = i; j < L->depth && used < sizeof chain; j++)
            used += (size_t)snprintf(chain + used, sizeof chain - used, "%s -> ", L->stack_name[j]);
        if (used < sizeof chain)
            snprintf(chain + used, sizeof chain - used, "%s", shown);
        free(key);
        return vc_lex_error(L, err, line, col, "include cycle: %s", chain);
    }
    for (size_t i = 0; i < L->nloaded; i++)
        if (strcmp(L->loaded[i], key) == 0) { /* read once */
            free(key);
            return VC_OK;
        }
    const char *name = vc_lex_add_file(L, shown);
    char **loaded = name ? vc_grow(L->loaded, &L->cap_loaded, L->nloaded, sizeof *loaded, 8) : NULL;
    if (loaded)
        L->loaded = loaded;
    if (!loaded) {
        free(key);
        return vc_lex_nomem(err);
    }
    L->loaded[L->nloaded++] = key; /* owned by loaded[] */
    const char *saved_file = L->file, *saved_builtin = L->builtin_file;
    long saved_theme = L->cur_theme;
    uint16_t saved_scope = L->cur_scope;
    L->stack[L->depth] = key;
    L->stack_name[L->depth] = name;
    L->depth++;
    L->file = name;
    L->builtin_file = builtin_file;
    L->cur_theme = -1;
    L->cur_scope = 0; /* an included file starts unscoped; its @lang lines end with it */
    vc_status st = vc_lex_load_text(L, text, len, err);
    L->depth--;
    L->file = saved_file;
    L->builtin_file = saved_builtin;
    L->cur_theme = saved_theme;
    L->cur_scope = saved_scope;
    return st;
}

/* @include builtin:NAME, or a relative path inside a built-in file: the
 * built-in table, never the disk. */
static vc_status include_builtin(lex_loader *L, const char *rel, size_t rn, uint32_t line, uint32_t col,
                                 vc_error *err)
{
    vc_builtin_lexicon b;
    int found;
    if (rn >= 8 && memcmp(rel, "builtin:", 8) == 0) {
        char name[64];
        found = rn - 8 < sizeof name;
        if (found) {
            memcpy(name, rel + 8, rn - 8);
            name[rn - 8] = 0;
            found = vc_lexicon_builtin_find(name, &b) == 0;
        }
        if (!found) {
            char names[512];
            vc_lex_builtin_names(names, sizeof names);
            return vc_lex_error(L, err, line, col, "unknown built-in lexicon '%.*s': the built-in lexicons are %s",
                                (int)rn, rel, names);
        }
    } else if (vc_lex_builtin_resolve(L->builtin_file, rel, rn, &b)) {
        return vc_lex_error(L, err, line, col,
                            "cannot read included file %.*s: a built-in lexicon includes built-in files only "
                            "(builtin:NAME)",
                            (int)rn, rel);
    }
    char shown[128];
    snprintf(shown, sizeof shown, "builtin:%s", b.name);
    char *key = strdup(shown);
    if (!key)
        return vc_lex_nomem(err);
    return read_included(L, key, shown, b.file, b.text, b.len, line, col, err);
}

static vc_status include_file(lex_loader *L, const char *rel, size_t rn, uint32_t line, uint32_t col,
                              vc_error *err)
{
    if (rn >= 2 && rel[0] == '"' && rel[rn - 1] == '"') {
        rel++;
        rn -= 2;
    }
    if (rn == 0)
        return vc_lex_error(L, err, line, col, "@include needs a file name");
    if (L->depth >= MAX_DEPTH)
        return vc_lex_error(L, err, line, col, "@include nested deeper than %u files", MAX_DEPTH);
    if (L->builtin_file || (rn >= 8 && memcmp(rel, "builtin:", 8) == 0))
        return include_builtin(L, rel, rn, line, col, err);
    /* relative to the directory of the including file */
    const char *slash = strrchr(L->file, '/');
    size_t dl = rel[0] == '/' || !slash ? 0 : (size_t)(slash - L->file) + 1;
    char *path = malloc(dl + rn + 1);
    if (!path)
        return vc_lex_nomem(err);
    memcpy(path, L->file, dl);
    memcpy(path + dl, rel, rn);
    path[dl + rn] = 0;
    char *real = realpath(path, NULL);
    if (!real) {
        vc_status st = vc_lex_error(L, err, line, col, "cannot read included file %s: %s", path, strerror(errno));
        free(path);
        return st;
    }
    struct stat sb;
    if (stat(real, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        vc_status st = vc_lex_error(L, err, line, col, "cannot read included file %s: not a regular file", path);
        free(real);
        free(path);
        return st;
    }
    vc_buf b = VC_BUF_INIT;
    vc_error ferr;
    vc_status st = VC_OK;
    int seen = 0; /* in the chain or read before: read_included decides without the text */
    for (size_t i = 0; i < L->depth && !seen; i++)
        seen = L->stack[i] && strcmp(L->stack[i], real) == 0;
    for (size_t i = 0; i < L->nloaded && !seen; i++)
        seen = strcmp(L->loaded[i], real) == 0;
    if (!seen && (st = vc_buf_read_settings_file(&b, path, &ferr))) {
        st = vc_lex_error(L, err, line, col, "%s", ferr.msg);
        free(real);
    } else {
        st = read_included(L, real, path, NULL, b.data ? b.data : "", b.len, line, col, err);
    }
    vc_buf_free(&b);
    free(path);
    return st;
}

static vc_status parse_line(lex_loader *L, const char *line, size_t n, uint32_t lineno, vc_error *err)
{
    size_t i = 0;
    while (i < n && vc_lex_is_blank(line[i]))
        i++;
    while (n > i && (vc_lex_is_blank(line[n - 1]) || line[n - 1] == '\r'))
        n--;
    if (i == n || line[i] == '#')
        return VC_OK;
    uint32_t col = (uint32_t)i + 1;
    for (size_t j = i; j < n;) {
        int32_t cp;
        int used = vc_utf8_decode(line + j, n - j, &cp);
        if (cp == 0xFFFD && !(used == 3 && memcmp(line + j, "\xEF\xBF\xBD", 3) == 0))
            return vc_lex_error(L, err, lineno, (uint32_t)j + 1, "invalid UTF-8");
        j += (size_t)used;
    }
    if (line[i] == '@') {
        if (n - i >= 8 && memcmp(line + i, "@include", 8) == 0 && (n - i == 8 || vc_lex_is_blank(line[i + 8]))) {
            size_t p = i + 8;
            while (p < n && vc_lex_is_blank(line[p]))
                p++;
            return include_file(L, line + p, n - p, lineno, (uint32_t)p + 1, err);
        }
        if (n - i >= 6 && memcmp(line + i, "@label", 6) == 0 && (n - i == 6 || vc_lex_is_blank(line[i + 6]))) {
            size_t p = i + 6;
            while (p < n && vc_lex_is_blank(line[p]))
                p++;
            return vc_lex_label(L, line + p, n - p, lineno, col, (uint32_t)p + 1, err);
        }
        if (n - i >= 5 && memcmp(line + i, "@lang", 5) == 0 && (n - i == 5 || vc_lex_is_blank(line[i + 5]))) {
            size_t p = i + 5;
            while (p < n && vc_lex_is_blank(line[p]))
                p++;
            return vc_lex_lang(L, line + p, n - p, lineno, col, (uint32_t)p + 1, err);
        }
        return vc_lex_error(L, err, lineno, col,
                            "unknown directive (the directives are @include FILE, @label TEXT and @lang CODES)");
    }
    if (line[i] == '[') {
        const char *close = memchr(line + i, ']', n - i);
        if (!close)
            return vc_lex_error(L, err, lineno, col, "unterminated theme header: missing ']'");
        size_t after = (size_t)(close - line) + 1;
        if (after != n)
            return vc_lex_error(L, err, lineno, (uint32_t)after + 1, "text after ']' in theme header");
        if (close == line + i + 1)
            return vc_lex_error(L, err, lineno, col, "empty theme name []");
        return vc_lex_theme(L, line + i + 1, (size_t)(close - line) - i - 1, lineno, col, err);
    }
    return vc_lex_entry(L, line + i, n - i, lineno, col, 0, err);
}

vc_status vc_lex_read_native(lex_loader *L, const char *text, size_t len, vc_error *err)
{
    size_t pos = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        pos = 3;
    uint32_t lineno = 0;
    vc_status st = VC_OK;
    while (pos < len && !st) {
        lineno++;
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        st = parse_line(L, text + pos, end - pos, lineno, err);
        pos = end + 1;
    }
    return st;
}

vc_status vc_lexicon_write_native(const vc_lexicon *lex, vc_buf *out)
{
    vc_status st = VC_OK;
    int first = 1;
    for (uint32_t t = 0; t < lex->nthemes && !st; t++) {
        int any = 0;
        for (size_t i = 0; i < lex->nentries && !any; i++)
            any = lex->entries[i].theme == t;
        if (!any && !lex->declared[t])
            continue;
        st = vc_buf_printf(out, "%s[%s]\n", first ? "" : "\n", lex->themes[t]);
        if (!st && lex->theme_label[t])
            st = vc_buf_printf(out, "@label %s\n", lex->theme_label[t]);
        first = 0;
        uint16_t scope = 0; /* a header does not end a @lang: each theme says its own */
        for (size_t i = 0; i < lex->nentries && !st; i++) {
            const lex_entry *e = &lex->entries[i];
            if (e->theme != t)
                continue;
            if (e->scope != scope)
                st = vc_buf_printf(out, "@lang %s\n", e->scope ? lex->scopes[e->scope].codes : "*");
            scope = e->scope;
            if (!st)
                st = vc_buf_printf(out, "%s\n", e->text);
        }
        if (!st && scope)
            st = vc_buf_printf(out, "@lang *\n");
    }
    return st;
}
