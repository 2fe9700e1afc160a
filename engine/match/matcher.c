/*
 * matcher.c - which themes a normalized text mentions.
 *
 * Fast path: one pass splits the text into words, remembering the gap
 * before each. For each word, the exact-first-word table gives the entries
 * that can start there, and the prefix table is probed once per distinct
 * prefix length of the lexicon; each candidate entry then checks its
 * remaining words and gaps against the following tokens. The cost depends on
 * the text and the number of distinct prefix lengths, hardly on the number
 * of entries. Only /regex/ entries run PCRE2; without VC_MATCH_HITS a regex
 * whose theme is already found is skipped.
 *
 * Reference: the same semantics written as one PCRE2 pattern per entry
 * (word boundaries as look-arounds on [\p{L}\p{N}\p{M}_], space/hyphen gaps
 * as a character class), run one by one. Tests and `explain` use it to show
 * that the fast path and PCRE2 agree.
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

typedef struct token {
    uint32_t start, end;
    uint32_t gap_start; /* gap before: [gap_start, start) */
    uint8_t gap_space;  /* the gap is a non-empty run of space/hyphen chars */
} token;

struct vc_matcher {
    const vc_lexicon *lex;
    token *tok;
    size_t ntok, cap_tok;
    vc_hit *hits;
    size_t nhits, cap_hits;
    uint32_t *themes;
    uint32_t *stamp; /* per theme: generation when last found */
    uint32_t gen;
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jstack;
    pcre2_code **ref; /* reference patterns, lazily compiled */
    uint32_t *entry_gen; /* hits mode: per entry, generation of entry_end */
    size_t *entry_end;   /* ... and where its last hit ended (no overlaps) */
};

vc_matcher *vc_matcher_new(const vc_lexicon *lex)
{
    vc_matcher *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->lex = lex;
    m->themes = vc_xcalloc(lex->nthemes, sizeof *m->themes);
    m->stamp = vc_xcalloc(lex->nthemes, sizeof *m->stamp);
    m->md = pcre2_match_data_create(32, NULL);
    m->mctx = pcre2_match_context_copy(lex->mctx);
    m->jstack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
    if (!m->themes || !m->stamp || !m->md || !m->mctx) {
        vc_matcher_free(m);
        return NULL;
    }
    if (m->jstack)
        pcre2_jit_stack_assign(m->mctx, NULL, m->jstack);
    return m;
}

void vc_matcher_free(vc_matcher *m)
{
    if (!m)
        return;
    free(m->tok);
    free(m->hits);
    free(m->themes);
    free(m->stamp);
    pcre2_match_data_free(m->md);
    pcre2_match_context_free(m->mctx);
    pcre2_jit_stack_free(m->jstack);
    free(m->entry_gen);
    free(m->entry_end);
    if (m->ref) {
        for (size_t i = 0; i < m->lex->nentries; i++)
            pcre2_code_free(m->ref[i]);
        free(m->ref);
    }
    free(m);
}

static int add_hit(vc_matcher *m, uint32_t entry, size_t start, size_t end)
{
    if (m->nhits == m->cap_hits) {
        size_t cap = m->cap_hits ? m->cap_hits * 2 : 32;
        vc_hit *h = realloc(m->hits, cap * sizeof *h);
        if (!h)
            return -1;
        m->hits = h;
        m->cap_hits = cap;
    }
    m->hits[m->nhits++] = (vc_hit){entry, m->lex->entries[entry].theme, start, end};
    return 0;
}

static void found(vc_matcher *m, uint32_t theme, size_t *nthemes)
{
    if (m->stamp[theme] != m->gen) {
        m->stamp[theme] = m->gen;
        m->themes[(*nthemes)++] = theme;
    }
}

static vc_status tokenize(vc_matcher *m, const char *s, size_t len)
{
    m->ntok = 0;
    size_t pos = 0, a, b, prev = 0;
    while (vc_next_word(s, len, &pos, &a, &b)) {
        if (m->ntok == m->cap_tok) {
            size_t cap = m->cap_tok ? m->cap_tok * 2 : 64;
            token *t = realloc(m->tok, cap * sizeof *t);
            if (!t)
                return VC_ERR_NOMEM;
            m->tok = t;
            m->cap_tok = cap;
        }
        token *t = &m->tok[m->ntok++];
        t->start = (uint32_t)a;
        t->end = (uint32_t)b;
        t->gap_start = (uint32_t)prev;
        int space = a > prev;
        for (size_t i = prev; i < a && space;) {
            size_t k = vc_lex_gap_char(s + i, a - i);
            if (!k)
                space = 0;
            i += k ? k : 1;
        }
        t->gap_space = (uint8_t)space;
        prev = b;
    }
    return VC_OK;
}

