#!/usr/bin/env python3
"""Per-page analysis of the last extraction benchmark run (tuning aid; reads the work directory).

  analyze.py [--work DIR] [--half tuning] worst [N]        pages with the lowest precision / recall
  analyze.py [--work DIR] [--half tuning] diff ID          extra (false-positive) and missing shingle runs
  analyze.py [--work DIR] [--half tuning] meta FIELD       metadata misses: title | date | author | invented
  analyze.py [--half tuning] --binary BIN reasons          gold text dropped, by drop reason (runs clean --explain)
  analyze.py [--work DIR] [--half tuning] categories [verbose]  title, date, author and invented-author misses counted by cause (reads the pages)
  analyze.py [--work DIR] [--half tuning] confidence     author match and invented rates by WCXB's annotation_confidence

Only reads files that bench.py left in the work directory and the dev set's gold; writes nothing.
"""
import argparse, json, os, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench import DATA, half, norm_ws, norm_name, author_match, articles_file  # noqa: E402


def load(work, name):
    rows = [json.loads(line) for line in (work / f"perdoc-gleaner-{name}.jsonl").read_text().splitlines() if line]
    return {r["id"]: r for r in rows}


def predictions(work):
    texts, metas = {}, {}
    for line in articles_file(work / "gleaner-out").read_text().split("\n"):
        if not line.strip():
            continue
        rec = json.loads(line)
        page_id = Path(rec["source"]["path"]).name.split(".")[0]
        texts[page_id] = rec.get("text") or ""
        metas[page_id] = rec.get("meta") or {}
    return texts, metas


def tokens(text):
    return re.findall(r"\w+", text or "")


def runs(text, other):
    """Stretches of `text` whose 4-token shingles are missing from `other`."""
    toks, other_sh = tokens(text), Counter(tuple(s) for s in zip(*[tokens(other)[i:] for i in range(4)]))
    out, current = [], []
    for i in range(len(toks) - 3):
        sh = tuple(toks[i:i + 4])
        if other_sh[sh] > 0:
            other_sh[sh] -= 1
            if current:
                out.append(" ".join(current))
                current = []
        else:
            current.append(toks[i]) if current else current.extend(toks[i:i + 4])
    if current:
        out.append(" ".join(current))
    return out


def reasons(binary, ids, gold, only):
    """Per drop reason: blocks whose text is (mostly) in the gold body, i.e. recall lost to the rule;
    and kept blocks mostly absent from gold (precision lost)."""
    import subprocess
    lost, lost_pages, examples = Counter(), {}, {}
    for i in ids:
        out = subprocess.run([binary, "clean", "--explain", str(DATA / "html" / f"{i}.html.gz")],
                             capture_output=True, text=True).stdout
        gold_tokens = tokens(gold[i]["articleBody"])
        gold_sh = set(zip(*[gold_tokens[k:] for k in range(4)]))
        for line in out.split("\n"):
            m = re.match(r"(KEEP|DROP \((.*?)\)): (.*)", line)
            if not m:
                continue
            toks = tokens(m.group(3))
            sh = list(zip(*[toks[k:] for k in range(4)]))
            if len(sh) < 3:
                continue
            share = sum(s in gold_sh for s in sh) / len(sh)
            reason = m.group(2) or "KEPT-not-gold"
            if (reason == "KEPT-not-gold" and share < 0.2) or (reason != "KEPT-not-gold" and share > 0.8):
                lost[reason] += len(toks)
                lost_pages.setdefault(reason, set()).add(i)
                examples.setdefault(reason, []).append(f"{i}: {m.group(3)[:120]}")
    for reason, n in lost.most_common():
        print(f"{reason:40} {n:7} tokens on {len(lost_pages[reason])} pages")
        if only and only in reason:
            for e in examples[reason][:int(os.environ.get("LIMIT", "60"))]:
                print("    ", e)


