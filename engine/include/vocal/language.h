/*
 * language.h - the language of one comment, as an ISO 639-1 code ("en",
 * "de", "ja", ...), or "und" when it cannot be told: too short, mixed,
 * or not recognised reliably. The scan gives every analyzed comment one
 * (pipeline.h: no_language, language_col) and leaves sentiment out for a
 * comment in a language other than English (VADER and the CX mode score
 * English only).
 *
 * Ownership: every string returned is static and lives as long as the
 * program; nothing is allocated per call, and every function is safe to
 * call from several threads at once.
 */
#ifndef VOCAL_LANGUAGE_H
#define VOCAL_LANGUAGE_H

#include <stddef.h>

#include "vocal/export.h"

VC_API_BEGIN

/* "und": the language could not be told. */
#define VC_LANGUAGE_UND "und"

/* The rule that makes a text "und" before any language is reported:
 * fewer letters than this (a code point of a letter script counts one),
 * fewer words than VC_LANGUAGE_MIN_WORDS in a script written with spaces,
 * or no language over VC_LANGUAGE_MIN_PERCENT of the text's letters. */
#define VC_LANGUAGE_MIN_LETTERS 12
#define VC_LANGUAGE_MIN_WORDS 3
#define VC_LANGUAGE_MIN_PERCENT 70

/* The language of UTF-8 text (invalid sequences are read as far as the
 * text is valid): a lowercase ISO 639-1 code where one exists (three
 * letters otherwise), or VC_LANGUAGE_UND. Static; never NULL. */
const char *vc_language_identify(const char *utf8, size_t len);

/* A language value from an export (Qualtrics' UserLanguage: "EN", "de",
 * "pt-BR", "ZH-S", "es_ES") made the lowercase primary subtag, written to
 * out (room for outsz bytes, 16 is plenty). Returns its length, or 0 when
 * the value is blank or not a language tag (then the caller identifies
 * the text instead). */
size_t vc_language_normalize(const char *value, size_t len, char *out, size_t outsz);

VC_API_END

#endif
