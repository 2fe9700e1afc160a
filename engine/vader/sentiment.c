/*
 * sentiment.c - VADER sentiment, giving the scores of the reference
 * implementation (vaderSentiment 3.3.x by C.J. Hutto) to the last digit.
 *
 * The rules are VADER's (Hutto & Gilbert 2014): a valence lexicon; boosters
 * and dampeners up to three words back, damped by distance; negation in a
 * three-word window (with "never so/this", "without doubt", "least" and
 * "no"); emphasis for ALL-CAPS words when only some words are capitals;
 * "but" halving what comes before and raising what follows by half;
 * exclamation and question marks; emoji replaced by their descriptions;
 * VADER's special idioms; compound = x / sqrt(x^2 + 15).
 *
 * Exactness means following the reference where it is surprising too, and
 * the tests check every sentence of a 3,000-sentence fixture against it:
 *   - tokens are Python str.split() on Unicode whitespace, each stripped of
 *     ASCII punctuation unless that leaves two code points or fewer;
 *   - the "but" rule rewrites the *first* earlier score equal in value to
 *     each score it visits (the reference uses list.index()); on long
 *     sentences a heap of tokens per value finds it, so the rule is
 *     O(n log n) where a direct search would be quadratic;
 *   - after an emoji the next character is appended with no space;
 *   - rounding is Python's round(), correctly rounded on the binary value,
 *     which glibc's printf rounding matches.
 *
 * Speed: one pass over the text builds the token list with, per token, its
 * lowercase form, lexicon valence, booster value, capitals and negation
 * flags; the rules then read those arrays. Lexicon lookups are one open
 * addressing probe. The scratch keeps every buffer, so a call allocates
 * nothing once warm.
 *
 * Threading: the lexicon is read-only after loading (overlays are applied
 * before sharing); scratch is per thread.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "sentiment_internal.h"
#include "vocal/buf.h"
#include "vocal/sentiment.h"
#include "vocal/text.h"

extern const char vc_embedded_vader_lex[];
extern const size_t vc_embedded_vader_lex_len;
extern const char vc_embedded_vader_emoji[];
extern const size_t vc_embedded_vader_emoji_len;

#define B_INCR 0.293
#define B_DECR (-0.293)
#define C_INCR 0.733
#define N_SCALAR (-0.74)

/* ---- string -> double table -------------------------------------------------- */

/* Everything VADER asks about a (lowercase) word, found with one probe. */
enum {
    W_NONE = 0, W_NO, W_KIND, W_OF, W_BUT, W_LEAST, W_AT, W_VERY, W_NEVER, W_SO, W_THIS, W_WITHOUT, W_DOUBT,
    W_OR, W_NOR
};
enum { F_LEX = 1, F_BOOST = 2, F_NEGATE = 4 };

typedef struct kv {
    char *key;
    size_t len;
    uint64_t hash;
    double val;   /* lexicon valence (F_LEX) */
    double boost; /* booster/dampener (F_BOOST) */
    uint8_t flags;
    uint8_t word;  /* W_* */
    uint8_t idiom; /* I_* */
} kv;

/* Open addressing with a separate array of 32-bit tags (the high half of
 * the hash, low bit set so that 0 means empty): a probe reads 4 bytes per
 * slot, and the 7,500-word lexicon's tags fit in 64 KB of cache, while the
 * 48-byte slots are touched only when a tag matches. */
typedef struct table {
    kv *slots;
    uint32_t *tags;
    size_t cap, n;
    size_t nlex; /* entries that carry a lexicon valence */
} table;

static inline uint32_t tag_of(uint64_t h) { return (uint32_t)(h >> 32) | 1u; }

static inline const kv *table_find_h(const table *t, const char *k, size_t n, uint64_t h)
{
    if (!t->cap)
        return NULL;
    uint32_t tag = tag_of(h);
    for (size_t i = (size_t)h & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
        uint32_t g = t->tags[i];
        if (!g)
            return NULL;
        if (g == tag) {
            const kv *s = &t->slots[i];
            if (s->len == n && vc_bytes_eq(s->key, k, n))
                return s;
        }
    }
}

static const kv *table_find(const table *t, const char *k, size_t n)
{
    return table_find_h(t, k, n, vc_key_hash(k, n));
}

/* Find or insert key; NULL when out of memory. */
static kv *table_get(table *t, const char *k, size_t n)
{
    if ((t->n + 1) * 2 > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 1024;
        kv *slots = calloc(cap, sizeof *slots);
        uint32_t *tags = calloc(cap, sizeof *tags);
        if (!slots || !tags) {
            free(slots);
            free(tags);
            return NULL;
        }
        for (size_t i = 0; i < t->cap; i++) {
            if (!t->tags[i])
                continue;
            size_t j = (size_t)t->slots[i].hash & (cap - 1);
            while (tags[j])
                j = (j + 1) & (cap - 1);
            slots[j] = t->slots[i];
            tags[j] = t->tags[i];
        }
        free(t->slots);
        free(t->tags);
        t->slots = slots;
        t->tags = tags;
        t->cap = cap;
    }
    uint64_t h = vc_key_hash(k, n);
    size_t i = (size_t)h & (t->cap - 1);
    while (t->tags[i]) {
        kv *s = &t->slots[i];
        if (s->hash == h && s->len == n && memcmp(s->key, k, n) == 0)
            return s;
        i = (i + 1) & (t->cap - 1);
    }
    char *key = vc_strndup(k, n);
    if (!key)
        return NULL;
    t->slots[i] = (kv){key, n, h, 0, 0, 0, 0, 0};
    t->tags[i] = tag_of(h);
    t->n++;
    return &t->slots[i];
}

static int table_put(table *t, const char *k, size_t n, double v)
{
    kv *e = table_get(t, k, n);
    if (!e)
        return -1;
    if (!(e->flags & F_LEX))
        t->nlex++;
    e->val = v;
    e->flags |= F_LEX;
    return 0;
}

static void table_free(table *t)
{
    for (size_t i = 0; i < t->cap; i++)
        free(t->slots[i].key);
    free(t->slots);
    free(t->tags);
    memset(t, 0, sizeof *t);
}

/* ---- lexicon ------------------------------------------------------------------- */

typedef struct phrase {
    char **words; /* lowercase */
    size_t nwords;
    double val;
} phrase;

typedef struct emoji {
    int32_t cp;
    char *desc;
    size_t len;
    size_t ord; /* line order: of equal keys the last wins, as in a Python dict */
} emoji;

struct vc_sentiment_lexicon {
    table lex;
    emoji *emojis; /* single code point keys, sorted */
    size_t nemoji;
    uint64_t bmp_emoji[0x10000 / 64]; /* bit per BMP code point that is a key */
    phrase *phrases; /* overlay phrases */
    size_t nphrases;
};

static const char *const NEGATE[] = {
    "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't",
    "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt",
    "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt",
    "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt",
    "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without",
    "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite", NULL};

static const char *const BOOST_UP[] = {
    "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly", "deeply",
    "effing", "enormous", "enormously", "entirely", "especially", "exceptional", "exceptionally", "extreme",
    "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking", "fricking", "frickin", "frigging",
    "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
    "incredible", "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely",
    "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally", "tremendous",
    "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very", NULL};