def page_signals(page_id):
    """The title, date and author values a page declares, read with lxml (for categorising misses)."""
    import gzip
    from lxml import html as lxml_html
    raw = gzip.decompress((DATA / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
    doc = lxml_html.fromstring(raw.encode("utf-8"))

    def meta(key):
        found = doc.xpath(f'//meta[@property="{key}" or @name="{key}"]/@content')
        return found[0] if found else None

    ld = " ".join(s.text_content() for s in doc.xpath('//script[@type="application/ld+json"]'))
    for node in doc.xpath("//script|//style|//noscript"):
        node.drop_tree()
    first = lambda pattern: (re.findall(pattern, ld) or [None])[0]
    author_tags = [v for k in ("author", "article:author", "parsely-author", "dc.creator", "twitter:data1") if (v := meta(k))]
    for value in re.findall(r'"author"\s*:\s*(\{[^}]*\}|\[[^\]]*\]|"[^"]*")', ld):
        author_tags += re.findall(r'"name"\s*:\s*"([^"]+)"', value) or [value.strip('"')]
    marked = [" ".join(e.text_content().split()) for e in doc.xpath("//body//*[@class or @id or @rel or @itemprop]")
              if AUTHOR_MARK.search(" ".join(e.get(a) or "" for a in ("class", "id", "rel", "itemprop")))]
    host = re.sub(r"^www\.", "", re.sub(r"^https?://", "", meta("og:url") or "").split("/")[0])
    title = (doc.xpath("//title/text()") or [""])[0]
    sites = [meta("og:site_name"), *re.split(r" [|\-\u2013\u2014\u00bb:] ", title)[1:], *host.split(".")[:-1]]
    return {"authors": author_tags, "marked": [t for t in marked if len(t) <= 200],
            "sites": {re.sub(r"\W", "", s.lower()) for s in sites if s} - {""},"tags": [meta("og:title"), meta("twitter:title"), (doc.xpath("//title/text()") or [None])[0]],
            "h1": [" ".join(h.text_content().split()) for h in doc.xpath("//h1")],
            "published": first(r'"datePublished"\s*:\s*"([^"]+)"') or meta("article:published_time"),
            "modified": first(r'"dateModified"\s*:\s*"([^"]+)"') or meta("article:modified_time")
            or meta("og:updated_time"),
            "text": " ".join(doc.text_content().split()), "raw": raw}


QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2026": "...", "\u2013": "-",
                        "\u2014": "-"})


def title_category(gold, pred, sig):
    key = lambda s: re.sub(r"\W", "", (s or "").lower())
    if norm_ws((pred or "").translate(QUOTES)) == norm_ws(gold.translate(QUOTES)):
        return "gold convention: typographic quotes, dashes or ellipsis only"
    parts = lambda t: [key(p) for p in re.split(r" [|\-\u2013\u2014\u00bb:] ", t or "")]
    in_tags = any(key(gold) == key(t) or key(gold) in parts(t) for t in sig["tags"] if t)
    in_h1 = any(key(gold) == key(h) for h in sig["h1"])
    if pred and (key(pred).startswith(key(gold)) or key(gold).startswith(key(pred))):
        return "gold convention: subtitle or site part kept by one side, dropped by the other"
    if in_h1 and not in_tags:
        return "gold is the `<h1>`, we chose a title tag"
    if in_tags and not in_h1:
        return "gold convention: gold is a title tag (part), we chose the `<h1>` (gold prefers the `<h1>` about 1.8:1 on such pages)"
    if in_tags:
        return "gold in both an `<h1>` and a title tag, we chose another heading"
    return "gold in no title source (rewritten by the annotator)"


def date_on_page(gold, raw):
    import datetime
    try:
        d = datetime.date.fromisoformat(gold[:10])
    except ValueError:
        return True
    forms = ["%Y-%m-%d", "%Y/%m/%d", "%B %-d, %Y", "%b %-d, %Y", "%-d %B %Y", "%m/%d/%Y", "%-m/%-d/%Y", "%B %d, %Y",
             "%b %d, %Y", "%b. %-d, %Y", "%d.%m.%Y", "%-d %b %Y", "%d %B %Y", "%Y%m%d"]
    return any(d.strftime(f) in raw for f in forms)


