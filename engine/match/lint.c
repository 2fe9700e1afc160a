/*
 * lint.c - static checks of a compiled lexicon (see lint.h for the list).
 *
 * Duplicates and multi-theme entries compare a canonical key of each entry:
 * its normalized words with "any space/hyphen run" gaps written as one
 * space, so "Money  back" and "money-back" are the same entry. Shadowing
 * asks, per theme, whether a one-word entry matches one of the words of
 * another entry (exactly, or prefix within prefix): then every comment the
 * longer entry matches is already counted by the shorter one. A ~guarded
 * word covers only a guarded entry that starts with it (the same words
 * stand before both); ~x and x are different entries, and x covers ~x.
 *
 * The catastrophic-backtracking probe runs each /regex/ with the PCRE2
 * interpreter under a 100,000-step limit on strings built from the
 * pattern's own characters, repeated ("aaaa...!", "abab...!", "a a a...!")
 * and followed by all of them (so that a required later character is there),
 * the shapes on which nested quantifiers explode. A pattern that passes
 * is not proven safe, but one that fails is certainly unsafe.
 *
 * Each /regex/ is also tried on a few short texts ("", "!", "a", ...): a
 * PCRE2 failure that is not a limit, such as a recursion loop, is an
 * error, as it would stop a scan.
 *
 * A /regex/ the JIT declines ((*NO_JIT), or a pattern the JIT cannot
 * compile) gets a note: it runs on the interpreter, with the same matches.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon_internal.h"
#include "vocal/buf.h"
#include "vocal/lint.h"

#define PROBE_LIMIT 100000u
#define PROBE_REPEAT 32

const char *vc_lint_level_name(vc_lint_level level)
{
    return level == VC_LINT_ERROR ? "error" : level == VC_LINT_WARNING ? "warning" : "note";
}

typedef struct findings {
    vc_lint_finding *v;
    size_t n, cap;
    int oom;
} findings;

static vc_lint_finding *add(findings *f, vc_lint_level level, const char *check, const char *file, uint32_t line,
                            uint32_t col)
{
    vc_lint_finding *v = vc_grow(f->v, &f->cap, f->n, sizeof *v, 32);
    if (!v) {
        f->oom = 1;
        return NULL;
    }
    f->v = v;
    vc_lint_finding *x = &f->v[f->n++];
    memset(x, 0, sizeof *x);
    x->level = level;
    x->check = check;
    x->file = file ? file : "";
    x->line = line;
    x->column = col;
    return x;
}

static int cmp_finding(const void *a, const void *b)
{
    const vc_lint_finding *x = a, *y = b;
    int c = strcmp(x->file, y->file);
    if (c)
        return c;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    if (x->column != y->column)
        return x->column < y->column ? -1 : 1;
    c = strcmp(x->check, y->check);
    return c ? c : strcmp(x->message, y->message);
}

/* ---- canonical keys --------------------------------------------------------- */

static vc_status words_key(const lex_entry *e, vc_buf *b)
{
    vc_status st = VC_OK;
    for (uint32_t w = 0; w < e->nwords && !st; w++) {
        const lex_word *lw = &e->words[w];
        if (w > 0)
            st = lw->gap_kind == GAP_SPACE ? vc_buf_append_char(b, ' ') : vc_buf_append(b, lw->gap, lw->gap_len);
        if (!st)
            st = vc_buf_append(b, lw->s, lw->len);
    }
    return st;
}

