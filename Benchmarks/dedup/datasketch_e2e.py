#!/usr/bin/env python3
"""datasketch MinHash + LSH end to end, one process, one core, on the texts gleaner cleaned.

usage: datasketch_e2e.py ARTICLES.jsonl [--threshold 0.5]   (prints one JSON object)

Streaming, one document at a time: 5-word shingles (lower-cased \\w+ tokens) → MinHash(128)
with update_batch → LSH query → insert. Times everything after the texts are in memory, in wall
seconds and in CPU seconds of the process (the shared box is loaded, so CPU time is the fairer
comparison with gleaner's CPU seconds).
"""
import argparse, json, re, time

from datasketch import MinHash, MinHashLSH

parser = argparse.ArgumentParser()
parser.add_argument("articles")
parser.add_argument("--threshold", type=float, default=0.5)
args = parser.parse_args()
texts = [json.loads(line)["text"] for line in open(args.articles)]
word = re.compile(r"\w+")
start = time.perf_counter()
cpu_start = time.process_time()
lsh = MinHashLSH(threshold=args.threshold, num_perm=128)
duplicates = 0
for i, text in enumerate(texts):
    words = word.findall(text.lower())
    shingles = {" ".join(words[j:j + 5]).encode() for j in range(max(1, len(words) - 4))}
    m = MinHash(num_perm=128)
    m.update_batch(list(shingles))
    if lsh.query(m):
        duplicates += 1
    lsh.insert(str(i), m)
elapsed = time.perf_counter() - start
cpu = time.process_time() - cpu_start
print(json.dumps({"docs": len(texts), "seconds": round(elapsed, 3), "docs_per_second": round(len(texts) / elapsed),
                  "cpu_seconds": round(cpu, 3), "docs_per_cpu_second": round(len(texts) / cpu),
                  "flagged": duplicates, "bands_rows": [lsh.b, lsh.r]}))
