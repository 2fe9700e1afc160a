/*
 * language.c - the language of a comment (vc_language_identify), a
 * language value read from an export made a code (vc_language_normalize),
 * and which languages the scan's sentiment covers.
 *
 * Identification first applies vocal's own "und" rule, then asks CLD2
 * (langid.cc). One pass over the text counts its letters (a code point of
 * category L, one each), its words (maximal runs of word characters,
 * text.h) and whether it holds a script written without spaces (Han,
 * Hiragana, Katakana, Thai, Lao, Khmer, Myanmar). Text with fewer than
 * VC_LANGUAGE_MIN_LETTERS letters, or fewer than VC_LANGUAGE_MIN_WORDS
 * words in a script written with spaces, is "und" without asking: CLD2
 * calls very short text English by default, and "great" or "ok" says
 * nothing about a language. CLD2's verdict then counts only when it is
 * reliable and its language holds VC_LANGUAGE_MIN_PERCENT of the letters
 * (below that the comment is mixed, and "und"). The thresholds were set
 * on the bundled sample and the mixed-language test file: the shortest
 * comments that CLD2 gets right reliably have three words.
 *
 * Plainly English text takes a fast path: text of three words or
 * more in which at least two, and an eighth, of the words are English
 * words that no other Latin-script language writes alike ("the", "and",
 * "with", "they", "never", ...; not "is", "was" or "die") is "en" without
 * CLD2, which costs several times more than the rest of the comment's
 * analysis. English prose has about two in five; German, French or
 * Spanish text has none of these words.
 *
 * Invalid UTF-8 ends the text CLD2 sees at its first invalid byte (CLD2
 * must be given valid UTF-8); the counts stop there too.
 *
 * Everything here works on the caller's bytes and the stack: no state,
 * no allocation, safe on every thread.
 */
#include <string.h>

#include <utf8proc.h>

#include "langid_internal.h"
#include "text_internal.h"
#include "vocal/language.h"
#include "vocal/text.h"

static int spaceless_script(int32_t cp)
{
    return (cp >= 0x0E00 && cp <= 0x0EFF) ||  /* Thai, Lao */
           (cp >= 0x1000 && cp <= 0x109F) ||  /* Myanmar */
           (cp >= 0x1780 && cp <= 0x17FF) ||  /* Khmer */
           (cp >= 0x3040 && cp <= 0x30FF) ||  /* Hiragana, Katakana */
           (cp >= 0x3400 && cp <= 0x9FFF) ||  /* CJK ideographs */
           (cp >= 0xF900 && cp <= 0xFAFF) ||  /* CJK compatibility ideographs */
           (cp >= 0xFF66 && cp <= 0xFF9F);    /* halfwidth Katakana */
}

static int letter_cp(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
           c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO;
}

