/*
 * langid.cc - the language of a text by CLD2 (Compact Language Detector
 * 2, Debian's libcld2), the only C++ in vocal, behind one C function.
 *
 * The call is DetectLanguageSummary with is_plain_text true and no hints:
 * comments are plain text (the HTML mode would read "<3" or "a < b" as the
 * start of a tag and skip what follows), and an export carries no
 * trustworthy hint (a top-level domain or a content language describe the
 * survey, not what one respondent wrote; a hint would pull every short
 * comment towards the survey's language and hide exactly the comments the
 * warning is about). The summary form gives the top three languages with
 * their share of the text's letters and CLD2's reliability verdict, which
 * is what the "und" rule needs: an unreliable verdict, or a top language
 * under min_percent of the letters (a mixed comment), is no language.
 * The extended call is not used: it adds script pseudo-languages
 * ("X_Hangul") that are no ISO 639 code. Its CheckUTF8 variant is not
 * needed either: language.c passes only the valid UTF-8 prefix.
 *
 * Codes: CLD2 names a few languages by old or regional codes; they are
 * mapped to the ISO 639-1 primary subtag (iw -> he, jw -> jv, zh-Hant ->
 * zh, sr-ME -> sr). Every returned string is a literal or CLD2's static
 * table, so nothing is allocated.
 *
 * Threads: CLD2's detector keeps no state between calls (its tables are
 * read-only and its scratch lives on the stack), so this is safe on every
 * worker at once. No C++ runtime is needed: no exceptions, no static
 * locals, no allocation here.
 */
#include <cstdio>
#include <cstring>

#include <cld2/public/compact_lang_det.h>

#include "langid_internal.h"

extern "C" const char *vc_langid_cld2(const char *utf8, size_t len, int min_percent)
{
    if (len > 0x7fffffff)
        len = 0x7fffffff;
    CLD2::Language lang3[3];
    int percent3[3] = {0, 0, 0};
    int text_bytes = 0;
    bool reliable = false;
    CLD2::Language top =
        CLD2::DetectLanguageSummary(utf8, (int)len, true, lang3, percent3, &text_bytes, &reliable);
    if (!reliable || top == CLD2::UNKNOWN_LANGUAGE || top == CLD2::TG_UNKNOWN_LANGUAGE ||
        lang3[0] != top || percent3[0] < min_percent)
        return nullptr;
    const char *code = CLD2::LanguageCode(top);
    if (!code || !code[0] || !strcmp(code, "un") || !strcmp(code, "xxx"))
        return nullptr;
    if (!strcmp(code, "iw"))
        return "he";
    if (!strcmp(code, "jw"))
        return "jv";
    if (!strcmp(code, "zh-Hant"))
        return "zh";
    if (!strcmp(code, "sr-ME"))
        return "sr";
    if (strchr(code, '-'))
        return nullptr;
    return code;
}
