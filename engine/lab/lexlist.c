/*
 * lexlist.c - the list of built-in lexicons behind `vocal lexicon list`
 * (lexlist.h): one row per entry of the built-in table (match/builtin.c),
 * with the counts of the lexicon as users get it, includes read. Each
 * lexicon is loaded once, counted and freed; nothing is cached, since a
 * listing is a one-off. The report layer writes it (lexlist_out.c).
 */
#include <stdlib.h>
#include <string.h>

#include "vocal/lexlist.h"

/* Themes no theme names as its parent (a few dozen: a plain double loop). */
static size_t leaf_count(const vc_lexicon *lex)
{
    size_t n = vc_lexicon_theme_count(lex), leaves = 0;
    for (uint32_t t = 0; t < n; t++) {
        int parent = 0;
        for (uint32_t c = 0; c < n && !parent; c++)
            parent = vc_lexicon_theme_parent(lex, c) == t;
        leaves += !parent;
    }
    return leaves;
}

vc_status vc_lexlist_builtin(vc_lexlist **out, vc_error *err)
{
    *out = NULL;
    vc_lexlist *l = calloc(1, sizeof *l);
    size_t n = vc_lexicon_builtin_count();
    if (!l || !(l->rows = calloc(n, sizeof *l->rows))) {
        free(l);
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    }
    vc_status st = VC_OK;
    for (size_t i = 0; i < n && !st; i++) {
        vc_builtin_lexicon b;
        vc_lexicon_builtin(i, &b);
        vc_lexlist_row *r = &l->rows[l->n++];
        r->name = b.name;
        r->file = b.file;
        r->title = malloc(b.title_len + 1);
        if (!r->title) {
            st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
            break;
        }
        memcpy(r->title, b.title, b.title_len);
        r->title[b.title_len] = 0;
        vc_lexicon *lex = NULL;
        if ((st = vc_lexicon_load_builtin(b.name, NULL, &lex, err)))
            break;
        r->themes = vc_lexicon_theme_count(lex);
        r->leaf_themes = leaf_count(lex);
        r->entries = vc_lexicon_entry_count(lex);
        vc_lexicon_free(lex);
    }
    if (st)
        vc_lexlist_free(l);
    else
        *out = l;
    return st;
}

void vc_lexlist_free(vc_lexlist *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n; i++)
        free(l->rows[i].title);
    free(l->rows);
    free(l);
}
