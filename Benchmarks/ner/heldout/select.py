#!/usr/bin/env python3
"""Deterministic selection of the held-out entity windows (issue 5).

Set A (the default): pages of extraction-dev/gold.json are ordered by the SHA-1 of their id; a
page is skipped when its window is not mostly English prose (see `is_english_prose`); from each
of the first 30 kept pages the window is the leading paragraphs of articleBody (paragraphs are
separated by a blank line), added while the total stays within 200 words, at least one paragraph.

Set B (`--set B`, news only): the same order, set A's pages excluded, and only pages that read
as news reports by a criterion fixed before any page was read (`is_news_report`): the whole
articleBody has at least 3 reporting words ("said", "says", "told", "according to"; whole
words, any case) and at least 2 of them per 1,000 words. A page is skipped when its window is
not mostly English prose; the first 50 kept; windows of up to 250 words, cut the same way, except that a
first paragraph longer than 250 words is cut after its last sentence end within the first 250
words (`leading_sentences`; set B kept such paragraphs whole, up to 1,000 words, but three of set
C's bodies are single paragraphs of 3,500 to 5,300 words).

Set C (`--set C`, a third blind set): the same order, the pages of sets A and B excluded, and
only pages whose whole articleBody has at least 3 reporting words (the same word matching as set
B, no density threshold: `has_reporting_words`). A page is skipped when its window is not mostly
English prose; the first 50 kept; windows of up to 250 words, cut the same way.

Set D (`--set D`, news from other sites): the expected article texts that the newspaper4k 0.9.6
source distribution ships (`tests/data/txt/*.txt`, MIT; downloaded by run.sh into
Benchmarks/work/heldout/, never committed), in file-name order. A file is kept when its window is
English prose (`is_english_prose`; this drops the 14 non-English files) and it is not in
`SKIPPED_D` (decided from the file names and texts before any annotation: a summary that is not
an article, and a second copy of another file's article). The window is the whole text, or, over
1,500 words, its leading paragraphs up to 1,500 words (`window_of`); the id is the file name.

Set E (`--set E`, Australian newswire of about 2001): the articles of `lee_background.cor`, the
Lee, Pincombe & Welsh (2005) news corpus that gensim 4.4.0's wheel ships in
`gensim/test/test_data/` (LGPL-2.1; downloaded by run.sh into Benchmarks/work/lee/, never
committed), one article a line. The articles are those whose 1-based line number is 1 modulo 6
(lines 1, 7, ..., 295: 50 articles), a rule fixed before any article was read; an article would
be skipped only if it were not English prose (`is_english_prose`; none is). The window is the
whole line with its surrounding whitespace removed; the id is `lee_background.cor:LINE`. The
file's SHA-256 must be `LEE_SHA256` (the script stops otherwise).

Set F (`--set F`, a second blind Lee set): the articles of the same `lee_background.cor` whose
1-based line number is 4 modulo 6 (lines 4, 10, ..., 298: 50 articles), a rule fixed before any
of them was read; the same English-prose test, whole-article window, id `lee_background.cor:LINE`
and SHA-256 check as set E. Line 208 (45 words) fails the prose test's 60-word minimum: 49
windows.

Set G (`--set G`, web news of news sites, 2011-2015, blind): the expected article texts
(`CleanedText`) of the test cases in `crawler_test.go` of GoOse, the Go port of goose (Apache-2.0),
as Debian bookworm ships it in golang-github-advancedlogic-goose-dev 0.0~git20210820.9d5822d+ds-2
(downloaded by run.sh with apt-get download into Benchmarks/work/goose/, never committed; the
file's SHA-256 must be `GOOSE_SHA256`). The test functions are taken in file order; the Go string
literal is unquoted (`go_unquote`). A test is kept when it is not in `SKIPPED_G` (decided from the
test names and domains only, before any text was read: pages of social networks, video, audio and
slide hosts, a blog platform, a professional network, a press-release wire, example.com, non-English
sites and the charset tests) and its window is English prose (`is_english_prose`). The window is the
leading paragraphs up to 300 words (`window_of`, at least one paragraph), a first paragraph longer
than 300 words cut after its last sentence end within its first 300 words (`leading_sentences`); the
id is `crawler_test.go:TEST_NAME`.

Set H (`--set H`, web news of news sites, blind): the HTML pages that the trafilatura 1.1.0 source
distribution ships in `tests/cache/` (GPL-3.0-or-later; downloaded by run.sh with pip download
into Benchmarks/work/trafilatura/, never committed), only the 15 pages of English-language news
sites listed in `H_FILES` (chosen from the file names only, before any page was read: newspapers,
a news agency, broadcasters, news magazines and news websites; not blogs, company or organisation
sites, encyclopaedias, shops or non-English sites), each page's SHA-256 checked. Their text is
extracted by `extract_h.py` (trafilatura 2.3.1, fixed options; run.sh runs it) into
Benchmarks/work/trafilatura/extracted/NAME.txt. The files are taken in name order; a file is kept
when its window is English prose (`is_english_prose`). The window is the leading paragraphs up to
1,500 words (`window_of`, at least one paragraph), a first paragraph longer than that cut after its
last sentence end within 1,500 words (`leading_sentences`), as set D's cap; the id is the HTML file
name.

Writes one JSON line per page {id, text, sha256} (sha256 of the UTF-8 window text). The text
never enters the repository: the default output is under Benchmarks/work/ (git-ignored), and
score.py rebuilds the windows with `build_windows` at scoring time.

Usage: select.py [--set A|B|C|D|E|F|G|H] [--gold PATH] [--news PATH] [--lee DIR] [--goose DIR] [--trafilatura DIR]
                 [--out PATH]
"""
import argparse
import hashlib
import json
import os
import re

