/*
 * test_version.c - vc_version and vc_version_number tell the same version,
 * and it is the one the build was configured with.
 */
#include <criterion/criterion.h>
#include <stdio.h>

#include "vocal/version.h"

Test(version, string_and_number_agree)
{
    unsigned major, minor, patch;
    char tail;
    cr_assert_eq(sscanf(vc_version(), "%u.%u.%u%c", &major, &minor, &patch, &tail), 3, "%s", vc_version());
    cr_assert(minor < 100 && patch < 100);
    cr_assert_eq(vc_version_number(), major * 10000 + minor * 100 + patch);
}

Test(version, matches_the_build)
{
    cr_assert_str_eq(vc_version(), VOCAL_TEST_VERSION);
}
