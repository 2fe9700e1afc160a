/*
 * lexicon.h - theme lexicons: loading, compiling, and inspecting entries.
 *
 * Native format (full grammar in lexicons/README.md):
 *
 *     # a comment
 *     @include common.lex
 *     [commercial/billing]
 *     @label Billing & refunds
 *     refund*
 *     money back
 *     colo?r
 *     !billing address
 *     charged NEAR/3 twice
 *     /charged (twice|two times)/
 *
 * A [theme] header starts a theme; '/' in a name makes a hierarchy, and a
 * comment that mentions a theme also mentions every ancestor (each ancestor
 * is a theme of its own, implied when it has no header).
 * Each following non-blank, non-comment line is an entry of that theme:
 *   - a word or phrase: matches whole words only; the words of a phrase
 *     match across any run of spaces or hyphens in the text;
 *   - in a word, '?' matches one word character and '*' any run of them;
 *   - "a NEAR/n b": both within n words of each other, in either order,
 *     in one sentence; "a BEFORE/n b" in that order;
 *   - /.../ is a PCRE2 pattern applied to the normalized text (UTF, UCP);
 *   - a leading '!' makes any of these an exclusion: a comment it matches
 *     does not mention the theme, nor any theme below it;
 *   - a leading '~' guards a word, phrase or NEAR/BEFORE entry: it does not
 *     match where a negator (not, never, didn't, ...) stands within the 3
 *     words before its first word in the same clause.
 * "@label TEXT" under a header gives that theme a display label for
 * reviews (1 to 80 bytes of UTF-8, no control characters; one label per
 * theme). A header followed by nothing but its label is how a parent gets
 * one. Labels change no match and no number, so they are not part of the
 * fingerprint.
 * "@include FILE" reads another lexicon (relative to the including file);
 * a file included twice is read once, a cycle is an error.
 * "@include builtin:NAME" reads a built-in lexicon (vc_lexicon_builtin).
 * LIWC .dic and quanteda-style YAML (.yml/.yaml) files are imported by
 * extension, directly or through @include.
 * Entries are normalized exactly like comment text (text.h), so case,
 * width and compatibility forms never matter.
 *
 * A compiled vc_lexicon is immutable and shared read-only by every worker
 * thread. Theme ids are 0..vc_lexicon_theme_count()-1 in byte-wise order of
 * theme name (a parent sorts before its children), so output order never
 * depends on file order.
 *
 * Errors stop loading before any input is read: the message has
 * "file:line:column: " and, for patterns, PCRE2's own message. Warnings
 * (tolerated oddities of imported files) go to the options' callback with
 * the same prefix.
 */
#ifndef VOCAL_LEXICON_H
#define VOCAL_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/buf.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_lexicon vc_lexicon;

typedef enum vc_entry_kind {
    VC_ENTRY_WORD = 0,   /* single word, exact */
    VC_ENTRY_PHRASE = 1, /* several words */
    VC_ENTRY_PREFIX = 2, /* word* (last word of a phrase may carry '*') */
    VC_ENTRY_REGEX = 3,  /* /.../ */
    VC_ENTRY_GLOB = 4,   /* a word with '?' or an inner '*' */
    VC_ENTRY_NEAR = 5,   /* a NEAR/n b */
    VC_ENTRY_BEFORE = 6  /* a BEFORE/n b */
} vc_entry_kind;

#define VC_NO_THEME UINT32_MAX

typedef struct vc_entry_info {
    uint32_t theme;     /* theme id */
    vc_entry_kind kind;
    const char *text;   /* the entry as written (without trailing spaces) */
    const char *file;   /* lexicon file it came from ("builtin:NAME" if built in,
                           "default.lex" from vc_lexicon_load_default) */
    uint32_t line;      /* 1-based */
    uint32_t column;    /* 1-based byte column of the entry's first character */
    int exclude;        /* an !exclusion */
    uint32_t distance;  /* NEAR/BEFORE: most words between the operands */
    int guarded;        /* a ~guarded entry: held off by a negator just before it */
    const char *langs;  /* "@lang" scope: the codes it applies to ("de", "de,at"),
                           NULL for every language; owned by the lexicon */
} vc_entry_info;

typedef struct vc_lexicon_options {
    /* PCRE2 limits per regex entry per text; 0 = defaults (documented in
     * lexicons/README.md). A text that hits a limit is counted, never taken
     * silently as "no match". */
    uint32_t match_limit;
    uint32_t depth_limit;
    int no_jit; /* force the PCRE2 interpreter (tests) */
    /* Read every ~guarded entry as unguarded (`vocal explain` finds what a
     * negator held off by matching once with and once without guards). */
    int ignore_guards;
    /* Warnings ("file:line:column: message"); NULL: dropped. */
    void (*warn)(void *ctx, const char *message);
    void *warn_ctx;
} vc_lexicon_options;

/* Load from a file path; the format follows the extension (.dic: LIWC,
 * .yml/.yaml: YAML, anything else: native). opts may be NULL. */
vc_status vc_lexicon_load_file(const char *path, const vc_lexicon_options *opts,
                               vc_lexicon **out, vc_error *err);
/* Load from memory; `name` appears in messages as the file name, chooses
 * the format by its extension, and anchors relative @include paths. */
