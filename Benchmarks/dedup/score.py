#!/usr/bin/env python3
"""Scores a gleaner run's dedup decisions against neardup_gen.py labels.

usage: score.py LABELS.tsv OUTPUT_DIR   (prints one JSON object)

- Pairwise precision/recall: pairs of documents in the same predicted cluster (dedup.cluster)
  vs pairs in the same labelled cluster. Inputs that became errors count as singletons.
- False removals: documents marked as a duplicate (exact or near) whose duplicate_of is outside
  their labelled cluster, as a share of all documents.
"""
import collections, json, os, sys


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def main():
    labels_path, output = sys.argv[1], sys.argv[2]
    truth = {}
    with open(labels_path) as f:
        next(f)
        for line in f:
            doc, cluster = line.rstrip("\n").split("\t")
            truth[doc] = cluster
    by_id, predicted, marked = {}, {}, []
    with open(os.path.join(output, "articles.jsonl")) as f:
        for line in f:
            d = json.loads(line)
            doc = os.path.basename(d["source"]["path"]).split(".")[0]
            by_id[d["id"]] = doc
            dedup = d["dedup"]
            predicted[doc] = dedup["cluster"] or d["id"]
            if dedup["status"] in ("exact_duplicate", "near_duplicate"):
                marked.append((doc, dedup["duplicate_of"]))
    for doc in truth:
        predicted.setdefault(doc, "error:" + doc)
    cells = collections.Counter((predicted[d], truth[d]) for d in truth)
    tp = pairs(cells)
    pred_pairs = pairs(collections.Counter(predicted[d] for d in truth))
    true_pairs = pairs(collections.Counter(truth.values()))
    false_removals = sum(1 for doc, orig in marked if truth[by_id[orig]] != truth[doc])
    should_remove = len(truth) - len(set(truth.values()))
    manifest = json.load(open(os.path.join(output, "manifest.json")))
    print(json.dumps({
        "docs": len(truth),
        "precision": round(tp / pred_pairs, 4) if pred_pairs else 1.0,
        "recall": round(tp / true_pairs, 4) if true_pairs else 1.0,
        "marked": len(marked),
        "should_mark": should_remove,
        "false_removals": false_removals,
        "false_removal_rate": round(false_removals / len(truth), 5),
        "near": manifest["duplicates_by_kind"].get("near", 0),
        "exact": manifest["duplicates_by_kind"].get("exact", 0),
        "errors": manifest["errors"],
        "seconds": manifest["seconds"],
    }))


main()
