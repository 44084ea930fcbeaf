#!/usr/bin/env python3
"""Validate a Gleaner run against the JSON Schemas in this folder.

    python3 Schemas/validate_output.py OUTPUT_DIR          # the run OUTPUT_DIR/latest points to
    python3 Schemas/validate_output.py OUTPUT_DIR/runs/RUN # one run

Checks every line of articles.jsonl and errors.jsonl and manifest.json with a real
draft 2020-12 validator (the `jsonschema` package), that the manifest adds up:
inputs == articles + duplicates + errors == the sum of outcomes, and those counts match the
files' lines, that every duplicate points at an id of this run or of an earlier run under the
same OUTPUT_DIR/runs/, and that entity mentions are in-order, non-empty spans of their
article's text.
Exits 0 when everything holds, 1 with the first problems listed otherwise.
"""
import json
import pathlib
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:  # pragma: no cover
    sys.exit("validate_output.py needs the jsonschema package: pip install jsonschema")

HERE = pathlib.Path(__file__).resolve().parent


def validator(name):
    schema = json.loads((HERE / name).read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = pathlib.Path(sys.argv[1])
    if (out / "latest").is_dir():
        out = (out / "latest").resolve()
    problems = []
    counts = {}
    for file_name, schema_name in [("articles.jsonl", "article.schema.json"), ("errors.jsonl", "error.schema.json")]:
        check = validator(schema_name)
        lines = (out / file_name).read_text(encoding="utf-8").splitlines()
        counts[file_name] = lines
        for number, line in enumerate(lines, 1):
            for error in check.iter_errors(json.loads(line)):
                problems.append(f"{file_name}:{number}: {error.json_path}: {error.message}")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for error in validator("manifest.schema.json").iter_errors(manifest):
        problems.append(f"manifest.json: {error.json_path}: {error.message}")

    articles = [json.loads(line) for line in counts["articles.jsonl"]]
    duplicates = sum(1 for a in articles if a["dedup"]["status"] in ("exact_duplicate", "near_duplicate"))
    expected = {
        "articles": len(articles) - duplicates,
        "duplicates": duplicates,
        "errors": len(counts["errors.jsonl"]),
    }
    for key, value in expected.items():
        if manifest.get(key) != value:
            problems.append(f"manifest.json: {key} is {manifest.get(key)} but the files hold {value}")
    if manifest.get("inputs") != manifest.get("articles", 0) + manifest.get("duplicates", 0) + manifest.get("errors", 0):
        problems.append("manifest.json: inputs != articles + duplicates + errors")
    if manifest.get("inputs") != sum(manifest.get("outcomes", {}).values()):
        problems.append("manifest.json: the outcomes do not add up to inputs")
    if manifest.get("empty") != (manifest.get("inputs") == 0):
        problems.append("manifest.json: empty is not inputs == 0")
    ids = [a["id"] for a in articles]
    if len(ids) != len(set(ids)):
        problems.append("articles.jsonl: ids are not unique")
    known = set(ids)
    runs = out.parent
    earlier = sorted(p for p in runs.iterdir() if p.is_dir() and not p.name.startswith(".") and p.name < out.name) \
        if runs.name == "runs" else []
    for run in earlier:
        with open(run / "articles.jsonl", encoding="utf-8") as lines:
            known.update(json.loads(line)["id"] for line in lines)
    for a in articles:
        target = a["dedup"]["duplicate_of"]
        if target is not None and target not in known:
            problems.append(f"articles.jsonl: {a['source']['path']} is a duplicate of unknown id {target}")

    for a in articles:
        length = len(a["text"])  # Python strings index code points, like the offsets
        for entity in a.get("entities", []):
            for start, end in entity["mentions"]:
                if not 0 <= start < end <= length or a["text"][start:end].strip() != a["text"][start:end]:
                    problems.append(
                        f"articles.jsonl: {a['source']['path']}: mention [{start}, {end}] of {entity['text']!r} "
                        f"is not a span of the text"
                    )
            if entity["mentions"] != sorted(entity["mentions"]):
                problems.append(f"articles.jsonl: {a['source']['path']}: mentions of {entity['text']!r} not in order")

    if problems:
        print(f"{out}: {len(problems)} problem(s)")
        for problem in problems[:50]:
            print("  " + problem)
        sys.exit(1)
    print(f"{out}: {len(articles)} article lines, {len(counts['errors.jsonl'])} error lines and the manifest are valid "
          f"(inputs {manifest['inputs']} = {manifest['articles']} articles + {manifest['duplicates']} duplicates "
          f"+ {manifest['errors']} errors)")


if __name__ == "__main__":
    main()