PAGES = {"A": 30, "B": 50, "C": 50}
WORD_BUDGET = {"A": 200, "B": 250, "C": 250, "D": 1500}
REPORTING = re.compile(r"(?<![A-Za-z])(?:said|says|told|according to)(?![A-Za-z])", re.IGNORECASE)
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_GOLD = os.path.join(ROOT, "..", "shared", "data", "extraction-dev", "gold.json")
DEFAULT_NEWS = os.path.join(ROOT, "Benchmarks", "work", "heldout", "newspaper4k-0.9.6", "tests", "data", "txt")
DEFAULT_LEE = os.path.join(ROOT, "Benchmarks", "work", "lee", "gensim", "test", "test_data")
LEE_FILE = "lee_background.cor"
LEE_SHA256 = "5d78d6dafd953bbf65797bef09a9ffb9ec430583381be705f8fd460000f370fb"
LEE_STEP = 6
LEE_REMAINDER = {"E": 1, "F": 4}
SKIPPED_D = {
    "cnn_summary.txt": "not an article: five summary sentences of a CNN storm story",
    "video_article_01.txt": "the article of cleveland.com1.txt again, its paragraphs run together with its title",
}
# Set G: GoOse test expectations (Debian golang-github-advancedlogic-goose-dev).
DEFAULT_GOOSE = os.path.join(ROOT, "Benchmarks", "work", "goose", "usr", "share", "gocode", "src", "github.com",
                             "advancedlogic", "GoOse")