static const char *const BOOST_DOWN[] = {
    "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little",
    "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight",
    "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of", NULL};

/* The words of VADER's multi-word SPECIAL_CASES and two-word BOOSTER_DICT
 * keys. The rules test joins of two or three tokens against those keys; a
 * join holds a space, so it equals a key exactly when each token is the
 * key's word at that place. Tokens carry their word's id and the rules
 * compare ids instead of building strings. (The one-word case "badass"
 * can never equal a join.) */
enum {
    I_NONE = 0, I_THE, I_SHIT, I_BOMB, I_BAD, I_ASS, I_BUS, I_STOP, I_YEAH, I_RIGHT, I_KISS, I_OF, I_DEATH,
    I_TO, I_DIE, I_FOR, I_BEATING, I_HEART, I_BROKEN, I_JUST, I_ENOUGH, I_KIND, I_SORT, I_COUNT
};
static const char *const IDIOM_WORDS[I_COUNT] = {
    "", "the", "shit", "bomb", "bad", "ass", "bus", "stop", "yeah", "right", "kiss", "of", "death", "to", "die",
    "for", "beating", "heart", "broken", "just", "enough", "kind", "sort"};

typedef struct word_seq {
    uint8_t w[3]; /* I_* ids; a third 0 means two words */
    double val;
} word_seq;

/* SPECIAL_CASES: "the shit", "the bomb", "bad ass", "bus stop", "yeah right",
 * "kiss of death", "to die for", "beating heart", "broken heart" */
static const word_seq SPECIAL_SEQ[] = {
    {{I_THE, I_SHIT, 0}, 3},         {{I_THE, I_BOMB, 0}, 3},         {{I_BAD, I_ASS, 0}, 1.5},
    {{I_BUS, I_STOP, 0}, 0.0},       {{I_YEAH, I_RIGHT, 0}, -2},      {{I_KISS, I_OF, I_DEATH}, -1.5},
    {{I_TO, I_DIE, I_FOR}, 3},       {{I_BEATING, I_HEART, 0}, 3.1}, {{I_BROKEN, I_HEART, 0}, -2.9}};

/* the two-word keys of BOOST_DOWN: "just enough", "kind of", "sort of" */
static const word_seq BOOST_SEQ[] = {
    {{I_JUST, I_ENOUGH, 0}, B_DECR}, {{I_KIND, I_OF, 0}, B_DECR}, {{I_SORT, I_OF, 0}, B_DECR}};

size_t vc_sentiment_lexicon_size(const vc_sentiment_lexicon *lex) { return lex->lex.nlex + lex->nphrases; }

unsigned vc_sentiment_word_kind(const vc_sentiment_lexicon *lex, const char *word, size_t len, double *valence)
{
    const kv *e = len ? table_find(&lex->lex, word, len) : NULL;
    unsigned kind = 0;
    if (e && (e->flags & F_LEX) && e->val != 0) {
        kind |= VC_WORD_VALENCE;
        if (valence)
            *valence = e->val;
    }
    if (e && (e->flags & F_BOOST))
        kind |= VC_WORD_BOOSTER;
    if (e && (e->flags & F_NEGATE))
        kind |= VC_WORD_NEGATION;
    return kind;
}

void vc_sentiment_lexicon_free(vc_sentiment_lexicon *lex)
{
    if (!lex)
        return;
    table_free(&lex->lex);
    for (size_t i = 0; i < lex->nemoji; i++)
        free(lex->emojis[i].desc);
    free(lex->emojis);
    for (size_t i = 0; i < lex->nphrases; i++) {
        for (size_t w = 0; w < lex->phrases[i].nwords; w++)
            free(lex->phrases[i].words[w]);
        free(lex->phrases[i].words);
    }
    free(lex->phrases);
    free(lex);
}

