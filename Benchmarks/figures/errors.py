"""List figure errors (missed gold, false predictions) to study error classes.
usage: python3 errors.py GOLD.jsonl PRED.jsonl [kind]"""
import json, sys

def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]

def same_value(p, g):
    if g["value"] is None:
        return p.get("value") is None and (p.get("low"), p.get("high")) == (g["low"], g["high"])
    return p.get("value") == g["value"]

gold = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1], encoding="utf-8")}
pred = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[2], encoding="utf-8")}
only = sys.argv[3] if len(sys.argv) > 3 else None
for sid, g in gold.items():
    ps = pred.get(sid, {}).get("figures", [])
    used, missed = set(), []
    for gf in sorted(g["figures"], key=lambda f: f["span"]):
        hit = next((i for i, p in enumerate(ps) if i not in used and p["kind"] == gf["kind"]
                    and overlap(p["span"], gf["span"]) and same_value(p, gf)), None)
        if hit is None: missed.append(gf)
        else: used.add(hit)
    false = [p for i, p in enumerate(ps) if i not in used]
    if only:
        missed = [f for f in missed if f["kind"] == only]
        false = [f for f in false if f["kind"] == only]
    if missed or false:
        print(sid, g["text"])
        for f in missed: print("   MISS", f["kind"], f["value"], f["low"], f["high"], "|", f["text"])
        for f in false: print("   FALSE", f["kind"], f["value"], f["low"], f["high"], "|", f["text"])
