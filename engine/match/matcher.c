/*
 * matcher.c - which themes a normalized text mentions.
 *
 * Fast path: one pass splits the text into words, remembering the gap
 * before each, the sentence it is in ('\n' separates sentences) and the
 * hash of the word. For each word, the exact table gives the entries filed
 * under it (their first word, or for a phrase that starts with a very
 * common word, its first rarer exact word: lex_entry.anchor, tried that many
 * words back), the prefix table is probed once per distinct literal-prefix
 * length of the lexicon, and globs that start with a wildcard are tried; an
 * exact-table entry is tried only when one more of its exact words has the
 * right hash at its place (lex_entry.chk_hash), and then checks its
 * remaining words and gaps against the tokens. The cost depends on the text
 * and the number of distinct prefix lengths, hardly on the number of
 * entries. Only /regex/ entries run PCRE2; without VC_MATCH_HITS an entry
 * whose theme is already decided is skipped.
 *
 * NEAR/BEFORE: their operands are hidden entries found by the same lookup;
 * operands written the same way are one (lex_entry.served), so a word
 * paired with many others is recorded once. Each occurrence (token range,
 * sentence) is recorded in its operand's list; an entry becomes a candidate
 * when the rarer of its operands first occurs (lex_entry.cands), and after
 * the scan every candidate with an occurrence of both operands pairs them
 * up, walking the two lists once (linear in the occurrences, however long
 * the sentence).
 *
 * Guarded ('~') entries: when one matches at token k, held_off() walks the
 * tokens back from k over at most VC_GUARD_WINDOW words and the gaps
 * between them, with guard.c's table of negators and clause boundaries; a
 * guarded NEAR/BEFORE entry tries every pair start (guarded_pairs). Nothing
 * of this runs for an unguarded entry. The reference checks each match of
 * a guarded entry with guard.c's pattern on the text before the match.
 *
 * Then the verdict: a theme found by an entry is dropped when an exclusion
 * of it or of an ancestor matched, and what is left brings its ancestors.
 *
 * Reference: the same semantics written as one PCRE2 pattern per entry
 * (word boundaries as look-arounds on [\p{L}\p{N}\p{M}_], space/hyphen gaps
 * as a character class, '?'/'*' as word-character classes, NEAR as the two
 * orders with a bounded run of words between and no '\n'), run one by one.
 * Tests and `explain` use it to show that the fast path and PCRE2 agree.
 *
 * Threading: the vc_lexicon is shared and read-only; each matcher owns its
 * token arrays, hit list, theme stamps, PCRE2 match data, match context
 * and JIT stack (pcre2api, "multithreading"), and its reference patterns,
 * compiled lazily on first use.
 */
#include <stdlib.h>
#include <string.h>

#include "lexicon_internal.h"
#include "vocal/buf.h"
#include "vocal/matcher.h"
#include "vocal/text.h"

