#!/usr/bin/env bash
# Across runs (issue 4): on a labelled neardup_gen set, one run over the whole set (no state)
# against run 1 over the first half and run 2 over the second half sharing one state file.
# The halves split the files in gleaner's input order (byte order of names) into two folders
# with the same relative paths, so ids are the same in both set-ups; the script compares every
# article line's (id, status, duplicate_of, cluster, similarity) and the scores.
#
#   Benchmarks/dedup/crossrun.sh                # 2,000 docs, seeds 1 2 3
#   SIZES="2000 20000" Benchmarks/dedup/crossrun.sh
#
# Environment as in run.sh: WORK, SIZES, SEEDS, HTML_FRACTION, NEARDUP_GEN, GLEANER.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/Benchmarks/dedup"
WORK=${WORK:-$ROOT/Benchmarks/work/dedup}
SIZES=${SIZES:-"2000"}
SEEDS=${SEEDS:-"1 2 3"}
HTML_FRACTION=${HTML_FRACTION:-0.5}
GEN=${NEARDUP_GEN:-$ROOT/../shared/tools/neardup_gen.py}
source "$HERE/common.sh"
ensure_gleaner
mkdir -p "$WORK"

for n in $SIZES; do
    for seed in $SEEDS; do
        set_dir=$(labelled_set "$n" "$seed")
        cross="$set_dir/crossrun"
        rm -rf "$cross"
        mkdir -p "$cross/half1" "$cross/half2"
        mapfile -t files < <(cd "$set_dir/docs" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)
        half=$((${#files[@]} / 2))
        for i in "${!files[@]}"; do
            target="$cross/half$((i < half ? 1 : 2))/${files[$i]}"
            mkdir -p "$(dirname "$target")"
            ln "$set_dir/docs/${files[$i]}" "$target" 2>/dev/null || cp "$set_dir/docs/${files[$i]}" "$target"
        done
        # Output folders hold runs/ and a `latest` link to the published run.
        "$GLEANER" run --input "$set_dir/docs" --output "$cross/whole" --workers 1 --state none --quiet || true
        "$GLEANER" run --input "$cross/half1" --output "$cross/run1" --workers 1 --state "$cross/state.sqlite" \
            --quiet || true
        "$GLEANER" run --input "$cross/half2" --output "$cross/run2" --workers 1 --state "$cross/state.sqlite" \
            --quiet || true
        mkdir -p "$cross/runs12"
        cat "$cross/run1/latest/articles.jsonl" "$cross/run2/latest/articles.jsonl" >"$cross/runs12/articles.jsonl"
        python3 - "$cross" <<'PY'
import json, sys
cross = sys.argv[1]
one, two = (json.load(open(f"{cross}/run{i}/latest/manifest.json")) for i in (1, 2))
json.dump({
    "duplicates_by_kind": {k: one["duplicates_by_kind"].get(k, 0) + two["duplicates_by_kind"].get(k, 0)
                           for k in ("exact", "near")},
    "errors": one["errors"] + two["errors"],
    "seconds": {k: round(one["seconds"].get(k, 0) + two["seconds"].get(k, 0), 3) for k in two["seconds"]},
}, open(f"{cross}/runs12/manifest.json", "w"))
PY
        python3 - "$cross" "n$n-s$seed" "$(python3 "$HERE/score.py" "$set_dir/labels.tsv" "$cross/whole/latest")" \
            "$(python3 "$HERE/score.py" "$set_dir/labels.tsv" "$cross/runs12")" <<'PY'
import json, sys
cross, name, whole_score, split_score = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
def lines(path):
    out = []
    for line in open(path):
        d = json.loads(line)
        x = d["dedup"]
        out.append((d["id"], x["status"], x.get("duplicate_of"), x.get("cluster"), x.get("similarity")))
    return out
whole = lines(f"{cross}/whole/latest/articles.jsonl")
split = lines(f"{cross}/runs12/articles.jsonl")
differ = sum(1 for a, b in zip(whole, split) if a != b) + abs(len(whole) - len(split))
run2 = lines(f"{cross}/run2/latest/articles.jsonl")
ids1 = {l[0] for l in lines(f"{cross}/run1/latest/articles.jsonl")}
print(json.dumps({
    "set": name, "lines": len(whole), "differing_lines": differ,
    "run2_marked_duplicate_of_run1": sum(1 for l in run2 if l[2] in ids1),
    "scores_equal": {k: v for k, v in whole_score.items() if k != "seconds"}
    == {k: v for k, v in split_score.items() if k != "seconds"},
    "seconds_whole": whole_score["seconds"]["total"], "seconds_split": split_score["seconds"]["total"], "scores": {k: v for k, v in split_score.items() if k != "seconds"},
}))
PY
    done
done
