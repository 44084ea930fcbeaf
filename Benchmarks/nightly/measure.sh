#!/usr/bin/env bash
# The "done when" measurements of issue 7 (release build):
#  (i)   two runs over the same 50,000 files: the second processes 0 and publishes an empty run
#        (wall time, median of 3); then 100 new files, half of them copies of the first night's
#        stories: only they are processed, and the copies point at the first night's ids;
#  (iii) a second run started during a run exits 75 within a second; after kill -9 of the
#        first, a new run starts without any cleanup;
#  (iv)  the --metrics-file parses with prometheus_client's text parser (from PyPI, installed in
#        a venv under Benchmarks/work/).
# The kill test, (ii), is kill_test.sh.
#
#   bash Benchmarks/nightly/measure.sh [FILES=50000]
set -euo pipefail
cd "$(dirname "$0")/../.."
files=${1:-50000}
scratch=${SCRATCH:-.build-nightly}
work=Benchmarks/work/nightly-measure
swift build -c release --scratch-path "$scratch" --product gleaner 2>&1 | tail -n 1
gleaner="$scratch/release/gleaner"
rm -rf "$work" && mkdir -p "$work"
python3 Benchmarks/nightly/make_corpus.py "$work/input" --files "$files" --prefix day1/ --seed 7
seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$@"; }
now() { date +%s.%N; }
run() { "$gleaner" run --input "$work/input" --output "$work/out" --workers 2 --quiet \
          --metrics-file "$work/gleaner.prom" "$@"; }

echo "## (i) incremental runs over $files files"
t0=$(now); run || [ $? -eq 1 ]; t1=$(now)
echo "first run (processes all $files): $(seconds "$t0" "$t1") s"
times=()
for i in 1 2 3; do
  t0=$(now); run; t1=$(now); times+=("$(seconds "$t0" "$t1")")
done
python3 - "$work/out/latest/manifest.json" "${times[@]}" <<'PY'
import json, statistics, sys
m = json.load(open(sys.argv[1]))
times = sorted(float(t) for t in sys.argv[2:])
assert m["inputs"] == 0 and m["empty"] is True, m
print(f"unchanged reruns: inputs {m['inputs']}, unchanged {m['unchanged']}, empty {m['empty']}; "
      f"wall {times} s, median {statistics.median(times):.3f} s "
      f"= {statistics.median(times) / m['unchanged'] * 10000:.3f} s per 10,000 unchanged files")
PY
python3 Benchmarks/nightly/make_corpus.py "$work/input" --files 100 --prefix day2/ --copies-of "$work/input/day1/000" --seed 8
t0=$(now); run || [ $? -eq 1 ]; t1=$(now)
echo "run after adding 100 files: $(seconds "$t0" "$t1") s"
python3 - "$work/out" <<'PY'
import json, os, sys
out = sys.argv[1]
runs = sorted(r for r in os.listdir(f"{out}/runs") if not r.startswith("."))
first = [json.loads(l) for l in open(f"{out}/runs/{runs[0]}/articles.jsonl")]
last = [json.loads(l) for l in open(f"{out}/runs/{runs[-1]}/articles.jsonl")]
manifest = json.load(open(f"{out}/runs/{runs[-1]}/manifest.json"))
day1 = {a["id"]: a["source"]["path"] for a in first}
assert manifest["inputs"] == 100 and all(a["source"]["path"].startswith("day2/") for a in last), manifest
def named(prefix):
    return [a for a in last if os.path.basename(a["source"]["path"]).startswith(prefix)]
exact, near = named("copy-"), named("nearcopy-")
exact_ok = [a for a in exact if a["dedup"]["status"] == "exact_duplicate" and a["dedup"]["duplicate_of"] in day1]
near_ok = [a for a in near if a["dedup"]["status"] == "near_duplicate" and a["dedup"]["duplicate_of"] in day1]
print(f"after adding 100 files: processed {manifest['inputs']}, unchanged {manifest['unchanged']}; "
      f"{len(exact_ok)} of {len(exact)} byte copies of day-1 files marked exact_duplicate of a day-1 id; "
      f"{len(near_ok)} of {len(near)} edited copies (10 % of words replaced) marked near_duplicate of a day-1 id; "
      f"{sum(a['dedup']['duplicate_of'] in day1 for a in last)} lines in all point at day-1 ids")
assert len(exact_ok) == len(exact)
PY

echo "## (iii) lock"
lockout="$work/lock-out"
lockin="$work/input"   # all the files, into a new output: the first run takes several seconds
"$gleaner" run --input "$lockin" --output "$lockout" --workers 2 --quiet &
first=$!
sleep 1
t0=$(now); status=0; "$gleaner" run --input "$lockin" --output "$lockout" --workers 2 2>"$work/second.err" || status=$?; t1=$(now)
echo "second run during the first: exit $status in $(seconds "$t0" "$t1") s: $(cat "$work/second.err")"
[ "$status" -eq 75 ]
kill -9 "$first"; wait "$first" 2>/dev/null || true
ls -a "$lockout" "$lockout/runs" | tr '\n' ' '; echo
t0=$(now); status=0; "$gleaner" run --input "$lockin" --output "$lockout" --workers 2 --quiet || status=$?; t1=$(now)
echo "run after kill -9 of the first, no cleanup: exit $status in $(seconds "$t0" "$t1") s, $(python3 -c "import json,sys; m=json.load(open(sys.argv[1])); print(m['inputs'], 'inputs processed')" "$lockout/latest/manifest.json")"
[ "$status" -le 1 ]

echo "## (iv) metrics file"
venv=Benchmarks/work/venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c 'import prometheus_client' 2>/dev/null || "$venv/bin/pip" install -q prometheus_client
"$venv/bin/python" - "$work/gleaner.prom" <<'PY'
import sys
from prometheus_client.parser import text_string_to_metric_families
from importlib.metadata import version
families = list(text_string_to_metric_families(open(sys.argv[1]).read()))
samples = sum(len(f.samples) for f in families)
print(f"prometheus_client {version('prometheus_client')} parsed "
      f"{len(families)} families, {samples} samples:")
for f in families:
    print("  " + f.name + " (" + f.type + "): " + ", ".join(
        (s.name + ("{" + ",".join(f'{k}="{v}"' for k, v in s.labels.items()) + "}" if s.labels else "") + f" {s.value:g}")
        for s in f.samples[:5]))
PY
