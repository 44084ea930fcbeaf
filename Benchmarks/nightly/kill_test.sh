#!/usr/bin/env bash
# The crash-safety test of issue 7: kills real `gleaner run`s with SIGKILL at random moments
# (and at the four named points of the publish sequence), reruns each to completion, and
# checks every time that (a) no partial run is published, (b) every input is published exactly
# once, (c) the article lines are byte-identical to an uninterrupted run's.
#
#   bash Benchmarks/nightly/kill_test.sh [KILLS=30] [FILES=5000]
#
# A kill point counts only when the run was still going when SIGKILL arrived; the loop goes on
# until KILLS of them (at most 3 × KILLS attempts).
#
# Release build; corpus and outputs under Benchmarks/work/nightly-kill/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/../.."
kills=${1:-30}
files=${2:-5000}
scratch=${SCRATCH:-.build-nightly}
work=Benchmarks/work/nightly-kill
swift build -c release --scratch-path "$scratch" --product gleaner 2>&1 | tail -n 1
gleaner="$scratch/release/gleaner"
rm -rf "$work" && mkdir -p "$work"
python3 Benchmarks/nightly/make_corpus.py "$work/input" --files "$files" --seed 11
inputs=$(find "$work/input" -type f | wc -l)

run() { "$gleaner" run --input "$work/input" --output "$1" --workers 2 --quiet; }

start=$(date +%s.%N)
run "$work/reference" || [ $? -eq 1 ]
full=$(echo "$(date +%s.%N) - $start" | bc)
reference="$work/reference/latest/articles.jsonl"
echo "reference run: $inputs inputs in ${full}s"

passed=0
failed=0
check() {
  local label=$1 out=$2
  if result=$(python3 Benchmarks/nightly/check_runs.py "$out" "$reference" "$inputs"); then
    passed=$((passed + 1)); echo "$label: $result"
  else
    failed=$((failed + 1)); echo "$label: $result"
  fi
}

killed=0
attempts=0
while [ "$killed" -lt "$kills" ] && [ "$attempts" -lt $((3 * kills)) ]; do
  attempts=$((attempts + 1))
  i=$attempts
  out="$work/kill-$i"
  # Uniform over the whole run (the publish sequence is at its very end).
  delay=$(python3 -c "import random; print(round(random.uniform(0.02, $full), 3))")
  "$gleaner" run --input "$work/input" --output "$out" --workers 2 --quiet &
  pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then state="killed"; killed=$((killed + 1)); else state="had finished"; fi
  wait "$pid" 2>/dev/null || true
  published=$(find "$out/runs" -mindepth 1 -maxdepth 1 -not -name '.*' 2>/dev/null | wc -l)
  run "$out" || [ $? -eq 1 ]
  check "kill $i at ${delay}s ($state, $published run(s) published before the rerun)" "$out"
  rm -rf "$out"
done

for point in before-commit after-commit after-publish after-latest; do
  out="$work/crash-$point"
  GLEANER_CRASH_AT=$point "$gleaner" run --input "$work/input" --output "$out" --workers 2 --quiet && status=0 || status=$?
  run "$out" || [ $? -eq 1 ]
  check "SIGKILL at $point (status $status)" "$out"
  rm -rf "$out"
done

echo "kill test: $passed passed, $failed failed: $killed runs killed at random moments ($attempts attempts; the others had finished) + 4 SIGKILLs at named points of the publish sequence; $inputs inputs"
[ "$failed" -eq 0 ]
