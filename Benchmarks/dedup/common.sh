# Shared by run.sh and crossrun.sh (sourced, not run): the gleaner binary and the labelled sets.
# Expects ROOT, WORK, GEN and HTML_FRACTION to be set.

# Sets GLEANER to a release build in .build-dedup unless it is already set.
ensure_gleaner() {
    if [[ -z "${GLEANER:-}" ]]; then
        (cd "$ROOT" && swift build -c release --scratch-path .build-dedup --product gleaner >&2)
        GLEANER="$ROOT/.build-dedup/release/gleaner"
    fi
}

# Generates the labelled set of $1 documents with seed $2 under $WORK (once), and prints its folder.
labelled_set() {
    local set_dir="$WORK/n$1-s$2"
    if [[ ! -f "$set_dir/labels.tsv" ]]; then
        rm -rf "$set_dir"
        mkdir -p "$set_dir"
        python3 "$GEN" --n "$1" --seed "$2" --html-fraction "$HTML_FRACTION" \
            --dir "$set_dir/docs" --labels "$set_dir/labels.tsv" --out "$set_dir/docs.jsonl" 2>"$set_dir/gen.log"
    fi
    printf '%s\n' "$set_dir"
}
