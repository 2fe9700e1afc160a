/*
 * gencorpus.c - reproducible survey exports for tests, demos and benchmarks.
 *
 *   gencorpus --rows N [--seed S] [--format csv|tsv|jsonl] [--level 1-9]
 *             [--members K] [--plant "PHRASE:RATE"] [-o FILE]
 *
 * Columns: id,date,region,product,channel,plan,nps,comment. Scores follow a
 * typical NPS mix (about 25% detractors, 40% passives, 35% promoters) and
 * comments follow the score: detractors mostly complain (with negations and
 * intensifiers), promoters mostly praise, passives mix. Comment lengths look
 * like real verbatims: a median near 120 bytes, a long tail to several KB,
 * about 2% empty, about 1% with a line break; 5-10% of rows carry non-ASCII
 * (accents, curly quotes, emoji). Dates cover 2025-12-01 to 2026-11-30.
 *
 * Output is gzip when FILE ends in .gz (or with --gzip), written as K
 * concatenated members with --members K (as pigz -i or bgzip do). The
 * generator has its own PRNG (splitmix64), so a seed gives the same bytes on
 * every machine. --plant inserts PHRASE into that share of detractor
 * comments only, to test discovery of uncovered themes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "vocal/buf.h"

static uint64_t rng_state;
static uint64_t next64(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
static unsigned pick(unsigned n) { return (unsigned)(next64() % n); }
static double unit(void) { return (double)(next64() >> 11) / 9007199254740992.0; }
#define ONE_OF(a) (a)[pick(sizeof(a) / sizeof *(a))]

static const char *REGIONS[] = {"North America", "Latin America", "UK & Ireland", "DACH", "France", "Nordics",
                                "APAC", "Middle East"};
static const char *PRODUCTS[] = {"Mobile App", "Web Store", "Home Broadband", "Smart Speaker", "Restaurant",
                                 "Pro Software"};
static const char *CHANNELS[] = {"web", "app", "phone", "store", "email", "chat"};
static const char *PLANS[] = {"free", "basic", "pro", "enterprise"};

/* Per theme: praise, complaints. %s placeholders are filled with an intensifier. */
typedef struct theme {
    const char *pos[6];
    const char *neg[6];
} theme;

static const theme THEMES[] = {
    {{"great value for money", "the price is %sfair", "really good deal", "worth every penny", "affordable plans",
      "cheaper than the competition"},
     {"way too expensive", "the price went up %sagain", "not worth the money", "hidden fees everywhere",
      "total waste of money", "overpriced for what you get"}},
    {{"the quality is %sexcellent", "food was fresh and tasty", "sound quality is superb", "battery life is great",
      "well built and solid", "the portions were generous"},
     {"quality has gone %sdownhill", "the food was cold and bland", "cheap materials", "battery drains %sfast",
      "fell apart after a week", "tiny portions"}},
    {{"works reliably every day", "never had an outage", "rock solid connection", "no crashes at all",
      "it just works", "stable since the update"},
     {"the app keeps crashing", "constant outages", "internet drops every evening", "it stopped working",
      "dead on arrival", "full of bugs"}},
    {{"love the new features", "has every option I need", "the menu has lots of choice", "dark mode is great",
      "integrates with everything", "offline mode is handy"},
     {"missing basic features", "no export option", "not compatible with my phone", "they removed the feature I used",
      "the menu choice is poor", "cannot sync between devices"}},
    {{"%seasy to use", "setup took two minutes", "intuitive interface", "clear instructions",
      "pairing was simple", "user friendly"},
     {"%sconfusing to set up", "the instructions are useless", "hard to navigate", "could not pair it",
      "the interface is a mess", "installation failed twice"}},
    {{"the staff were %sfriendly", "our waiter was attentive", "the agent was knowledgeable",
      "the manager went out of her way", "helpful employees", "polite and professional team"},
     {"the staff were %srude", "the cashier ignored me", "unprofessional attitude", "the manager was dismissive",
      "the waiter never came back", "staff seemed clueless"}},
    {{"no wait at all", "served %squickly", "short queue", "answered within a minute", "fast checkout",
      "quick turnaround"},
     {"waited over an hour", "on hold for 45 minutes", "the queue was %slong", "slow service",
      "took forever to get served", "long delays"}},
    {{"delivery was %sfast", "arrived a day early", "well packaged", "the courier was on time",
      "tracking was accurate", "shipping was free and quick"},
     {"my parcel never arrived", "delivery was %slate", "the package was damaged", "lost in shipping",
      "tracking never updated", "the courier left it in the rain"}},
    {{"refund was processed quickly", "billing is clear", "easy returns", "got my money back fast",
      "the invoice was correct", "exchange was painless"},
     {"I was charged twice", "still waiting for my refund", "overcharged on my bill", "the invoice is wrong",
      "they refused a refund", "billing errors every month"}},
    {{"customer service solved it", "support was %shelpful", "the help desk fixed my issue",
      "the chat agent resolved it fast", "great support team", "my ticket was handled well"},
     {"customer service is %suseless", "support never solved my problem", "the call centre hung up on me",
      "my ticket was closed without a fix", "support keeps passing me around", "nobody at the help desk knew"}},
    {{"they kept me informed", "clear updates by email", "honest about the delay", "the information was accurate",
      "they called me back", "good communication"},
     {"nobody told me anything", "no one returned my calls", "the description was misleading",
      "emails go unanswered", "conflicting information", "no updates at all"}},
    {{"I will definitely come back", "would recommend to friends", "loyal customer for years",
      "will buy again", "already told my family", "renewing for sure"},
     {"I am cancelling my subscription", "switching to a competitor", "never coming back",
      "would not recommend", "I will warn others", "looking for another provider"}},
    {{"lovely atmosphere", "clean and bright store", "cosy decor", "easy parking", "great location",
      "comfortable seating"},
     {"the place was dirty", "far too noisy", "no parking nearby", "the tables were sticky",
      "uncomfortable seating", "the music was too loud"}},
};

