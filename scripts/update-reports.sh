#!/usr/bin/env bash
# Writes the reports of seeds/ made by the current build into reports/ (or the
# folder given): seeds.txt (text), seeds.json and seeds.sarif. The reports are
# deterministic (relative paths, English messages, no colour, no time), so a
# test can regenerate them and fail when the committed ones are stale:
#
#   scripts/update-reports.sh            # after a change that alters findings
#   git diff reports/                    # review what changed, then commit it
#
# Environment: COPYDESK (binary, default build/copydesk).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$(realpath "${COPYDESK:-build/copydesk}")
out=${1:-reports}
mkdir -p "$out"
for format in text json sarif; do
  ext=$format; [ "$format" = text ] && ext=txt
  status=0
  # Exit status 1 only means that findings were reported.
  LC_ALL=C.UTF-8 "$binary" check seeds --lang en --color never --format "$format" --output "$out/seeds.$ext" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "update-reports: copydesk check --format $format failed ($status)" >&2
    exit 2
  fi
done
