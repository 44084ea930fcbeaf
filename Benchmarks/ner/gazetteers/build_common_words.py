#!/usr/bin/env python3
"""Builds Sources/GleanerExtract/Resources/gazetteer-common-words.txt from WordNet 3.0 (Princeton
University, WordNet 3.0 licence: free use with its copyright notice). Usage, from the repository
root:

    (cd /tmp && apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wordnet)
    python3 Benchmarks/ner/gazetteers/build_common_words.py /tmp/wordnet/usr/share/wordnet

A common word is a one-word WordNet lemma (letters only, 2 or more) none of whose senses, in any
part of speech, names something: a noun synset with an instance-hypernym pointer `@i` ("China"
the country, "Bush" the president), or a capitalised lemma among the nouns for groups, places and
people ("NATO"). So "ai" (artificial intelligence), "mba", "chanting" and "apple" are common
words, "china", "jordan", "bush" and "nato" are not. The tagger uses
the list as a feature of capitalised tokens only: the model learns from the training data how far
to trust it ("Apple", "Rice" and "Hope" are names too).
"""
import os
import re
import sys

WORD = re.compile(r"^[a-z]{2,}$")
# Lexicographer files of nouns for groups, places and people: a capitalised lemma there names one
# ("NATO", "Politburo"), though WordNet gives organisations no instance pointer.
NAMING_FILES = {14, 15, 18}
OUTPUT = "Sources/GleanerExtract/Resources/gazetteer-common-words.txt"


def lemmas(directory):
    """(lemma lowercased, is an instance sense) for every sense in the data files."""
    for part in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(directory, f"data.{part}"), encoding="utf-8") as data:
            for line in data:
                if line.startswith("  "):  # licence header
                    continue
                fields = line.split(" | ")[0].split()
                count = int(fields[3], 16)
                words = [fields[4 + 2 * i] for i in range(count)]
                pointers_at = 4 + 2 * count
                pointer_count = int(fields[pointers_at])
                symbols = [fields[pointers_at + 1 + 4 * i] for i in range(pointer_count)]
                instance = "@i" in symbols
                naming = part == "noun" and int(fields[1]) in NAMING_FILES
                for word in words:
                    word = re.sub(r"\(.*\)$", "", word)
                    yield word.lower(), instance or (naming and word != word.lower())


def main(directory):
    common, named = set(), set()
    for lemma, instance in lemmas(directory):
        (named if instance else common).add(lemma)
    words = sorted(w for w in common - named if WORD.match(w))
    with open(OUTPUT, "w", encoding="utf-8") as out:
        out.write("# Common words: one-word WordNet 3.0 lemmas with no sense that names something\n")
        out.write("# (Benchmarks/ner/gazetteers/build_common_words.py). WordNet 3.0 Copyright 2006 by\n")
        out.write("# Princeton University. All rights reserved. See NOTICE for the licence.\n")
        for word in words:
            out.write(word + "\n")
    print(f"{len(words)} common words -> {OUTPUT} ({len(named)} lemmas with a named sense left out)")


if __name__ == "__main__":
    main(sys.argv[1])