static int ascii_letter(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* English function words, and a few words of customer feedback, that are
 * no word of another language written in Latin letters (so not "is",
 * "was", "in", "an", "on", "so", "die", "to", "fast", "also", "plus":
 * Dutch, German, French and Czech have those), by first letter. */
static const char *const ENGLISH[26] = {
    ['a' - 'a'] = " and are after about again always ",
    ['b' - 'a'] = " but been because being best ",
    ['c' - 'a'] = " could came ",
    ['d' - 'a'] = " did didn does doesn ",
    ['e' - 'a'] = " every easy ",
    ['f' - 'a'] = " for from ",
    ['g' - 'a'] = " great good got ",
    ['h' - 'a'] = " have has had his her helpful ",
    ['i' - 'a'] = " it its ",
    ['j' - 'a'] = " just ",
    ['l' - 'a'] = " late love ",
    ['m' - 'a'] = " my ",
    ['n' - 'a'] = " not never nobody ",
    ['o' - 'a'] = " of our ",
    ['p' - 'a'] = " poor ",
    ['q' - 'a'] = " quick quite ",
    ['r' - 'a'] = " really ",
    ['s' - 'a'] = " she should slow ",
    ['t' - 'a'] = " the they this that there their them then too took told thanks ",
    ['v' - 'a'] = " very ",
    ['w' - 'a'] = " with were would when what which will wasn weren worst well ",
    ['y' - 'a'] = " you your ",
};

static int english_word(const unsigned char *w, size_t n)
{
    if (n < 2 || n > 7)
        return 0;
    char k[10];
    k[0] = ' ';
    for (size_t i = 0; i < n; i++)
        k[i + 1] = (char)(w[i] | 0x20);
    k[n + 1] = ' ';
    k[n + 2] = 0;
    const char *list = ENGLISH[(w[0] | 0x20) - 'a'];
    return list && strstr(list, k) != NULL;
}

/* The fast path: text of at least VC_LANGUAGE_MIN_WORDS words and
 * VC_LANGUAGE_MIN_LETTERS letters of which at least two, and an eighth,
 * are such English words is English without asking CLD2 (English prose
 * has about two in five). Words are runs of ASCII word characters here:
 * a non-ASCII character (an emoji, a typographic apostrophe, an accented
 * letter) separates them, which only adds words that are not English.
 * 1: English; 0: ask. */
static int plainly_english(const unsigned char *s, size_t len)
{
    size_t words = 0, english = 0, letters = 0, i = 0;
    while (i < len) {
        while (i < len && (s[i] >= 0x80 || !vc_ascii_word[s[i]]))
            i++;
        size_t a = i;
        while (i < len && s[i] < 0x80 && vc_ascii_word[s[i]])
            letters += (size_t)ascii_letter(s[i++]);
        if (i > a) {
            words++;
            english += (size_t)(ascii_letter(s[a]) && english_word(s + a, i - a));
        }
    }
    return letters >= VC_LANGUAGE_MIN_LETTERS && words >= VC_LANGUAGE_MIN_WORDS && english >= 2 &&
           english * 8 >= words;
}

const char *vc_language_identify(const char *utf8, size_t len)
{
    const unsigned char *s = (const unsigned char *)utf8;
    size_t letters = 0, words = 0, i = 0, valid = len;
    int in_word = 0, spaceless = 0;
    if (!utf8)
        return VC_LANGUAGE_UND;
    if (plainly_english(s, len))
        return "en";
    while (i < len) {
        int word, letter;
        if (s[i] < 0x80) {
            letter = ascii_letter(s[i]);
            word = vc_ascii_word[s[i]];
            i++;
        } else {
            size_t bad = 0;
            size_t n = vc_utf8_valid_len(s + i, len - i, &bad);
            if (!n) {
                valid = i;
                break;
            }
            int32_t cp;
            vc_utf8_decode(utf8 + i, n, &cp);
            i += n;
            word = vc_is_word_cp(cp);
            letter = word && letter_cp(cp);
            spaceless |= spaceless_script(cp);
        }
        letters += (size_t)letter;
        if (word && !in_word)
            words++;
        in_word = word;
    }
    if (letters < VC_LANGUAGE_MIN_LETTERS || (!spaceless && words < VC_LANGUAGE_MIN_WORDS))
        return VC_LANGUAGE_UND;
    const char *code = vc_langid_cld2(utf8, valid, VC_LANGUAGE_MIN_PERCENT);
    return code ? code : VC_LANGUAGE_UND;
}

size_t vc_language_normalize(const char *value, size_t len, char *out, size_t outsz)
{
    if (!value || outsz < 4)
        return 0;
    while (len && (*value == ' ' || *value == '\t'))
        value++, len--;
    while (len && (value[len - 1] == ' ' || value[len - 1] == '\t' || value[len - 1] == '\r' ||
                   value[len - 1] == '\n'))
        len--;
    /* the primary subtag: letters up to '-', '_' or the end, 2 or 3 of them */
    size_t n = 0;
    while (n < len && ascii_letter((unsigned char)value[n]))
        n++;
    if (n < 2 || n > 3 || (n < len && value[n] != '-' && value[n] != '_'))
        return 0;
    if (n >= outsz)
        return 0;
    for (size_t k = 0; k < n; k++)
        out[k] = (char)(value[k] | 0x20);
    out[n] = 0;
    if (strcmp(out, "und") == 0)
        return 0;
    return n;
}
