#!/bin/sh
# Figure extraction: quality on ../shared/data/figures/gmb-figures-dev.jsonl (its own scorer) and
# the cost of figures inside the extract stage (release build, one core, medians of 9 passes, thread CPU time) on
# two article sets built in /tmp at run time (the data is never copied into the repository):
#   - the 955 article bodies of ../shared/data/extraction-dev/gold.json (real news pages);
#   - gmb/test.tsv rebuilt into 40-sentence articles (VOA wire copy, dense in numbers).
set -eu
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
WORK=${TMPDIR:-/tmp}/gleaner-figures-bench
mkdir -p "$WORK"
swift build -c release --product gleaner-figures-bench >/dev/null
BIN=.build/release/gleaner-figures-bench

echo "## Quality: gmb-figures-dev.jsonl"
"$BIN" predict "$SHARED/data/figures/gmb-figures-dev.jsonl" > "$WORK/predictions.jsonl"
python3 "$SHARED/data/figures/score_figures.py" "$SHARED/data/figures/gmb-figures-dev.jsonl" "$WORK/predictions.jsonl"

python3 - "$SHARED" "$WORK" <<'PY'
import json, sys
shared, work = sys.argv[1], sys.argv[2]
gold = json.load(open(f"{shared}/data/extraction-dev/gold.json", encoding="utf-8"))
with open(f"{work}/extraction-dev-bodies.jsonl", "w", encoding="utf-8") as out:
    for key, page in sorted(gold.items()):
        body = page.get("articleBody") or ""
        if body.strip():
            out.write(json.dumps({"id": key, "text": body}) + "\n")
articles, sentences, words = [], [], []
for line in open(f"{shared}/data/ner/gmb/test.tsv", encoding="utf-8"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) >= 3:
        words.append(parts[0])
    elif words:
        sentences.append(" ".join(words)); words = []
        if len(sentences) == 40:
            articles.append(" ".join(sentences)); sentences = []
if sentences: articles.append(" ".join(sentences))
with open(f"{work}/gmb-test-articles.jsonl", "w", encoding="utf-8") as out:
    for index, text in enumerate(articles):
        out.write(json.dumps({"id": str(index), "text": text}) + "\n")
PY

echo
echo "## Speed: extract stage with and without figures (one core)"
for set in extraction-dev-bodies gmb-test-articles; do
    printf '%s: ' "$set"
    taskset -c 0 "$BIN" time "$WORK/$set.jsonl" 9
done

echo
echo "## Negative sentences (no gold figure) that get a predicted figure"
python3 - "$SHARED/data/figures/gmb-figures-dev.jsonl" "$WORK/predictions.jsonl" <<'PY'
import json, sys
gold = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
pred = {json.loads(line)["id"]: json.loads(line) for line in open(sys.argv[2], encoding="utf-8")}
negatives = [g for g in gold if not g["figures"]]
hit = sum(1 for g in negatives if pred.get(g["id"], {}).get("figures"))
print(f"{hit} of {len(negatives)} negative sentences get a figure: {100 * (1 - hit / len(negatives)):.1f}% stay clean")
PY
