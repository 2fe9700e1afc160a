#!/usr/bin/env python3
"""Writes the binary fixtures of this case (not run by the test; the files
are committed): survey.xlsx, a minimal Office Open XML workbook as Excel
lays it out ([Content_Types].xml first, then the relationships, the
workbook and one sheet of inline strings), and responses.parquet, a
one-row-group Parquet file (format version 1, PLAIN, uncompressed) with an
INT32 column `nps` and a UTF8 column `comment`, its footer in Thrift's
compact protocol. Run it from this folder."""
import struct
import zipfile

ROWS = [(1, 9, "Refund came quickly"), (2, 3, "Charged twice"), (3, 10, "Great support")]


def xlsx(path):
    cells = []
    header = ["Response ID", "Score", "Comment"]
    for r, vals in enumerate([header] + [list(map(str, row)) for row in ROWS], start=1):
        cs = []
        for c, v in enumerate(vals):
            ref = "ABC"[c] + str(r)
            if v.isdigit() and r > 1:
                cs.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cs.append(f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>')
        cells.append(f'<row r="{r}">{"".join(cs)}</row>')
    parts = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="Responses" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + "".join(cells) + '</sheetData></worksheet>'),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)


# --- Thrift compact protocol, just what a Parquet footer needs ---
def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def zigzag(n):
    return (n << 1) ^ (n >> 63)


I32, I64, BINARY, LIST, STRUCT = 5, 6, 8, 9, 12


class Struct:
    def __init__(self, *fields):
        self.fields = fields  # (id, type, value)

    def encode(self):
        out, last = bytearray(), 0
        for fid, ftype, val in self.fields:
            out.append(((fid - last) << 4) | ftype)
            last = fid
            out += value(ftype, val)
        out.append(0)
        return bytes(out)


def value(ftype, val):
    if ftype in (I32, I64):
        return varint(zigzag(val))
    if ftype == BINARY:
        b = val.encode()
        return varint(len(b)) + b
    if ftype == STRUCT:
        return val.encode()
    if ftype == LIST:
        etype, items = val
        return bytes([(len(items) << 4) | etype]) + b"".join(value(etype, i) for i in items)
    raise ValueError(ftype)


def page(values_bytes, n):
    header = Struct((1, I32, 0), (2, I32, len(values_bytes)), (3, I32, len(values_bytes)),
                    (5, STRUCT, Struct((1, I32, n), (2, I32, 0), (3, I32, 3), (4, I32, 3))))
    return header.encode() + values_bytes


def parquet(path):
    n = len(ROWS)
    nps = b"".join(struct.pack("<i", r[1]) for r in ROWS)
    com = b"".join(struct.pack("<I", len(r[2].encode())) + r[2].encode() for r in ROWS)
    body = bytearray(b"PAR1")
    chunks = []
    for name, ptype, data in (("nps", 1, nps), ("comment", 6, com)):
        off = len(body)
        pg = page(data, n)
        body += pg
        meta = Struct((1, I32, ptype), (2, LIST, (I32, [0, 3])), (3, LIST, (BINARY, [name])), (4, I32, 0),
                      (5, I64, n), (6, I64, len(pg)), (7, I64, len(pg)), (9, I64, off))
        chunks.append((Struct((2, I64, off), (3, STRUCT, meta)), len(pg)))
    schema = [Struct((4, BINARY, "schema"), (5, I32, 2)),
              Struct((1, I32, 1), (3, I32, 0), (4, BINARY, "nps")),
              Struct((1, I32, 6), (3, I32, 0), (4, BINARY, "comment"), (6, I32, 0))]
    rg = Struct((1, LIST, (STRUCT, [c for c, _ in chunks])), (2, I64, sum(s for _, s in chunks)), (3, I64, n))
    footer = Struct((1, I32, 1), (2, LIST, (STRUCT, schema)), (3, I64, n), (4, LIST, (STRUCT, [rg])),
                    (6, BINARY, "vocal test fixture")).encode()
    body += footer + struct.pack("<I", len(footer)) + b"PAR1"
    open(path, "wb").write(bytes(body))


xlsx("survey.xlsx")
parquet("responses.parquet")
