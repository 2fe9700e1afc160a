/* test_lexlist.c - the list of built-in lexicons: a row per registry entry
 * with the counts of the lexicon as loaded and the title of its line 1, and
 * its CSV and JSON writers. */
#include <criterion/criterion.h>
#include <string.h>

#include "vocal/lab_report.h"
#include "vocal/lexlist.h"

Test(lexlist, rows_follow_the_registry_and_count_the_loaded_lexicons)
{
    vc_error e;
    vc_lexlist *l = NULL;
    cr_assert_eq(vc_lexlist_builtin(&l, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(l->n, vc_lexicon_builtin_count());
    for (size_t i = 0; i < l->n; i++) {
        vc_builtin_lexicon b;
        cr_assert_eq(vc_lexicon_builtin(i, &b), 0);
        cr_assert_str_eq(l->rows[i].name, b.name);
        cr_assert_str_eq(l->rows[i].file, b.file);
        cr_assert_eq(strlen(l->rows[i].title), b.title_len);
        cr_assert_eq(memcmp(l->rows[i].title, b.title, b.title_len), 0);
        vc_lexicon *lex = NULL;
        cr_assert_eq(vc_lexicon_load_builtin(b.name, NULL, &lex, &e), VC_OK, "%s", e.msg);
        cr_assert_eq(l->rows[i].entries, vc_lexicon_entry_count(lex));
        cr_assert_eq(l->rows[i].themes, vc_lexicon_theme_count(lex));
        vc_lexicon_free(lex);
        /* the default's 13 leaf themes; a pack adds its two industry
         * themes; the signals lexicon has 14 signals */
        size_t want = strcmp(b.name, "signals") == 0 ? 14u : i ? 15u : 13u;
        cr_assert_eq(l->rows[i].leaf_themes, want, "%s", b.name);
        cr_assert_lt(l->rows[i].leaf_themes, l->rows[i].themes);
    }
    vc_lexlist_free(l);
    vc_lexlist_free(NULL);
}

Test(lexlist, writers)
{
    char title[] = "Say \"hi\", then =1+1";
    vc_lexlist_row rows[] = {{"default", "default.lex", title, 13, 19, 500},
                             {"x", "packs/x.lex", title, 15, 21, 510}};
    vc_lexlist l = {2, rows};
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_lexlist_write(&l, VC_LAB_CSV, &b), VC_OK);
    cr_assert_str_eq(b.data, "name,file,themes,entries,title\n"
                             "default,default.lex,13,500,\"Say \"\"hi\"\", then =1+1\"\n"
                             "x,packs/x.lex,15,510,\"Say \"\"hi\"\", then =1+1\"\n");
    b.len = 0;
    cr_assert_eq(vc_lexlist_write(&l, VC_LAB_JSON, &b), VC_OK);
    cr_assert(strstr(b.data, "{\"name\": \"x\", \"file\": \"packs/x.lex\", \"themes\": 15, \"entries\": 510, "
                             "\"title\": \"Say \\\"hi\\\", then =1+1\"}\n  ]\n}\n"),
              "%s", b.data);
    b.len = 0;
    cr_assert_eq(vc_lexlist_write(&l, VC_LAB_TEXT, &b), VC_OK);
    cr_assert(strstr(b.data, "\nx                15      510  Say \"hi\", then =1+1\n"), "%s", b.data);
    vc_buf_free(&b);
}
