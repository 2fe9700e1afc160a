/*
 * lexicon_load.h - the loader that every lexicon front-end feeds.
 *
 * The native parser (lexicon.c), the LIWC .dic reader and the YAML reader
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

typedef struct lex_loader {
    vc_lexicon *lex;
    const char *file; /* current file name (owned by lex->files) */
    vc_normalizer *norm;
    vc_buf nbuf;
    size_t cap_entries, cap_themes, cap_files;
    uint8_t *declared; /* per load-order theme */
    const char **tfile; /* per load-order theme: first declaration */
    uint32_t *tline, *tcol;
    long cur_theme;    /* load-order theme index, -1 before any header */
    const vc_lexicon_options *opts;
    lex_entry *ops; /* NEAR/BEFORE operands, appended to the entries at the end */
    size_t nops, cap_ops;
    char *stack[33]; /* real paths of the files being read (include chain) */
    const char *stack_name[33];
    size_t depth;
    char **loaded; /* real paths already read */
    size_t nloaded, cap_loaded;
} lex_loader;

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
/* One entry of the current theme, written as in the native format. */
vc_status vc_lex_entry(lex_loader *L, const char *raw, size_t n, uint32_t line, uint32_t col, int soft,
                       vc_error *err);

/* Front-ends for imported formats. */
vc_status vc_lex_read_liwc(lex_loader *L, const char *text, size_t len, vc_error *err);
vc_status vc_lex_read_yaml(lex_loader *L, const char *text, size_t len, vc_error *err);

#endif
