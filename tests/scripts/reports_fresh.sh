#!/usr/bin/env bash
# Fails when reports/ is stale: regenerates the seed reports with this build
# and compares them with the committed ones. Fix: scripts/update-reports.sh.
set -euo pipefail
binary=$1 root=$2
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
COPYDESK=$binary scripts/update-reports.sh "$tmp"
# The reports name no absolute path, so they do not depend on where the repository is.
if grep -l -F "$root" "$tmp"/*; then
  echo "reports_fresh: a report names the absolute path $root" >&2
  exit 1
fi
stale=0
for f in seeds.txt seeds.json seeds.sarif; do
  if ! diff -u "reports/$f" "$tmp/$f" > "$tmp/$f.diff"; then
    echo "reports/$f is stale (run scripts/update-reports.sh and commit the result):" >&2
    head -40 "$tmp/$f.diff" >&2
    stale=1
  fi
done
# Two runs give the same bytes.
COPYDESK=$binary scripts/update-reports.sh "$tmp/again"
for f in seeds.txt seeds.json seeds.sarif; do
  cmp -s "$tmp/$f" "$tmp/again/$f" || { echo "reports_fresh: $f differs between two runs" >&2; stale=1; }
done
exit $stale
