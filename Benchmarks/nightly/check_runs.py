#!/usr/bin/env python3
"""Check an output directory of nightly runs after a killed run and its rerun.

    python3 check_runs.py OUTPUT REFERENCE_ARTICLES INPUT_COUNT

(a) no partial run: no .partial folder is left, every folder in runs/ holds the three files,
    its manifest's counts match its files, and latest points to a published run;
(b) every input is in exactly one published run (article or error line);
(c) the article lines of all runs, oldest first, are byte-identical to an uninterrupted run's.
Prints one line; exits 1 with the reasons when a check fails.
"""
import json
import os
import sys


def main():
    out, reference, inputs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    runs_dir = os.path.join(out, "runs")
    problems = []
    entries = sorted(os.listdir(runs_dir))
    hidden = [e for e in entries if e.startswith(".")]
    if hidden:
        problems.append(f"(a) leftovers in runs/: {hidden}")
    runs = [e for e in entries if not e.startswith(".")]
    articles = b""
    paths = []
    for run in runs:
        folder = os.path.join(runs_dir, run)
        names = sorted(os.listdir(folder))
        if names != ["articles.jsonl", "errors.jsonl", "manifest.json"]:
            problems.append(f"(a) {run} holds {names}")
            continue
        manifest = json.load(open(os.path.join(folder, "manifest.json")))
        data = open(os.path.join(folder, "articles.jsonl"), "rb").read()
        errors = open(os.path.join(folder, "errors.jsonl"), "rb").read()
        lines = [json.loads(line) for line in data.splitlines()]
        error_lines = [json.loads(line) for line in errors.splitlines()]
        if len(lines) != manifest["articles"] + manifest["duplicates"] or len(error_lines) != manifest["errors"]:
            problems.append(f"(a) {run}: manifest counts do not match its files")
        if manifest["run"] != run:
            problems.append(f"(a) {run}: manifest names run {manifest['run']}")
        articles += data
        paths += [line["source"]["path"] for line in lines] + [line["path"] for line in error_lines]
    latest = os.readlink(os.path.join(out, "latest")) if os.path.islink(os.path.join(out, "latest")) else None
    if latest is None or latest.split("/")[-1] not in runs:
        problems.append(f"(a) latest -> {latest} is not a published run")
    if len(paths) != len(set(paths)):
        problems.append(f"(b) {len(paths) - len(set(paths))} inputs appear in more than one run")
    if len(set(paths)) != inputs:
        problems.append(f"(b) {len(set(paths))} inputs published, {inputs} expected")
    if articles != open(reference, "rb").read():
        problems.append("(c) article lines differ from the uninterrupted run")
    if problems:
        print("FAIL " + "; ".join(problems))
        sys.exit(1)
    print(f"ok: {len(runs)} runs, {len(paths)} inputs once each, article lines identical")


if __name__ == "__main__":
    main()
