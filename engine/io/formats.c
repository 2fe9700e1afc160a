/*
 * formats.c - the input formats vocal reads, in one table: each format's
 * names (as --format and vc_format_parse accept them, the first one also
 * what vc_format_name prints), the delimiter naming it implies, and its
 * reader's two calls (header, record).
 *
 * Adding a format is one row here plus its reader; the splitter and the
 * sniffer (csv.c) are the only other places that tell formats apart.
 */
#include <string.h>

#include "parser_internal.h"

static const vc_format_def formats[] = {
    {VC_FORMAT_CSV, {"csv", NULL}, 0, vc_csv_header, vc_csv_parse},
    {VC_FORMAT_TSV, {"tsv", NULL}, '\t', vc_csv_header, vc_csv_parse},
    {VC_FORMAT_JSONL, {"jsonl", "ndjson"}, 0, vc_jsonl_header, vc_jsonl_parse},
    /* a JSON array's elements are split apart (splitter.c), then each is
     * read as a JSON Lines object is */
    {VC_FORMAT_JSON, {"json", NULL}, 0, vc_jsonl_header, vc_jsonl_parse},
};

const vc_format_def *vc_format_def_get(vc_format f)
{
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
        if (formats[i].format == f)
            return &formats[i];
    return NULL;
}

const char *vc_format_name(vc_format f)
{
    const vc_format_def *fd = vc_format_def_get(f);
    return fd ? fd->names[0] : "auto";
}

vc_status vc_format_parse(const char *name, vc_dialect *out)
{
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
        for (size_t k = 0; k < sizeof formats[i].names / sizeof *formats[i].names; k++)
            if (formats[i].names[k] && strcmp(formats[i].names[k], name) == 0) {
                out->format = formats[i].format;
                if (formats[i].delimiter)
                    out->delimiter = formats[i].delimiter;
                return VC_OK;
            }
    return VC_ERR_USAGE;
}