def date_category(gold, pred, sig):
    import datetime
    day = lambda v: (v or "")[:10]
    if not date_on_page(gold, sig["raw"]):
        return "gold date written nowhere in the page (common formats)"
    if not pred:
        return "no date found"
    if sig["modified"] and day(gold) == day(sig["modified"]) and day(pred) == day(sig["published"]):
        return "gold convention: gold is the declared modified date, we gave the declared published one"
    if sig["modified"] and day(pred) == day(sig["modified"]) and not sig["published"]:
        return "we fell back to the modified date (no published date declared)"
    try:
        stamp = datetime.datetime.fromisoformat((sig["published"] or "").replace("Z", "+00:00"))
        if stamp.tzinfo and stamp.astimezone(datetime.timezone.utc).date().isoformat() == day(gold):
            return "gold convention: gold is the UTC day of the local timestamp we gave"
    except ValueError:
        pass
    if sig["published"] and day(pred) == day(sig["published"]):
        return "we gave the declared published date, gold another (visible) date"
    return "other (a date elsewhere on the page: teaser, comment, today's date)"


AUTHOR_MARK = re.compile(r"author|byline|by-line|writer|posted-by|contributor|creator", re.I)
ORGANISATION = re.compile(r"\b(team|staff|editors?|editorial|desk|newsroom|inc|llc|ltd|group|media|news|agency|"
                          r"company|blog|magazine|press|sponsored)\b", re.I)


def author_miss_category(gold, pred, sig):
    """Why the gold author was not matched: missed (we give none) or wrong (we give another name)."""
    key = lambda s: re.sub(r"\W", "", (s or "").lower())
    low = lambda s: " ".join((s or "").lower().split())
    printed = low(gold) in low(sig["text"])
    in_tags = any(low(gold) in low(t) for t in sig["authors"])
    in_marked = any(low(gold) in low(t) for t in sig["marked"])
    if pred:
        gold_words, pred_words = set(norm_name(gold)), {w for a in pred for w in norm_name(a)}
        if gold_words & pred_words:
            return "wrong: same name written another way (role, suffix, initial, list split)"
        if key(gold) in sig["sites"] or ORGANISATION.search(gold):
            return "wrong: gold names the site, a team or a sponsor; we gave a person"
        if any(key(a) in sig["sites"] or ORGANISATION.search(a) for a in pred):
            return "wrong: we gave the site or an organisation, gold is a person"
        if any(low(a) in low(t) for a in pred for t in sig["authors"]):
            return "wrong: we took the tag author, gold is another name" + (" printed on the page" if printed else "")
        return "wrong: we took another printed name (teaser, quote, card), gold is another"
    if key(gold) in sig["sites"]:
        return "missed: gold is the site's own name (we drop the site as author)"
    if " " not in gold.strip() and (not gold[:1].isupper() or any(c.isdigit() for c in gold)
                                    or any(c.isupper() for c in gold[1:]) or "." in gold):
        return "missed: gold is a user handle or an address, not a name as pages write it"
    if in_marked:
        return "missed: gold printed in an author/byline-marked element, we found none"
    if in_tags:
        return "missed: gold only in the tags (meta/JSON-LD), we rejected it"
    if printed:
        return "missed: gold printed without an author mark (heading, card, footer)"
    return "missed: gold written nowhere in the page"


def author_category(pred, sig):
    words = [w for a in pred for w in a.split()]
    if any(w.lower() in ("team", "staff", "editors", "desk", "newsroom") for w in words):
        return "gold convention: team byline (gold has team bylines as authors on about 30 other pages)"
    if all(a in sig["text"] for a in pred):
        return "gold convention: a name printed on the page, gold says no author"
    return "name only in tags (not printed on the page)"


