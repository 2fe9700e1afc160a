/*
 * lexbuild.c - the builder every lexicon reader feeds: themes and entries
 * as they arrive, compiled one by one, then arranged and indexed.
 *
 * Entries are normalized with the same vc_normalize() as comment text, split
 * into words with the same word definition (wildcards '?' and '*' count as
 * word characters of an entry), and indexed by their first word for the
 * matcher's fast path. /regex/ entries are compiled by PCRE2 (UTF + UCP)
 * and JIT-compiled when the platform allows; a JIT failure silently keeps
 * the interpreter, which gives the same results. " NEAR/n " and
 * " BEFORE/n " split an entry into two hidden operand entries.
 *
 * Hierarchy: after reading, every ancestor of a theme ("service" for
 * "service/staff") becomes a theme too, and theme ids follow the byte-wise
 * order of names, so a parent always precedes its children and outputs are
 * ordered the same way whatever the order of the file.
 *
 * Limits (documented in lexicons/README.md): 1,000,000 entries, 64 KiB per
 * pattern, 256 bytes per theme name, NEAR/BEFORE distances up to 100 words.
 * A theme name must be valid UTF-8 without NUL bytes: it reaches every
 * output, JSON included, so a bad one is a load error at its file:line:col
 * for every reader rather than a silent repair.
 *
 * Ownership: the builder writes into the loader's vc_lexicon, which the
 * front door (lexicon.c) hands to the caller once vc_lex_finish succeeds.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon_load.h"
#include "vocal/buf.h"
#include "vocal/text.h"

#define MAX_ENTRIES 1000000u
#define MAX_PATTERN (64u * 1024u)
#define MAX_THEME_NAME 256u
#define MAX_LABEL 80u
#define MAX_DISTANCE 100u
#define DEFAULT_MATCH_LIMIT 1000000u
#define DEFAULT_DEPTH_LIMIT 10000u

/* ---- the loader ------------------------------------------------------------- */