GOOSE_FILE = "crawler_test.go"
GOOSE_SHA256 = "210fd27bb33d07dead07cac8e5a4dae7bdbdce0c739735ace29a3e6a88e76471"
GOOSE_BUDGET = 300
SKIPPED_G = {
    "Test_BlogSpotCoUK": "a blog platform (blogspot), not a news site",
    "Test_MatchExactDescriptionMetaTag": "a Vietnamese site (vnexpress.net)",
    "Test_ExampleCom": "example.com, not a news site",
    "Test_FacebookCom": "a social network",
    "Test_GloboesporteGloboCom": "a Portuguese-language site",
    "Test_HuffingtonPostJp": "a Japanese-language site",
    "Test_LinkedinCom": "a professional network's post",
    "Test_PostFacebookCom": "a social network",
    "Test_ProfitLindorffFi": "a Finnish company site",
    "Test_PrnewswireCom": "a press-release wire, not a news site",
    "Test_RelativeImageWithSpecialChars": "a company event page (ey-vx.com)",
    "Test_SlideshareNet": "a slide host",
    "Test_SoundCloudCom": "an audio host",
    "Test_TwitterCom": "a social network",
    "Test_WordpressCom": "a blog platform",
    "Test_YouTubeCom": "a video host",
    "TestCharsetEucJp": "a charset test (Japanese)",
    "TestCharsetShiftJIS": "a charset test (Japanese)",
    "TestCharsetISO_8859_1": "a charset test (German software documentation)",
}
# Set H: news pages of trafilatura 1.1.0's test cache, text extracted by extract_h.py.
DEFAULT_TRAFILATURA_CACHE = os.path.join(ROOT, "Benchmarks", "work", "trafilatura", "trafilatura-1.1.0", "tests",
                                         "cache")
DEFAULT_TRAFILATURA_TEXT = os.path.join(ROOT, "Benchmarks", "work", "trafilatura", "extracted")
H_BUDGET = 1500
H_FILES = {  # file name: SHA-256 of the HTML page
    "boingboing.net.millenials.html": "0f782389ece55a3a902497d85ace79f543c12ade89cd1a76e9bb2dc0050502f0",
    "dw.com.colonial.html": "636e4f4f1dd51836ec8823d65a925272b5962a0deb55e8e82db26527332433df",
    "dw.com.uncork.html": "ca89e8218f57e60e5aa5961fdde8d190ee963cefa0b17fbf5a74aeab14c5293b",
    "knowtechie.com.rally.html": "d72fb72c58a9950376a8c5113d8f4cb3ef79684617190e81de6d374f5983a43e",
    "nationalgeographic.co.uk.goats.html": "c7b39da662a96dc1d8bfa1f0f2a93b8986b038115d3f5008abefb0d86e142992",
    "nature.com.telescope.html": "6f5ee1affb33feb86682f7385ee2154f322dc5f1e44aa1cfc2283294eb45787f",
    "phys.org.tool.html": "40e923506f17756b39cc95e9435d1e5e5913dfc406aa8afab6bee2fbc6952c08",
    "reuters.com.parasite.html": "3793fbb6b724605f2b492ec766fe85eda541d1ae4c5a3ff75c2b59f3fd4e95cf",
    "salon.com.emissions.html": "41929d9f472c044e2d3af96498739c19e0c4eb51e3d36ad24fb543a1da0ee1c2",
    "scmp.com.playbook.html": "2036f4b8f2ed0377bd7b3662fad69f4e7884ddf259658074e2d89f820a54feab",
    "theguardian.com.academics.html": "1dca15fb3f89065daae80345fcd62f8be884d511598af03d307b7ca0d2fad0db",
    "theverge.com.ios13.html": "8c9021c0963dcfa268aaff8d524d8fb0da47b1cdaf5d8080ff58e4ea4d60e5b7",
    "threatpost.com.android.html": "2a6af37471416874282c686adf08ccc8b144b66c6a64dfa7030cfd766d05f349",
    "vancouversun.com.microsoft.html": "9636a7117d7566d3abe9703cc67ba985074b70ee310b7152ba4bcb05a060ea8d",
    "vice.com.amazon.html": "2707b6764006ddadcde173a3cb3b06b3184213a1b6658b9979f6b4e4c4ca8408",
}
DEFAULT_OUT = {
    "A": os.path.join(ROOT, "Benchmarks", "work", "ner-heldout", "windows.jsonl"),
    "B": os.path.join(ROOT, "Benchmarks", "work", "ner-heldout", "windows-b.jsonl"),
    "C": os.path.join(ROOT, "Benchmarks", "work", "ner-heldout", "windows-c.jsonl"),
    "D": os.path.join(ROOT, "Benchmarks", "work", "ner-heldout", "windows-d.jsonl"),
    "E": os.path.join(ROOT, "Benchmarks", "work", "ner-heldout", "windows-e.jsonl"),
    "F": os.path.join(ROOT, "Benchmarks", "work", "ner-heldout", "windows-f.jsonl"),
    "G": os.path.join(ROOT, "Benchmarks", "work", "ner-heldout", "windows-g.jsonl"),
    "H": os.path.join(ROOT, "Benchmarks", "work", "ner-heldout", "windows-h.jsonl"),
}

