#!/usr/bin/env python3
"""Builds the blind held-out figures set from the Lee news corpus (see GUIDELINES.md).

Every one of the 350 articles (300 lines of lee_background.cor, 50 of lee.cor) was read by hand;
the table ANNOTATIONS below holds the event reports and their recorded deaths and injuries.
Articles not in the table are not event reports. No figure extractor was run on the texts.

Writes, next to this script:
  articles.tsv   every article: file, line (1-based), sha256 of the line, event_report (yes/no)
  reports.jsonl  one line per event report (file, line, sha256, deaths..., note)
The corpus text itself is never written here. Usage: select.py CORPUS_DIR
"""
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = {
    "lee_background.cor": ("5d78d6dafd953bbf65797bef09a9ffb9ec430583381be705f8fd460000f370fb", 300),
    "lee.cor": ("a878f9a58f6743c32985c56c2f2f75988386216b38a4023a01fd3bcf7884d93e", 50),
}
HUNDREDS = (200, 999)
DOZENS = (24, 99)

# (file, line): (deaths, (deaths_low, deaths_high) or None, injuries, (low, high) or None, note)
# An exact count has bounds equal to it; None with no bounds means the report gives no number.
B, L = "lee_background.cor", "lee.cor"
ANNOTATIONS = {
    (B, 2): (8, None, None, None, "troops kill militants in a gunfight"),
    (B, 3): (45, None, None, None, "national holiday road toll (series of crashes); total"),
    (B, 12): (220, None, None, HUNDREDS, "fireworks fire; over 220 dead (qualifier more_than); burns victims in the hundreds (vague)"),
    (B, 15): (3, None, None, None, "army kills militants who attacked a vehicle"),
    (B, 22): (37, None, None, None, "national holiday road toll (series of crashes); total after one more death"),
    (B, 44): (26, None, None, None, "national holiday road toll (series of crashes); total"),
    (B, 45): (1, None, 3, None, "man shot dead in a raid; one policeman and two others hurt"),
    (B, 63): (None, None, 2, None, "exchange of fire at sea; no deaths stated"),
    (B, 67): (20, None, None, HUNDREDS, "riots; at least 20 dead (qualifier); injured in the hundreds (vague)"),
    (B, 77): (20, None, None, None, "riots; toll risen to 20"),
    (B, 80): (None, None, None, DOZENS, "roof collapse; injured in the dozens (vague); 21 taken to hospital"),
    (B, 82): (1, None, None, None, "one killed in a firefight; injuries of a separate clash not counted"),
    (B, 114): (None, None, 15, None, "detention centre fires; officers treated for smoke inhalation"),
    (B, 117): (3, None, None, None, "army kills three in separate incidents; settlers wounded in other attacks not counted"),
    (B, 123): (4, None, None, None, "attempted coup; four dead, qualifier at_least"),
    (B, 144): (12, None, None, None, "attack on parliament; 12 dead, qualifier at_least"),
    (B, 145): (1, None, None, None, "hospital infection outbreak; one of four infected died"),
    (B, 182): (1, None, 1, None, "air ambulance crash; pilot killed, nurse minor injuries"),
    (B, 184): (4, None, None, None, "offensive on mountain complex; four fighters killed"),
    (B, 185): (2, None, None, None, "helicopter strike on cars; two boys dead; injured without a number"),
    (B, 189): (1, None, 1, None, "air ambulance crash; one crew dead, the other hurt"),
    (B, 209): (None, None, 18, None, "incursions and an air strike; 18 injured, qualifier at_least"),
    (B, 212): (2, None, None, None, "factory shooting; gunman and one other dead; wounded without a number"),
    (B, 213): (1, None, 2, None, "sailor shot dead by pirates; two crew injured"),
    (B, 220): (None, None, None, None, "factory shooting; up to 35 people hit, unconfirmed, dead/wounded not split"),
    (B, 221): (1, None, None, None, "clashes during a house arrest; one supporter died"),
    (B, 224): (8, None, None, None, "sectarian clashes; eight dead, qualifier at_least"),
    (B, 225): (1, None, None, None, "named sailor shot dead by pirates"),
    (B, 227): (3, None, None, None, "misdirected bomb kills three soldiers"),
    (B, 234): (8, None, 20, None, "misdirected bomb; 3 troops + 5 allied fighters killed; 20 wounded"),
    (B, 243): (None, None, 3, None, "suicide bombing; three hurt; no toll given for the bomber"),
    (B, 251): (2, None, 120, None, "air raids; two dead, about 120 injured in one city (two more slightly hurt elsewhere)"),
    (B, 269): (11, None, 19, None, "battle for an airport; 11 fighters killed, 19 injured"),
    (B, 273): (2, None, None, None, "storm; two schoolgirls killed by a tree; injured without a number"),
    (B, 278): (5, None, None, None, "soldiers kill five in two towns"),
    (L, 8): (1, None, None, None, "named militant leader killed"),
    (L, 9): (108, None, None, None, "floods; 108 dead so far"),
    (L, 10): (8, None, 9, None, "air raid; eight civilians dead, nine wounded"),
    (L, 18): (None, (None, 10000), None, None, "famine; deaths in one country hedged, upper bound 10000 (qualifier up_to)"),
    (L, 31): (1, None, None, None, "man shot dead in a parlour"),
}