static const char *INTENS[] = {"", "", "", "very ", "really ", "so ", "extremely ", "quite ", "incredibly "};
static const char *OPEN_POS[] = {"", "", "", "Honestly, ", "Overall ", "Love it. ", "Great experience: ",
                                 "Happy customer. "};
static const char *OPEN_NEG[] = {"", "", "", "Honestly, ", "Not happy. ", "Disappointed: ", "Ugh, ",
                                 "Worst experience. "};
static const char *CLOSE_POS[] = {".", ".", ".", ".", ".", "!", "!", "!!", ". Thanks!", ". Keep it up", " :)",
                                  ".", ".", "!", ".", ".", ".", ".", "!", "."};
static const char *CLOSE_NEG[] = {".", ".", ".", ".", ".", "!", "!", "!!!", ". Not good enough", ". Fix it", " :(",
                                  ".", ".", "!", ".", ".", ".", ".", "!", "."};
static const char *NONASCII[] = {" Caf\xc3\xa9 was na\xc3\xafve about it.", " Sehr gut, merci \xc3\xa0 tous.",
                                 " \xe2\x80\x9c\x41mazing\xe2\x80\x9d they said\xe2\x80\xa6",
                                 " It\xe2\x80\x99s \xef\xac\x81ne \xf0\x9f\x98\x80",
                                 " M\xc3\xbcller from support didn\xe2\x80\x99t care \xf0\x9f\x98\xa1",
                                 " Se\xc3\xb1or, no gracias.", " \xef\xbc\xb7\xef\xbc\xa9\xef\xbc\xa6\xef\xbc\xa9 was down."};
static const char *FILLER[] = {"I have been a customer for three years", "We ordered on a Friday evening",
                               "I contacted them twice about it", "This was my second visit this month",
                               "My partner had the same issue", "I used the app on my phone",
                               "We came for a birthday dinner", "I upgraded my plan last week"};

static void clause(vc_buf *b, int positive)
{
    const theme *t = &ONE_OF(THEMES);
    const char *tpl = positive ? t->pos[pick(6)] : t->neg[pick(6)];
    const char *p = strstr(tpl, "%s");
    if (p) {
        vc_buf_append(b, tpl, (size_t)(p - tpl));
        vc_buf_append_str(b, ONE_OF(INTENS));
        vc_buf_append_str(b, p + 2);
    } else {
        vc_buf_append_str(b, tpl);
    }
}