# Frequent English function words; prose has many of them, lists, code and tables few.
FUNCTION_WORDS = frozenset(
    "the a an of to in and or for on with at by from as is are was were be been it its this that "
    "these those he she they we you i his her their our your not but if than then so which who "
    "what when where how has have had do does did will would can could should may might".split()
)
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def paragraphs(body: str) -> list[str]:
    """The non-empty paragraphs of an articleBody, in order (separated by blank lines)."""
    return [part for part in re.split(r"\n\s*\n", body) if part.strip()]


def window_of(body: str, budget: int = WORD_BUDGET["A"]) -> str:
    """The leading paragraphs within `budget` words (at least one), joined as in the body."""
    kept: list[str] = []
    words = 0
    for paragraph in paragraphs(body):
        count = len(paragraph.split())
        if kept and words + count > budget:
            break
        kept.append(paragraph)
        words += count
    return "\n\n".join(kept)


SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])")


def leading_sentences(paragraph: str, budget: int) -> str:
    """The paragraph up to its last sentence end (".", "!" or "?", closing quotes or brackets
    included, then whitespace and a capital, digit or opening quote) within its first `budget`
    words; the first `budget` words when there is none."""
    words = list(re.finditer(r"\S+", paragraph))
    if len(words) <= budget:
        return paragraph
    limit = words[budget - 1].end()
    ends = [match.end() for match in SENTENCE_END.finditer(paragraph, 0, limit + 1) if match.end() <= limit]
    return paragraph[: ends[-1] if ends else limit]


def is_english_prose(text: str) -> bool:
    """Mostly English sentences: at least 60 words, letters dominate (97 % of them ASCII), at
    least 20 % of the words are English function words, and more than half of the words stand in
    lines that read as sentences (8 words or more, not list items, code or table cells)."""
    words = WORD.findall(text)
    if len(words) < 60:
        return False
    letters = sum(ch.isalpha() for ch in text)
    ascii_letters = sum(ch.isascii() and ch.isalpha() for ch in text)
    if letters == 0 or ascii_letters / letters < 0.97 or letters / max(1, len(text)) < 0.7:
        return False
    if sum(word.lower() in FUNCTION_WORDS for word in words) / len(words) < 0.2:
        return False
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    sentence_words = sum(
        len(line.split()) for line in lines if len(line.split()) >= 8 and not line.startswith(("-", "*", "|", "#"))
    )
    return sentence_words / max(1, len(text.split())) > 0.5


def is_news_report(body: str) -> bool:
    """Reads as a news report: at least 3 reporting words in the whole body and at least 2 per
    1,000 words (news attributes what it reports; blogs, how-to and company pages rarely do)."""
    reporting = len(REPORTING.findall(body))
    return reporting >= 3 and reporting * 1000 >= 2 * max(1, len(body.split()))


def has_reporting_words(body: str) -> bool:
    """At least 3 reporting words in the whole body (set C's criterion: set B's word matching
    without its density threshold)."""
    return len(REPORTING.findall(body)) >= 3


def keeps(set_name: str, body: str) -> bool:
    """Whether a page's body meets the set's criterion (set A has none)."""
    if set_name == "B":
        return is_news_report(body)
    if set_name == "C":
        return has_reporting_words(body)
    return True