def bounds(value, given):
    if given is not None:
        return given
    return (value, value) if value is not None else (None, None)


def main():
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "Benchmarks/work/lee")
    rows, reports, seen = [], [], set()
    for name, (digest, expected_lines) in SOURCES.items():
        data = (corpus / name).read_bytes()
        actual = hashlib.sha256(data).hexdigest()
        if actual != digest:
            sys.exit(f"{name}: SHA-256 {actual} differs from the recorded {digest}; not the same corpus")
        lines = data.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        if len(lines) != expected_lines:
            sys.exit(f"{name}: {len(lines)} lines, expected {expected_lines}")
        for number, line in enumerate(lines, 1):
            line_digest = hashlib.sha256(line).hexdigest()
            annotation = ANNOTATIONS.get((name, number))
            rows.append(f"{name}\t{number}\t{line_digest}\t{'yes' if annotation else 'no'}\n")
            if annotation is None:
                continue
            seen.add((name, number))
            deaths, death_bounds, injuries, injury_bounds, note = annotation
            deaths_low, deaths_high = bounds(deaths, death_bounds)
            injuries_low, injuries_high = bounds(injuries, injury_bounds)
            reports.append({
                "file": name, "line": number, "sha256": line_digest,
                "deaths": deaths, "deaths_low": deaths_low, "deaths_high": deaths_high,
                "injuries": injuries, "injuries_low": injuries_low, "injuries_high": injuries_high,
                "note": note,
            })
    missing = set(ANNOTATIONS) - seen
    if missing:
        sys.exit(f"annotations point at no article: {sorted(missing)}")
    (HERE / "articles.tsv").write_text("file\tline\tsha256\tevent_report\n" + "".join(rows), encoding="utf-8")
    with open(HERE / "reports.jsonl", "w", encoding="utf-8") as out:
        for report in reports:
            out.write(json.dumps(report) + "\n")
    exact_deaths = sum(1 for r in reports if r["deaths"] is not None)
    exact_injuries = sum(1 for r in reports if r["injuries"] is not None)
    vague = sum(1 for r in reports if r["deaths"] is None and r["deaths_high"] is not None
                or r["injuries"] is None and r["injuries_high"] is not None)
    print(f"articles read: {len(rows)}; event reports: {len(reports)}; not event reports: {len(rows) - len(reports)}")
    print(f"with exact deaths: {exact_deaths}; with exact injuries: {exact_injuries}; with a vague or hedged count: {vague}")


if __name__ == "__main__":
    main()
