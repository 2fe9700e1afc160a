/*
 * lexicon_internal.h - the compiled lexicon, shared read-only by matchers.
 *
 * Word-like entries are sequences of words. Between two words the entry
 * either allows any run of spaces/hyphens (GAP_SPACE) or requires the exact
 * bytes it was written with (GAP_LITERAL, e.g. the apostrophe of "don't").
 * A word is exact, a prefix (only a trailing '*'), or a glob ('?' for one
 * word character, '*' for any run of them, anywhere in the word).
 *
 * The fast path indexes entries by their first word: exact first words in
 * one hash table; prefix and glob first words in another, keyed by the
 * literal bytes before the first wildcard and probed once per distinct
 * literal length; globs that start with a wildcard are tried at every word.
 *
 * Entries have a role: an ordinary entry includes its theme, an !exclusion
 * vetoes it, and the two operands of a NEAR/BEFORE entry are hidden
 * entries (ids >= nentries) whose occurrences the matcher pairs up.
 */
#ifndef VOCAL_LEXICON_INTERNAL_H
#define VOCAL_LEXICON_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>

#include "vocal/buf.h"
#include "vocal/lexicon.h"

enum { GAP_SPACE = 0, GAP_LITERAL = 1 };
enum { ROLE_INCLUDE = 0, ROLE_EXCLUDE = 1, ROLE_OPERAND = 2 };

typedef struct lex_word {
    const char *s; /* normalized bytes (into the entry's storage), wildcards included */
    uint32_t len;
    uint32_t lit;     /* bytes before the first wildcard (== len for exact words) */
    uint8_t prefix;   /* the only wildcard is one trailing '*' */
    uint8_t glob;     /* any other use of '?' or '*' */
    uint8_t gap_kind; /* gap before this word (unused for the first) */
    const char *gap;  /* GAP_LITERAL bytes */
    uint32_t gap_len;
} lex_word;

typedef struct lex_entry {
    uint32_t theme;
    vc_entry_kind kind;
    uint8_t role;
    uint8_t guard; /* '~': held off by a negator before its first word (guard.c) */
    char *text; /* as written */
    char *norm; /* normalized words storage (word-like entries) */
    const char *file;
    uint32_t line, column;
    lex_word *words;
    uint32_t nwords;
    pcre2_code *re; /* regex entries */
    char *pattern;  /* regex entries: the pattern's source */
    int jit;
    uint8_t in_union; /* regex entries: part of the lexicon's regex_union */
    uint32_t op[2];    /* NEAR/BEFORE: operand entry ids */
    uint32_t distance; /* NEAR/BEFORE: most words between the operands */
    uint32_t parent;   /* operand: its NEAR/BEFORE entry (the first, when shared) */
    /* operand: operands written the same way are one operand (the lowest
     * id), so a word paired with many others ("good" NEAR each dish of a
     * menu) is found and recorded once per occurrence, not once per
     * pairing; the others are aliases, never looked up. `served`: the
     * NEAR/BEFORE entries it is an operand of. `cands` (ncands): those that
     * become candidates when it occurs: each entry is filed under the one
     * of its two operands that serves fewer entries (the dish, not "good"),
     * since a pair needs both anyway. */
    uint32_t served;
    uint32_t *cands;
    uint32_t ncands;
    uint8_t alias;
    /* word-like entries in the exact index: the word they are filed under.
     * A phrase that starts with a very common word ("the wait", "no fuss")
     * is filed under a later, rarer exact word and tried from `anchor`
     * words back when that word occurs, so "the" does not try it at every
     * "the" of every comment. 0: its first word. */
    uint32_t anchor;
    /* exact-index entries of two or more words: one more exact word to
     * check by hash before the entry is tried (the word after the one it is
     * filed under, or its first word when anchored), `chk_off` tokens from
     * the token it was found at. has_chk 0: none. */
    uint64_t chk_hash;
    int32_t chk_off;
    uint8_t has_chk;
    /* word-like entries written the same way under several themes (a
     * signal's entries repeated under another signal, a signal and a theme
     * sharing a phrase): the lowest id is looked up and tried, and when it
     * matches, its `twins` match with it; a twin (is_twin) is never looked
     * up itself. Same text, same words, same guard: same matches. */
    uint32_t *twins;
    uint32_t ntwins;
    uint8_t is_twin;
    /* the languages it applies to ("@lang de" above it): an index into
     * vc_lexicon.scopes, 0 for every language */
    uint16_t scope;
    /* words in a script written without spaces (Han, Kana, Thai, Lao,
     * Khmer, Myanmar): matched as a substring of the text (sub), with no
     * word boundary before it when its first code point is in such a
     * script (sub_open_start) nor after it when its last is
     * (sub_open_end); sub_cp is its first code point, the key of
     * vc_lexicon.sub_ids */
    uint8_t sub, sub_open_start, sub_open_end;
    int32_t sub_cp;
} lex_entry;

