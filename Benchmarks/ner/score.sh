#!/bin/sh
# Entity-level exact-span P/R/F1 of the bundled model on gmb/test.tsv (conventions applied to the gold).
set -eu
cd "$(dirname "$0")/../.."
swift build -c release --scratch-path .build-ner --product gleaner-train-ner
.build-ner/release/gleaner-train-ner score --test "${DATA:-../shared/data/ner/gmb/test.tsv}"
