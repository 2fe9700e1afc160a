/*
 * signature.c - file formats vocal does not read, recognised from their
 * first bytes, so that a workbook or a Parquet file given by mistake is
 * refused with its name and the way to get CSV out of it, instead of being
 * read as one odd column ("available columns: PK").
 *
 * One table, `FORMATS`, in the order it is tried: each row has a matcher
 * over the first bytes and the words of the message. Most matchers compare
 * a magic number at offset 0; a few look further, because one container
 * holds several formats: a zip is an xlsx when an entry name starts with
 * "xl/", an ods when its `mimetype` entry says so, a docx or pptx by
 * "word/" or "ppt/"; an OLE2 compound file is an xls when its directory
 * names a "Workbook" or "Book" stream. A short magic made of letters
 * ("PAR1", "ORC", "FEA1") must be followed by binary bytes (a control
 * character) within the next few bytes, so that a CSV header that happens
 * to start with those letters is never refused.
 *
 * Compressed input is decompressed first (the caller looks at the bytes a
 * stream delivers), so a parquet.gz is refused as Parquet; compressed data
 * found there means the file was compressed twice.
 *
 * No state: the table and the strings are constant.
 */
#include <string.h>

#include "vocal/stream.h"

typedef struct format {
    int (*match)(const unsigned char *p, size_t n);
    vc_binary_format f;
} format;

static int at(const unsigned char *p, size_t n, size_t off, const char *magic, size_t len)
{
    return n >= off + len && memcmp(p + off, magic, len) == 0;
}

/* a control character (not tab, CR or LF) in [from, to): binary data */
static int binary_after(const unsigned char *p, size_t n, size_t from, size_t to)
{
    for (size_t i = from; i < to && i < n; i++)
        if (p[i] < 0x20 && p[i] != '\t' && p[i] != '\r' && p[i] != '\n')
            return 1;
    return 0;
}

static int is_zip(const unsigned char *p, size_t n)
{
    return at(p, n, 0, "PK\x03\x04", 4) || at(p, n, 0, "PK\x05\x06", 4) || at(p, n, 0, "PK\x07\x08", 4);
}

/* an entry of a zip whose name starts with `prefix`, among the local file
 * headers in the first n bytes */
static int zip_entry(const unsigned char *p, size_t n, const char *prefix)
{
    size_t plen = strlen(prefix);
    for (size_t i = 0; i + 30 <= n; i++) {
        if (p[i] != 'P' || memcmp(p + i, "PK\x03\x04", 4) != 0)
            continue;
        size_t name_len = (size_t)p[i + 26] | (size_t)p[i + 27] << 8;
        if (name_len >= plen && i + 30 + plen <= n && memcmp(p + i + 30, prefix, plen) == 0)
            return 1;
    }
    return 0;
}

static int m_xlsx(const unsigned char *p, size_t n) { return is_zip(p, n) && zip_entry(p, n, "xl/"); }
static int m_ods(const unsigned char *p, size_t n)
{
    return is_zip(p, n) && at(p, n, 30, "mimetype", 8) &&
           at(p, n, 38, "application/vnd.oasis.opendocument.spreadsheet", 46);
}
static int m_docx(const unsigned char *p, size_t n)
{
    return is_zip(p, n) && (zip_entry(p, n, "word/") || zip_entry(p, n, "ppt/"));
}

static const char OLE2[8] = {(char)0xD0, (char)0xCF, 0x11, (char)0xE0, (char)0xA1, (char)0xB1, 0x1A, (char)0xE1};

/* `name` in UTF-16LE, as an OLE2 directory entry holds it */
static int utf16_name(const unsigned char *p, size_t n, const char *name)
{
    size_t len = strlen(name);
    for (size_t i = 0; i + 2 * len <= n; i++) {
        size_t k = 0;
        while (k < len && p[i + 2 * k] == (unsigned char)name[k] && p[i + 2 * k + 1] == 0)
            k++;
        if (k == len)
            return 1;
    }
    return 0;
}

