#!/usr/bin/env python3
"""Builds Sources/GleanerExtract/Resources/gazetteer-companies.txt: the companies of the stock
indices listed by PyPI `pytickersymbols` 1.17.10 (MIT; S&P 500, Dow Jones, NASDAQ 100, DAX,
FTSE 100, CAC 40, Nikkei 225, EURO STOXX 50 and others). Usage, from the repository root, after
build.py and build_names.py (names that are place names, given names or surnames are left out):

    pip download --no-deps pytickersymbols==1.17.10 -d /tmp/gaz
    python3 Benchmarks/ner/gazetteers/build_companies.py /tmp/gaz/pytickersymbols-1.17.10-py3-none-any.whl

Every company name and alias is written as listed and without its legal form ("Siemens AG" →
"siemens ag" and "siemens"), tokenised as Gleaner's tokenizer splits it ("AT&T" → "at & t",
"McDonald's" → "mcdonald 's"); names with other periods are skipped.
"""
import re
import sys
import tempfile
import zipfile

RESOURCES = "Sources/GleanerExtract/Resources"
LEGAL = {
    "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.",
    "limited", "plc", "ag", "se", "sa", "s.a.", "nv", "n.v.", "ab", "asa", "oyj", "spa",
    "s.p.a.", "kgaa", "& co", "llc", "lp", "l.p.", "the",
}
TOKEN = re.compile(r"\w[\w'’\-.]*|[^\w\s]")


def tokens(name: str) -> list:
    words = []
    for token in TOKEN.findall(name.replace(",", " ")):
        lower = token.lower()
        if lower.endswith(("'s", "’s")) and len(lower) > 2:
            words += [lower[:-2], lower[-2:]]
        else:
            words.append(lower)
    return words


def variants(name: str) -> list:
    words = tokens(name)
    found = [words]
    while words and words[-1] in LEGAL:
        words = words[:-1]
        if words and words[-1] == "&":
            words = words[:-1]
        found.append(words)
    while words and words[0] == "the":
        words = words[1:]
        found.append(words)
    return [w for w in found if 0 < len(w) <= 5 and not any("." in t for t in w)]


def read_list(name: str) -> set:
    with open(f"{RESOURCES}/{name}", encoding="utf-8") as handle:
        return {line.strip() for line in handle if line.strip() and not line.startswith("#")}


def main(wheel: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(directory)
        sys.path.insert(0, directory)
        from pytickersymbols import PyTickerSymbols

        symbols = PyTickerSymbols()
        names = set()
        for stock in symbols.get_all_stocks():
            names.add(stock["name"])
            names.update(stock.get("akas") or [])
    excluded = read_list("gazetteer-locations.txt") | read_list("gazetteer-given-names.txt")
    excluded |= read_list("gazetteer-surnames.txt") | read_list("gazetteer-norp.txt")
    companies = set()
    for name in names:
        for words in variants(name):
            text = " ".join(words)
            if text not in excluded and re.search(r"[^\W\d_]", text):
                companies.add(text)
    header = (
        f"# {len(companies)} company names from the stock indices of pytickersymbols 1.17.10 (MIT),\n"
        "# as listed and without their legal form. Built by Benchmarks/ner/gazetteers/build_companies.py;\n"
        "# do not edit by hand. One lowercase name per line, tokens as the tokenizer splits them.\n"
    )
    with open(f"{RESOURCES}/gazetteer-companies.txt", "w", encoding="utf-8") as handle:
        handle.write(header + "".join(f"{name}\n" for name in sorted(companies)))
    print(f"{len(companies)} names")


if __name__ == "__main__":
    main(sys.argv[1])