vc_status vc_lex_error(lex_loader *L, vc_error *err, uint32_t line, uint32_t col, const char *fmt, ...)
{
    char msg[VC_ERROR_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return vc_error_set(err, VC_ERR_LEXICON, "%s:%u:%u: %s", L->file, line, col, msg);
}

void vc_lex_warn(lex_loader *L, uint32_t line, uint32_t col, const char *fmt, ...)
{
    if (!L->opts || !L->opts->warn)
        return;
    char msg[VC_ERROR_MSG_MAX], full[VC_ERROR_MSG_MAX + 300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(full, sizeof full, "%s:%u:%u: %s", L->file, line, col, msg);
    L->opts->warn(L->opts->warn_ctx, full);
}

static int gap_is_space(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        size_t k = vc_gap_char(s + i, len - i);
        if (!k)
            return 0;
        i += k;
    }
    return len > 0;
}

static long theme_id(lex_loader *L, const char *name, size_t n, int declared)
{
    for (size_t i = 0; i < L->lex->nthemes; i++)
        if (strlen(L->lex->themes[i]) == n && memcmp(L->lex->themes[i], name, n) == 0) {
            L->declared[i] |= (uint8_t)declared;
            return (long)i;
        }
    if (L->lex->nthemes == L->cap_themes) {
        size_t cap = L->cap_themes ? L->cap_themes * 2 : 16;
        char **t = realloc(L->lex->themes, cap * sizeof *t);
        if (!t)
            return -1;
        L->lex->themes = t;
        uint8_t *d = realloc(L->declared, cap);
        if (!d)
            return -1;
        L->declared = d;
        const char **tf = vc_xrealloc_array(L->tfile, cap, sizeof *tf);
        if (!tf)
            return -1;
        L->tfile = tf;
        uint32_t *tl = vc_xrealloc_array(L->tline, cap, sizeof *tl);
        if (!tl)
            return -1;
        L->tline = tl;
        uint32_t *tc = vc_xrealloc_array(L->tcol, cap, sizeof *tc);
        if (!tc)
            return -1;
        L->tcol = tc;
        lex_label *tb = vc_xrealloc_array(L->tlabel, cap, sizeof *tb);
        if (!tb)
            return -1;
        L->tlabel = tb;
        memset(tb + L->cap_themes, 0, (cap - L->cap_themes) * sizeof *tb);
        L->cap_themes = cap;
    }
    L->lex->themes[L->lex->nthemes] = vc_strndup(name, n);
    if (!L->lex->themes[L->lex->nthemes])
        return -1;
    L->declared[L->lex->nthemes] = (uint8_t)declared;
    L->tfile[L->lex->nthemes] = NULL;
    L->tline[L->lex->nthemes] = L->tcol[L->lex->nthemes] = 0;
    L->tlabel[L->lex->nthemes] = (lex_label){NULL, NULL, 0};
    return (long)L->lex->nthemes++;
}

vc_status vc_lex_theme(lex_loader *L, const char *name, size_t nl, uint32_t line, uint32_t col, vc_error *err)
{
    while (nl && (*name == ' ' || *name == '\t')) {
        name++;
        nl--;
    }
    while (nl && (name[nl - 1] == ' ' || name[nl - 1] == '\t'))
        nl--;
    if (nl == 0)
        return vc_lex_error(L, err, line, col, "empty theme name");
    if (nl > MAX_THEME_NAME)
        return vc_lex_error(L, err, line, col, "theme name longer than 256 bytes");
    int empty_level = name[0] == '/' || name[nl - 1] == '/';
    for (size_t k = 1; k < nl; k++)
        empty_level |= name[k] == '/' && name[k - 1] == '/';
    if (empty_level)
        return vc_lex_error(L, err, line, col, "empty level in theme name (stray '/')");
    /* a theme name reaches every output (JSON too), so it must be valid
     * UTF-8 without NUL: an error here, where file:line:col can say which,
     * rather than a silent U+FFFD in the table */
    for (size_t k = 0; k < nl;) {
        int32_t cp;
        int used = vc_utf8_decode(name + k, nl - k, &cp);
        if (!name[k] || (cp == 0xFFFD && !(used == 3 && memcmp(name + k, "\xEF\xBF\xBD", 3) == 0)))
            return vc_lex_error(L, err, line, col + (uint32_t)k,
                                name[k] ? "invalid UTF-8 in theme name" : "NUL byte in theme name");
        k += (size_t)used;
    }
    int reserved = nl >= 6 && memcmp(name, "signal", 6) == 0 && (nl == 6 || name[6] == '/');
    if (L->with_signals && !L->in_signals && reserved)
        return vc_lex_error(L, err, line, col,
                            "theme name '%.*s': 'signal' is reserved for the signals lexicon when signals are "
                            "on (rename the theme, or turn signals off with --no-signals)",
                            (int)nl, name);
    char prefixed[MAX_THEME_NAME + sizeof VC_SIGNAL_PREFIX];
    if (L->in_signals) { /* a signal's theme is "signal/NAME" */
        memcpy(prefixed, VC_SIGNAL_PREFIX, sizeof VC_SIGNAL_PREFIX - 1);
        memcpy(prefixed + sizeof VC_SIGNAL_PREFIX - 1, name, nl);
        name = prefixed;
        nl += sizeof VC_SIGNAL_PREFIX - 1;
    }
    L->cur_theme = theme_id(L, name, nl, 1);
    if (L->cur_theme < 0)
        return vc_lex_nomem(err);
    if (!L->tfile[L->cur_theme]) {
        L->tfile[L->cur_theme] = L->file;
        L->tline[L->cur_theme] = line;
        L->tcol[L->cur_theme] = col;
    }
    return VC_OK;
}

/* A label is a short display name: what a review prints in place of the
 * theme's name. It reaches HTML, Markdown and partials, so no control
 * characters (C0, DEL, C1): a tab or an escape in a heading is a mistake
 * whose line is best named here. */
vc_status vc_lex_label(lex_loader *L, const char *text, size_t n, uint32_t line, uint32_t col, uint32_t text_col,
                       vc_error *err)
{
    if (L->cur_theme < 0)
        return vc_lex_error(L, err, line, col, "@label before any [theme] header: a label names the theme above it");
    if (n == 0)
        return vc_lex_error(L, err, line, col, "@label needs a text: the theme's display name");
    if (n > MAX_LABEL)
        return vc_lex_error(L, err, line, text_col, "label longer than %u bytes (%zu)", MAX_LABEL, n);
    for (size_t k = 0; k < n;) {
        int32_t cp;
        int used = vc_utf8_decode(text + k, n - k, &cp);
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
            return vc_lex_error(L, err, line, text_col + (uint32_t)k, "control character U+%04X in label",
                                (unsigned)cp);
        k += (size_t)used;
    }
    lex_label *lb = &L->tlabel[L->cur_theme];
    if (lb->text) {
        if (strlen(lb->text) == n && memcmp(lb->text, text, n) == 0)
            return VC_OK; /* the same label again (a file that repeats a header) */
        return vc_lex_error(L, err, line, col, "theme %s already has the label '%s' (%s:%u); a theme has one label",
                            L->lex->themes[L->cur_theme], lb->text, lb->file, lb->line);
    }
    if (!(lb->text = vc_strndup(text, n)))
        return vc_lex_nomem(err);
    lb->file = L->file;
    lb->line = line;
    return VC_OK;
}

/* "@lang de,es": each code 2 or 3 lowercase ASCII letters, as language.h
 * gives them; written in any case and with spaces after commas, kept as
 * one canonical list. Sets are shared: the same list is one scope. */
vc_status vc_lex_lang(lex_loader *L, const char *spec, size_t n, uint32_t line, uint32_t col, uint32_t text_col,
                      vc_error *err)
{
    if (n == 0)
        return vc_lex_error(L, err, line, col, "@lang needs language codes (@lang de or @lang de,at) or '*'");
    if (n == 1 && spec[0] == '*') {
        L->cur_scope = 0;
        return VC_OK;
    }
    char codes[256];
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && vc_lex_is_blank(spec[i]))
            i++;
        size_t a = i;
        while (i < n && ((spec[i] >= 'a' && spec[i] <= 'z') || (spec[i] >= 'A' && spec[i] <= 'Z')))
            i++;
        size_t len = i - a;
        while (i < n && vc_lex_is_blank(spec[i]))
            i++;
        if (len < 2 || len > 3 || (i < n && spec[i] != ','))
            return vc_lex_error(L, err, line, text_col + (uint32_t)a,
                                "a language is a 2- or 3-letter code (ISO 639-1 where there is one: de, es, "
                                "ja), codes separated by commas, or '*' for every language");
        if (k + len + 2 > sizeof codes)
            return vc_lex_error(L, err, line, text_col + (uint32_t)a, "too many languages in one @lang line");
        if (k)
            codes[k++] = ',';
        for (size_t j = 0; j < len; j++)
            codes[k++] = (char)(spec[a + j] | 0x20);
        if (i < n) {
            i++; /* the comma */
            if (i == n)
                return vc_lex_error(L, err, line, text_col + (uint32_t)i, "a language code after ','");
        }
    }
    codes[k] = 0;
    vc_lexicon *lex = L->lex;
    for (size_t i = 1; i < lex->nscopes; i++)
        if (strcmp(lex->scopes[i].codes, codes) == 0) {
            L->cur_scope = (uint16_t)i;
            return VC_OK;
        }
    if (lex->nscopes >= UINT16_MAX)
        return vc_lex_error(L, err, line, col, "more than 65,534 different @lang sets");
    lex_scope *v = vc_xrealloc_array(lex->scopes, lex->nscopes ? lex->nscopes + 1 : 2, sizeof *v);
    if (!v)
        return vc_lex_nomem(err);
    lex->scopes = v;
    if (!lex->nscopes) {
        memset(&v[0], 0, sizeof v[0]);
        lex->nscopes = 1;
    }
    lex_scope *sc = &v[lex->nscopes];
    memset(sc, 0, sizeof *sc);
    sc->codes = vc_strndup(codes, k);
    if (!sc->codes)
        return vc_lex_nomem(err);
    sc->file = L->file;
    sc->line = line;
    sc->column = text_col;
    L->cur_scope = (uint16_t)lex->nscopes++;
    return VC_OK;
}

static lex_entry *new_entry(lex_loader *L)
{
    lex_entry *all = vc_grow(L->lex->entries, &L->cap_entries, L->lex->nentries, sizeof *all, 64);
    if (!all)
        return NULL;
    L->lex->entries = all;
    lex_entry *e = &all[L->lex->nentries++];
    memset(e, 0, sizeof *e);
    return e;
}

static lex_entry *new_op(lex_loader *L)
{
    lex_entry *ops = vc_grow(L->ops, &L->cap_ops, L->nops, sizeof *ops, 16);
    if (!ops)
        return NULL;
    L->ops = ops;
    lex_entry *e = &ops[L->nops++];
    memset(e, 0, sizeof *e);
    return e;
}

/* JIT-compile re; true only when machine code exists. pcre2_jit_compile()
 * reports success for a pattern that opts out with (*NO_JIT) without
 * compiling anything, and pcre2_jit_match() then fails with a bad-option
 * error: such patterns run on the interpreter. */
