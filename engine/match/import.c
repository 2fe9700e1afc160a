/*
 * import.c - LIWC .dic and quanteda-style YAML dictionaries as lexicons.
 *
 * Both readers turn their file into the loader's "theme starts here" and
 * "entry at file:line:column" calls (lexicon_load.h), so an imported
 * dictionary compiles, matches and reports exactly like the native lexicon
 * that `vocal lexicon convert` writes from it. LIWC entries are soft: one
 * that cannot compile (an emoticon such as ":)") is skipped with a located
 * warning instead of failing the whole dictionary. YAML entries are strict,
 * like native ones: a YAML file is written for a tool like this one.
 *
 * LIWC: a '%' line, "number<TAB>name" category lines, a '%' line, then
 * "term<TAB>number<TAB>number...". Real files are messier than that, and
 * every irregularity quanteda's readers learned to tolerate is tolerated
 * here: runs of tabs or spaces, spaces before tabs, blank or whitespace-only
 * lines, CRLF, the same term on several lines (codes are merged, duplicate
 * pairs dropped), phrases ("kind of"), "<of>"-style context words (kept as
 * part of the phrase, with a warning), and conditional codes such as
 * "(02 134)125/464", for which the unconditional code after '/' is used
 * (with a warning) and a code with no unconditional part is skipped.
 *
 * YAML (libyaml's event parser): nested mapping keys form the hierarchy
 * ("service: {staff: [...]}" is the theme service/staff); a sequence or a
 * single scalar gives the entries; an empty value declares an empty theme.
 * Values use the native entry syntax, quanteda's globs included; YAML
 * itself gives '!', '*' and '&' at the start of a plain scalar a meaning,
 * so such entries must be quoted.
 */
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "lexicon_load.h"

/* ---- LIWC ------------------------------------------------------------------- */

typedef struct liwc_cat {
    unsigned long id;
    char *name;
} liwc_cat;

typedef struct liwc_tok {
    size_t a, b; /* byte range in the line */
} liwc_tok;

static int is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

static int is_code_token(const char *s, size_t n)
{
    int digit = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            digit = 1;
        else if (c != '(' && c != ')' && c != '/' && c != ' ' && c != '\t')
            return 0;
    }
    return digit;
}

static const char *cat_name(const liwc_cat *cats, size_t n, unsigned long id)
{
    for (size_t i = 0; i < n; i++)
        if (cats[i].id == id)
            return cats[i].name;
    return NULL;
}

static unsigned long parse_ulong(const char *s, size_t n, size_t *used)
{
    unsigned long v = 0;
    size_t i = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9' && v < 100000000ul)
        v = v * 10 + (unsigned long)(s[i++] - '0');
    *used = i;
    return v;
}

typedef struct pair_set {
    uint64_t *h;
    size_t n, cap; /* open addressing, cap a power of two */
} pair_set;

/* 1 when newly added, 0 when present, -1 out of memory */
static int pair_add(pair_set *ps, uint64_t h)
{
    h |= 1; /* 0 marks an empty slot */
    if ((ps->n + 1) * 2 > ps->cap) {
        size_t cap = ps->cap ? ps->cap * 2 : 1024;
        uint64_t *t = calloc(cap, sizeof *t);
        if (!t)
            return -1;
        for (size_t i = 0; i < ps->cap; i++)
            if (ps->h[i]) {
                size_t j = (size_t)ps->h[i] & (cap - 1);
                while (t[j])
                    j = (j + 1) & (cap - 1);
                t[j] = ps->h[i];
            }
        free(ps->h);
        ps->h = t;
        ps->cap = cap;
    }
    size_t j = (size_t)h & (ps->cap - 1);
    while (ps->h[j]) {
        if (ps->h[j] == h)
            return 0;
        j = (j + 1) & (ps->cap - 1);
    }
    ps->h[j] = h;
    ps->n++;
    return 1;
}