static int word_eq(const lex_word *w, const char *s, const token *t)
{
    uint32_t tl = t->end - t->start;
    if (w->prefix)
        return tl >= w->len && memcmp(s + t->start, w->s, w->len) == 0;
    return tl == w->len && memcmp(s + t->start, w->s, w->len) == 0;
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

static const lex_slot *lookup(const lex_index *ix, const char *key, uint32_t len)
{
    if (!ix->nslots)
        return NULL;
    uint64_t h = vc_hash_bytes(key, len);
    size_t i = (size_t)h & (ix->nslots - 1);
    for (;;) {
        const lex_slot *sl = &ix->slots[i];
        if (!sl->count)
            return NULL;
        if (sl->hash == h && sl->keylen == len && memcmp(sl->key, key, len) == 0)
            return sl;
        i = (i + 1) & (ix->nslots - 1);
    }
}

static int try_slot(vc_matcher *m, const lex_index *ix, const lex_slot *sl, const char *s, size_t k, int hits,
                    size_t *nthemes)
{
    for (uint32_t c = 0; c < sl->count; c++) {
        uint32_t id = ix->chain[sl->first + c];
        const lex_entry *e = &m->lex->entries[id];
        if (!hits && m->stamp[e->theme] == m->gen)
            continue;
        if (!word_eq(&e->words[0], s, &m->tok[k]))
            continue;
        if (hits && m->entry_gen[id] == m->gen && m->tok[k].start < m->entry_end[id])
            continue; /* overlaps this entry's previous hit, as a regex scan would skip it */
        size_t end = entry_at(e, s, m->tok, m->ntok, k);
        if (!end)
            continue;
        found(m, e->theme, nthemes);
        if (hits) {
            m->entry_gen[id] = m->gen;
            m->entry_end[id] = end;
            if (add_hit(m, id, m->tok[k].start, end))
                return -1;
        }
    }
    return 0;
}

/* Run one compiled pattern over the text; every match becomes a hit when
 * `hits`, else the first one is enough. Returns 1 matched, 0 not, -1 on a
 * limit (counted by the caller), -2 out of memory. */
static int run_pattern(vc_matcher *m, pcre2_code *re, int jit, uint32_t entry, const char *s, size_t len,
                       int hits, size_t *nthemes)
{
    PCRE2_SIZE off = 0;
    int any = 0;
    for (;;) {
        int rc = jit ? pcre2_jit_match(re, (PCRE2_SPTR)s, len, off, 0, m->md, m->mctx)
                     : pcre2_match(re, (PCRE2_SPTR)s, len, off, 0, m->md, m->mctx);
        if (rc == PCRE2_ERROR_NOMATCH)
            return any;
        if (rc < 0 && rc != PCRE2_ERROR_PARTIAL)
            return any ? any : -1; /* match/depth/heap/JIT stack limit */
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
        any = 1;
        found(m, m->lex->entries[entry].theme, nthemes);
        if (!hits)
            return 1;
        if (add_hit(m, entry, ov[0], ov[1]))
            return -2;
        off = ov[1] > ov[0] ? ov[1] : ov[1] + 1;
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

static int cmp_u32(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return a < b ? -1 : a > b;
}

/* ---- reference patterns ------------------------------------------------------- */

#define WORDCLASS "[\\p{L}\\p{N}\\p{M}_]"
#define GAPCLASS "[ \\t\\n\\-\\x{2010}-\\x{2015}\\x{2212}]+"

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

static pcre2_code *reference_pattern(vc_matcher *m, uint32_t id)
{
    const lex_entry *e = &m->lex->entries[id];
    if (e->kind == VC_ENTRY_REGEX)
        return e->re;
    if (!m->ref) {
        m->ref = vc_xcalloc(m->lex->nentries, sizeof *m->ref);
        if (!m->ref)
            return NULL;
    }
    if (m->ref[id])
        return m->ref[id];
    vc_buf b = VC_BUF_INIT;
    vc_status st = vc_buf_append_str(&b, "(?<!" WORDCLASS ")");
    for (uint32_t w = 0; w < e->nwords && !st; w++) {
        const lex_word *lw = &e->words[w];
        if (w > 0)
            st = lw->gap_kind == GAP_SPACE ? vc_buf_append_str(&b, GAPCLASS)
                                           : append_quoted(&b, lw->gap, lw->gap_len);
        if (!st)
            st = append_quoted(&b, lw->s, lw->len);
        if (!st)
            st = vc_buf_append_str(&b, lw->prefix ? WORDCLASS "*" : "(?!" WORDCLASS ")");
    }
    if (!st)
        st = vc_buf_append_str(&b, "(?!" WORDCLASS ")");
    int ec;
    PCRE2_SIZE eo;
    if (!st)
        m->ref[id] = pcre2_compile((PCRE2_SPTR)b.data, b.len, PCRE2_UTF | PCRE2_UCP, &ec, &eo, NULL);
    vc_buf_free(&b);
    return m->ref[id];
}

/* ---- the entry point ----------------------------------------------------------- */

vc_status vc_matcher_run(vc_matcher *m, const char *text, size_t len, unsigned flags, vc_match_result *out)
{
    const vc_lexicon *lex = m->lex;
    int hits = (flags & VC_MATCH_HITS) != 0;
    size_t nthemes = 0;
    uint32_t limit_hits = 0;
    m->nhits = 0;
    if (hits && !m->entry_gen) {
        m->entry_gen = vc_xcalloc(lex->nentries, sizeof *m->entry_gen);
        m->entry_end = vc_xcalloc(lex->nentries, sizeof *m->entry_end);
        if (!m->entry_gen || !m->entry_end)
            return VC_ERR_NOMEM;
    }
    if (++m->gen == 0) {
        memset(m->stamp, 0, lex->nthemes * sizeof *m->stamp);
        if (m->entry_gen)
            memset(m->entry_gen, 0, lex->nentries * sizeof *m->entry_gen);
        m->gen = 1;
    }
    if (flags & VC_MATCH_REFERENCE) {
        for (uint32_t id = 0; id < lex->nentries; id++) {
            const lex_entry *e = &lex->entries[id];
            pcre2_code *re = reference_pattern(m, id);
            if (!re)
                return VC_ERR_NOMEM;
            int r = run_pattern(m, re, e->kind == VC_ENTRY_REGEX && e->jit, id, text, len, hits, &nthemes);
            if (r == -2)
                return VC_ERR_NOMEM;
            if (r == -1)
                limit_hits++;
        }
    } else {
        if (lex->exact.nslots || lex->prefix.nslots) {
            if (tokenize(m, text, len))
                return VC_ERR_NOMEM;
            for (size_t k = 0; k < m->ntok; k++) {
                const token *t = &m->tok[k];
                const char *w = text + t->start;
                uint32_t wl = t->end - t->start;
                const lex_slot *sl = lookup(&lex->exact, w, wl);
                if (sl && try_slot(m, &lex->exact, sl, text, k, hits, &nthemes))
                    return VC_ERR_NOMEM;
                unsigned f2 = (unsigned char)w[0] << 8 | (wl > 1 ? (unsigned char)w[1] : 0);
                if (wl > 1 && !(lex->prefix_first2[f2 >> 3] & (1u << (f2 & 7))))
                    continue; /* no prefix entry starts with these two bytes */
                for (size_t p = 0; p < lex->nprefix_lens && lex->prefix_lens[p] <= wl; p++) {
                    sl = lookup(&lex->prefix, w, lex->prefix_lens[p]);
                    if (sl && try_slot(m, &lex->prefix, sl, text, k, hits, &nthemes))
                        return VC_ERR_NOMEM;
                }
            }
        }
        for (size_t r = 0; r < lex->nregex; r++) {
            uint32_t id = lex->regex_ids[r];
            const lex_entry *e = &lex->entries[id];
            if (!hits && m->stamp[e->theme] == m->gen)
                continue;
            int rc = run_pattern(m, e->re, e->jit, id, text, len, hits, &nthemes);
            if (rc == -2)
                return VC_ERR_NOMEM;
            if (rc == -1)
                limit_hits++;
        }
    }
    if (nthemes > 1)
        qsort(m->themes, nthemes, sizeof *m->themes, cmp_u32);
    if (hits && m->nhits > 1)
        qsort(m->hits, m->nhits, sizeof *m->hits, cmp_hit);
    out->themes = m->themes;
    out->nthemes = nthemes;
    out->hits = hits ? m->hits : NULL;
    out->nhits = hits ? m->nhits : 0;
    out->limit_hits = limit_hits;
    return VC_OK;
}
