#!/usr/bin/env bash
# Clean-throughput benchmark for Gleaner. See Benchmarks/README.md.
#
#   bash Benchmarks/clean_throughput.sh
#
# Environment overrides:
#   COUNTS="2000 20000"   corpus sizes (pages). The smallest one is also the baseline corpus.
#   REPEAT=3              runs per measurement; the median is reported.
#   WORKERS="1 2"         gleaner --workers values (and baseline --threads values).
#   SKIP_BUILD=1          don't run `swift build -c release`.
#   SEED=42               corpus generator seed.
#   GLEANER=...           gleaner binary (default .build/release/gleaner).
#   PARSE_BASELINE=...    baseline binary (default .build/release/gleaner-parse-baseline).
#   KEEP_OUT=1            keep the last output directory of each configuration.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
cd "$ROOT"

COUNTS="${COUNTS:-2000 20000}"
REPEAT="${REPEAT:-3}"
WORKERS="${WORKERS:-1 2}"
SEED="${SEED:-42}"
SKIP_BUILD="${SKIP_BUILD:-0}"
KEEP_OUT="${KEEP_OUT:-0}"
GLEANER="${GLEANER:-$ROOT/.build/release/gleaner}"
PARSE_BASELINE="${PARSE_BASELINE:-$ROOT/.build/release/gleaner-parse-baseline}"
GENERATOR="$HERE/generate_html_corpus.py"
WORK="$HERE/work"
RESULTS="$HERE/results"
TIME_BIN="${TIME_BIN:-/usr/bin/time}"

