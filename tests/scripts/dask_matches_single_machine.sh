#!/usr/bin/env bash
# scale/dask_check.py on a local Dask cluster of 2 workers gives the same
# JSON lines as one `copydesk check --cross-document --format jsonl` run.
set -euo pipefail
bin=$(realpath "$1")
root=$(realpath "$2")
if ! /usr/bin/python3 -c 'import distributed' 2>/dev/null; then
  echo "skip: /usr/bin/python3 cannot import distributed (scripts/setup.sh installs python3-distributed)"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/corpus"
cp "$root"/seeds/*.txt "$tmp/corpus/"
# A page that reprints a passage of a seed page, so cross-document findings exist.
/usr/bin/python3 - "$tmp/corpus" <<'PY'
import glob, sys
seeds = sorted(glob.glob(sys.argv[1] + "/*.txt"))
lines = [l for l in open(seeds[0], encoding="utf-8").read().splitlines() if len(l.strip()) >= 80]
with open(sys.argv[1] + "/zz_reprint.txt", "w", encoding="utf-8") as f:
    f.write("本报讯\n\n" + max(lines, key=len) + "\n\n（转载）\n")
PY
cd "$tmp"
status=0
timeout 120 /usr/bin/python3 "$root/scale/dask_check.py" --workers 2 --binary "$bin" corpus --output dask.jsonl || status=$?
[ "$status" -le 1 ] || { echo "dask_check.py failed ($status)"; exit 1; }
status=0
"$bin" check --cross-document --format jsonl corpus > single.jsonl || status=$?
[ "$status" -le 1 ] || { echo "copydesk check failed ($status)"; exit 1; }
/usr/bin/python3 - dask.jsonl single.jsonl <<'PY'
import json, sys

def load(path):
    lines = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    key = lambda f: (f["line"], f["column"], f["end_line"], f["end_column"], f["rule_id"], f["message"])
    for l in lines:
        l.get("findings", []).sort(key=key)
    return sorted(lines, key=lambda l: json.dumps(l, sort_keys=True))

dask, single = load(sys.argv[1]), load(sys.argv[2])
cross = [f for l in single for f in l.get("findings", []) if f["rule_id"] == "cross-document"]
assert any(f["file"].endswith("zz_reprint.txt") for f in cross), "the reprint was not found"
assert len(single) == 6, len(single)
if dask != single:
    for a, b in zip(dask, single):
        if a != b:
            print("first difference:\n dask:   ", json.dumps(a)[:400], "\n single: ", json.dumps(b)[:400])
            break
    sys.exit("dask result differs from the single-machine result")
print(f"ok: {len(single)} documents, {len(cross)} cross-document findings")
PY