static int jit_ready(pcre2_code *re, const vc_lexicon_options *opts)
{
    size_t size = 0;
    return (!opts || !opts->no_jit) && pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) == 0 &&
           pcre2_pattern_info(re, PCRE2_INFO_JITSIZE, &size) == 0 && size > 0;
}

static vc_status compile_regex(lex_loader *L, lex_entry *e, const char *pat, size_t n, uint32_t line,
                               uint32_t col, vc_error *err)
{
    if (n == 0)
        return vc_lex_error(L, err, line, col, "empty pattern //");
    if (n > MAX_PATTERN)
        return vc_lex_error(L, err, line, col, "pattern longer than 65536 bytes");
    int ec;
    PCRE2_SIZE eoff;
    e->re = pcre2_compile((PCRE2_SPTR)pat, n, PCRE2_UTF | PCRE2_UCP, &ec, &eoff, NULL);
    if (!e->re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(ec, msg, sizeof msg);
        return vc_lex_error(L, err, line, col + 1 + (uint32_t)eoff, "invalid pattern: %s", (const char *)msg);
    }
    e->jit = jit_ready(e->re, L->opts);
    e->kind = VC_ENTRY_REGEX;
    e->pattern = vc_strndup(pat, n);
    return e->pattern ? VC_OK : vc_lex_nomem(err);
}

/* Can this regex be one branch of an alternation and keep its meaning?
 * Not when it refers to groups by number or name (numbers shift), uses
 * backtracking verbs ((*COMMIT) in one branch could fail them all), a
 * callout, \Q without its \E, or '#' (an extended-mode comment would
 * swallow the closing parenthesis). Cautious on purpose: a pattern left
 * out simply runs on its own. */
static int joinable(const lex_entry *e)
{
    uint32_t backrefs = 1, names = 1;
    if (pcre2_pattern_info(e->re, PCRE2_INFO_BACKREFMAX, &backrefs) || backrefs ||
        pcre2_pattern_info(e->re, PCRE2_INFO_NAMECOUNT, &names) || names)
        return 0;
    const char *p = e->pattern;
    if (strstr(p, "(*") || strstr(p, "\\Q") || strchr(p, '#') || strstr(p, "(?C") || strstr(p, "(?R") ||
        strstr(p, "(?&") || strstr(p, "(?P") || strstr(p, "(?(") || strstr(p, "\\g") || strstr(p, "\\k"))
        return 0;
    for (const char *q = strstr(p, "(?"); q; q = strstr(q + 2, "(?")) {
        char c = q[2] == '+' || q[2] == '-' ? q[3] : q[2];
        if (c >= '0' && c <= '9')
            return 0; /* a subroutine call by number */
    }
    return 1;
}

/* Build lex->regex_union from the joinable regex entries (see the header). */
static vc_status build_regex_union(vc_lexicon *lex, const vc_lexicon_options *opts)
{
    vc_buf b = VC_BUF_INIT;
    vc_status st = VC_OK;
    size_t joined = 0;
    for (size_t r = 0; r < lex->nregex && !st; r++) {
        const lex_entry *e = &lex->entries[lex->regex_ids[r]];
        if (!joinable(e))
            continue;
        st = vc_buf_append_str(&b, joined ? "|(?:" : "(?:");
        if (!st)
            st = vc_buf_append_str(&b, e->pattern);
        if (!st)
            st = vc_buf_append_char(&b, ')');
        joined++;
    }
    if (!st && joined >= 2) {
        int ec;
        PCRE2_SIZE eo;
        lex->regex_union = pcre2_compile((PCRE2_SPTR)b.data, b.len, PCRE2_UTF | PCRE2_UCP, &ec, &eo, NULL);
        /* a union that does not compile (too large, say) is simply not used */
        if (lex->regex_union) {
            lex->union_jit = jit_ready(lex->regex_union, opts);
            for (size_t r = 0; r < lex->nregex; r++) {
                lex_entry *e = &lex->entries[lex->regex_ids[r]];
                e->in_union = (uint8_t)joinable(e);
            }
        }
    }
    vc_buf_free(&b);
    return st;
}

static int is_entry_word_cp(int32_t cp) { return cp == '*' || cp == '?' || vc_is_word_cp(cp); }

/* Next word of an entry: a maximal run of word characters and wildcards. */
static int next_entry_word(const char *s, size_t len, size_t *pos, size_t *a, size_t *b)
{
    size_t i = *pos;
    int32_t cp;
    while (i < len) {
        int u = vc_utf8_decode(s + i, len - i, &cp);
        if (is_entry_word_cp(cp))
            break;
        i += (size_t)u;
    }
    if (i >= len)
        return 0;
    *a = i;
    while (i < len) {
        int u = vc_utf8_decode(s + i, len - i, &cp);
        if (!is_entry_word_cp(cp))
            break;
        i += (size_t)u;
    }
    *b = *pos = i;
    return 1;
}

