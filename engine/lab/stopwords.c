/*
 * stopwords.c - the stop word lists of discovery (stopwords.h): the English
 * list embedded into the library at build time (lexicons/stopwords.txt) and
 * the reader of a user's list.
 *
 * The file is read whole into one buffer and cut in place, one word a line,
 * so a list is two allocations: the text and the array of pointers into it.
 * The caller owns the result; nothing here is shared between threads.
 */
#include <stdlib.h>
#include <string.h>

#include "vocal/buf.h"
#include "vocal/stopwords.h"

extern const char vc_embedded_stopwords[];
extern const size_t vc_embedded_stopwords_len;

void vc_stopwords_free(vc_stopwords *w)
{
    free(w->v);
    free(w->text);
    memset(w, 0, sizeof *w);
}

vc_status vc_stopwords_load(const char *path, vc_stopwords *out, vc_error *err)
{
    memset(out, 0, sizeof *out);
    vc_buf b = VC_BUF_INIT;
    vc_status st;
    if (path) {
        if ((st = vc_buf_read_settings_file(&b, path, err))) {
            vc_buf_free(&b);
            return st;
        }
    } else if ((st = vc_buf_append(&b, vc_embedded_stopwords, vc_embedded_stopwords_len))) {
        return vc_error_set(err, st, "out of memory");
    }
    out->text = b.data; /* lines are cut in place */
    size_t cap = 0;
    for (char *s = out->text, *end = out->text + b.len; s < end;) {
        char *nl = memchr(s, '\n', (size_t)(end - s));
        char *e = nl ? nl : end;
        *e = 0;
        char *a = s, *z = e;
        while (a < z && (*a == ' ' || *a == '\t' || *a == '\r'))
            a++;
        while (z > a && (z[-1] == ' ' || z[-1] == '\t' || z[-1] == '\r'))
            z--;
        *z = 0;
        if (a < z && *a != '#') {
            const char **g = out->n == cap ? vc_grow(out->v, &cap, out->n, sizeof *out->v, 256) : out->v;
            if (!g) {
                vc_stopwords_free(out);
                return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
            }
            out->v = g;
            out->v[out->n++] = a;
        }
        s = e + 1;
    }
    return VC_OK;
}
