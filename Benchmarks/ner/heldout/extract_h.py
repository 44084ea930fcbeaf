#!/usr/bin/env python3
"""Set H's article texts: trafilatura's main-text extraction of the news pages in trafilatura 1.1.0's
test cache (issue 5).

The trafilatura 1.1.0 source distribution (GPL-3.0-or-later) ships the HTML of 110 web pages in
`tests/cache/` for its own tests, without expected texts. Set H uses the pages of English-language
news sites among them (`select.H_FILES`, chosen from the file names only, before any page was
read). This script turns each of them into plain text by one fixed method: trafilatura 2.3.1
(`trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=False,
deduplicate=False)`, other options at their defaults; run.sh installs it with its dependencies
pinned in Benchmarks/work/trafilatura-venv), the HTML given as bytes; the output's non-empty lines,
stripped, become paragraphs separated by one blank line. Gleaner's own extractor is not used: it
is part of the system under test.

Each page's SHA-256 is checked first (the script stops otherwise); the text goes to
Benchmarks/work/trafilatura/extracted/NAME.txt (never committed). Only word counts are printed.

Usage: extract_h.py [--cache DIR] [--out DIR]
"""
import argparse
import hashlib
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry or ".") != HERE]
TRAFILATURA_VERSION = "2.3.1"


def load_select():
    """select.py as a module (its name shadows the standard library's `select`)."""
    spec = importlib.util.spec_from_file_location("heldout_select", os.path.join(HERE, "select.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    select = load_select()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", default=select.DEFAULT_TRAFILATURA_CACHE)
    parser.add_argument("--out", default=select.DEFAULT_TRAFILATURA_TEXT)
    arguments = parser.parse_args()
    import trafilatura

    if trafilatura.__version__ != TRAFILATURA_VERSION:
        sys.exit(f"error: trafilatura {trafilatura.__version__}, expected {TRAFILATURA_VERSION}")
    os.makedirs(arguments.out, exist_ok=True)
    total = 0
    for name, sha256 in sorted(select.H_FILES.items()):
        path = os.path.join(arguments.cache, name)
        raw = select.read_checked(path, sha256, "the trafilatura 1.1.0 sdist")
        extracted = trafilatura.extract(raw, output_format="txt", include_comments=False,
                                        include_tables=False, deduplicate=False) or ""
        text = "\n\n".join(line.strip() for line in extracted.split("\n") if line.strip())
        with open(os.path.join(arguments.out, name[: -len(".html")] + ".txt"), "w", encoding="utf-8") as handle:
            handle.write(text)
        total += len(text.split())
        print(f"{name}: {len(text.split())} words")
    print(f"{len(select.H_FILES)} pages, {total} words -> {arguments.out}")


if __name__ == "__main__":
    main()
