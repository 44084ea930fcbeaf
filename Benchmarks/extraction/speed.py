#!/usr/bin/env python3
"""Cleaning speed: Gleaner's clean stage against resiliparse on ../shared/data/extraction-dev.

Run by speed.sh with the Python of the resiliparse venv (Benchmarks/work/resiliparse-venv).
resiliparse runs in this process: `HTMLTree.parse(html)` + `extract_plain_text(tree,
main_content=True)` on pages decoded to str beforehand (UTF-8, else Latin-1, as bench.py does
for trafilatura); only those two calls are timed. Gleaner runs as `gleaner run --stages clean`
with `--workers 1` and `--workers N` (N = all cores), timed as wall time of the whole process
(start-up, reading, gunzip, decoding, cleaning, writing). The three are interleaved, repeat
after repeat, and the medians are compared. The table replaces the section that starts with
SECTION at the end of results.md (or is appended when there is none).
"""
import argparse, gzip, os, re, resource, statistics, subprocess, sys, time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DATA = Path(os.environ.get("EXTRACTION_DEV", REPO.parent / "shared/data/extraction-dev"))
SECTION = "## Speed against resiliparse"


def load_pages(directory=None):
    pages = []
    for path in sorted((directory or DATA / "html").glob("*.html.gz")):
        raw = gzip.decompress(path.read_bytes())
        try:
            pages.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            pages.append(raw.decode("latin-1"))
    return pages


def time_resiliparse(pages):
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    start = time.perf_counter()
    cpu = time.process_time()
    for html in pages:
        extract_plain_text(HTMLTree.parse(html), main_content=True)
    return time.perf_counter() - start, time.process_time() - cpu


