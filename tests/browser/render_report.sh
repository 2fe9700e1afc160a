#!/usr/bin/env bash
# render_report.sh VOCAL OUTDIR - the HTML report in a real browser.
#
# Builds a report from the bundled sample (with --by and --period, so every
# section is there), loads it in headless Chromium, and checks that it loads
# without console errors, that the charts have the expected elements (a
# split bar per theme, a trend line per theme, the heatmap, the churn-risk
# section, quotes), and
# that nothing reaches for the network. Saves a screenshot in OUTDIR.
# Exits 77 (skipped) when Chromium is not installed.
set -u
VOCAL=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
mkdir -p "$2"
OUT=$(cd "$2" && pwd)
cd "$(dirname "$0")/../.." # the repository: the report names its input as given
DATA=tests/data
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "render_report: no Chromium installed; skipped"
  exit 77
fi
mkdir -p "$OUT"
report="$OUT/report.html"
"$VOCAL" report -q --by region --period date --title "Sample review" -o "$report" "$DATA/sample.csv.gz" || exit 1
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
timeout 120 "$browser" $flags --enable-logging=stderr --v=0 --virtual-time-budget=2000 \
  --dump-dom "file://$report" > "$OUT/dom.html" 2> "$OUT/console.log" || { echo "FAIL: Chromium exited $?"; exit 1; }
if grep -E 'CONSOLE|Uncaught|Failed to load resource' "$OUT/console.log"; then
  echo "FAIL: console messages while loading the report"; fail=1
fi
# themes: the rows of "all" but the base and the signal rows (signals have their own section)
themes=$("$VOCAL" scan -q --no-sentiment "$DATA/sample.csv.gz" | grep '^all,all,[^*]' | grep -vc '^all,all,signal/')
check "split bars (one per theme)" "$themes" "$(grep -o 'class="split-bar"' "$OUT/dom.html" | wc -l)"
check "trend lines (one per theme)" "$themes" "$(grep -o 'class="trend"' "$OUT/dom.html" | wc -l)"
check "heatmap rows (one per theme)" "$themes" "$(sed -n '/id="heatmap"/,/<\/table>/p' "$OUT/dom.html" | grep -o '<tr>' | tail -n +2 | wc -l)"
grep -q 'id="churn"' "$OUT/dom.html" && echo "ok: churn-risk section" || { echo "FAIL: no churn-risk section"; fail=1; }
quotes=$(grep -o '<blockquote' "$OUT/dom.html" | wc -l)
[ "$quotes" -gt 0 ] && echo "ok: $quotes quotes" || { echo "FAIL: no quotes"; fail=1; }
grep -q 'id="headline">12.5<' "$OUT/dom.html" && echo "ok: headline NPS 12.5" || { echo "FAIL: headline"; fail=1; }
timeout 120 "$browser" $flags --window-size=1100,1600 --screenshot="$OUT/report.png" "file://$report" \
  > /dev/null 2>&1 || { echo "FAIL: no screenshot"; fail=1; }
[ -s "$OUT/report.png" ] && echo "ok: screenshot $OUT/report.png"
exit $fail