/* Normalize and split a word/phrase entry (raw: as written, no '!'). */
static vc_status compile_words(lex_loader *L, lex_entry *e, const char *raw, size_t n, uint32_t line,
                               uint32_t col, vc_error *err)
{
    size_t repaired = 0;
    vc_status st = vc_normalize(L->norm, raw, n, &L->nbuf, &repaired);
    if (st)
        return vc_lex_nomem(err);
    e->norm = vc_strndup(L->nbuf.data ? L->nbuf.data : "", L->nbuf.len);
    if (!e->norm)
        return vc_lex_nomem(err);
    const char *s = e->norm;
    size_t len = L->nbuf.len;
    size_t pos = 0, a, b, nw = 0;
    while (next_entry_word(s, len, &pos, &a, &b))
        nw++;
    if (nw == 0)
        return vc_lex_error(L, err, line, col, "entry has no word characters; use a /regex/ to match punctuation");
    e->words = calloc(nw, sizeof *e->words);
    if (!e->words)
        return vc_lex_nomem(err);
    pos = 0;
    size_t prev_end = 0, k = 0;
    int any_prefix = 0, any_glob = 0;
    while (next_entry_word(s, len, &pos, &a, &b)) {
        lex_word *w = &e->words[k];
        w->s = s + a;
        w->len = (uint32_t)(b - a);
        if (k == 0 && a > 0)
            return vc_lex_error(L, err, line, col, "entry starts with characters outside words; use a /regex/");
        size_t nwild = 0, first_wild = SIZE_MAX, has_char = 0;
        for (size_t i = a; i < b; i++) {
            if (s[i] == '*' || s[i] == '?') {
                nwild++;
                if (first_wild == SIZE_MAX)
                    first_wild = i - a;
            } else {
                has_char = 1;
            }
        }
        if (!has_char)
            return vc_lex_error(L, err, line, col,
                                "a word made only of wildcards ('%.*s'); a word needs a letter or digit",
                                (int)(b - a), s + a);
        w->lit = first_wild == SIZE_MAX ? w->len : (uint32_t)first_wild;
        if (nwild == 1 && s[b - 1] == '*')
            w->prefix = 1;
        else if (nwild)
            w->glob = 1;
        any_prefix |= w->prefix;
        any_glob |= w->glob;
        if (k > 0) {
            const char *g = s + prev_end;
            size_t gl = a - prev_end;
            if (gap_is_space(g, gl)) {
                w->gap_kind = GAP_SPACE;
            } else {
                w->gap_kind = GAP_LITERAL;
                w->gap = g;
                w->gap_len = (uint32_t)gl;
            }
        }
        prev_end = b;
        k++;
    }
    if (prev_end != len)
        return vc_lex_error(L, err, line, col, "entry ends with characters outside words; use a /regex/");
    e->nwords = (uint32_t)nw;
    e->kind = any_glob ? VC_ENTRY_GLOB : any_prefix ? VC_ENTRY_PREFIX : nw > 1 ? VC_ENTRY_PHRASE : VC_ENTRY_WORD;
    /* words in a script written without spaces: a substring entry */
    int32_t cp = 0, first_cp = 0;
    vc_utf8_decode(s, len, &first_cp);
    for (size_t i = 0; i < len;) {
        i += (size_t)vc_utf8_decode(s + i, len - i, &cp);
        if (vc_lex_spaceless_cp(cp))
            e->sub = 1;
    }
    if (e->sub) {
        /* a trailing '*' after such a script ("返金*") says what a substring
         * does anyway: dropped. Any other wildcard is an error. */
        for (size_t k2 = 0; k2 < nw && !any_glob; k2++) {
            lex_word *w = &e->words[k2];
            if (!w->prefix)
                continue;
            size_t j = w->lit;
            while (j > 0 && ((unsigned char)w->s[j - 1] & 0xC0) == 0x80)
                j--;
            int32_t last = 0;
            if (j > 0)
                vc_utf8_decode(w->s + j - 1, w->lit - (j - 1), &last);
            if (!vc_lex_spaceless_cp(last))
                any_glob = 1; /* a prefix in another script: not a substring */
            w->len = w->lit;
            w->prefix = 0;
        }
        if (any_glob)
            return vc_lex_error(L, err, line, col,
                                "a word in a script written without spaces matches inside words already: "
                                "leave out '*' and '?'");
        e->kind = nw > 1 ? VC_ENTRY_PHRASE : VC_ENTRY_WORD;
        const lex_word *lw = &e->words[nw - 1]; /* its last code point, '*' dropped */
        size_t j = lw->len;
        while (j > 1 && ((unsigned char)lw->s[j - 1] & 0xC0) == 0x80)
            j--;
        if (j > 0)
            vc_utf8_decode(lw->s + j - 1, lw->len - (j - 1), &cp);
        e->sub_cp = first_cp;
        e->sub_open_start = (uint8_t)vc_lex_spaceless_cp(first_cp);
        e->sub_open_end = (uint8_t)vc_lex_spaceless_cp(cp);
    }
    return VC_OK;
}

/* Find " NEAR/n " or " BEFORE/n " in an entry. Returns 1 and fills the
 * operator's span and distance, 0 when there is none, -1 on an error
 * (already set in err). */
static int find_operator(lex_loader *L, const char *s, size_t n, uint32_t line, uint32_t col, size_t *op_start,
                         size_t *op_end, int *before, uint32_t *distance, vc_error *err)
{
    int found = 0;
    for (size_t i = 1; i < n; i++) {
        if (!vc_lex_is_blank(s[i - 1]))
            continue;
        size_t kw = 0;
        int is_before = 0;
        if (n - i >= 5 && memcmp(s + i, "NEAR/", 5) == 0)
            kw = 5;
        else if (n - i >= 7 && memcmp(s + i, "BEFORE/", 7) == 0)
            kw = 7, is_before = 1;
        if (!kw)
            continue;
        if (found) {
            vc_lex_error(L, err, line, col + (uint32_t)i, "only one NEAR/ or BEFORE/ per entry");
            return -1;
        }
        size_t j = i + kw;
        unsigned long d = 0;
        while (j < n && s[j] >= '0' && s[j] <= '9' && d <= MAX_DISTANCE)
            d = d * 10 + (unsigned long)(s[j++] - '0');
        if (j == i + kw) {
            vc_lex_error(L, err, line, col + (uint32_t)i, "%s needs a distance in words, as in %s3",
                         is_before ? "BEFORE/" : "NEAR/", is_before ? "BEFORE/" : "NEAR/");
            return -1;
        }
        if (d > MAX_DISTANCE) {
            vc_lex_error(L, err, line, col + (uint32_t)(i + kw), "distance larger than %u words", MAX_DISTANCE);
            return -1;
        }
        if (j < n && !vc_lex_is_blank(s[j])) {
            vc_lex_error(L, err, line, col + (uint32_t)j, "expected a space after the distance");
            return -1;
        }
        *op_start = i;
        *op_end = j;
        *before = is_before;
        *distance = (uint32_t)d;
        found = 1;
        i = j;
    }
    return found;
}

static vc_status compile_operand(lex_loader *L, uint32_t parent, const char *s, size_t n, uint32_t line,
                                 uint32_t col, vc_error *err)
{
    size_t lead = 0;
    while (lead < n && vc_lex_is_blank(s[lead]))
        lead++;
    while (n > lead && vc_lex_is_blank(s[n - 1]))
        n--;
    if (lead == n)
        return vc_lex_error(L, err, line, col, "NEAR/ and BEFORE/ need a word or phrase on each side");
    if (s[lead] == '/' || s[lead] == '!')
        return vc_lex_error(L, err, line, col + (uint32_t)lead,
                            "a NEAR/ or BEFORE/ operand is a word or phrase, not a /regex/ or an !exclusion");
    if (s[lead] == '~')
        return vc_lex_error(L, err, line, col + (uint32_t)lead,
                            "'~' guards a whole entry: write it once, before the first operand");
    lex_entry *op = new_op(L);
    if (!op)
        return vc_lex_nomem(err);
    op->role = ROLE_OPERAND;
    op->parent = parent;
    op->line = line;
    op->column = col + (uint32_t)lead;
    op->text = vc_strndup(s + lead, n - lead);
    if (!op->text)
        return vc_lex_nomem(err);
    vc_status st = compile_words(L, op, s + lead, n - lead, line, col + (uint32_t)lead, err);
    if (!st && op->sub)
        st = vc_lex_error(L, err, line, col + (uint32_t)lead,
                          "a NEAR/ or BEFORE/ side in a script written without spaces: its words cannot be "
                          "counted; write the phrase as one entry");
    return st;
}

