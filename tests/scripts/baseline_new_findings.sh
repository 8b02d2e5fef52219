#!/usr/bin/env bash
# CI gating on new findings (end to end): a baseline of a seed page survives
# lines inserted above and an unrelated edit; a new doubled word is exactly one
# new finding (exit 1); a fixed finding is reported absent.
set -euo pipefail
binary=$1 root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
page=page.txt
cp "$root/seeds/004_b13d57cdbdd69c91.txt" "$page"
check() { "$binary" check --no-config --lang en "$@"; }

"$binary" baseline --no-config "$page" --output baseline.json
test -s baseline.json

# 20 lines at the top and an edit to an unrelated sentence: nothing new.
python3 - "$page" <<'PY'
import sys
p = sys.argv[1]
t = open(p, encoding="utf-8").read()
t = "".join(f"第{i}行新增的说明文字。\n" for i in range(20)) + t
t = t.replace("全区", "全自治区", 1)
open(p, "w", encoding="utf-8").write(t)
PY
status=0
check "$page" --baseline baseline.json --format json --output now.json || status=$?
new=$(python3 -c "import json,sys; print(sum(1 for f in json.load(open(sys.argv[1]))['findings'] if f.get('baseline_state') == 'new'))" now.json)
[ "$new" = 0 ] || { echo "expected 0 new findings after unrelated edits, got $new"; exit 1; }
[ "$status" = 0 ] || { echo "expected exit 0 with no new findings, got $status"; exit 1; }

# One doubled word: exactly one new finding, exit 1.
python3 - "$page" <<'PY'
import sys
p = sys.argv[1]
t = open(p, encoding="utf-8").read()
t = t.replace("第5行新增的说明文字。", "第5行新增的说明文字，我们要认真认真落实。", 1)
open(p, "w", encoding="utf-8").write(t)
PY
status=0
check "$page" --baseline baseline.json --format sarif --output now.sarif --fail-level warning || status=$?
[ "$status" = 1 ] || { echo "expected exit 1 for a new finding, got $status"; exit 1; }
python3 - now.sarif <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0]["results"]
new = [r for r in results if r.get("baselineState") == "new"]
assert len(new) == 1, f"expected exactly 1 new result, got {len(new)}: {[r['message']['text'] for r in new]}"
assert "认真" in new[0]["locations"][0]["physicalLocation"]["region"]["snippet"]["text"], new[0]
PY

# Fix an old finding (the doubled 围绕): it is reported absent.
python3 - "$page" <<'PY'
import sys
p = sys.argv[1]
t = open(p, encoding="utf-8").read()
assert "围绕围绕" in t
open(p, "w", encoding="utf-8").write(t.replace("围绕围绕", "围绕", 1))
PY
check "$page" --baseline baseline.json --format json --output fixed.json --fail-on none
python3 - fixed.json <<'PY'
import json, sys
findings = json.load(open(sys.argv[1]))["findings"]
absent = [f for f in findings if f.get("baseline_state") == "absent"]
assert any("围绕" in f["text"] for f in absent), absent
PY
echo "baseline gating: ok"
