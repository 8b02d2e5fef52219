#!/usr/bin/env bash
# Throughput benchmark (not a test): builds deterministic 5 MB and 10 MB corpora
# from seeds/, runs the full default rule packs on each with one job, and prints
# MB/s, characters per second, peak RSS, the 10 MB / 5 MB time ratio
# (linear time means about 2) and the time per rule kind and shared analysis;
# then the 10 MB corpus once more on every core (--jobs left to its default).
#
#   bench/run.sh                      # copydesk from build/
#   BENCH_CMD='other-tool {}' bench/run.sh   # time another tool on the same corpus ({} = file)
#   BENCH_RUNS=5 bench/run.sh         # the fastest of 5 runs (default 3)
#   BENCH_LARGE=1 bench/run.sh        # also one 100 MB document, against the memory limit
#
# Wall-clock figures depend on the machine and on what else it is doing;
# bench/profile.sh counts instructions, which do not.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${COPYDESK:-build/copydesk}
work=${BENCH_DIR:-build/bench}
runs=${BENCH_RUNS:-3}  # each figure is the fastest of this many runs
mkdir -p "$work"
for mb in 5 10; do
  [ -f "$work/corpus-$mb.txt" ] || python3 bench/make_corpus.py seeds "$work/corpus-$mb.txt" "$mb"
done

run_one() {  # file -> "seconds peak_kb user_seconds system_seconds minor_faults", the fastest of $runs runs
  local file=$1 cmd best=""
  if [ -n "${BENCH_CMD:-}" ]; then cmd=${BENCH_CMD//\{\}/$file}; else cmd="$bin check $file --format json --jobs 1 --timings $work/timings.json"; fi
  for ((r = 0; r < runs; r++)); do
    local line; line=$(python3 bench/time_run.py "$cmd" "$work/stderr.txt")
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) else 1)" "${line%% *}" "${best%% *}"; then
      best=$line
    fi
  done
  echo "$best"
}

declare -A secs
for mb in 5 10; do
  file="$work/corpus-$mb.txt"
  bytes=$(stat -c %s "$file")
  chars=$(python3 -c "import sys; print(len(open(sys.argv[1], encoding='utf-8').read()))" "$file")
  read -r s kb user sys faults < <(run_one "$file")
  secs[$mb]=$s
  python3 - "$bytes" "$chars" "$s" "$kb" "$mb" "$user" "$sys" "$faults" <<'PY'
import sys
b, c, s, kb, mb = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
user, system, faults = float(sys.argv[6]), float(sys.argv[7]), int(sys.argv[8])
s = max(s, 1e-3)
print(f"{mb:>3} MB corpus: {s:7.3f} s  {b / s / 1e6:7.2f} MB/s  {c / s / 1e6:6.2f} M chars/s  peak RSS {kb / 1024:7.1f} MB"
      f"  (user {user:.2f} s, system {system:.2f} s, {faults} page faults)")
PY
done
python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'time ratio 10 MB / 5 MB: {b / max(a, 1e-3):.2f} (linear: 2.0, limit 2.2)')" "${secs[5]}" "${secs[10]}"
# One file on every core: jobs without a file of their own run the file's
# rules side by side (the figures above are for one job).
if [ -z "${BENCH_CMD:-}" ]; then
  file="$work/corpus-10.txt"
  best=""
  for ((r = 0; r < runs; r++)); do
    line=$(python3 bench/time_run.py "$bin check $file --format json" "$work/stderr.txt")
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) else 1)" "${line%% *}" "${best%% *}"; then
      best=$line
    fi
  done
  read -r s kb _ < <(echo "$best")
  python3 -c "
import sys
b, s, kb = int(sys.argv[1]), max(float(sys.argv[2]), 1e-3), int(sys.argv[3])
print(f' 10 MB corpus, all {sys.argv[4]} cores: {s:7.3f} s  {b / s / 1e6:7.2f} MB/s  peak RSS {kb / 1024:7.1f} MB')
" "$(stat -c %s "$file")" "$s" "$kb" "$(nproc)"
fi
# One very long document (the corpus at 100 MB, once): peak RSS against the
# limit of 3 times the file plus 64 MB.
if [ -n "${BENCH_LARGE:-}" ]; then
  file="$work/corpus-100.txt"
  [ -f "$file" ] || python3 bench/make_corpus.py seeds "$file" 100
  cmd="$bin check $file --format json --jobs 1"
  [ -n "${BENCH_CMD:-}" ] && cmd=${BENCH_CMD//\{\}/$file}
  read -r s kb _ < <(python3 bench/time_run.py "$cmd" "$work/stderr.txt")
  python3 -c "
import sys
b, s, kb = int(sys.argv[1]), max(float(sys.argv[2]), 1e-3), int(sys.argv[3])
limit = 3 * b / 2**20 + 64
print(f'100 MB document: {s:7.3f} s  {b / s / 1e6:7.2f} MB/s  peak RSS {kb / 1024:7.1f} MB (limit {limit:.0f} MB)')
" "$(stat -c %s "$file")" "$s" "$kb"
fi
if [ -z "${BENCH_CMD:-}" ] && [ -s "$work/timings.json" ]; then
  python3 -c "
import json, sys
t = json.load(open(sys.argv[1]))
for key, title in (('rule_kinds', 'time per rule kind'), ('analyses', 'time per shared analysis')):
    print(f'{title} on the 10 MB corpus:')
    for name, s in sorted(t[key].items(), key=lambda kv: -kv[1]): print(f'  {name:28s} {s:8.3f} s')
" "$work/timings.json"
fi