static inline int is_py_space(int32_t c)
{
    if (c < 0x80)
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

/* Python's str.strip() on UTF-8: trim Unicode whitespace. */
static void py_strip(const char *s, size_t n, size_t *a, size_t *b)
{
    size_t i = 0, j = n;
    while (i < n) {
        int32_t cp;
        int k = vc_utf8_decode(s + i, n - i, &cp);
        if (!is_py_space(cp))
            break;
        i += (size_t)k;
    }
    while (j > i) {
        size_t k = j - 1;
        while (k > i && ((unsigned char)s[k] & 0xC0) == 0x80)
            k--;
        int32_t cp;
        vc_utf8_decode(s + k, j - k, &cp);
        if (!is_py_space(cp))
            break;
        j = k;
    }
    *a = i;
    *b = j;
}

static int cmp_emoji(const void *x, const void *y)
{
    const emoji *a = x, *b = y;
    if (a->cp != b->cp)
        return a->cp < b->cp ? -1 : 1;
    return a->ord < b->ord ? -1 : a->ord > b->ord;
}

/* Parse "token TAB value ..." lines (VADER's make_lex_dict); emoji lines are
 * "emoji TAB description". */
static vc_status load_lines(vc_sentiment_lexicon *lex, const char *name, const char *text, size_t len, int is_emoji,
                            vc_error *err)
{
    size_t end = len;
    while (end > 0 && text[end - 1] == '\n')
        end--;
    size_t pos = 0;
    unsigned line = 0;
    size_t cap_emoji = 0;
    while (pos <= end) {
        line++;
        const char *nl = memchr(text + pos, '\n', end - pos);
        size_t le = nl ? (size_t)(nl - text) : end;
        size_t a, b;
        py_strip(text + pos, le - pos, &a, &b);
        const char *s = text + pos + a;
        size_t n = b - a;
        pos = le + 1;
        if (n == 0) {
            if (is_emoji)
                return vc_error_set(err, VC_ERR_USAGE, "%s:%u: empty line in emoji lexicon", name, line);
            if (!nl)
                break;
            continue;
        }
        const char *tab = memchr(s, '\t', n);
        if (!tab)
            return vc_error_set(err, VC_ERR_USAGE, "%s:%u: expected 'token<TAB>value'", name, line);
        size_t klen = (size_t)(tab - s);
        const char *v = tab + 1;
        const char *tab2 = memchr(v, '\t', n - klen - 1);
        size_t vlen = tab2 ? (size_t)(tab2 - v) : n - klen - 1;
        if (is_emoji) {
            int32_t cp;
            int k = klen ? vc_utf8_decode(s, klen, &cp) : 0;
            if ((size_t)k == klen && k > 0) { /* only single code points can ever match */
                if (lex->nemoji == cap_emoji) {
                    cap_emoji = cap_emoji ? cap_emoji * 2 : 1024;
                    emoji *e = realloc(lex->emojis, cap_emoji * sizeof *e);
                    if (!e)
                        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
                    lex->emojis = e;
                }
                emoji *e = &lex->emojis[lex->nemoji++];
                e->cp = cp;
                e->ord = lex->nemoji;
                e->desc = vc_strndup(v, vlen);
                e->len = vlen;
                if (!e->desc)
                    return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
            }
        } else {
            char num[64];
            if (vlen == 0 || vlen >= sizeof num)
                return vc_error_set(err, VC_ERR_USAGE, "%s:%u: missing valence after the tab", name, line);
            memcpy(num, v, vlen);
            num[vlen] = 0;
            char *e;
            errno = 0;
            double val = strtod(num, &e);
            if (e == num || *e || errno || !isfinite(val))
                return vc_error_set(err, VC_ERR_USAGE, "%s:%u: valence '%s' is not a number", name, line, num);
            if (table_put(&lex->lex, s, klen, val))
                return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
        }
        if (!nl)
            break;
    }
    if (is_emoji && lex->nemoji > 1)
        qsort(lex->emojis, lex->nemoji, sizeof *lex->emojis, cmp_emoji);
    for (size_t i = 0; is_emoji && i < lex->nemoji; i++)
        if (lex->emojis[i].cp >= 0 && lex->emojis[i].cp < 0x10000)
            lex->bmp_emoji[lex->emojis[i].cp >> 6] |= 1ULL << (lex->emojis[i].cp & 63);
    return VC_OK;
}

static const char *const SPECIAL_WORDS[] = {"", "no", "kind", "of", "but", "least", "at", "very", "never", "so",
                                            "this", "without", "doubt", "or", "nor"};

/* Boosters, negations and the words the rules test by name, into the same
 * table as the lexicon: one probe per token answers every question. */
static int add_word_info(vc_sentiment_lexicon *lex)
{
    for (int pass = 0; pass < 2; pass++) {
        const char *const *list = pass ? BOOST_DOWN : BOOST_UP;
        for (size_t i = 0; list[i]; i++) {
            size_t n = strlen(list[i]);
            kv *e = table_get(&lex->lex, list[i], n);
            if (!e)
                return -1;
            e->boost = pass ? B_DECR : B_INCR;
            e->flags |= F_BOOST;
        }
    }
    for (size_t i = 0; NEGATE[i]; i++) {
        kv *e = table_get(&lex->lex, NEGATE[i], strlen(NEGATE[i]));
        if (!e)
            return -1;
        e->flags |= F_NEGATE;
    }
    for (uint8_t w = 1; w < I_COUNT; w++) {
        kv *e = table_get(&lex->lex, IDIOM_WORDS[w], strlen(IDIOM_WORDS[w]));
        if (!e)
            return -1;
        e->idiom = w;
    }
    for (uint8_t w = 1; w < sizeof SPECIAL_WORDS / sizeof *SPECIAL_WORDS; w++) {
        kv *e = table_get(&lex->lex, SPECIAL_WORDS[w], strlen(SPECIAL_WORDS[w]));
        if (!e)
            return -1;
        e->word = w;
    }
    return 0;
}

static vc_status load_common(vc_sentiment_lexicon **out, const char *name, const char *text, size_t len,
                             vc_error *err)
{
    vc_sentiment_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    vc_status st = load_lines(lex, name, text, len, 0, err);
    if (!st)
        st = load_lines(lex, "emoji_utf8_lexicon.txt", vc_embedded_vader_emoji, vc_embedded_vader_emoji_len, 1,
                        err);
    if (!st && add_word_info(lex))
        st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    if (st) {
        vc_sentiment_lexicon_free(lex);
        return st;
    }
    *out = lex;
    return VC_OK;
}

vc_status vc_sentiment_lexicon_load_default(vc_sentiment_lexicon **out, vc_error *err)
{
    *out = NULL;
    return load_common(out, "vader_lexicon.txt", vc_embedded_vader_lex, vc_embedded_vader_lex_len, err);
}

vc_status vc_sentiment_lexicon_load_file(const char *path, vc_sentiment_lexicon **out, vc_error *err)
{
    *out = NULL;
    vc_buf b = VC_BUF_INIT;
    vc_status st = vc_buf_read_settings_file(&b, path, err);
    if (!st) {
        size_t skip = b.len >= 3 && memcmp(b.data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        st = load_common(out, path, b.data ? b.data + skip : "", b.len - skip, err);
    }
    vc_buf_free(&b);
    return st;
}

/* Lowercase UTF-8 (Python str.lower(), simple mappings) into b. */
static void lower_into(vc_buf *b, const char *s, size_t n)
{
    if (vc_buf_reserve(b, n))
        return;
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80) { /* ASCII prefix: no decoding */
        unsigned char c = (unsigned char)s[i++];
        b->data[b->len++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    b->data[b->len] = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            vc_buf_append_char(b, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
            i++;
            continue;
        }
        int32_t cp;
        int k = vc_utf8_decode(s + i, n - i, &cp);
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), enc);
        vc_buf_append(b, enc, (size_t)m);
        i += (size_t)k;
    }
}

