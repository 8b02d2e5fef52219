#!/usr/bin/env bash
# copydesk extract prints numbers and quantities, in text and JSON.
set -euo pipefail
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '内蒙古外送绿电达900亿度，约占全国的1/6。\n' > "$tmp/a.txt"
out=$("$bin" extract "$tmp/a.txt")
grep -q 'numbers (2)' <<<"$out"
grep -q '900亿度' <<<"$out"
json=$("$bin" extract "$tmp/a.txt" --json)
python3 - "$json" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
assert [n["text"] for n in d["numbers"]] == ["900亿", "1/6"], d["numbers"]
q = d["quantities"][0]
assert q["unit"] == "度" and q["dimension"] == "energy" and q["span"]["line"] == 1, q
PY
if "$bin" extract "$tmp/missing.txt" 2>/dev/null; then exit 1; fi
echo ok