vc_status vc_lex_entry(lex_loader *L, const char *raw, size_t n, uint32_t line, uint32_t col, int soft,
                       vc_error *err)
{
    if (L->cur_theme < 0)
        return vc_lex_error(L, err, line, col, "entry before any [theme] header");
    if (L->lex->nentries >= MAX_ENTRIES)
        return vc_lex_error(L, err, line, col, "more than 1,000,000 entries");
    size_t ops_before = L->nops;
    uint32_t id = (uint32_t)L->lex->nentries;
    lex_entry *e = new_entry(L);
    if (!e)
        return vc_lex_nomem(err);
    e->theme = (uint32_t)L->cur_theme;
    e->scope = L->cur_scope;
    e->file = L->file;
    e->line = line;
    e->column = col;
    e->text = vc_strndup(raw, n);
    if (!e->text)
        return vc_lex_nomem(err);
    /* a leading '!' (exclusion) and '~' (guard), each at most once, in
     * either order */
    size_t off = 0;
    int seen_guard = 0;
    while (off < n && ((raw[off] == '!' && e->role != ROLE_EXCLUDE) || (raw[off] == '~' && !e->guard))) {
        if (raw[off] == '!')
            e->role = ROLE_EXCLUDE;
        else
            e->guard = 1;
        if (raw[off] == '~' && L->opts && L->opts->ignore_guards)
            seen_guard = 1; /* read, then dropped below */
        off++;
        while (off < n && vc_lex_is_blank(raw[off]))
            off++;
    }
    if (seen_guard)
        e->guard = 0;
    const char *body = raw + off;
    size_t bn = n - off;
    uint32_t bcol = col + (uint32_t)off;
    vc_status st;
    size_t os, oe;
    int before = 0;
    uint32_t dist = 0;
    int op = 0;
    if (bn == 0) {
        st = vc_lex_error(L, err, line, col, e->guard && e->role != ROLE_EXCLUDE ? "'~' needs an entry to guard"
                                                                                  : "'!' needs an entry to exclude");
    } else if (body[0] == '/' && e->guard) {
        st = vc_lex_error(L, err, line, col,
                          "a /regex/ entry cannot be guarded with '~': the guard reads words before an entry's "
                          "first word; write the condition into the pattern instead");
    } else if (body[0] == '/') {
        if (bn < 2 || body[bn - 1] != '/')
            st = vc_lex_error(L, err, line, bcol, "unterminated pattern: a /regex/ entry must end with '/'");
        else
            st = compile_regex(L, e, body + 1, bn - 2, line, bcol, err);
    } else if ((op = find_operator(L, body, bn, line, bcol, &os, &oe, &before, &dist, err)) != 0) {
        st = op < 0 ? VC_ERR_LEXICON : VC_OK;
        if (!st) {
            e->kind = before ? VC_ENTRY_BEFORE : VC_ENTRY_NEAR;
            e->distance = dist;
            e->op[0] = (uint32_t)L->nops;
            st = compile_operand(L, id, body, os, line, bcol, err);
        }
        if (!st) {
            L->lex->entries[id].op[1] = (uint32_t)L->nops;
            st = compile_operand(L, id, body + oe, bn - oe, line, bcol + (uint32_t)oe, err);
        }
    } else {
        st = compile_words(L, e, body, bn, line, bcol, err);
        if (!st && e->sub && e->guard)
            st = vc_lex_error(L, err, line, col,
                              "an entry in a script written without spaces cannot be guarded with '~': the "
                              "guard reads the words before it; write the negated form as an exclusion");
    }
    if (st == VC_ERR_LEXICON && soft) {
        /* imported entries: the located message becomes a warning */
        if (L->opts && L->opts->warn) {
            char msg[VC_ERROR_MSG_MAX + 32];
            snprintf(msg, sizeof msg, "%s; entry skipped", err->msg);
            L->opts->warn(L->opts->warn_ctx, msg);
        }
        while (L->nops > ops_before)
            vc_lex_free_entry(&L->ops[--L->nops]);
        vc_lex_free_entry(&L->lex->entries[id]);
        L->lex->nentries--;
        vc_error_clear(err);
        return VC_OK;
    }
    return st;
}

/* ---- compiling: hierarchy, order, indexes ----------------------------------- */

typedef struct key_ref {
    uint64_t hash;
    const char *key;
    uint32_t len;
    uint32_t entry;
} key_ref;

static int cmp_key(const void *x, const void *y)
{
    const key_ref *a = x, *b = y;
    if (a->hash != b->hash)
        return a->hash < b->hash ? -1 : 1;
    if (a->len != b->len)
        return a->len < b->len ? -1 : 1;
    int c = memcmp(a->key, b->key, a->len);
    if (c)
        return c;
    return a->entry < b->entry ? -1 : a->entry > b->entry;
}

static int same_key(const key_ref *a, const key_ref *b)
{
    return a->hash == b->hash && a->len == b->len && memcmp(a->key, b->key, a->len) == 0;
}

static vc_status build_index(lex_index *ix, key_ref *keys, size_t n)
{
    qsort(keys, n, sizeof *keys, cmp_key);
    size_t distinct = 0;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || !same_key(&keys[i], &keys[i - 1]))
            distinct++;
    size_t ns = 16;
    while (ns < distinct * 2)
        ns *= 2;
    ix->slots = vc_xcalloc(ns, sizeof *ix->slots);
    ix->chain = vc_xcalloc(n ? n : 1, sizeof *ix->chain);
    if (!ix->slots || !ix->chain)
        return VC_ERR_NOMEM;
    ix->nslots = ns;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && same_key(&keys[j], &keys[i])) {
            ix->chain[j] = keys[j].entry;
            j++;
        }
        uint32_t bit = lex_bloom_bit(keys[i].hash);
        ix->bloom[bit / 64] |= 1ULL << (bit % 64);
        size_t h = (size_t)keys[i].hash & (ns - 1);
        while (ix->slots[h].count)
            h = (h + 1) & (ns - 1);
        ix->slots[h] = (lex_slot){keys[i].hash, keys[i].key, keys[i].len, (uint32_t)i, (uint32_t)(j - i)};
        i = j;
    }
    return VC_OK;
}

static int cmp_u32(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return a < b ? -1 : a > b;
}

static char *const *sort_names;
static int sort_signals_last;