vc_status vc_sentiment_lexicon_overlay_file(vc_sentiment_lexicon *lex, const char *path, vc_error *err)
{
    vc_buf b = VC_BUF_INIT, low = VC_BUF_INIT;
    vc_status st = vc_buf_read_settings_file(&b, path, err);
    size_t pos = b.len >= 3 && memcmp(b.data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    unsigned line = 0;
    while (!st && pos < b.len) {
        line++;
        const char *nl = memchr(b.data + pos, '\n', b.len - pos);
        size_t le = nl ? (size_t)(nl - b.data) : b.len;
        size_t a, e;
        py_strip(b.data + pos, le - pos, &a, &e);
        const char *s = b.data + pos + a;
        size_t n = e - a;
        pos = le + 1;
        if (n == 0 || s[0] == '#')
            continue;
        const char *tab = memchr(s, '\t', n);
        if (!tab) {
            st = vc_error_set(err, VC_ERR_USAGE, "%s:%u: expected 'token<TAB>valence'", path, line);
            break;
        }
        char num[64];
        const char *v = tab + 1;
        const char *tab2 = memchr(v, '\t', n - (size_t)(v - s));
        size_t vlen = tab2 ? (size_t)(tab2 - v) : n - (size_t)(v - s);
        if (vlen == 0 || vlen >= sizeof num) {
            st = vc_error_set(err, VC_ERR_USAGE, "%s:%u: missing valence after the tab", path, line);
            break;
        }
        memcpy(num, v, vlen);
        num[vlen] = 0;
        char *endp;
        double val = strtod(num, &endp);
        if (endp == num || *endp || !isfinite(val)) {
            st = vc_error_set(err, VC_ERR_USAGE, "%s:%u: valence '%s' is not a number", path, line, num);
            break;
        }
        vc_buf_reset(&low);
        lower_into(&low, s, (size_t)(tab - s));
        /* a token with whitespace inside is a phrase */
        size_t nw = 0, i = 0;
        const char *words[32];
        size_t wlen[32];
        while (i < low.len && nw < 32) {
            while (i < low.len && (low.data[i] == ' ' || low.data[i] == '\t'))
                i++;
            size_t j = i;
            while (j < low.len && low.data[j] != ' ' && low.data[j] != '\t')
                j++;
            if (j > i) {
                words[nw] = low.data + i;
                wlen[nw++] = j - i;
            }
            i = j;
        }
        if (nw == 0) {
            st = vc_error_set(err, VC_ERR_USAGE, "%s:%u: empty token", path, line);
        } else if (nw == 1) {
            if (table_put(&lex->lex, words[0], wlen[0], val))
                st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
        } else {
            phrase *ph = realloc(lex->phrases, (lex->nphrases + 1) * sizeof *ph);
            if (!ph) {
                st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
                break;
            }
            lex->phrases = ph;
            phrase *p = &lex->phrases[lex->nphrases];
            p->words = calloc(nw, sizeof *p->words);
            p->nwords = nw;
            p->val = val;
            if (!p->words) {
                st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
                break;
            }
            lex->nphrases++;
            for (size_t w = 0; w < nw && !st; w++)
                if (!(p->words[w] = vc_strndup(words[w], wlen[w])))
                    st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
        }
    }
    vc_buf_free(&b);
    vc_buf_free(&low);
    return st;
}

/* ---- scoring ----------------------------------------------------------------- */

typedef vc_vader_tok tok;

/* ASCII classes for the tokenizer: Python whitespace, string.punctuation,
 * upper- and lowercase letters. */
enum { C_SPACE = 1, C_PUNCT = 2, C_UPPER = 4, C_LOWER = 8, C_APOS = 16 };
static const uint8_t ASCII_CLASS[128] = {
    ['\t'] = C_SPACE, ['\n'] = C_SPACE, ['\v'] = C_SPACE, ['\f'] = C_SPACE, ['\r'] = C_SPACE,
    [0x1C] = C_SPACE, [0x1D] = C_SPACE, [0x1E] = C_SPACE, [0x1F] = C_SPACE, [' '] = C_SPACE,
    ['!'] = C_PUNCT, ['"'] = C_PUNCT, ['#'] = C_PUNCT, ['$'] = C_PUNCT, ['%'] = C_PUNCT, ['&'] = C_PUNCT,
    ['\''] = C_PUNCT | C_APOS, ['('] = C_PUNCT, [')'] = C_PUNCT, ['*'] = C_PUNCT, ['+'] = C_PUNCT, [','] = C_PUNCT,
    ['-'] = C_PUNCT, ['.'] = C_PUNCT, ['/'] = C_PUNCT, [':'] = C_PUNCT, [';'] = C_PUNCT, ['<'] = C_PUNCT,
    ['='] = C_PUNCT, ['>'] = C_PUNCT, ['?'] = C_PUNCT, ['@'] = C_PUNCT, ['['] = C_PUNCT, ['\\'] = C_PUNCT,
    [']'] = C_PUNCT, ['^'] = C_PUNCT, ['_'] = C_PUNCT, ['`'] = C_PUNCT, ['{'] = C_PUNCT, ['|'] = C_PUNCT,
    ['}'] = C_PUNCT, ['~'] = C_PUNCT,
    ['A'] = C_UPPER, ['B'] = C_UPPER, ['C'] = C_UPPER, ['D'] = C_UPPER, ['E'] = C_UPPER, ['F'] = C_UPPER,
    ['G'] = C_UPPER, ['H'] = C_UPPER, ['I'] = C_UPPER, ['J'] = C_UPPER, ['K'] = C_UPPER, ['L'] = C_UPPER,
    ['M'] = C_UPPER, ['N'] = C_UPPER, ['O'] = C_UPPER, ['P'] = C_UPPER, ['Q'] = C_UPPER, ['R'] = C_UPPER,
    ['S'] = C_UPPER, ['T'] = C_UPPER, ['U'] = C_UPPER, ['V'] = C_UPPER, ['W'] = C_UPPER, ['X'] = C_UPPER,
    ['Y'] = C_UPPER, ['Z'] = C_UPPER,
    ['a'] = C_LOWER, ['b'] = C_LOWER, ['c'] = C_LOWER, ['d'] = C_LOWER, ['e'] = C_LOWER, ['f'] = C_LOWER,
    ['g'] = C_LOWER, ['h'] = C_LOWER, ['i'] = C_LOWER, ['j'] = C_LOWER, ['k'] = C_LOWER, ['l'] = C_LOWER,
    ['m'] = C_LOWER, ['n'] = C_LOWER, ['o'] = C_LOWER, ['p'] = C_LOWER, ['q'] = C_LOWER, ['r'] = C_LOWER,
    ['s'] = C_LOWER, ['t'] = C_LOWER, ['u'] = C_LOWER, ['v'] = C_LOWER, ['w'] = C_LOWER, ['x'] = C_LOWER,
    ['y'] = C_LOWER, ['z'] = C_LOWER,
};

struct vc_sentiment_scratch {
    vc_buf text; /* after emoji replacement */
    vc_buf low;  /* lowercase tokens, concatenated */
    vc_buf tmp;
    tok *t;
    size_t cap;
    double *s;
    size_t *nz; /* indices of nonzero valences ("but" rule) */
    vc_but_work but; /* the "but" rule on long sentences */
    size_t scap;
    const char *text_s; /* the prepared text (input or `text`) */
    size_t slen;
    size_t n;           /* tokens prepared */
    size_t *slice_first;
    size_t slice_cap;
    vc_cx_word *cxw; /* CX mode: the words of the prepared tokens */
    size_t cxcap;
    int cx_ready;    /* cxw holds the words of the tokens prepared last */
};

vc_sentiment_scratch *vc_sentiment_scratch_new(void) { return calloc(1, sizeof(vc_sentiment_scratch)); }

void vc_sentiment_scratch_free(vc_sentiment_scratch *s)
{
    if (!s)
        return;
    vc_buf_free(&s->text);
    vc_buf_free(&s->low);
    vc_buf_free(&s->tmp);
    free(s->t);
    free(s->s);
    free(s->nz);
    vc_but_work_free(&s->but);
    free(s->slice_first);
    free(s->cxw);
    free(s);
}

static const char *emoji_desc(const vc_sentiment_lexicon *lex, int32_t cp, size_t *len)
{
    /* accented letters, quotes and dashes are not emoji: one bit says so */
    if (cp < 0x10000 && !(lex->bmp_emoji[cp >> 6] & (1ULL << (cp & 63))))
        return NULL;
    size_t lo = 0, hi = lex->nemoji;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (lex->emojis[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* the last of equal keys wins, as later lines overwrite a Python dict */
    size_t found = SIZE_MAX;
    while (lo < lex->nemoji && lex->emojis[lo].cp == cp)
        found = lo++;
    if (found == SIZE_MAX)
        return NULL;
    *len = lex->emojis[found].len;
    return lex->emojis[found].desc;
}

static int is_punct(unsigned char c)
{
    return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

static size_t cp_count(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

static int py_isupper(const char *s, size_t n)
{
    int cased = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (c >= 'a' && c <= 'z')
                return 0;
            if (c >= 'A' && c <= 'Z')
                cased = 1;
            i++;
            continue;
        }
        int32_t cp;
        int k = vc_utf8_decode(s + i, n - i, &cp);
        utf8proc_category_t cat = utf8proc_category(cp);
        if (cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT)
            return 0;
        if (cat == UTF8PROC_CATEGORY_LU)
            cased = 1;
        i += (size_t)k;
    }
    return cased;
}

/* VADER's negated() also catches any word containing "n't". */
static int has_nt(const char *w, size_t n)
{
    for (size_t i = 0; i + 3 <= n; i++)
        if (w[i] == 'n' && w[i + 1] == '\'' && w[i + 2] == 't')
            return 1;
    return 0;
}

#define LOW(sc, t) ((sc)->low.data + (t).lo)

/* Does the join of tokens from..from+nw-1 equal the key q? */
static inline int seq_is(const tok *t, size_t from, const word_seq *q)
{
    size_t nw = q->w[2] ? 3 : 2;
    for (size_t k = 0; k < nw; k++)
        if (t[from + k].idiom != q->w[k])
            return 0;
    return 1;
}

/* SPECIAL_CASES lookup of the join of tokens [from, to]. */
static int special_case(const tok *t, size_t from, size_t to, double *v)
{
    /* the first words of SPECIAL_SEQ: most joins start with none of them */
    const uint32_t firsts = 1u << I_THE | 1u << I_BAD | 1u << I_BUS | 1u << I_YEAH | 1u << I_KISS | 1u << I_TO |
                            1u << I_BEATING | 1u << I_BROKEN;
    if (!(firsts >> t[from].idiom & 1u))
        return 0;
    size_t nw = to - from + 1;
    for (size_t q = 0; q < sizeof SPECIAL_SEQ / sizeof *SPECIAL_SEQ; q++)
        if ((SPECIAL_SEQ[q].w[2] ? 3u : 2u) == nw && seq_is(t, from, &SPECIAL_SEQ[q])) {
            *v = SPECIAL_SEQ[q].val;
            return 1;
        }
    return 0;
}

static double special_idioms(const tok *t, size_t n, size_t i, double valence)
{
    /* i > 2 here. Every sequence checked below is made of idiom words only,
     * so when none is near, nothing can change. */
    int near = 0;
    for (size_t k = i - 3; k <= i + 2 && k < n; k++)
        near |= t[k].idiom;
    if (!near)
        return valence;
    double v;
    const size_t seq[5][2] = {{i - 1, i}, {i - 2, i}, {i - 2, i - 1}, {i - 3, i - 1}, {i - 3, i - 2}};
    for (int k = 0; k < 5; k++)
        if (special_case(t, seq[k][0], seq[k][1], &v)) {
            valence = v;
            break;
        }
    if (n - 1 > i && special_case(t, i, i + 1, &v))
        valence = v;
    if (n - 1 > i + 1 && special_case(t, i, i + 2, &v))
        valence = v;
    /* BOOSTER_DICT n-grams: only the two-token ones can be keys */
    const size_t grams[2] = {i - 3, i - 2};
    for (int k = 0; k < 2; k++)
        for (size_t q = 0; q < sizeof BOOST_SEQ / sizeof *BOOST_SEQ; q++)
            if (seq_is(t, grams[k], &BOOST_SEQ[q]))
                valence = valence + BOOST_SEQ[q].val;
    return valence;
}

static double negation_check(const vc_sentiment_scratch *sc, const tok *t, int start_i, size_t i, double valence)
{
    if (start_i == 0) {
        if (t[i - 1].negated)
            valence = valence * N_SCALAR;
    } else if (start_i == 1) {
        if (t[i - 2].word == W_NEVER && (t[i - 1].word == W_SO || t[i - 1].word == W_THIS))
            valence = valence * 1.25;
        else if (t[i - 2].word == W_WITHOUT && t[i - 1].word == W_DOUBT)
            ;
        else if (t[i - 2].negated)
            valence = valence * N_SCALAR;
    } else {
        if ((t[i - 3].word == W_NEVER &&
             (t[i - 2].word == W_SO || t[i - 2].word == W_THIS)) ||
            (t[i - 1].word == W_SO || t[i - 1].word == W_THIS))
            valence = valence * 1.25;
        else if (t[i - 3].word == W_WITHOUT &&
                 (t[i - 2].word == W_DOUBT || t[i - 1].word == W_DOUBT))
            ;
        else if (t[i - 3].negated)
            valence = valence * N_SCALAR;
    }
    return valence;
}

static double scalar_inc_dec(const tok *w, double valence, int cap_diff)
{
    double scalar = 0.0;
    if (w->is_boost) {
        scalar = w->boost;
        if (valence < 0)
            scalar *= -1;
        if (w->upper && cap_diff) {
            if (valence > 0)
                scalar += C_INCR;
            else
                scalar -= C_INCR;
        }
    }
    return scalar;
}

static double sentiment_valence(const vc_sentiment_lexicon *lex, vc_sentiment_scratch *sc, const tok *t, size_t n,
                                size_t i, int cap_diff)
{
    const tok *it = &t[i];
    if (!it->in_lex)
        return 0.0;
    double valence = it->val;
    if (it->word == W_NO && i != n - 1 && t[i + 1].in_lex)
        valence = 0.0;
    if ((i > 0 && t[i - 1].word == W_NO) || (i > 1 && t[i - 2].word == W_NO) ||
        (i > 2 && t[i - 3].word == W_NO && (t[i - 1].word == W_OR || t[i - 1].word == W_NOR)))
        valence = it->val * N_SCALAR;
    if (it->upper && cap_diff) {
        if (valence > 0)
            valence += C_INCR;
        else
            valence -= C_INCR;
    }
    for (int start_i = 0; start_i < 3; start_i++) {
        if (i > (size_t)start_i && !t[i - (size_t)(start_i + 1)].in_lex) {
            double s = scalar_inc_dec(&t[i - (size_t)(start_i + 1)], valence, cap_diff);
            if (start_i == 1 && s != 0)
                s = s * 0.95;
            if (start_i == 2 && s != 0)
                s = s * 0.9;
            valence = valence + s;
            valence = negation_check(sc, t, start_i, i, valence);
            if (start_i == 2)
                valence = special_idioms(t, n, i, valence);
        }
    }
    /* "least" */
    if (i > 1 && !t[i - 1].in_lex && t[i - 1].word == W_LEAST) {
        if (t[i - 2].word != W_AT && t[i - 2].word != W_VERY)
            valence = valence * N_SCALAR;
    } else if (i > 0 && !t[i - 1].in_lex && t[i - 1].word == W_LEAST) {
        valence = valence * N_SCALAR;
    }
    return valence;
}

/* Python's round(x, digits): round half to even on the exact binary value
 * of x, then the double nearest that decimal. x * 10^d is formed with its
 * exact rounding error (fma), so ties and near-ties are decided exactly. */
static double round_py(double x, int digits)
{
    if (x == 0)
        return 0.0; /* neg and pos are often exactly 0 (and -0.0 rounds to 0.0) */
    if (x < 0)
        return -round_py(-x, digits);
    double scale = digits == 3 ? 1e3 : 1e4;
    double p = x * scale;
    double err = fma(x, scale, -p); /* x * scale == p + err exactly */
    double fl = floor(p);
    double d = (p - fl) - 0.5;      /* exact */
    int up = d > 0 || (d == 0 && (err > 0 || (err == 0 && fmod(fl, 2.0) != 0)));
    if (d == 0 && err < 0)
        up = 0;
    return (fl + (up ? 1 : 0)) / scale;
}

static int grow_tokens(vc_sentiment_scratch *sc, size_t need)
{
    size_t cap = sc->cap ? sc->cap : 64;
    while (cap < need)
        cap *= 2;
    tok *t = realloc(sc->t, cap * sizeof *t);
    if (!t)
        return -1;
    sc->t = t;
    sc->cap = cap;
    return 0;
}

/* What the lexicon says of a token: e is its entry or NULL, w its
 * lowercase text (LOW); may_nt is 0 when w has no apostrophe. */
static inline void set_entry(tok *t, const kv *e, const char *w, int may_nt)
{
    uint8_t fl = e ? e->flags : 0;
    t->in_lex = (fl & F_LEX) != 0;
    t->val = e ? e->val : 0;
    t->is_boost = (fl & F_BOOST) != 0;
    t->boost = e ? e->boost : 0;
    t->word = e ? e->word : W_NONE;
    t->idiom = e ? e->idiom : I_NONE;
    t->negated = (fl & F_NEGATE) || (may_nt && has_nt(w, t->lolen));
}

/* A token with a byte >= 0x80, the general way: strip ASCII punctuation
 * unless two code points or fewer would be left, lowercase with Unicode
 * simple mappings, Python's isupper(). Appends to sc->low. */
static void token_general(const vc_sentiment_lexicon *lex, vc_sentiment_scratch *sc, const char *s, size_t ts,
                          size_t te, tok *t)
{
    size_t ps = ts, pe = te;
    while (ps < pe && is_punct((unsigned char)s[ps]))
        ps++;
    while (pe > ps && is_punct((unsigned char)s[pe - 1]))
        pe--;
    if (cp_count(s + ps, pe - ps) <= 2) {
        ps = ts;
        pe = te;
    }
    t->off = ts;
    t->rawlen = te - ts;
    t->lo = sc->low.len;
    lower_into(&sc->low, s + ps, pe - ps);
    t->lolen = sc->low.len - t->lo;
    t->upper = (uint8_t)py_isupper(s + ps, pe - ps);
    const char *w = LOW(sc, *t);
    set_entry(t, table_find(&lex->lex, w, t->lolen), w, 1);
}

/* Step 2 in one pass: split on Python whitespace (str.split()), strip
 * string.punctuation unless that leaves two code points or fewer, lowercase
 * and look up. ASCII tokens, nearly all of them, are lowercased, classified
 * and hashed in the loop that finds their end, with no decoding; a token
 * with other bytes takes token_general(). The result is that of the
 * general rules applied to every token. */
static vc_status prepare_tokens(const vc_sentiment_lexicon *lex, vc_sentiment_scratch *sc, const char *text,
                                size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    /* at most one token per two bytes; room in `low` for every byte left
     * as an ASCII token plus 8 bytes of slack for vc_key_hash_padded (a
     * general token may grow when lowercased: room is made again after it) */
    if ((len / 2 + 1 > sc->cap && grow_tokens(sc, len / 2 + 1)) || vc_buf_reserve(&sc->low, len + 16))
        return VC_ERR_NOMEM;
    size_t n = 0, i = 0;
    for (;;) {
        /* skip whitespace */
        while (i < len) {
            if (s[i] < 0x80) {
                if (!(ASCII_CLASS[s[i]] & C_SPACE))
                    break;
                i++;
                continue;
            }
            int32_t cp;
            int k = vc_utf8_decode(text + i, len - i, &cp);
            if (!is_py_space(cp))
                break;
            i += (size_t)k;
        }
        if (i >= len)
            break;
        /* one pass lowercases an ASCII token into `low` and notes its
         * classes and its first and last bytes that are not punctuation */
        size_t ts = i, first = SIZE_MAX, last = 0, lo = sc->low.len;
        unsigned cls = 0;
        int general = 0;
        char *d = sc->low.data + lo;
        for (; i < len; i++) {
            unsigned c = s[i];
            if (c >= 0x80) {
                int32_t cp;
                int k = vc_utf8_decode(text + i, len - i, &cp);
                if (is_py_space(cp))
                    break;
                general = 1;
                i += (size_t)k - 1;
                continue;
            }
            unsigned f = ASCII_CLASS[c];
            if (f & C_SPACE)
                break;
            if (!(f & C_PUNCT)) {
                first = first == SIZE_MAX ? i : first;
                last = i;
            }
            cls |= f;
            d[i - ts] = (char)(c + ((f & C_UPPER) ? 32u : 0u));
        }
        size_t te = i;
        tok *t = &sc->t[n++];
        if (general) {
            token_general(lex, sc, text, ts, te, t);
            if (!sc->low.data || vc_buf_reserve(&sc->low, len - te + 16))
                return VC_ERR_NOMEM;
            continue;
        }
        size_t ps = ts, pe = te;
        if (first != SIZE_MAX && last + 1 - first > 2) { /* strip, unless <= 2 would be left */
            ps = first;
            pe = last + 1;
        }
        /* punctuation has no case: the classes of the raw token are those
         * of the stripped one */
        t->off = ts;
        t->rawlen = te - ts;
        t->lo = lo + (ps - ts);
        t->lolen = pe - ps;
        t->upper = (cls & (C_UPPER | C_LOWER)) == C_UPPER;
        sc->low.len = lo + (te - ts);
        const char *w = d + (ps - ts);
        set_entry(t, table_find_h(&lex->lex, w, pe - ps, vc_key_hash_padded(w, pe - ps)), w, (cls & C_APOS) != 0);
    }
    sc->low.data[sc->low.len] = 0;
    sc->n = n;
    return VC_OK;
}

/* Steps 1-2: emoji replacement, tokens and what the lexicon says of each.
 * Sets sc->n tokens; *same_out says whether the text needed no rewriting (no
 * emoji, no invalid UTF-8: then token offsets are offsets in `text`). */
static vc_status prepare(const vc_sentiment_lexicon *lex, vc_sentiment_scratch *sc, const char *text, size_t len,
                         int *same_out)
{
    /* 1. emoji -> descriptions (pure ASCII text has none: use it as is) */
    int ascii = vc_ascii_prefix(text, len) == len;
    const char *s;
    size_t slen;
    int changed = 0;
    if (ascii) {
        s = text;
        slen = len;
    } else {
        vc_buf_reset(&sc->text);
        if (vc_buf_reserve(&sc->text, len + 16))
            return VC_ERR_NOMEM;
        int prev_space = 1;
        for (size_t i = 0; i < len;) {
            size_t r = i;
            while (r < len && (unsigned char)text[r] < 0x80)
                r++;
            if (r > i) { /* an ASCII run, copied whole */
                vc_buf_append(&sc->text, text + i, r - i);
                prev_space = text[r - 1] == ' ';
                i = r;
                if (i >= len)
                    break;
            }
            int32_t cp;
            int k = vc_utf8_decode(text + i, len - i, &cp);
            size_t dl;
            const char *d = emoji_desc(lex, cp, &dl);
            if (d) {
                if (!prev_space)
                    vc_buf_append_char(&sc->text, ' ');
                vc_buf_append(&sc->text, d, dl);
                changed = 1;
            } else if (cp == 0xFFFD) { /* invalid input decodes to U+FFFD, as Python's 'replace' */
                vc_buf_append(&sc->text, "\xEF\xBF\xBD", 3);
                changed |= k != 3 || memcmp(text + i, "\xEF\xBF\xBD", 3) != 0;
            } else {
                vc_buf_append(&sc->text, text + i, (size_t)k);
            }
            prev_space = 0;
            i += (size_t)k;
        }
        if (!sc->text.data)
            return VC_ERR_NOMEM;
        s = sc->text.data;
        slen = sc->text.len;
    }
    *same_out = !changed;
    sc->text_s = s;
    sc->slen = slen;
    sc->n = 0;
    sc->cx_ready = 0;
    vc_buf_reset(&sc->low);
    return prepare_tokens(lex, sc, s, slen);
}

/* ---- the "but" rule on long sentences ------------------------------------------ */

/* Up to this many tokens with a value, the direct search (quadratic when
 * values repeat, but the fastest on real sentences); beyond, heaps. */
#define BUT_DIRECT 64
#define NO_NODE UINT32_MAX

void vc_but_work_free(vc_but_work *w)
{
    free(w->left);
    free(w->right);
    free(w->rank);
    free(w->keys);
    free(w->roots);
    memset(w, 0, sizeof *w);
}

/* Leftist heaps of listed-token positions, smallest on top: a merge walks
 * the right spines, O(log n) deep. */
static uint32_t heap_merge(vc_but_work *w, uint32_t x, uint32_t y)
{
    if (x == NO_NODE)
        return y;
    if (y == NO_NODE)
        return x;
    if (y < x) {
        uint32_t t = x;
        x = y;
        y = t;
    }
    w->right[x] = heap_merge(w, w->right[x], y);
    uint32_t rl = w->left[x] == NO_NODE ? 0 : w->rank[w->left[x]];
    uint32_t rr = w->rank[w->right[x]];
    if (rl < rr) {
        uint32_t t = w->left[x];
        w->left[x] = w->right[x];
        w->right[x] = t;
        rr = rl;
    }
    w->rank[x] = rr + 1;
    return x;
}

/* The root slot of value v's heap, created empty. Values are nonzero, so
 * equal values have equal bits and key 0 (+0.0) marks a free slot. */
static uint32_t *heap_of(vc_but_work *w, double v)
{
    uint64_t k;
    memcpy(&k, &v, sizeof k);
    size_t i = (size_t)((k ^ (k >> 29)) * 0x9E3779B97F4A7C15ULL >> 20) & (w->tcap - 1);
    while (w->keys[i] != k && w->keys[i] != 0)
        i = (i + 1) & (w->tcap - 1);
    if (w->keys[i] == 0) {
        w->keys[i] = k;
        w->roots[i] = NO_NODE;
    }
    return &w->roots[i];
}

static void heap_push(vc_but_work *w, double v, uint32_t node)
{
    w->left[node] = w->right[node] = NO_NODE;
    w->rank[node] = 1;
    uint32_t *root = heap_of(w, v);
    *root = heap_merge(w, *root, node);
}

/* Step a looks for the first listed token holding v. Every token holding
 * v is in v's heap: tokens after a still hold their own value (a lookup at
 * step a rewrites a token at or before a, as a holds v itself), so token a
 * joins its value's heap at step a, and a rewritten token moves to the heap
 * of its new value. */
vc_status vc_but_rule(double *s, const size_t *nz, size_t n, size_t but, vc_but_work *w)
{
    if (n > w->cap) {
        size_t cap = n + n / 2;
        uint32_t *l = realloc(w->left, cap * sizeof *l);
        if (l)
            w->left = l;
        uint32_t *r = realloc(w->right, cap * sizeof *r);
        if (r)
            w->right = r;
        uint32_t *k = realloc(w->rank, cap * sizeof *k);
        if (k)
            w->rank = k;
        if (!l || !r || !k)
            return VC_ERR_NOMEM;
        w->cap = cap;
    }
    size_t tcap = 64;
    while (tcap < 4 * n) /* at most 2n values: one per token, one per rewrite */
        tcap *= 2;
    if (tcap > w->tcap) {
        uint64_t *keys = realloc(w->keys, tcap * sizeof *keys);
        if (keys)
            w->keys = keys;
        uint32_t *roots = realloc(w->roots, tcap * sizeof *roots);
        if (roots)
            w->roots = roots;
        if (!keys || !roots)
            return VC_ERR_NOMEM;
        w->tcap = tcap;
    }
    memset(w->keys, 0, w->tcap * sizeof *w->keys);
    for (size_t a = 0; a < n; a++) {
        double v = s[nz[a]];
        if (v == 0)
            continue;
        heap_push(w, v, (uint32_t)a);
        uint32_t *root = heap_of(w, v);
        uint32_t b = *root;
        *root = heap_merge(w, w->left[b], w->right[b]);
        size_t si = nz[b];
        double nv = si < but ? v * 0.5 : si > but ? v * 1.5 : v;
        s[si] = nv;
        if (nv != 0)
            heap_push(w, nv, b);
    }
    return VC_OK;
}

/* Steps 3-5 on tokens [from, from + n) as if they were the whole text, with
 * ep/qm the counts of '!' and '?' in that text. */
static vc_status score_tokens(const vc_sentiment_lexicon *lex, vc_sentiment_scratch *sc, vc_sentiment_mode mode,
                              size_t from, size_t n, size_t ep, size_t qm, vc_sentiment *out)
{
    memset(out, 0, sizeof *out);
    if (n == 0)
        return VC_OK;
    const tok *t = sc->t + from;
    size_t allcaps = 0;
    for (size_t i = 0; i < n; i++)
        allcaps += (size_t)t[i].upper;
    size_t diff = n - allcaps;
    int cap_diff = diff > 0 && diff < n;
    /* 3. per-token valences */
    if (n > sc->scap) {
        double *sv = realloc(sc->s, n * sizeof *sv);
        if (!sv)
            return VC_ERR_NOMEM;
        sc->s = sv;
        size_t *nz = realloc(sc->nz, n * sizeof *nz);
        if (!nz)
            return VC_ERR_NOMEM;
        sc->nz = nz;
        sc->scap = n;
    }
    double *sent = sc->s;
    /* nz: the tokens whose valence is not 0, in order (most are 0) */
    size_t *nz = sc->nz, nnz = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i].is_boost || (i < n - 1 && t[i].word == W_KIND && t[i + 1].word == W_OF)) {
            sent[i] = 0;
            continue;
        }
        sent[i] = sentiment_valence(lex, sc, t, n, i, cap_diff);
        if (sent[i] != 0)
            nz[nnz++] = i;
    }
    /* overlay phrases: the phrase's valence at its first word, 0 for the rest */
    for (size_t p = 0; p < lex->nphrases; p++) {
        const phrase *ph = &lex->phrases[p];
        for (size_t i = 0; i + ph->nwords <= n; i++) {
            size_t w = 0;
            while (w < ph->nwords && t[i + w].lolen == strlen(ph->words[w]) &&
                   memcmp(LOW(sc, t[i + w]), ph->words[w], t[i + w].lolen) == 0)
                w++;
            if (w == ph->nwords) {
                sent[i] = ph->val;
                for (w = 1; w < ph->nwords; w++)
                    sent[i + w] = 0;
            }
        }
    }
    if (mode == VC_SENTIMENT_CX) {
        if (!sc->cx_ready) { /* once per text: its spans share the words */
            if (sc->n > sc->cxcap) {
                vc_cx_word *w = realloc(sc->cxw, sc->n * sizeof *w);
                if (!w)
                    return VC_ERR_NOMEM;
                sc->cxw = w;
                sc->cxcap = sc->n;
            }
            vc_cx_words(sc->t, sc->low.data, sc->n, sc->cxw);
            sc->cx_ready = 1;
        }
        vc_cx_rules(t, sc->cxw + from, sc->text_s, n, sent);
    }
    if (lex->nphrases || mode == VC_SENTIMENT_CX) { /* phrases move values: list them again */
        nnz = 0;
        for (size_t i = 0; i < n; i++)
            if (sent[i] != 0)
                nz[nnz++] = i;
    }
    /* 4. "but": the reference rewrites the first equal value it finds */
    size_t bi = SIZE_MAX;
    for (size_t i = 0; i < n && bi == SIZE_MAX; i++)
        if (t[i].word == W_BUT)
            bi = i;
    if (bi != SIZE_MAX && nnz <= BUT_DIRECT) {
        /* Zeros can be skipped: the first zero found would stay zero (of
         * the same sign), and a nonzero value never equals one, so only
         * the tokens that carry a value are visited and searched. */
        for (size_t a = 0; a < nnz; a++) {
            double v = sent[nz[a]];
            if (v == 0)
                continue;
            size_t b = 0;
            while (sent[nz[b]] != v)
                b++;
            size_t si = nz[b];
            if (si < bi)
                sent[si] = v * 0.5;
            else if (si > bi)
                sent[si] = v * 1.5;
        }
    } else if (bi != SIZE_MAX) {
        vc_status st = vc_but_rule(sent, nz, nnz, bi, &sc->but);
        if (st)
            return st;
    }
    /* 5. score. Zeros add nothing: the sums start at +0.0 and never become
     * -0.0, so summing only the listed values, in order, is exact (a value
     * the "but" rule took to 0 by underflow is still tested). */
    double sum_s = 0;
    for (size_t a = 0; a < nnz; a++)
        sum_s += sent[nz[a]];
    double amp = (double)(ep > 4 ? 4 : ep) * 0.292;
    if (qm > 1)
        amp += qm <= 3 ? (double)qm * 0.18 : 0.96;
    if (sum_s > 0)
        sum_s += amp;
    else if (sum_s < 0)
        sum_s -= amp;
    double compound = sum_s / sqrt(sum_s * sum_s + 15);
    if (compound < -1.0)
        compound = -1.0;
    else if (compound > 1.0)
        compound = 1.0;
    double pos_sum = 0, neg_sum = 0;
    size_t neu_count = n;
    for (size_t a = 0; a < nnz; a++) {
        double v = sent[nz[a]];
        if (v > 0)
            pos_sum += v + 1;
        if (v < 0)
            neg_sum += v - 1;
        neu_count -= v != 0;
    }
    if (pos_sum > fabs(neg_sum))
        pos_sum += amp;
    else if (pos_sum < fabs(neg_sum))
        neg_sum -= amp;
    double total = pos_sum + fabs(neg_sum) + (double)neu_count;
    out->pos = round_py(fabs(pos_sum / total), 3);
    out->neg = round_py(fabs(neg_sum / total), 3);
    out->neu = round_py(fabs((double)neu_count / total), 3);
    out->compound = round_py(compound, 4);
    return VC_OK;
}

