#!/usr/bin/env bash
# Instruction profile (not a test): where the time per megabyte goes.
#
# Runs `copydesk check` under callgrind on deterministic 1 MB and 2 MB corpora
# built from seeds/ and prints, per function, the instructions the second
# megabyte costs (2 MB run minus 1 MB run): the marginal cost, without the
# fixed costs of loading rules and building ICU and RE2 objects. Instruction
# counts do not depend on what else the machine is doing.
#
#   bench/profile.sh            # top 40 functions, inclusive cost
#   bench/profile.sh self 60    # exclusive cost, top 60
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-inclusive}; top=${2:-40}
bin=${COPYDESK:-build/copydesk}
work=${BENCH_DIR:-build/bench}
mkdir -p "$work"
for mb in 1 2; do
  [ -f "$work/corpus-$mb.txt" ] || python3 bench/make_corpus.py seeds "$work/corpus-$mb.txt" "$mb"
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind-$mb.out" \
    "$bin" check "$work/corpus-$mb.txt" --format json --jobs 1 >/dev/null 2>"$work/callgrind-$mb.log" || true
done
python3 bench/callgrind_diff.py "$work/callgrind-1.out" "$work/callgrind-2.out" --mode "$mode" --top "$top"
