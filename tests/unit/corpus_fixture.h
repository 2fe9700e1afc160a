/* corpus_fixture.h - what the unit tests of the corpus tools (eval, lexicon
 * diff, coverage, discover) share: a temporary file holding a small export,
 * and a lexicon loaded from a string. Header-only, like gzip_fixture.h. */
#ifndef VOCAL_TEST_CORPUS_FIXTURE_H
#define VOCAL_TEST_CORPUS_FIXTURE_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vocal/lexicon.h"

/* A new temporary file holding text; the caller unlinks and frees the path. */
static inline char *fixture_write_tmp(const char *text)
{
    char *path = strdup("/tmp/vocal_corpus_XXXXXX");
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs(text, f);
    fclose(f);
    return path;
}

/* A lexicon from the native text `text`, named `name` in messages. */
static inline vc_lexicon *fixture_lexicon(const char *name, const char *text)
{
    vc_lexicon *lex = NULL;
    vc_error err;
    cr_assert_eq(vc_lexicon_load_string(name, text, strlen(text), NULL, &lex, &err), VC_OK, "%s", err.msg);
    return lex;
}

#endif