static size_t cp_len(unsigned char c)
{
    return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

/* Iterative glob with one backtrack point per '*' (the classic linear
 * scheme): on a mismatch, let the last '*' swallow one more code point. */
int vc_lex_glob_match(const char *p, size_t pn, const char *s, size_t sn)
{
    size_t pi = 0, si = 0, star_p = SIZE_MAX, star_s = 0;
    while (si < sn) {
        if (pi < pn && p[pi] == '*') {
            star_p = ++pi;
            star_s = si;
        } else if (pi < pn && p[pi] == '?') {
            pi++;
            si += cp_len((unsigned char)s[si]);
        } else if (pi < pn && p[pi] == s[si]) {
            pi++;
            si++;
        } else if (star_p != SIZE_MAX) {
            pi = star_p;
            star_s += cp_len((unsigned char)s[star_s]);
            si = star_s;
        } else {
            return 0;
        }
    }
    while (pi < pn && p[pi] == '*')
        pi++;
    return pi == pn && si == sn;
}

/* literal-prefix lengths hashed in the word's one pass; more are hashed apart */
#define PREFIX_HASHES 32

typedef struct token {
    uint32_t start, end;
    uint32_t gap_start; /* gap before: [gap_start, start) */
    uint32_t sent;      /* sentence index */
    uint8_t gap_space;  /* the gap is a non-empty run of space/hyphen chars */
    uint64_t hash;      /* vc_key_hash of the word (the exact index's key) */
} token;

#define NO_OCC UINT32_MAX

typedef struct occurrence {
    uint32_t op;     /* operand entry id */
    uint32_t k0, k1; /* first and last token */
    uint32_t next;   /* the operand's next occurrence, or NO_OCC */
} occurrence;

struct vc_matcher {
    const vc_lexicon *lex;
    token *tok;
    size_t ntok, cap_tok;
    vc_hit *hits;
    size_t nhits, cap_hits;
    uint32_t *found;  /* themes found by their own entries, this text */
    size_t nfound;
    uint32_t *out;    /* the verdict */
    uint32_t *stamp;  /* per theme: generation when found */
    uint32_t *excl;   /* per theme: generation when an exclusion matched */
    uint32_t *fin;    /* per theme: generation when in the verdict */
    uint32_t gen;
    occurrence *occ;
    size_t nocc, cap_occ;
    uint32_t *prox_gen; /* per entry: generation when queued as a candidate */
    uint32_t *op_gen;   /* per entry: generation of op_first/op_last */
    uint32_t *op_first; /* per operand: its occurrences, a list in text order */
    uint32_t *op_last;
    uint32_t *cand;     /* NEAR/BEFORE entries with an operand occurrence */
    size_t ncand;
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jstack;
    pcre2_code **ref;    /* reference patterns, lazily compiled */
    pcre2_code *guard_re; /* reference: a negator in reach at the end (guard.c), lazily */
    uint32_t *entry_gen; /* hits mode: per entry, generation of entry_end */
    size_t *entry_end;   /* ... and where its last hit ended (no overlaps) */
    uint8_t *scope_on;   /* per "@lang" set: does it take this text's language */
};

vc_matcher *vc_matcher_new(const vc_lexicon *lex)
{
    vc_matcher *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    size_t nt = lex->nthemes ? lex->nthemes : 1;
    m->lex = lex;
    m->found = vc_xcalloc(nt, sizeof *m->found);
    m->out = vc_xcalloc(nt, sizeof *m->out);
    m->stamp = vc_xcalloc(nt, sizeof *m->stamp);
    m->excl = vc_xcalloc(nt, sizeof *m->excl);
    m->fin = vc_xcalloc(nt, sizeof *m->fin);
    if (lex->nprox) {
        m->prox_gen = vc_xcalloc(lex->nall, sizeof *m->prox_gen);
        m->op_gen = vc_xcalloc(lex->nall, sizeof *m->op_gen);
        m->op_first = vc_xcalloc(lex->nall, sizeof *m->op_first);
        m->op_last = vc_xcalloc(lex->nall, sizeof *m->op_last);
        m->cand = vc_xcalloc(lex->nprox, sizeof *m->cand);
    }
    m->md = pcre2_match_data_create(32, NULL);
    m->mctx = pcre2_match_context_copy(lex->mctx);
    m->jstack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
    if (!m->found || !m->out || !m->stamp || !m->excl || !m->fin || !m->md || !m->mctx ||
        (lex->nprox && (!m->prox_gen || !m->op_gen || !m->op_first || !m->op_last || !m->cand))) {
        vc_matcher_free(m);
        return NULL;
    }
    if (m->jstack)
        pcre2_jit_stack_assign(m->mctx, NULL, m->jstack);
    if (lex->nscopes > 1) {
        m->scope_on = malloc(lex->nscopes);
        if (!m->scope_on) {
            vc_matcher_free(m);
            return NULL;
        }
        memset(m->scope_on, 1, lex->nscopes);
    }
    return m;
}

void vc_matcher_set_language(vc_matcher *m, const char *lang)
{
    for (size_t i = 1; m->scope_on && i < m->lex->nscopes; i++)
        m->scope_on[i] = (uint8_t)vc_lexicon_scope_has(m->lex, (uint32_t)i, lang);
}

void vc_matcher_free(vc_matcher *m)
{
    if (!m)
        return;
    free(m->tok);
    free(m->hits);
    free(m->found);
    free(m->out);
    free(m->stamp);
    free(m->excl);
    free(m->fin);
    free(m->occ);
    free(m->prox_gen);
    free(m->op_gen);
    free(m->op_first);
    free(m->op_last);
    free(m->cand);
    pcre2_match_data_free(m->md);
    pcre2_match_context_free(m->mctx);
    pcre2_jit_stack_free(m->jstack);
    free(m->entry_gen);
    free(m->entry_end);
    free(m->scope_on);
    if (m->ref) {
        for (size_t i = 0; i < m->lex->nall; i++)
            pcre2_code_free(m->ref[i]);
        free(m->ref);
    }
    pcre2_code_free(m->guard_re);
    free(m);
}

static int add_hit(vc_matcher *m, uint32_t entry, size_t start, size_t end)
{
    vc_hit *h = vc_grow(m->hits, &m->cap_hits, m->nhits, sizeof *h, 32);
    if (!h)
        return -1;
    m->hits = h;
    const lex_entry *e = &m->lex->entries[entry];
    m->hits[m->nhits++] = (vc_hit){entry, e->theme, start, end, e->role == ROLE_EXCLUDE};
    return 0;
}

/* Is the entry's outcome already decided for this text (no hits wanted)? */
static int decided(const vc_matcher *m, const lex_entry *e)
{
    if (e->role == ROLE_OPERAND) {
        if (e->served > 1)
            return 0; /* shared: decided only when all its entries are */
        e = &m->lex->entries[e->parent];
    }
    for (uint32_t t = 0; t < e->ntwins; t++) /* decided when its twins are too */
        if (m->stamp[m->lex->entries[e->twins[t]].theme] != m->gen)
            return 0;
    return e->role == ROLE_EXCLUDE ? m->excl[e->theme] == m->gen : m->stamp[e->theme] == m->gen;
}

static int mark_one(vc_matcher *m, uint32_t id, size_t start, size_t end, int hits)
{
    const lex_entry *e = &m->lex->entries[id];
    if (e->scope && !m->scope_on[e->scope])
        return 0; /* "@lang": not for this text's language */
    if (e->role == ROLE_EXCLUDE) {
        m->excl[e->theme] = m->gen;
    } else if (m->stamp[e->theme] != m->gen) {
        m->stamp[e->theme] = m->gen;
        m->found[m->nfound++] = e->theme;
    }
    return hits ? add_hit(m, id, start, end) : 0;
}

/* Entry `id` (include or exclude) matched [start, end), and so did its
 * twins (the same text under other themes, lex_entry.twins). */
static int mark(vc_matcher *m, uint32_t id, size_t start, size_t end, int hits)
{
    if (mark_one(m, id, start, end, hits))
        return -1;
    const lex_entry *e = &m->lex->entries[id];
    for (uint32_t t = 0; t < e->ntwins; t++)
        if (mark_one(m, e->twins[t], start, end, hits))
            return -1;
    return 0;
}

static vc_status tokenize(vc_matcher *m, const char *s, size_t len)
{
    m->ntok = 0;
    size_t pos = 0, a, b, prev = 0;
    uint32_t sent = 0;
    while (vc_next_word(s, len, &pos, &a, &b)) {
        if (m->ntok == m->cap_tok) {
            token *grown = vc_grow(m->tok, &m->cap_tok, m->ntok, sizeof *grown, 64);
            if (!grown)
                return VC_ERR_NOMEM;
            m->tok = grown;
        }
        token *t = &m->tok[m->ntok++];
        t->start = (uint32_t)a;
        t->end = (uint32_t)b;
        t->gap_start = (uint32_t)prev;
        int space = a > prev;
        if (m->lex->nprox) /* only NEAR/BEFORE look at sentences */
            for (size_t i = prev; i < a; i++)
                sent += s[i] == '\n';
        if (a != prev + 1 || s[prev] != ' ') /* else the usual gap: one space */
            for (size_t i = prev; i < a && space;) {
                size_t k = vc_gap_char(s + i, a - i);
                if (!k)
                    space = 0;
                i += k ? k : 1;
            }
        t->sent = sent;
        t->gap_space = (uint8_t)space;
        t->hash = b + 8 <= len ? vc_key_hash_padded((const unsigned char *)s + a, b - a) : vc_key_hash(s + a, b - a);
        prev = b;
    }
    return VC_OK;
}

static int word_eq(const lex_word *w, const char *s, const token *t)
{
    return vc_lex_word_eq(w, s + t->start, t->end - t->start);
}

/* Is token t the second run of a contraction ("didn" "'" "t")? The guard
 * reads such runs as one word. */
static int joined(const char *s, const token *t)
{
    return t->start == t->gap_start + 1 && s[t->gap_start] == '\'';
}

/* A guarded entry whose first word is token k: is it held off, that is,
 * does a negator stand among the VC_GUARD_WINDOW words before it, with no
 * clause boundary between (guard.c)? Returns the negator's first token, or
 * -1. Runs only on a guarded entry's match. */
static long held_off(const vc_matcher *m, const char *s, size_t k)
{
    const token *tok = m->tok;
    size_t j = k;
    for (int w = 0; w < VC_GUARD_WINDOW && j > 0; w++) {
        if (vc_guard_clause_gap(s + tok[j].gap_start, tok[j].start - tok[j].gap_start))
            return -1;
        size_t first = j - 1;
        while (first > 0 && joined(s, &tok[first]))
            first--;
        const char *word = s + tok[first].start;
        size_t len = tok[j - 1].end - tok[first].start;
        if (vc_guard_negator(word, len))
            return (long)first;
        if (vc_guard_clause_word(word, len))
            return -1;
        j = first;
    }
    return -1;
}

/* Does entry e match starting at token k? Returns the end byte or 0. */
static size_t entry_at(const lex_entry *e, const char *s, const token *tok, size_t ntok, size_t k)
{
    if (k + e->nwords > ntok)
        return 0;
    for (uint32_t w = 1; w < e->nwords; w++) {
        const lex_word *lw = &e->words[w];
        const token *t = &tok[k + w];
        if (lw->gap_kind == GAP_SPACE) {
            if (!t->gap_space)
                return 0;
        } else {
            if (t->start - t->gap_start != lw->gap_len ||
                memcmp(s + t->gap_start, lw->gap, lw->gap_len) != 0)
                return 0;
        }
        if (!word_eq(lw, s, t))
            return 0;
    }
    return tok[k + e->nwords - 1].end;
}

/* The slot of key (hashed h = vc_word_hash(key, len)), or NULL. */
static inline const lex_slot *lookup(const lex_index *ix, const char *key, uint32_t len, uint64_t h)
{
    uint32_t bit = lex_bloom_bit(h);
    if (!(ix->bloom[bit / 64] & (1ULL << (bit % 64))))
        return NULL; /* also when the index is empty */
    size_t i = (size_t)h & (ix->nslots - 1);
    for (;;) {
        const lex_slot *sl = &ix->slots[i];
        if (!sl->count)
            return NULL;
        if (sl->hash == h && sl->keylen == len && vc_bytes_eq(sl->key, key, len))
            return sl;
        i = (i + 1) & (ix->nslots - 1);
    }
}

static int add_occurrence(vc_matcher *m, uint32_t op, uint32_t k0, uint32_t k1)
{
    occurrence *o = vc_grow(m->occ, &m->cap_occ, m->nocc, sizeof *o, 16);
    if (!o)
        return -1;
    m->occ = o;
    uint32_t i = (uint32_t)m->nocc++;
    m->occ[i] = (occurrence){op, k0, k1, NO_OCC};
    if (m->op_gen[op] == m->gen) {
        m->occ[m->op_last[op]].next = i;
        m->op_last[op] = i;
        return 0;
    }
    m->op_gen[op] = m->gen;
    m->op_first[op] = i;
    m->op_last[op] = i;
    /* its first occurrence here: the entries filed under it become
     * candidates (an entry filed under its other operand waits for that) */
    const lex_entry *e = &m->lex->entries[op];
    for (uint32_t k = 0; k < e->ncands; k++) {
        uint32_t parent = e->cands[k];
        if (m->prox_gen[parent] != m->gen) {
            m->prox_gen[parent] = m->gen;
            m->cand[m->ncand++] = parent;
        }
    }
    return 0;
}

/* Try entry `id` at token k. `first_known`: the index lookup that found the
 * entry already proved its first word matches (an exact word, or the
 * literal prefix of a word with a trailing '*' only). Returns -1 out of
 * memory. */
static int try_entry(vc_matcher *m, uint32_t id, const char *s, size_t k, int hits, int first_known)
{
    const lex_entry *e = &m->lex->entries[id];
    if (!hits && decided(m, e))
        return 0;
    if (!first_known && !word_eq(&e->words[0], s, &m->tok[k]))
        return 0;
    if (hits && e->role != ROLE_OPERAND && m->entry_gen[id] == m->gen && m->tok[k].start < m->entry_end[id])
        return 0; /* overlaps this entry's previous hit, as a regex scan would skip it */
    size_t end = entry_at(e, s, m->tok, m->ntok, k);
    if (!end)
        return 0;
    if (e->role == ROLE_OPERAND) {
        uint32_t k1 = (uint32_t)k + e->nwords - 1;
        if (m->tok[k].sent != m->tok[k1].sent)
            return 0; /* an operand lies inside one sentence */
        return add_occurrence(m, id, (uint32_t)k, k1);
    }
    if (e->guard && held_off(m, s, k) >= 0)
        return 0;
    if (hits) {
        m->entry_gen[id] = m->gen;
        m->entry_end[id] = end;
    }
    return mark(m, id, m->tok[k].start, end, hits);
}

/* `exact`: the slot is from the exact index, whose key is the whole first
 * word; in the prefix index only globs still need their first word checked. */
static int try_slot(vc_matcher *m, const lex_index *ix, const lex_slot *sl, const char *s, size_t k, int hits,
                    int exact)
{
    for (uint32_t c = 0; c < sl->count; c++) {
        uint32_t id = ix->chain[sl->first + c];
        const lex_entry *e = &m->lex->entries[id];
        if (e->has_chk) { /* one more word, by hash, before trying it */
            int64_t kk = (int64_t)k + e->chk_off;
            if (kk < 0 || (size_t)kk >= m->ntok || m->tok[kk].hash != e->chk_hash)
                continue;
        }
        uint32_t back = e->anchor; /* filed under a later word */
        if (back) {
            if (k >= back && try_entry(m, id, s, k - back, hits, 0))
                return -1;
            continue;
        }
        int known = exact || !m->lex->entries[id].words[0].glob;
        if (try_entry(m, id, s, k, hits, known))
            return -1;
    }
    return 0;
}

/* Pair the operand occurrences of the candidate NEAR/BEFORE entries: each
 * occurrence `a` of the first operand pairs with the first occurrence `b`
 * of the second, in text order, that lies in the same sentence, does not
 * overlap it, and has at most `distance` words between them (for BEFORE,
 * b after a). An operand's occurrences come in text order, so both ends
 * (k0, k1) and the sentence only grow along its list, and two cursors that
 * only move forward find that b for every a: the first b ending at most
 * distance + 1 words before a (NEAR only) and the first b starting after
 * a. Linear in the occurrences; the first b in text order is the one a
 * search of all pairs would pick, so the hits are the same. */
/* A guarded NEAR/BEFORE entry: a pair counts only when no negator holds
 * off its first word, so every start is tried, not only the first pair of
 * each occurrence: x an occurrence of the first operand (of either, for
 * NEAR) and the first occurrence of the other after it, when that one is
 * in reach and in x's sentence. Quadratic in the occurrences of one entry
 * in one text, and only for guarded entries. */
static int guarded_pairs(vc_matcher *m, uint32_t id, const char *s, int hits)
{
    const lex_entry *e = &m->lex->entries[id];
    const occurrence *occ = m->occ;
    const token *tok = m->tok;
    int sides = e->kind == VC_ENTRY_NEAR && e->op[0] != e->op[1] ? 2 : 1;
    for (int side = 0; side < sides; side++) {
        uint32_t other = e->op[1 - side];
        for (uint32_t i = m->op_first[e->op[side]]; i != NO_OCC; i = occ[i].next) {
            const occurrence *x = &occ[i];
            uint32_t j = m->op_first[other];
            while (j != NO_OCC && occ[j].k0 <= x->k1)
                j = occ[j].next;
            if (j == NO_OCC || occ[j].k0 - x->k1 - 1 > e->distance || tok[occ[j].k0].sent != tok[x->k0].sent)
                continue;
            if (held_off(m, s, x->k0) >= 0)
                continue;
            if (mark(m, id, tok[x->k0].start, tok[occ[j].k1].end, hits))
                return -1;
            if (!hits)
                return 0;
        }
    }
    return 0;
}

static int proximity(vc_matcher *m, const char *s, int hits)
{
    const lex_entry *all = m->lex->entries;
    const occurrence *occ = m->occ;
    const token *tok = m->tok;
    for (size_t c = 0; c < m->ncand; c++) {
        uint32_t id = m->cand[c];
        const lex_entry *e = &all[id];
        if (!hits && decided(m, e))
            continue;
        uint32_t op0 = e->op[0], op1 = e->op[1];
        if (m->op_gen[op0] != m->gen || m->op_gen[op1] != m->gen)
            continue; /* one operand does not occur */
        if (e->guard) {
            if (guarded_pairs(m, id, s, hits))
                return -1;
            continue;
        }
        int both_orders = e->kind == VC_ENTRY_NEAR;
        uint64_t d = e->distance;
        uint32_t before = m->op_first[op1], after = before;
        for (uint32_t i = m->op_first[op0]; i != NO_OCC; i = occ[i].next) {
            const occurrence *a = &occ[i];
            uint32_t sent = tok[a->k0].sent;
            const occurrence *first = NULL, *second = NULL;
            if (both_orders) {
                while (before != NO_OCC &&
                       (occ[before].k1 + 1 + d < a->k0 || tok[occ[before].k0].sent < sent))
                    before = occ[before].next;
                if (before != NO_OCC && occ[before].k1 < a->k0) /* then in a's sentence */
                    first = &occ[before], second = a;
            }
            if (!first) {
                while (after != NO_OCC && occ[after].k0 <= a->k1)
                    after = occ[after].next;
                if (after != NO_OCC && occ[after].k0 - a->k1 - 1 <= d && tok[occ[after].k0].sent == sent)
                    first = a, second = &occ[after];
            }
            if (!first)
                continue;
            if (mark(m, id, tok[first->k0].start, tok[second->k1].end, hits))
                return -1;
            if (!hits)
                break;
        }
    }
    return 0;
}

/* ---- entries in scripts written without spaces ------------------------------ */

/* Does substring entry e match at byte p? Returns its end, or 0. The gaps
 * between its words are matched as the token path does: a space gap is a
 * run of gap characters, a literal gap its exact bytes. At an end written
 * in a script without spaces (lex_entry.sub_open_start, sub_open_end) it
 * needs no word boundary; at an end in another script ("wifiが遅い") the
 * character beside it must not be a word character of another script than
 * those ("家のwifiが遅い" matches, "superwifiが遅い" does not). */
static size_t sub_at(const lex_entry *e, const char *s, size_t len, size_t p)
{
    for (uint32_t w = 0; w < e->nwords; w++) {
        const lex_word *lw = &e->words[w];
        if (w > 0) {
            if (lw->gap_kind == GAP_SPACE) {
                size_t g = p, k;
                while (g < len && (k = vc_gap_char(s + g, len - g)) != 0)
                    g += k;
                if (g == p)
                    return 0;
                p = g;
            } else {
                if (len - p < lw->gap_len || memcmp(s + p, lw->gap, lw->gap_len) != 0)
                    return 0;
                p += lw->gap_len;
            }
        }
        if (len - p < lw->len || memcmp(s + p, lw->s, lw->len) != 0)
            return 0;
        p += lw->len;
    }
    if (!e->sub_open_end && p < len) {
        int32_t cp;
        vc_utf8_decode(s + p, len - p, &cp);
        if (vc_is_word_cp(cp) && !vc_lex_spaceless_cp(cp))
            return 0;
    }
    return p;
}

/* Is there a code point of a script written without spaces in s? (All of
 * them take three or four bytes, so ASCII and two-byte text is passed over
 * a byte at a time.) */
static int has_spaceless(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)s[i] < 0xE0)
            continue;
        int32_t cp;
        int used = vc_utf8_decode(s + i, len - i, &cp);
        if (vc_lex_spaceless_cp(cp))
            return 1;
        i += (size_t)used - 1;
    }
    return 0;
}

