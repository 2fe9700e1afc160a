#!/usr/bin/env bash
# bench/run.sh - vocal against the decompression floor, all variants measured in one run.
#
#   bench/run.sh [--quick] [--rows "1000000 10000000"] [--runs 5]
#
# Builds a Release vocal in build-bench/, generates (once, cached in
# bench/data/) gzipped survey corpora with tools/gencorpus, then for each
# corpus measures, interleaved run by run so that a noisy neighbour hits
# every variant alike:
#   floor      gzip -dc FILE > /dev/null
#   vocal T    vocal scan --threads T FILE            (T = 1 .. nproc)
#   vocal zlib the same at nproc threads with VOCAL_INFLATE=zlib
#   nosignals  vocal scan --no-signals at nproc threads (what signals cost)
#   discover   vocal discover FILE (default --memory 128M), and with --memory 1M
# and reports medians of wall time, rows/s, MB/s, peak RSS and the ratio to
# the floor. Then the per-stage benchmark (bench_stages) on the smallest
# corpus, and inflate alone (bench_inflate) on the same rows written as 64
# gzip members, with 1 .. nproc inflate threads, ISA-L and zlib. With
# VADER_REF=/path/to/vaderSentiment checkout, also times the reference VADER
# on the same comments. Writes bench/out/latest.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rows_list="1000000 10000000"
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) rows_list="100000"; runs=1 ;;
    --rows) rows_list="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    *) echo "usage: bench/run.sh [--quick] [--rows \"N ...\"] [--runs N]" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p bench/data bench/out
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DVOCAL_TESTS=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" >/dev/null
V=build-bench/engine/vocal
M=build-bench/bench/bench_measure
out=bench/out/latest.md
nproc=$(nproc)

median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }

{
  echo "# vocal benchmark"
  echo
  echo "- date: $(date -u +%Y-%m-%d)"
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) online CPUs"
  echo "- memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "- compiler: $(cc --version | head -1)"
  echo "- libraries: PCRE2 $(pkg-config --modversion libpcre2-8), utf8proc $(pkg-config --modversion libutf8proc), zlib $(pkg-config --modversion zlib), ISA-L $(pkg-config --modversion libisal 2>/dev/null || echo absent)"
  echo "- runs per figure: $runs (median), variants interleaved"
  echo
} > "$out"

for rows in $rows_list; do
  f=bench/data/survey-$rows.csv.gz
  if [ ! -s "$f" ]; then
    echo "bench: generating $f" >&2
    build-bench/tools/gencorpus --rows "$rows" --seed 1 -o "$f"
  fi
  size_mb=$(awk -v b="$(stat -c %s "$f")" 'BEGIN {printf "%.1f", b/1e6}')
  raw_mb=$(gzip -dc "$f" | wc -c | awk '{printf "%.1f", $1/1e6}')
  variants="floor"
  for t in $(seq 1 "$nproc"); do variants="$variants vocal$t"; done
  variants="$variants zlib$nproc nosignals$nproc discover discover1M"
  declare -A wall rss
  for v in $variants; do wall[$v]=""; rss[$v]=""; done
  for r in $(seq 1 "$runs"); do
    for v in $variants; do
      case "$v" in
        floor) line=$($M -- gzip -dc "$f") ;;
        vocal*) line=$($M -- "$V" scan -q --threads "${v#vocal}" "$f") ;;
        zlib*) line=$(VOCAL_INFLATE=zlib $M -- "$V" scan -q --threads "${v#zlib}" "$f") ;;
        nosignals*) line=$($M -- "$V" scan -q --no-signals --threads "${v#nosignals}" "$f") ;;
        discover) line=$($M -- "$V" discover -q -o /dev/null "$f") ;;
        discover1M) line=$($M -- "$V" discover -q --memory 1M -o /dev/null "$f") ;;
      esac
      wall[$v]="${wall[$v]} $(echo "$line" | field wall_s)"
      rss[$v]="${rss[$v]} $(echo "$line" | field maxrss_kb)"
      echo "bench: $rows rows, run $r, $v: $line" >&2
    done
  done
  floor=$(echo ${wall[floor]} | tr ' ' '\n' | median)
  {
    echo "## $rows rows: $f ($size_mb MB gzip, $raw_mb MB CSV)"
    echo
    echo "| command | wall s (median) | rows/s | MB/s of gzip | ratio to floor | peak RSS MB |"
    echo "|---|---:|---:|---:|---:|---:|"
    for v in $variants; do
      w=$(echo ${wall[$v]} | tr ' ' '\n' | median)
      m=$(echo ${rss[$v]} | tr ' ' '\n' | median)
      case "$v" in
        floor) name='`gzip -dc FILE > /dev/null`' ;;
        vocal*) name="\`vocal scan --threads ${v#vocal}\`" ;;
        zlib*) name="\`VOCAL_INFLATE=zlib vocal scan --threads ${v#zlib}\`" ;;
        nosignals*) name="\`vocal scan --no-signals --threads ${v#nosignals}\`" ;;
        discover) name='`vocal discover` (default --memory 128M)' ;;
        discover1M) name='`vocal discover --memory 1M`' ;;
      esac
      awk -v n="$name" -v w="$w" -v rows="$rows" -v mb="$size_mb" -v fl="$floor" -v m="$m" \
        'BEGIN {printf "| %s | %.2f | %.0f | %.1f | %.2f | %.1f |\n", n, w, rows/w, mb/w, w/fl, m/1024}'
    done
    echo
  } >> "$out"
  unset wall rss
done

small=bench/data/survey-$(echo $rows_list | awk '{print $1}').csv.gz
{
  echo "## Stages alone, one core ($small)"
  echo
  echo '```'
  build-bench/bench/bench_stages "$small" --runs "$runs" --rows 200000
  echo '```'
  echo
  rows_small=$(echo $rows_list | awk '{print $1}')
  members=bench/data/survey-$rows_small-m64.csv.gz
  if [ ! -s "$members" ]; then
    echo "bench: generating $members" >&2
    build-bench/tools/gencorpus --rows "$rows_small" --seed 1 --members 64 -o "$members"
  fi
  threads=$(seq -s, 1 "$nproc")
  echo "## Inflate alone, a multi-member file ($members), 1 .. $nproc inflate threads"
  echo
  echo '```'
  build-bench/bench/bench_inflate "$members" --threads "$threads" --runs "$runs"
  VOCAL_INFLATE=zlib build-bench/bench/bench_inflate "$members" --threads "$threads" --runs "$runs" | sed 's/^/zlib: /'
  echo '```'
  if [ -n "${VADER_REF:-}" ] && [ -d "$VADER_REF" ]; then
    echo
    echo "Reference VADER (Python) on the same first 20,000 comments:"
    echo '```'
    python3 -c '
import csv, gzip, io, sys
r = csv.DictReader(io.TextIOWrapper(gzip.open(sys.argv[1]), encoding="utf-8", newline=""))
for i, row in enumerate(r):
    if i >= 20000: break
    print(row["comment"].replace("\n", " "))' "$small" > bench/out/comments.txt
    python3 tools/vader_reference.py "$VADER_REF" --bench < bench/out/comments.txt
    build-bench/engine/vocal sentiment < bench/out/comments.txt > /dev/null
    $M -- build-bench/engine/vocal sentiment < bench/out/comments.txt | sed 's/^/vocal sentiment (same texts, one process): /'
    echo '```'
  fi
} >> "$out"
echo "bench: wrote $out" >&2
cat "$out"
