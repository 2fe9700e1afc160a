/*
 * version.c - the library's version, as the build recorded it.
 *
 * CMake passes the project version (project(... VERSION x.y.z)) to this one
 * file as compile definitions, so the number lives in one place and the
 * command line, the shared library's file name and libvocal.pc all agree.
 */
#include "vocal/version.h"

#if !defined(VOCAL_VERSION_MAJOR) || !defined(VOCAL_VERSION_MINOR) || !defined(VOCAL_VERSION_PATCH)
#error "the build must define VOCAL_VERSION_MAJOR, VOCAL_VERSION_MINOR and VOCAL_VERSION_PATCH"
#endif

#define VC_STR_(x) #x
#define VC_STR(x) VC_STR_(x)

const char *vc_version(void)
{
    return VC_STR(VOCAL_VERSION_MAJOR) "." VC_STR(VOCAL_VERSION_MINOR) "." VC_STR(VOCAL_VERSION_PATCH);
}

unsigned vc_version_number(void)
{
    return VOCAL_VERSION_MAJOR * 10000u + VOCAL_VERSION_MINOR * 100u + VOCAL_VERSION_PATCH;
}
