#!/usr/bin/env bash
# The quality gate: `copydesk eval` on tests/corpus must meet the floors in
# tests/corpus/floors.yaml; and with the rules a floor depends on disabled
# (removed from a copy of rules/), the same check must fail.
set -euo pipefail
binary=$1 root=$2
cd "$root"
corpus=tests/corpus
# Checked as on a fixed day, so that the checks the clock bounds (an age that
# would date a story after today) give the same figures in years to come.
eval_args=(eval --lang en --today 2026-12-07 --labels "$corpus/labels.yaml" "$corpus" --floors "$corpus/floors.yaml")

echo "== floors with the shipped rules"
"$binary" "${eval_args[@]}" | tail -20

# The rules behind the true positives of one category that has a recall floor.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$binary" eval --lang en --labels "$corpus/labels.yaml" "$corpus" --json > "$tmp/eval.json"
read -r category rules < <(python3 - "$corpus/floors.yaml" "$tmp/eval.json" <<'PY'
import json, sys, yaml
floors = yaml.safe_load(open(sys.argv[1], encoding="utf-8")) or {}
score = json.load(open(sys.argv[2], encoding="utf-8"))
for category, floor in sorted((floors.get("categories") or {}).items()):
    if (floor or {}).get("recall", 0) > 0:
        rules = sorted(r for r, s in score["rules"].items() if s["category"] == category and s["true_positives"] > 0)
        if rules:
            print(category, " ".join(rules))
            break
PY
)
if [ -z "${category:-}" ]; then
  echo "eval_floors: no category has a recall floor above 0 with rules behind it" >&2
  exit 1
fi

echo "== floors with the $category rules disabled: $rules"
cp -r rules "$tmp/rules"
for id in $rules; do
  pack=${id%%.*} stem=${id#*.}
  rm "$tmp/rules/$pack/$stem.yaml"
done
status=0
"$binary" "${eval_args[@]}" --rules "$tmp/rules" > "$tmp/out.txt" || status=$?
tail -8 "$tmp/out.txt"
if [ "$status" -ne 1 ]; then
  echo "eval_floors: expected exit status 1 with $rules disabled, got $status" >&2
  exit 1
fi
grep -q "^  $category recall .* is below its floor" "$tmp/out.txt" || {
  echo "eval_floors: the failure does not name $category recall" >&2
  exit 1
}
echo "ok: disabling $rules fails the $category floor"
