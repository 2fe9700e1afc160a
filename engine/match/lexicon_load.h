/*
 * lexicon_load.h - the loader that every lexicon front-end feeds.
 *
 * The native parser (native.c), the LIWC .dic reader and the YAML reader
 * (import.c) all describe a lexicon the same way: "this theme starts here",
 * "this entry, written so, at file:line:column". The loader validates and
 * compiles each entry as it arrives, so every front-end gets the same
 * errors, the same semantics and the same located messages.
 *
 * soft entries (imports) turn an entry that cannot compile into a located
 * warning and skip it; native entries are strict.
 */
#ifndef VOCAL_LEXICON_LOAD_H
#define VOCAL_LEXICON_LOAD_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon_internal.h"
#include "vocal/buf.h"
#include "vocal/text.h"

/* A theme's display label as read ("@label TEXT"), with where, for the
 * message when another line gives the theme a different one. */
typedef struct lex_label {
    char *text; /* owned until arrange() hands it to the lexicon; NULL: none */
    const char *file;
    uint32_t line;
} lex_label;

typedef struct lex_loader {
    vc_lexicon *lex;
    const char *file; /* current file name (owned by lex->files) */
    vc_normalizer *norm;
    vc_buf nbuf;
    size_t cap_entries, cap_themes, cap_files;
    uint8_t *declared; /* per load-order theme */
    const char **tfile; /* per load-order theme: first declaration */
    uint32_t *tline, *tcol;
    lex_label *tlabel; /* per load-order theme */
    long cur_theme;    /* load-order theme index, -1 before any header */
    uint16_t cur_scope; /* the "@lang" set of the entries read now (lex->scopes), 0: none */
    const vc_lexicon_options *opts;
    lex_entry *ops; /* NEAR/BEFORE operands, appended to the entries at the end */
    size_t nops, cap_ops;
    char *stack[33]; /* real paths of the files being read (include chain) */
    const char *stack_name[33];
    size_t depth;
    char **loaded; /* real paths already read */
    size_t nloaded, cap_loaded;
    const char *builtin_file; /* the current file's path under lexicons/ when it is
                                 built in (its includes resolve there), else NULL */
    /* a theme lexicon loaded with signals (vc_lexicon_load_with_signals):
     * with_signals is set for the whole load (the name "signal" is then
     * reserved for the signals), in_signals while the signals are read (a
     * [NAME] header there is the theme "signal/NAME") */
    int with_signals, in_signals;
} lex_loader;

static inline vc_status vc_lex_nomem(vc_error *err) { return vc_error_set(err, VC_ERR_NOMEM, "out of memory"); }
static inline int vc_lex_is_blank(char c) { return c == ' ' || c == '\t'; }

/* "file:line:column: message" as a VC_ERR_LEXICON. */
vc_status vc_lex_error(lex_loader *L, vc_error *err, uint32_t line, uint32_t col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
/* "file:line:column: message" to the warning callback. */
void vc_lex_warn(lex_loader *L, uint32_t line, uint32_t col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Start (or return to) theme `name`. */
vc_status vc_lex_theme(lex_loader *L, const char *name, size_t n, uint32_t line, uint32_t col, vc_error *err);
/* "@label TEXT" of the current theme: `text` (n bytes, trimmed) at
 * column `text_col`; `col` is the directive's column. */
vc_status vc_lex_label(lex_loader *L, const char *text, size_t n, uint32_t line, uint32_t col, uint32_t text_col,
                       vc_error *err);
/* "@lang CODE[,CODE...]" or "@lang *": the languages of the entries that
 * follow in this file (spec: n bytes after the directive, at text_col). */
vc_status vc_lex_lang(lex_loader *L, const char *spec, size_t n, uint32_t line, uint32_t col, uint32_t text_col,
                      vc_error *err);
/* One entry of the current theme, written as in the native format. */
vc_status vc_lex_entry(lex_loader *L, const char *raw, size_t n, uint32_t line, uint32_t col, int soft,
                       vc_error *err);

/* After the last entry: ancestors become themes, themes and entries take
 * their final order, the indexes and the regex alternation are built
 * (lexbuild.c). */
vc_status vc_lex_finish(lex_loader *L, vc_error *err);

/* The front door (lexicon.c): remember a file name for the lexicon's
 * lifetime (NULL when out of memory), and read a text with the reader its
 * file name (L->file) asks for. */
const char *vc_lex_add_file(lex_loader *L, const char *name);
vc_status vc_lex_load_text(lex_loader *L, const char *text, size_t len, vc_error *err);

/* The readers: native .lex (native.c), imported formats (import.c). */
vc_status vc_lex_read_native(lex_loader *L, const char *text, size_t len, vc_error *err);
vc_status vc_lex_read_liwc(lex_loader *L, const char *text, size_t len, vc_error *err);
vc_status vc_lex_read_yaml(lex_loader *L, const char *text, size_t len, vc_error *err);

/* The built-in lexicons (builtin.c): their names as "default, restaurant,
 * ..." for messages; and the built-in file that `rel` names from the
 * built-in file `from_file` ("../default.lex" from "packs/retail.lex"):
 * 0, or -1 when no built-in file is there. */
void vc_lex_builtin_names(char *buf, size_t size);
int vc_lex_builtin_resolve(const char *from_file, const char *rel, size_t rn, vc_builtin_lexicon *out);

#endif
