#!/usr/bin/env python3
"""Scores `gleaner extract` on the blind held-out figures set (reports.jsonl; see results.md).

  score.py prepare CORPUS_DIR TEXT_DIR   check the corpus digests, write one UTF-8 .txt per report
  score.py check CORPUS_DIR              the same checks and counts, writing nothing, running nothing
  score.py score TEXT_DIR PREDICTIONS    score the JSON lines printed by `gleaner extract TEXT_DIR/*.txt`

Metric (per kind, killed for deaths and injured for injuries, over the reports whose recorded count is
exact): the share of reports where the largest `value` among the predicted figures of that kind
equals the recorded count, with a 95% bootstrap interval; the share where the recorded count is the
value of any figure of that kind; and the reports where no figure of that kind is found.
"""
import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = {
    "lee_background.cor": "5d78d6dafd953bbf65797bef09a9ffb9ec430583381be705f8fd460000f370fb",
    "lee.cor": "a878f9a58f6743c32985c56c2f2f75988386216b38a4023a01fd3bcf7884d93e",
}
BOOTSTRAP_SAMPLES = 2000


def load_reports():
    with open(HERE / "reports.jsonl", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def text_name(report):
    return f"{Path(report['file']).stem}-{report['line']:03d}.txt"


def checked_articles(corpus, reports):
    """The article text of each report, after checking every digest; exits on any difference."""
    lines_of = {}
    for name, digest in SOURCES.items():
        path = Path(corpus) / name
        if not path.exists():
            sys.exit(f"missing {path}: run run.sh, which fetches it")
        data = path.read_bytes()
        actual = hashlib.sha256(data).hexdigest()
        if actual != digest:
            sys.exit(f"{path}: SHA-256 {actual} differs from the recorded {digest}; refusing to score")
        lines_of[name] = data.split(b"\n")
    texts = {}
    for report in reports:
        line = lines_of[report["file"]][report["line"] - 1]
        if hashlib.sha256(line).hexdigest() != report["sha256"]:
            sys.exit(f"{report['file']}:{report['line']}: the article's SHA-256 differs from reports.jsonl")
        texts[text_name(report)] = line.decode("latin-1")  # the corpus is Latin-1 (e.g. 0xA3 for the pound sign)
    return texts


def counts(reports):
    exact_deaths = sum(1 for r in reports if r["deaths"] is not None)
    exact_injuries = sum(1 for r in reports if r["injuries"] is not None)
    return f"{len(reports)} event reports; {exact_deaths} with exact deaths, {exact_injuries} with exact injuries"


def bootstrap_interval(hits):
    rng = random.Random(20260)
    n = len(hits)
    shares = sorted(sum(rng.choice(hits) for _ in range(n)) / n for _ in range(BOOTSTRAP_SAMPLES))
    return shares[int(0.025 * BOOTSTRAP_SAMPLES)], shares[int(0.975 * BOOTSTRAP_SAMPLES) - 1]


def score_kind(reports, predictions, kind, field):
    scored = [r for r in reports if r[field] is not None]
    largest_hits, any_hits, none_found, misses = [], [], [], []
    for report in scored:
        values = [f["value"] for f in predictions.get(text_name(report), []) if f["kind"] == kind]
        numbers = [v for v in values if v is not None]
        largest = max(numbers) if numbers else None
        largest_hits.append(1 if largest == report[field] else 0)
        any_hits.append(1 if report[field] in numbers else 0)
        if not values:
            none_found.append(report)
        if largest != report[field]:
            misses.append(f"{report['file']}:{report['line']} recorded {report[field]}, predicted {values}")
    n = len(scored)
    low, high = bootstrap_interval(largest_hits)
    print(f"## {kind} ({n} reports with an exact recorded count)")
    print(f"largest {kind} value == recorded: {sum(largest_hits)}/{n} = {sum(largest_hits) / n:.3f} "
          f"(95% bootstrap {low:.3f}-{high:.3f})")
    print(f"recorded value among the {kind} figures: {sum(any_hits)}/{n} = {sum(any_hits) / n:.3f}")
    print(f"no {kind} figure found: {len(none_found)}/{n}")
    for miss in misses:
        print(f"  miss: {miss}")
    print()


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "check":
        reports = load_reports()
        texts = checked_articles(sys.argv[2], reports)
        print(f"digests OK: {len(SOURCES)} source files, {len(texts)} report articles; {counts(reports)}")
    elif len(sys.argv) == 4 and sys.argv[1] == "prepare":
        reports = load_reports()
        out = Path(sys.argv[3])
        out.mkdir(parents=True, exist_ok=True)
        for name, text in checked_articles(sys.argv[2], reports).items():
            (out / name).write_text(text, encoding="utf-8")
        print(f"wrote {len(reports)} texts to {out}; {counts(reports)}")
    elif len(sys.argv) == 4 and sys.argv[1] == "score":
        reports = load_reports()
        predictions = {}
        with open(sys.argv[3], encoding="utf-8") as lines:
            for line in lines:
                item = json.loads(line)
                predictions[Path(item["path"]).name] = item["figures"]
        absent = [text_name(r) for r in reports if text_name(r) not in predictions]
        if absent:
            sys.exit(f"no prediction for {len(absent)} reports, e.g. {absent[0]}")
        print(counts(reports))
        print()
        score_kind(reports, predictions, "killed", "deaths")
        score_kind(reports, predictions, "injured", "injuries")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
