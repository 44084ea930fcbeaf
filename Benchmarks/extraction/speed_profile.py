#!/usr/bin/env python3
"""Where Gleaner's clean-stage time goes, from a callgrind profile of `gleaner run --workers 1`.

  speed_profile.py CALLGRIND_OUT --pages N

Reads `callgrind_annotate --inclusive=yes` and prints a markdown table of instructions per page
for each part of the run (inclusive counts of the functions named below; Swift symbols are
matched on their mangled names). Instruction counts are repeatable on a shared machine, unlike
times; they are not times (libxml2 and zlib run at a different instructions-per-cycle than
Swift code), so the table gives shares, and speed.py gives the seconds.
"""
import argparse, re, subprocess

# (label, regex on the symbol, indent): the first row is the whole program.
PARTS = [
    ("whole process (start-up, threads, everything below)", r"PROGRAM TOTALS", 0),
    ("reader thread: read + SHA-256 + gunzip + charset decoding", r"InputReaderV0A3RunE16readWithIdentity", 1),
    ("gunzip (zlib inflate + CRC, output buffer)", r"GzipDecompressorO10decompress", 2),
    ("SHA-256 of the file (document identity)", r"DocumentIdentityV12relativePath9diskBytes", 2),
    ("charset sniffing + UTF-8 validation", r"CharsetDecoderO6decode_6format", 2),
    ("clean (HTMLCleaner.run)", r"HTMLCleanerO3run\d+_\w+LL_7explain", 1),
    ("mojibake check", r"MojibakeRepairO8repaired", 2),
    ("script/style elision pre-pass + tree check", r"RawTextElisionO5elide|RawTextElisionO6verify", 2),
    ("libxml2 parse (htmlReadMemory)", r"^htmlReadMemory$", 2),
    ("libxml2 free (xmlFreeDoc)", r"^xmlFreeDoc$", 2),
    ("walk (PageWalker: elements, attributes, text)", r"PageWalkerV4walk", 2),
    ("class/id/attribute reading (NodeAttributes)", r"NodeAttributesV_5cache", 3),
    ("assemble (ArticleAssembler: selection, rules, metadata)", r"ArticleAssemblerV8assemble7explain\w*_tF$", 2),
    ("content selection + block rules (ContentSelector)", r"ContentSelectorV8elements6blocks5fixed", 3),
    ("metadata resolution (Metadata/: resolver, JSON-LD)", r"MetadataResolverO7resolve|JSONLDArticleV7scripts", 3),
    ("output: JSON line encoding + write", r"SinkC5write\w*JSONLinesWriter", 1),
]


def inclusive_counts(path):
    out = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", path],
                         capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines():
        m = re.match(r"\s*([\d,]+)\s+\([\s\d.]+%\)\s+(.*)$", line)
        if not m:
            continue
        count = int(m.group(1).replace(",", ""))
        name = m.group(2)
        if name != "PROGRAM TOTALS":
            name = re.sub(r"\s+\[[^\]]*\]$", "", name).split(":", 1)[-1]
        rows.append((count, name))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("profile")
    ap.add_argument("--pages", type=int, required=True)
    args = ap.parse_args()
    rows = inclusive_counts(args.profile)
    total = next(c for c, n in rows if n == "PROGRAM TOTALS")
    lines = [f"### Where Gleaner's time goes (callgrind, `--workers 1`, {args.pages} pages spread over the set)", "",
             "Instructions per page, inclusive (a row contains the indented rows below it). "
             "Instruction counts are repeatable here; they are not times, so read them as shares.", "",
             "| part | M instructions / page | share |", "| --- | --- | --- |"]
    for label, pattern, indent in PARTS:
        counts = [c for c, n in rows if re.search(pattern, n)]
        if not counts:
            continue
        # Several symbols (thunks, specialisations) can match one part: the outermost is the largest,
        # except where a part is the sum of distinct functions (`|` alternatives).
        count = sum(max(c for c, n in rows if re.search(alt, n)) for alt in pattern.split("|")
                    if any(re.search(alt, n) for _, n in rows))
        name = ("&nbsp;" * 4 * indent) + label
        lines.append(f"| {name} | {count / args.pages / 1e6:.1f} | {100 * count / total:.0f} % |")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
