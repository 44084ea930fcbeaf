#!/usr/bin/env python3
"""Inline-marked windows → annotations.jsonl (held-out entity set, issue 5).

Input: a working file (under Benchmarks/work/, never committed) where each window follows a line
`##### <id>` and entities are written inline as `[[surface|TYPE]]`. The marks are removed, the
result must equal the window that select.py builds from gold.json exactly (same text, same
SHA-256), and one JSON line per window is written: {id, sha256, spans: [[start, end, TYPE], ...]}
with Unicode code-point offsets (Python string indices) into the window.

It also prints, for the review pass: a surface that has two types anywhere in the set, and a
marked surface that occurs unmarked (as a whole word) elsewhere in the same window.

Set B (`--set B`) reads `marked-b.txt` and writes `annotations-b.jsonl` by default; set C
(`--set C`) reads `marked-c.txt` and writes `annotations-c.jsonl`; set D (`--set D`) reads
`marked-d.txt` and writes `annotations-d.jsonl`, its windows built from newspaper4k's texts
(`--gold` then names that folder); set E (`--set E`) reads `marked-e.txt` and writes
`annotations-e.jsonl`, its windows built from the Lee corpus's lee_background.cor (`--gold` then
names the folder holding it); set F (`--set F`) likewise reads `marked-f.txt` and writes
`annotations-f.jsonl` from the same Lee file; set G (`--set G`) reads `marked-g.txt` and writes
`annotations-g.jsonl`, its windows built from GoOse's crawler_test.go (`--gold` then names the
folder holding it); set H (`--set H`) reads `marked-h.txt` and writes `annotations-h.jsonl`, its
windows built from extract_h.py's texts of trafilatura 1.1.0's test pages (`--gold` then names
that folder).

Usage: convert.py [--set A|B|C|D|E|F|G|H] [--marked PATH] [--gold PATH] [--out PATH]
"""
import argparse
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
TYPES = ("PERSON", "ORGANIZATION", "LOCATION", "NORP")
MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)\]\]")
HEADER = re.compile(r"^##### (\S+)\n", re.MULTILINE)


def load_select():
    """select.py as a module (its name shadows the standard library's `select`)."""
    spec = importlib.util.spec_from_file_location("heldout_select", os.path.join(HERE, "select.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_marked(content: str) -> list[tuple[str, str]]:
    """(id, marked text) per window; each window's text ends before the newline that precedes
    the next header."""
    parts = HEADER.split(content)
    if parts[0].strip():
        raise ValueError("text before the first ##### header")
    return [(parts[i], parts[i + 1][:-1]) for i in range(1, len(parts), 2)]


def strip_marks(marked: str) -> tuple[str, list[list]]:
    """The plain text and the [start, end, TYPE] spans of its marks."""
    plain: list[str] = []
    spans = []
    length = 0
    position = 0
    for match in MARK.finditer(marked):
        before = marked[position : match.start()]
        plain.append(before)
        length += len(before)
        surface, kind = match.group(1), match.group(2)
        if kind not in TYPES:
            raise ValueError(f"unknown type {kind!r} for {surface!r}")
        if surface != surface.strip() or surface[0] in "\"'“‘([" or surface[-1] in "\"'”’,;:)]":
            raise ValueError(f"edge whitespace or punctuation in {surface!r}")
        spans.append([length, length + len(surface), kind])
        plain.append(surface)
        length += len(surface)
        position = match.end()
    plain.append(marked[position:])
    text = "".join(plain)
    if "[[" in text or "]]" in text:
        raise ValueError("unbalanced mark")
    return text, spans


def review(windows: list[dict], annotated: dict) -> list[str]:
    """Consistency notes for the review pass."""
    notes = []
    types_of: dict[str, set] = {}
    for window in windows:
        text = window["text"]
        spans = annotated[window["id"]]
        covered = [(start, end) for start, end, _ in spans]
        for start, end, kind in spans:
            types_of.setdefault(text[start:end], set()).add(kind)
        for surface in sorted({text[start:end] for start, end, _ in spans}):
            pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
            for match in pattern.finditer(text):
                inside = any(start <= match.start() and match.end() <= end for start, end in covered)
                if not inside:
                    notes.append(f"{window['id']}: unmarked {surface!r} at {match.start()}")
    for surface, kinds in sorted(types_of.items()):
        if len(kinds) > 1:
            notes.append(f"{surface!r} has types {sorted(kinds)}")
    return notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("A", "B", "C", "D", "E", "F", "G", "H"), default="A", dest="set_name")
    parser.add_argument("--marked", default=None)
    parser.add_argument("--gold", default=None)
    parser.add_argument("--out", default=None)
    arguments = parser.parse_args()
    suffix = "" if arguments.set_name == "A" else "-" + arguments.set_name.lower()
    arguments.marked = arguments.marked or os.path.join(ROOT, "Benchmarks", "work", "ner-heldout", f"marked{suffix}.txt")
    arguments.out = arguments.out or os.path.join(HERE, f"annotations{suffix}.jsonl")
    select = load_select()
    default_source = {"D": select.DEFAULT_NEWS, "E": select.DEFAULT_LEE, "F": select.DEFAULT_LEE,
                      "G": select.DEFAULT_GOOSE, "H": select.DEFAULT_TRAFILATURA_TEXT}.get(arguments.set_name, select.DEFAULT_GOLD)
    windows = select.build_windows(arguments.gold or default_source, arguments.set_name)
    with open(arguments.marked, encoding="utf-8") as handle:
        marked = parse_marked(handle.read())
    if [page for page, _ in marked] != [window["id"] for window in windows]:
        sys.exit("the marked file's ids differ from the selected windows (or their order)")
    annotated = {}
    lines = []
    for (page, marked_text), window in zip(marked, windows):
        text, spans = strip_marks(marked_text)
        if text != window["text"]:
            at = next((i for i, (a, b) in enumerate(zip(text, window["text"])) if a != b), None)
            at = min(len(text), len(window["text"])) if at is None else at
            sys.exit(f"{page}: text differs from the window at {at}: {text[at - 20 : at + 20]!r}")
        annotated[page] = spans
        lines.append(json.dumps({"id": page, "sha256": window["sha256"], "spans": spans}))
    with open(arguments.out, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    for note in review(windows, annotated):
        print("review:", note)
    counts: dict[str, int] = {}
    for spans in annotated.values():
        for _, _, kind in spans:
            counts[kind] = counts.get(kind, 0) + 1
    print(f"{len(lines)} windows, {sum(counts.values())} spans {counts} -> {arguments.out}")


if __name__ == "__main__":
    main()