log() { printf '[clean-throughput] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ "$REPEAT" =~ ^[1-9][0-9]*$ ]] || die "REPEAT must be a positive integer (got '$REPEAT')"
for n in $COUNTS; do [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "COUNTS must be positive integers (got '$n')"; done
for w in $WORKERS; do [[ "$w" =~ ^[1-9][0-9]*$ ]] || die "WORKERS must be positive integers (got '$w')"; done
command -v python3 >/dev/null || die "python3 is required"
[[ -x "$TIME_BIN" ]] || die "$TIME_BIN (GNU time) is required (apt-get install time)"
"$TIME_BIN" -v -o /dev/null true 2>/dev/null || die "$TIME_BIN does not support -v/-o (need GNU time)"

# Sorted, de-duplicated corpus sizes; the smallest is the baseline corpus.
COUNTS="$(printf '%s\n' $COUNTS | sort -n -u | tr '\n' ' ')"
BASE_COUNT="$(printf '%s\n' $COUNTS | head -n1)"

# --- 1. Build ---------------------------------------------------------------------------------
if [[ "$SKIP_BUILD" != "1" ]]; then
    log "swift build -c release"
    swift build -c release
fi
[[ -x "$GLEANER" ]] || die "gleaner binary not found at $GLEANER (build first, or set GLEANER=)"
[[ -x "$PARSE_BASELINE" ]] || die "baseline binary not found at $PARSE_BASELINE (build first, or set PARSE_BASELINE=)"

# --- 2. Corpora -------------------------------------------------------------------------------
mkdir -p "$WORK" "$RESULTS"
GEN_HASH="$(sha256sum "$GENERATOR" | cut -c1-16)"
for n in $COUNTS; do
    dir="$WORK/corpus-$n"
    stamp="$WORK/corpus-$n.stamp"
    want="count=$n seed=$SEED generator=$GEN_HASH"
    if [[ -d "$dir" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
        log "corpus-$n is up to date ($want)"
        continue
    fi
    log "generating corpus-$n ($want)"
    rm -rf "$dir" "$dir.tmp" "$stamp"
    python3 "$GENERATOR" --count "$n" --out "$dir.tmp" --seed "$SEED" >&2
    mv "$dir.tmp" "$dir"
    printf '%s\n' "$want" > "$stamp"
done

warm() { # Read every corpus file once so that runs measure CPU, not the disk.
    find "$1" -type f -name '*.html' -print0 | xargs -0 cat > /dev/null
}

# --- 3. Measure -------------------------------------------------------------------------------
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RUNS="$WORK/runs/$STAMP"
RAW="$RUNS/raw.tsv"          # kind  count  workers  rep  rc  file(s)
mkdir -p "$RUNS" "$WORK/out"
: > "$RAW"

base_dir="$WORK/corpus-$BASE_COUNT"
log "warming page cache: corpus-$BASE_COUNT"
warm "$base_dir"
for t in $WORKERS; do
    for rep in $(seq 1 "$REPEAT"); do
        f="$RUNS/baseline-$BASE_COUNT-t$t-r$rep.json"
        log "baseline: corpus-$BASE_COUNT --threads $t (run $rep/$REPEAT)"
        if ! "$PARSE_BASELINE" "$base_dir" --threads "$t" > "$f.stdout" 2> "$f.stderr"; then
            tail -n 20 "$f.stderr" >&2 || true
            die "gleaner-parse-baseline failed"
        fi
        grep '^{' "$f.stdout" | tail -n1 > "$f" || die "no JSON line in baseline output ($f.stdout)"
        log "  $(cat "$f")"
        printf 'baseline\t%s\t%s\t%s\t0\t%s\n' "$BASE_COUNT" "$t" "$rep" "$f" >> "$RAW"
    done
done

for n in $COUNTS; do
    dir="$WORK/corpus-$n"
    log "warming page cache: corpus-$n"
    warm "$dir"
    for w in $WORKERS; do
        out="$WORK/out/clean-$n-w$w"
        for rep in $(seq 1 "$REPEAT"); do
            base="$RUNS/gleaner-$n-w$w-r$rep"
            rm -rf "$out"
            log "gleaner: corpus-$n --workers $w (run $rep/$REPEAT)"
            set +e
            "$TIME_BIN" -v -o "$base.time" \
                "$GLEANER" run --input "$dir" --output "$out" --stages clean --workers "$w" \
                > "$base.log" 2>&1
            rc=$?
            set -e
            if [[ "$rc" != 0 && "$rc" != 1 ]]; then
                tail -n 30 "$base.log" >&2 || true
                die "gleaner exited with status $rc (log: $base.log)"
            fi
            if [[ -f "$out/manifest.json" ]]; then cp "$out/manifest.json" "$base.manifest.json"; fi
            log "  exit $rc, $(grep -E 'Elapsed \(wall clock\)|Maximum resident' "$base.time" | sed 's/^[[:space:]]*//' | tr '\n' ';')"
            printf 'gleaner\t%s\t%s\t%s\t%s\t%s\n' "$n" "$w" "$rep" "$rc" "$base" >> "$RAW"
        done
        [[ "$KEEP_OUT" == "1" ]] || rm -rf "$out"
    done
done

# --- 4. Report --------------------------------------------------------------------------------
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo uncommitted)"
DIRTY="false"
if [[ "$COMMIT" != "uncommitted" ]] && [[ -n "$(git -C "$ROOT" status --porcelain -- Sources Package.swift 2>/dev/null)" ]]; then
    DIRTY="true"
fi

python3 - "$RAW" "$RESULTS" "$WORK" "$COMMIT" "$DIRTY" "$BASE_COUNT" "$REPEAT" "$SEED" "$GEN_HASH" <<'PY'
import datetime, json, os, platform, statistics, sys

raw, results, work, commit, dirty, base_count, repeat, seed, gen_hash = sys.argv[1:]
base_count, repeat = int(base_count), int(repeat)
MB = 1e6

def corpus_stats(n):
    files = total = 0
    for d, _, fs in os.walk(os.path.join(work, "corpus-%d" % n)):
        for f in fs:
            if f.endswith((".html", ".htm")):
                files += 1
                total += os.path.getsize(os.path.join(d, f))
    return files, total

def parse_time(path):
    info = {}
    with open(path, errors="replace") as fh:
        for line in fh:
            key, sep, val = line.strip().rpartition(": ")
            if not sep:
                continue
            if key.startswith("Elapsed (wall clock) time"):
                secs = 0.0
                for part in val.split(":"):
                    secs = secs * 60 + float(part)
                info["wall_s"] = secs
            elif key == "Maximum resident set size (kbytes)":
                info["max_rss_kb"] = int(val)
            elif key == "User time (seconds)":
                info["user_s"] = float(val)
            elif key == "System time (seconds)":
                info["sys_s"] = float(val)
            elif key == "Percent of CPU this job got":
                info["cpu_percent"] = int(val.rstrip("%") or 0)
    if "wall_s" not in info or "max_rss_kb" not in info:
        raise SystemExit("could not read wall time / max RSS from %s" % path)
    return info

def cpu_model():
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"

def mem_total_gb():
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) * 1024 / 1e9, 1)
    except OSError:
        return None

baseline_runs, gleaner_runs = {}, {}
with open(raw) as fh:
    for line in fh:
        kind, n, w, rep, rc, path = line.rstrip("\n").split("\t")
        n, w, rep, rc = int(n), int(w), int(rep), int(rc)
        if kind == "baseline":
            with open(path) as f:
                r = json.load(f)
            baseline_runs.setdefault(w, []).append(r)
        else:
            r = parse_time(path + ".time")
            r["exit_code"] = rc
            r["rep"] = rep
            if os.path.exists(path + ".manifest.json"):
                with open(path + ".manifest.json") as f:
                    m = json.load(f)
                r["manifest"] = {k: m.get(k) for k in ("inputs", "articles", "duplicates", "errors",
                                                       "errors_by_stage", "bytes_read", "seconds")}
            gleaner_runs.setdefault((n, w), []).append(r)

counts = sorted({n for n, _ in gleaner_runs})
corpora = {}
for n in counts:
    files, total = corpus_stats(n)
    corpora[n] = {"count": n, "files": files, "bytes": total, "mb": round(total / MB, 2)}

baseline = {}
for t, runs in sorted(baseline_runs.items()):
    secs = statistics.median(r["seconds"] for r in runs)
    b = runs[0]["bytes"]
    baseline[t] = {"corpus": base_count, "threads": t, "files": runs[0]["files"], "bytes": b,
                   "median_seconds": round(secs, 4), "mb_per_s": round(b / MB / secs, 2),
                   "articles_per_s": round(runs[0]["files"] / secs, 1),
                   "runs": runs}

gleaner = {}
for (n, w), runs in sorted(gleaner_runs.items()):
    c = corpora[n]
    wall = statistics.median(r["wall_s"] for r in runs)
    rss_kb = statistics.median(r["max_rss_kb"] for r in runs)
    # Prefer the corpus size on disk; fall back to what gleaner reports if walking failed.
    bytes_in = c["bytes"] or (runs[0].get("manifest") or {}).get("bytes_read") or 0
    gleaner[(n, w)] = {
        "corpus": n, "workers": w, "files": c["files"], "input_bytes": bytes_in,
        "median_wall_s": round(wall, 3),
        "articles_per_s": round(c["files"] / wall, 1) if wall else None,
        "mb_per_s": round(bytes_in / MB / wall, 2) if wall else None,
        "peak_rss_mb": round(rss_kb * 1024 / MB, 1),
        "exit_codes": sorted({r["exit_code"] for r in runs}),
        "runs": runs,
    }

def pct(x):
    return None if x is None else round(100.0 * x, 1)

ratios = []
for (n, w), g in sorted(gleaner.items()):
    if n == base_count and w in baseline:
        r = g["mb_per_s"] / baseline[w]["mb_per_s"]
        ratios.append({"corpus": n, "workers": w, "baseline_threads": w, "gleaner_mb_per_s": g["mb_per_s"],
                       "baseline_mb_per_s": baseline[w]["mb_per_s"], "ratio": round(r, 3),
                       "target": 0.80, "pass": r >= 0.80})

rss_growth = []
if len(counts) >= 2:
    lo, hi = counts[0], counts[-1]
    for w in sorted({w for _, w in gleaner}):
        if (lo, w) in gleaner and (hi, w) in gleaner:
            a, b = gleaner[(lo, w)]["peak_rss_mb"], gleaner[(hi, w)]["peak_rss_mb"]
            g = (b - a) / a * 100.0 if a else float("inf")
            rss_growth.append({"workers": w, "from_corpus": lo, "to_corpus": hi, "from_rss_mb": a, "to_rss_mb": b,
                               "growth_percent": round(g, 1), "target_percent": 20.0, "pass": g <= 20.0})

now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
machine = {"nproc": os.cpu_count(), "cpu_model": cpu_model(), "mem_total_gb": mem_total_gb(),
           "kernel": platform.release(), "python": platform.python_version()}
report = {
    "benchmark": "gleaner.clean-throughput/1",
    "date": now.isoformat().replace("+00:00", "Z"),
    "git_commit": commit, "git_dirty": dirty == "true",
    "machine": machine, "repeat": repeat, "statistic": "median",
    "units": {"MB": "10^6 bytes", "peak_rss_mb": "Maximum resident set size, 10^6 bytes"},
    "corpus_generator": {"seed": seed, "sha256_prefix": gen_hash},
    "corpora": [corpora[n] for n in counts],
    "baseline": [baseline[t] for t in sorted(baseline)],
    "gleaner": [gleaner[k] for k in sorted(gleaner)],
    "ratios": ratios, "rss_growth": rss_growth,
}

def fmt(x, spec):
    return "n/a" if x is None else format(x, spec)

L = []
L.append("# Gleaner clean throughput")
L.append("")
L.append("- Date: %s" % report["date"])
L.append("- Commit: %s%s" % (commit, " (working tree differs)" if dirty == "true" else ""))
L.append("- Machine: %s, nproc %s, %s GB RAM, kernel %s" % (machine["cpu_model"], machine["nproc"],
                                                            machine["mem_total_gb"], machine["kernel"]))
L.append("- Each figure is the median of %d run(s). MB = 10^6 bytes. Page cache warmed before measuring." % repeat)
L.append("- Corpora: " + ", ".join("%d pages = %.1f MB" % (c["files"], c["mb"]) for c in report["corpora"])
         + " (generate_html_corpus.py, seed %s)" % seed)
L.append("")
L.append("## libxml2 parse-only baseline (inputs preloaded in memory)")
L.append("")
L.append("| corpus | threads | files | input MB | parse s | articles/s | MB/s |")
L.append("|---:|---:|---:|---:|---:|---:|---:|")
for b in report["baseline"]:
    L.append("| %d | %d | %d | %.1f | %.3f | %.0f | %.1f |" % (b["corpus"], b["threads"], b["files"], b["bytes"] / MB,
                                                         b["median_seconds"], b["articles_per_s"], b["mb_per_s"]))
L.append("")
L.append("## gleaner run --stages clean (wall time of the whole process)")
L.append("")
L.append("| corpus | workers | files | input MB | wall s | articles/s | MB/s | peak RSS MB | exit |")
L.append("|---:|---:|---:|---:|---:|---:|---:|---:|---|")
for g in report["gleaner"]:
    L.append("| %d | %d | %d | %.1f | %.2f | %s | %s | %.1f | %s |" % (
        g["corpus"], g["workers"], g["files"], g["input_bytes"] / MB, g["median_wall_s"],
        fmt(g["articles_per_s"], ".0f"), fmt(g["mb_per_s"], ".1f"), g["peak_rss_mb"],
        ",".join(map(str, g["exit_codes"]))))
L.append("")
L.append("## Targets")
L.append("")
L.append("| check | value | target | result |")
L.append("|---|---:|---:|---|")
for r in ratios:
    L.append("| gleaner MB/s (workers %d) / baseline MB/s (threads %d), corpus %d | %.0f%% | >= 80%% | %s |" % (
        r["workers"], r["baseline_threads"], r["corpus"], 100 * r["ratio"], "PASS" if r["pass"] else "FAIL"))
for r in rss_growth:
    L.append("| peak RSS growth %d -> %d pages (workers %d): %.1f -> %.1f MB | %+.1f%% | <= 20%% | %s |" % (
        r["from_corpus"], r["to_corpus"], r["workers"], r["from_rss_mb"], r["to_rss_mb"], r["growth_percent"],
        "PASS" if r["pass"] else "FAIL"))
if not ratios and not rss_growth:
    L.append("| (no comparable measurements) | | | |")
notes = []
for g in report["gleaner"]:
    for r in g["runs"]:
        m = r.get("manifest")
        if m and m.get("inputs") is not None and m["inputs"] != g["files"]:
            notes.append("corpus %d workers %d run %d: manifest inputs=%s but corpus has %d files"
                         % (g["corpus"], g["workers"], r["rep"], m["inputs"], g["files"]))
        if m and m.get("errors"):
            notes.append("corpus %d workers %d run %d: %s document error(s) %s"
                         % (g["corpus"], g["workers"], r["rep"], m["errors"], m.get("errors_by_stage") or ""))
        if not m:
            notes.append("corpus %d workers %d run %d: no manifest.json written" % (g["corpus"], g["workers"], r["rep"]))
if notes:
    L.append("")
    L.append("## Notes")
    L.append("")
    seen = set()
    for n in notes:
        if n not in seen:
            seen.add(n)
            L.append("- " + n)
md = "\n".join(L) + "\n"

os.makedirs(results, exist_ok=True)
with open(os.path.join(results, "clean-throughput.md"), "w") as fh:
    fh.write(md)
with open(os.path.join(results, "clean-throughput.json"), "w") as fh:
    json.dump(report, fh, indent=2)
    fh.write("\n")
sys.stdout.write(md)
PY
log "wrote $RESULTS/clean-throughput.md and $RESULTS/clean-throughput.json (raw runs: $RUNS)"
