/*
 * langid_internal.h - the one call into CLD2 (langid.cc), for language.c.
 */
#ifndef VOCAL_LANGID_INTERNAL_H
#define VOCAL_LANGID_INTERNAL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* CLD2's verdict on valid UTF-8 plain text: the language's code (static),
 * or NULL when CLD2 calls it unreliable or unknown, or when its top
 * language holds less than min_percent of the text. */
const char *vc_langid_cld2(const char *utf8, size_t len, int min_percent);

#ifdef __cplusplus
}
#endif

#endif
