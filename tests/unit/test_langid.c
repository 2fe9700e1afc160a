/* test_langid.c - the language of a comment (text/language.c, through
 * CLD2 in text/langid.cc): the "und" rule for short and mixed text, the
 * languages of whole sentences, Japanese written without spaces, invalid
 * UTF-8, and the export values (UserLanguage) made codes. */
#include <criterion/criterion.h>
#include <string.h>

#include "vocal/language.h"

static const char *id(const char *s) { return vc_language_identify(s, strlen(s)); }

Test(langid, sentences_in_their_language)
{
    cr_assert_str_eq(id("The delivery was late and the support did not help at all."), "en");
    cr_assert_str_eq(id("Die App ist sehr gut und die Lieferung war pünktlich, alles bestens."), "de");
    cr_assert_str_eq(id("El servicio fue excelente y el pedido llegó antes de lo esperado."), "es");
    cr_assert_str_eq(id("Le service client est très réactif et le produit est de bonne qualité."), "fr");
    cr_assert_str_eq(id("O atendimento foi ótimo e a entrega chegou antes do prazo combinado."), "pt");
}

/* the examples: German that VADER scored negative is German */
Test(langid, german_praise_is_german)
{
    cr_assert_str_eq(id("Die App ist sehr gut"), "de");
    cr_assert_str_eq(id("Die Lieferung war pünktlich, alles bestens."), "de");
}

/* under VC_LANGUAGE_MIN_LETTERS letters or VC_LANGUAGE_MIN_WORDS words:
 * und, never CLD2's default of English */
Test(langid, short_text_is_und)
{
    cr_assert_str_eq(id(""), "und");
    cr_assert_str_eq(id("good"), "und");
    cr_assert_str_eq(id("great app"), "und");     /* 8 letters */
    cr_assert_str_eq(id("excellent service"), "und"); /* 16 letters, 2 words */
    cr_assert_str_eq(id("10/10 !!! :)"), "und");
    cr_assert_str_eq(vc_language_identify(NULL, 0), "und");
}

/* Japanese has no spaces: the word rule does not apply, the letter rule does */
Test(langid, japanese_without_spaces)
{
    cr_assert_str_eq(id("配送がとても早くて、商品の品質にも満足しています。"), "ja");
    cr_assert_str_eq(id("アプリが何度も落ちて、サポートに連絡しても返事がありません。"), "ja");
    cr_assert_str_eq(id("最高です"), "und"); /* 4 letters */
    cr_assert_str_eq(id("客服态度很好，问题很快就解决了，物流也很快。"), "zh");
}

/* half German, half Spanish: no language over 70% of the letters (CLD2
 * gives es 55%, de 44%); a comment mostly in one language is that one */
Test(langid, mixed_text_is_und)
{
    cr_assert_str_eq(id("Die Lieferung kam zu spät und der Kundenservice hat nie geantwortet, sehr enttäuschend. "
                        "El servicio fue excelente y el pedido llegó antes de lo esperado, muy contento."),
                     "und");
    cr_assert_str_eq(id("The delivery was late again and support never answered my emails or my calls, and "
                        "the refund took weeks. Sehr enttäuschend."),
                     "en");
}

/* CLD2 reads valid UTF-8 only: the text up to the first invalid byte */
Test(langid, invalid_utf8_reads_the_valid_prefix)
{
    const char s[] = "Die Lieferung war pünktlich und alles war bestens verpackt \xff\xfe garbage";
    cr_assert_str_eq(vc_language_identify(s, sizeof s - 1), "de");
    cr_assert_str_eq(id("\xff\xfe\xfd Die Lieferung war pünktlich"), "und");
}

/* the fast path: English words that no other language writes alike, two
 * and an eighth of the words, make "en" without CLD2; German, French and
 * Spanish sentences have none of them */
Test(langid, plainly_english_fast_path)
{
    cr_assert_str_eq(id("Dark mode is great and billing is clear."), "en");
    cr_assert_str_eq(id("The courier was late \xf0\x9f\x98\xa1 and nobody called back"), "en");
    cr_assert_str_eq(id("\xff\xfe the delivery was very late"), "en"); /* read whole: no CLD2 */
    cr_assert_str_eq(id("Die App ist gut, aber die Lieferung war langsam."), "de");
    cr_assert_str_eq(id("Constant outages. Intuitive interface :)"), "en"); /* through CLD2 */
}

Test(langid, export_values_made_codes)
{
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"EN", "en"}, {"de", "de"}, {"pt-BR", "pt"}, {"ZH-S", "zh"}, {"es_ES", "es"}, {" FR ", "fr"},
        {"fil", "fil"}, {"", NULL}, {"   ", NULL}, {"English", NULL}, {"e", NULL}, {"12", NULL},
        {"und", NULL}, {"en-", "en"}, {"de CH", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char out[16] = "x";
        size_t n = vc_language_normalize(cases[i].in, strlen(cases[i].in), out, sizeof out);
        if (!cases[i].want) {
            cr_assert_eq(n, 0, "'%s' gave '%s'", cases[i].in, out);
        } else {
            cr_assert_eq(n, strlen(cases[i].want), "'%s'", cases[i].in);
            cr_assert_str_eq(out, cases[i].want, "'%s'", cases[i].in);
        }
    }
    char tiny[3];
    cr_assert_eq(vc_language_normalize("en", 2, tiny, sizeof tiny), 0); /* no room */
}