vc_status vc_lexicon_load_string(const char *name, const char *text, size_t len,
                                 const vc_lexicon_options *opts,
                                 vc_lexicon **out, vc_error *err);
/* The default CX lexicon embedded in the binary (lexicons/default.lex). */
vc_status vc_lexicon_load_default(vc_lexicon **out, vc_error *err);

/* Built-in lexicons: the default (name "default") and the industry packs
 * (lexicons/packs/NAME.lex), compiled into the binary and selected as
 * "builtin:NAME". All of it is static data of the library. */
typedef struct vc_builtin_lexicon {
    const char *name;  /* NAME of builtin:NAME */
    const char *file;  /* the file it was built from, under lexicons/ */
    const char *text;  /* its text, NUL-terminated */
    size_t len;
    const char *title; /* its first line without '#': title_len bytes, not NUL-terminated */
    size_t title_len;
} vc_builtin_lexicon;
size_t vc_lexicon_builtin_count(void);
/* The i-th built-in lexicon (0 is the default) into *out: 0, or -1 past the end. */
int vc_lexicon_builtin(size_t i, vc_builtin_lexicon *out);
/* The built-in lexicon called `name`: 0, or -1 when there is none. */
int vc_lexicon_builtin_find(const char *name, vc_builtin_lexicon *out);
/* Load builtin:NAME. Messages and entry locations name its files
 * "builtin:NAME"; its @include lines read built-in files only. An unknown
 * name is VC_ERR_USAGE with a message listing the names. */
vc_status vc_lexicon_load_builtin(const char *name, const vc_lexicon_options *opts, vc_lexicon **out,
                                  vc_error *err);
/* A theme lexicon and a signals lexicon loaded as one, so a comment's
 * words are matched once for both. Each is a file path or "builtin:NAME";
 * themes NULL is the default lexicon, signals NULL builtin:signals. The
 * signals' themes are named VC_SIGNAL_PREFIX + their name ("signal/
 * churn_risk", "signal/effort/high"), have no parent (signals are flat:
 * no "signal" or "signal/effort" theme adds them up) and come after every
 * theme, from vc_lexicon_signal_start(). The theme lexicon may not use the name
 * "signal" (an error naming file:line). An exclusion vetoes its own
 * signal or theme only, as in any lexicon. */
#define VC_SIGNAL_PREFIX "signal/"
vc_status vc_lexicon_load_with_signals(const char *themes, const char *signals, const vc_lexicon_options *opts,
                                       vc_lexicon **out, vc_error *err);
/* The first signal's theme id: themes from it to vc_lexicon_theme_count()
 * are signals. The theme count when the lexicon has no signals. */
size_t vc_lexicon_signal_start(const vc_lexicon *lex);

/* The text of the embedded default lexicon. */
const char *vc_lexicon_default_text(size_t *len);

void vc_lexicon_free(vc_lexicon *lex); /* accepts NULL */

size_t vc_lexicon_theme_count(const vc_lexicon *lex);
const char *vc_lexicon_theme_name(const vc_lexicon *lex, uint32_t theme);
/* Parent theme id, VC_NO_THEME for a top-level theme. */
uint32_t vc_lexicon_theme_parent(const vc_lexicon *lex, uint32_t theme);
/* 1 when the theme has a [header] of its own, 0 when only implied by a child. */
int vc_lexicon_theme_declared(const vc_lexicon *lex, uint32_t theme);
/* The theme's display label ("@label TEXT" under its header), or NULL when
 * it has none (vc_theme_display_name, report.h, makes one from the name).
 * Owned by the lexicon. */
const char *vc_lexicon_theme_label(const vc_lexicon *lex, uint32_t theme);
/* Entries, NEAR/BEFORE operands not counted. */
/* The negator that holds off a ~guarded entry whose first word starts at
 * byte `start` of the normalized text s (the guard's rule, lexicons/README
 * "The negation guard"): 1 with its byte span, or 0 when none is in reach.
 * For explaining a match, not for the scan (it compiles the rule per call). */
int vc_lexicon_guard_negator(const char *s, size_t start, size_t *neg_start, size_t *neg_len);
size_t vc_lexicon_entry_count(const vc_lexicon *lex);
void vc_lexicon_entry(const vc_lexicon *lex, uint32_t entry, vc_entry_info *out);
/* Write the lexicon in the native format (what `vocal lexicon convert`
 * prints): declared themes and themes with entries, in theme order, each
 * with its @label line when it has one and its entries as written. Reading the result back gives the same matches. */
vc_status vc_lexicon_write_native(const vc_lexicon *lex, vc_buf *out);
/* Languages (lexicons/README.md "Languages"): an entry under "@lang
 * CODE[,CODE...]" applies to comments in those languages only; every other
 * entry to all. vc_lexicon_covers_language: does the lexicon have entries
 * for comments in `lang`, that is, entries scoped to it, or unscoped
 * entries when lang is "en" (unscoped entries are written in English)? A
 * NULL or "und" language is covered. Only the themes' entries are read,
 * not those of signals loaded with them (vc_lexicon_load_with_signals). */
int vc_lexicon_covers_language(const vc_lexicon *lex, const char *lang);
/* A stable 64-bit fingerprint of the compiled lexicon content: theme names
 * and entries, what can change a number. Labels are left out. */
uint64_t vc_lexicon_fingerprint(const vc_lexicon *lex);

VC_API_END

#endif
