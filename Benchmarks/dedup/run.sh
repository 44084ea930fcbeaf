#!/usr/bin/env bash
# Near-duplicate benchmark: labelled sets from neardup_gen.py → gleaner run → scores, speed and
# memory, plus datasketch MinHash+LSH end to end on the same cleaned texts (one core each).
#
#   Benchmarks/dedup/run.sh                     # 3 seeds × 2,000 and 20,000 docs, the defaults
#   SIZES=2000 THRESHOLDS="0.35 0.4 0.45" PERMUTATIONS=128 BANDS=32 SPEED=0 Benchmarks/dedup/run.sh
#
# Environment: PERMUTATIONS and BANDS (default: the built-in defaults), SPEED=0 skips the
# speed runs, WORK (default Benchmarks/work/dedup, git-ignored), SIZES, SEEDS, THRESHOLDS,
# HTML_FRACTION (default 0.5: half the documents are HTML pages with boilerplate),
# NEARDUP_GEN (default ../shared/tools/neardup_gen.py), GLEANER (a gleaner binary; default: a
# release build in .build-dedup). One JSON object per run is appended to $WORK/results.jsonl.
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
HTML_FRACTION=${HTML_FRACTION:-0.5}
GEN=${NEARDUP_GEN:-$ROOT/../shared/tools/neardup_gen.py}
if [[ -z "${GLEANER:-}" ]]; then
    (cd "$ROOT" && swift build -c release --scratch-path .build-dedup --product gleaner >&2)
    GLEANER="$ROOT/.build-dedup/release/gleaner"
fi
mkdir -p "$WORK"
RESULTS="$WORK/results.jsonl"

for n in $SIZES; do
    for seed in $SEEDS; do
        set_dir="$WORK/n$n-s$seed"
        if [[ ! -f "$set_dir/labels.tsv" ]]; then
            rm -rf "$set_dir"
            mkdir -p "$set_dir"
            python3 "$GEN" --n "$n" --seed "$seed" --html-fraction "$HTML_FRACTION" \
                --dir "$set_dir/docs" --labels "$set_dir/labels.tsv" --out "$set_dir/docs.jsonl" 2>"$set_dir/gen.log"
        fi
        # Quality, one run per threshold.
        for threshold in $THRESHOLDS; do
            cat >"$set_dir/pipeline-$threshold.yaml" <<YAML
name: bench
dedup: {threshold: $threshold, shingle: 5, permutations: $PERMUTATIONS, bands: $BANDS}
YAML
            "$GLEANER" run "$set_dir/pipeline-$threshold.yaml" --input "$set_dir/docs" \
                --output "$set_dir/out-$threshold" --workers 1 2>"$set_dir/run-$threshold.log" || true
            memory=$(sed -n 's/.*near-duplicate index: \([0-9]*\) bytes, \([0-9]*\) documents.*/\1 \2/p' \
                "$set_dir/run-$threshold.log")
            python3 "$HERE/score.py" "$set_dir/labels.tsv" "$set_dir/out-$threshold" | python3 -c "
import json, sys
r = json.load(sys.stdin)
bytes_, docs = map(int, '$memory'.split())
r.update(set='n$n-s$seed', threshold=$threshold, permutations=$PERMUTATIONS, bands=$BANDS, index_bytes_per_doc=round(bytes_ / docs, 1))
print(json.dumps(r))" | tee -a "$RESULTS"
        done
        [[ "$SPEED" == 1 ]] || continue
        # Speed (built-in dedup defaults): clean only vs clean+dedup, one worker each, and
        # datasketch on the texts gleaner cleaned.
        "$GLEANER" run --input "$set_dir/docs" --output "$set_dir/out-dedup" --workers 1 --stages clean,dedup \
            --quiet || true
        "$GLEANER" run --input "$set_dir/docs" --output "$set_dir/out-clean" --workers 1 --stages clean \
            --quiet || true
        python3 - "$set_dir" "$n" "$seed" "$(python3 "$HERE/datasketch_e2e.py" "$set_dir/out-clean/articles.jsonl")" \
            <<'PY' | tee -a "$RESULTS"
import json, sys
set_dir, n, seed, ds = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
clean = json.load(open(f"{set_dir}/out-clean/manifest.json"))
dedup = json.load(open(f"{set_dir}/out-dedup/manifest.json"))
work = dedup["seconds"]["dedup"]
print(json.dumps({
    "set": f"n{n}-s{seed}", "speed": True,
    "clean_only_articles_per_s": round(clean["inputs"] / clean["seconds"]["total"]),
    "clean_dedup_articles_per_s": round(dedup["inputs"] / dedup["seconds"]["total"]),
    "pipeline_drop": round(1 - clean["seconds"]["total"] / dedup["seconds"]["total"], 3),
    "dedup_seconds": work, "dedup_docs_per_s": round(dedup["inputs"] / work),
    "datasketch_docs_per_s": ds["docs_per_second"],
    "speedup_vs_datasketch": round(dedup["inputs"] / work / ds["docs_per_second"], 1),
}))
PY
    done
done
