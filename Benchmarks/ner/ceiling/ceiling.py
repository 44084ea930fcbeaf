"""spaCy side of the NER ceiling check (see run.sh and results.md).

    python ceiling.py convert EXPORTED.conll OUT.spacy   # gold of `gleaner-train-ner export` -> DocBin
    python ceiling.py predict MODEL_DIR EXPORTED.conll OUT.conll  # tags the same tokens -> `external` input

The exported files hold `word<TAB>BIO-tag` lines, a blank line after each sentence and a
`-DOCSTART-<TAB>O` line before each pseudo-document. Every sentence becomes one Doc built from
the given words (no re-tokenisation); predictions keep the exported layout token for token.
"""

import sys

import spacy
from spacy.tokens import Doc, DocBin, Span

MARKER = "-DOCSTART-"


def sentences(path):
    """Yields (words, tags) per sentence; `-DOCSTART-` lines are skipped."""
    words, tags = [], []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line or line.split("\t")[0] == MARKER:
                if words:
                    yield words, tags
                    words, tags = [], []
                continue
            word, tag = line.split("\t")
            words.append(word)
            tags.append(tag)
    if words:
        yield words, tags


def make_doc(vocab, words):
    """A Doc over exactly `words`, one space between tokens."""
    return Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False])


def spans(tags):
    """(start, end, label) of BIO tags; a stray I- starts a span, as `TagSet.spans` reads them."""
    found, index = [], 0
    while index < len(tags):
        if tags[index] == "O":
            index += 1
            continue
        label = tags[index][2:]
        end = index + 1
        while end < len(tags) and tags[end] == "I-" + label:
            end += 1
        found.append((index, end, label))
        index = end
    return found


def convert(source, target):
    nlp = spacy.blank("en")
    docbin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"])
    count = 0
    for words, tags in sentences(source):
        doc = make_doc(nlp.vocab, words)
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in spans(tags)]
        docbin.add(doc)
        count += 1
    docbin.to_disk(target)
    print(f"{source}: {count} sentences -> {target}")


def predict(model, source, target):
    nlp = spacy.load(model)
    with open(source, encoding="utf-8") as lines:
        layout = [line.rstrip("\n") for line in lines]
    docs = (make_doc(nlp.vocab, words) for words, _ in sentences(source))
    tagged = (tag for doc in nlp.pipe(docs, batch_size=256) for tag in bio(doc))
    with open(target, "w", encoding="utf-8") as out:
        for line in layout:
            if not line or line.split("\t")[0] == MARKER:
                out.write(line + "\n")
            else:
                out.write(line.split("\t")[0] + "\t" + next(tagged) + "\n")


def bio(doc):
    """BIO tags of a Doc's entities (its labels are the exported type names)."""
    return ["O" if token.ent_iob_ == "O" else f"{token.ent_iob_}-{token.ent_type_}" for token in doc]


if __name__ == "__main__":
    if sys.argv[1:2] == ["convert"]:
        convert(*sys.argv[2:4])
    elif sys.argv[1:2] == ["predict"]:
        predict(*sys.argv[2:5])
    else:
        sys.exit(__doc__)
