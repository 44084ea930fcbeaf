#!/usr/bin/env python3
"""ORGANIZATION noise audit of GMB dev: how much of the ORG error is the gold's.

  org_audit.py sample DUMP OUT       every third dev error that involves ORGANIZATION (gold or
                                     predicted), in dump order, numbered from 0
  org_audit.py estimate DUMP VERDICTS --tp N --fp N --fn N
                                     ORG P/R/F1 as scored, and with the errors adjudicated
                                     "gold" (the gold is wrong, the prediction exactly right)
                                     corrected, scaled from the sample to all ORG errors

DUMP is `gleaner-train-ner errors --dump FILE` (dev.tsv, shipped model). VERDICTS holds one
line per sample line: n, kind, gold, predicted (checked against the sample), verdict
(gold | system | both | unclear), the correct spans, and why. The estimate is one-sided: gold
errors on spans the tagger got "right" against it are not seen, so it is an indication of how
much of the gap to a clean gold is noise, not a score.
"""
import argparse
import json
import sys


def org_errors(dump):
    rows = [json.loads(line) for line in open(dump, encoding="utf-8")]
    return [r for r in rows if "ORGANIZATION" in (r.get("gold") or "") + (r.get("predicted") or "")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["sample", "estimate"])
    ap.add_argument("dump")
    ap.add_argument("file")
    ap.add_argument("--tp", type=int)
    ap.add_argument("--fp", type=int)
    ap.add_argument("--fn", type=int)
    args = ap.parse_args()
    errors = org_errors(args.dump)
    sample = errors[0::3]
    if args.command == "sample":
        with open(args.file, "w", encoding="utf-8") as out:
            for n, row in enumerate(sample):
                out.write(json.dumps(dict(row, n=n), ensure_ascii=False) + "\n")
        print(f"{len(errors)} ORG errors, {len(sample)} sampled")
        return
    verdicts = [json.loads(line) for line in open(args.file, encoding="utf-8")]
    if len(verdicts) != len(sample) or any(
        v["kind"] != s["kind"] or v.get("gold") != s.get("gold") or v.get("predicted") != s.get("predicted")
        for v, s in zip(verdicts, sample)
    ):
        sys.exit("verdicts do not match this dump's sample (another model or dev file?)")
    counts = {}
    tp_delta = fp_delta = fn_delta = 0
    for v in verdicts:
        counts[v["verdict"]] = counts.get(v["verdict"], 0) + 1
        if v["verdict"] != "gold":
            continue
        if (v.get("gold") or "").endswith("/ORGANIZATION"):
            fn_delta -= 1
        if (v.get("predicted") or "").endswith("/ORGANIZATION"):
            fp_delta -= 1
            tp_delta += 1
    scale = len(errors) / len(sample)

    def prf(tp, fp, fn):
        return tp / (tp + fp), tp / (tp + fn), 2 * tp / (2 * tp + fp + fn)

    print(f"{len(errors)} ORG errors, {len(sample)} adjudicated: " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))
    print("as scored:       P %.4f R %.4f F1 %.4f" % prf(args.tp, args.fp, args.fn))
    corrected = (args.tp + tp_delta * scale, args.fp + fp_delta * scale, args.fn + fn_delta * scale)
    print("gold corrected:  P %.4f R %.4f F1 %.4f" % prf(*corrected))


if __name__ == "__main__":
    main()
