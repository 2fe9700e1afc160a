/* test_model.c - the theme model: hashed features (words, pairs within a
 * sentence, masking), scoring, the file round trip and its refusals. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/model.h"

static int has(const vc_features *f, uint32_t id)
{
    for (size_t i = 0; i < f->n; i++)
        if (f->v[i] == id)
            return 1;
    return 0;
}

Test(model, features_are_words_and_pairs_within_a_sentence)
{
    vc_features f = {0};
    const char *s = "the app crashes\nsupport helped";
    cr_assert_eq(vc_features_of(s, strlen(s), 18, NULL, 0, &f), VC_OK);
    cr_assert_eq(f.n, 5 + 3); /* 5 words, 3 pairs: none across the '\n' */
    cr_assert(has(&f, vc_feature_id("app", 3, "crashes", 7, 18)));
    cr_assert(has(&f, vc_feature_id("support", 7, "helped", 6, 18)));
    cr_assert(!has(&f, vc_feature_id("crashes", 7, "support", 7, 18)));
    for (size_t i = 0; i < f.n; i++) /* distinct */
        for (size_t j = i + 1; j < f.n; j++)
            cr_assert_neq(f.v[i], f.v[j]);
    cr_assert_eq(f.v[0], vc_feature_id("the", 3, NULL, 0, 18)); /* in the order they occur */
    /* a repeated word is one feature */
    cr_assert_eq(vc_features_of("late late", 9, 18, NULL, 0, &f), VC_OK);
    cr_assert_eq(f.n, 2);
    vc_features_free(&f);
}

Test(model, masked_words_are_left_out_and_break_pairs)
{
    vc_features f = {0};
    const char *s = "the refund never arrived";
    vc_span_range mask[1] = {{4, 10}}; /* "refund" */
    cr_assert_eq(vc_features_of(s, strlen(s), 18, mask, 1, &f), VC_OK);
    cr_assert(!has(&f, vc_feature_id("refund", 6, NULL, 0, 18)));
    cr_assert(!has(&f, vc_feature_id("the", 3, "refund", 6, 18)));
    cr_assert(!has(&f, vc_feature_id("refund", 6, "never", 5, 18)));
    cr_assert(has(&f, vc_feature_id("never", 5, "arrived", 7, 18)));
    cr_assert_eq(f.n, 3 + 1);
    vc_features_free(&f);
}

static vc_lexicon *lexicon(const char *text)
{
    vc_lexicon *lex;
    vc_error e;
    cr_assert_eq(vc_lexicon_load_string("t.lex", text, strlen(text), NULL, &lex, &e), VC_OK);
    return lex;
}

Test(model, leaves_scores_and_the_file_round_trip)
{
    vc_lexicon *lex = lexicon("[service/staff]\nstaff\n[service/support]\nhelpdesk\n[delivery]\ncourier\n");
    vc_model *m = vc_model_new(lex, 12);
    cr_assert_eq(vc_model_theme_count(m), 3); /* service is a parent */
    cr_assert_str_eq(vc_model_theme_name(m, 0), "delivery");
    size_t nb = (size_t)1 << 12;
    float *w = calloc(nb, sizeof *w);
    uint32_t late = vc_feature_id("late", 4, NULL, 0, 12);
    w[late] = 2.5f;
    cr_assert_eq(vc_model_set_theme(m, 0, -1.0, 0.7, w), VC_OK);
    vc_features f = {0};
    cr_assert_eq(vc_features_of("parcel late", 11, 12, NULL, 0, &f), VC_OK);
    double logit[3];
    vc_model_logits(m, &f, logit);
    cr_assert_float_eq(logit[0], 1.5, 1e-6);
    cr_assert_float_eq(logit[1], 0.0, 1e-12);
    cr_assert_float_eq(vc_model_probability(0.0), 0.5, 1e-12);

    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_model_write(m, &b), VC_OK);
    vc_model *back;
    vc_error e;
    cr_assert_eq(vc_model_read("m", b.data, b.len, lex, &back, &e), VC_OK, "%s", e.msg);
    cr_assert_eq(vc_model_fingerprint(back), vc_model_fingerprint(m));
    cr_assert_float_eq(vc_model_weight(back, 0, late), 2.5, 1e-6);
    cr_assert_float_eq(vc_model_threshold(back, 0), 0.7, 1e-12);

    /* one flipped byte: the checksum says so */
    b.data[b.len / 2] ^= 0x40;
    vc_model *damaged;
    cr_assert_eq(vc_model_read("m", b.data, b.len, lex, &damaged, &e), VC_ERR_DATA);
    cr_assert_null(damaged);
    cr_assert(strstr(e.msg, "damaged"));
    b.data[b.len / 2] ^= 0x40;
    /* another lexicon refuses it, naming the fix */
    vc_lexicon *other = lexicon("[delivery]\ncourier\nparcel\n");
    vc_model *refused;
    cr_assert_eq(vc_model_read("m", b.data, b.len, other, &refused, &e), VC_ERR_USAGE);
    cr_assert_null(refused);
    cr_assert(strstr(e.msg, "another lexicon"));
    cr_assert_eq(vc_model_read("m", "VOCALMDX", 8, lex, &refused, &e), VC_ERR_USAGE);

    vc_model_free(back);
    vc_model_free(m);
    vc_features_free(&f);
    vc_buf_free(&b);
    free(w);
    vc_lexicon_free(other);
    vc_lexicon_free(lex);
}
