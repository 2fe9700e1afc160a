#!/usr/bin/env bash
# bench/bench_decomp.sh - the zstd, bzip2 and xz readers against their own
# command-line tools, and gzip before and after them, on the same corpus.
#
#   bench/bench_decomp.sh [--rows N] [--runs N] [--baseline VOCAL]
#
# Builds a Release vocal in build-bench/, generates (once, cached in
# bench/data/) the survey corpus of N rows (default 1,000,000) with
# tools/gencorpus and recompresses it with `zstd` (default level),
# `bzip2 -9` and `xz` (default level). Then, interleaved run by run so that a
# noisy neighbour hits every variant alike, for each format:
#   tool      zstd -dc / bzip2 -dc / xz -dc / gzip -dc FILE > /dev/null
#   decoder   bench_inflate FILE --threads 1 --runs 1 (vc_stream alone)
#   scan      vocal scan -q FILE (all cores)
#   baseline  VOCAL scan -q FILE.gz, when --baseline names an older vocal
#             (gzip before/after: build the previous commit and pass it)
# and reports medians of wall time and peak RSS, and each decoder's and
# scan's ratio to its tool. Writes bench/out/decomp.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=1000000
runs=5
baseline=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --baseline) baseline="$2"; shift ;;
    *) echo "usage: bench/bench_decomp.sh [--rows N] [--runs N] [--baseline VOCAL]" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p bench/data bench/out
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DVOCAL_TESTS=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" >/dev/null
V=build-bench/engine/vocal
M=build-bench/bench/bench_measure
I=build-bench/bench/bench_inflate
out=bench/out/decomp.md

base=bench/data/survey-$rows.csv
if [ ! -s "$base.gz" ]; then
  echo "bench: generating $base.gz" >&2
  build-bench/tools/gencorpus --rows "$rows" --seed 1 -o "$base.gz"
fi
[ -s "$base.zst" ] || gzip -dc "$base.gz" | zstd -q -c > "$base.zst"
[ -s "$base.bz2" ] || gzip -dc "$base.gz" | bzip2 -9 -c > "$base.bz2"
[ -s "$base.xz" ] || gzip -dc "$base.gz" | xz -c > "$base.xz"
raw_mb=$(gzip -dc "$base.gz" | wc -c | awk '{printf "%.1f", $1/1e6}')

median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }

formats="gz zst bz2 xz"
tool() { case "$1" in gz) echo "gzip -dc" ;; zst) echo "zstd -dc" ;; bz2) echo "bzip2 -dc" ;; xz) echo "xz -dc" ;; esac; }
variants="tool decoder scan"
declare -A wall rss
for r in $(seq 1 "$runs"); do
  for f in $formats; do
    file=$base.$f
    vs=$variants
    [ "$f" = gz ] && [ -n "$baseline" ] && vs="$vs baseline"
    for v in $vs; do
      case "$v" in
        tool) line=$($M -- $(tool "$f") "$file") ;;
        decoder) line=$($M -- "$I" "$file" --threads 1 --runs 1) ;;
        scan) line=$($M -- "$V" scan -q "$file") ;;
        baseline) line=$($M -- "$baseline" scan -q "$file") ;;
      esac
      wall[$f.$v]="${wall[$f.$v]:-} $(echo "$line" | field wall_s)"
      rss[$f.$v]="${rss[$f.$v]:-} $(echo "$line" | field maxrss_kb)"
      echo "bench: run $r, $f $v: $line" >&2
    done
  done
done

{
  echo "# zstd, bzip2 and xz against their tools"
  echo
  echo "- date: $(date -u +%Y-%m-%d)"
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) online CPUs"
  echo "- libraries: zstd $(pkg-config --modversion libzstd), liblzma $(pkg-config --modversion liblzma), zlib $(pkg-config --modversion zlib), ISA-L $(pkg-config --modversion libisal 2>/dev/null || echo absent)"
  echo "- corpus: $rows rows, $raw_mb MB of CSV; runs per figure: $runs (median), variants interleaved"
  echo
  echo "| format | file MB | tool s | decoder s | decoder / tool | scan s | scan / tool | RSS tool MB | RSS decoder MB | RSS scan MB |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for f in $formats; do
    mb=$(awk -v b="$(stat -c %s "$base.$f")" 'BEGIN {printf "%.1f", b/1e6}')
    t=$(echo ${wall[$f.tool]} | tr ' ' '\n' | median)
    d=$(echo ${wall[$f.decoder]} | tr ' ' '\n' | median)
    s=$(echo ${wall[$f.scan]} | tr ' ' '\n' | median)
    rt=$(echo ${rss[$f.tool]} | tr ' ' '\n' | median)
    rd=$(echo ${rss[$f.decoder]} | tr ' ' '\n' | median)
    rs=$(echo ${rss[$f.scan]} | tr ' ' '\n' | median)
    awk -v f="$f ($(tool "$f"))" -v mb="$mb" -v t="$t" -v d="$d" -v s="$s" -v rt="$rt" -v rd="$rd" -v rs="$rs" \
      'BEGIN {printf "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f | %.1f | %.1f |\n", f, mb, t, d, d/t, s, s/t, rt/1024, rd/1024, rs/1024}'
  done
  if [ -n "$baseline" ]; then
    b=$(echo ${wall[gz.baseline]} | tr ' ' '\n' | median)
    s=$(echo ${wall[gz.scan]} | tr ' ' '\n' | median)
    rb=$(echo ${rss[gz.baseline]} | tr ' ' '\n' | median)
    echo
    awk -v b="$b" -v s="$s" -v rb="$rb" \
      'BEGIN {printf "gzip before/after: baseline scan %.2f s (RSS %.1f MB), this build %.2f s: %+.1f%%\n", b, rb/1024, s, (s-b)/b*100}'
  fi
} > "$out"
cat "$out"
