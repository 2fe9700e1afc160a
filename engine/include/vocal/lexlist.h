/*
 * lexlist.h - the built-in lexicons as a list (`vocal lexicon list`): per
 * lexicon its name (builtin:NAME), the file under lexicons/ it was built
 * from, its title (the file's first line), and the leaf themes and entries
 * it has once its includes are read.
 *
 * Ownership: the result owns its rows and their titles; names and files
 * point into the library's static table (vc_lexicon_builtin).
 */
#ifndef VOCAL_LEXLIST_H
#define VOCAL_LEXLIST_H

#include <stddef.h>

#include "vocal/lexicon.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_lexlist_row {
    const char *name;   /* NAME of builtin:NAME */
    const char *file;   /* under lexicons/ */
    char *title;        /* NUL-terminated */
    size_t leaf_themes; /* themes with no theme below them */
    size_t themes;      /* all themes, the groups above the leaves included */
    size_t entries;     /* vc_lexicon_entry_count */
} vc_lexlist_row;

typedef struct vc_lexlist {
    size_t n;
    vc_lexlist_row *rows; /* in the order of vc_lexicon_builtin */
} vc_lexlist;

/* Loads every built-in lexicon once to count it. VC_OK and *out, or the
 * load's error (a built-in lexicon that does not load is a broken build). */
vc_status vc_lexlist_builtin(vc_lexlist **out, vc_error *err);
void vc_lexlist_free(vc_lexlist *l); /* accepts NULL */

VC_API_END

#endif
