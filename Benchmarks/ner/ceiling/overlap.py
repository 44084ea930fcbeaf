"""How far two taggers' ORGANIZATION errors coincide (raw tags, exact spans), per split.

    python overlap.py WORK RUN   # WORK: exported files, RUN: the spaCy run (WORK/novectors)

Reads WORK/{dev,test}-gold.conll (scoring conventions), WORK/{split}-gleaner.conll (Gleaner's raw
tags) and RUN/{split}-spacy.conll; prints gold spans found by both, by one, by neither, and the
spurious spans of each and of both.
"""

import sys

from ceiling import sentences, spans


def span_set(path, label):
    return {(i, s, e) for i, (_, tags) in enumerate(sentences(path)) for s, e, t in spans(tags) if t == label}


def main(work, run, label="ORGANIZATION"):
    for split in ["dev", "test"]:
        gold = span_set(f"{work}/{split}-gold.conll", label)
        a = span_set(f"{work}/{split}-gleaner.conll", label)
        b = span_set(f"{run}/{split}-spacy.conll", label)
        print(
            f"{split} {label}: gold {len(gold)}, both {len(gold & a & b)}, Gleaner only {len(gold & a - b)},"
            f" spaCy only {len(gold & b - a)}, neither {len(gold - a - b)};"
            f" spurious Gleaner {len(a - gold)}, spaCy {len(b - gold)}, both {len((a - gold) & (b - gold))}"
        )


if __name__ == "__main__":
    main(*sys.argv[1:3])
