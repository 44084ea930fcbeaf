#!/usr/bin/env bash
# Near-duplicate benchmark: labelled sets from neardup_gen.py → gleaner run → scores, speed and
# memory, plus datasketch MinHash+LSH end to end on the same cleaned texts (one core each).
#
#   Benchmarks/dedup/run.sh                     # 3 seeds × 2,000 and 20,000 docs, the defaults
#   SIZES=2000 THRESHOLDS="0.35 0.4 0.45" PERMUTATIONS=128 BANDS=32 SPEED=0 Benchmarks/dedup/run.sh
#
# Environment: PERMUTATIONS and BANDS (default: the built-in defaults), SPEED=0 skips the
# speed runs (speed.sh: CPU seconds, interleaved repeats), REPEATS (default 5), EXTRACT_SIZES (set
# sizes whose speed runs also time clean,extract vs clean,dedup,extract; default 2000), WORK (default Benchmarks/work/dedup, git-ignored), SIZES, SEEDS, THRESHOLDS,
# HTML_FRACTION (default 0.5: half the documents are HTML pages with boilerplate),
# NEARDUP_GEN (default ../shared/tools/neardup_gen.py), GLEANER (a gleaner binary; default: a
# release build in .build-dedup, see common.sh). One JSON object per run is appended to $WORK/results.jsonl.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/Benchmarks/dedup"
WORK=${WORK:-$ROOT/Benchmarks/work/dedup}
SIZES=${SIZES:-"2000 20000"}
SEEDS=${SEEDS:-"1 2 3"}
THRESHOLDS=${THRESHOLDS:-"0.35"}
PERMUTATIONS=${PERMUTATIONS:-96}
BANDS=${BANDS:-32}
SPEED=${SPEED:-1}
REPEATS=${REPEATS:-5}
EXTRACT_SIZES=${EXTRACT_SIZES:-2000}
HTML_FRACTION=${HTML_FRACTION:-0.5}
GEN=${NEARDUP_GEN:-$ROOT/../shared/tools/neardup_gen.py}
source "$HERE/common.sh"
ensure_gleaner
mkdir -p "$WORK"
RESULTS="$WORK/results.jsonl"

for n in $SIZES; do
    for seed in $SEEDS; do
        set_dir=$(labelled_set "$n" "$seed")
        # Quality, one run per threshold.
        for threshold in $THRESHOLDS; do
            cat >"$set_dir/pipeline-$threshold.yaml" <<YAML
name: bench
dedup: {threshold: $threshold, shingle: 5, permutations: $PERMUTATIONS, bands: $BANDS}
YAML
            # A fresh output directory (and so a fresh state file): the whole set is new.
            rm -rf "$set_dir/out-$threshold"
            "$GLEANER" run "$set_dir/pipeline-$threshold.yaml" --input "$set_dir/docs" \
                --output "$set_dir/out-$threshold" --workers 1 2>"$set_dir/run-$threshold.log" || true
            memory=$(sed -n 's/.*near-duplicate index: \([0-9]*\) bytes, \([0-9]*\) documents.*/\1 \2/p' \
                "$set_dir/run-$threshold.log")
            python3 "$HERE/score.py" "$set_dir/labels.tsv" "$set_dir/out-$threshold/latest" | python3 -c "
import json, sys
r = json.load(sys.stdin)
bytes_, docs = map(int, '$memory'.split())
r.update(set='n$n-s$seed', threshold=$threshold, permutations=$PERMUTATIONS, bands=$BANDS, index_bytes_per_doc=round(bytes_ / docs, 1),
         state_file_bytes_per_doc=round($(stat -c %s "$set_dir/out-$threshold/state.sqlite") / docs, 1))
print(json.dumps(r))" | tee -a "$RESULTS"
        done
        [[ "$SPEED" == 1 ]] || continue
        # Speed (built-in dedup defaults), in CPU seconds with interleaved repeats.
        extract=0
        for size in $EXTRACT_SIZES; do [[ "$size" == "$n" ]] && extract=1; done
        bash "$HERE/speed.sh" "$GLEANER" "$set_dir" "$REPEATS" "$extract" | python3 -c "
import json, sys
r = json.load(sys.stdin)
r.update(set='n$n-s$seed', speed=True)
print(json.dumps(r))" | tee -a "$RESULTS"
    done
done
