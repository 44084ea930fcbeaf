#!/usr/bin/env bash
# Cleaning speed against resiliparse on ../shared/data/extraction-dev (955 pages):
#   Benchmarks/extraction/speed.sh [--repeats N] [--no-profile]
# 1. Installs resiliparse from PyPI into Benchmarks/work/resiliparse-venv if it is missing.
# 2. Builds gleaner (release, SCRATCH, default .build-speed; GLEANER_BIN skips the build).
# 3. speed.py: resiliparse in one process vs `gleaner run --stages clean` with --workers 1 and
#    --workers $(nproc), interleaved, N repeats (default 7); medians, best runs and ratios.
# 4. Unless --no-profile: where Gleaner's time goes, from callgrind instruction counts of a
#    `--workers 1` run over every PROFILE_STEP-th page (default 10: 96 pages), next to resiliparse's
#    parse and extract on the same pages.
# The table (and the profile) replace the "## Speed against resiliparse" section at the end of
# Benchmarks/extraction/results.md. Working files go to $SPEED_WORK (default Benchmarks/work/speed).
set -euo pipefail
cd "$(dirname "$0")/../.."
SCRATCH="${SCRATCH:-.build-speed}"
WORK="${SPEED_WORK:-$PWD/Benchmarks/work/speed}"
DATA="${EXTRACTION_DEV:-$PWD/../shared/data/extraction-dev}"
VENV=Benchmarks/work/resiliparse-venv
PROFILE=1
ARGS=()
for arg in "$@"; do
    if [ "$arg" = --no-profile ]; then PROFILE=0; else ARGS+=("$arg"); fi
done
mkdir -p "$WORK"
if ! "$VENV/bin/python" -c "import resiliparse" 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet resiliparse
fi
if [ -z "${GLEANER_BIN:-}" ]; then
    swift build -c release --scratch-path "$SCRATCH" --product gleaner
    GLEANER_BIN="$SCRATCH/release/gleaner"
fi
PROFILE_ARGS=()
if [ "$PROFILE" = 1 ]; then
    command -v valgrind >/dev/null || apt-get install -y valgrind
    SUBSET="$WORK/profile-pages"
    rm -rf "$SUBSET" "$WORK/profile-out"
    mkdir -p "$SUBSET"
    find "$DATA/html" -name '*.html.gz' | sort | awk -v step="${PROFILE_STEP:-10}" 'NR % step == 1' \
        | xargs cp -t "$SUBSET"
    # Valgrind 3.19 cannot read the DWARF 5 that Swift emits: profile a copy without debug
    # information (the symbol table stays, so functions keep their names).
    strip --strip-debug -o "$WORK/gleaner-nodebug" "$GLEANER_BIN"
    valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" \
        "$WORK/gleaner-nodebug" run --input "$SUBSET" --output "$WORK/profile-out" --stages clean --workers 1 --quiet \
        2>"$WORK/callgrind.log"
    # resiliparse on the same pages: decoding only, + parse, + extract (differences = each step).
    for mode in none parse extract; do
        valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind-resiliparse-$mode.out" \
            "$VENV/bin/python" Benchmarks/extraction/speed.py --resiliparse-loop "$mode" "$SUBSET" \
            2>>"$WORK/callgrind.log"
    done
    PROFILE_ARGS=(--callgrind "$WORK/callgrind.out" --profile-pages "$(find "$SUBSET" -name '*.html.gz' | wc -l)"
        --resiliparse-callgrind "$WORK/callgrind-resiliparse-none.out" "$WORK/callgrind-resiliparse-parse.out"
        "$WORK/callgrind-resiliparse-extract.out")
fi
"$VENV/bin/python" Benchmarks/extraction/speed.py --binary "$GLEANER_BIN" --work "$WORK" \
    ${PROFILE_ARGS[@]+"${PROFILE_ARGS[@]}"} ${ARGS[@]+"${ARGS[@]}"}