/* "signal/..." (with signals on) */
static int is_signal_name(const char *s)
{
    return strncmp(s, VC_SIGNAL_PREFIX, sizeof VC_SIGNAL_PREFIX - 1) == 0;
}

static int cmp_theme_idx(const void *x, const void *y)
{
    const char *a = sort_names[*(const uint32_t *)x], *b = sort_names[*(const uint32_t *)y];
    if (sort_signals_last && is_signal_name(a) != is_signal_name(b))
        return is_signal_name(a) - is_signal_name(b); /* signals after every theme */
    return strcmp(a, b);
}

/* Theme order, parents and hidden operands. */
static vc_status arrange(lex_loader *L, vc_error *err)
{
    vc_lexicon *lex = L->lex;
    /* every ancestor is a theme (the list grows while we walk it) */
    for (size_t i = 0; i < lex->nthemes; i++) {
        const char *slash = strrchr(lex->themes[i], '/');
        /* signals are flat: "signal/effort/high" has no theme above it
         * (a count of "any effort signal" would add high and low effort) */
        if (L->with_signals && is_signal_name(lex->themes[i]))
            continue;
        if (slash && theme_id(L, lex->themes[i], (size_t)(slash - lex->themes[i]), 0) < 0)
            return vc_lex_nomem(err);
    }
    size_t nt = lex->nthemes;
    uint32_t *order = vc_xcalloc(nt, sizeof *order), *remap = vc_xcalloc(nt, sizeof *remap);
    char **sorted = vc_xcalloc(nt, sizeof *sorted);
    lex->declared = vc_xcalloc(nt, 1);
    lex->parent = vc_xcalloc(nt, sizeof *lex->parent);
    lex->theme_file = vc_xcalloc(nt, sizeof *lex->theme_file);
    lex->theme_line = vc_xcalloc(nt, sizeof *lex->theme_line);
    lex->theme_col = vc_xcalloc(nt, sizeof *lex->theme_col);
    lex->theme_label = vc_xcalloc(nt, sizeof *lex->theme_label);
    if (!order || !remap || !sorted || !lex->declared || !lex->parent || !lex->theme_file || !lex->theme_line ||
        !lex->theme_col || !lex->theme_label) {
        free(order);
        free(remap);
        free(sorted);
        return vc_lex_nomem(err);
    }
    for (uint32_t i = 0; i < nt; i++)
        order[i] = i;
    sort_names = lex->themes; /* loading runs on one thread */
    sort_signals_last = L->with_signals;
    qsort(order, nt, sizeof *order, cmp_theme_idx);
    sort_names = NULL;
    sort_signals_last = 0;
    for (uint32_t i = 0; i < nt; i++) {
        remap[order[i]] = i;
        sorted[i] = lex->themes[order[i]];
        lex->declared[i] = L->declared[order[i]];
        lex->theme_file[i] = L->tfile[order[i]];
        lex->theme_line[i] = L->tline[order[i]];
        lex->theme_col[i] = L->tcol[order[i]];
        lex->theme_label[i] = L->tlabel[order[i]].text; /* now owned by the lexicon */
        L->tlabel[order[i]].text = NULL;
    }
    free(lex->themes);
    lex->themes = sorted;
    free(order);
    lex->signal_start = nt;
    for (uint32_t i = 0; L->with_signals && i < nt; i++)
        if (is_signal_name(sorted[i])) {
            lex->signal_start = i;
            break;
        }
    for (uint32_t i = 0; i < nt; i++) {
        lex->parent[i] = VC_NO_THEME;
        const char *slash = strrchr(sorted[i], '/');
        if (!slash || i >= lex->signal_start)
            continue;
        size_t pl = (size_t)(slash - sorted[i]);
        for (uint32_t j = i; j-- > 0;) /* a parent sorts before its children */
            if (strlen(sorted[j]) == pl && memcmp(sorted[j], sorted[i], pl) == 0) {
                lex->parent[i] = j;
                break;
            }
    }
    /* operands go after the visible entries */
    size_t ne = lex->nentries, nall = ne + L->nops;
    if (L->nops) {
        lex_entry *all = realloc(lex->entries, nall * sizeof *all);
        if (!all) {
            free(remap);
            return vc_lex_nomem(err);
        }
        lex->entries = all;
        memcpy(all + ne, L->ops, L->nops * sizeof *all);
        L->nops = 0; /* now owned by the lexicon */
        for (size_t i = 0; i < ne; i++)
            if (all[i].kind == VC_ENTRY_NEAR || all[i].kind == VC_ENTRY_BEFORE) {
                all[i].op[0] += (uint32_t)ne;
                all[i].op[1] += (uint32_t)ne;
            }
        for (size_t i = ne; i < nall; i++) {
            all[i].theme = all[all[i].parent].theme;
            all[i].file = all[all[i].parent].file;
            all[i].scope = all[all[i].parent].scope;
            all[i].kind = all[i].kind;
        }
    }
    lex->nall = nall;
    for (size_t i = 0; i < nall; i++)
        lex->entries[i].theme = remap[lex->entries[i].theme];
    free(remap);
    return VC_OK;
}

/* Words so common in comments that a phrase starting with one is better
 * filed under a later word (lex_entry.anchor). Written normalized, as
 * entry words are; the pieces of contractions ("didn", "t") included. */
static const char *const COMMON_WORDS[] = {
    "a", "about", "after", "all", "am", "an", "and", "any", "are", "aren", "as", "at", "be", "been", "but", "by",
    "can", "couldn", "d", "did", "didn", "do", "does", "doesn", "don", "for", "from", "get", "got", "had", "has",
    "hasn", "have", "haven", "he", "her", "his", "i", "if", "in", "is", "isn", "it", "its", "just", "ll", "m", "me",
    "my", "no", "not", "of", "on", "one", "or", "our", "out", "re", "s", "she", "so", "some", "t", "than", "that",
    "the", "their", "them", "there", "they", "this", "to", "too", "up", "us", "ve", "very", "was", "wasn", "we",
    "were", "weren", "what", "when", "will", "with", "won", "would", "wouldn", "you", "your",
};

static int common_word(const lex_word *w)
{
    if (w->prefix || w->glob)
        return 0;
    for (size_t i = 0; i < sizeof COMMON_WORDS / sizeof *COMMON_WORDS; i++)
        if (strlen(COMMON_WORDS[i]) == w->len && memcmp(COMMON_WORDS[i], w->s, w->len) == 0)
            return 1;
    return 0;
}

/* The word an exact-first-word entry is filed under: its first word, or,
 * when that is very common, the first later word that is exact (no
 * wildcard) and not common. */
