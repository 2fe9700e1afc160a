#!/usr/bin/env python3
"""python_feed.py - a DataFrame scanned through the Python package against the
command on the same rows as a gzip CSV file.

    bench/python_feed.py [--rows N] [--runs K] [--cli PATH] [--gencorpus PATH]

The rows come from `gencorpus --seed 1` (gzip CSV). Each run times, in turn:
  cli        `vocal scan -q --by region FILE.csv.gz -o /dev/null`, the process
             from start to exit (reading and inflating the file included);
  dataframe  vocal.scan(df, by="region") on the same rows already in a
             DataFrame (pd.read_csv of the file, not timed): the cells turned
             into one bytes object and offsets per column, the feed, the scan
             and the table back as a DataFrame;
  encode     the first step of `dataframe` alone (what the feed path adds in
             Python before the engine starts).
The variants are interleaved run by run, so a noisy neighbour hits them
alike, and the medians are printed. The theme tables of both routes are
checked equal first.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

import pandas as pd
import pandas.testing as pdt

import vocal
from vocal._scan import _encode, _read_csv, _strings

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
ap.add_argument("--rows", type=int, default=1000000)
ap.add_argument("--runs", type=int, default=3)
ap.add_argument("--cli", default=os.path.join(root, "build", "engine", "vocal"))
ap.add_argument("--gencorpus", default=os.path.join(root, "build", "tools", "gencorpus"))
args = ap.parse_args()

tmp = tempfile.mkdtemp(prefix="vocal-bench-")
path = os.path.join(tmp, "corpus.csv.gz")
subprocess.run([args.gencorpus, "--rows", str(args.rows), "--seed", "1", "-o", path], check=True)
df = pd.read_csv(path)
print("%d rows, %d columns, %.1f MB gzip" % (len(df), len(df.columns), os.path.getsize(path) / 1e6))


def cli():
    p = subprocess.run([args.cli, "scan", "-q", "--by", "region", path], capture_output=True, check=True)
    return p.stdout


pdt.assert_frame_equal(vocal.scan(df, by="region"), _read_csv(cli()))
print("the tables are equal")

times = {"cli": [], "dataframe": [], "encode": []}
for r in range(args.runs):
    t = time.perf_counter()
    cli()
    times["cli"].append(time.perf_counter() - t)
    t = time.perf_counter()
    vocal.scan(df, by="region")
    times["dataframe"].append(time.perf_counter() - t)
    t = time.perf_counter()
    for c in df.columns:
        _encode(_strings(df[c]))
    times["encode"].append(time.perf_counter() - t)
    print("run %d: %s" % (r + 1, ", ".join("%s %.2f s" % (k, v[-1]) for k, v in times.items())), flush=True)
med = {k: statistics.median(v) for k, v in times.items()}
print("medians: cli %.2f s, dataframe %.2f s (of which encode %.2f s): dataframe/cli %.2f" % (
    med["cli"], med["dataframe"], med["encode"], med["dataframe"] / med["cli"]))
os.remove(path)
os.rmdir(tmp)
