/*
 * version.h - which vocal library a program is running against.
 *
 * The values come from the project version the library was built with, so
 * a program linked against the shared library sees the installed library's
 * version, not the one it was compiled with. Both calls return static data
 * and are safe from any thread.
 */
#ifndef VOCAL_VERSION_H
#define VOCAL_VERSION_H

#include "vocal/export.h"

VC_API_BEGIN

/* "MAJOR.MINOR.PATCH", e.g. "0.1.0". */
const char *vc_version(void);

/* MAJOR * 10000 + MINOR * 100 + PATCH, e.g. 100 for 0.1.0 and 10203 for
 * 1.2.3: compare with >= to require a minimum version. */
unsigned vc_version_number(void);

VC_API_END

#endif