static uint32_t anchor_word(const lex_entry *e)
{
    if (!common_word(&e->words[0]))
        return 0;
    for (uint32_t j = 1; j < e->nwords; j++)
        if (!e->words[j].prefix && !e->words[j].glob && !common_word(&e->words[j]))
            return j;
    return 0;
}

static const lex_entry *sort_ops;

static int cmp_op_text(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    int c = strcmp(sort_ops[x].text, sort_ops[y].text);
    return c ? c : (x > y) - (x < y);
}

/* Operands written the same way become one: the first (lowest id) serves
 * every NEAR/BEFORE entry that names it, the others are aliases left out of
 * the indexes. Matching is the same (an operand's occurrences depend only
 * on its words), but a common word paired with many others is looked up
 * and recorded once. Then each entry is filed as a candidate under the
 * operand of its two that serves fewer entries. */
static vc_status share_operands(vc_lexicon *lex, vc_error *err)
{
    size_t first = lex->nentries, nops = lex->nall - lex->nentries;
    if (nops == 0)
        return VC_OK;
    uint32_t *ids = vc_xcalloc(nops, sizeof *ids);
    if (!ids)
        return vc_lex_nomem(err);
    for (size_t i = 0; i < nops; i++)
        ids[i] = (uint32_t)(first + i);
    sort_ops = lex->entries; /* loading runs on one thread */
    qsort(ids, nops, sizeof *ids, cmp_op_text);
    sort_ops = NULL;
    for (size_t i = 0; i < nops;) {
        size_t j = i + 1;
        while (j < nops && strcmp(lex->entries[ids[j]].text, lex->entries[ids[i]].text) == 0)
            j++;
        lex_entry *c = &lex->entries[ids[i]]; /* the lowest id of the group */
        c->served = (uint32_t)(j - i);
        for (size_t k = i; k < j; k++) {
            lex_entry *o = &lex->entries[ids[k]];
            lex_entry *p = &lex->entries[o->parent];
            for (int side = 0; side < 2; side++)
                if (p->op[side] == ids[k])
                    p->op[side] = ids[i];
            o->alias = k > i;
        }
        c->cands = vc_xcalloc(c->served, sizeof *c->cands);
        if (!c->cands) {
            free(ids);
            return vc_lex_nomem(err);
        }
        i = j;
    }
    free(ids);
    for (uint32_t id = 0; id < lex->nentries; id++) {
        const lex_entry *e = &lex->entries[id];
        if (e->kind != VC_ENTRY_NEAR && e->kind != VC_ENTRY_BEFORE)
            continue;
        lex_entry *a = &lex->entries[e->op[0]], *b = &lex->entries[e->op[1]];
        lex_entry *under = b->served < a->served ? b : a;
        under->cands[under->ncands++] = id;
    }
    return VC_OK;
}

static int twin_kind(const lex_entry *e)
{
    return e->role == ROLE_INCLUDE && (e->kind == VC_ENTRY_WORD || e->kind == VC_ENTRY_PHRASE ||
                                       e->kind == VC_ENTRY_PREFIX || e->kind == VC_ENTRY_GLOB);
}

/* Order of the compiled form: kind, guard, then each word (bytes,
 * wildcards, the gap before it). Equal: the same matches. */
static int cmp_words(const lex_entry *a, const lex_entry *b)
{
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    if (a->guard != b->guard)
        return a->guard < b->guard ? -1 : 1;
    if (a->nwords != b->nwords)
        return a->nwords < b->nwords ? -1 : 1;
    for (uint32_t i = 0; i < a->nwords; i++) {
        const lex_word *x = &a->words[i], *y = &b->words[i];
        if (x->len != y->len)
            return x->len < y->len ? -1 : 1;
        int c = memcmp(x->s, y->s, x->len);
        if (c)
            return c;
        if (x->prefix != y->prefix || x->glob != y->glob)
            return x->prefix != y->prefix ? (x->prefix < y->prefix ? -1 : 1) : (x->glob < y->glob ? -1 : 1);
        if (i == 0)
            continue;
        if (x->gap_kind != y->gap_kind)
            return x->gap_kind < y->gap_kind ? -1 : 1;
        if (x->gap_kind == GAP_LITERAL) {
            if (x->gap_len != y->gap_len)
                return x->gap_len < y->gap_len ? -1 : 1;
            if ((c = memcmp(x->gap, y->gap, x->gap_len)))
                return c;
        }
    }
    return 0;
}

static const lex_entry *twin_sort_entries;
static int cmp_twin(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    int c = cmp_words(&twin_sort_entries[x], &twin_sort_entries[y]);
    return c ? c : (x > y) - (x < y);
}

/* Entries that compile the same (same words, wildcards, gaps and guard)
 * are tried once: the lowest id keeps the others as twins
 * (lex_entry.twins), which the index leaves out. */
static vc_status share_twins(vc_lexicon *lex, vc_error *err)
{
    size_t n = lex->nentries, m = 0;
    uint32_t *ids = vc_xcalloc(n ? n : 1, sizeof *ids);
    if (!ids)
        return vc_lex_nomem(err);
    for (uint32_t i = 0; i < n; i++)
        if (twin_kind(&lex->entries[i]))
            ids[m++] = i;
    twin_sort_entries = lex->entries; /* loading runs on one thread */
    qsort(ids, m, sizeof *ids, cmp_twin);
    twin_sort_entries = NULL;
    for (size_t i = 0; i < m;) {
        size_t j = i + 1;
        while (j < m && cmp_words(&lex->entries[ids[i]], &lex->entries[ids[j]]) == 0)
            j++;
        if (j - i > 1) {
            lex_entry *p = &lex->entries[ids[i]];
            p->twins = vc_xcalloc(j - i - 1, sizeof *p->twins);
            if (!p->twins) {
                free(ids);
                return vc_lex_nomem(err);
            }
            for (size_t k = i + 1; k < j; k++) {
                p->twins[p->ntwins++] = ids[k];
                lex->entries[ids[k]].is_twin = 1;
            }
        }
        i = j;
    }
    free(ids);
    return VC_OK;
}

static const lex_entry *sub_sort_entries;
static int cmp_sub(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    int32_t cx = sub_sort_entries[x].sub_cp, cy = sub_sort_entries[y].sub_cp;
    if (cx != cy)
        return cx < cy ? -1 : 1;
    return (x > y) - (x < y);
}