static vc_status entry_key(const vc_lexicon *lex, const lex_entry *e, vc_buf *b)
{
    vc_buf_reset(b);
    /* the same words for other languages are another entry */
    if (e->scope && vc_buf_printf(b, "@%s\x01", lex->scopes[e->scope].codes))
        return VC_ERR_NOMEM;
    if (e->guard && vc_buf_append_char(b, '~'))
        return VC_ERR_NOMEM;
    if (e->kind == VC_ENTRY_REGEX) {
        const char *t = e->text;
        while (*t == '!' || *t == ' ' || *t == '\t')
            t++;
        return vc_buf_printf(b, "R%s", t);
    }
    if (e->kind == VC_ENTRY_NEAR || e->kind == VC_ENTRY_BEFORE) {
        vc_status st = vc_buf_printf(b, "%c%u\x02", e->kind == VC_ENTRY_NEAR ? 'N' : 'B', e->distance);
        if (!st)
            st = words_key(&lex->entries[e->op[0]], b);
        if (!st)
            st = vc_buf_append_char(b, '\x03');
        return st ? st : words_key(&lex->entries[e->op[1]], b);
    }
    vc_status st = vc_buf_append_char(b, 'W');
    return st ? st : words_key(e, b);
}

typedef struct keyed {
    char *key;
    uint32_t id;
} keyed;

static int cmp_keyed(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->id < y->id ? -1 : x->id > y->id);
}

static void where(const lex_entry *e, char *out, size_t cap)
{
    snprintf(out, cap, "%s:%u", e->file, e->line);
}

static void check_keys(const vc_lexicon *lex, findings *f, keyed *k, size_t n)
{
    qsort(k, n, sizeof *k, cmp_keyed);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && strcmp(k[j].key, k[i].key) == 0)
            j++;
        const lex_entry *first = &lex->entries[k[i].id];
        for (size_t a = i + 1; a < j; a++) {
            const lex_entry *e = &lex->entries[k[a].id];
            char at[300];
            where(first, at, sizeof at);
            /* the same theme and role: a duplicate; another theme: a note */
            int same = 0;
            for (size_t b = i; b < a && !same; b++) {
                const lex_entry *x = &lex->entries[k[b].id];
                if (x->theme == e->theme && x->role == e->role) {
                    same = 1;
                    where(x, at, sizeof at);
                }
            }
            if (same) {
                vc_lint_finding *x = add(f, VC_LINT_WARNING, "duplicate", e->file, e->line, e->column);
                if (x)
                    snprintf(x->message, sizeof x->message, "duplicate entry '%.200s' (first at %.200s)", e->text, at);
            } else if (e->role == ROLE_INCLUDE && first->role == ROLE_INCLUDE) {
                vc_lint_finding *x = add(f, VC_LINT_NOTE, "multi-theme", e->file, e->line, e->column);
                if (x)
                    snprintf(x->message, sizeof x->message, "'%.150s' is also an entry of theme %.100s (%.200s)",
                             e->text, lex->themes[first->theme], at);
            }
        }
        i = j;
    }
}

/* ---- shadowing ---------------------------------------------------------------- */

/* Does one-word entry g match every text that word w of another entry
 * needs? */
static int covers(const lex_word *g, const lex_word *w)
{
    if (w->glob)
        return 0;
    if (w->prefix) /* p*: only a prefix shorter than p covers it */
        return g->prefix && w->lit >= g->lit && memcmp(w->s, g->s, g->lit) == 0;
    return vc_lex_word_eq(g, w->s, w->len);
}

static int word_like(const lex_entry *e)
{
    return e->kind == VC_ENTRY_WORD || e->kind == VC_ENTRY_PHRASE || e->kind == VC_ENTRY_PREFIX ||
           e->kind == VC_ENTRY_GLOB;
}

/* The order in which an entry's file was first read: a file's includes are
 * read after it, so they rank later. */
static size_t file_rank(const vc_lexicon *lex, const char *file)
{
    for (size_t i = 0; i < lex->nfiles; i++)
        if (lex->files[i] == file)
            return i;
    return 0;
}

/* An entry shadowed by a wider one of a file read before its own (a
 * lexicon that includes it and widens it on purpose, such as a pack over
 * the default) is not reported: the including file's author cannot and
 * need not change the included one. */
