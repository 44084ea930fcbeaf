#!/bin/sh
# Blind held-out figures set (Lee news corpus event reports): fetch the corpus if missing, check
# its SHA-256 digests, run `gleaner extract` (release build) on each report, and score.
#   run.sh --check   only fetch, check digests and print counts (does not build or run Gleaner)
set -eu
cd "$(dirname "$0")/../../.."
WORK=Benchmarks/work/lee
HELDOUT=Benchmarks/figures/heldout
mkdir -p "$WORK"
if [ ! -f "$WORK/lee_background.cor" ] || [ ! -f "$WORK/lee.cor" ]; then
    pip download --no-deps --only-binary :all: gensim==4.4.0 -d "$WORK/download" >/dev/null
    unzip -o -q "$WORK"/download/gensim-4.4.0-*.whl 'gensim/test/test_data/lee*.cor' -d "$WORK/download"
    cp "$WORK/download/gensim/test/test_data/lee_background.cor" "$WORK/download/gensim/test/test_data/lee.cor" "$WORK/"
fi
if [ "${1:-}" = "--check" ]; then
    python3 "$HELDOUT/score.py" check "$WORK"
    exit 0
fi
rm -rf "$WORK/texts"
python3 "$HELDOUT/score.py" prepare "$WORK" "$WORK/texts"
swift build -c release --scratch-path .build-leefig --product gleaner >/dev/null
.build-leefig/release/gleaner extract "$WORK"/texts/*.txt > "$WORK/predictions.jsonl"
python3 "$HELDOUT/score.py" score "$WORK/texts" "$WORK/predictions.jsonl"