vc_status vc_lex_finish(lex_loader *L, vc_error *err)
{
    vc_status st = arrange(L, err);
    if (!st)
        st = share_operands(L->lex, err);
    if (!st)
        st = share_twins(L->lex, err);
    if (st)
        return st;
    vc_lexicon *lex = L->lex;
    size_t n = lex->nall;
    key_ref *ek = vc_xcalloc(n ? n : 1, sizeof *ek), *pk = vc_xcalloc(n ? n : 1, sizeof *pk);
    lex->regex_ids = vc_xcalloc(n ? n : 1, sizeof *lex->regex_ids);
    lex->prox_ids = vc_xcalloc(n ? n : 1, sizeof *lex->prox_ids);
    lex->any_ids = vc_xcalloc(n ? n : 1, sizeof *lex->any_ids);
    lex->prefix_lens = vc_xcalloc(n ? n : 1, sizeof *lex->prefix_lens);
    lex->sub_ids = vc_xcalloc(n ? n : 1, sizeof *lex->sub_ids);
    if (!ek || !pk || !lex->regex_ids || !lex->prox_ids || !lex->any_ids || !lex->prefix_lens || !lex->sub_ids) {
        free(ek);
        free(pk);
        return vc_lex_nomem(err);
    }
    size_t ne = 0, np = 0;
    uint64_t fp = vc_hash_bytes("vocal-lexicon-1", 15);
    for (uint32_t i = 0; i < lex->nthemes; i++)
        fp = vc_hash_bytes(&fp, sizeof fp) ^ vc_hash_bytes(lex->themes[i], strlen(lex->themes[i]));
    for (uint32_t id = 0; id < n; id++) {
        lex_entry *e = &lex->entries[id];
        lex->nexclusions += e->role == ROLE_EXCLUDE;
        if (e->alias)
            continue; /* another operand written the same way is looked up */
        uint64_t eh = vc_hash_bytes(lex->themes[e->theme], strlen(lex->themes[e->theme]));
        if (e->kind == VC_ENTRY_REGEX) {
            lex->regex_ids[lex->nregex++] = id;
            eh ^= vc_hash_bytes(e->text, strlen(e->text)) * 31;
        } else if (e->kind == VC_ENTRY_NEAR || e->kind == VC_ENTRY_BEFORE) {
            lex->prox_ids[lex->nprox++] = id;
            eh ^= (vc_hash_bytes(e->text, strlen(e->text)) + e->distance) * 41;
        } else {
            eh ^= vc_hash_bytes(e->norm, strlen(e->norm)) * 37;
            const lex_word *w = &e->words[0];
            if (e->sub) {
                if (!e->is_twin) /* found through the entry it repeats */
                    lex->sub_ids[lex->nsub++] = id;
            } else if (!w->prefix && !w->glob) {
                e->anchor = anchor_word(e);
                const lex_word *aw = &e->words[e->anchor];
                uint32_t cw = e->anchor ? 0 : 1; /* the first word, or the second */
                if (cw < e->nwords && !e->words[cw].prefix && !e->words[cw].glob) {
                    e->has_chk = 1;
                    e->chk_off = (int32_t)cw - (int32_t)e->anchor;
                    e->chk_hash = vc_key_hash(e->words[cw].s, e->words[cw].len);
                }
                if (!e->is_twin) /* found through the entry it repeats */
                    ek[ne++] = (key_ref){vc_key_hash(aw->s, aw->len), aw->s, aw->len, id};
            } else if (e->is_twin) {
                /* found through the entry it repeats */
            } else if (w->lit == 0) {
                lex->any_ids[lex->nany++] = id;
            } else {
                pk[np++] = (key_ref){vc_word_hash(w->s, w->lit), w->s, w->lit, id};
                lex->prefix_lens[lex->nprefix_lens++] = w->lit;
                unsigned k0 = (unsigned char)w->s[0], k1 = w->lit > 1 ? (unsigned char)w->s[1] : 256;
                if (k1 == 256) { /* one-byte literal: any second byte */
                    for (unsigned b = 0; b < 256; b++)
                        lex->prefix_first2[(k0 << 8 | b) >> 3] |= (uint8_t)(1u << ((k0 << 8 | b) & 7));
                } else {
                    lex->prefix_first2[(k0 << 8 | k1) >> 3] |= (uint8_t)(1u << ((k0 << 8 | k1) & 7));
                }
            }
        }
        if (e->role == ROLE_OPERAND)
            continue; /* its NEAR/BEFORE entry's text covers it */
        if (e->role == ROLE_EXCLUDE)
            eh = ~eh;
        if (e->guard)
            eh = eh * 0x9E3779B97F4A7C15ULL + 0x7E; /* '~' */
        if (e->scope) /* "@lang": the codes, not the set's number */
            eh = eh * 0xBF58476D1CE4E5B9ULL + vc_hash_bytes(lex->scopes[e->scope].codes,
                                                               strlen(lex->scopes[e->scope].codes));
        fp = vc_hash_bytes(&fp, sizeof fp) ^ (eh + e->kind);
    }
    lex->fingerprint = fp;
    if (lex->nsub) { /* by first code point, then id: the order they are tried in */
        sub_sort_entries = lex->entries;
        qsort(lex->sub_ids, lex->nsub, sizeof *lex->sub_ids, cmp_sub);
        sub_sort_entries = NULL;
        lex->sub_cps = vc_xcalloc(lex->nsub, sizeof *lex->sub_cps);
        if (!lex->sub_cps)
            return vc_lex_nomem(err);
        for (size_t i = 0; i < lex->nsub; i++)
            lex->sub_cps[i] = lex->entries[lex->sub_ids[i]].sub_cp;
    }
    qsort(lex->prefix_lens, lex->nprefix_lens, sizeof *lex->prefix_lens, cmp_u32);
    size_t d = 0;
    for (size_t i = 0; i < lex->nprefix_lens; i++)
        if (d == 0 || lex->prefix_lens[d - 1] != lex->prefix_lens[i])
            lex->prefix_lens[d++] = lex->prefix_lens[i];
    lex->nprefix_lens = d;
    st = build_index(&lex->exact, ek, ne);
    if (!st)
        st = build_index(&lex->prefix, pk, np);
    free(ek);
    free(pk);
    if (st)
        return vc_lex_nomem(err);
    lex->mctx = pcre2_match_context_create(NULL);
    if (!lex->mctx)
        return vc_lex_nomem(err);
    lex->match_limit = L->opts && L->opts->match_limit ? L->opts->match_limit : DEFAULT_MATCH_LIMIT;
    lex->depth_limit = L->opts && L->opts->depth_limit ? L->opts->depth_limit : DEFAULT_DEPTH_LIMIT;
    pcre2_set_match_limit(lex->mctx, lex->match_limit);
    pcre2_set_depth_limit(lex->mctx, lex->depth_limit);
    if (build_regex_union(lex, L->opts))
        return vc_lex_nomem(err);
    return VC_OK;
}
