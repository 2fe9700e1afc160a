/* test_builtin.c - the built-in lexicons: the registry's names, titles and
 * files, loading by name, an unknown name, "@include builtin:NAME" from a
 * file on disk, and a pack's relative include resolved among the built-in
 * files (never the disk), with messages naming builtin:NAME. Assertions
 * hold for any content of the packs: names, titles read from line 1,
 * the industry themes the team decided on, include resolution. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vocal/lexicon.h"
#include "vocal/lint.h"
#include "vocal/matcher.h"

static int has_theme(const vc_lexicon *lex, const char *name)
{
    for (uint32_t t = 0; t < vc_lexicon_theme_count(lex); t++)
        if (strcmp(vc_lexicon_theme_name(lex, t), name) == 0)
            return 1;
    return 0;
}

Test(builtin, registry_lists_default_the_seven_packs_and_signals)
{
    static const char *const names[] = {"default", "restaurant", "retail", "software", "telecom",
                                        "banking", "travel",     "healthcare", "signals"};
    cr_assert_eq(vc_lexicon_builtin_count(), 9);
    for (size_t i = 0; i < 9; i++) {
        vc_builtin_lexicon b;
        cr_assert_eq(vc_lexicon_builtin(i, &b), 0);
        cr_assert_str_eq(b.name, names[i]);
        char want[64];
        snprintf(want, sizeof want, i == 0 || i == 8 ? "%s.lex" : "packs/%s.lex", i ? names[i] : "default");
        cr_assert_str_eq(b.file, want);
        cr_assert_eq(strlen(b.text), b.len);
        /* the title is line 1 without '#' and blanks */
        const char *nl = strchr(b.text, '\n');
        cr_assert(b.text[0] == '#' && nl);
        cr_assert(b.title_len > 0 && b.title + b.title_len <= nl, "%s", b.name);
        cr_assert(b.title > b.text && b.title[0] != ' ' && b.title[0] != '#');
        cr_assert(b.title[b.title_len - 1] != ' ' && b.title[b.title_len - 1] != '\r');
        vc_builtin_lexicon again;
        cr_assert_eq(vc_lexicon_builtin_find(names[i], &again), 0);
        cr_assert_eq(again.text, b.text);
    }
    vc_builtin_lexicon b;
    cr_assert_eq(vc_lexicon_builtin(9, &b), -1);
    cr_assert_eq(vc_lexicon_builtin_find("Default", &b), -1);
    cr_assert_eq(vc_lexicon_builtin_find("", &b), -1);
}

Test(builtin, default_title)
{
    vc_builtin_lexicon b;
    cr_assert_eq(vc_lexicon_builtin_find("default", &b), 0);
    cr_assert_eq(b.title_len, strlen("vocal default CX theme lexicon"));
    cr_assert_eq(memcmp(b.title, "vocal default CX theme lexicon", b.title_len), 0);
}

/* Each pack is the default plus its two industry themes (and may add more
 * entries, never remove a theme). */
Test(builtin, packs_are_the_default_plus_their_industry_themes)
{
    static const char *const packs[][3] = {
        {"restaurant", "service/reservations", "product/dietary"},
        {"retail", "product/availability", "relationship/rewards"},
        {"software", "product/performance", "product/integrations"},
        {"telecom", "product/network", "service/installation"},
        {"banking", "product/claims", "product/digital_banking"},
        {"travel", "fulfilment/baggage", "service/check_in"},
        {"healthcare", "service/appointments", "service/clinical_care"},
    };
    vc_error e;
    vc_lexicon *def = NULL;
    cr_assert_eq(vc_lexicon_load_builtin("default", NULL, &def, &e), VC_OK, "%s", e.msg);
    for (size_t p = 0; p < sizeof packs / sizeof packs[0]; p++) {
        vc_lexicon *lex = NULL;
        cr_assert_eq(vc_lexicon_load_builtin(packs[p][0], NULL, &lex, &e), VC_OK, "%s: %s", packs[p][0], e.msg);
        cr_assert(has_theme(lex, packs[p][1]) && has_theme(lex, packs[p][2]), "%s", packs[p][0]);
        for (uint32_t t = 0; t < vc_lexicon_theme_count(def); t++)
            cr_assert(has_theme(lex, vc_lexicon_theme_name(def, t)), "%s lacks %s", packs[p][0],
                      vc_lexicon_theme_name(def, t));
        cr_assert_gt(vc_lexicon_entry_count(lex), vc_lexicon_entry_count(def));
        /* the default's entries come from the embedded default, named so */
        int from_default = 0, from_pack = 0;
        char pack_file[64];
        snprintf(pack_file, sizeof pack_file, "builtin:%s", packs[p][0]);
        for (uint32_t i = 0; i < vc_lexicon_entry_count(lex); i++) {
            vc_entry_info info;
            vc_lexicon_entry(lex, i, &info);
            /* the default's own file and the files in other languages it includes */
            from_default += strcmp(info.file, "builtin:default") == 0 || strncmp(info.file, "builtin:lang/default_", 21) == 0;
            from_pack += strcmp(info.file, pack_file) == 0;
            cr_assert(strncmp(info.file, "builtin:", 8) == 0, "%s", info.file);
        }
        cr_assert_eq((size_t)from_default, vc_lexicon_entry_count(def));
        cr_assert_gt(from_pack, 0);
        vc_lexicon_free(lex);
    }
    vc_lexicon_free(def);
}