def time_gleaner(binary, workers, out):
    subprocess.run(["rm", "-rf", str(out)], check=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([str(binary), "run", "--input", str(DATA / "html"), "--output", str(out),
                           "--stages", "clean", "--workers", str(workers), "--quiet"])
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"gleaner run failed with status {proc.returncode}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def write_section(results, text):
    """Replaces this script's section (up to the next "## " heading, which other scripts own),
    or appends it."""
    old = results.read_text() if results.exists() else ""
    at = old.find("\n" + SECTION)
    head = old[:at + 1] if at >= 0 else (old if old.endswith("\n") or not old else old + "\n")
    after = old.find("\n## ", at + 1) if at >= 0 else -1
    tail = old[after:] if after >= 0 else ""
    results.write_text(head + ("\n" if head and not head.endswith("\n\n") else "") + text + tail)


# (label, regex on the symbol, indent): the first row is the whole program.
PARTS = [
    ("whole process (start-up, threads, everything below)", r"PROGRAM TOTALS", 0),
    ("reader thread: read + SHA-256 + gunzip + charset decoding", r"InputReaderV0A3RunE16readWithIdentity", 1),
    ("gunzip (zlib inflate + CRC, output buffer)", r"GzipDecompressorO10decompress", 2),
    ("SHA-256 of the file (document identity)", r"DocumentIdentityV12relativePath9diskBytes", 2),
    ("charset sniffing + UTF-8 validation", r"CharsetDecoderO6decode_6format", 2),
    ("clean (HTMLCleaner.run)", r"HTMLCleanerO3run\d+_\w+LL_7explain", 1),
    ("mojibake check", r"MojibakeRepairO8repaired", 2),
    ("script/style elision pre-pass + tree check", r"RawTextElisionO5elide|RawTextElisionO6verify", 2),
    ("libxml2 parse (htmlReadMemory)", r"^htmlReadMemory$", 2),
    ("libxml2 free (xmlFreeDoc)", r"^xmlFreeDoc$", 2),
    ("walk (PageWalker: elements, attributes, text)", r"PageWalkerV4walk", 2),
    ("class/id/attribute reading (NodeAttributes)", r"NodeAttributesV_5cache", 3),
    ("assemble (ArticleAssembler: selection, rules, metadata)", r"ArticleAssemblerV8assemble7explain\w*_tF$", 2),
    ("content selection + block rules (ContentSelector)", r"ContentSelectorV8elements6blocks5fixed", 3),
    ("metadata resolution (Metadata/: resolver, JSON-LD)", r"MetadataResolverO7resolve|JSONLDArticleV7scripts", 3),
    ("output: JSON line encoding + write", r"SinkC5write\w*JSONLinesWriter", 1),
]


def inclusive_counts(path):
    out = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", path],
                         capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines():
        m = re.match(r"\s*([\d,]+)\s+\([\s\d.]+%\)\s+(.*)$", line)
        if not m:
            continue
        count = int(m.group(1).replace(",", ""))
        name = m.group(2)
        if name != "PROGRAM TOTALS":
            name = re.sub(r"\s+\[[^\]]*\]$", "", name).split(":", 1)[-1]
        rows.append((count, name))
    return rows


def profile_table(path, pages, resiliparse):
    """The callgrind breakdown as markdown; `resiliparse` holds the callgrind files of the
    resiliparse loop run with nothing, parse only, and parse + extract (or is empty)."""
    rows = inclusive_counts(path)
    total = next(c for c, n in rows if n == "PROGRAM TOTALS")
    lines = [f"### Where Gleaner's time goes (callgrind, `--workers 1`, {pages} pages spread over the set)", "",
             "Instructions per page, inclusive (a row contains the indented rows below it). "
             "Instruction counts are repeatable here; they are not times, so read them as shares.", "",
             "| part | M instructions / page | share |", "| --- | --- | --- |"]
    for label, pattern, indent in PARTS:
        alternatives = [alt for alt in pattern.split("|") if any(re.search(alt, n) for _, n in rows)]
        if not alternatives:
            continue
        # Several symbols (thunks, specialisations) can match one function: the outermost is the
        # largest; a part made of distinct functions (`|`) is their sum.
        count = sum(max(c for c, n in rows if re.search(alt, n)) for alt in alternatives)
        name = ("&nbsp;" * 4 * indent) + label
        lines.append(f"| {name} | {count / pages / 1e6:.1f} | {100 * count / total:.0f} % |")
    if resiliparse:
        none, parse, extract = (next(c for c, n in inclusive_counts(f) if n == "PROGRAM TOTALS") for f in resiliparse)
        lines += ["", "The same pages through resiliparse under callgrind (the Python loop run three times: "
                  "decoding only, + `HTMLTree.parse`, + `extract_plain_text`):", "",
                  "| resiliparse part | M instructions / page |", "| --- | --- |",
                  f"| Lexbor parse (`HTMLTree.parse`) | {(parse - none) / pages / 1e6:.1f} |",
                  f"| `extract_plain_text(main_content=True)` | {(extract - parse) / pages / 1e6:.1f} |",
                  f"| both | {(extract - none) / pages / 1e6:.1f} |"]
    return "\n".join(lines)


def resiliparse_loop(mode, directory):
    """Decodes every page of `directory`, then parses (`parse`) or parses and extracts (`extract`)
    each, or nothing more (`none`): three runs under callgrind give the cost of each step."""
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    pages = load_pages(Path(directory))
    for html in pages:
        if mode == "parse":
            HTMLTree.parse(html)
        elif mode == "extract":
            extract_plain_text(HTMLTree.parse(html), main_content=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary")
    ap.add_argument("--work")
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--results", default=str(HERE / "results.md"))
    ap.add_argument("--callgrind", default="", help="callgrind file of a `--workers 1` run: add the breakdown")
    ap.add_argument("--profile-pages", type=int, default=0, help="pages in the callgrind run")
    ap.add_argument("--resiliparse-callgrind", nargs=3, default=[], metavar=("NONE", "PARSE", "EXTRACT"),
                    help="callgrind files of `speed.py --resiliparse-loop` with none, parse, extract")
    ap.add_argument("--resiliparse-loop", nargs=2, metavar=("MODE", "DIR"), help="only run the loop (for callgrind)")
    args = ap.parse_args()
    if args.resiliparse_loop:
        resiliparse_loop(*args.resiliparse_loop)
        return
    from importlib.metadata import version
    cores = os.cpu_count() or 1
    pages = load_pages()
    n = len(pages)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()
    runs = {"resiliparse": [], "gleaner-1": [], f"gleaner-{cores}": []}
    time_resiliparse(pages[:50])  # warm-up: imports, first allocations
    for repeat in range(args.repeats):
        runs["resiliparse"].append(time_resiliparse(pages))
        runs["gleaner-1"].append(time_gleaner(args.binary, 1, work / "speed-out"))
        runs[f"gleaner-{cores}"].append(time_gleaner(args.binary, cores, work / "speed-out"))
        print(f"repeat {repeat + 1}: " + ", ".join(f"{k} {v[-1][0]:.2f} s wall / {v[-1][1]:.2f} s CPU"
                                                for k, v in runs.items()), flush=True)
    load_after = os.getloadavg()
    med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in runs.items()}
    best = {k: min(w for w, _ in v) for k, v in runs.items()}
    pps = {k: n / w for k, (w, _) in med.items()}
    ratio = {k: pps[k] / pps["resiliparse"] for k in runs}
    best_ratio = {k: best["resiliparse"] / best[k] for k in runs}
    labels = {
        "resiliparse": f"resiliparse {version('resiliparse')}, one process (`HTMLTree.parse` + "
                       "`extract_plain_text(main_content=True)` on decoded strings, those calls only)",
        "gleaner-1": "Gleaner `gleaner run --stages clean --workers 1` (whole process: start-up, read, gunzip, "
                     "decode, clean, write)",
        f"gleaner-{cores}": f"Gleaner `gleaner run --stages clean --workers {cores}` (all cores, whole process)",
    }
    all_cores = f"gleaner-{cores}"
    lines = [SECTION, "",
             f"Generated by `Benchmarks/extraction/speed.sh` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} "
             f"over the {n} pages of extraction-dev; {args.repeats} interleaved repeats.", "",
             "| tool | wall s (median) | wall s (best) | CPU s (median) | pages/s (median wall) | "
             "ratio to resiliparse (median) | ratio (best) |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for k in runs:
        lines.append(f"| {labels[k]} | {med[k][0]:.2f} | {best[k]:.2f} | {med[k][1]:.2f} | {pps[k]:.0f} | "
                     f"{ratio[k]:.2f}× | {best_ratio[k]:.2f}× |")
    lines += ["",
              f"Ratio Gleaner (all {cores} cores) / resiliparse: **{ratio[all_cores]:.2f}×** on medians, "
              f"{best_ratio[all_cores]:.2f}× on best runs (target 0.9×); Gleaner (1 worker) / resiliparse: "
              f"**{ratio['gleaner-1']:.2f}×**.", "",
              f"Load average at start / end: {load[0]:.2f} / {load_after[0]:.2f} ({cores}-core machine shared with "
              "other jobs; the three ran interleaved, so the ratios are the figures to quote). resiliparse uses one "
              f"core; Gleaner with {cores} workers needs every core, so a job on the other core costs it, not "
              "resiliparse: the best runs are the uncontended figure. Gleaner's figures include process start-up "
              "and writing `articles.jsonl`; resiliparse's exclude reading, gunzip and decoding. `run.sh` keeps "
              "this section when it rewrites the file above it.", ""]
    if args.callgrind:
        lines += [profile_table(args.callgrind, args.profile_pages, args.resiliparse_callgrind), ""]
    text = "\n".join(lines)
    print(text)
    write_section(Path(args.results), text)


if __name__ == "__main__":
    main()
