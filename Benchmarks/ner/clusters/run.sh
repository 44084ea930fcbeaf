#!/bin/sh
# The word-cluster experiment: for each NER_CF variant and seed, trains with the documented
# command, then scores GMB dev (printed by train) and sets A+B+C and D (score_dev.py).
# Usage, from the repository root, after
#   swift build -c release --scratch-path .build-clus
#   python3 Benchmarks/ner/gazetteers/build_clusters.py WHEEL   (see its docstring)
# Benchmarks/ner/clusters/run.sh "0 16512" "20251124 1 2"
# gleaner reads its weights from the resource bundle only, so each run's weights are copied into
# .build-clus's bundle (the source tree's ner-weights.bin is not touched). Results: one JSON line
# per run in Benchmarks/work/ner-clusters/results.jsonl.
set -eu
VARIANTS=${1:-0}
SEEDS=${2:-"20251124 1 2"}
BUILD=${BUILD:-.build-clus/release}
NEWS=${NEWS:-Benchmarks/work/heldout/newspaper4k-0.9.6/tests/data/txt}
WORK=Benchmarks/work/ner-clusters
mkdir -p "$WORK"
for v in $VARIANTS; do
    for s in $SEEDS; do
        weights="$WORK/weights-$v-$s.bin"
        NER_CF=$v "$BUILD/gleaner-train-ner" train --epochs 12 --bits 18 --prune 0.3 --seed "$s" \
            --document 40 --margin 1 --out "$weights" > "$WORK/train-$v-$s.log" 2>&1
        dev=$(sed -n 's/^best epoch .*dev F1 \([0-9.]*\).*/\1/p' "$WORK/train-$v-$s.log")
        cp "$weights" "$BUILD/Gleaner_GleanerExtract.resources/Resources/ner-weights.bin"
        line=$(NER_CF=$v python3 Benchmarks/ner/clusters/score_dev.py "$BUILD/gleaner" "$v/$s" --news "$NEWS")
        echo "{\"dev\": $dev, ${line#\{}" | tee -a "$WORK/results.jsonl"
    done
done
