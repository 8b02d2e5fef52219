#!/usr/bin/env bash
# Validates the SARIF report of seeds/ (or the SARIF files given) against the
# OASIS SARIF 2.1.0 schema with Python's jsonschema, and with Microsoft's SARIF
# Multitool using GitHub's ingestion rules. Fails on any schema error and on
# any Multitool result of level error (the Multitool itself always exits 0).
#
#   scripts/validate-sarif.sh                 # checks `copydesk check seeds --format sarif`
#   scripts/validate-sarif.sh a.sarif b.sarif
#
# Environment: COPYDESK (binary, default build/copydesk), COPYDESK_SHARED
# (default ../shared), COPYDESK_TOOLS_DIR (where the Multitool is installed
# once and reused; default ~/.cache/copydesk, outside the repository).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${COPYDESK:-build/copydesk}
shared=${COPYDESK_SHARED:-../shared}
schema=$shared/sarif/sarif-schema-2.1.0.json
config=$shared/sarif/multitool-github.xml
tools=${COPYDESK_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/copydesk}/sarif-multitool
multitool=$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

for f in "$schema" "$config"; do
  [ -f "$f" ] || { echo "validate-sarif: missing $f" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=("$@")
if ((${#files[@]} == 0)); then
  # Exit status 1 only means findings were reported.
  status=0
  "$binary" check seeds --format sarif --output "$work/seeds.sarif" || status=$?
  [ "$status" -le 1 ] || { echo "validate-sarif: copydesk check failed ($status)" >&2; exit 2; }
  files=("$work/seeds.sarif")
fi

echo "== SARIF schema (jsonschema, draft 4)"
python3 - "$schema" "${files[@]}" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
validator = jsonschema.Draft4Validator(schema)
bad = 0
for path in sys.argv[2:]:
    errors = sorted(validator.iter_errors(json.load(open(path, encoding="utf-8"))), key=lambda e: list(e.path))
    for e in errors:
        print(f"{path}: /{'/'.join(str(p) for p in e.path)}: {e.message}")
    bad += len(errors)
    print(f"{path}: {'valid' if not errors else f'{len(errors)} schema errors'}")
sys.exit(1 if bad else 0)
PY

echo "== SARIF Multitool (rules Sarif;Ghas, GitHub ingestion config)"
if [ ! -x "$multitool" ]; then
  if ! command -v npm >/dev/null; then
    echo "validate-sarif: installing npm (Debian package)" >&2
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq npm >/dev/null
  fi
  echo "installing @microsoft/sarif-multitool into $tools"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --silent @microsoft/sarif-multitool >/dev/null
fi
failed=0
for f in "${files[@]}"; do
  log=$work/validation.sarif
  "$multitool" validate "$f" -o "$log" --log ForceOverwrite --rule-kind "Sarif;Ghas" -c "$config" \
    --level "Error;Warning" >/dev/null
  [ -s "$log" ] || { echo "$f: the Multitool wrote no log" >&2; failed=1; continue; }
  jq -r '.runs[].results[]? | "\(.level // "warning") \(.ruleId): \(.message.text // (.message.arguments // [] | join(" ")))"' "$log" |
    sed "s|^|$f: |"
  errors=$(jq '[.runs[].results[]? | select(.level == "error")] | length' "$log")
  warnings=$(jq '[.runs[].results[]? | select((.level // "warning") == "warning")] | length' "$log")
  echo "$f: $errors errors, $warnings warnings"
  [ "$errors" -eq 0 ] || failed=1
done
exit $failed
