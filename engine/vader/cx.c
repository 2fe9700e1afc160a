/*
 * cx.c - the CX sentiment mode: VADER's rules plus what customer feedback
 * needs that a lexicon of sentiment words cannot give.
 *
 * VADER scores words. Complaints in CX feedback often hold none: "Never
 * again.", "waited 40 minutes for a table", "the refund still hasn't
 * arrived" all score 0. Praise often denies a problem ("no problems at
 * all", "nothing to complain about"), and a request is polite without being
 * positive ("Kindly stop calling me" scores +0.25 in VADER). The CX mode
 * keeps every VADER rule and then rewrites the per-token valences of step 3
 * (before the "but" rule and the sums) with the rules of one table, RULES[]
 * below:
 *
 *   - PHRASE: a complaint phrase. Its first token gets the rule's valence
 *     and its other tokens 0, the way a VADER phrase overlay does. A guarded
 *     phrase does not fire when a negator stands within the three tokens
 *     before it in the same clause ("didn't have to wait 20 minutes").
 *   - PROBLEM: a problem word. Under a negator within three tokens of the
 *     same clause it gets NEGATED_PROBLEM ("no problems", "never had an
 *     issue", "nobody was rude"), whatever VADER made of it, and the negator
 *     loses its own valence ("no" is -1.2 in VADER); otherwise, if
 *     VADER gives it nothing ("issue" is not in VADER's lexicon), the rule's
 *     own valence.
 *   - PRAISE: a praise word VADER's lexicon lacks ("sorted", "polite"):
 *     its valence, times VADER's negation factor under a negator.
 *   - NEUTRAL: a politeness word ("please", "kindly") gets 0, and so do
 *     the lukewarm words that CX comments labeled neutral use ("fine",
 *     "ok", "average": VADER scores "It's fine." +0.20).
 *
 * A PHRASE of valence 0 takes away what only looks like sentiment: "like"
 * in a comparison ("felt like a nightclub"), "promised", and wishes ("would
 * love a dark mode").
 *
 * A pattern is words separated by spaces; a word lists alternatives with
 * '|'; an alternative ending in '*' matches any word it begins; '#' matches
 * a quantity (digits, "40mins", "two", "an", "several", ...); '_' matches
 * any one word; a word starting with '?' may be absent. Words are compared
 * on lowercase letters with apostrophes ignored, so "hasnt", "hasn't" and
 * "hasn’t" are one word and the table lists only the first.
 *
 * The valences are in VADER's units (its lexicon runs -4..+4; "bad" is
 * -2.5). They were chosen on the dev files of tests/eval/ only.
 *
 * Threading: the table is constant; the function writes only `sent`.
 */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "sentiment_internal.h"
#include "vocal/sentiment.h"

enum cx_kind { PHRASE, PROBLEM, PRAISE, NEUTRAL };

typedef struct cx_rule {
    enum cx_kind kind;
    const char *pattern;
    double val;
    int guard; /* PHRASE: not after a negator */
} cx_rule;

/* A complaint with no sentiment word weighs about as much as "bad" (-2.5);
 * praise with none about as much as "good" (1.9). */
#define COMPLAINT (-2.0)
#define PRAISED 1.5
/* What a problem word (or a phrase denying one) is worth under a negator:
 * a mild positive. */
#define NEGATED_PROBLEM 0.9
/* A CX word VADER's lexicon lacks ("slow", "crashes", "nightmare"). */
#define CX_WORD (-1.5)
/* VADER's negation factor, for the praise words added here. */
#define CX_NEGATE (-0.74)

