#!/usr/bin/env python3
"""Extraction benchmark: Gleaner vs trafilatura on ../shared/data/extraction-dev.

Builds nothing (run.sh does that). Runs `gleaner run --stages clean --workers 1` over the
pages, maps each article line back to its page id, scores body text with
../shared/tools/extraction_eval.py on two halves split by a stable hash of the id (tune on
"tuning", report "held-out" as the guard against fitting), scores metadata, and runs
trafilatura (`extract(html)`, default settings, one process) on the same pages for its score
and pages/s. Per-page predictions stay in the work directory (outside the repository);
only the summary goes to results.md.
"""
import argparse, gzip, hashlib, json, os, re, subprocess, sys, time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DATA = Path(os.environ.get("EXTRACTION_DEV", REPO.parent / "shared/data/extraction-dev"))
EVAL = Path(os.environ.get("EXTRACTION_EVAL", REPO.parent / "shared/tools/extraction_eval.py"))


def half(page_id):
    """Stable split: the first byte of SHA-1(id) decides; even = tuning, odd = held-out."""
    return "tuning" if hashlib.sha1(page_id.encode()).digest()[0] % 2 == 0 else "held-out"


def norm_ws(s):
    return re.sub(r"\s+", " ", s or "").strip().lower()


def norm_name(s):
    return re.sub(r"[^\w ]+", " ", (s or "").lower()).split()


def author_match(pred, gold):
    """A match when some predicted author's words all appear in the gold author string."""
    gold_words = set(norm_name(gold))
    return any(norm_name(a) and set(norm_name(a)) <= gold_words for a in pred)


def score_body(gold_all, preds, ids, work, name):
    gold = {i: gold_all[i]["articleBody"] for i in ids}
    pred = {i: preds.get(i) or "" for i in ids}
    gpath, ppath, spath = work / f"gold-{name}.json", work / f"pred-{name}.json", work / f"score-{name}.json"
    gpath.write_text(json.dumps(gold))
    ppath.write_text(json.dumps(pred))
    subprocess.run([sys.executable, str(EVAL), "--gold", str(gpath), "--pred", str(ppath), "--json", str(spath),
                    "--n-bootstrap", "0", "--per-doc", str(work / f"perdoc-{name}.jsonl")],
                   check=True, stdout=subprocess.DEVNULL)
    s = json.loads(spath.read_text())
    s = next(iter(s.values())) if "f1" not in s else s
    empty = sum(1 for i in ids if not (pred[i] or "").strip() and gold[i].strip())
    return {"f1": s.get("f1"), "precision": s.get("precision"), "recall": s.get("recall"), "empty": empty,
            "n": len(ids)}


def score_meta(gold_all, metas, ids):
    t = d = dn = a = an = inv = invn = 0
    for i in ids:
        g, m = gold_all[i], metas.get(i) or {}
        if g.get("title"):
            t += norm_ws(m.get("title")) == norm_ws(g["title"])
        if g.get("publish_date"):
            dn += 1
            d += (m.get("published") or "")[:10] == g["publish_date"][:10]
        if g.get("author"):
            an += 1
            a += author_match(m.get("authors") or [], g["author"])
        else:
            invn += 1
            inv += bool(m.get("authors"))
    tn = sum(1 for i in ids if gold_all[i].get("title"))
    pct = lambda x, n: (100.0 * x / n) if n else 0.0
    return {"title": pct(t, tn), "date": pct(d, dn), "author": pct(a, an), "invented": pct(inv, invn)}


def articles_file(out):
    """`OUTPUT/articles.jsonl`, or the newest run's copy when runs are kept under `OUTPUT/runs/`."""
    direct = out / "articles.jsonl"
    if direct.exists():
        return direct
    runs = sorted((out / "runs").glob("*/articles.jsonl"))
    if not runs:
        sys.exit(f"no articles.jsonl under {out}")
    return runs[-1]


def run_gleaner(binary, work):
    out = work / "gleaner-out"
    subprocess.run(["rm", "-rf", str(out)], check=True)
    start = time.perf_counter()
    proc = subprocess.run([str(binary), "run", "--input", str(DATA / "html"), "--output", str(out),
                           "--stages", "clean", "--workers", "1", "--quiet"])
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"gleaner run failed with status {proc.returncode}")
    texts, metas = {}, {}
    for line in articles_file(out).read_text().split("\n"):
        if not line.strip():
            continue
        rec = json.loads(line)
        path = rec.get("source", {}).get("path") or ""
        page_id = Path(path).name.split(".")[0]
        texts[page_id] = rec.get("text") or ""
        metas[page_id] = rec.get("meta") or {}
    return texts, metas, elapsed


def run_trafilatura(ids, work, reuse):
    cache = work / "trafilatura.json"
    if reuse and cache.exists():
        return json.loads(cache.read_text())
    import trafilatura
    from trafilatura import extract
    htmls = {}
    for i in ids:
        raw = gzip.decompress((DATA / "html" / f"{i}.html.gz").read_bytes())
        try:
            htmls[i] = raw.decode("utf-8")
        except UnicodeDecodeError:
            htmls[i] = raw.decode("latin-1")
    texts = {}
    start = time.perf_counter()
    for i in ids:
        try:
            texts[i] = extract(htmls[i]) or ""
        except Exception:
            texts[i] = ""
    elapsed = time.perf_counter() - start
    metas = {}
    for i in ids:
        try:
            md = trafilatura.extract_metadata(htmls[i])
        except Exception:
            md = None
        authors = [a.strip() for a in re.split(r";", md.author)] if md and md.author else []
        metas[i] = {"title": md.title if md else None, "published": md.date if md else None, "authors": authors}
    result = {"texts": texts, "metas": metas, "elapsed": elapsed, "version": trafilatura.__version__}
    cache.write_text(json.dumps(result))
    return result


