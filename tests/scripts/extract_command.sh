#!/usr/bin/env bash
# copydesk extract prints numbers, quantities and dates, in text and JSON.
set -euo pipefail
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '内蒙古外送绿电达900亿度，约占全国的1/6。2026年3月5日，外送电量再创新高。\n' > "$tmp/a.txt"
out=$("$bin" extract "$tmp/a.txt")
grep -q 'numbers (5)' <<<"$out"
grep -q '900亿度' <<<"$out"
grep -q 'dates (1)' <<<"$out"
grep -q '2026年3月5日  -> 2026-03-05' <<<"$out"
json=$("$bin" extract "$tmp/a.txt" --json)
python3 - "$json" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
assert [n["text"] for n in d["numbers"]][:2] == ["900亿", "1/6"], d["numbers"]
q = d["quantities"][0]
assert q["unit"] == "度" and q["dimension"] == "energy" and q["span"]["line"] == 1, q
dates = d["dates"]["dates"]
assert [(x["text"], x["date"], x["kind"]) for x in dates] == [("2026年3月5日", "2026-03-05", "date")], dates
assert d["dates"]["publication"]["source"] == "inferred", d["dates"]["publication"]
PY
if "$bin" extract "$tmp/missing.txt" 2>/dev/null; then exit 1; fi
echo ok
