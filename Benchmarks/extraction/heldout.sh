#!/usr/bin/env bash
# Held-out news pages: downloads the newspaper4k 0.9.6 source distribution (MIT; it ships real
# news pages with the text and metadata newspaper expects) into Benchmarks/work/heldout (git-ignored,
# never committed), runs Gleaner (`gleaner run --stages clean`) and trafilatura on the pages that
# have expected text, scores them (Benchmarks/extraction/heldout.py) and writes the
# "Held-out news pages" section of Benchmarks/extraction/results.md.
#   Benchmarks/extraction/heldout.sh
# SCRATCH picks the build directory (default .build-extract); GLEANER_BIN skips the build.
set -euo pipefail
cd "$(dirname "$0")/../.."
SCRATCH="${SCRATCH:-.build-extract}"
WORK="Benchmarks/work/heldout"
VERSION=0.9.6
DATA="$WORK/newspaper4k-$VERSION/tests/data"
python3 -c "import trafilatura, lxml_html_clean" 2>/dev/null || pip install trafilatura lxml_html_clean
if [ ! -d "$DATA/html" ]; then
    mkdir -p "$WORK"
    pip download --no-deps --no-binary :all: "newspaper4k==$VERSION" -d "$WORK"
    tar -xzf "$WORK/newspaper4k-$VERSION.tar.gz" -C "$WORK" "newspaper4k-$VERSION/tests/data" "newspaper4k-$VERSION/LICENSE"
fi
if [ -z "${GLEANER_BIN:-}" ]; then
    swift build -c release --scratch-path "$SCRATCH" --product gleaner
    GLEANER_BIN="$SCRATCH/release/gleaner"
fi
python3 Benchmarks/extraction/heldout.py --binary "$GLEANER_BIN" --data "$DATA" --work "$WORK/run"