static const cx_rule RULES[] = {
    /* never again, and not coming back */
    {PHRASE, "never again", COMPLAINT, 0},
    {PHRASE, "never|wont|not|aint _ ?_ ?_ ?_ again", COMPLAINT, 0},
    {PHRASE, "never|wont|not|aint be|coming|going|come|go back", COMPLAINT, 0},
    {PHRASE, "never|wont|not be returning|using|ordering|shopping|booking|buying", COMPLAINT, 0},
    {PHRASE, "last|final time", COMPLAINT, 1},
    /* waiting, and things that have not come */
    {PHRASE, "still waiting|wating|chasing|no|nothing|not|hasnt|havent|isnt|doesnt|cant|wont|without|pending|broken|"
             "dropping|crashing|charging|getting|showing|says|being|wrong|happening",
     COMPLAINT, 0},
    {PHRASE, "waited|waiting|wait|waits|sat|queued|queueing|queuing ?for|over|nearly|almost|about|around|like|another "
             "?over|about|an # min*|hour*|hr*|day*|week*|wk*|month*",
     COMPLAINT, 1},
    {PHRASE, "queue|wait|waiting|delay was|of|took ?over|about|nearly|almost|around|like|well # min*|hour*|hr*|day*|week*|month*",
     COMPLAINT, 1},
    {PHRASE, "# min*|hour*|hr*|day*|week*|wks|month* wait|waiting|queue|queuing|late|later|on hold", COMPLAINT, 1},
    {PHRASE, "on hold", COMPLAINT, 1},
    {PHRASE, "took|takes|taking|take|spent ?me|us|them|him|her ?over|nearly|almost|well|about # hour*|hr*|day*|week*|wks|month*",
     COMPLAINT, 1},
    {PHRASE, "took|takes|taking|take ?me|us|them forever|ages", COMPLAINT, 1},
    {PHRASE, "waited|waiting forever|ages", COMPLAINT, 1},
    {PHRASE, "never|not|hasnt|havent|didnt|doesnt arrived|arrive|came|come|turned|showed|delivered|received|got",
     COMPLAINT, 0},
    {PHRASE, "no show|shows|reply|replies|response|answer|callback|refund|update|updates|way|explanation|warning|apology|"
             "apologies|help|signal|service|wifi|idea|communication|contact|followup",
     COMPLAINT, 1},
    {PHRASE, "no one|body ?ever called|calls|rang|got|gets|replied|replies|responded|answered|came|showed|bothered|cared|"
             "told|mentioned|reads|read|explained|warned|informed|knew|helped|listened|checked",
     COMPLAINT, 0},
    {PHRASE, "nobody|noone ?ever called|calls|rang|got|gets|replied|replies|responded|answered|came|showed|bothered|cared|"
             "told|mentioned|reads|read|explained|warned|informed|knew|helped|listened|checked",
     COMPLAINT, 0},
    {PHRASE, "never heard|called|rang|got|replied|responded|answered back|me|from", COMPLAINT, 0},
    /* effort: contacts, repeats, chasing */
    {PHRASE, "# ?phone calls|emails|chats|visits|attempts|trips|tries", COMPLAINT, 1},
    {PHRASE, "had|have|having to call|ring|phone|chase|email|explain|repeat|go|ask|send|wait|contact|watch|stand",
     COMPLAINT, 1},
    {PHRASE, "keeps|kept|keep crashing|freezing|logging|kicking|dropping|timing|failing|breaking|asking|cutting|pasting|"
             "sending|charging|going|happening|getting|cancelling|losing|saying|erroring|refusing|disconnecting|buffering",
     COMPLAINT, 1},
    /* broken and wrong */
    {PHRASE, "stopped|stops|stop working|charging|responding|loading|syncing|sending", COMPLAINT, 1},
    {PHRASE, "doesnt|didnt|dont|wont|isnt|not|cant|never work|working|works|load|loads|fit|fits|open|opens|connect|turn|"
             "pair|sync|charge|start|boot|print|log|install|respond",
     COMPLAINT, 0},
    {PHRASE, "fell|falling|came|coming apart|undone", COMPLAINT, 1},
    {PHRASE, "charged|billed|taken twice|double|again|extra", COMPLAINT, 1},
    {PHRASE, "double|over charged|billed", COMPLAINT, 1},
    {PHRASE, "waste of money|time|space|effort", COMPLAINT, 0},
    {PHRASE, "would|will|wouldnt|wont|cant|cannot|could|do|dont not ?ever recommend*", COMPLAINT, 0},
    {PHRASE, "wouldnt|wont|cant|cannot|dont|never recommend*", COMPLAINT, 0},
    {PHRASE, "not|isnt|wasnt|arent|werent|aint worth", COMPLAINT, 0},
    {PHRASE, "a|an|absolute|complete|total joke|shambles|farce|disgrace|nightmare", COMPLAINT, 0},
    {PHRASE, "out of stock|order", COMPLAINT, 1},
    {PHRASE, "nowhere near", COMPLAINT, 0},
    {PHRASE, "been|was|were|left without", COMPLAINT, 1},
    {PHRASE, "passed|pushed|bounced between|around", COMPLAINT, 1},
    {PHRASE, "waiting list", COMPLAINT, 1},
    {PHRASE, "uninstalled|uninstalling|deleted", COMPLAINT, 1},
    {PHRASE, "went|gone|going downhill", COMPLAINT, 1},
    {PHRASE, "down the pan|drain|toilet", COMPLAINT, 1},
    /* praise with no sentiment word */
    {PHRASE, "cant|cannot thank _ ?_ enough", PRAISED, 0},
    {PHRASE, "fixed|solved|resolved|sorted _ ?_ problem*|issue*|bug*|fault*", PRAISED, 0},
    {PHRASE, "no questions asked", PRAISED, 0},
    {PHRASE, "no notes", PRAISED, 0},
    {PHRASE, "in a heartbeat", PRAISED, 1},
    {PHRASE, "on time", PRAISED, 1},
    {PHRASE, "within|in under # min*|hour*|hrs|day", PRAISED, 1},
    {PHRASE, "will|ill|definitely|def|defo|deffo|certainly be back", PRAISED, 1},
    {PHRASE, "would|will|id|definitely|def _ ?_ ?_ again", PRAISED, 1},
    /* what only looks like sentiment: comparisons, promises, wishes */
    {PHRASE, "was|felt|feel|feels|looks|look|looked|seems|seemed|is|its|sounds|more|just|treated|treat|me like", 0, 0},
    {PHRASE, "promised|promise|promises", 0, 0},
    {PHRASE, "would|itd|id love|like|appreciate", 0, 0},
    {PHRASE, "would|itd be nice|good|great|helpful|lovely|better|useful", 0, 0},
    /* problem words */
    {PROBLEM, "problem*|issue|issues|complaint*|complain*|hassle*|fuss|trouble*|rude|fault*|hiccup*|glitch*|bother*",
     0, 0},
    {PROBLEM, "drama|errors|bugs|worries|stress|delay*|niggle*|qualms|jargon|queue|queues|downtime|bloat|lag|wait|"
              "waiting|late|dramas",
     0, 0},
    {PROBLEM, "slow|crashes|crashing|crashed|froze|freezes|freezing|declined|cracked|soggy|burnt|cramped|rubbish|"
              "overpriced|nightmare|buggy|glitchy|laggy|cold|damaged|stained|filthy|overcharged|engaged|lost|expensive|"
              "pricey|ads|adverts|paywall|outage*|misled|sticky|stain*|snapped|noisy|loud|tiny|slower|unusable|"
              "cancelled|canceled|overbooked|bumped|delayed|postponed",
     CX_WORD, 0},
    /* praise words VADER's lexicon lacks */
    {PRAISE, "sorted|smoothly|smooth|quick|quickly|fast|prompt|promptly|polite|tidy|crisp|juicy|spotless|simple|"
             "stars|blast|gent|seamless|painless|attentive|knowledgeable|efficient|reliable|spacious",
     PRAISED, 0},
    /* politeness, and the lukewarm words CX comments use for "neutral" */
    {NEUTRAL, "please|pls|plz|kindly", 0, 0},
    {NEUTRAL, "fine|ok|okay|alright|average", 0, 0},
};