static void sentence(vc_buf *b, int positive, int first)
{
    size_t start = b->len;
    if (first)
        vc_buf_append_str(b, positive ? ONE_OF(OPEN_POS) : ONE_OF(OPEN_NEG));
    if (unit() < 0.15) {
        vc_buf_append_str(b, ONE_OF(FILLER));
        vc_buf_append_str(b, " and ");
    }
    clause(b, positive);
    if (unit() < 0.6) {
        vc_buf_append_str(b, unit() < 0.5 ? " and " : (positive ? ", also " : ", plus "));
        clause(b, unit() < 0.85 ? positive : !positive);
    }
    if (unit() < 0.2) {
        vc_buf_append_str(b, " but ");
        clause(b, !positive);
    }
    if (unit() < 0.015)
        vc_buf_append_str(b, positive ? " \xf0\x9f\x91\x8d" : " \xf0\x9f\x98\xa1");
    else
        vc_buf_append_str(b, positive ? ONE_OF(CLOSE_POS) : ONE_OF(CLOSE_NEG));
    if (b->len > start && b->data[start] >= 'a' && b->data[start] <= 'z')
        b->data[start] = (char)(b->data[start] - 32);
    if (unit() < 0.02) { /* shouting */
        for (size_t i = start; i < b->len; i++)
            if (b->data[i] >= 'a' && b->data[i] <= 'z' && unit() < 0.5)
                b->data[i] = (char)(b->data[i] - 32);
    }
}

static void comment(vc_buf *b, int score, const char *plant, double plant_rate)
{
    vc_buf_reset(b);
    if (unit() < 0.02)
        return;
    int nsent;
    double r = unit();
    if (r < 0.25)
        nsent = 1;
    else if (r < 0.72)
        nsent = 2;
    else if (r < 0.96)
        nsent = 3 + (int)pick(3);
    else
        nsent = 8 + (int)pick(60); /* the long tail */
    double p_pos = score >= 9 ? 0.9 : score >= 7 ? 0.55 : 0.12;
    for (int i = 0; i < nsent; i++) {
        if (i)
            vc_buf_append_str(b, unit() < 0.006 ? "\n" : " ");
        sentence(b, unit() < p_pos, i == 0);
    }
    if (unit() < 0.04)
        vc_buf_append_str(b, ONE_OF(NONASCII));
    if (plant && score <= 6 && unit() < plant_rate) {
        vc_buf_append_str(b, " ");
        vc_buf_append_str(b, plant);
        vc_buf_append_str(b, ".");
    }
}

static int score_for_row(void)
{
    double r = unit();
    if (r < 0.25)
        return (int)pick(7);
    if (r < 0.65)
        return 7 + (int)pick(2);
    return 9 + (int)pick(2);
}

static void csv_field(vc_buf *o, const char *s, size_t n, char delim)
{
    int q = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == delim || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
            q = 1;
    if (!q) {
        vc_buf_append(o, s, n);
        return;
    }
    vc_buf_append_char(o, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            vc_buf_append_char(o, '"');
        vc_buf_append_char(o, s[i]);
    }
    vc_buf_append_char(o, '"');
}

static const int MDAYS[] = {31, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30}; /* Dec 2025 .. Nov 2026 */

typedef struct out {
    FILE *f;
    int gz;
    int level;
    z_stream z;
    int open;
    unsigned char buf[1 << 16];
} out;