/* One "@lang" set: its codes as a canonical list ("de" or "de,es"), and
 * the line that first wrote it (lint checks the codes there). */
typedef struct lex_scope {
    char *codes;
    const char *file;
    uint32_t line, column;
} lex_scope;

/* Is code point cp in a script written without spaces between words
 * (Han, Hiragana, Katakana, Thai, Lao, Myanmar, Khmer)? Entries in these
 * scripts match inside words. */
static inline int vc_lex_spaceless_cp(int32_t cp)
{
    return (cp >= 0x0E00 && cp <= 0x0EFF) ||  /* Thai, Lao */
           (cp >= 0x1000 && cp <= 0x109F) ||  /* Myanmar */
           (cp >= 0x1780 && cp <= 0x17FF) ||  /* Khmer */
           (cp >= 0x19E0 && cp <= 0x19FF) ||  /* Khmer symbols */
           (cp >= 0x2E80 && cp <= 0x2FDF) ||  /* CJK and Kangxi radicals */
           (cp >= 0x3005 && cp <= 0x3007) ||  /* 々 〆 〇 */
           (cp >= 0x3021 && cp <= 0x3029) || (cp >= 0x3038 && cp <= 0x303B) ||
           (cp >= 0x3040 && cp <= 0x30FF) ||  /* Hiragana, Katakana */
           (cp >= 0x31F0 && cp <= 0x31FF) ||  /* Katakana extensions */
           (cp >= 0x3400 && cp <= 0x4DBF) ||  /* Han extension A */
           (cp >= 0x4E00 && cp <= 0x9FFF) ||  /* Han */
           (cp >= 0xA9E0 && cp <= 0xA9FF) || (cp >= 0xAA60 && cp <= 0xAA7F) || /* Myanmar extensions */
           (cp >= 0xF900 && cp <= 0xFAFF) ||  /* Han compatibility */
           (cp >= 0x20000 && cp <= 0x3FFFF);  /* Han extensions B and later */
}

/* chain of entry ids in a hash bucket; the exact index hashes its keys with
 * vc_key_hash, the prefix index with vc_word_hash (byte by byte, so that
 * every prefix length of a word is hashed in one pass) */
typedef struct lex_slot {
    uint64_t hash;
    const char *key;
    uint32_t keylen;
    uint32_t first; /* index into the chain array */
    uint32_t count;
} lex_slot;

/* A one-probe Bloom filter in front of each index: most words of a comment
 * start no entry, and 4 KB of bits stay in L1 where the slots do not. */
#define LEX_BLOOM_BITS 32768u

static inline uint32_t lex_bloom_bit(uint64_t hash) { return (uint32_t)(hash >> 40) & (LEX_BLOOM_BITS - 1); }

typedef struct lex_index {
    lex_slot *slots;
    size_t nslots;
    uint32_t *chain; /* entry ids grouped by slot */
    uint64_t bloom[LEX_BLOOM_BITS / 64]; /* bit lex_bloom_bit(key hash) set for every key */
} lex_index;

