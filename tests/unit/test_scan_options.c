/*
 * test_scan_options.c - vc_scan_options_init gives the documented defaults
 * and leaves every "the library chooses" field at zero.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "vocal/discover.h"
#include "vocal/eval.h"
#include "vocal/lexdiff.h"
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

/* The corpus tools embed a scan's options; their initializers must start it
 * from the same defaults (a zeroed dialect would split on NUL bytes). */
static void assert_scan_defaults(const vc_scan_options *s)
{
    cr_assert_eq(s->dialect.format, VC_FORMAT_AUTO);
    cr_assert_eq(s->dialect.delimiter, ',');
    cr_assert_eq(s->dialect.quote, '"');
    cr_assert_eq(s->scale, VC_SCALE_NPS);
}

Test(scan_options, corpus_tools_start_from_the_scan_defaults)
{
    vc_eval_options e;
    memset(&e, 0xa5, sizeof e);
    vc_eval_options_init(&e);
    assert_scan_defaults(&e.scan);
    cr_assert_eq(e.examples, 3);
    cr_assert_null(e.labels_col);
    vc_lexdiff_options d;
    memset(&d, 0xa5, sizeof d);
    vc_lexdiff_options_init(&d);
    assert_scan_defaults(&d.scan);
    cr_assert_eq(d.examples, 3);
    cr_assert_null(d.old_lex);
    vc_discover_options o;
    memset(&o, 0xa5, sizeof o);
    vc_discover_defaults(&o);
    assert_scan_defaults(&o.scan);
    cr_assert_eq(o.top, 30);
}
