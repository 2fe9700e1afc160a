/*
 * rows.c - the header lines of the two row files a run writes beside its
 * tables: rejected rows (--rejects) and one row per comment (--comments).
 *
 * The header of each file is written here once, for every command that
 * writes the file (scan, merge, discover); the rows themselves come from
 * the pipeline's workers, in the column order named here. Headers go into
 * a caller's vc_buf, so the caller decides where the bytes land.
 */
#include "vocal/report.h"

vc_status vc_rejects_header(vc_buf *b) { return vc_buf_append_str(b, "file,line,byte_offset,reason,record\n"); }

vc_status vc_comments_header(vc_buf *b, vc_scale scale)
{
    return vc_buf_printf(b, "id,themes,compound,sentiment,%s_group\n", vc_scale_name(scale));
}