static int m_xls(const unsigned char *p, size_t n)
{
    return at(p, n, 0, OLE2, 8) && (utf16_name(p, n, "Workbook") || utf16_name(p, n, "Book"));
}
static int m_ole2(const unsigned char *p, size_t n) { return at(p, n, 0, OLE2, 8); }
static int m_parquet(const unsigned char *p, size_t n) { return at(p, n, 0, "PAR1", 4) && binary_after(p, n, 4, 16); }
static int m_arrow(const unsigned char *p, size_t n) { return at(p, n, 0, "ARROW1\0\0", 8); }
static int m_feather1(const unsigned char *p, size_t n) { return at(p, n, 0, "FEA1", 4) && binary_after(p, n, 4, 16); }
static int m_orc(const unsigned char *p, size_t n) { return at(p, n, 0, "ORC", 3) && binary_after(p, n, 3, 16); }
static int m_avro(const unsigned char *p, size_t n) { return at(p, n, 0, "Obj\x01", 4); }
static int m_sav(const unsigned char *p, size_t n)
{
    return (at(p, n, 0, "$FL2", 4) || at(p, n, 0, "$FL3", 4)) && at(p, n, 4, "@(#) ", 5);
}
static int m_sqlite(const unsigned char *p, size_t n) { return at(p, n, 0, "SQLite format 3\0", 16); }
static int m_pdf(const unsigned char *p, size_t n) { return at(p, n, 0, "%PDF-", 5); }
static int m_7z(const unsigned char *p, size_t n) { return at(p, n, 0, "7z\xBC\xAF\x27\x1C", 6); }
static int m_rar(const unsigned char *p, size_t n) { return at(p, n, 0, "Rar!\x1A\x07", 6); }
static int m_tar(const unsigned char *p, size_t n) { return at(p, n, 257, "ustar", 5); }
static int m_zip(const unsigned char *p, size_t n) { return is_zip(p, n); }
/* compressed data after decompression: compressed twice */
static int m_twice(const unsigned char *p, size_t n)
{
    return at(p, n, 0, "\x1F\x8B\x08", 3) || at(p, n, 0, "\x28\xB5\x2F\xFD", 4) ||
           at(p, n, 0, "\xFD" "7zXZ\0", 6) || (at(p, n, 0, "BZh", 3) && at(p, n, 4, "1AY&SY", 6));
}

#define EXCEL_ADVICE                                                                                           \
    "in Excel use File > Save As > CSV UTF-8 (Comma delimited), or convert it with `ssconvert FILE out.csv` " \
    "or `libreoffice --headless --convert-to csv FILE`"
#define EXPORT_ADVICE "vocal reads the responses themselves: export them from the survey tool as CSV"

