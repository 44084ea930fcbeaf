#!/usr/bin/env bash
# Extraction benchmark: builds Gleaner (release), runs it and trafilatura over
# ../shared/data/extraction-dev, scores both and writes Benchmarks/extraction/results.md.
#   Benchmarks/extraction/run.sh [--reuse-trafilatura]   (the flag is for tuning iterations only)
# Per-page outputs go to $EXTRACTION_WORK (default /tmp/gleaner-extraction), never the repository.
# SCRATCH picks the build directory (default .build-extract); GLEANER_BIN skips the build and
# benchmarks that binary instead. Benchmarks/extraction/analyze.py reads the work directory
# afterwards (worst pages, per-page diffs, metadata misses, drop reasons).
set -euo pipefail
cd "$(dirname "$0")/../.."
SCRATCH="${SCRATCH:-.build-extract}"
WORK="${EXTRACTION_WORK:-/tmp/gleaner-extraction}"
python3 -c "import trafilatura, lxml_html_clean" 2>/dev/null || pip install trafilatura lxml_html_clean
if [ -z "${GLEANER_BIN:-}" ]; then
    swift build -c release --scratch-path "$SCRATCH" --product gleaner
    GLEANER_BIN="$SCRATCH/release/gleaner"
fi
python3 Benchmarks/extraction/bench.py --binary "$GLEANER_BIN" --work "$WORK" "$@"
