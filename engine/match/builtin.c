/*
 * builtin.c - the lexicons compiled into the binary, selected by name as
 * "builtin:NAME": the default CX lexicon, the industry packs and the CX
 * signals lexicon (scan runs it beside the themes: vc_lexicon_load_with_signals).
 *
 * One table lists them: the name users type, the file under lexicons/ the
 * text was embedded from (tools/embed.cmake, at build time), and the text.
 * Adding a pack is one row here and one name in engine/CMakeLists.txt.
 *
 * A built-in lexicon is read through the same front door as a file
 * (lexicon.c), under the name "builtin:NAME", so every message and every
 * entry's location names it so. Its @include lines resolve inside this
 * table, never on disk: "../default.lex" in packs/retail.lex is the
 * embedded default (vc_lex_builtin_resolve). The title shown by `vocal
 * lexicon list` is the text of the file's first line, a '#' comment.
 *
 * Everything here is static, read-only data; nothing is allocated except
 * by the loads themselves.
 */
#include <stdio.h>
#include <string.h>

#include "lexicon_load.h"
#include "vocal/buf.h"

#define PACK(n)                                                                                                        \
    extern const char vc_embedded_pack_##n[];                                                                          \
    extern const size_t vc_embedded_pack_##n##_len;
extern const char vc_embedded_default_lex[];
extern const size_t vc_embedded_default_lex_len;
extern const char vc_embedded_signals_lex[];
extern const size_t vc_embedded_signals_lex_len;
PACK(restaurant)
PACK(retail)
PACK(software)
PACK(telecom)
PACK(banking)
PACK(travel)
PACK(healthcare)
#undef PACK

typedef struct builtin_row {
    const char *name; /* builtin:NAME */
    const char *file; /* under lexicons/ */
    const char *text;
    const size_t *len;
} builtin_row;

#define PACK(n) {#n, "packs/" #n ".lex", vc_embedded_pack_##n, &vc_embedded_pack_##n##_len}
static const builtin_row BUILTINS[] = {
    {"default", "default.lex", vc_embedded_default_lex, &vc_embedded_default_lex_len},
    PACK(restaurant),
    PACK(retail),
    PACK(software),
    PACK(telecom),
    PACK(banking),
    PACK(travel),
    PACK(healthcare),
    {"signals", "signals.lex", vc_embedded_signals_lex, &vc_embedded_signals_lex_len},
};
#undef PACK
enum { NBUILTINS = sizeof BUILTINS / sizeof BUILTINS[0] };

/* Files the built-in lexicons include that are no lexicon of their own:
 * the entries in other languages (lexicons/lang/), found by path only. */
#define LANG_PART(part, l)                                                                                            \
    extern const char vc_embedded_lang_##part##_##l[];                                                                 \
    extern const size_t vc_embedded_lang_##part##_##l##_len;
#define LANG_PARTS(X)                                                                                                  \
    X(default, de) X(default, es) X(default, fr) X(default, pt) X(default, ja)                                         \
    X(signals, de) X(signals, es) X(signals, fr) X(signals, pt) X(signals, ja)
LANG_PARTS(LANG_PART)
#undef LANG_PART
#define LANG_PART(part, l)                                                                                            \
    {"lang/" #part "_" #l, "lang/" #part "_" #l ".lex", vc_embedded_lang_##part##_##l,                                \
     &vc_embedded_lang_##part##_##l##_len},
static const builtin_row PARTS[] = {LANG_PARTS(LANG_PART)};
#undef LANG_PART
enum { NPARTS = sizeof PARTS / sizeof PARTS[0] };

static void describe(const builtin_row *r, vc_builtin_lexicon *out)
{
    out->name = r->name;
    out->file = r->file;
    out->text = r->text;
    out->len = *r->len;
    /* the title: line 1 when it is a comment, without '#' and blanks */
    const char *p = r->text, *end = r->text + *r->len;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *eol = nl ? nl : end;
    out->title = "";
    out->title_len = 0;
    if (p < eol && *p == '#') {
        p++;
        while (p < eol && vc_lex_is_blank(*p))
            p++;
        while (eol > p && (vc_lex_is_blank(eol[-1]) || eol[-1] == '\r'))
            eol--;
        out->title = p;
        out->title_len = (size_t)(eol - p);
    }
}

size_t vc_lexicon_builtin_count(void) { return NBUILTINS; }

int vc_lexicon_builtin(size_t i, vc_builtin_lexicon *out)
{
    if (i >= NBUILTINS)
        return -1;
    describe(&BUILTINS[i], out);
    return 0;
}

int vc_lexicon_builtin_find(const char *name, vc_builtin_lexicon *out)
{
    for (size_t i = 0; i < NBUILTINS; i++)
        if (strcmp(BUILTINS[i].name, name) == 0) {
            describe(&BUILTINS[i], out);
            return 0;
        }
    return -1;
}

void vc_lex_builtin_names(char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = 0;
    for (size_t i = 0; i < NBUILTINS && used < size; i++)
        used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? ", " : "", BUILTINS[i].name);
}

int vc_lex_builtin_resolve(const char *from_file, const char *rel, size_t rn, vc_builtin_lexicon *out)
{
    /* the including file's folder under lexicons/, then each part of rel */
    char path[256];
    size_t n = 0;
    const char *slash = strrchr(from_file, '/');
    if (rel[0] == '/')
        return -1; /* an absolute path names the disk */
    if (slash) {
        n = (size_t)(slash - from_file);
        memcpy(path, from_file, n);
    }
    path[n] = 0;
    for (size_t i = 0; i < rn;) {
        size_t j = i;
        while (j < rn && rel[j] != '/')
            j++;
        size_t k = j - i;
        if (k == 2 && rel[i] == '.' && rel[i + 1] == '.') {
            char *up = strrchr(path, '/');
            if (!up && !n)
                return -1; /* above lexicons/: nothing is built in there */
            n = up ? (size_t)(up - path) : 0;
            path[n] = 0;
        } else if (k && !(k == 1 && rel[i] == '.')) {
            if (n + 1 + k >= sizeof path)
                return -1;
            if (n)
                path[n++] = '/';
            memcpy(path + n, rel + i, k);
            n += k;
            path[n] = 0;
        }
        i = j + 1;
    }
    for (size_t i = 0; i < NBUILTINS; i++)
        if (strcmp(BUILTINS[i].file, path) == 0) {
            describe(&BUILTINS[i], out);
            return 0;
        }
    for (size_t i = 0; i < NPARTS; i++)
        if (strcmp(PARTS[i].file, path) == 0) {
            describe(&PARTS[i], out);
            return 0;
        }
    return -1;
}
