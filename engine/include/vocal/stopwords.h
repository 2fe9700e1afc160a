/*
 * stopwords.h - word lists for discovery: the built-in English stop words
 * or a file with one word per line ('#' comments and blank lines skipped,
 * surrounding blanks trimmed).
 *
 * Ownership: a vc_stopwords owns its text; v[i] point into it and stay
 * valid until vc_stopwords_free().
 */
#ifndef VOCAL_STOPWORDS_H
#define VOCAL_STOPWORDS_H

#include <stddef.h>

#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_stopwords {
    const char **v;
    size_t n;
    char *text;
} vc_stopwords;

/* Read the words of path, or the built-in English list when path is NULL.
 * On failure *out is empty and err says why (the file's read error). */
vc_status vc_stopwords_load(const char *path, vc_stopwords *out, vc_error *err);
/* Frees the list and leaves it empty; accepts an empty list. */
void vc_stopwords_free(vc_stopwords *w);

VC_API_END

#endif