/* Word lists with their lengths, so a lookup never measures a string. */
typedef struct wlit {
    const char *s;
    size_t n;
} wlit;
#define W(s) {s, sizeof s - 1}

static const wlit QUANTITY_WORDS[] = {
    W("a"), W("an"), W("one"), W("two"), W("three"), W("four"), W("five"), W("six"), W("seven"), W("eight"),
    W("nine"), W("ten"), W("eleven"), W("twelve"), W("fifteen"), W("twenty"), W("thirty"), W("forty"),
    W("fourty"), W("fifty"), W("sixty"), W("ninety"), W("hundred"), W("few"), W("several"), W("couple"),
    W("multiple"), W("many"), W("countless"), W("numerous"), W("half"), W("another"), W("endless")};

/* Words before a token that negate it. VADER's negation words (and any
 * n't form) are flagged on the token already. */
static const wlit NEGATORS[] = {W("no"),    W("nobody"), W("noone"),  W("zero"),
                                W("nor"),   W("hardly"), W("barely"), W("never")};
/* The same as words that a '_' in a pattern does not match: with the n't
 * forms, whose apostrophe the comparison ignores. */
static const wlit NT_FORMS[] = {W("not"),   W("wont"),   W("dont"),    W("didnt"),
                                W("cant"),  W("cannot"), W("wouldnt"), W("isnt")};
static const wlit CLAUSE_OPENERS[] = {W("but"), W("though"), W("although"), W("however")};

typedef vc_cx_word word;

/* The token's word: its lowercase form without leading or trailing
 * punctuation, and the key the rules compare, that form without its
 * apostrophes (ASCII and U+2019), cut at VC_CX_KEY bytes. */
