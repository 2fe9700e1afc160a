#!/usr/bin/env bash
# vocal_checked.sh - the vocal the CLI cases run. Every `vocal scan` also has
# its accounting checked: rows_read = rows_analyzed + rows_rejected, per file
# and in total, and the rejects file (CSV, JSON or NDJSON) holds exactly
# rows_rejected rows, each
# with a file, a line, a byte offset and a reason. When the case does not ask
# for --stats or --rejects, they go to a temporary folder (so stdout and the
# files a case compares are unchanged). Exit 99 when a check fails.
set -u
real=${VOCAL_REAL:?}
[ "${1:-}" = scan ] || exec "$real" "$@"
args=("$@")
stats="" rejects=""
for ((i = 1; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    --stats) stats=${args[$((i + 1))]:-} ;;
    --stats=*) stats=${args[$i]#--stats=} ;;
    --rejects) rejects=${args[$((i + 1))]:-} ;;
    --rejects=*) rejects=${args[$i]#--rejects=} ;;
    -h|--help) exec "$real" "$@" ;;
  esac
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
extra=()
[ -n "$stats" ] || { stats=$tmp/stats.json; extra+=(--stats "$stats"); }
[ -n "$rejects" ] || { rejects=$tmp/rejects.csv; extra+=(--rejects "$rejects"); }
"$real" "${args[@]}" "${extra[@]}"
rc=$?
if [ -s "$stats" ] && [ "$stats" != - ]; then
  python3 - "$stats" "$rejects" <<'PY' || exit 99
import csv, json, sys
s = json.load(open(sys.argv[1]))
def fail(msg):
    sys.stderr.write("vocal_checked: accounting check failed: %s\n" % msg)
    sys.exit(1)
if s["rows_read"] != s["rows_analyzed"] + s["rows_rejected"]:
    fail("rows_read %d != analyzed %d + rejected %d" % (s["rows_read"], s["rows_analyzed"], s["rows_rejected"]))
for f in s["files"]:
    if f["rows_read"] != f["rows_analyzed"] + f["rows_rejected"]:
        fail("file %s: %r" % (f["name"], f))
if sum(f["rows_read"] for f in s["files"]) != s["rows_read"]:
    fail("files do not add up to the total")
try:
    raw = open(sys.argv[2], newline="", encoding="utf-8", errors="replace").read()
    if raw.startswith('{"rows":['):  # --rejects-format json
        rows = json.loads(raw)["rows"]
    elif raw.startswith("{") or raw == "":  # ndjson (nothing when no row was rejected)
        rows = [json.loads(l) for l in raw.split("\n") if l]
    else:
        rows = list(csv.DictReader(raw.splitlines(True)))
except FileNotFoundError:
    rows = None
if rows is not None:
    if len(rows) != s["rows_rejected"]:
        fail("rejects file has %d rows, rows_rejected is %d" % (len(rows), s["rows_rejected"]))
    for r in rows:
        if not r["file"] or int(r["line"]) < 1 or int(r["byte_offset"]) < 0 or not r["reason"]:
            fail("rejected row without location or reason: %r" % r)
PY
fi
exit $rc
