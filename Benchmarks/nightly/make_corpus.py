#!/usr/bin/env python3
"""Write a synthetic corpus of wire stories for the nightly-run benchmarks (stdlib only,
deterministic for a given --seed).

    python3 make_corpus.py DIR --files 50000 [--seed 7] [--prefix day1/]
    python3 make_corpus.py DIR --files 100 --copies-of DIR/day1 --prefix day2/

Each story is a few paragraphs of words drawn from a fixed vocabulary. About 25 % of the files
are near copies (10 % of the words replaced) of an earlier story, 5 % exact copies, the rest
unique; one file in five is HTML with navigation and footer boilerplate. With --copies-of,
half of the new files are copies of files already in that folder (`copy-*`: the same bytes;
`nearcopy-*`: 10 % of the words replaced), so a rerun can show them marked as duplicates of the
earlier run's ids.
"""
import argparse
import html
import os
import random
import sys

VOCABULARY = [f"w{i}" for i in range(6000)]


def story(rng, words=180):
    return [rng.choice(VOCABULARY) for _ in range(words)]


def edit(rng, words, rate=0.10):
    words = list(words)
    for _ in range(int(len(words) * rate)):
        words[rng.randrange(len(words))] = rng.choice(VOCABULARY)
    return words


def paragraphs(words):
    return [" ".join(words[i:i + 30]).capitalize() + "." for i in range(0, len(words), 30)]


def render(words, as_html, title):
    paras = paragraphs(words)
    if not as_html:
        return "\n\n".join(paras) + "\n"
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras)
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a>"
            f"</nav><article><h1>{title}</h1>\n{body}</article><footer>Copyright Example News. All rights reserved."
            f"</footer></body></html>\n")


def read_words(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        text = " ".join(line[3:-4] for line in text.splitlines() if line.startswith("<p>"))
        text = html.unescape(text)
    return [w.strip(".").lower() for w in text.split()]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir")
    parser.add_argument("--files", type=int, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--prefix", default="", help="subfolder for the files, e.g. day1/")
    parser.add_argument("--copies-of", help="a folder of earlier files to copy from (half the new files)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    root = os.path.join(args.dir, args.prefix)
    earlier = []
    if args.copies_of:
        for folder, _, names in os.walk(args.copies_of):
            earlier += [os.path.join(folder, n) for n in sorted(names)]
        earlier.sort()
    stories = []
    per_folder = 1000
    for number in range(args.files):
        folder = os.path.join(root, f"{number // per_folder:03d}")
        os.makedirs(folder, exist_ok=True)
        as_html = rng.random() < 0.2
        roll = rng.random()
        if earlier and number % 2 == 0:
            source = rng.choice(earlier)
            if rng.random() < 0.5:
                data = open(source, "rb").read()
                name = f"copy-{number:06d}" + os.path.splitext(source)[1]
                open(os.path.join(folder, name), "wb").write(data)
                continue
            words = edit(rng, read_words(source))
            name = f"nearcopy-{number:06d}." + ("html" if as_html else "txt")
            with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
                out.write(render(words, as_html, f"Story {number}"))
            continue
        elif stories and roll < 0.25:
            words = edit(rng, rng.choice(stories))
        elif stories and roll < 0.30:
            words = list(rng.choice(stories))
        else:
            words = story(rng)
            stories.append(words)
            if len(stories) > 5000:
                stories.pop(0)
        name = f"story-{number:06d}." + ("html" if as_html else "txt")
        with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
            out.write(render(words, as_html, f"Story {number}"))
    print(f"wrote {args.files} files under {root}", file=sys.stderr)


if __name__ == "__main__":
    main()
