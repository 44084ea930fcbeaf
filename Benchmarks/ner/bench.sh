#!/bin/sh
# Tokenise + sentence-split + tag throughput on one core (release build).
# The text is rebuilt from gmb/test.tsv in /tmp at run time (the data is never copied into the
# repository): words joined by spaces, 40 sentences per "article", articles separated by blank lines.
set -eu
cd "$(dirname "$0")/../.."
DATA=${DATA:-../shared/data/ner/gmb/test.tsv}
TEXT=${TMPDIR:-/tmp}/gleaner-ner-bench.txt
awk -F'\t' 'NF>=3 {printf "%s ", $1; next} {n++; printf (n%40==0) ? "\n\n\n" : "\n"}' "$DATA" > "$TEXT"
swift build -c release --scratch-path .build-ner --product gleaner-train-ner
taskset -c 0 .build-ner/release/gleaner-train-ner bench --text "$TEXT" --rounds 5
