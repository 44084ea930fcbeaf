#!/usr/bin/env python3
"""PER+ORG+LOC F1 of a gleaner binary on the held-out sets A+B+C and D (development data now),
and on their spans pooled; one JSON line. Set E is never read. The feature templates follow
NER_CF in the environment (the binary reads it), so run it with the variant the weights were
trained with.

Usage: score_dev.py GLEANER LABEL [--news DIR]   (DIR: newspaper4k 0.9.6's tests/data/txt)
"""
import argparse
import importlib.util
import json
import os
import sys

HELDOUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout")
sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry or ".") != os.path.abspath(HELDOUT)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gleaner")
    parser.add_argument("label")
    parser.add_argument("--news", default=None)
    arguments = parser.parse_args()
    spec = importlib.util.spec_from_file_location("heldout_score", os.path.join(HELDOUT, "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    groups = {}
    for name in ("ABC", "D"):
        windows, gold = score.load_windows(None, name, arguments.news, None)
        predicted = score.gleaner_spans(arguments.gleaner, score.write_texts(windows))
        totals = [0, 0, 0]
        for page in gold:
            for k, value in enumerate(score.counts(gold[page], predicted[page], score.MAIN_TYPES)):
                totals[k] += value
        groups[name] = totals
    groups["ABCD"] = [groups["ABC"][k] + groups["D"][k] for k in range(3)]
    line = {"label": arguments.label}
    for name, totals in groups.items():
        line[name] = round(score.prf(*totals)[2], 4)
        line[name + "_counts"] = totals
    print(json.dumps(line))


if __name__ == "__main__":
    main()