static const format FORMATS[] = {
    {m_xlsx, {"xlsx", "an Excel workbook (xlsx)", EXCEL_ADVICE}},
    {m_ods, {"ods", "an OpenDocument spreadsheet (ods)",
             "in LibreOffice Calc use File > Save As > Text CSV, or `libreoffice --headless --convert-to csv FILE`"}},
    {m_docx, {"docx", "a Word or PowerPoint document (docx, pptx)", EXPORT_ADVICE}},
    {m_xls, {"xls", "an Excel 97-2003 workbook (xls)", EXCEL_ADVICE}},
    {m_ole2, {"ole2", "an Office 97-2003 document (OLE2 compound file: xls, doc, msg)",
              "open it in the program that made it and save it as CSV UTF-8"}},
    {m_parquet, {"parquet", "an Apache Parquet file",
                 "write CSV with DuckDB (`duckdb -c \"COPY (SELECT * FROM 'FILE') TO 'out.csv' (HEADER)\"`) "
                 "or pandas (`pd.read_parquet('FILE').to_csv('out.csv', index=False)`)"}},
    {m_arrow, {"arrow", "an Apache Arrow IPC / Feather file",
               "write CSV with pandas (`pd.read_feather('FILE').to_csv('out.csv', index=False)`) or DuckDB"}},
    {m_feather1, {"feather", "a Feather (v1) file",
                  "write CSV with pandas (`pd.read_feather('FILE').to_csv('out.csv', index=False)`)"}},
    {m_orc, {"orc", "an Apache ORC file",
             "write CSV with pandas (`pd.read_orc('FILE').to_csv('out.csv', index=False)`) or DuckDB"}},
    {m_avro, {"avro", "an Apache Avro file",
              "`avro-tools tojson FILE > out.jsonl` writes JSON lines, which vocal reads with --format jsonl"}},
    {m_sav, {"sav", "an SPSS data file (sav)",
             "export the responses from the survey tool as CSV, or convert it (R: haven::read_sav, then "
             "write.csv; Python: pandas.read_spss, then to_csv)"}},
    {m_sqlite, {"sqlite", "an SQLite database",
                "write a table as CSV with `sqlite3 -header -csv FILE 'SELECT * FROM TABLE' > out.csv`"}},
    {m_pdf, {"pdf", "a PDF document", EXPORT_ADVICE}},
    {m_7z, {"7z", "a 7-Zip archive", "extract it (`7z x FILE`) and give vocal the CSV inside"}},
    {m_rar, {"rar", "a RAR archive", "extract it (`unrar x FILE`) and give vocal the CSV inside"}},
    {m_tar, {"tar", "a tar archive", "extract it (`tar -xf FILE`) and give vocal the CSV inside"}},
    {m_zip, {"zip", "a zip archive", "extract it (`unzip FILE`; `unzip -l FILE` lists it) and give vocal the CSV inside"}},
    {m_twice, {"compressed", "compressed data inside a compressed file (compressed twice)",
               "decompress the outer layer (e.g. `gzip -dc FILE > once`) and give vocal the result"}},
};

const vc_binary_format *vc_binary_format_detect(const void *data, size_t len)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < sizeof FORMATS / sizeof FORMATS[0]; i++)
        if (FORMATS[i].match(p, len))
            return &FORMATS[i].f;
    return NULL;
}

vc_status vc_binary_format_refuse(const char *path, const void *data, size_t len, const char *compression,
                                  vc_error *err)
{
    const vc_binary_format *f = vc_binary_format_detect(data, len);
    if (!f)
        return VC_OK;
    /* the advice names the file where it says FILE; for a compressed file,
     * the name it will have once decompressed (without .gz, .zst ...) */
    size_t plen = strlen(path);
    static const char *const SUFFIXES[] = {".gz", ".zst", ".bz2", ".xz", ".lzma"};
    for (size_t i = 0; compression && i < sizeof SUFFIXES / sizeof SUFFIXES[0]; i++) {
        size_t k = strlen(SUFFIXES[i]);
        if (plen > k && strcmp(path + plen - k, SUFFIXES[i]) == 0) {
            plen -= k;
            break;
        }
    }
    char advice[VC_ERROR_MSG_MAX];
    size_t used = 0;
    for (const char *a = f->advice; *a && used + 1 < sizeof advice;) {
        if (strncmp(a, "FILE", 4) == 0) {
            size_t k = plen;
            if (k > sizeof advice - 1 - used)
                k = sizeof advice - 1 - used;
            memcpy(advice + used, path, k);
            used += k;
            a += 4;
        } else {
            advice[used++] = *a++;
        }
    }
    advice[used] = 0;
    if (compression)
        return vc_error_set(err, VC_ERR_USAGE, "%s: this is %s (compressed with %s), not CSV; decompress it, then %s",
                            path, f->what, compression, advice);
    return vc_error_set(err, VC_ERR_USAGE, "%s: this is %s, not CSV; %s", path, f->what, advice);
}
