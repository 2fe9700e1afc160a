/*
 * scan_options.c - the one home of a scan's defaults.
 *
 * vc_scan_options is a public struct that grows as the scan learns new
 * settings. Callers start from vc_scan_options_init() and then set only the
 * fields they care about, so a field added later gets its default here and
 * older callers keep working unchanged. Every zero in the struct already
 * means "the library chooses" (threads, batch size, segment limit, ...);
 * only the fields whose default is not zero are written explicitly.
 *
 * Ownership: the options hold no memory of their own; everything they point
 * to stays the caller's.
 */
#include <string.h>

#include "vocal/pipeline.h"

void vc_scan_options_init(vc_scan_options *o)
{
    memset(o, 0, sizeof *o);
    o->dialect.format = VC_FORMAT_AUTO;
    o->dialect.delimiter = ',';
    o->dialect.quote = '"';
    o->scale = VC_SCALE_NPS;
}

size_t vc_scan_options_size(void) { return sizeof(vc_scan_options); }
