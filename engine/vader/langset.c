/*
 * langset.c - the sentiment lexicons of a run, one per language: the
 * ones vocal ships (lexicons/sentiment/LANG.txt, embedded at build time)
 * and the ones a user gives (--sentiment-lexicon LANG=FILE), which add a
 * language or replace a shipped one.
 *
 * English is not in the set: VADER (and the CX mode) score it, and "und"
 * (a language that could not be told) is scored as English, as before
 * languages were read. vc_sentiment_covers() is the one answer to "does
 * this comment get sentiment?" for the scan, its warning and the tools.
 *
 * Ownership: the set owns its lexicons; it is filled before a run and
 * read-only (shared by threads) during it. Kept sorted by language code,
 * so its order (and the settings text of a partial) does not depend on
 * the order of the flags.
 */
#include <stdlib.h>
#include <string.h>

#include "vocal/buf.h"
#include "vocal/sentiment.h"

#define SHIPPED(X) X(de) X(es) X(fr) X(it) X(ja) X(nl) X(pt)

#define DECLARE(code)                                                                                                  \
    extern const char vc_embedded_sent_##code[];                                                                       \
    extern const size_t vc_embedded_sent_##code##_len;
SHIPPED(DECLARE)
#undef DECLARE

struct vc_sentiment_languages {
    vc_lang_sentiment **v;
    size_t n, cap;
};

vc_sentiment_languages *vc_sentiment_languages_new(void) { return calloc(1, sizeof(vc_sentiment_languages)); }

void vc_sentiment_languages_free(vc_sentiment_languages *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->n; i++)
        vc_lang_sentiment_free(set->v[i]);
    free(set->v);
    free(set);
}

vc_status vc_sentiment_languages_put(vc_sentiment_languages *set, vc_lang_sentiment *ls)
{
    const char *code = vc_lang_sentiment_language(ls);
    size_t i = 0;
    while (i < set->n && strcmp(vc_lang_sentiment_language(set->v[i]), code) < 0)
        i++;
    if (i < set->n && strcmp(vc_lang_sentiment_language(set->v[i]), code) == 0) {
        vc_lang_sentiment_free(set->v[i]);
        set->v[i] = ls;
        return VC_OK;
    }
    vc_lang_sentiment **v = vc_grow(set->v, &set->cap, set->n, sizeof *v, 8);
    if (!v) {
        vc_lang_sentiment_free(ls);
        return VC_ERR_NOMEM;
    }
    set->v = v;
    memmove(v + i + 1, v + i, (set->n - i) * sizeof *v);
    v[i] = ls;
    set->n++;
    return VC_OK;
}

vc_status vc_sentiment_languages_add_shipped(vc_sentiment_languages *set, vc_error *err)
{
    vc_status st = VC_OK;
    vc_lang_sentiment *ls;
#define LOAD(code)                                                                                                     \
    if (!st && !(st = vc_lang_sentiment_load_text("builtin:" #code, vc_embedded_sent_##code,                           \
                                                  vc_embedded_sent_##code##_len, #code, &ls, err)))                    \
        st = vc_sentiment_languages_put(set, ls);
    SHIPPED(LOAD)
#undef LOAD
    return st;
}

const vc_lang_sentiment *vc_sentiment_languages_get(const vc_sentiment_languages *set, const char *code)
{
    if (!set || !code)
        return NULL;
    for (size_t i = 0; i < set->n; i++)
        if (strcmp(vc_lang_sentiment_language(set->v[i]), code) == 0)
            return set->v[i];
    return NULL;
}

size_t vc_sentiment_languages_count(const vc_sentiment_languages *set) { return set ? set->n : 0; }

const vc_lang_sentiment *vc_sentiment_languages_at(const vc_sentiment_languages *set, size_t i)
{
    return set && i < set->n ? set->v[i] : NULL;
}

int vc_sentiment_covers(const vc_sentiment_languages *set, const char *code)
{
    return !code || strcmp(code, "en") == 0 || strcmp(code, "und") == 0 || vc_sentiment_languages_get(set, code);
}
