/* test_signature.c - binary formats recognised from their first bytes
 * (vc_binary_format_detect) and the refusal's message
 * (vc_binary_format_refuse); text that merely starts like a signature is
 * never refused. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <string.h>

#include "vocal/stream.h"

/* held in the parameter itself: Criterion copies parameters into the
 * process that runs the test */
typedef struct sample {
    char bytes[128];
    size_t len;
    char name[16]; /* "": not a binary format */
} sample;

#define S(lit, name) {lit, sizeof lit - 1, name}

/* a zip local file header for an entry called `n` (name length in byte 26) */
#define ZIPHDR(n, len) "PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" len "\x00\x00\x00" n

ParameterizedTestParameters(signature, detect)
{
    static sample samples[] = {
        S(ZIPHDR("[Content_Types].xml", "\x13") "...." ZIPHDR("xl/workbook.xml", "\x0f"), "xlsx"),
        S(ZIPHDR("xl/worksheets/sheet1.xml", "\x18"), "xlsx"),
        S(ZIPHDR("mimetype", "\x08") "application/vnd.oasis.opendocument.spreadsheet", "ods"),
        S(ZIPHDR("word/document.xml", "\x11"), "docx"),
        S(ZIPHDR("data.csv", "\x08") "id,nps", "zip"),
        S("PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", "zip"),
        S("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0W\0o\0r\0k\0b\0o\0o\0k\0", "xls"),
        S("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", "ole2"),
        S("PAR1\x15\x04\x15\x80\x01\x15\x80\x01\x4c\x15\x08", "parquet"),
        S("ARROW1\0\0\xff\xff\xff\xff", "arrow"),
        S("FEA1\x08\0\0\0\0\0\0\0", "feather"),
        S("ORC\x0a\x03\x00\x00\x00", "orc"),
        S("Obj\x01\x04\x14" "avro.codec", "avro"),
        S("$FL2@(#) IBM SPSS STATISTICS 64-bit", "sav"),
        S("SQLite format 3\0\x10\0\x01\x01", "sqlite"),
        S("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "pdf"),
        S("7z\xBC\xAF\x27\x1C\0\x04", "7z"),
        S("Rar!\x1A\x07\x01\0", "rar"),
        S("\x1F\x8B\x08\0\0\0\0\0\0\x03", "compressed"),
        S("\x28\xB5\x2F\xFD\x24\x05", "compressed"),
        /* text that starts like a signature */
        S("PAR1,PAR2,comment\n1,2,ok\n", ""),
        S("ORCID,nps,comment\n", ""),
        S("ORC,nps\n", ""),
        S("FEA1,x\n", ""),
        S("PK,nps,comment\n", ""),
        S("ARROW1,x\n", ""),
        S("Obj,nps\n", ""),
        S("id,nps,comment\n1,9,\"PAR1\"\n", ""),
        S("{\"review\":\"%PDF- is not here\"}\n", ""),
        S("", ""),
    };
    return cr_make_param_array(sample, samples, sizeof samples / sizeof samples[0]);
}

ParameterizedTest(sample *s, signature, detect)
{
    const vc_binary_format *f = vc_binary_format_detect(s->bytes, s->len);
    if (!s->name[0]) {
        cr_assert_null(f, "refused as %s: %.*s", f ? f->name : "", (int)s->len, s->bytes);
        return;
    }
    cr_assert_not_null(f, "%s not recognised", s->name);
    cr_assert_str_eq(f->name, s->name);
    cr_assert(f->what[0] && f->advice[0]);
}

Test(signature, tar_is_found_at_byte_257)
{
    char block[512];
    memset(block, 0, sizeof block);
    memcpy(block, "export.csv", 10);
    memcpy(block + 257, "ustar\0" "00", 8);
    const vc_binary_format *f = vc_binary_format_detect(block, sizeof block);
    cr_assert_not_null(f);
    cr_assert_str_eq(f->name, "tar");
    cr_assert_null(vc_binary_format_detect(block, 260), "too short to tell");
}

Test(signature, refusal_names_the_format_the_file_and_the_fix)
{
    static const char xlsx[] = ZIPHDR("xl/workbook.xml", "\x0f");
    vc_error e;
    vc_error_clear(&e);
    cr_assert_eq(vc_binary_format_refuse("in.xlsx", xlsx, sizeof xlsx - 1, NULL, &e), VC_ERR_USAGE);
    cr_assert_str_eq(e.msg, "in.xlsx: this is an Excel workbook (xlsx), not CSV; in Excel use File > Save As > CSV "
                            "UTF-8 (Comma delimited), or convert it with `ssconvert in.xlsx out.csv` or "
                            "`libreoffice --headless --convert-to csv in.xlsx`");
    static const char par[] = "PAR1\x15\x04\x15\x80\x01";
    cr_assert_eq(vc_binary_format_refuse("p.parquet.gz", par, sizeof par - 1, "gzip", &e), VC_ERR_USAGE);
    static const char head[] = "p.parquet.gz: this is an Apache Parquet file (compressed with gzip), not CSV; "
                               "decompress it, then write CSV with DuckDB";
    cr_assert(strncmp(e.msg, head, strlen(head)) == 0, "%s", e.msg);
    cr_assert(strstr(e.msg, "FROM 'p.parquet'") != NULL, "the name once decompressed: %s", e.msg);
    vc_error_clear(&e);
    cr_assert_eq(vc_binary_format_refuse("a.csv", "id,nps\n", 7, NULL, &e), VC_OK);
    cr_assert_str_eq(e.msg, "");
}