def categories(ids, gold, metas, verbose):
    found = {"title": Counter(), "date": Counter(), "author": Counter(), "invented": Counter()}
    for i in ids:
        g, m = gold[i], metas.get(i) or {}
        title_miss = g.get("title") and norm_ws(m.get("title")) != norm_ws(g["title"])
        date_miss = g.get("publish_date") and (m.get("published") or "")[:10] != g["publish_date"][:10]
        invented = not g.get("author") and m.get("authors")
        author_miss = g.get("author") and not author_match(m.get("authors") or [], g["author"])
        if not (title_miss or date_miss or author_miss or invented):
            continue
        sig = page_signals(i)
        for field, miss, cat in (("title", title_miss, lambda: title_category(g["title"], m.get("title"), sig)),
                                 ("date", date_miss, lambda: date_category(g["publish_date"], m.get("published"), sig)),
                                 ("author", author_miss,
                                  lambda: author_miss_category(g["author"], m.get("authors") or [], sig)),
                                 ("invented", invented, lambda: author_category(m.get("authors"), sig))):
            if miss:
                c = cat()
                found[field][c] += 1
                if verbose:
                    print(f"{field} {i}: {c}")
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default="/tmp/gleaner-extraction")
    ap.add_argument("--half", default="tuning")
    ap.add_argument("--binary", default=str(HERE.parent.parent / ".build-extract/release/gleaner"))
    ap.add_argument("command")
    ap.add_argument("arg", nargs="?")
    args = ap.parse_args()
    work = Path(args.work)
    gold = json.loads((DATA / "gold.json").read_text())
    ids = [i for i in sorted(gold) if args.half == "all" or half(i) == args.half]
    if args.command == "worst":
        scores = load(work, args.half)
        n = int(args.arg or 20)
        by_p = sorted(ids, key=lambda i: scores[i]["precision"])[:n]
        by_r = sorted(ids, key=lambda i: scores[i]["recall"])[:n]
        print("lowest precision:", " ".join(f"{i}:{scores[i]['precision']:.2f}" for i in by_p))
        print("lowest recall:   ", " ".join(f"{i}:{scores[i]['recall']:.2f}" for i in by_r))
        lost_p = sum(1 - scores[i]["precision"] for i in ids) / len(ids)
        lost_r = sum(1 - scores[i]["recall"] for i in ids) / len(ids)
        print(f"mean precision loss {lost_p:.4f}, recall loss {lost_r:.4f}")
    elif args.command == "diff":
        texts, _ = predictions(work)
        page = args.arg
        print("== EXTRA (in prediction, not gold)")
        for r in runs(texts.get(page, ""), gold[page]["articleBody"]):
            print("  +", r[:400])
        print("== MISSING (in gold, not prediction)")
        for r in runs(gold[page]["articleBody"], texts.get(page, "")):
            print("  -", r[:400])
    elif args.command == "meta":
        _, metas = predictions(work)
        field = args.arg
        for i in ids:
            g, m = gold[i], metas.get(i) or {}
            if field == "title" and g.get("title") and norm_ws(m.get("title")) != norm_ws(g["title"]):
                print(f"{i}\n  gold {g['title']!r}\n  pred {m.get('title')!r}")
            elif field == "date" and g.get("publish_date") and (m.get("published") or "")[:10] != g["publish_date"][:10]:
                print(f"{i} gold {g['publish_date'][:10]} pred {m.get('published')}")
            elif field == "author" and g.get("author") and not author_match(m.get("authors") or [], g["author"]):
                print(f"{i} gold {g['author']!r} pred {m.get('authors')}")
            elif field == "invented" and not g.get("author") and m.get("authors"):
                print(f"{i} pred {m.get('authors')}")
    elif args.command == "categories":
        _, metas = predictions(work)
        for field, counts in categories(ids, gold, metas, args.arg == "verbose").items():
            print(f"{field} misses: {sum(counts.values())}")
            for c, n in counts.most_common():
                print(f"  {n:4}  {c}")
    elif args.command == "confidence":
        _, metas = predictions(work)
        rows = {}
        for i in ids:
            g, m = gold[i], metas.get(i) or {}
            row = rows.setdefault(g.get("annotation_confidence") or "none", [0, 0, 0, 0])
            if g.get("author"):
                row[0] += 1
                row[1] += author_match(m.get("authors") or [], g["author"])
            else:
                row[2] += 1
                row[3] += bool(m.get("authors"))
        for conf, (an, a, nn, inv) in sorted(rows.items(), key=lambda kv: -(kv[1][0] + kv[1][2])):
            print(f"{conf:14} author {a}/{an} ({100 * a / max(an, 1):.1f} %)  invented {inv}/{nn} ({100 * inv / max(nn, 1):.1f} %)")
    elif args.command == "reasons":
        reasons(args.binary, ids, gold, args.arg)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
