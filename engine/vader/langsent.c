/*
 * langsent.c - sentiment for languages other than English: a lexicon of
 * valences per word or phrase, scored by VADER's rules.
 *
 * A language lexicon (lexicons/README.md "Sentiment lexicons") lists words
 * and phrases with a valence on VADER's -4..+4 scale, the negators that
 * precede what they negate, the negators that follow it (Japanese ない,
 * ません; German and Dutch "nicht", "niet" after the verb), boosters and
 * dampeners, and the contrast words that weight the clause after them
 * ("pero", "aber", "mais"). Entries and comments go through the same two
 * steps: vocal's normalization (vc_normalize: NFKC, case folding) and then
 * accent folding of Latin letters (é to e, ü to u, ç to c, ñ to n), so an
 * entry written with or without accents matches both spellings, as
 * customers type them. Marks of other scripts (the Japanese voicing marks)
 * are kept.
 *
 * Text is read as units: a word of a script written with spaces (letters
 * and digits; apostrophes and hyphens separate), an emoji or symbol on its
 * own, and, inside a run of Han, Hiragana, Katakana or Thai, the entries
 * found as substrings (the longest at each place, left to right; one
 * neutral unit for every two characters matched by none). At each word
 * the longest phrase wins, then the word, then the longest prefix entry
 * (`enttäusch*`). Punctuation ends a clause: negation and boosters do not
 * reach across it.
 *
 * Scoring is VADER's (vader/sentiment.c) on those units: a valence gets
 * +-0.733 when its word is in capitals and the text is not all capitals;
 * a booster in the three units before adds its value (scaled 1, 0.95, 0.9
 * by distance, signed with the valence); a negator among the three units
 * before, or a following negator (within two units, or for substring text
 * eight characters, when it is not followed by a valence of its own)
 * multiplies it by -0.74; units before the first contrast word count
 * half, after it one and a half; then exclamation and question marks, the
 * sums and compound = x / sqrt(x^2 + 15), so the thresholds +-0.05 mean
 * what they mean for VADER.
 *
 * Ownership: a vc_lang_sentiment is immutable once loaded and shared
 * read-only by threads; a vc_lang_scratch is one thread's buffers, reused
 * so scoring allocates only while they grow. A set of lexicons owns them.
 */
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/buf.h"
#include "vocal/language.h"
#include "vocal/sentiment.h"
#include "vocal/text.h"

#define LANG_MAX 16 /* a language code and its NUL (language.h: 16 is plenty) */

enum { K_VALENCE = 1, K_NEGATOR = 2, K_NEG_AFTER = 4, K_BOOSTER = 8, K_CONTRAST = 16, K_PREFIX = 32, K_SUBSTR = 64,
       K_HOLDS_NEGATOR = 128 /* a phrase that starts with a negator ("sin problemas") */ };

typedef struct entry {
    size_t key, klen; /* in keys */
    double valence, boost;
    unsigned kinds;
    unsigned line;
} entry;

struct vc_lang_sentiment {
    char lang[LANG_MAX];
    char *name;
    vc_buf keys;
    entry *e;
    size_t n, cap;
    uint32_t *slot; /* open addressing, entry index + 1 */
    size_t nslot;
    size_t max_words, max_substr, min_prefix;
    uint64_t fingerprint;
};

/* ---- characters ---- */

static int nospace_cp(int32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0x0E00 && c <= 0x0E7F) ||
           c == 0x3005;
}

/* Letters and digits of scripts written with spaces. */
static int word_cp(int32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c < 0xC0)
        return c == 0xAA || c == 0xB5 || c == 0xBA;
    if (c == 0xD7 || c == 0xF7)
        return 0;
    if (c >= 0x2000 && c <= 0x2BFF)
        return 0; /* punctuation, arrows, symbols */
    if (c >= 0x3000 && c <= 0x303F)
        return 0;
    if (c >= 0xFE00 && c <= 0xFE0F)
        return 0;
    if (c >= 0xFF00 && c <= 0xFF65)
        return (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
    if (c >= 0x1F000)
        return 0;
    return !nospace_cp(c);
}