struct vc_lexicon {
    char **themes;
    size_t nthemes;
    uint32_t *parent;  /* per theme: parent theme id or VC_NO_THEME */
    uint8_t *declared; /* per theme: has a [header] (else implied by a child) */
    const char **theme_file; /* per theme: where it was first declared (NULL if implied) */
    uint32_t *theme_line, *theme_col;
    char **theme_label; /* per theme: its display label ("@label TEXT"), NULL: none;
                           not part of the fingerprint (a label changes no number) */
    lex_entry *entries;
    size_t nentries; /* visible entries */
    size_t nall;     /* plus hidden NEAR/BEFORE operands */
    char **files;    /* file names, owned */
    size_t nfiles;
    lex_index exact, prefix;
    uint32_t *prefix_lens; /* distinct literal-prefix lengths, ascending */
    size_t nprefix_lens;
    uint8_t prefix_first2[8192]; /* bit per (byte0, byte1) that starts a prefix entry */
    uint32_t *any_ids; /* globs starting with a wildcard: tried at every word */
    size_t nany;
    uint32_t *regex_ids;
    size_t nregex;
    /* All regex entries that can be joined, as one alternation: when it
     * finds nothing in a text, none of them can, and the matcher skips
     * them all (one scan instead of one per entry). NULL when fewer than
     * two can be joined. */
    pcre2_code *regex_union;
    int union_jit;
    uint32_t *prox_ids; /* NEAR/BEFORE entries */
    size_t nprox;
    size_t nexclusions;
    pcre2_match_context *mctx; /* limits; copied per matcher */
    uint32_t match_limit, depth_limit;
    uint64_t fingerprint;
    size_t signal_start; /* themes [signal_start, nthemes) are signals */
    lex_scope *scopes; /* "@lang" sets; [0] is unused (0: every language) */
    size_t nscopes;    /* including [0]; 1 or 0 when no entry is scoped */
    /* substring entries (lex_entry.sub), by their first code point */
    uint32_t *sub_ids;
    int32_t *sub_cps;
    size_t nsub;
};

/* The negation guard (guard.c): how many words before an entry's first
 * word a negator holds it off; is a word (apostrophe-joined runs included)
 * a negator, a word that ends a clause; does a gap between two words end
 * the clause; and the PCRE2 pattern that finds a negator in reach at the
 * end of the text before an entry (for the reference evaluator). */
#define VC_GUARD_WINDOW 3
int vc_guard_negator(const char *w, size_t len);
int vc_guard_clause_word(const char *w, size_t len);
int vc_guard_clause_gap(const char *g, size_t len);
vc_status vc_guard_pattern(vc_buf *b);

/* Does the "@lang" set `scope` (0: none) take a comment in `lang` (NULL or
 * "und": unknown, which every set takes)? (lexicon.c) */
int vc_lexicon_scope_has(const vc_lexicon *lex, uint32_t scope, const char *lang);

/* Free what one entry owns and zero it (lexicon.c). */
void vc_lex_free_entry(lex_entry *e);

/* Does the glob pattern p ('?' one code point, '*' any run) match all of
 * the word s? Both are normalized UTF-8. (matcher.c) */
int vc_lex_glob_match(const char *p, size_t pn, const char *s, size_t sn);

/* Does word w match the token s[0..n)? (Inline: the matcher asks it for
 * every candidate entry and every following word.) */
static inline int vc_lex_word_eq(const lex_word *w, const char *s, size_t n)
{
    if (w->glob)
        return n >= w->lit && vc_bytes_eq(s, w->s, w->lit) && vc_lex_glob_match(w->s, w->len, s, n);
    if (w->prefix)
        return n >= w->lit && vc_bytes_eq(s, w->s, w->lit);
    return n == w->len && vc_bytes_eq(s, w->s, w->len);
}

#endif