static size_t count_byte(const char *s, size_t n, char c)
{
    size_t k = 0;
    const char *e = s + n;
    for (const char *p = s; p < e && (p = memchr(p, c, (size_t)(e - p))) != NULL; p++)
        k++;
    return k;
}

/* '!' and '?' are rare: memchr finds them faster than a byte loop. */
static void count_punct(const char *s, size_t n, size_t *ep, size_t *qm)
{
    *ep = count_byte(s, n, '!');
    *qm = count_byte(s, n, '?');
}

vc_status vc_sentiment_score(const vc_sentiment_lexicon *lex, vc_sentiment_scratch *sc, const char *text,
                             size_t len, vc_sentiment *out)
{
    return vc_sentiment_score_mode(lex, sc, VC_SENTIMENT_VADER, text, len, out);
}

vc_status vc_sentiment_score_mode(const vc_sentiment_lexicon *lex, vc_sentiment_scratch *sc, vc_sentiment_mode mode,
                                  const char *text, size_t len, vc_sentiment *out)
{
    int same;
    memset(out, 0, sizeof *out);
    vc_status st = prepare(lex, sc, text, len, &same);
    if (st || sc->n == 0)
        return st;
    size_t ep, qm;
    count_punct(sc->text_s, sc->slen, &ep, &qm);
    return score_tokens(lex, sc, mode, 0, sc->n, ep, qm, out);
}