def fmt(s):
    return f"{s['f1']:.3f} | {s['precision']:.3f} | {s['recall']:.3f} | {s['empty']}"


LOAD = os.getloadavg()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--reuse-trafilatura", action="store_true", help="reuse the cached trafilatura run (tuning only)")
    ap.add_argument("--results", default=str(HERE / "results.md"))
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    gold = json.loads((DATA / "gold.json").read_text())
    ids = sorted(gold)
    halves = {"tuning": [i for i in ids if half(i) == "tuning"], "held-out": [i for i in ids if half(i) == "held-out"],
              "all": ids}
    g_texts, g_metas, g_elapsed = run_gleaner(Path(args.binary), work)
    traf = run_trafilatura(ids, work, args.reuse_trafilatura)
    g_pps, t_pps = len(ids) / g_elapsed, len(ids) / traf["elapsed"]
    lines = ["# Extraction benchmark (extraction-dev, 955 pages)", "",
             f"Generated by `Benchmarks/extraction/run.sh` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. "
             "Body: shingle F1/P/R from `extraction_eval.py`; *empty* = pages with no text where gold has some. "
             "Halves: SHA-1(id) first byte even = tuning, odd = held-out (rules are tuned on the tuning half only).",
             "", "| half | pages | Gleaner F1 | P | R | empty | trafilatura F1 | P | R | empty |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    summary = {}
    for name, sub in halves.items():
        gs = score_body(gold, g_texts, sub, work, f"gleaner-{name}")
        ts = score_body(gold, traf["texts"], sub, work, f"trafilatura-{name}")
        summary[name] = {"gleaner": gs, "trafilatura": ts}
        lines.append(f"| {name} | {len(sub)} | {fmt(gs)} | {fmt(ts)} |")
        print(f"{name:9} gleaner F1 {gs['f1']:.4f} P {gs['precision']:.4f} R {gs['recall']:.4f} empty {gs['empty']}"
              f" | trafilatura F1 {ts['f1']:.4f} P {ts['precision']:.4f} R {ts['recall']:.4f} empty {ts['empty']}")
    lines += ["", "## Metadata (% of pages with gold for the field)", "",
              "| half | tool | title exact | date exact day | author match | author invented (gold has none) |",
              "| --- | --- | --- | --- | --- | --- |"]
    for name, sub in halves.items():
        for tool, metas in (("Gleaner", g_metas), ("trafilatura", traf["metas"])):
            m = score_meta(gold, metas, sub)
            lines.append(f"| {name} | {tool} | {m['title']:.1f} | {m['date']:.1f} | {m['author']:.1f} | {m['invented']:.1f} |")
            print(f"{name:9} {tool:11} title {m['title']:.1f} date {m['date']:.1f} author {m['author']:.1f} "
                  f"invented {m['invented']:.1f}")
    from analyze import categories  # analyze.py imports this module, so only here
    found = {name: categories(sub, gold, g_metas, False) for name, sub in halves.items() if name != "all"}
    lines += ["", "### Gleaner's metadata misses by cause (`analyze.py categories`)", "",
              "Counted from the pages' own tags; *gold convention* rows are pages where the page states a value "
              "and the gold chose another one, so no general rule can match both. Author rows: *missed* = we give "
              "no author, *wrong* = we give another name; an *author-marked element* is one whose class, id, rel or "
              "itemprop holds author, byline, writer, contributor or creator; the site's own name is og:site_name, "
              "the title's site part or the host name.", "",
              "| field | cause | tuning | held-out |", "| --- | --- | --- | --- |"]
    for field in ("title", "date", "author", "invented"):
        causes = sorted({c for f in found.values() for c in f[field]},
                        key=lambda c: -sum(f[field][c] for f in found.values()))
        for cause in causes:
            lines.append(f"| {field} | {cause} | {found['tuning'][field][cause]} | {found['held-out'][field][cause]} |")
    lines += ["", "## Speed (one worker / one process, same pages, same run)", "",
              "| tool | seconds | pages/s |", "| --- | --- | --- |",
              f"| Gleaner (`gleaner run --workers 1 --stages clean`, wall time incl. start-up, gzip, output) | "
              f"{g_elapsed:.2f} | {g_pps:.1f} |",
              f"| trafilatura {traf['version']} (`extract(html)` on decoded strings, extract calls only) | "
              f"{traf['elapsed']:.2f} | {t_pps:.1f} |", "",
              f"Speed ratio Gleaner / trafilatura: **{g_pps / t_pps:.1f}×**" +
              (" (trafilatura timing reused from an earlier run)" if args.reuse_trafilatura else ""), "",
              f"Load average when the run started: {LOAD[0]:.2f} (2-core machine shared with other jobs; "
              "both tools ran in the same run, so the ratio is the figure to quote).", "",
              "trafilatura metadata comes from `trafilatura.extract_metadata(html)` (not timed). "
              "Author match: some predicted author's words are all in the gold author string. "
              "Date: first 10 characters equal. Title: equal after collapsing whitespace and lowercasing.", ""]
    print(f"speed gleaner {g_pps:.1f} p/s, trafilatura {t_pps:.1f} p/s, ratio {g_pps / t_pps:.2f}")
    results = Path(args.results)
    # Keep the sections other scripts write (heldout.sh's "Held-out news pages").
    kept = results.read_text().split("\n## Held-out news pages", 1) if results.exists() else []
    tail = "\n## Held-out news pages" + kept[1] if len(kept) == 2 else ""
    results.write_text("\n".join(lines) + tail)


if __name__ == "__main__":
    main()