/* Emoji and pictographs: a unit each. */
static int symbol_cp(int32_t c)
{
    return (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0x2764;
}

static int clause_end_cp(int32_t c)
{
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n' || c == 0x3001 ||
           c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0C || c == 0xFF0E || c == 0x2026 || c == 0xFF1B;
}

/* The base letter of a lowercase accented Latin letter, 0 for others. */
static const char *latin_fold(int32_t c)
{
    static const char *const l1[32] = {"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
                                       "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "y"};
    if (c >= 0xE0 && c <= 0xFF)
        return l1[c - 0xE0];
    if (c >= 0x100 && c <= 0x17F) {
        static const char base[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii" /* 0x100-0x131 */
                                   "jjjjkkklllllllllllnnnnnnnnnoooooooo"                 /* 0x132-0x151 */
                                   "rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";      /* 0x152-0x17f */
        static char one[0x80][2];
        size_t i = (size_t)(c - 0x100);
        if (c == 0x152 || c == 0x153)
            return "oe";
        if (c == 0x132 || c == 0x133)
            return "ij";
        if (i < sizeof base - 1) {
            one[i][0] = base[i];
            one[i][1] = 0;
            return one[i];
        }
    }
    if (c >= 0x300 && c <= 0x36F)
        return ""; /* a combining accent left over */
    return NULL;
}

/* vc_normalize, then Latin accents folded: what entries and comments are
 * compared as. */
static vc_status fold_text(vc_normalizer *nz, vc_buf *tmp, const char *s, size_t n, vc_buf *out)
{
    vc_status st = vc_normalize(nz, s, n, tmp, NULL);
    if (st)
        return st;
    vc_buf_reset(out);
    const char *p = tmp->data ? tmp->data : "";
    size_t len = tmp->len, i = 0;
    while (i < len) {
        int32_t c;
        int k = vc_utf8_decode(p + i, len - i, &c);
        const char *f = c >= 0xC0 ? latin_fold(c) : NULL;
        if (f)
            vc_buf_append_str(out, f);
        else
            vc_buf_append(out, p + i, (size_t)k);
        i += (size_t)k;
    }
    return vc_buf_status(out);
}

/* ---- the table ---- */

static uint64_t key_hash(const char *p, size_t n) { return vc_hash_bytes(p, n); }

static entry *find(const vc_lang_sentiment *ls, const char *p, size_t n)
{
    if (!ls->nslot)
        return NULL;
    size_t mask = ls->nslot - 1, i = (size_t)key_hash(p, n) & mask;
    for (; ls->slot[i]; i = (i + 1) & mask) {
        entry *e = &ls->e[ls->slot[i] - 1];
        if (e->klen == n && memcmp(ls->keys.data + e->key, p, n) == 0)
            return e;
    }
    return NULL;
}

/* Rebuilds the slots when they are more than half full (and at first). */
static vc_status rehash(vc_lang_sentiment *ls)
{
    if (ls->nslot && 2 * ls->n + 2 <= ls->nslot) {
        size_t mask = ls->nslot - 1, k = ls->n - 1;
        size_t i = (size_t)key_hash(ls->keys.data + ls->e[k].key, ls->e[k].klen) & mask;
        while (ls->slot[i])
            i = (i + 1) & mask;
        ls->slot[i] = (uint32_t)(k + 1);
        return VC_OK;
    }
    size_t ns = 64;
    while (ns < 2 * ls->n + 2)
        ns *= 2;
    uint32_t *slot = vc_xcalloc(ns, sizeof *slot);
    if (!slot)
        return VC_ERR_NOMEM;
    free(ls->slot);
    ls->slot = slot;
    ls->nslot = ns;
    for (size_t k = 0; k < ls->n; k++) {
        size_t i = (size_t)key_hash(ls->keys.data + ls->e[k].key, ls->e[k].klen) & (ns - 1);
        while (slot[i])
            i = (i + 1) & (ns - 1);
        slot[i] = (uint32_t)(k + 1);
    }
    return VC_OK;
}

/* The entry for key (added when new). */
static entry *put(vc_lang_sentiment *ls, const char *key, size_t klen, unsigned line, int *added)
{
    entry *e = find(ls, key, klen);
    *added = 0;
    if (e)
        return e;
    entry *v = vc_grow(ls->e, &ls->cap, ls->n, sizeof *v, 64);
    if (!v)
        return NULL;
    ls->e = v;
    e = &ls->e[ls->n++];
    memset(e, 0, sizeof *e);
    e->key = ls->keys.len;
    e->klen = klen;
    e->line = line;
    if (vc_buf_append(&ls->keys, key, klen) || rehash(ls))
        return NULL;
    *added = 1;
    return e;
}

/* ---- loading ---- */

typedef struct loader {
    vc_lang_sentiment *ls;
    const char *file;
    vc_normalizer *nz;
    vc_buf tmp, fold, key;
    vc_error *err;
} loader;

static vc_status fail(loader *L, unsigned line, size_t col, const char *msg, const char *arg)
{
    return vc_error_set(L->err, VC_ERR_LEXICON, "%s:%u:%zu: %s%s", L->file, line, col, msg, arg ? arg : "");
}

/* The key of an entry: its words joined by one space, or for an entry in a
 * script written without spaces its folded text without spaces. */
static vc_status make_key(loader *L, const char *s, size_t n, unsigned *kinds, size_t *nwords)
{
    vc_status st = fold_text(L->nz, &L->tmp, s, n, &L->fold);
    if (st)
        return st;
    vc_buf_reset(&L->key);
    const char *p = L->fold.data ? L->fold.data : "";
    size_t len = L->fold.len, i = 0;
    int substr = 0;
    *nwords = 0;
    while (i < len) {
        int32_t c;
        int k = vc_utf8_decode(p + i, len - i, &c);
        if (nospace_cp(c))
            substr = 1;
        i += (size_t)k;
    }
    i = 0;
    int inword = 0;
    while (i < len) {
        int32_t c;
        int k = vc_utf8_decode(p + i, len - i, &c);
        int keep = substr ? (c != ' ' && c != '\t') : (word_cp(c) || symbol_cp(c));
        if (keep) {
            if (!substr && !inword && L->key.len)
                vc_buf_append_char(&L->key, ' ');
            if (!inword || symbol_cp(c))
                (*nwords)++;
            vc_buf_append(&L->key, p + i, (size_t)k);
        }
        inword = keep && !symbol_cp(c);
        i += (size_t)k;
    }
    if (substr)
        *kinds |= K_SUBSTR, *nwords = 1;
    return vc_buf_status(&L->key);
}

static int parse_number(const char *s, size_t n, double *v)
{
    char tmp[32];
    if (!n || n >= sizeof tmp)
        return -1;
    memcpy(tmp, s, n);
    tmp[n] = 0;
    char *end;
    *v = strtod(tmp, &end);
    return *end || !isfinite(*v) ? -1 : 0;
}

static vc_status add_entry(loader *L, unsigned line, size_t col, const char *w, size_t wn, unsigned kind, double val)
{
    unsigned kinds = kind;
    size_t nwords;
    int prefix = wn > 1 && w[wn - 1] == '*';
    if (prefix) {
        if (kind != K_VALENCE)
            return fail(L, line, col + wn - 1, "a prefix '*' is for valence entries only", NULL);
        wn--;
        kinds |= K_PREFIX;
    }
    for (size_t i = 0; i < wn; i++)
        if (w[i] == '*')
            return fail(L, line, col + i, "'*' only at the end of a word (a prefix)", NULL);
    vc_status st = make_key(L, w, wn, &kinds, &nwords);
    if (st)
        return st;
    if (!L->key.len)
        return fail(L, line, col, "no word in entry", NULL);
    if (prefix && (nwords != 1 || (kinds & K_SUBSTR)))
        return fail(L, line, col, "a prefix '*' ends a single word of a script written with spaces", NULL);
    int added;
    vc_lang_sentiment *ls = L->ls;
    entry *e = put(ls, L->key.data, L->key.len, line, &added);
    if (!e)
        return VC_ERR_NOMEM;
    unsigned clash = kind == K_VALENCE ? (K_VALENCE | K_BOOSTER) : kind == K_BOOSTER ? (K_VALENCE | K_BOOSTER) : kind;
    if (!added && ((e->kinds & clash) || ((e->kinds ^ kinds) & K_PREFIX))) {
        char at[48];
        snprintf(at, sizeof at, " (line %u, once accents are folded)", e->line);
        return fail(L, line, col, "entry given twice", at);
    }
    e->kinds |= kinds;
    if (kind == K_VALENCE)
        e->valence = val;
    if (kind == K_BOOSTER)
        e->boost = val;
    if (kinds & K_SUBSTR) {
        if (L->key.len > ls->max_substr)
            ls->max_substr = L->key.len;
    } else if (nwords > ls->max_words) {
        ls->max_words = nwords;
    }
    if ((kinds & K_PREFIX) && (!ls->min_prefix || L->key.len < ls->min_prefix))
        ls->min_prefix = L->key.len;
    return VC_OK;
}

static vc_status parse_line(loader *L, unsigned line, const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    size_t lead = 0;
    while (lead < n && (s[lead] == ' ' || s[lead] == '\t'))
        lead++;
    if (lead == n || s[lead] == '#')
        return VC_OK;
    const char *p = s + lead;
    size_t m = n - lead, col = lead + 1;
    if (p[0] == '@') {
        size_t dn = 1;
        while (dn < m && p[dn] != ' ' && p[dn] != '\t')
            dn++;
        size_t a = dn;
        while (a < m && (p[a] == ' ' || p[a] == '\t'))
            a++;
        const char *arg = p + a;
        size_t an = m - a;
        if (!an)
            return fail(L, line, col + dn, "directive needs an argument", NULL);
#define DIR(name) (dn == sizeof name - 1 && memcmp(p, name, dn) == 0)
        if (DIR("@lang")) {
            char code[LANG_MAX];
            size_t cn = vc_language_normalize(arg, an, code, sizeof code);
            if (!cn || cn != an)
                return fail(L, line, col + a, "not a language code: ", "expected a code such as de, es or ja");
            if (L->ls->lang[0] && strcmp(L->ls->lang, code) != 0) {
                char what[64];
                snprintf(what, sizeof what, "%s, but this lexicon is for %s", code, L->ls->lang);
                return fail(L, line, col + a, "@lang ", what);
            }
            memcpy(L->ls->lang, code, cn + 1);
            return VC_OK;
        }
        if (DIR("@negator"))
            return add_entry(L, line, col + a, arg, an, K_NEGATOR, 0);
        if (DIR("@negator-after"))
            return add_entry(L, line, col + a, arg, an, K_NEG_AFTER, 0);
        if (DIR("@contrast"))
            return add_entry(L, line, col + a, arg, an, K_CONTRAST, 0);
        if (DIR("@booster")) {
            const char *tab = memchr(arg, '\t', an);
            double v;
            if (!tab)
                return fail(L, line, col + a + an, "expected TAB and a booster value (such as +0.293)", NULL);
            size_t vo = (size_t)(tab - arg) + 1;
            if (parse_number(arg + vo, an - vo, &v) || v < -2 || v > 2 || v == 0)
                return fail(L, line, col + a + vo, "booster value must be a number in -2..2, not 0", NULL);
            return add_entry(L, line, col + a, arg, (size_t)(tab - arg), K_BOOSTER, v);
        }
#undef DIR
        return fail(L, line, col, "unknown directive (expected @lang, @negator, @negator-after, @booster, @contrast)",
                    NULL);
    }
    const char *tab = memchr(p, '\t', m);
    if (!tab)
        return fail(L, line, col + m, "expected TAB and a valence (-4..4)", NULL);
    size_t vo = (size_t)(tab - p) + 1, ve = vo;
    while (ve < m && p[ve] != '\t')
        ve++; /* further columns are ignored */
    double v;
    if (parse_number(p + vo, ve - vo, &v) || v < -4 || v > 4 || v == 0)
        return fail(L, line, col + vo, "valence must be a number in -4..4, not 0", NULL);
    return add_entry(L, line, col, p, (size_t)(tab - p), K_VALENCE, v);
}

vc_status vc_lang_sentiment_load_text(const char *name, const char *text, size_t len, const char *lang,
                                      vc_lang_sentiment **out, vc_error *err)
{
    *out = NULL;
    vc_lang_sentiment *ls = calloc(1, sizeof *ls);
    loader L = {ls, name, vc_normalizer_new(), VC_BUF_INIT, VC_BUF_INIT, VC_BUF_INIT, err};
    vc_status st = ls && L.nz ? VC_OK : VC_ERR_NOMEM;
    if (!st && lang) {
        size_t cn = vc_language_normalize(lang, strlen(lang), ls->lang, sizeof ls->lang);
        if (!cn)
            st = vc_error_set(err, VC_ERR_USAGE, "not a language code: '%s'", lang);
    }
    if (!st && !(ls->name = vc_strndup(name, strlen(name))))
        st = VC_ERR_NOMEM;
    unsigned line = 0;
    for (size_t i = 0; !st && i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - text) : len;
        size_t n = e - i;
        if (n && text[i + n - 1] == '\r')
            n--;
        line++;
        if (line == 1 && n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
            st = parse_line(&L, line, text + 3, n - 3);
        else
            st = parse_line(&L, line, text + i, n);
        i = e + 1;
    }
    if (!st && !ls->lang[0])
        st = vc_error_set(err, VC_ERR_LEXICON, "%s:1:1: no language: add a line '@lang CODE'", name);
    if (!st && !ls->n)
        st = vc_error_set(err, VC_ERR_LEXICON, "%s:%u:1: no entries", name, line ? line : 1);
    if (!st && !ls->nslot)
        st = rehash(ls);
    /* a valence phrase that starts with a negator has its negation in it:
     * "no" before "ningún problema" does not turn it round again */
    for (size_t i = 0; !st && i < ls->n; i++) {
        entry *e = &ls->e[i];
        const char *k = ls->keys.data + e->key, *sp = memchr(k, ' ', e->klen);
        const entry *first = sp && (e->kinds & K_VALENCE) ? find(ls, k, (size_t)(sp - k)) : NULL;
        if (first && (first->kinds & K_NEGATOR))
            e->kinds |= K_HOLDS_NEGATOR;
    }
    if (!st)
        ls->fingerprint = vc_hash_bytes(text, len);
    vc_normalizer_free(L.nz);
    vc_buf_free(&L.tmp);
    vc_buf_free(&L.fold);
    vc_buf_free(&L.key);
    if (st) {
        if (st == VC_ERR_NOMEM && err && !err->msg[0])
            vc_error_set(err, st, "%s", vc_strerror(st));
        vc_lang_sentiment_free(ls);
        return st;
    }
    *out = ls;
    return VC_OK;
}

vc_status vc_lang_sentiment_load_file(const char *path, const char *lang, vc_lang_sentiment **out, vc_error *err)
{
    vc_buf b = VC_BUF_INIT;
    *out = NULL;
    vc_status st = vc_buf_read_settings_file(&b, path, err);
    if (!st)
        st = vc_lang_sentiment_load_text(path, b.data ? b.data : "", b.len, lang, out, err);
    vc_buf_free(&b);
    return st;
}

void vc_lang_sentiment_free(vc_lang_sentiment *ls)
{
    if (!ls)
        return;
    free(ls->name);
    vc_buf_free(&ls->keys);
    free(ls->e);
    free(ls->slot);
    free(ls);
}

const char *vc_lang_sentiment_language(const vc_lang_sentiment *ls) { return ls->lang; }
const char *vc_lang_sentiment_name(const vc_lang_sentiment *ls) { return ls->name; }
size_t vc_lang_sentiment_size(const vc_lang_sentiment *ls) { return ls->n; }
uint64_t vc_lang_sentiment_fingerprint(const vc_lang_sentiment *ls) { return ls->fingerprint; }

/* ---- scoring ---- */

typedef struct unit {
    double valence, boost;
    unsigned kinds;
    size_t start, end; /* in the folded text */
    uint32_t clause;
    uint8_t upper;     /* the word is in capitals in the raw text */
    uint8_t neutral2;  /* half a neutral unit (substring text) */
} unit;

struct vc_lang_scratch {
    vc_normalizer *nz;
    vc_buf tmp, fold;
    unit *u;
    size_t nu, ucap;
    uint8_t *caps;
    size_t ncaps, capscap;
    size_t nwords; /* words of the folded text (read_units) */
};

vc_lang_scratch *vc_lang_scratch_new(void)
{
    vc_lang_scratch *s = calloc(1, sizeof *s);
    if (s && !(s->nz = vc_normalizer_new())) {
        free(s);
        return NULL;
    }
    return s;
}

void vc_lang_scratch_free(vc_lang_scratch *s)
{
    if (!s)
        return;
    vc_normalizer_free(s->nz);
    vc_buf_free(&s->tmp);
    vc_buf_free(&s->fold);
    free(s->u);
    free(s->caps);
    free(s);
}

static unit *add_unit(vc_lang_scratch *s)
{
    unit *u = vc_grow(s->u, &s->ucap, s->nu, sizeof *u, 64);
    if (!u)
        return NULL;
    s->u = u;
    u = &s->u[s->nu++];
    memset(u, 0, sizeof *u);
    return u;
}

/* Per word of the raw text, whether it is in capitals (Python's
 * str.isupper(): a cased letter and no lowercase one); words are found as
 * in the folded text, so they line up when the counts agree. */
static vc_status raw_caps(vc_lang_scratch *s, const char *t, size_t len, int *mixed)
{
    s->ncaps = 0;
    int any_upper = 0, any_lower_word = 0;
    size_t i = 0;
    while (i < len) {
        int32_t c;
        int k = vc_utf8_decode(t + i, len - i, &c);
        if (!word_cp(c)) {
            i += (size_t)k;
            continue;
        }
        int up = 0, low = 0;
        while (i < len) {
            k = vc_utf8_decode(t + i, len - i, &c);
            if (!word_cp(c))
                break;
            if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7))
                up = 1;
            else if ((c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7))
                low = 1;
            i += (size_t)k;
        }
        uint8_t *v = vc_grow(s->caps, &s->capscap, s->ncaps, 1, 64);
        if (!v)
            return VC_ERR_NOMEM;
        s->caps = v;
        s->caps[s->ncaps++] = up && !low;
        any_upper |= up && !low;
        any_lower_word |= !(up && !low);
    }
    *mixed = any_upper && any_lower_word;
    return VC_OK;
}

/* The longest phrase or word entry at word w (of nw words starting at
 * ws[]); its word count in *taken. */
static const entry *match_words(const vc_lang_sentiment *ls, const char *p, const size_t *ws, const size_t *we,
                                size_t nw, size_t w, size_t *taken)
{
    size_t maxk = ls->max_words < nw - w ? ls->max_words : nw - w;
    for (size_t k = maxk; k >= 2; k--) {
        /* the words must be separated by single spaces in the key: build
         * it only when the text has exactly that */
        char key[256];
        size_t kl = 0;
        int ok = 1;
        for (size_t j = 0; j < k && ok; j++) {
            size_t n = we[w + j] - ws[w + j];
            if (kl + n + 1 > sizeof key)
                ok = 0;
            else {
                if (j)
                    key[kl++] = ' ';
                memcpy(key + kl, p + ws[w + j], n);
                kl += n;
            }
        }
        const entry *e = ok ? find(ls, key, kl) : NULL;
        if (e && !(e->kinds & (K_PREFIX | K_SUBSTR))) {
            *taken = k;
            return e;
        }
    }
    *taken = 1;
    size_t n = we[w] - ws[w];
    const entry *e = find(ls, p + ws[w], n);
    if (e && !(e->kinds & K_SUBSTR))
        return e; /* a prefix entry matches its own word too */
    if (!ls->min_prefix)
        return NULL;
    for (size_t l = n; l-- > ls->min_prefix;) {
        if ((p[ws[w] + l] & 0xC0) == 0x80)
            continue; /* not at a character boundary */
        e = find(ls, p + ws[w], l);
        if (e && (e->kinds & K_PREFIX))
            return e;
    }
    return NULL;
}

/* The longest substring entry at p[i..end) (NULL: none). */
static const entry *match_substr(const vc_lang_sentiment *ls, const char *p, size_t i, size_t end, size_t *n)
{
    size_t maxl = ls->max_substr < end - i ? ls->max_substr : end - i;
    for (size_t l = maxl; l > 0; l--) {
        if (i + l < end && (p[i + l] & 0xC0) == 0x80)
            continue;
        const entry *e = find(ls, p + i, l);
        if (e && (e->kinds & K_SUBSTR)) {
            *n = l;
            return e;
        }
    }
    return NULL;
}

static void set_unit(unit *u, const entry *e, size_t start, size_t end, uint32_t clause)
{
    u->start = start;
    u->end = end;
    u->clause = clause;
    if (e) {
        u->kinds = e->kinds;
        u->valence = (e->kinds & K_VALENCE) ? e->valence : 0;
        u->boost = (e->kinds & K_BOOSTER) ? e->boost : 0;
    }
}

/* The units of the folded text. */
static vc_status read_units(const vc_lang_sentiment *ls, vc_lang_scratch *s, size_t *bangs, size_t *qmarks)
{
    const char *p = s->fold.data ? s->fold.data : "";
    size_t len = s->fold.len, i = 0;
    uint32_t clause = 0;
    s->nu = 0;
    s->nwords = 0;
    *bangs = *qmarks = 0;
    /* words are collected per stretch between clause ends and substring
     * runs, so phrases never reach across either */
    size_t ws[64], we[64], nw = 0, wordno = 0;
    while (i <= len) {
        int32_t c = 0;
        int k = 1;
        if (i < len)
            k = vc_utf8_decode(p + i, len - i, &c);
        int word = i < len && word_cp(c);
        if (word && nw < 64) {
            ws[nw] = i;
            while (i < len) {
                k = vc_utf8_decode(p + i, len - i, &c);
                if (!word_cp(c))
                    break;
                i += (size_t)k;
            }
            we[nw++] = i;
            continue;
        }
        if (!word && i < len && !clause_end_cp(c) && !symbol_cp(c) && !nospace_cp(c)) {
            i += (size_t)k; /* a space, a quote, an apostrophe: the words go on */
            continue;
        }
        /* flush the collected words */
        for (size_t w = 0; w < nw;) {
            size_t taken;
            const entry *e = match_words(ls, p, ws, we, nw, w, &taken);
            unit *u = add_unit(s);
            if (!u)
                return VC_ERR_NOMEM;
            set_unit(u, e, ws[w], we[w + taken - 1], clause);
            u->upper = wordno < s->ncaps ? s->caps[wordno] : 0;
            wordno += taken;
            w += taken;
        }
        s->nwords = wordno;
        nw = 0;
        if (i >= len)
            break;
        if (word) { /* over 64 words with no break: start a new stretch here */
            continue;
        }
        if (c == '!' || c == 0xFF01)
            (*bangs)++;
        if (c == '?' || c == 0xFF1F)
            (*qmarks)++;
        if (clause_end_cp(c)) {
            clause++;
            i += (size_t)k;
            continue;
        }
        if (symbol_cp(c)) {
            const entry *e = find(ls, p + i, (size_t)k);
            unit *u = add_unit(s);
            if (!u)
                return VC_ERR_NOMEM;
            set_unit(u, e, i, i + (size_t)k, clause);
            i += (size_t)k;
            continue;
        }
        if (nospace_cp(c)) {
            size_t unmatched = 0;
            while (i < len) {
                k = vc_utf8_decode(p + i, len - i, &c);
                if (!nospace_cp(c) && !(c >= 0x3099 && c <= 0x309C))
                    break;
                size_t n;
                const entry *e = ls->max_substr ? match_substr(ls, p, i, len, &n) : NULL;
                if (!e) {
                    if (++unmatched == 2) {
                        unit *u = add_unit(s);
                        if (!u)
                            return VC_ERR_NOMEM;
                        set_unit(u, NULL, i, i + (size_t)k, clause);
                        unmatched = 0;
                    }
                    i += (size_t)k;
                    continue;
                }
                unit *u = add_unit(s);
                if (!u)
                    return VC_ERR_NOMEM;
                set_unit(u, e, i, i + n, clause);
                i += n;
            }
            if (unmatched) {
                unit *u = add_unit(s);
                if (!u)
                    return VC_ERR_NOMEM;
                set_unit(u, NULL, i, i, clause);
                u->neutral2 = 1;
            }
            continue;
        }
        i += (size_t)k;
    }
    return VC_OK;
}

/* A negator written after what it negates, for unit i: the next units
 * (substring text: the next eight characters) of the clause. */
static int negated_after(const vc_lang_sentiment *ls, const vc_lang_scratch *s, size_t i)
{
    const unit *u = s->u;
    if (u[i].kinds & K_SUBSTR) {
        const char *p = s->fold.data;
        size_t pos = u[i].end, len = s->fold.len;
        for (int chars = 0; chars < 8 && pos < len; chars++) {
            int32_t c;
            int k = vc_utf8_decode(p + pos, len - pos, &c);
            if (clause_end_cp(c))
                return 0;
            size_t n;
            const entry *e = match_substr(ls, p, pos, len, &n);
            if (e && (e->kinds & K_NEG_AFTER))
                return 1;
            if (e && (e->kinds & K_VALENCE))
                return 0; /* another valence comes first */
            pos += (size_t)k;
        }
        return 0;
    }
    for (size_t j = i + 1; j < s->nu && j <= i + 2 && u[j].clause == u[i].clause; j++) {
        if (u[j].kinds & K_VALENCE)
            return 0;
        if (u[j].kinds & K_NEG_AFTER) {
            /* "nicht gut": the negator belongs to the valence after it */
            for (size_t m = j + 1; m < s->nu && m <= j + 2 && u[m].clause == u[j].clause; m++)
                if (u[m].kinds & K_VALENCE)
                    return 0;
            return 1;
        }
    }
    return 0;
}

static double round_to(double x, double scale) { return round(x * scale) / scale; }

vc_status vc_lang_sentiment_score(const vc_lang_sentiment *ls, vc_lang_scratch *s, const char *text, size_t len,
                                  vc_sentiment *out)
{
    memset(out, 0, sizeof *out);
    int mixed = 0;
    vc_status st = raw_caps(s, text, len, &mixed);
    if (!st)
        st = fold_text(s->nz, &s->tmp, text, len, &s->fold);
    size_t bangs, qmarks;
    if (!st)
        st = read_units(ls, s, &bangs, &qmarks);
    if (st)
        return st;
    if (s->nwords != s->ncaps) /* the raw and folded words do not line up: no capitals */
        for (size_t i = 0; i < s->nu; i++)
            s->u[i].upper = 0;
    size_t contrast = SIZE_MAX;
    for (size_t i = 0; i < s->nu && contrast == SIZE_MAX; i++)
        if (s->u[i].kinds & K_CONTRAST)
            contrast = i;
    double pos = 0, neg = 0, neu = 0, sum = 0;
    for (size_t i = 0; i < s->nu; i++) {
        const unit *u = &s->u[i];
        double v = u->valence;
        if (!(u->kinds & K_VALENCE) || v == 0) {
            neu += u->neutral2 ? 0.5 : 1;
            continue;
        }
        if (u->upper && mixed)
            v += v > 0 ? 0.733 : -0.733;
        int negated = 0, holds = (u->kinds & K_HOLDS_NEGATOR) != 0;
        for (size_t d = 1; d <= 3 && d <= i; d++) {
            const unit *b = &s->u[i - d];
            if (b->clause != u->clause)
                break;
            if (b->kinds & K_BOOSTER) {
                double sc = b->boost;
                if (b->upper && mixed)
                    sc += sc > 0 ? 0.733 : -0.733;
                if (v < 0)
                    sc = -sc;
                v += sc * (d == 1 ? 1 : d == 2 ? 0.95 : 0.9);
            }
            if ((b->kinds & K_NEGATOR) && !holds)
                negated = 1;
        }
        if (!negated && !holds)
            negated = negated_after(ls, s, i);
        if (negated)
            v *= -0.74;
        if (contrast != SIZE_MAX)
            v *= i < contrast ? 0.5 : i > contrast ? 1.5 : 1;
        sum += v;
        if (v > 0)
            pos += v + 1;
        else if (v < 0)
            neg += v - 1;
        else
            neu += 1;
    }
    if (sum != 0) {
        double ep = (double)(bangs < 4 ? bangs : 4) * 0.292, qm = 0;
        if (qmarks > 1)
            qm = qmarks <= 3 ? (double)qmarks * 0.18 : 0.96;
        double emph = ep + qm;
        sum += sum > 0 ? emph : -emph;
        double c = sum / sqrt(sum * sum + 15);
        out->compound = round_to(c < -1 ? -1 : c > 1 ? 1 : c, 1e4);
        if (pos > fabs(neg))
            pos += emph;
        else if (pos < fabs(neg))
            neg -= emph;
        double total = pos + fabs(neg) + neu;
        out->pos = round_to(fabs(pos / total), 1e3);
        out->neg = round_to(fabs(neg / total), 1e3);
        out->neu = round_to(fabs(neu / total), 1e3);
    } else {
        out->neu = s->nu ? 1.0 : 0.0;
    }
    return VC_OK;
}