vc_status vc_sentiment_score_sentences(const vc_sentiment_lexicon *lex, vc_sentiment_scratch *sc,
                                       const char *text, size_t len, const vc_span_range *sent, size_t nsent,
                                       const unsigned char *need, vc_sentiment *whole, vc_sentiment *out)
{
    return vc_sentiment_score_spans(lex, sc, VC_SENTIMENT_VADER, text, len, sent, nsent, need, whole, out);
}

vc_status vc_sentiment_score_spans(const vc_sentiment_lexicon *lex, vc_sentiment_scratch *sc, vc_sentiment_mode mode,
                                   const char *text, size_t len, const vc_span_range *sent, size_t nsent,
                                   const unsigned char *need, vc_sentiment *whole, vc_sentiment *out)
{
    int same;
    memset(whole, 0, sizeof *whole);
    vc_status st = prepare(lex, sc, text, len, &same);
    if (st)
        return st;
    size_t ep, qm;
    if (sc->n) {
        count_punct(sc->text_s, sc->slen, &ep, &qm);
        if ((st = score_tokens(lex, sc, mode, 0, sc->n, ep, qm, whole)))
            return st;
    }
    /* Sentences are token slices of the whole text when the text was not
     * rewritten (no emoji, no invalid UTF-8) and every boundary falls
     * between tokens. */
    size_t k = 0;
    int shared = same;
    size_t *first = sc->slice_first;
    if (shared && nsent > sc->slice_cap) {
        size_t *f = realloc(sc->slice_first, (nsent + 1) * sizeof *f);
        if (!f)
            return VC_ERR_NOMEM;
        sc->slice_first = first = f;
        sc->slice_cap = nsent;
    }
    for (size_t i = 0; i < nsent && shared; i++) {
        while (k < sc->n && sc->t[k].off < sent[i].start)
            k++;
        first[i] = k;
        /* a token must not start before the sentence and end inside it */
        if (k > 0 && sc->t[k - 1].off + sc->t[k - 1].rawlen > sent[i].start)
            shared = 0;
        size_t e = k;
        while (e < sc->n && sc->t[e].off < sent[i].end)
            e++;
        if (e > k && sc->t[e - 1].off + sc->t[e - 1].rawlen > sent[i].end)
            shared = 0;
        if (i + 1 == nsent)
            first[nsent] = e;
    }
    for (size_t i = 0; i < nsent; i++) {
        if (need && !need[i])
            continue;
        const char *p = text + sent[i].start;
        size_t n = sent[i].end - sent[i].start;
        if (!shared) {
            /* the sentence is scored on its own (this reuses the scratch) */
            vc_sentiment w = *whole;
            st = vc_sentiment_score_mode(lex, sc, mode, p, n, &out[i]);
            *whole = w;
            if (st)
                return st;
            continue;
        }
        size_t e = i + 1 < nsent ? first[i + 1] : first[nsent];
        /* tokens of sentence i: from first[i] up to those starting before its end */
        size_t b = first[i];
        while (b < e && sc->t[b].off < sent[i].end)
            b++;
        count_punct(p, n, &ep, &qm);
        if ((st = score_tokens(lex, sc, mode, first[i], b - first[i], ep, qm, &out[i])))
            return st;
    }
    return VC_OK;
}