/* The substring entries (lexicon's sub_ids, sorted by first code point):
 * each is tried where its first code point stands, at the start of a
 * word, or anywhere when that code point is in a script without spaces.
 * Only texts that hold such a script are read. */
static int sub_scan(vc_matcher *m, const char *s, size_t len, int hits)
{
    const vc_lexicon *lex = m->lex;
    if (!has_spaceless(s, len))
        return 0;
    int prev_word = 0, prev_spaceless = 0;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        int used = vc_utf8_decode(s + i, len - i, &cp);
        int word = vc_is_word_cp(cp), spaceless = vc_lex_spaceless_cp(cp);
        if (word && (!prev_word || spaceless || prev_spaceless)) {
            size_t lo = 0, hi = lex->nsub; /* the first entry keyed cp */
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (lex->sub_cps[mid] < cp)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (size_t k = lo; k < lex->nsub && lex->sub_cps[k] == cp; k++) {
                uint32_t id = lex->sub_ids[k];
                const lex_entry *e = &lex->entries[id];
                if (!e->sub_open_start && prev_word && !prev_spaceless)
                    continue;
                if (!hits && decided(m, e))
                    continue;
                if (hits && m->entry_gen[id] == m->gen && i < m->entry_end[id])
                    continue; /* overlaps its previous hit */
                size_t end = sub_at(e, s, len, i);
                if (!end)
                    continue;
                if (hits) {
                    m->entry_gen[id] = m->gen;
                    m->entry_end[id] = end;
                }
                if (mark(m, id, i, end, hits))
                    return -1;
            }
        }
        prev_word = word;
        prev_spaceless = spaceless;
        i += (size_t)used;
    }
    return 0;
}