static void check_shadowing(const vc_lexicon *lex, findings *f, const char *const *keys)
{
    for (uint32_t g = 0; g < lex->nentries; g++) {
        const lex_entry *ge = &lex->entries[g];
        if (ge->role != ROLE_INCLUDE || !word_like(ge) || ge->nwords != 1)
            continue;
        for (uint32_t x = 0; x < lex->nentries; x++) {
            const lex_entry *xe = &lex->entries[x];
            if (x == g || xe->theme != ge->theme || xe->role != ROLE_INCLUDE || !word_like(xe) ||
                strcmp(keys[x], keys[g]) == 0)
                continue;
            if (ge->scope && ge->scope != xe->scope)
                continue; /* "@lang": it covers only the languages it is for */
            /* a ~guarded word is held off by what stands before it: it
             * covers only a guarded entry that starts with it, whose
             * first word has the same words before it */
            int shadowed = 0;
            uint32_t reach = ge->guard ? (xe->guard ? 1 : 0) : xe->nwords;
            for (uint32_t w = 0; w < reach && !shadowed; w++)
                shadowed = covers(&ge->words[0], &xe->words[w]);
            if (!shadowed || (xe->file != ge->file && file_rank(lex, xe->file) > file_rank(lex, ge->file)))
                continue;
            vc_lint_finding *fx = add(f, VC_LINT_WARNING, "shadowed", xe->file, xe->line, xe->column);
            if (fx)
                snprintf(fx->message, sizeof fx->message,
                         "'%.120s' is shadowed by '%.120s' (%.150s:%u): every comment it matches, that entry "
                         "matches too",
                         xe->text, ge->text, ge->file, ge->line);
        }
    }
}

/* ---- languages ---------------------------------------------------------------- */

/* ISO 639-1, and the three-letter codes language identification gives
 * for languages that have no two-letter one. */
static const char LANGUAGE_CODES[] =
    " aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz"
    " ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik"
    " io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml"
    " mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd"
    " se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi"
    " vo wa wo xh yi yo za zh zu ceb chr haw hmn lif mfe nso syr tlh zzp ";

static void check_languages(const vc_lexicon *lex, findings *f)
{
    for (size_t i = 1; i < lex->nscopes; i++) {
        const lex_scope *sc = &lex->scopes[i];
        size_t off = 0;
        for (const char *p = sc->codes; *p;) {
            const char *c = strchr(p, ',');
            size_t k = c ? (size_t)(c - p) : strlen(p);
            char key[8];
            snprintf(key, sizeof key, " %.*s ", (int)k, p);
            if (!strstr(LANGUAGE_CODES, key)) {
                vc_lint_finding *x = add(f, VC_LINT_WARNING, "unknown-language", sc->file, sc->line,
                                         sc->column + (uint32_t)off);
                if (x)
                    snprintf(x->message, sizeof x->message,
                             "'%.*s' is not a language code that identification gives (ISO 639-1, such as de, es, "
                             "ja): no comment will be in it",
                             (int)k, p);
            }
            off += k + 1;
            if (!c)
                break;
            p = c + 1;
        }
    }
}

/* ---- catastrophic regexes ----------------------------------------------------- */

static int probe(pcre2_code *re, pcre2_match_data *md, pcre2_match_context *mc, const char *s, size_t n)
{
    int rc = pcre2_match(re, (PCRE2_SPTR)s, n, 0, 0, md, mc);
    return rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT;
}

/* A PCRE2 failure other than a limit (a recursion loop, say) stops a scan:
 * the pattern is tried on a few short texts, with the interpreter, which
 * runs a pattern the JIT declines. Returns 1 when it reported one. */
static int check_match_error(const lex_entry *e, findings *f, pcre2_match_data *md, pcre2_match_context *mc)
{
    static const char *const texts[] = {"", "!", " ", "a", "a!"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        int rc = pcre2_match(e->re, (PCRE2_SPTR)texts[i], strlen(texts[i]), 0, PCRE2_NO_JIT, md, mc);
        if (rc >= 0 || rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
            rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_NOMEMORY)
            continue;
        PCRE2_UCHAR msg[120];
        pcre2_get_error_message(rc, msg, sizeof msg);
        vc_lint_finding *x = add(f, VC_LINT_ERROR, "match-error", e->file, e->line, e->column);
        if (x)
            snprintf(x->message, sizeof x->message,
                     "'%.200s' fails on the text \"%s\" (%.120s): PCRE2 cannot run it on such comments, "
                     "which stops a scan (with the JIT, a limit hit)",
                     e->text, texts[i], (const char *)msg);
        return 1;
    }
    return 0;
}