static vc_status liwc_entry(lex_loader *L, const char *line, const liwc_tok *tok, size_t ntok, uint32_t lineno,
                            const liwc_cat *cats, size_t ncat, pair_set *seen, vc_buf *term, vc_error *err)
{
    size_t nterm = ntok;
    while (nterm > 0 && is_code_token(line + tok[nterm - 1].a, tok[nterm - 1].b - tok[nterm - 1].a))
        nterm--;
    uint32_t col = (uint32_t)tok[0].a + 1;
    if (nterm == 0) {
        vc_lex_warn(L, lineno, col, "LIWC line has no term before its category numbers; skipped");
        return VC_OK;
    }
    if (nterm == ntok) {
        vc_lex_warn(L, lineno, col, "LIWC term has no category numbers; skipped");
        return VC_OK;
    }
    vc_buf_reset(term);
    vc_status st = VC_OK;
    for (size_t i = 0; i < nterm && !st; i++) {
        const char *w = line + tok[i].a;
        size_t wn = tok[i].b - tok[i].a;
        if (wn >= 3 && w[0] == '<' && w[wn - 1] == '>') {
            vc_lex_warn(L, lineno, (uint32_t)tok[i].a + 1,
                        "LIWC context word '%.*s' is read as part of the phrase", (int)wn, w);
            w++;
            wn -= 2;
        }
        if (i)
            st = vc_buf_append_char(term, ' ');
        if (!st)
            st = vc_buf_append(term, w, wn);
    }
    if (st)
        return vc_error_set(err, st, "out of memory");
    for (size_t i = nterm; i < ntok; i++) {
        const char *c = line + tok[i].a;
        size_t cn = tok[i].b - tok[i].a;
        uint32_t ccol = (uint32_t)tok[i].a + 1;
        const char *num = c;
        size_t nn = cn;
        if (c[0] == '(' || memchr(c, '/', cn)) {
            const char *slash = memchr(c, '/', cn);
            if (!slash) {
                vc_lex_warn(L, lineno, ccol,
                            "conditional LIWC category '%.*s' has no unconditional part; skipped", (int)cn, c);
                continue;
            }
            num = slash + 1;
            nn = cn - (size_t)(num - c);
            vc_lex_warn(L, lineno, ccol, "conditional LIWC category '%.*s': using the unconditional %.*s",
                        (int)cn, c, (int)nn, num);
        }
        size_t used;
        unsigned long id = parse_ulong(num, nn, &used);
        if (used == 0 || used != nn) {
            vc_lex_warn(L, lineno, ccol, "unreadable LIWC category '%.*s'; skipped", (int)cn, c);
            continue;
        }
        const char *name = cat_name(cats, ncat, id);
        if (!name) {
            vc_lex_warn(L, lineno, ccol, "LIWC category %lu is not in the category list; skipped", id);
            continue;
        }
        uint64_t h = vc_hash_bytes(term->data, term->len) * 31 + id;
        int added = pair_add(seen, h);
        if (added < 0)
            return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
        if (!added)
            continue; /* the same term and category again */
        if ((st = vc_lex_theme(L, name, strlen(name), lineno, col, err)))
            return st;
        if ((st = vc_lex_entry(L, term->data, term->len, lineno, col, 1, err)))
            return st;
    }
    return VC_OK;
}

vc_status vc_lex_read_liwc(lex_loader *L, const char *text, size_t len, vc_error *err)
{
    size_t pos = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        pos = 3;
    int state = 0; /* 0 before the first '%', 1 categories, 2 terms */
    uint32_t lineno = 0;
    liwc_cat *cats = NULL;
    size_t ncat = 0, capcat = 0;
    liwc_tok *tok = NULL;
    size_t captok = 0;
    pair_set seen = {0};
    vc_buf term = VC_BUF_INIT;
    vc_status st = VC_OK;
    while (pos < len && !st) {
        lineno++;
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        const char *line = text + pos;
        size_t n = end - pos;
        pos = end + 1;
        size_t ntok = 0;
        for (size_t i = 0; i < n;) {
            while (i < n && is_ws(line[i]))
                i++;
            if (i >= n)
                break;
            size_t a = i;
            if (line[i] == '(') { /* "(02 134)125/464" is one token */
                while (i < n && line[i] != ')')
                    i++;
            }
            while (i < n && !is_ws(line[i]))
                i++;
            liwc_tok *grown = vc_grow(tok, &captok, ntok, sizeof *grown, 16);
            if (!grown) {
                st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
                break;
            }
            tok = grown;
            tok[ntok++] = (liwc_tok){a, i};
        }
        if (st || ntok == 0)
            continue;
        if (ntok == 1 && tok[0].b - tok[0].a == 1 && line[tok[0].a] == '%') {
            if (state == 2) {
                st = vc_lex_error(L, err, lineno, (uint32_t)tok[0].a + 1, "a third '%%' line in a LIWC dictionary");
                break;
            }
            state++;
            continue;
        }
        if (state == 0) {
            st = vc_lex_error(L, err, lineno, (uint32_t)tok[0].a + 1,
                              "a LIWC dictionary starts with a '%%' line before its category list");
        } else if (state == 1) {
            size_t used;
            unsigned long id = parse_ulong(line + tok[0].a, tok[0].b - tok[0].a, &used);
            if (used == 0 || used != tok[0].b - tok[0].a || ntok < 2) {
                st = vc_lex_error(L, err, lineno, (uint32_t)tok[0].a + 1,
                                  "expected 'number<TAB>name' in the LIWC category list");
            } else if (cat_name(cats, ncat, id)) {
                st = vc_lex_error(L, err, lineno, (uint32_t)tok[0].a + 1, "LIWC category %lu defined twice", id);
            } else {
                liwc_cat *grown = vc_grow(cats, &capcat, ncat, sizeof *grown, 32);
                if (!grown) {
                    st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
                    break;
                }
                cats = grown;
                size_t na = tok[1].a, nb = tok[ntok - 1].b; /* names may have spaces */
                cats[ncat].id = id;
                cats[ncat].name = vc_strndup(line + na, nb - na);
                if (!cats[ncat].name) {
                    st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
                    break;
                }
                ncat++;
                /* validates the name where it is written */
                long saved = L->cur_theme;
                st = vc_lex_theme(L, line + na, nb - na, lineno, (uint32_t)na + 1, err);
                L->cur_theme = saved;
            }
        } else {
            st = liwc_entry(L, line, tok, ntok, lineno, cats, ncat, &seen, &term, err);
        }
    }
    if (!st && state < 2)
        st = vc_lex_error(L, err, lineno ? lineno : 1, 1,
                          "a LIWC dictionary needs its category list between two '%%' lines");
    for (size_t i = 0; i < ncat; i++)
        free(cats[i].name);
    free(cats);
    free(tok);
    free(seen.h);
    vc_buf_free(&term);
    return st;
}

