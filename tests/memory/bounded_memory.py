#!/usr/bin/env python3
"""A multi-GB export runs in bounded memory.

Streams about 2.2 GB of survey CSV through a pipe into `vocal scan -` (so
nothing is written to disk), with the address space limited to 1 GiB, and
checks that the scan succeeds, counts every row, and peaks under 100 MB of
resident memory.

usage: bounded_memory.py VOCAL [GIGABYTES]
"""
import json
import os
import resource
import subprocess
import sys
import tempfile

vocal = sys.argv[1]
gigabytes = float(sys.argv[2]) if len(sys.argv) > 2 else 2.2

rows = ["id,region,nps,comment"]
block_rows = []
for i in range(4000):
    comment = ("The refund took weeks and support never called back, " * (1 + i % 4) +
               "but the staff in store were friendly. " + "x" * (i % 97))
    block_rows.append('%d,%s,%d,"%s"' % (i, ["EMEA", "APAC", "NA"][i % 3], i % 11, comment))
block = ("\n".join(block_rows) + "\n").encode()
repeats = int(gigabytes * 1e9 / len(block)) + 1

lex = tempfile.NamedTemporaryFile("w", suffix=".lex", delete=False)
lex.write("[billing]\nrefund*\nmoney back\n[support]\nsupport\ncalled back\n[staff]\nstaff\n")
lex.close()
stats = tempfile.NamedTemporaryFile(suffix=".json", delete=False).name


def limit():
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


p = subprocess.Popen([vocal, "scan", "-q", "--no-sentiment", "--themes", lex.name, "--by", "region",
                      "--stats", stats, "-"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                     preexec_fn=limit)
p.stdin.write((rows[0] + "\n").encode())
for _ in range(repeats):
    p.stdin.write(block)
p.stdin.close()
rc = p.wait()
rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
s = json.load(open(stats))
os.unlink(lex.name)
os.unlink(stats)
total = repeats * len(block_rows)
print("input %.2f GB, %d rows; exit %d; rows_read %d; peak RSS %.1f MB (address space limited to 1 GiB)"
      % (repeats * len(block) / 1e9, total, rc, s["rows_read"], rss_mb))
ok = rc == 0 and s["rows_read"] == total and s["rows_analyzed"] == total and rss_mb < 100
print("memory: %d passed, %d failed" % (1 if ok else 0, 0 if ok else 1))
sys.exit(0 if ok else 1)