/* What a failed PCRE2 match means: -1 a limit (match, depth, heap, JIT
 * stack), counted by the caller as a limit hit; -2 out of memory; -3 any
 * other error, which is a fault of the pattern and never a limit hit. */
static int match_error(int rc)
{
    switch (rc) {
    case PCRE2_ERROR_MATCHLIMIT:
    case PCRE2_ERROR_DEPTHLIMIT:
    case PCRE2_ERROR_HEAPLIMIT:
    case PCRE2_ERROR_JIT_STACKLIMIT:
        return -1;
    case PCRE2_ERROR_NOMEMORY:
        return -2;
    default:
        return -3;
    }
}

/* Run one compiled pattern over the text; every match becomes a hit when
 * `hits`, else the first one is enough. Returns 1 matched, 0 not, or a
 * match_error() code (matches before a limit stay marked). A pattern the
 * JIT declines (pcre2_jit_match() says bad option) runs on the
 * interpreter. */
/* Reference side of the guard: does the text before byte `start` end with
 * a negator in reach (guard.c's pattern)? 1 yes, 0 no, or a match_error()
 * code. */
static int guard_holds_off(vc_matcher *m, const char *s, size_t start, uint32_t mopts)
{
    if (!m->guard_re) {
        vc_buf b = VC_BUF_INIT;
        int ec;
        PCRE2_SIZE eo;
        if (!vc_guard_pattern(&b))
            m->guard_re = pcre2_compile((PCRE2_SPTR)b.data, b.len, PCRE2_UTF | PCRE2_UCP, &ec, &eo, NULL);
        vc_buf_free(&b);
        if (!m->guard_re)
            return -2;
    }
    int rc = pcre2_match(m->guard_re, (PCRE2_SPTR)s, start, 0, mopts, m->md, m->mctx);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    return rc < 0 ? match_error(rc) : 1;
}