static void check_regex(const lex_entry *e, findings *f, pcre2_match_data *md, pcre2_match_context *mc)
{
    if (check_match_error(e, f, md, mc))
        return;
    char chars[12];
    size_t nc = 0;
    for (const char *p = e->text; *p && nc < sizeof chars; p++) {
        char c = *p;
        if (((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) && !memchr(chars, c, nc))
            chars[nc++] = c;
    }
    if (nc < sizeof chars && !memchr(chars, 'a', nc))
        chars[nc++] = 'a';
    /* probes: "ccc...!", "cdcd...!" and "c c c ...!" for the pattern's
     * characters, each followed by all of them, so that PCRE2's required-
     * character shortcut cannot skip the backtracking */
    char s[2 * PROBE_REPEAT + 2 + sizeof chars];
    for (size_t i = 0; i < nc; i++) {
        for (size_t j = 0; j <= nc + 1; j++) {
            if (j == i)
                continue;
            size_t n = 0;
            for (int r = 0; r < PROBE_REPEAT; r++) {
                s[n++] = chars[i];
                if (j < nc)
                    s[n++] = chars[j];
                else if (j == nc)
                    s[n++] = ' ';
            }
            s[n++] = '!';
            memcpy(s + n, chars, nc);
            n += nc;
            if (!probe(e->re, md, mc, s, n))
                continue;
            vc_lint_finding *x = add(f, VC_LINT_ERROR, "catastrophic-regex", e->file, e->line, e->column);
            if (x)
                snprintf(x->message, sizeof x->message,
                         "'%.200s' backtracks catastrophically: on the %zu-byte text \"%.12s...\" it needs more "
                         "than %u steps, so on real comments it hits PCRE2's limit and misses matches",
                         e->text, n, s, PROBE_LIMIT);
            return;
        }
    }
}

/* ---- patterns the JIT declines ------------------------------------------------ */

/* A pattern that opts out with (*NO_JIT), or that the JIT cannot compile,
 * runs on the interpreter: a note, since it is slower but matches the
 * same. Compiled afresh, so the answer does not depend on the options the
 * lexicon was loaded with. Nothing is said where PCRE2 has no JIT. */
static void check_jit(const lex_entry *e, findings *f)
{
    uint32_t have_jit = 0;
    if (pcre2_config(PCRE2_CONFIG_JIT, &have_jit) < 0 || !have_jit || !e->pattern)
        return;
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)e->pattern, strlen(e->pattern), PCRE2_UTF | PCRE2_UCP, &ec, &eo, NULL);
    if (!re)
        return;
    size_t size = 0;
    int declined = pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) != 0 ||
                   pcre2_pattern_info(re, PCRE2_INFO_JITSIZE, &size) != 0 || size == 0;
    pcre2_code_free(re);
    if (!declined)
        return;
    vc_lint_finding *x = add(f, VC_LINT_NOTE, "no-jit", e->file, e->line, e->column);
    if (x)
        snprintf(x->message, sizeof x->message,
                 "'%.200s' is not JIT-compiled (%s), so it runs on PCRE2's interpreter (slower, same matches)",
                 e->text, strstr(e->pattern, "(*NO_JIT)") ? "it asks for (*NO_JIT)" : "the JIT declined it");
}

/* ---- the entry point -------------------------------------------------------- */