static word token_word(const vc_vader_tok *t, const char *low)
{
    const char *p = low + t->lo;
    size_t n = t->lolen;
    while (n && ((unsigned char)*p < 0x80) && !((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
        p++, n--;
    while (n && ((unsigned char)p[n - 1] < 0x80) && !((p[n - 1] >= 'a' && p[n - 1] <= 'z') ||
                                                      (p[n - 1] >= '0' && p[n - 1] <= '9')))
        n--;
    word w;
    w.rules[0] = w.rules[1] = 0;
    w.flags = 0;
    w.p = p;
    w.n = n;
    size_t k = 0;
    for (size_t i = 0; i < n && k < VC_CX_KEY; i++) {
        if (p[i] == '\'')
            continue;
        if (i + 3 <= n && memcmp(p + i, "\xE2\x80\x99", 3) == 0) {
            i += 2;
            continue;
        }
        w.key[k++] = p[i];
    }
    w.klen = (uint8_t)k;
    return w;
}

/* Does the raw token end a clause (a trailing ',' ';' ':' or a sentence
 * end)? */
static int ends_clause(const vc_vader_tok *t, const char *text)
{
    char c = t->rawlen ? text[t->off + t->rawlen - 1] : 0;
    return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?';
}

/* How far back the negator within the three tokens before token i in its
 * clause stands (1..3), 0 when there is none. */
static size_t negator_before(const vc_vader_tok *t, const word *w, const char *text, size_t i)
{
    for (size_t k = 1; k <= 3 && k <= i; k++) {
        const vc_vader_tok *b = &t[i - k];
        if (ends_clause(b, text))
            return 0;
        if (b->negated || (w[i - k].flags & VC_CX_NEGATOR))
            return k;
        if (w[i - k].flags & VC_CX_OPENS_CLAUSE)
            return 0;
    }
    return 0;
}

/* ---- compiled patterns and the index of first words -------------------------
 *
 * Trying every rule at every token by reading its pattern text costs many
 * times VADER itself. The patterns are compiled once into slots of
 * alternatives, and an index maps a token to the few rules that may start
 * at it: a hash of the exact first words, the prefix alternatives, and the
 * rules that start with a quantity. */

#define NRULES (sizeof RULES / sizeof *RULES)
typedef struct rule_set {
    uint64_t bits[2];
} rule_set;
_Static_assert(NRULES <= 128, "two words of rule bits (vc_cx_word.rules)");

enum { ALT_EXACT, ALT_PREFIX, ALT_QUANTITY, ALT_ANY };
typedef struct alt {
    const char *s;
    uint8_t n, kind;
} alt;
typedef struct slot {
    uint16_t first, nalts; /* in alts[] */
    uint8_t optional;
} slot;
typedef struct compiled {
    uint16_t first, nslots; /* in slots[] */
} compiled;

typedef struct first_word {
    const char *key;
    size_t len; /* 0: empty slot */
    rule_set rules;
    uint8_t flags; /* VC_CX_*: the word lists below, looked up by the same probe */
} first_word;

typedef struct prefix_alt {
    const char *p;
    size_t len;
    size_t rule;
} prefix_alt;

#define NHASH 1024
static struct {
    alt alts[1024];
    slot slots[256];
    compiled rules[NRULES];
    size_t nalts, nslots;
    first_word hash[NHASH];
    prefix_alt prefixes[64]; /* sorted by first byte */
    size_t nprefixes;
    uint8_t pfirst[257];     /* prefixes starting with byte c: [pfirst[c], pfirst[c + 1]) */
    rule_set quantity;
} ix;
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

static uint64_t key_hash(const char *k, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)k[i]) * 1099511628211ULL;
    return h;
}

static first_word *hash_slot(const char *k, size_t n)
{
    for (size_t i = key_hash(k, n) & (NHASH - 1);; i = (i + 1) & (NHASH - 1))
        if (!ix.hash[i].len || (ix.hash[i].len == n && memcmp(ix.hash[i].key, k, n) == 0))
            return &ix.hash[i];
}

static void set_bit(rule_set *s, size_t r) { s->bits[r / 64] |= 1ULL << (r % 64); }

/* Built once. The table is constant and small: its words, slots and
 * alternatives fit the arrays (the unit tests run every rule). */
static void build_index(void)
{
    for (size_t r = 0; r < NRULES; r++) {
        const char *p = RULES[r].pattern;
        ix.rules[r].first = (uint16_t)ix.nslots;
        for (int first = 1; *p; first = 0) {
            while (*p == ' ')
                p++;
            size_t sn = strcspn(p, " ");
            slot *sl = &ix.slots[ix.nslots++];
            sl->optional = *p == '?';
            const char *q = p + sl->optional;
            size_t qn = sn - sl->optional;
            sl->first = (uint16_t)ix.nalts;
            for (size_t a = 0; a < qn;) {
                size_t b = a;
                while (b < qn && q[b] != '|')
                    b++;
                alt *al = &ix.alts[ix.nalts++];
                al->s = q + a;
                al->n = (uint8_t)(b - a);
                al->kind = ALT_EXACT;
                if (b - a == 1 && q[a] == '#')
                    al->kind = ALT_QUANTITY;
                else if (b - a == 1 && q[a] == '_')
                    al->kind = ALT_ANY;
                else if (q[b - 1] == '*')
                    al->kind = ALT_PREFIX, al->n--;
                if (first && al->kind == ALT_QUANTITY) {
                    set_bit(&ix.quantity, r);
                } else if (first && al->kind == ALT_PREFIX) {
                    if (ix.nprefixes < sizeof ix.prefixes / sizeof *ix.prefixes)
                        ix.prefixes[ix.nprefixes++] = (prefix_alt){al->s, al->n, r};
                } else if (first) {
                    first_word *f = hash_slot(al->s, al->n);
                    f->key = al->s;
                    f->len = al->n;
                    set_bit(&f->rules, r);
                }
                a = b + 1;
            }
            sl->nalts = (uint16_t)(ix.nalts - sl->first);
            p += sn;
        }
        ix.rules[r].nslots = (uint16_t)(ix.nslots - ix.rules[r].first);
    }
    /* prefixes by first byte (a stable insertion sort keeps rule order) */
    for (size_t i = 1; i < ix.nprefixes; i++)
        for (size_t j = i; j > 0 && (unsigned char)ix.prefixes[j - 1].p[0] > (unsigned char)ix.prefixes[j].p[0]; j--) {
            prefix_alt x = ix.prefixes[j];
            ix.prefixes[j] = ix.prefixes[j - 1];
            ix.prefixes[j - 1] = x;
        }
    for (unsigned c = 0, k = 0; c <= 256; c++) {
        while (k < ix.nprefixes && (unsigned char)ix.prefixes[k].p[0] < c)
            k++;
        ix.pfirst[c] = (uint8_t)k;
    }
    /* the word lists, as flags on the same hash */
    static const struct {
        const wlit *l;
        size_t n;
        uint8_t flag;
    } LISTS[] = {
        {QUANTITY_WORDS, sizeof QUANTITY_WORDS / sizeof *QUANTITY_WORDS, VC_CX_QUANTITY},
        {NEGATORS, sizeof NEGATORS / sizeof *NEGATORS, VC_CX_NEGATOR},
        {NT_FORMS, sizeof NT_FORMS / sizeof *NT_FORMS, VC_CX_NEGATOR},
        {CLAUSE_OPENERS, sizeof CLAUSE_OPENERS / sizeof *CLAUSE_OPENERS, VC_CX_OPENS_CLAUSE},
    };
    for (size_t l = 0; l < sizeof LISTS / sizeof *LISTS; l++)
        for (size_t k = 0; k < LISTS[l].n; k++) {
            first_word *f = hash_slot(LISTS[l].l[k].s, LISTS[l].l[k].n);
            f->key = LISTS[l].l[k].s;
            f->len = LISTS[l].l[k].n;
            f->flags |= LISTS[l].flag;
        }
}

static int slot_matches(const word *w, const slot *sl)
{
    for (size_t k = 0; k < sl->nalts; k++) {
        const alt *a = &ix.alts[sl->first + k];
        switch (a->kind) {
        case ALT_EXACT:
            if (a->n == w->klen && memcmp(a->s, w->key, a->n) == 0)
                return 1;
            break;
        case ALT_PREFIX:
            if (a->n <= w->klen && memcmp(a->s, w->key, a->n) == 0)
                return 1;
            break;
        case ALT_QUANTITY:
            if (w->flags & VC_CX_QUANTITY)
                return 1;
            break;
        default: /* ALT_ANY: a word that is not a negator */
            if (w->klen && !(w->flags & VC_CX_NEGATOR))
                return 1;
        }
    }
    return 0;
}

/* Match slots [s, e) against the words from index i on (below n); the end
 * index of the match, 0 if none. Optional slots backtrack. */
static size_t match_slots(const word *w, size_t i, size_t n, size_t s, size_t e)
{
    if (s == e)
        return i;
    const slot *sl = &ix.slots[s];
    if (i < n && slot_matches(&w[i], sl)) {
        size_t r = match_slots(w, i + 1, n, s + 1, e);
        if (r)
            return r;
    }
    return sl->optional ? match_slots(w, i, n, s + 1, e) : 0;
}

/* What kind of word w is (its flags) and the rules that may start at it. */
static void classify(word *w)
{
    rule_set s = {{0, 0}};
    size_t n = w->klen;
    if (!n)
        return;
    const first_word *f = hash_slot(w->key, n);
    if (f->len) {
        s = f->rules;
        w->flags = f->flags;
    }
    if (w->key[0] >= '0' && w->key[0] <= '9')
        w->flags |= VC_CX_QUANTITY;
    unsigned c = (unsigned char)w->key[0];
    for (size_t k = ix.pfirst[c]; k < ix.pfirst[c + 1]; k++)
        if (ix.prefixes[k].len <= n && memcmp(ix.prefixes[k].p, w->key, ix.prefixes[k].len) == 0)
            set_bit(&s, ix.prefixes[k].rule);
    if (w->flags & VC_CX_QUANTITY) {
        s.bits[0] |= ix.quantity.bits[0];
        s.bits[1] |= ix.quantity.bits[1];
    }
    w->rules[0] = s.bits[0];
    w->rules[1] = s.bits[1];
}

void vc_cx_words(const vc_vader_tok *t, const char *low, size_t n, vc_cx_word *out)
{
    pthread_once(&index_once, build_index);
    for (size_t i = 0; i < n; i++) {
        out[i] = token_word(&t[i], low);
        classify(&out[i]);
    }
}

/* Rule r at token i: 0 when it does not apply, else the tokens it covers. */
static size_t apply_rule(const vc_vader_tok *t, const vc_cx_word *w, const char *text, size_t n, double *sent,
                         size_t i, size_t r)
{
    const cx_rule *rule = &RULES[r];
    size_t end = match_slots(w, i, n, ix.rules[r].first, (size_t)ix.rules[r].first + ix.rules[r].nslots);
    if (!end)
        return 0;
    /* a phrase stays inside its clause */
    size_t k = i;
    while (k + 1 < end && !ends_clause(&t[k], text))
        k++;
    if (k + 1 < end)
        return 0;
    if (rule->kind == NEUTRAL) {
        sent[i] = 0;
    } else if (rule->kind == PROBLEM) {
        size_t neg = negator_before(t, w, text, i);
        if (neg) {
            sent[i] = NEGATED_PROBLEM;
            sent[i - neg] = 0; /* VADER's "no" is -1.2 */
        } else if (sent[i] == 0) {
            sent[i] = rule->val;
        }
    } else if (rule->kind == PRAISE) {
        if (sent[i] == 0)
            sent[i] = negator_before(t, w, text, i) ? rule->val * CX_NEGATE : rule->val;
    } else {
        if (rule->guard && negator_before(t, w, text, i))
            return 0;
        sent[i] = rule->val;
        for (size_t j = i + 1; j < end; j++)
            sent[j] = 0;
        return end - i;
    }
    return 1;
}

void vc_cx_rules(const vc_vader_tok *t, const vc_cx_word *w, const char *text, size_t n, double *sent)
{
    for (size_t i = 0; i < n;) {
        /* the candidate rules in table order (most words have none); the
         * first that applies wins */
        size_t adv = 0;
        for (int half = 0; half < 2 && !adv; half++)
            for (uint64_t bits = w[i].rules[half]; bits && !adv; bits &= bits - 1)
                adv = apply_rule(t, w, text, n, sent, i, (size_t)half * 64 + (size_t)__builtin_ctzll(bits));
        i += adv ? adv : 1;
    }
}

vc_status vc_sentiment_mode_parse(const char *name, vc_sentiment_mode *out)
{
    if (name && strcmp(name, "vader") == 0)
        *out = VC_SENTIMENT_VADER;
    else if (name && strcmp(name, "cx") == 0)
        *out = VC_SENTIMENT_CX;
    else
        return VC_ERR_USAGE;
    return VC_OK;
}

const char *vc_sentiment_mode_name(vc_sentiment_mode mode) { return mode == VC_SENTIMENT_CX ? "cx" : "vader"; }