static int run_pattern(vc_matcher *m, pcre2_code *re, int jit, uint32_t entry, const char *s, size_t len, int hits,
                       uint32_t mopts)
{
    int guard = m->lex->entries[entry].guard;
    PCRE2_SIZE off = 0;
    int any = 0;
    for (;;) {
        int rc = jit ? pcre2_jit_match(re, (PCRE2_SPTR)s, len, off, mopts, m->md, m->mctx)
                     : pcre2_match(re, (PCRE2_SPTR)s, len, off, mopts, m->md, m->mctx);
        if (rc == PCRE2_ERROR_JIT_BADOPTION && jit) {
            jit = 0;
            continue;
        }
        if (rc == PCRE2_ERROR_NOMATCH)
            return any;
        if (rc < 0 && rc != PCRE2_ERROR_PARTIAL)
            return match_error(rc);
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
        PCRE2_SIZE start = ov[0], end = ov[1];
        int held = guard ? guard_holds_off(m, s, start, mopts) : 0;
        if (held < 0)
            return held;
        if (held) { /* try again from the next character */
            off = start + 1;
            while (off < len && ((unsigned char)s[off] & 0xC0) == 0x80)
                off++;
            if (off > len)
                return any;
            continue;
        }
        any = 1;
        /* one entry at a time (the reference runs every twin itself;
         * a regex entry has none) */
        if (mark_one(m, entry, start, end, hits))
            return -2;
        if (!hits)
            return 1;
        off = end > start ? end : end + 1;
        while (off < len && ((unsigned char)s[off] & 0xC0) == 0x80)
            off++;
        if (off > len)
            return any;
    }
}