vc_status vc_lexicon_lint(const vc_lexicon *lex, vc_lint_fn fn, void *ctx)
{
    findings f = {0};
    size_t ne = lex->nentries;
    keyed *k = vc_xcalloc(ne ? ne : 1, sizeof *k);
    char **keys = vc_xcalloc(ne ? ne : 1, sizeof *keys);
    uint32_t *count = vc_xcalloc(lex->nthemes ? lex->nthemes : 1, sizeof *count);
    uint32_t *excl = vc_xcalloc(lex->nthemes ? lex->nthemes : 1, sizeof *excl);
    uint8_t *has_child = vc_xcalloc(lex->nthemes ? lex->nthemes : 1, 1);
    pcre2_match_data *md = pcre2_match_data_create(16, NULL);
    pcre2_match_context *mc = pcre2_match_context_create(NULL);
    vc_buf b = VC_BUF_INIT;
    vc_status st = VC_OK;
    if (!k || !keys || !count || !excl || !has_child || !md || !mc) {
        st = VC_ERR_NOMEM;
        goto done;
    }
    pcre2_set_match_limit(mc, PROBE_LIMIT);
    pcre2_set_depth_limit(mc, PROBE_LIMIT);
    for (uint32_t id = 0; id < ne; id++) {
        const lex_entry *e = &lex->entries[id];
        if ((st = entry_key(lex, e, &b)))
            goto done;
        keys[id] = vc_strndup(b.data, b.len);
        if (!keys[id]) {
            st = VC_ERR_NOMEM;
            goto done;
        }
        k[id] = (keyed){keys[id], id};
        count[e->theme]++;
        excl[e->theme] += e->role == ROLE_EXCLUDE;
        if (e->kind == VC_ENTRY_REGEX) {
            check_regex(e, &f, md, mc);
            check_jit(e, &f);
        }
        if (e->kind == VC_ENTRY_GLOB && e->words[0].lit == 0) {
            vc_lint_finding *x = add(&f, VC_LINT_NOTE, "leading-wildcard", e->file, e->line, e->column);
            if (x)
                snprintf(x->message, sizeof x->message,
                         "'%.200s' starts with a wildcard, so it is tried at every word of every comment (slower)",
                         e->text);
        }
    }
    check_shadowing(lex, &f, (const char *const *)keys);
    check_keys(lex, &f, k, ne);
    check_languages(lex, &f);
    for (uint32_t t = 0; t < lex->nthemes; t++)
        if (lex->parent[t] != VC_NO_THEME)
            has_child[lex->parent[t]] = 1;
    for (uint32_t t = 0; t < lex->nthemes; t++) {
        if (has_child[t] || !lex->declared[t])
            continue;
        if (count[t] == 0) {
            vc_lint_finding *x = add(&f, VC_LINT_WARNING, "empty-theme", lex->theme_file[t], lex->theme_line[t],
                                     lex->theme_col[t]);
            /* a label alone does not make a theme: a misspelled name under
             * "@label" would add an empty row to every table */
            if (x && lex->theme_label[t])
                snprintf(x->message, sizeof x->message,
                         "theme %.300s has no entries, only a label (is the name misspelled?)", lex->themes[t]);
            else if (x)
                snprintf(x->message, sizeof x->message, "theme %.300s has no entries", lex->themes[t]);
        } else if (count[t] == excl[t]) {
            vc_lint_finding *x = add(&f, VC_LINT_WARNING, "only-exclusions", lex->theme_file[t],
                                     lex->theme_line[t], lex->theme_col[t]);
            if (x)
                snprintf(x->message, sizeof x->message,
                         "theme %.300s has only !exclusions, so no comment can mention it", lex->themes[t]);
        }
    }
    if (f.oom) {
        st = VC_ERR_NOMEM;
        goto done;
    }
    if (f.n > 1)
        qsort(f.v, f.n, sizeof *f.v, cmp_finding);
    for (size_t i = 0; i < f.n; i++)
        fn(ctx, &f.v[i]);
done:
    for (size_t i = 0; keys && i < ne; i++)
        free(keys[i]);
    free(keys);
    free(k);
    free(count);
    free(excl);
    free(has_child);
    free(f.v);
    vc_buf_free(&b);
    pcre2_match_data_free(md);
    pcre2_match_context_free(mc);
    return st;
}