/* ---- YAML ------------------------------------------------------------------- */

typedef struct yframe {
    int seq;        /* 1 sequence, 0 mapping */
    size_t base;    /* path length when the frame opened */
    int have_key;   /* mapping: a key waits for its value */
} yframe;

static vc_status yaml_entry(lex_loader *L, const vc_buf *path, const yaml_event_t *ev, vc_error *err)
{
    uint32_t line = (uint32_t)ev->start_mark.line + 1, col = (uint32_t)ev->start_mark.column + 1;
    if (path->len == 0)
        return vc_lex_error(L, err, line, col, "a YAML dictionary is a mapping of theme names to entries");
    vc_status st = vc_lex_theme(L, path->data, path->len, line, col, err);
    if (st)
        return st;
    const char *v = (const char *)ev->data.scalar.value;
    size_t n = ev->data.scalar.length;
    while (n && is_ws(*v))
        v++, n--;
    while (n && is_ws(v[n - 1]))
        n--;
    if (n == 0)
        return VC_OK; /* "theme:" with no value declares an empty theme */
    return vc_lex_entry(L, v, n, line, col, 0, err);
}

vc_status vc_lex_read_yaml(lex_loader *L, const char *text, size_t len, vc_error *err)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    yframe stack[64];
    size_t depth = 0;
    vc_buf path = VC_BUF_INIT;
    vc_status st = VC_OK;
    int done = 0;
    while (!st && !done) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev)) {
            st = vc_lex_error(L, err, (uint32_t)parser.problem_mark.line + 1,
                              (uint32_t)parser.problem_mark.column + 1, "YAML: %s%s%s",
                              parser.problem ? parser.problem : "syntax error", parser.context ? " " : "",
                              parser.context ? parser.context : "");
            break;
        }
        uint32_t line = (uint32_t)ev.start_mark.line + 1, col = (uint32_t)ev.start_mark.column + 1;
        yframe *top = depth ? &stack[depth - 1] : NULL;
        switch (ev.type) {
        case YAML_STREAM_END_EVENT:
            done = 1;
            break;
        case YAML_ALIAS_EVENT:
            st = vc_lex_error(L, err, line, col, "YAML aliases (*name) are not supported in a dictionary");
            break;
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT:
            if (depth == sizeof stack / sizeof *stack) {
                st = vc_lex_error(L, err, line, col, "YAML nested deeper than 64 levels");
                break;
            }
            if (!top && ev.type == YAML_SEQUENCE_START_EVENT) {
                st = vc_lex_error(L, err, line, col, "a YAML dictionary is a mapping of theme names to entries");
                break;
            }
            if (top && !top->seq && !top->have_key) {
                st = vc_lex_error(L, err, line, col, "a YAML mapping key must be a plain theme name");
                break;
            }
            stack[depth++] = (yframe){ev.type == YAML_SEQUENCE_START_EVENT, path.len, 0};
            break;
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT:
            depth--;
            path.len = stack[depth].base;
            if (depth && !stack[depth - 1].seq && stack[depth - 1].have_key) {
                path.len = stack[depth - 1].base;
                stack[depth - 1].have_key = 0;
            }
            break;
        case YAML_SCALAR_EVENT:
            if (top && !top->seq && !top->have_key) { /* a key */
                const char *k = (const char *)ev.data.scalar.value;
                size_t kn = ev.data.scalar.length;
                if (kn == 0) {
                    st = vc_lex_error(L, err, line, col, "empty theme name");
                    break;
                }
                if (path.len)
                    st = vc_buf_append_char(&path, '/');
                if (!st)
                    st = vc_buf_append(&path, k, kn);
                top->have_key = 1;
            } else if (top) {
                st = yaml_entry(L, &path, &ev, err);
                if (!top->seq) { /* "key: value" */
                    path.len = top->base;
                    top->have_key = 0;
                }
            } else {
                st = vc_lex_error(L, err, line, col, "a YAML dictionary is a mapping of theme names to entries");
            }
            break;
        default:
            break;
        }
        yaml_event_delete(&ev);
    }
    yaml_parser_delete(&parser);
    vc_buf_free(&path);
    return st;
}