def build_news_windows(news_dir: str = DEFAULT_NEWS) -> list[dict]:
    """Set D's windows, in file-name order: {id (the file name), text, sha256}."""
    if not os.path.isdir(news_dir):
        raise SystemExit(f"error: {news_dir} is missing (run.sh downloads the newspaper4k 0.9.6 sdist)")
    windows = []
    for name in sorted(os.listdir(news_dir)):
        if not name.endswith(".txt") or name in SKIPPED_D:
            continue
        with open(os.path.join(news_dir, name), encoding="utf-8") as handle:
            text = window_of(handle.read(), WORD_BUDGET["D"])
        if not is_english_prose(text):
            continue
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        windows.append({"id": name, "text": text, "sha256": digest})
    return windows


def read_checked(path: str, sha256: str, download: str) -> bytes:
    """The bytes of a downloaded source file, after checking that it exists and has the SHA-256
    its set was annotated on (the script stops otherwise); `download` names what run.sh fetches."""
    if not os.path.isfile(path):
        raise SystemExit(f"error: {path} is missing (run.sh downloads {download})")
    with open(path, "rb") as handle:
        raw = handle.read()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != sha256:
        raise SystemExit(f"error: {path} has SHA-256 {digest}, expected {sha256} (not the file of {download})")
    return raw


def build_lee_windows(lee_dir: str = DEFAULT_LEE, set_name: str = "E") -> list[dict]:
    """Set E's or set F's windows: the articles of lee_background.cor whose 1-based line number is
    1 modulo 6 (set E: lines 1, 7, ..., 295) or 4 modulo 6 (set F: lines 4, 10, ..., 298), whole,
    surrounding whitespace removed: {id, text, sha256}."""
    raw = read_checked(os.path.join(lee_dir, LEE_FILE), LEE_SHA256, "the gensim 4.4.0 wheel")
    windows = []
    for number, line in enumerate(raw.decode("utf-8").split("\n"), start=1):
        if number % LEE_STEP != LEE_REMAINDER[set_name] or not line.strip():
            continue
        text = line.strip()
        if not is_english_prose(text):
            continue
        windows.append({"id": f"{LEE_FILE}:{number}", "text": text,
                        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()})
    return windows


# Set G: GoOse test expectations.
GO_ESCAPE = re.compile(r'\\(?:([abfnrtv"\\\'])|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0-7]{3}))')
GO_SIMPLE = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", '"': '"', "\\": "\\",
             "'": "'"}


def go_unquote(body: str) -> str:
    """The value of a Go interpreted string literal's body (the text between its quotes)."""
    def replace(match: re.Match) -> str:
        if match.group(1):
            return GO_SIMPLE[match.group(1)]
        for group, base in ((2, 16), (3, 16), (4, 16), (5, 8)):
            if match.group(group):
                return chr(int(match.group(group), base))
        raise ValueError(match.group(0))
    return GO_ESCAPE.sub(replace, body)


GO_TEST = re.compile(r"^func (Test\w*)\(", re.MULTILINE)
GO_CLEANED_TEXT = re.compile(r'CleanedText:\s*"((?:[^"\\\n]|\\.)*)"')


def build_goose_windows(goose_dir: str = DEFAULT_GOOSE) -> list[dict]:
    """Set G's windows: the CleanedText of each test in crawler_test.go, in file order, tests in
    SKIPPED_G and windows that are not English prose left out: {id, text, sha256}."""
    source = read_checked(os.path.join(goose_dir, GOOSE_FILE), GOOSE_SHA256,
                          "golang-github-advancedlogic-goose-dev").decode("utf-8")
    starts = [(match.start(), match.group(1)) for match in GO_TEST.finditer(source)]
    windows = []
    for index, (start, name) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(source)
        literal = GO_CLEANED_TEXT.search(source, start, end)
        if name in SKIPPED_G or literal is None:
            continue
        text = leading_sentences(window_of(go_unquote(literal.group(1)), GOOSE_BUDGET), GOOSE_BUDGET)
        if not is_english_prose(text):
            continue
        windows.append({"id": f"{GOOSE_FILE}:{name}", "text": text,
                        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()})
    return windows


