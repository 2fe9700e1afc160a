/*
 * lexicon_internal.h - the compiled lexicon, shared read-only by matchers.
 *
 * Non-regex entries are sequences of words. Between two words the entry
 * either allows any run of spaces/hyphens (GAP_SPACE) or requires the exact
 * bytes it was written with (GAP_LITERAL, e.g. the apostrophe of "don't").
 * The fast path indexes entries by their first word: exact first words in
 * one hash table, prefix first words (word*) in another keyed by the
 * prefix bytes, probed once per distinct prefix length.
 */
#ifndef VOCAL_LEXICON_INTERNAL_H
#define VOCAL_LEXICON_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>

#include "vocal/lexicon.h"

enum { GAP_SPACE = 0, GAP_LITERAL = 1 };

typedef struct lex_word {
    const char *s; /* normalized bytes (into the entry's storage) */
    uint32_t len;
    uint8_t prefix;   /* word* */
    uint8_t gap_kind; /* gap before this word (unused for the first) */
    const char *gap;  /* GAP_LITERAL bytes */
    uint32_t gap_len;
} lex_word;

typedef struct lex_entry {
    uint32_t theme;
    vc_entry_kind kind;
    char *text;    /* as written */
    char *norm;    /* normalized words storage (non-regex) */
    const char *file;
    uint32_t line, column;
    lex_word *words;
    uint32_t nwords;
    pcre2_code *re; /* regex entries */
    int jit;
} lex_entry;

/* chain of entry ids in a hash bucket */
typedef struct lex_slot {
    uint64_t hash;
    const char *key;
    uint32_t keylen;
    uint32_t first; /* index into the chain array */
    uint32_t count;
} lex_slot;

typedef struct lex_index {
    lex_slot *slots;
    size_t nslots;
    uint32_t *chain; /* entry ids grouped by slot */
} lex_index;

struct vc_lexicon {
    char **themes;
    size_t nthemes;
    lex_entry *entries;
    size_t nentries;
    char **files; /* file names, owned */
    size_t nfiles;
    lex_index exact, prefix;
    uint32_t *prefix_lens; /* distinct prefix lengths, ascending */
    size_t nprefix_lens;
    uint8_t prefix_first2[8192]; /* bit per (byte0, byte1) that starts a prefix entry */
    uint32_t *regex_ids;
    size_t nregex;
    pcre2_match_context *mctx; /* limits; copied per matcher */
    uint32_t match_limit, depth_limit;
    uint64_t fingerprint;
};

/* True for the bytes of a space/hyphen gap character at s (returns its
 * length, 0 if the character is not one). */
size_t vc_lex_gap_char(const char *s, size_t len);

#endif