static int cmp_hit(const void *x, const void *y)
{
    const vc_hit *a = x, *b = y;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->entry != b->entry)
        return a->entry < b->entry ? -1 : 1;
    return a->end < b->end ? -1 : a->end > b->end;
}

/* Hits arrive nearly sorted (the word scan goes left to right; only
 * regex, NEAR and overlapping entries come out of order) and themes are
 * few: insertion sort, falling back to qsort for long unsorted runs. */
static void sort_hits(vc_hit *h, size_t n)
{
    size_t moves = 0;
    for (size_t i = 1; i < n; i++) {
        vc_hit x = h[i];
        size_t j = i;
        while (j > 0 && cmp_hit(&h[j - 1], &x) > 0) {
            h[j] = h[j - 1];
            j--;
            if (++moves > 4 * n) { /* far from sorted: let qsort finish */
                h[j] = x;
                qsort(h, n, sizeof *h, cmp_hit);
                return;
            }
        }
        h[j] = x;
    }
}

static int cmp_u32(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return a < b ? -1 : a > b;
}

static void sort_u32(uint32_t *v, size_t n)
{
    if (n > 32) {
        qsort(v, n, sizeof *v, cmp_u32);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        uint32_t x = v[i];
        size_t j = i;
        while (j > 0 && v[j - 1] > x) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
}

/* ---- reference patterns ------------------------------------------------------- */

#define WORDCLASS "[\\p{L}\\p{N}\\p{M}_]"
#define GAPCLASS "[ \\t\\n\\-\\x{2010}-\\x{2015}\\x{2212}]+"
#define GAPCLASS_NONL "[ \\t\\-\\x{2010}-\\x{2015}\\x{2212}]+"
#define NONWORD_NONL "[^\\p{L}\\p{N}\\p{M}_\\n]+"
/* a word character of a script written with spaces (vc_lex_spaceless_cp) */
#define SPACELESS_CLASS                                                                                           \
    "[\\x{0E00}-\\x{0EFF}\\x{1000}-\\x{109F}\\x{1780}-\\x{17FF}\\x{19E0}-\\x{19FF}\\x{2E80}-\\x{2FDF}"               \
    "\\x{3005}-\\x{3007}\\x{3021}-\\x{3029}\\x{3038}-\\x{303B}\\x{3040}-\\x{30FF}\\x{31F0}-\\x{31FF}"               \
    "\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{A9E0}-\\x{A9FF}\\x{AA60}-\\x{AA7F}\\x{F900}-\\x{FAFF}"               \
    "\\x{20000}-\\x{3FFFF}]"
#define SPACED_WORDCLASS "(?!" SPACELESS_CLASS ")" WORDCLASS

static vc_status append_quoted(vc_buf *b, const char *s, size_t n)
{
    vc_status st = VC_OK;
    for (size_t i = 0; i < n && !st; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            st = vc_buf_printf(b, "\\x{%x}", c);
        else
            st = vc_buf_append_char(b, (char)c);
    }
    return st;
}

static vc_status append_word(vc_buf *b, const lex_word *w, int open_end)
{
    if (!w->glob && !w->prefix) {
        vc_status st = append_quoted(b, w->s, w->len);
        return st || open_end ? st : vc_buf_append_str(b, "(?!" WORDCLASS ")");
    }
    vc_status st = VC_OK;
    for (uint32_t i = 0; i < w->len && !st; i++) {
        if (w->s[i] == '*' && i > 0 && w->s[i - 1] == '*')
            continue; /* "**" is "*": one quantifier, no needless backtracking */
        if (w->s[i] == '*')
            st = vc_buf_append_str(b, WORDCLASS "*");
        else if (w->s[i] == '?')
            st = vc_buf_append_str(b, WORDCLASS);
        else
            st = append_quoted(b, w->s + i, 1);
    }
    return st ? st : vc_buf_append_str(b, "(?!" WORDCLASS ")");
}

/* The words of a word-like entry; `in_sentence`: no '\n' in its gaps. */
static vc_status append_words(vc_buf *b, const lex_entry *e, int in_sentence)
{
    /* in a script written without spaces, no word boundary at that end;
     * a substring entry's other end stops only at a word character of
     * another script (sub_at in the fast path) */
    vc_status st = e->sub_open_start ? VC_OK
                   : e->sub          ? vc_buf_append_str(b, "(?<!" SPACED_WORDCLASS ")")
                                     : vc_buf_append_str(b, "(?<!" WORDCLASS ")");
    for (uint32_t w = 0; w < e->nwords && !st; w++) {
        const lex_word *lw = &e->words[w];
        if (w > 0)
            st = lw->gap_kind == GAP_SPACE ? vc_buf_append_str(b, in_sentence ? GAPCLASS_NONL : GAPCLASS)
                                           : append_quoted(b, lw->gap, lw->gap_len);
        if (!st)
            st = append_word(b, lw, e->sub && w + 1 == e->nwords);
        if (!st && e->sub && w + 1 == e->nwords && !e->sub_open_end)
            st = vc_buf_append_str(b, "(?!" SPACED_WORDCLASS ")");
    }
    return st;
}

static vc_status append_pair(vc_buf *b, const lex_entry *first, const lex_entry *second, uint32_t distance)
{
    vc_status st = vc_buf_append_str(b, "(?:");
    if (!st)
        st = append_words(b, first, 1);
    if (!st)
        st = vc_buf_printf(b, "(?:" NONWORD_NONL WORDCLASS "+){0,%u}" NONWORD_NONL, distance);
    if (!st)
        st = append_words(b, second, 1);
    return st ? st : vc_buf_append_char(b, ')');
}

static pcre2_code *reference_pattern(vc_matcher *m, uint32_t id)
{
    const lex_entry *e = &m->lex->entries[id];
    if (e->kind == VC_ENTRY_REGEX)
        return e->re;
    if (!m->ref) {
        m->ref = vc_xcalloc(m->lex->nall, sizeof *m->ref);
        if (!m->ref)
            return NULL;
    }
    if (m->ref[id])
        return m->ref[id];
    vc_buf b = VC_BUF_INIT;
    vc_status st;
    if (e->kind == VC_ENTRY_NEAR || e->kind == VC_ENTRY_BEFORE) {
        const lex_entry *a = &m->lex->entries[e->op[0]], *c = &m->lex->entries[e->op[1]];
        st = append_pair(&b, a, c, e->distance);
        if (!st && e->kind == VC_ENTRY_NEAR)
            st = vc_buf_append_char(&b, '|');
        if (!st && e->kind == VC_ENTRY_NEAR)
            st = append_pair(&b, c, a, e->distance);
    } else {
        st = append_words(&b, e, 0);
    }
    int ec;
    PCRE2_SIZE eo;
    if (!st)
        m->ref[id] = pcre2_compile((PCRE2_SPTR)b.data, b.len, PCRE2_UTF | PCRE2_UCP, &ec, &eo, NULL);
    vc_buf_free(&b);
    return m->ref[id];
}

/* ---- the entry point ----------------------------------------------------------- */

/* Found themes minus vetoed ones, plus ancestors; ascending. */
static size_t verdict(vc_matcher *m)
{
    const vc_lexicon *lex = m->lex;
    size_t n = 0;
    for (size_t i = 0; i < m->nfound; i++) {
        uint32_t t = m->found[i];
        int vetoed = 0;
        if (lex->nexclusions)
            for (uint32_t a = t; a != VC_NO_THEME && !vetoed; a = lex->parent[a])
                vetoed = m->excl[a] == m->gen;
        if (vetoed)
            continue;
        for (uint32_t a = t; a != VC_NO_THEME && m->fin[a] != m->gen; a = lex->parent[a]) {
            m->fin[a] = m->gen;
            m->out[n++] = a;
        }
    }
    if (n > 1)
        sort_u32(m->out, n);
    return n;
}

vc_status vc_matcher_run(vc_matcher *m, const char *text, size_t len, unsigned flags, vc_match_result *out)
{
    const vc_lexicon *lex = m->lex;
    int hits = (flags & VC_MATCH_HITS) != 0;
    uint32_t limit_hits = 0;
    m->nhits = 0;
    m->nfound = 0;
    m->nocc = 0;
    m->ncand = 0;
    if (hits && !m->entry_gen) {
        m->entry_gen = vc_xcalloc(lex->nall ? lex->nall : 1, sizeof *m->entry_gen);
        m->entry_end = vc_xcalloc(lex->nall ? lex->nall : 1, sizeof *m->entry_end);
        if (!m->entry_gen || !m->entry_end)
            return VC_ERR_NOMEM;
    }
    if (++m->gen == 0) {
        size_t nt = lex->nthemes;
        memset(m->stamp, 0, nt * sizeof *m->stamp);
        memset(m->excl, 0, nt * sizeof *m->excl);
        memset(m->fin, 0, nt * sizeof *m->fin);
        if (m->entry_gen)
            memset(m->entry_gen, 0, lex->nall * sizeof *m->entry_gen);
        if (m->prox_gen)
            memset(m->prox_gen, 0, lex->nall * sizeof *m->prox_gen);
        if (m->op_gen)
            memset(m->op_gen, 0, lex->nall * sizeof *m->op_gen);
        m->gen = 1;
    }
    /* PCRE2 checks a subject's UTF-8 on every call unless told not to: the
     * text is checked here once. Text that is not valid UTF-8 (it was not
     * normalized) cannot be given to PCRE2 at all: its patterns do not
     * run, and match nothing. */
    int run_pcre2 = 1;
    if (lex->nregex || (flags & VC_MATCH_REFERENCE))
        run_pcre2 = vc_utf8_invalid_count(text, len) == 0;
    const uint32_t mopts = PCRE2_NO_UTF_CHECK;
    if (flags & VC_MATCH_REFERENCE) {
        for (uint32_t id = 0; id < lex->nentries && run_pcre2; id++) {
            const lex_entry *e = &lex->entries[id];
            pcre2_code *re = reference_pattern(m, id);
            if (!re)
                return VC_ERR_NOMEM;
            int r = run_pattern(m, re, e->kind == VC_ENTRY_REGEX && e->jit, id, text, len, hits, mopts);
            if (r == -2)
                return VC_ERR_NOMEM;
            if (r == -3)
                return VC_ERR_LEXICON;
            if (r == -1)
                limit_hits++;
        }
    } else {
        if (lex->exact.nslots || lex->prefix.nslots || lex->nany) {
            if (tokenize(m, text, len))
                return VC_ERR_NOMEM;
            /* A word is hashed whole for the exact index (8 bytes a round)
             * and, when its first two bytes can start a prefix entry, at
             * every literal-prefix length of the lexicon in one byte pass
             * (kept for the probes after the exact one, which keeps the
             * order entries are tried in). */
            uint64_t ph[PREFIX_HASHES];
            const uint32_t *plen = lex->prefix_lens;
            size_t nplen = lex->nprefix_lens;
            for (size_t k = 0; k < m->ntok; k++) {
                const token *t = &m->tok[k];
                const unsigned char *w = (const unsigned char *)text + t->start;
                uint32_t wl = t->end - t->start;
                unsigned f2 = (unsigned)w[0] << 8 | (wl > 1 ? w[1] : 0);
                int want_prefix = nplen && (wl == 1 || (lex->prefix_first2[f2 >> 3] & (1u << (f2 & 7))));
                size_t np = 0;
                if (want_prefix) {
                    uint64_t h = VC_WORD_HASH_INIT;
                    uint32_t upto = plen[nplen - 1] < wl ? plen[nplen - 1] : wl;
                    for (uint32_t i = 0; i < upto; i++) {
                        h = vc_word_hash_step(h, w[i]);
                        if (np < nplen && np < PREFIX_HASHES && plen[np] == i + 1)
                            ph[np++] = vc_word_hash_final(h);
                    }
                }
                const lex_slot *sl = lookup(&lex->exact, (const char *)w, wl, t->hash);
                if (sl && try_slot(m, &lex->exact, sl, text, k, hits, 1))
                    return VC_ERR_NOMEM;
                for (size_t i = 0; i < lex->nany; i++)
                    if (try_entry(m, lex->any_ids[i], text, k, hits, 0))
                        return VC_ERR_NOMEM;
                if (!want_prefix)
                    continue; /* no prefix entry starts with these two bytes */
                for (size_t p = 0; p < nplen && plen[p] <= wl; p++) {
                    uint64_t hp = p < np ? ph[p] : vc_word_hash(w, plen[p]);
                    sl = lookup(&lex->prefix, (const char *)w, plen[p], hp);
                    if (sl && try_slot(m, &lex->prefix, sl, text, k, hits, 0))
                        return VC_ERR_NOMEM;
                }
            }
            if (m->ncand && proximity(m, text, hits))
                return VC_ERR_NOMEM;
        }
        if (lex->nsub && sub_scan(m, text, len, hits))
            return VC_ERR_NOMEM;
        /* one scan of the joined regexes first: when it finds nothing,
         * none of its members can (a limit or an error means "maybe") */
        int union_none = 0;
        if (lex->regex_union && run_pcre2) {
            int rc = lex->union_jit
                         ? pcre2_jit_match(lex->regex_union, (PCRE2_SPTR)text, len, 0, mopts, m->md, m->mctx)
                         : pcre2_match(lex->regex_union, (PCRE2_SPTR)text, len, 0, mopts, m->md, m->mctx);
            union_none = rc == PCRE2_ERROR_NOMATCH;
        }
        for (size_t r = 0; r < lex->nregex && run_pcre2; r++) {
            uint32_t id = lex->regex_ids[r];
            const lex_entry *e = &lex->entries[id];
            if (union_none && e->in_union)
                continue;
            if (!hits && decided(m, e))
                continue;
            int rc = run_pattern(m, e->re, e->jit, id, text, len, hits, mopts);
            if (rc == -2)
                return VC_ERR_NOMEM;
            if (rc == -3)
                return VC_ERR_LEXICON;
            if (rc == -1)
                limit_hits++;
        }
    }
    size_t n = verdict(m);
    if (hits && m->nhits > 1)
        sort_hits(m->hits, m->nhits);
    out->themes = m->out;
    out->nthemes = n;
    out->hits = hits ? m->hits : NULL;
    out->nhits = hits ? m->nhits : 0;
    out->limit_hits = limit_hits;
    return VC_OK;
}
