/* test_stopwords.c - the stop word lists: the built-in English list comes
 * from the library itself, a user's file is cut one word a line with
 * comments, blank lines and surrounding blanks dropped, and a missing file
 * is an error that names it. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vocal/stopwords.h"

static int has(const vc_stopwords *w, const char *word)
{
    for (size_t i = 0; i < w->n; i++)
        if (!strcmp(w->v[i], word))
            return 1;
    return 0;
}

Test(stopwords, built_in_english)
{
    vc_stopwords w;
    vc_error err;
    vc_error_clear(&err);
    cr_assert_eq(vc_stopwords_load(NULL, &w, &err), VC_OK, "%s", err.msg);
    cr_assert_gt(w.n, 100);
    cr_assert(has(&w, "the") && has(&w, "of") && has(&w, "a"));
    for (size_t i = 0; i < w.n; i++)
        cr_assert(w.v[i][0] != '#' && w.v[i][0] != ' ' && w.v[i][0], "'%s'", w.v[i]);
    vc_stopwords_free(&w);
    cr_assert_eq(w.n, 0);
    vc_stopwords_free(&w); /* an empty list frees again */
}

Test(stopwords, file_lines_trimmed)
{
    char path[] = "/tmp/vocal_stopwords_XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs("# my list\n\n  foo \r\nbar\t\n   \n#baz\nqux", f);
    fclose(f);
    vc_stopwords w;
    vc_error err;
    vc_error_clear(&err);
    cr_assert_eq(vc_stopwords_load(path, &w, &err), VC_OK, "%s", err.msg);
    cr_assert_eq(w.n, 3);
    cr_assert_str_eq(w.v[0], "foo");
    cr_assert_str_eq(w.v[1], "bar");
    cr_assert_str_eq(w.v[2], "qux", "the last line needs no newline");
    vc_stopwords_free(&w);
    unlink(path);
}

Test(stopwords, missing_file)
{
    vc_stopwords w;
    vc_error err;
    vc_error_clear(&err);
    cr_assert_neq(vc_stopwords_load("/nonexistent/stop.txt", &w, &err), VC_OK);
    cr_assert(strstr(err.msg, "/nonexistent/stop.txt"), "%s", err.msg);
    cr_assert_eq(w.n, 0);
    cr_assert_null(w.v);
}
