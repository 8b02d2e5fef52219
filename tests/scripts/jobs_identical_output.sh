#!/usr/bin/env bash
# Parallel runs: the report does not depend on the number of jobs.
set -euo pipefail
binary=$1 root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for jobs in 1 2 4; do
  status=0
  "$binary" check --no-config --lang en --jobs "$jobs" --format json --output "$tmp/j$jobs.json" "$root/seeds" || status=$?
  [ "$status" -le 1 ] || { echo "check --jobs $jobs failed ($status)"; exit 1; }
done
cmp "$tmp/j1.json" "$tmp/j2.json"
cmp "$tmp/j1.json" "$tmp/j4.json"
python3 -c "import json,sys; assert len(json.load(open(sys.argv[1]))['findings']) > 0" "$tmp/j1.json"
echo "jobs: identical output"