Test(builtin, default_by_name_matches_the_default)
{
    vc_error e;
    vc_lexicon *a = NULL, *b = NULL;
    cr_assert_eq(vc_lexicon_load_builtin("default", NULL, &a, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_lexicon_load_default(&b, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_lexicon_entry_count(a), vc_lexicon_entry_count(b));
    vc_entry_info ia, ib;
    vc_lexicon_entry(a, 0, &ia);
    vc_lexicon_entry(b, 0, &ib);
    cr_assert_str_eq(ia.file, "builtin:default");
    cr_assert_str_eq(ib.file, "default.lex");
    vc_lexicon_free(a);
    vc_lexicon_free(b);
}

Test(builtin, unknown_name_is_a_usage_error_listing_the_names)
{
    vc_error e;
    vc_lexicon *lex = (vc_lexicon *)1;
    cr_assert_eq(vc_lexicon_load_builtin("hotel", NULL, &lex, &e), VC_ERR_USAGE);
    cr_assert_null(lex);
    cr_assert_str_eq(e.msg, "unknown built-in lexicon 'builtin:hotel': the built-in lexicons are default, "
                            "restaurant, retail, software, telecom, banking, travel, healthcare, signals");
}

Test(builtin, include_builtin_from_a_file_on_disk)
{
    char tmpl[] = "vc_builtin_XXXXXX"; /* in the working folder of the test */
    cr_assert_not_null(mkdtemp(tmpl));
    char dir[4096];
    cr_assert_not_null(realpath(tmpl, dir));
    char path[4200];
    snprintf(path, sizeof path, "%s/mine.lex", dir);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs("# my lexicon\n@include builtin:retail\n\n[product/availability]\nnot on the shelf\n", f);
    fclose(f);
    vc_error e;
    vc_lexicon *lex = NULL, *retail = NULL;
    cr_assert_eq(vc_lexicon_load_file(path, NULL, &lex, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_lexicon_load_builtin("retail", NULL, &retail, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_lexicon_entry_count(lex), vc_lexicon_entry_count(retail) + 1);
    cr_assert(has_theme(lex, "relationship/rewards"));
    int mine = 0;
    for (uint32_t i = 0; i < vc_lexicon_entry_count(lex); i++) {
        vc_entry_info info;
        vc_lexicon_entry(lex, i, &info);
        if (strcmp(info.text, "not on the shelf") == 0) {
            cr_assert_str_eq(info.file, path);
            cr_assert_eq(info.line, 5);
            mine++;
        }
    }
    cr_assert_eq(mine, 1);
    vc_lexicon_free(lex);
    vc_lexicon_free(retail);

    /* the default twice (directly and through a pack) is read once */
    f = fopen(path, "w");
    fputs("@include builtin:default\n@include builtin:travel\n", f);
    fclose(f);
    vc_lexicon *travel = NULL;
    cr_assert_eq(vc_lexicon_load_file(path, NULL, &lex, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_lexicon_load_builtin("travel", NULL, &travel, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_lexicon_entry_count(lex), vc_lexicon_entry_count(travel));
    cr_assert_eq(vc_lexicon_fingerprint(lex), vc_lexicon_fingerprint(travel));
    vc_lexicon_free(lex);
    vc_lexicon_free(travel);

    /* an unknown name is located at the name */
    f = fopen(path, "w");
    fputs("[a]\nx\n@include  builtin:hotels\n", f);
    fclose(f);
    lex = NULL;
    cr_assert_eq(vc_lexicon_load_file(path, NULL, &lex, &e), VC_ERR_LEXICON);
    char want[4800];
    snprintf(want, sizeof want,
             "%s:3:11: unknown built-in lexicon 'builtin:hotels': the built-in lexicons are default, restaurant, "
             "retail, software, telecom, banking, travel, healthcare, signals",
             path);
    cr_assert_str_eq(e.msg, want);
    remove(path);
    rmdir(dir);
}

/* A pack's "@include ../default.lex" is the embedded default even when the
 * working folder holds a lexicons/default.lex of different content. */
Test(builtin, pack_includes_resolve_among_builtin_files_not_the_disk)
{
    char tmpl[] = "vc_builtin_XXXXXX"; /* in the working folder of the test */
    cr_assert_not_null(mkdtemp(tmpl));
    char dir[4096];
    cr_assert_not_null(realpath(tmpl, dir));
    char old[4096];
    cr_assert_not_null(getcwd(old, sizeof old));
    char sub[4200], file[4200];
    snprintf(sub, sizeof sub, "%s/packs", dir);
    cr_assert_eq(mkdir(sub, 0700), 0);
    snprintf(file, sizeof file, "%s/default.lex", dir);
    FILE *f = fopen(file, "w");
    fputs("[decoy]\ndecoy\n", f);
    fclose(f);
    cr_assert_eq(chdir(sub), 0);
    vc_error e;
    vc_lexicon *lex = NULL;
    cr_assert_eq(vc_lexicon_load_builtin("restaurant", NULL, &lex, &e), VC_OK, "%s", e.msg);
    cr_assert_not(has_theme(lex, "decoy"));
    cr_assert(has_theme(lex, "service/staff"));
    vc_lexicon_free(lex);
    cr_assert_eq(chdir(old), 0);
    remove(file);
    rmdir(sub);
    rmdir(dir);
}

static void count_problem(void *ctx, const vc_lint_finding *f)
{
    if (f->level != VC_LINT_NOTE) {
        (*(int *)ctx)++;
        cr_log_error("%s:%u:%u: %s [%s]", f->file, f->line, f->column, f->message, f->check);
    }
}

/* Every built-in lexicon lints without an error or a warning (notes, such as
 * an entry in two themes, are allowed). */
Test(builtin, every_builtin_lints_clean)
{
    for (size_t i = 0; i < vc_lexicon_builtin_count(); i++) {
        vc_builtin_lexicon b;
        vc_lexicon_builtin(i, &b);
        vc_error e;
        vc_lexicon *lex = NULL;
        cr_assert_eq(vc_lexicon_load_builtin(b.name, NULL, &lex, &e), VC_OK, "%s", e.msg);
        int problems = 0;
        cr_assert_eq(vc_lexicon_lint(lex, count_problem, &problems), VC_OK);
        cr_assert_eq(problems, 0, "builtin:%s has %d lint errors or warnings", b.name, problems);
        vc_lexicon_free(lex);
    }
}

/* The loader's resolution of an include inside a built-in file (internal to
 * the match layer, declared here): paths relative to the file's folder
 * under lexicons/, nothing above it, nothing absolute. */
int vc_lex_builtin_resolve(const char *from_file, const char *rel, size_t rn, vc_builtin_lexicon *out);

Test(builtin, relative_includes_resolve_inside_lexicons)
{
    static const char *const cases[][3] = {
        {"packs/restaurant.lex", "../default.lex", "default"},
        {"packs/restaurant.lex", "retail.lex", "retail"},
        {"packs/restaurant.lex", "./../packs/travel.lex", "travel"},
        {"default.lex", "packs/banking.lex", "banking"},
        {"packs/restaurant.lex", "../../default.lex", NULL},
        {"packs/restaurant.lex", "/default.lex", NULL},
        {"packs/restaurant.lex", "nope.lex", NULL},
        {"default.lex", "../default.lex", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        vc_builtin_lexicon b;
        int rc = vc_lex_builtin_resolve(cases[i][0], cases[i][1], strlen(cases[i][1]), &b);
        if (cases[i][2]) {
            cr_assert_eq(rc, 0, "%s from %s", cases[i][1], cases[i][0]);
            cr_assert_str_eq(b.name, cases[i][2]);
        } else {
            cr_assert_eq(rc, -1, "%s from %s", cases[i][1], cases[i][0]);
        }
    }
}

/* Themes and signals as one lexicon: signal themes are "signal/NAME", flat
 * (no parent, no "signal" theme), after every theme; a comment's words are
 * matched once for both. */
Test(builtin, themes_with_signals_in_one_lexicon)
{
    vc_lexicon *lex = NULL, *plain = NULL;
    vc_error e;
    vc_error_clear(&e);
    cr_assert_eq(vc_lexicon_load_with_signals(NULL, NULL, NULL, &lex, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_lexicon_load_default(&plain, &e), VC_OK);
    size_t sig = vc_lexicon_signal_start(lex), nt = vc_lexicon_theme_count(lex);
    cr_assert_eq(sig, vc_lexicon_theme_count(plain), "the themes come first, as the default has them");
    cr_assert_eq(vc_lexicon_signal_start(plain), vc_lexicon_theme_count(plain), "no signals: start == count");
    cr_assert_eq(nt - sig, 14);
    for (uint32_t t = 0; t < sig; t++)
        cr_assert_str_eq(vc_lexicon_theme_name(lex, t), vc_lexicon_theme_name(plain, t));
    for (uint32_t t = (uint32_t)sig; t < nt; t++) {
        cr_assert(strncmp(vc_lexicon_theme_name(lex, t), "signal/", 7) == 0);
        cr_assert_eq(vc_lexicon_theme_parent(lex, t), VC_NO_THEME, "%s", vc_lexicon_theme_name(lex, t));
    }
    cr_assert(has_theme(lex, "signal/churn_risk") && has_theme(lex, "signal/effort/high"));
    cr_assert(!has_theme(lex, "signal") && !has_theme(lex, "signal/effort"));
    cr_assert_neq(vc_lexicon_fingerprint(lex), vc_lexicon_fingerprint(plain));

    vc_matcher *m = vc_matcher_new(lex);
    const char *text = "the delivery was late and i am switching to another provider";
    vc_match_result r;
    cr_assert_eq(vc_matcher_run(m, text, strlen(text), 0, &r), VC_OK);
    int churn = 0, delivery = 0;
    for (size_t i = 0; i < r.nthemes; i++) {
        churn |= strcmp(vc_lexicon_theme_name(lex, r.themes[i]), "signal/churn_risk") == 0;
        delivery |= strcmp(vc_lexicon_theme_name(lex, r.themes[i]), "fulfilment/delivery") == 0;
    }
    cr_assert(churn && delivery);
    vc_matcher_free(m);
    vc_lexicon_free(lex);
    vc_lexicon_free(plain);
}

/* A theme lexicon may not use the name "signal" when signals are on. */
Test(builtin, signal_is_a_reserved_theme_name_with_signals)
{
    char path[] = "vc_sig_XXXXXX"; /* in the working folder of the test */
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    const char text[] = "[service]\nrude\n[signal/mine]\nangry\n";
    cr_assert_eq(write(fd, text, sizeof text - 1), (ssize_t)(sizeof text - 1));
    close(fd);
    vc_lexicon *lex = NULL;
    vc_error e;
    vc_error_clear(&e);
    cr_assert_eq(vc_lexicon_load_with_signals(path, NULL, NULL, &lex, &e), VC_ERR_LEXICON);
    cr_assert(strstr(e.msg, ":3:") && strstr(e.msg, "'signal' is reserved"), "%s", e.msg);
    cr_assert_eq(vc_lexicon_load_file(path, NULL, &lex, &e), VC_OK, "without signals the name is free");
    vc_lexicon_free(lex);
    vc_error_clear(&e);
    cr_assert_eq(vc_lexicon_load_with_signals(NULL, "builtin:nope", NULL, &lex, &e), VC_ERR_USAGE);
    cr_assert(strstr(e.msg, "builtin:nope"), "%s", e.msg);
    unlink(path);
}
