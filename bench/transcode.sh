#!/usr/bin/env bash
# bench/transcode.sh - decoding against iconv(1), and what the decoding stage
# costs plain UTF-8 input.
#
#   bench/transcode.sh [--build DIR] [--rows N] [--runs R] [--old VOCAL]
#
# Generates N survey rows with tools/gencorpus (CSV, UTF-8), writes them as
# UTF-16LE with a byte order mark (Excel's "Unicode Text") and as cp1252
# (characters cp1252 lacks transliterated by iconv), then, interleaved run by
# run so that a noisy neighbour hits every variant alike:
#   utf16  bench_transcode FILE.utf16        against  iconv -f UTF-16 -t UTF-8
#   cp1252 bench_transcode --encoding cp1252 against  iconv -f CP1252 -t UTF-8
#   utf8   bench_transcode FILE (the check)  against  bench_transcode --no-stage
#   scan   vocal scan --threads 2 FILE       against  the same scan by --old VOCAL
#          (a build from before the stage), when given
# Every decoder writes to /dev/null. Reports the median wall time, MB/s of
# input, the median CPU time (user + system; on a shared machine it moves
# less than the wall time) and the median peak RSS of each. Timing is the machine's; the
# figures in bench/RESULTS.md say on which machine they were taken.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build rows=1000000 runs=5 old=""
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build="$2"; shift ;;
    --rows) rows="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --old) old="$2"; shift ;;
    *) echo "usage: bench/transcode.sh [--build DIR] [--rows N] [--runs R] [--old VOCAL]" >&2; exit 2 ;;
  esac
  shift
done
B=$build/bench/bench_transcode V=$build/engine/vocal G=$build/tools/gencorpus
[ -x "$B" ] && [ -x "$V" ] && [ -x "$G" ] || { echo "build $build first (bench_transcode, vocal, gencorpus)" >&2; exit 2; }
data=bench/data/transcode_$rows
mkdir -p bench/data
if [ ! -f "$data.csv" ]; then
  "$G" --rows "$rows" --seed 1 --format csv -o "$data.csv"
  { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$data.csv"; } > "$data.utf16"
  iconv -f UTF-8 -t CP1252//TRANSLIT "$data.csv" > "$data.cp1252"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# run NAME CMD...: one timed run, "wall maxrss_kb user sys" appended to $tmp/NAME
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$tmp/t" "$@" > /dev/null 2> /dev/null
  cat "$tmp/t" >> "$tmp/$name"
}
for ((r = 0; r < runs; r++)); do
  run utf16_vocal "$B" "$data.utf16"
  run utf16_iconv iconv -f UTF-16 -t UTF-8 "$data.utf16"
  run cp1252_vocal "$B" --encoding cp1252 "$data.cp1252"
  run cp1252_iconv iconv -f CP1252 -t UTF-8 "$data.cp1252"
  run utf8_check "$B" "$data.csv"
  run utf8_nostage "$B" --no-stage "$data.csv"
  run scan_new "$V" scan --threads 2 --stats /dev/null "$data.csv"
  [ -z "$old" ] || run scan_old "$old" scan --threads 2 --stats /dev/null "$data.csv"
done
python3 - "$tmp" "$data" <<'PY'
import os, statistics, sys
tmp, data = sys.argv[1], sys.argv[2]
size = {k: os.path.getsize(data + ext) for k, ext in (("utf16", ".utf16"), ("cp1252", ".cp1252"), ("utf8", ".csv"), ("scan", ".csv"))}
print("| variant | input MB | median s | MB/s | median CPU s | peak RSS MB |")
print("|---|---|---|---|---|---|")
for name in ("utf16_vocal", "utf16_iconv", "cp1252_vocal", "cp1252_iconv", "utf8_check", "utf8_nostage", "scan_new", "scan_old"):
    p = os.path.join(tmp, name)
    if not os.path.exists(p):
        continue
    rows = [tuple(map(float, l.split())) for l in open(p) if l.strip()]
    wall = statistics.median(r[0] for r in rows)
    rss = statistics.median(r[1] for r in rows) / 1024
    cpu = statistics.median(r[2] + r[3] for r in rows)
    mb = size[name.split("_")[0]] / 1e6
    print(f"| {name} | {mb:.1f} | {wall:.3f} | {mb / wall if wall else 0:.0f} | {cpu:.2f} | {rss:.1f} |")
PY
