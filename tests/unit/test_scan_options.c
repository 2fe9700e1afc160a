/*
 * test_scan_options.c - vc_scan_options_init gives the documented defaults
 * and leaves every "the library chooses" field at zero.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "vocal/pipeline.h"

Test(scan_options, defaults)
{
    vc_scan_options o;
    memset(&o, 0xa5, sizeof o);
    vc_scan_options_init(&o);
    cr_assert_eq(o.dialect.format, VC_FORMAT_AUTO);
    cr_assert_eq(o.dialect.delimiter, ',');
    cr_assert_eq(o.dialect.quote, '"');
    cr_assert_eq(o.scale, VC_SCALE_NPS);
    cr_assert_null(o.inputs);
    cr_assert_eq(o.ninputs, 0);
    cr_assert_null(o.text_col);
    cr_assert_null(o.score_col);
    cr_assert_null(o.lex);
    cr_assert_null(o.stop);
    cr_assert_null(o.hook);
    cr_assert_null(o.rejects);
    cr_assert_eq(o.threads, 0);
    cr_assert_eq(o.batch_bytes, 0);
    cr_assert_eq(o.quotes, 0);
}