def build_trafilatura_windows(text_dir: str = DEFAULT_TRAFILATURA_TEXT) -> list[dict]:
    """Set H's windows: the extracted text of each page of H_FILES, in file-name order, leading
    paragraphs up to H_BUDGET words, windows that are not English prose left out: {id, text,
    sha256}."""
    windows = []
    for name in sorted(H_FILES):
        path = os.path.join(text_dir, name[: -len(".html")] + ".txt")
        if not os.path.isfile(path):
            raise SystemExit(f"error: {path} is missing (run.sh downloads the trafilatura 1.1.0 sdist and runs "
                             "extract_h.py)")
        with open(path, encoding="utf-8") as handle:
            text = leading_sentences(window_of(handle.read(), H_BUDGET), H_BUDGET)
        if not is_english_prose(text):
            continue
        windows.append({"id": name, "text": text, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()})
    return windows


def build_windows(gold_path: str, set_name: str = "A") -> list[dict]:
    """The selected windows of set A, B or C, in selection order: {id, text, sha256}; for set
    D, `gold_path` is the folder of newspaper4k's texts; for sets E and F, the folder of the Lee
    corpus files; for set G, the folder holding GoOse's crawler_test.go; for set H, the folder of
    extract_h.py's texts."""
    if set_name == "D":
        return build_news_windows(gold_path)
    if set_name in LEE_REMAINDER:
        return build_lee_windows(gold_path, set_name)
    if set_name == "G":
        return build_goose_windows(gold_path)
    if set_name == "H":
        return build_trafilatura_windows(gold_path)
    with open(gold_path, encoding="utf-8") as handle:
        gold = json.load(handle)
    ordered = sorted(gold, key=lambda page: hashlib.sha1(page.encode("utf-8")).hexdigest())
    excluded = set()
    for earlier in {"A": "", "B": "A", "C": "AB"}[set_name]:
        excluded |= {window["id"] for window in build_windows(gold_path, earlier)}
    windows = []
    for page in ordered:
        body = gold[page]["articleBody"]
        if page in excluded or not keeps(set_name, body):
            continue
        text = window_of(body, WORD_BUDGET[set_name])
        if set_name == "C":
            text = leading_sentences(text, WORD_BUDGET[set_name])
        if not is_english_prose(text):
            continue
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        windows.append({"id": page, "text": text, "sha256": digest})
        if len(windows) == PAGES[set_name]:
            break
    return windows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=DEFAULT_GOLD)
    parser.add_argument("--news", default=DEFAULT_NEWS, help="set D: newspaper4k's tests/data/txt folder")
    parser.add_argument("--lee", default=DEFAULT_LEE, help="sets E and F: the folder holding lee_background.cor")
    parser.add_argument("--goose", default=DEFAULT_GOOSE, help="set G: the folder holding GoOse's crawler_test.go")
    parser.add_argument("--trafilatura", default=DEFAULT_TRAFILATURA_TEXT,
                        help="set H: the folder of extract_h.py's texts")
    parser.add_argument("--set", choices=("A", "B", "C", "D", "E", "F", "G", "H"), default="A", dest="set_name")
    parser.add_argument("--out", default=None)
    arguments = parser.parse_args()
    source = {"D": arguments.news, "E": arguments.lee, "F": arguments.lee, "G": arguments.goose,
              "H": arguments.trafilatura}.get(
        arguments.set_name, arguments.gold)
    windows = build_windows(source, arguments.set_name)
    arguments.out = arguments.out or DEFAULT_OUT[arguments.set_name]
    os.makedirs(os.path.dirname(arguments.out), exist_ok=True)
    with open(arguments.out, "w", encoding="utf-8") as handle:
        for window in windows:
            handle.write(json.dumps(window, ensure_ascii=False) + "\n")
    words = sum(len(window["text"].split()) for window in windows)
    print(f"{len(windows)} windows, {words} words -> {arguments.out}")


if __name__ == "__main__":
    main()
