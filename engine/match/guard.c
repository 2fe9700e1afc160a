/*
 * guard.c - what holds off a guarded ('~') lexicon entry: the negators,
 * the clause boundaries, and the reach of the guard, in one table.
 *
 * A guarded entry does not fire when a negator stands among the
 * VC_GUARD_WINDOW words before its first word, inside the same clause.
 * The guard reads normalized text (lower case, typographic apostrophes as
 * '\''), where a contraction is two runs of word characters joined by one
 * apostrophe ("didn" "'" "t"): for the guard such a run is one word, so
 * "didn't" counts as one word and is a negator, as is every word ending in
 * "n't". A clause ends at a line break (the matcher's sentence separator),
 * at , ; : . ! ? between two words, and at the words of CLAUSE_WORDS.
 *
 * Two evaluators read this table: the matcher's fast path walks its tokens
 * back from an entry's first word (matcher.c, held_off), and the PCRE2
 * reference tests the text before each match with the pattern written by
 * vc_guard_pattern(). Tests hold them equal.
 *
 * Everything here is pure: static data and functions without state.
 */
#include <string.h>

#include "lexicon_internal.h"

/* A word and its length, so that a lookup compares lengths first: the
 * guard asks about every word before a guarded entry's match. */
typedef struct guard_word {
    const char *s;
    size_t n;
} guard_word;
#define W(lit) {lit, sizeof lit - 1}

/* Written normalized. "n't" forms are not listed: any word ending in "n't"
 * is a negator; their spellings without the apostrophe are. */
static const guard_word NEGATORS[] = {
    W("not"), W("no"), W("never"), W("without"), W("nothing"), W("nobody"), W("none"), W("nowhere"),
    W("neither"), W("nor"), W("zero"), W("hardly"), W("barely"), W("scarcely"), W("cannot"), W("cant"),
    W("dont"), W("didnt"), W("doesnt"), W("isnt"), W("wasnt"), W("arent"), W("werent"), W("wont"), W("wouldnt"),
    W("couldnt"), W("shouldnt"), W("havent"), W("hasnt"), W("hadnt"), W("aint"),
};

static const guard_word CLAUSE_WORDS[] = {W("but"), W("though"), W("although"), W("however")};

/* Between two words, any of these ends the clause. */
static const char CLAUSE_CHARS[] = "\n,;:.!?";

static int in_list(const guard_word *list, size_t n, const char *w, size_t len)
{
    for (size_t i = 0; i < n; i++)
        if (list[i].n == len && memcmp(list[i].s, w, len) == 0)
            return 1;
    return 0;
}

int vc_guard_negator(const char *w, size_t len)
{
    if (len >= 3 && memcmp(w + len - 3, "n't", 3) == 0)
        return 1;
    return in_list(NEGATORS, sizeof NEGATORS / sizeof *NEGATORS, w, len);
}

int vc_guard_clause_word(const char *w, size_t len)
{
    return in_list(CLAUSE_WORDS, sizeof CLAUSE_WORDS / sizeof *CLAUSE_WORDS, w, len);
}

int vc_guard_clause_gap(const char *g, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        char c = g[i];
        if (c == ' ')
            continue; /* the usual gap */
        for (const char *k = CLAUSE_CHARS; *k; k++)
            if (c == *k)
                return 1;
    }
    return 0;
}

#define WC "[\\p{L}\\p{N}\\p{M}_]"

static vc_status append_alternatives(vc_buf *b, const guard_word *list, size_t n)
{
    vc_status st = vc_buf_append_str(b, "(?:");
    for (size_t i = 0; i < n && !st; i++)
        st = vc_buf_printf(b, "%s%s", i ? "|" : "", list[i].s);
    return st ? st : vc_buf_append_char(b, ')');
}

/* A negator, then up to VC_GUARD_WINDOW - 1 words that are not clause
 * words, then the gap before the entry, at the end of the subject (the
 * text up to the entry's first word). A word is runs of word characters
 * joined by single apostrophes; a gap holds no clause character and is
 * not a lone apostrophe between word characters. */
vc_status vc_guard_pattern(vc_buf *b)
{
    const char *gap = "(?!'" WC ")[^\\p{L}\\p{N}\\p{M}_\\n,;:.!?]+";
    const char *word_end = "(?!" WC ")(?!'" WC ")";
    vc_status st = vc_buf_append_str(b, "(?<!" WC ")(?<!" WC "')(?:");
    if (!st)
        st = append_alternatives(b, NEGATORS, sizeof NEGATORS / sizeof *NEGATORS);
    if (!st)
        st = vc_buf_append_str(b, "|(?:" WC "+')*" WC "*n't)");
    if (!st)
        st = vc_buf_printf(b, "%s(?:%s(?!", word_end, gap);
    if (!st)
        st = append_alternatives(b, CLAUSE_WORDS, sizeof CLAUSE_WORDS / sizeof *CLAUSE_WORDS);
    if (!st)
        st = vc_buf_printf(b, "%s)" WC "+(?:'" WC "+)*){0,%d}%s\\z", word_end, VC_GUARD_WINDOW - 1, gap);
    return st;
}

int vc_lexicon_guard_negator(const char *s, size_t start, size_t *neg_start, size_t *neg_len)
{
    vc_buf b = VC_BUF_INIT;
    int ec, found = 0;
    PCRE2_SIZE eo;
    pcre2_code *re = NULL;
    if (!vc_guard_pattern(&b))
        re = pcre2_compile((PCRE2_SPTR)b.data, b.len, PCRE2_UTF | PCRE2_UCP, &ec, &eo, NULL);
    vc_buf_free(&b);
    pcre2_match_data *md = re ? pcre2_match_data_create_from_pattern(re, NULL) : NULL;
    if (md && pcre2_match(re, (PCRE2_SPTR)s, start, 0, 0, md, NULL) >= 0) {
        size_t from = pcre2_get_ovector_pointer(md)[0], to = from;
        /* the negator: its word, contractions joined ("didn't") */
        while (to < start && (((unsigned char)s[to] & 0x80) || s[to] == '_' || s[to] == '\'' ||
                              (s[to] >= '0' && s[to] <= '9') || (s[to] >= 'a' && s[to] <= 'z') ||
                              (s[to] >= 'A' && s[to] <= 'Z')))
            to++;
        *neg_start = from;
        *neg_len = to - from;
        found = 1;
    }
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    return found;
}
