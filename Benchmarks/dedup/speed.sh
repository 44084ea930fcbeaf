#!/usr/bin/env bash
# Pipeline drop and dedup speed on one labelled set, measured in CPU seconds (user + sys of the
# whole `gleaner run` process, SQLite commit of the state file included), because the shared
# 2-core box is loaded by other jobs and wall time moves by ±20 % from run to run.
#
#   Benchmarks/dedup/speed.sh GLEANER SET_DIR [REPEATS=5] [EXTRACT=1]
#
# DATASKETCH_REPEATS (default REPEATS) sets how many datasketch runs the median is taken over.
#
# Each repeat runs, interleaved, `--stages clean`, `clean,dedup` and, with EXTRACT=1,
# `clean,extract` and `clean,dedup,extract` (`--workers 1`, default state file in a fresh output
# directory, so every run indexes and commits the whole set), then datasketch end to end on the
# texts gleaner cleaned (CPU time of its loop). Prints one JSON object of medians:
# articles/s = inputs / CPU seconds; pipeline drop = 1 − (articles/s with dedup) / (without);
# dedup CPU = CPU(with dedup) − CPU(without), i.e. signatures, look-ups, index and commit.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
GLEANER=$1
SET_DIR=$2
REPEATS=${3:-5}
EXTRACT=${4:-1}
OUT=$SET_DIR/speed
mkdir -p "$OUT"
configs="clean clean,dedup"
[[ "$EXTRACT" == 1 ]] && configs="$configs clean,extract clean,dedup,extract"
: >"$OUT/times.tsv"
for repeat in $(seq "$REPEATS"); do
    for stages in $configs; do
        rm -rf "$OUT/run"
        /usr/bin/time -o "$OUT/time" -f "%U %S %e" "$GLEANER" run --input "$SET_DIR/docs" --output "$OUT/run" \
            --workers 1 --stages "$stages" --quiet >/dev/null 2>&1 || true
        read -r user sys wall <"$OUT/time"
        printf '%s\t%s\t%s\t%s\t%s\n' "$stages" "$repeat" "$user" "$sys" "$wall" >>"$OUT/times.tsv"
        if [[ "$stages" == clean && "$repeat" == 1 ]]; then
            cp "$OUT/run/latest/articles.jsonl" "$OUT/clean-articles.jsonl"
        fi
    done
done
load=$(cut -d' ' -f1-3 /proc/loadavg)
datasketch=()
for repeat in $(seq "${DATASKETCH_REPEATS:-$REPEATS}"); do
    datasketch+=("$(python3 "$HERE/datasketch_e2e.py" "$OUT/clean-articles.jsonl")")
done
python3 - "$OUT/times.tsv" "$(find "$SET_DIR/docs" -type f | wc -l)" "$load" "${datasketch[@]}" <<'PY'
import json, statistics, sys
times, inputs, load, ds = sys.argv[1], int(sys.argv[2]), sys.argv[3], [json.loads(x) for x in sys.argv[4:]]
cpu, wall = {}, {}
for line in open(times):
    stages, _, user, sys_, elapsed = line.split("\t")
    cpu.setdefault(stages, []).append(float(user) + float(sys_))
    wall.setdefault(stages, []).append(float(elapsed))
med = {k: statistics.median(v) for k, v in cpu.items()}
out = {"inputs": inputs, "repeats": len(cpu["clean"]), "load_average_after": load,
       "cpu_seconds_median": {k: round(v, 3) for k, v in med.items()},
       "cpu_seconds_all": cpu, "wall_seconds_median": {k: round(statistics.median(v), 3) for k, v in wall.items()}}
for base, with_dedup in (("clean", "clean,dedup"), ("clean,extract", "clean,dedup,extract")):
    if base in med and with_dedup in med:
        out[f"articles_per_cpu_s[{base}]"] = round(inputs / med[base])
        out[f"articles_per_cpu_s[{with_dedup}]"] = round(inputs / med[with_dedup])
        out[f"pipeline_drop[{base} → {with_dedup}]"] = round(1 - med[base] / med[with_dedup], 3)
dedup_cpu = med["clean,dedup"] - med["clean"]
ds_rate = statistics.median(d["docs_per_cpu_second"] for d in ds)
out.update({"dedup_cpu_seconds": round(dedup_cpu, 3), "dedup_docs_per_cpu_s": round(inputs / dedup_cpu),
            "datasketch_docs_per_cpu_s": round(ds_rate),
            "speedup_vs_datasketch": round(inputs / dedup_cpu / ds_rate, 1)})
print(json.dumps(out))
PY
