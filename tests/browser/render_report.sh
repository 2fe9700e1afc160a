#!/usr/bin/env bash
# render_report.sh VOCAL OUTDIR - the HTML review in a real browser.
#
# Builds the review of the bundled sample (12 months, --by region and
# --period, so every section is there), loads it in headless Chromium and
# checks what the page shows against `vocal scan` of the same file:
#   - it loads without console messages and refers to nothing outside;
#   - the headline is the latest month's NPS and comment count;
#   - the priority chart has one point per leaf theme with comments, the
#     impact table a split bar per theme, the trends a line per theme, the
#     heatmap a row per theme, with the cells under the base greyed;
#   - a review of a small file (every group under the base of 30) marks no
#     change significant anywhere;
#   - the palette stays distinguishable for deuteranopes: the negative and
#     positive colours, simulated for deuteranopia (Vienot, Brettel and
#     Mollon 1999), are still far apart in CIELAB;
#   - the churn-risk section and quotes with their context are there.
# Saves a screenshot of each section in OUTDIR/sections (the CI artifact).
# Exits 77 (skipped) when Chromium is not installed.
set -u
VOCAL=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
mkdir -p "$2"
OUT=$(cd "$2" && pwd)
cd "$(dirname "$0")/../.." # the repository: the report names its input as given
DATA=tests/data
HERE=tests/browser
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "render_report: no Chromium installed; skipped"
  exit 77
fi
mkdir -p "$OUT/sections"
report="$OUT/report.html"
"$VOCAL" report -q --by region --period date --title "Sample review" -o "$report" "$DATA/sample.csv.gz" || exit 1
"$VOCAL" scan -q --no-sentiment --by region --period date "$DATA/sample.csv.gz" > "$OUT/table.csv" || exit 1
fail=0
check() { # what, expected, actual
  if [ "$2" != "$3" ]; then echo "FAIL: $1: expected $2, got $3"; fail=1; else echo "ok: $1 = $3"; fi
}
# no external resource of any kind
if grep -Eiq '(src|href)="(https?:)?//|<script|<link |@import|url\(' "$report"; then
  echo "FAIL: the report refers to an external resource or runs a script"; fail=1
fi
flags="--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions"
flags="$flags --disable-background-networking --disable-component-update --disable-sync"
dom() { # html, out, log
  timeout 120 "$browser" $flags --enable-logging=stderr --v=0 --virtual-time-budget=2000 \
    --dump-dom "file://$1" > "$2" 2> "$3" || { echo "FAIL: Chromium exited $?"; exit 1; }
  if grep -E 'CONSOLE|Uncaught|Failed to load resource' "$3"; then
    echo "FAIL: console messages while loading $1"; fail=1
  fi
}
dom "$report" "$OUT/dom.html" "$OUT/console.log"

# the figures on the page against the table
python3 "$HERE/check_review.py" "$OUT/dom.html" "$OUT/table.csv" || fail=1

# a small file: every group under the base, so no significance mark at all
small="$OUT/small.html"
zcat "$DATA/sample.csv.gz" | head -n 121 > "$OUT/small.csv"
"$VOCAL" report -q --by region --period date -o "$small" "$OUT/small.csv" || exit 1
dom "$small" "$OUT/small-dom.html" "$OUT/small-console.log"
"$VOCAL" scan -q --no-sentiment --by region --period date "$OUT/small.csv" > "$OUT/small-table.csv" || exit 1
python3 "$HERE/check_review.py" "$OUT/small-dom.html" "$OUT/small-table.csv" || fail=1
check "significance marks on a small file" 0 "$(grep -c 'class="sig"' "$OUT/small-dom.html")"
lowbase=$(grep -o 'low base' "$OUT/small-dom.html" | wc -l)
[ "$lowbase" -gt 0 ] && echo "ok: $lowbase 'low base' notes on the small file" || { echo "FAIL: no 'low base' note"; fail=1; }

# a screenshot per section: the page with every other section hidden
for id in $(grep -o '<section id="[a-z-]*"' "$report" | sed 's/.*id="//; s/"//'); do
  sed "s|</head>|<style>section:not(#$id){display:none}</style></head>|" "$report" > "$OUT/sections/$id.html"
  timeout 120 "$browser" $flags --window-size=1100,1500 --screenshot="$OUT/sections/$id.png" \
    "file://$OUT/sections/$id.html" > /dev/null 2>&1 || { echo "FAIL: no screenshot of $id"; fail=1; }
  rm -f "$OUT/sections/$id.html"
  [ -s "$OUT/sections/$id.png" ] && echo "ok: screenshot sections/$id.png" || { echo "FAIL: screenshot $id"; fail=1; }
done
timeout 120 "$browser" $flags --window-size=1100,1600 --screenshot="$OUT/report.png" "file://$report" \
  > /dev/null 2>&1 || { echo "FAIL: no screenshot"; fail=1; }
exit $fail