static void z_member_begin(out *o)
{
    memset(&o->z, 0, sizeof o->z);
    if (deflateInit2(&o->z, o->level, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        fprintf(stderr, "gencorpus: deflateInit2 failed\n");
        exit(1);
    }
    o->open = 1;
}

static void z_write(out *o, const void *p, size_t n, int flush)
{
    o->z.next_in = (Bytef *)p;
    o->z.avail_in = (uInt)n;
    do {
        o->z.next_out = o->buf;
        o->z.avail_out = sizeof o->buf;
        deflate(&o->z, flush);
        fwrite(o->buf, 1, sizeof o->buf - o->z.avail_out, o->f);
    } while (o->z.avail_out == 0);
}

static void emit(out *o, vc_buf *b)
{
    if (o->gz)
        z_write(o, b->data, b->len, Z_NO_FLUSH);
    else
        fwrite(b->data, 1, b->len, o->f);
    vc_buf_reset(b);
}

static void member_end(out *o)
{
    if (o->gz && o->open) {
        z_write(o, "", 0, Z_FINISH);
        deflateEnd(&o->z);
        o->open = 0;
    }
}

static void usage(void)
{
    fputs("usage: gencorpus --rows N [--seed S] [--format csv|tsv|jsonl] [--level 1-9] [--members K]\n"
          "                 [--plant \"PHRASE:RATE\"] [--gzip] [-o FILE]\n",
          stderr);
    exit(2);
}

int main(int argc, char **argv)
{
    unsigned long long rows = 0, seed = 1;
    const char *format = "csv", *path = NULL, *plant_arg = NULL;
    int level = 6, members = 1, gzip_flag = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--rows") && v) rows = strtoull(argv[++i], NULL, 10);
        else if (!strcmp(a, "--seed") && v) seed = strtoull(argv[++i], NULL, 10);
        else if (!strcmp(a, "--format") && v) format = argv[++i];
        else if (!strcmp(a, "--level") && v) level = atoi(argv[++i]);
        else if (!strcmp(a, "--members") && v) members = atoi(argv[++i]);
        else if (!strcmp(a, "--plant") && v) plant_arg = argv[++i];
        else if (!strcmp(a, "--gzip")) gzip_flag = 1;
        else if (!strcmp(a, "-o") && v) path = argv[++i];
        else usage();
    }
    if (!rows || level < 1 || level > 9 || members < 1 ||
        (strcmp(format, "csv") && strcmp(format, "tsv") && strcmp(format, "jsonl")))
        usage();
    char *plant = NULL;
    double plant_rate = 0;
    if (plant_arg) {
        const char *colon = strrchr(plant_arg, ':');
        if (!colon)
            usage();
        plant = vc_strndup(plant_arg, (size_t)(colon - plant_arg));
        plant_rate = atof(colon + 1);
    }
    out o;
    memset(&o, 0, sizeof o);
    o.level = level;
    o.f = path ? fopen(path, "wb") : stdout;
    if (!o.f) {
        perror(path);
        return 1;
    }
    size_t pl = path ? strlen(path) : 0;
    o.gz = gzip_flag || (pl > 3 && !strcmp(path + pl - 3, ".gz"));
    rng_state = seed * 0x2545F4914F6CDD1DULL + 1;
    char delim = !strcmp(format, "tsv") ? '\t' : ',';
    int jsonl = !strcmp(format, "jsonl");
    vc_buf line = VC_BUF_INIT, text = VC_BUF_INIT;
    if (o.gz)
        z_member_begin(&o);
    if (!jsonl) {
        const char *cols[] = {"id", "date", "region", "product", "channel", "plan", "nps", "comment"};
        for (int c = 0; c < 8; c++) {
            if (c)
                vc_buf_append_char(&line, delim);
            vc_buf_append_str(&line, cols[c]);
        }
        vc_buf_append_char(&line, '\n');
    }
    unsigned long long per_member = (rows + (unsigned long long)members - 1) / (unsigned long long)members;
    for (unsigned long long r = 1; r <= rows; r++) {
        int m = (int)pick(12), d = 1 + (int)pick((unsigned)MDAYS[m]);
        int year = m == 0 ? 2025 : 2026, month = m == 0 ? 12 : m;
        int score = score_for_row();
        comment(&text, score, plant, plant_rate);
        const char *fields[7];
        char id[32], date[48], nps[16];
        snprintf(id, sizeof id, "R%08llu", r);
        snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, d);
        snprintf(nps, sizeof nps, "%d", score);
        fields[0] = id;
        fields[1] = date;
        fields[2] = ONE_OF(REGIONS);
        fields[3] = ONE_OF(PRODUCTS);
        fields[4] = ONE_OF(CHANNELS);
        fields[5] = ONE_OF(PLANS);
        fields[6] = nps;
        if (jsonl) {
            const char *keys[] = {"id", "date", "region", "product", "channel", "plan"};
            vc_buf_append_char(&line, '{');
            for (int c = 0; c < 6; c++) {
                vc_buf_printf(&line, "\"%s\":", keys[c]);
                vc_buf_json_string(&line, fields[c], strlen(fields[c]));
                vc_buf_append_char(&line, ',');
            }
            vc_buf_printf(&line, "\"nps\":%d,\"comment\":", score);
            vc_buf_json_string(&line, text.data ? text.data : "", text.len);
            vc_buf_append_str(&line, "}\n");
        } else {
            for (int c = 0; c < 7; c++) {
                csv_field(&line, fields[c], strlen(fields[c]), delim);
                vc_buf_append_char(&line, delim);
            }
            csv_field(&line, text.data ? text.data : "", text.len, delim);
            vc_buf_append_char(&line, '\n');
        }
        if (line.len > (1 << 16))
            emit(&o, &line);
        if (o.gz && members > 1 && r % per_member == 0 && r < rows) {
            emit(&o, &line);
            member_end(&o);
            z_member_begin(&o);
        }
    }
    emit(&o, &line);
    member_end(&o);
    int bad = ferror(o.f) || (o.f != stdout ? fclose(o.f) != 0 : fflush(o.f) != 0);
    vc_buf_free(&line);
    vc_buf_free(&text);
    free(plant);
    if (bad) {
        fprintf(stderr, "gencorpus: write failed\n");
        return 1;
    }
    return 0;
}
