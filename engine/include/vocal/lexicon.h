/*
 * lexicon.h - theme lexicons: loading, compiling, and inspecting entries.
 *
 * Native format (full grammar in lexicons/README.md):
 *
 *     # a comment
 *     [billing/refunds]
 *     refund*
 *     money back
 *     /charged (twice|two times)/
 *
 * A [theme] header starts a theme (names may contain '/' for hierarchy).
 * Each following non-blank, non-comment line is an entry of that theme:
 *   - a word or phrase: matches whole words only; the words of a phrase
 *     match across any run of spaces or hyphens in the text;
 *   - a trailing '*' on a word matches any word characters that follow;
 *   - /.../ (optional flags after the closing slash are an error for now)
 *     is a PCRE2 pattern applied to the normalized text (UTF, UCP).
 * Entries are normalized exactly like comment text (text.h), so case,
 * width and compatibility forms never matter.
 *
 * A compiled vc_lexicon is immutable and shared read-only by every worker
 * thread. Theme ids are 0..vc_lexicon_theme_count()-1 in byte-wise order of
 * theme name, so output order never depends on file order.
 *
 * Errors stop loading before any input is read: the message has
 * "file:line:column: " and, for patterns, PCRE2's own message.
 */
#ifndef VOCAL_LEXICON_H
#define VOCAL_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct vc_lexicon vc_lexicon;

typedef enum vc_entry_kind {
    VC_ENTRY_WORD = 0,   /* single word, exact */
    VC_ENTRY_PHRASE = 1, /* several words */
    VC_ENTRY_PREFIX = 2, /* word* (last word of a phrase may carry '*') */
    VC_ENTRY_REGEX = 3   /* /.../ */
} vc_entry_kind;

typedef struct vc_entry_info {
    uint32_t theme;     /* theme id */
    vc_entry_kind kind;
    const char *text;   /* the entry as written (without trailing spaces) */
    const char *file;   /* lexicon file it came from ("<default>" if built in) */
    uint32_t line;      /* 1-based */
    uint32_t column;    /* 1-based byte column of the entry's first character */
} vc_entry_info;

typedef struct vc_lexicon_options {
    /* PCRE2 limits per regex entry per text; 0 = defaults (documented in
     * lexicons/README.md). A text that hits a limit is counted, never taken
     * silently as "no match". */
    uint32_t match_limit;
    uint32_t depth_limit;
    int no_jit; /* force the PCRE2 interpreter (tests) */
} vc_lexicon_options;

/* Load from a file path. opts may be NULL. */
vc_status vc_lexicon_load_file(const char *path, const vc_lexicon_options *opts,
                               vc_lexicon **out, vc_error *err);
/* Load from memory; `name` appears in messages as the file name. */
vc_status vc_lexicon_load_string(const char *name, const char *text, size_t len,
                                 const vc_lexicon_options *opts,
                                 vc_lexicon **out, vc_error *err);
/* The default CX lexicon embedded in the binary (lexicons/default.lex). */
vc_status vc_lexicon_load_default(vc_lexicon **out, vc_error *err);
/* The text of the embedded default lexicon. */
const char *vc_lexicon_default_text(size_t *len);

void vc_lexicon_free(vc_lexicon *lex); /* accepts NULL */

size_t vc_lexicon_theme_count(const vc_lexicon *lex);
const char *vc_lexicon_theme_name(const vc_lexicon *lex, uint32_t theme);
size_t vc_lexicon_entry_count(const vc_lexicon *lex);
void vc_lexicon_entry(const vc_lexicon *lex, uint32_t entry, vc_entry_info *out);
/* A stable 64-bit fingerprint of the compiled lexicon content. */
uint64_t vc_lexicon_fingerprint(const vc_lexicon *lex);

#ifdef __cplusplus
}
#endif

#endif
