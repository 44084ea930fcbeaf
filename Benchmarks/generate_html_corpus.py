#!/usr/bin/env python3
"""Generate a synthetic corpus of realistic news-article HTML pages for benchmarks.

    python3 Benchmarks/generate_html_corpus.py --count 2000 --out Benchmarks/work/corpus-2000 --seed 42

Pages are deterministic for a given seed: page i depends only on (seed, i), so the first 2,000
pages of a 20,000-page corpus are byte-identical to a 2,000-page corpus with the same seed.
Sizes are spread over 50-200 KB (triangular, mean ~115 KB). Like real news pages, 30-60% of
the bytes are <style>/<script> (minified CSS, analytics-like JS, JSON-LD), with navigation,
cookie banner, related stories, comments, newsletter box and a link-heavy footer around an
article body laid out in one of several templates (<article>, div.story-body,
itemprop=articleBody, table layout).

Files are written 100 per folder: OUT/00/00/article-000000.html ... OUT/00/99/..., OUT/01/00/...
Standard library only. Uses multiprocessing (--jobs, default: number of CPUs).
"""

import argparse
import os
import random
import sys
import time

FILES_PER_FOLDER = 100
MIN_BYTES = 50 * 1024
MAX_BYTES = 200 * 1024
MODE_BYTES = 95 * 1024  # triangular(50, 200, 95) KB has mean 115 KB

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

WORDS = """
the of and to in a is that for on with as was by at from it be are this have has had not but
were been their which they said will would could after over about more than when into its
government officials minister president police report people city country year week month
state council election vote party leaders talks plan budget economy market prices inflation
rate bank companies workers union strike court judge trial law ruling policy agency
health hospital doctors patients virus vaccine schools students teachers university research
climate weather storm flooding drought heat energy power oil gas electricity grid emissions
water river coast village town region province border army troops military attack ceasefire
peace aid refugees families children residents community protest crowd march demonstrators
investigation evidence witnesses statement spokesman spokeswoman announcement decision
agreement deal contract project construction bridge road railway airport port transport
technology software data security network service customers users platform online digital
growth decline increase drop rise record figures percent million billion thousand dozens
early late new old local national international regional federal public private senior
former current major minor key critical significant unusual rare common recent previous
announced confirmed denied warned urged called told added noted described expected planned
continued remained began ended opened closed moved reached raised cut delayed approved
rejected launched released arrested charged accused questioned supported opposed criticised
across along among around before behind below beneath beside between beyond during despite
while although because since unless until whether however meanwhile instead already still
also only just even again further nearly almost roughly about least most many several few
morning afternoon evening night weekend spring summer autumn winter season decade century
""".split()

FIRST_NAMES = """James Maria Ahmed Sofia Chen Olga Kwame Priya Lucas Fatima Daniel Aiko Mateo
Ingrid Samuel Leila Tomasz Amara Diego Hana Oliver Nadia Rafael Yuki Elena Kofi Anna Omar
Clara Ravi Eva Jonas Zainab Pierre Mei Lars Amina Carlos Rosa José Zoë Björn Łukasz""".split()

LAST_NAMES = """Smith Okafor Novak García Kim Haddad Müller Rossi Tanaka Petrov Mensah
Johansson Silva Kowalski Dubois Nguyen Hernández Fischer Ahmadi Laurent Brennan Sato Costa
Ivanova Adeyemi Lindqvist O'Neill Moreau Castillo Park Schmidt Bianchi Osei Reyes Walsh""".split()

PLACES = """Lisbon|Nairobi|Osaka|Winnipeg|Valparaíso|Tbilisi|Accra|Gdańsk|Cork|Marseille|
Da Nang|Hobart|Lagos|Bergen|Porto Alegre|Quito|Chennai|Tromsø|Dundee|Kraków|Mombasa|Izmir|
Bilbao|Halifax|Cebu|Leipzig|Salzburg|Kumasi|Timișoara|Fresno|Tucson|Rosario|Aarhus|Bruges|
Seville|Graz|Ljubljana|Tampere|Galway|Nantes|Brno""".replace("\n", "").split("|")

REGIONS = """the northern province|the coastal district|the capital|the eastern border region|
the river delta|the southern highlands|the industrial belt|the western suburbs|the old town|
the mountain villages|the port area|the farming valley""".replace("\n", "").split("|")

ORGS = ["Ministry of Finance", "Central Bank", "National Weather Service", "Transport Authority",
        "Harbour Commission", "Electoral Board", "Health Directorate", "Supreme Court",
        "Chamber of Commerce", "Teachers&#8217; Union", "Red Cross", "World Bank",
        "Marlow &amp; Finch", "Keller &amp; Sons", "Northwind Energy", "Atlas Logistics",
        "the European Commission", "the United Nations", "the city council"]

SECTIONS = ["World", "Politics", "Business", "Economy", "Science", "Climate", "Health",
            "Technology", "Culture", "Sport", "Opinion", "Europe", "Africa", "Asia",
            "Americas", "Middle East", "Education", "Travel", "Markets", "Local"]

SITES = [("The Meridian Post", "meridianpost"), ("Daily Courier", "dailycourier"),
         ("The Harbour Gazette", "harbourgazette"), ("Northern Ledger", "northernledger"),
         ("Evening Observer", "eveningobserver"), ("Capital Tribune", "capitaltribune"),
         ("The Weekly Signal", "weeklysignal"), ("Metro Chronicle", "metrochronicle")]

SENTENCE_TEMPLATES = [
    "{Name}, a {w} {w} in {place}, said the {w} {w} would {w} {w} by {num} percent.",
    "Officials in {place} {w} that {num} {w} were {w} on {weekday} {time}.",
    "&#8220;We {w} {w} {w} {w},&#8221; said {Name}, {role} at the {org}.",
    "The {org} {w} the {w} {w} after {num} {w} of {w} {w}.",
    "According to figures from the {org}, the {w} {w} rose to {money} in {month}.",
    "It was the {ordinal} time this year that {region} had {w} such {w} {w}.",
    "{Name} told reporters in {place} that the {w} was &#8220;{w} {w} and {w}&#8221;.",
    "The {w} {w}, which {w} {w} {w} {w}, is expected to {w} by {month}.",
    "Residents of {region} said they had {w} {w} {w} for {num}&nbsp;days.",
    "Critics, including {Name} of the {org}, {w} the {w} as {w} and {w}.",
    "In {place}, {num} {w} {w} {w} {w} {w} {w} the {w}.",
    "The {w} is one of {num} {w} {w} by the {org} since {year}.",
    "{Name}&#8217;s {w} {w} {w} the {w} {w} {w} {w} {w} {w}.",
    "A {w} for the {org} declined to {w} on the {w}, citing the {w} {w}.",
    "Prices of {w} and {w} have {w} by {num}% since {month} {year}, the {org} said.",
    "{Name}, {age}, from {place}, said: &#8220;It&#8217;s {w} {w}. We {w} {w}.&#8221;",
]

ROLES = ["a spokeswoman", "a spokesman", "the director", "a senior analyst", "the chair",
         "a researcher", "the deputy mayor", "a local councillor", "the chief economist"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth"]
TIMES = ["morning", "afternoon", "evening", "night"]

# --------------------------------------------------------------------------------------------
# Shared "framework" code: minified CSS/JS pools built once per seed (real sites ship the
# same bundles on every page). Each page takes random slices of them.
# --------------------------------------------------------------------------------------------

_IDENT = "abcdefghijklmnopqrstuvwxyz"
_CSS_PROPS = ["margin:0", "padding:0 1rem", "display:flex", "display:none", "display:block",
              "color:#1a1a1a", "color:#{hx}", "background:#{hx}", "font-size:{n}px",
              "line-height:1.{n}", "font-weight:700", "position:relative", "position:absolute",
              "top:{n}px", "left:0", "z-index:{n}", "border-bottom:1px solid #{hx}",
              "max-width:{n}0px", "width:100%", "gap:{n}px", "transition:opacity .{n}s ease",
              "text-transform:uppercase", "letter-spacing:.0{n}em", "overflow:hidden",
              "grid-template-columns:repeat({n},1fr)", "box-shadow:0 1px {n}px rgba(0,0,0,.1)"]


def _build_css_pool(rng, size):
    parts = []
    total = 0
    while total < size:
        sel = "." + rng.choice(["c", "s", "nav", "art", "hdr", "ftr", "rel", "cmt", "nl", "ad"]) + "-" + \
              "".join(rng.choice(_IDENT) for _ in range(rng.randint(3, 8)))
        if rng.random() < 0.3:
            sel += " " + rng.choice(["a", "li", "p", "h2", "span", "img", "ul>li", "a:hover"])
        props = ";".join(
            p.format(hx="".join(rng.choice("0123456789abcdef") for _ in range(6)), n=rng.randint(1, 9))
            for p in rng.sample(_CSS_PROPS, rng.randint(2, 7)))
        rule = sel + "{" + props + "}"
        if rng.random() < 0.05:
            rule = "@media (max-width:%dpx){%s}" % (rng.choice([480, 768, 1024, 1280]), rule)
        parts.append(rule)
        total += len(rule)
    return "".join(parts)


_JS_SNIPPETS = [
    "function {a}({b},{c}){{return {b}&&{b}.{d}?{b}.{d}({c}):void 0}}",
    "var {a}=window.{b}||[];{a}.push({{event:\"{d}\",ts:Date.now(),v:{n}}});",
    "{a}.prototype.{d}=function({b}){{var {c}=this;return new Promise(function(r){{setTimeout(function(){{r({c}.{b})}},{n})}})}};",
    "if(typeof {a}===\"undefined\"){{var {a}={{}}}}{a}.{d}={a}.{d}||function(){{({a}.q={a}.q||[]).push(arguments)}};",
    "document.addEventListener(\"{ev}\",function({b}){{var {c}={b}.target;{c}&&{c}.dataset&&{a}({c}.dataset.{d},{n})}},!1);",
    "for(var {b}=0,{c}={a}.length;{b}<{c};{b}++){{if({a}[{b}].{d}>{n})break}}",
    "try{{localStorage.setItem(\"{d}_{n}\",JSON.stringify({{{b}:{n},{c}:!0}}))}}catch({a}){{}}",
    "{a}=function({b}){{return \"{d}\"+{b}.toString({n}).slice(-4)+\"-\"+Math.random().toString(36).substr(2,9)}};",
    "var {a}=new XMLHttpRequest;{a}.open(\"POST\",\"/{d}/collect?v={n}\",!0);{a}.send(JSON.stringify({b}));",
    "(function({a},{b}){{\"object\"==typeof exports?module.exports={b}():{a}.{d}={b}()}})(this,function(){{return{{{c}:{n}}}}});",
]


def _ident(rng):
    return rng.choice(_IDENT) + "".join(rng.choice(_IDENT + "0123456789_$") for _ in range(rng.randint(0, 3)))


def _build_js_pool(rng, size):
    parts = []
    total = 0
    events = ["click", "scroll", "load", "DOMContentLoaded", "visibilitychange", "submit"]
    while total < size:
        s = rng.choice(_JS_SNIPPETS).format(a=_ident(rng), b=_ident(rng), c=_ident(rng),
                                            d=rng.choice(["track", "send", "init", "render", "log",
                                                          "consent", "pageview", "lazy", "ads", "ab"]),
                                            n=rng.randint(1, 999), ev=rng.choice(events))
        parts.append(s)
        total += len(s)
    return "".join(parts)


_POOLS = {}


def pools(seed):
    if seed not in _POOLS:
        rng = random.Random("pools:%s" % seed)
        _POOLS[seed] = (_build_css_pool(rng, 400_000), _build_js_pool(rng, 800_000))
    return _POOLS[seed]


def _slice(rng, pool, n, sep):
    """A slice of about n bytes from pool, starting and ending at a `sep` boundary."""
    n = max(64, min(n, len(pool) - 1))
    start = rng.randrange(0, len(pool) - n)
    s = pool.find(sep, start)
    s = 0 if s < 0 else s + 1
    e = pool.find(sep, s + n)
    if e < 0:
        e = len(pool) - 1
    return pool[s:e + 1]


# --------------------------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------------------------

class Text:
    def __init__(self, rng):
        self.rng = rng

    def name(self):
        r = self.rng
        return r.choice(FIRST_NAMES) + " " + r.choice(LAST_NAMES)

    def sentence(self):
        r = self.rng
        tpl = r.choice(SENTENCE_TEMPLATES)
        words = iter(r.choices(WORDS, k=tpl.count("{w}")))
        out = []
        for i, chunk in enumerate(tpl.split("{")):
            if i == 0:
                out.append(chunk)
                continue
            key, _, rest = chunk.partition("}")
            if key == "w":
                out.append(next(words))
            elif key == "Name":
                out.append(self.name())
            elif key == "place":
                out.append(r.choice(PLACES))
            elif key == "region":
                out.append(r.choice(REGIONS))
            elif key == "org":
                out.append(r.choice(ORGS))
            elif key == "num":
                out.append(str(r.choice([r.randint(2, 99), r.randint(100, 9999), r.randint(2, 30)])))
            elif key == "money":
                out.append(r.choice(["$", "€", "£"]) + "%d.%d %s" % (r.randint(1, 900), r.randint(0, 9),
                                                                    r.choice(["million", "billion"])))
            elif key == "role":
                out.append(r.choice(ROLES))
            elif key == "weekday":
                out.append(r.choice(WEEKDAYS))
            elif key == "time":
                out.append(r.choice(TIMES))
            elif key == "month":
                out.append(r.choice(MONTHS))
            elif key == "year":
                out.append(str(r.randint(1995, 2024)))
            elif key == "ordinal":
                out.append(r.choice(ORDINALS))
            elif key == "age":
                out.append(str(r.randint(19, 88)))
            out.append(rest)
        s = "".join(out).replace("the the ", "the ")
        return s[0].upper() + s[1:]

    def paragraph(self, lo=2, hi=6, inline=True):
        r = self.rng
        sents = [self.sentence() for _ in range(r.randint(lo, hi))]
        if inline and r.random() < 0.5:
            i = r.randrange(len(sents))
            w = r.choice(WORDS)
            kind = r.random()
            if kind < 0.4:
                sents[i] += ' <a href="/%s/%s-%d">%s %s</a>.' % (r.choice(SECTIONS).lower().replace(" ", "-"),
                                                                w, r.randint(1000, 99999), "Read more on", w)
            elif kind < 0.7:
                sents[i] = "<em>" + sents[i] + "</em>"
            else:
                sents[i] = "<strong>" + sents[i] + "</strong>"
        return " ".join(sents)

    def headline(self):
        r = self.rng
        ws = r.choices(WORDS, k=r.randint(4, 9))
        h = " ".join(ws)
        h = h[0].upper() + h[1:]
        return "%s: %s in %s" % (r.choice(PLACES), h, r.choice(PLACES)) if r.random() < 0.3 else \
            "%s as %s %s" % (h, r.choice(ORGS), r.choice(["warns", "says", "responds", "acts"]))

    def slug(self, s):
        return "-".join(w for w in "".join(c.lower() if c.isalnum() else " " for c in s).split()[:8])


# --------------------------------------------------------------------------------------------
# Page parts
# --------------------------------------------------------------------------------------------

def nav(rng, domain):
    n = rng.randint(40, 120)
    items = []
    for i in range(n):
        sec = rng.choice(SECTIONS)
        sub = rng.choice(WORDS)
        items.append('<li class="nav-item"><a href="https://www.%s.example/%s/%s" data-track="nav-%d">%s %s</a></li>'
                     % (domain, sec.lower().replace(" ", "-"), sub, i, sec, sub.capitalize() if rng.random() < 0.5 else ""))
    groups = []
    step = rng.randint(8, 20)
    for i in range(0, n, step):
        groups.append('<li class="menu-group"><span class="menu-title">%s</span><ul class="submenu">%s</ul></li>'
                      % (rng.choice(SECTIONS), "\n".join(items[i:i + step])))
    return ('<nav class="primary-nav" id="main-menu" aria-label="Sections" role="navigation">\n'
            '<button class="menu-toggle" aria-expanded="false">Menu</button>\n<ul class="menu">\n%s\n</ul>\n</nav>\n'
            % "\n".join(groups))


def cookie_banner(rng):
    return ('<div id="cookie-consent" class="consent-banner" role="dialog" aria-label="Cookie consent">'
            '<div class="consent-inner"><p>We and our %d partners use cookies and similar technologies to store '
            'and access information on your device, to personalise content and ads, to provide social media '
            'features and to analyse our traffic. By clicking &#8220;Accept all&#8221; you agree to this. '
            '<a href="/privacy">Privacy&nbsp;policy</a> &amp; <a href="/cookies">cookie settings</a>.</p>'
            '<button type="button" class="accept">Accept all</button> '
            '<button type="button" class="reject">Reject all</button> '
            '<button type="button" class="manage">Manage preferences</button></div></div>\n' % rng.randint(80, 900))


def header(rng, site, domain):
    return ('<header class="site-header"><div class="hdr-wrap"><div class="hdr-top">'
            '<a class="logo" href="https://www.%s.example/"><img src="/static/logo.svg" alt="%s" width="220" height="40"></a>'
            '<span class="edition">%s Edition</span><a class="subscribe" href="/subscribe">Subscribe</a>'
            '<a class="login" href="/login">Sign in</a><form class="search" action="/search"><input type="search" name="q" '
            'placeholder="Search"><button>Go</button></form></div></div></header>\n'
            % (domain, site, rng.choice(["International", "UK", "US", "Europe", "Asia", "Weekend"])))


def byline(rng, t, author, date):
    return ('<div class="byline"><span class="by">By <a rel="author" href="/authors/%s">%s</a></span> '
            '<span class="role">%s</span> &middot; <time datetime="%s">%s</time>'
            '<div class="share-bar"><a href="#share-fb">Share</a> <a href="#share-x">Post</a> <a href="#share-mail">Email</a></div></div>\n'
            % (t.slug(author), author, rng.choice(["Staff reporter", "Correspondent", "Senior editor",
                                                    "in " + rng.choice(PLACES)]), date, date[:10]))


def body_blocks(rng, t):
    n = rng.randint(8, 40)
    out = []
    for i in range(n):
        out.append("<p>%s</p>" % t.paragraph())
        if i > 1 and rng.random() < 0.12:
            out.append("<h2>%s</h2>" % t.headline())
        if rng.random() < 0.06:
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % t.sentence() for _ in range(rng.randint(2, 6))))
        if rng.random() < 0.06:
            out.append('<blockquote class="pull-quote"><p>&#8220;%s&#8221;</p><cite>%s</cite></blockquote>'
                       % (t.sentence(), t.name()))
        if rng.random() < 0.08:
            img = rng.randint(100000, 999999)
            out.append('<figure class="inline-image"><img src="https://img.cdn.example/%d/%d.jpg" '
                       'srcset="https://img.cdn.example/%d/480.jpg 480w, https://img.cdn.example/%d/960.jpg 960w" '
                       'alt="%s" loading="lazy" width="960" height="540"><figcaption>%s <span class="credit">Photo: %s</span>'
                       '</figcaption></figure>' % (img, rng.randint(1, 9), img, img, t.headline(), t.sentence(), t.name()))
        if rng.random() < 0.05:
            out.append('<div class="ad-slot" data-ad-unit="/%d/article/inline-%d" aria-hidden="true"></div>'
                       % (rng.randint(1000, 9999), i))
    return "\n".join(out)


def article_html(rng, t, layout, title, author, date):
    lede = t.paragraph(1, 2, inline=False)
    blocks = body_blocks(rng, t)
    by = byline(rng, t, author, date)
    if layout == 0:
        return ('<article class="article" id="story">\n<header class="article-header"><h1>%s</h1>'
                '<p class="standfirst">%s</p>\n%s</header>\n<div class="article-body">\n%s\n</div>\n</article>\n'
                % (title, lede, by, blocks))
    if layout == 1:
        return ('<div class="story"><div class="story-header"><h1 class="story-title">%s</h1>\n%s</div>'
                '<div class="story-body"><p class="lede"><strong>%s</strong></p>\n%s\n</div></div>\n'
                % (title, by, lede, blocks))
    if layout == 2:
        return ('<div itemscope itemtype="https://schema.org/NewsArticle" class="news-article">'
                '<h1 itemprop="headline">%s</h1><div itemprop="author" itemscope itemtype="https://schema.org/Person">'
                '<meta itemprop="name" content="%s"></div>\n%s<div itemprop="articleBody" class="content">\n<p>%s</p>\n%s\n</div></div>\n'
                % (title, author, by, lede, blocks))
    # Old-school table layout.
    return ('<table class="layout" width="100%%" cellpadding="0" cellspacing="0" border="0"><tr>'
            '<td class="left-rail" width="160" valign="top"><a href="/">Home</a><br><a href="/archive">Archive</a></td>'
            '<td class="main" valign="top"><font face="Georgia"><h1>%s</h1></font>\n%s'
            '<div class="text"><p>%s</p>\n%s\n</div></td>'
            '<td class="right-rail" width="300" valign="top"><div class="ad-slot"></div></td></tr></table>\n'
            % (title, by, lede, blocks))


def related(rng, t, domain):
    items = []
    for _ in range(rng.randint(4, 12)):
        h = t.headline()
        items.append('<li class="rel-item"><a href="https://www.%s.example/%s/%d/%s"><img src="https://img.cdn.example/thumb/%d.jpg" alt="">'
                     '<span class="rel-title">%s</span></a><span class="rel-time">%d hours ago</span></li>'
                     % (domain, rng.choice(SECTIONS).lower().replace(" ", "-"), rng.randint(2015, 2024), t.slug(h),
                        rng.randint(10000, 99999), h, rng.randint(1, 23)))
    return '<aside class="related-stories"><h2>Related stories</h2><ul class="rel-list">%s</ul></aside>\n' % "\n".join(items)


def comments(rng, t, budget):
    out = []
    total = 0
    i = 0
    while total < budget:
        c = ('<li class="comment" id="c%d"><div class="comment-meta"><span class="cmt-author">%s</span> '
             '<time>%d minutes ago</time></div><div class="comment-body"><p>%s</p></div>'
             '<div class="comment-actions"><a href="#reply-%d">Reply</a> <a href="#like-%d">Like (%d)</a> '
             '<a href="#report-%d">Report</a></div></li>'
             % (i, rng.choice(["", "@"]) + rng.choice(FIRST_NAMES).lower() + str(rng.randint(1, 999)),
                rng.randint(1, 600), t.paragraph(1, 4, inline=False), i, i, rng.randint(0, 300), i))
        out.append(c)
        total += len(c)
        i += 1
    return ('<section class="comments" id="comments"><h2>Comments (%d)</h2><ol class="comment-list">%s</ol>'
            '<form class="comment-form"><textarea name="c"></textarea><button>Post</button></form></section>\n'
            % (i, "\n".join(out)))


def newsletter(rng):
    return ('<div class="newsletter-box"><h3>Get the %s briefing</h3><p>Sign up for our free newsletter &#8212; the '
            'day&#8217;s top stories in your inbox every %s.</p><form action="/newsletter" method="post">'
            '<input type="email" name="email" placeholder="Your email"><button type="submit">Sign up</button></form></div>\n'
            % (rng.choice(SECTIONS), rng.choice(["morning", "evening", "weekday", "Sunday"])))


def footer(rng, site, domain):
    cols = []
    for _ in range(rng.randint(4, 7)):
        links = "".join('<li><a href="https://www.%s.example/%s">%s</a></li>' % (domain, w, w.capitalize())
                        for w in rng.choices(WORDS, k=rng.randint(8, 20)))
        cols.append('<div class="ftr-col"><h4>%s</h4><ul>%s</ul></div>' % (rng.choice(SECTIONS), links))
    return ('<footer class="site-footer"><div class="ftr-inner">%s</div><p class="legal">&copy; %d %s. All rights reserved. '
            '<a href="/terms">Terms</a> &amp; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p></footer>\n'
            % ("".join(cols), rng.randint(2019, 2024), site))


def json_ld(title, author, date, site, url, desc):
    return ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
            '"headline":"%s","description":"%s","datePublished":"%s","dateModified":"%s",'
            '"author":[{"@type":"Person","name":"%s"}],"publisher":{"@type":"Organization","name":"%s",'
            '"logo":{"@type":"ImageObject","url":"%s/static/logo.png"}},"mainEntityOfPage":"%s"}</script>\n'
            % (title.replace('"', ""), desc.replace('"', ""), date, date, author, site, url.split("/", 3)[0] + "//" + url.split("/")[2], url))


# --------------------------------------------------------------------------------------------
# One page
# --------------------------------------------------------------------------------------------

def page(seed, index):
    rng = random.Random("%s:%d" % (seed, index))
    t = Text(rng)
    css_pool, js_pool = pools(seed)

    target = int(rng.triangular(MIN_BYTES, MAX_BYTES, MODE_BYTES))
    code_frac = rng.uniform(0.30, 0.60)
    site, domain = rng.choice(SITES)
    section = rng.choice(SECTIONS)
    title = t.headline()
    author = t.name()
    date = "%d-%02d-%02dT%02d:%02d:00Z" % (rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28),
                                           rng.randint(0, 23), rng.randint(0, 59))
    url = "https://www.%s.example/%s/%s/%s-%d" % (domain, section.lower().replace(" ", "-"), date[:10].replace("-", "/"),
                                                 t.slug(title), index)
    desc = t.sentence().replace('"', "")
    layout = rng.randrange(4)

    # Visible body, without the filler comments.
    depth = rng.randint(4, 12)
    open_divs = "".join('<div class="%s">' % rng.choice(["wrap", "container", "row", "col", "page", "main",
                                                          "content-area", "grid", "inner", "l-section"])
                        for _ in range(depth))
    close_divs = "</div>" * depth
    body_parts = [
        '<body class="article-page section-%s">\n' % section.lower().replace(" ", "-"),
        cookie_banner(rng),
        header(rng, site, domain),
        nav(rng, domain),
        open_divs, "\n",
        '<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/%s">%s</a></div>\n'
        % (section.lower().replace(" ", "-"), section),
        article_html(rng, t, layout, title, author, date),
        related(rng, t, domain),
        newsletter(rng),
    ]
    body_len = sum(len(p) for p in body_parts)
    want_visible = int(target * (1.0 - code_frac))
    cmt = comments(rng, t, max(0, want_visible - body_len - 3000)) if rng.random() < 0.9 or want_visible > body_len + 6000 \
        else ""
    tail = [cmt, close_divs, "\n", footer(rng, site, domain)]
    visible_len = body_len + sum(len(p) for p in tail)

    # Head metadata.
    head_meta = (
        '<!DOCTYPE html>\n<html lang="en" class="no-js">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<title>%s | %s</title>\n<meta name="description" content="%s">\n<meta name="author" content="%s">\n'
        '<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
        '<meta property="og:description" content="%s">\n<meta property="og:site_name" content="%s">\n'
        '<meta property="og:url" content="%s">\n<meta property="og:image" content="https://img.cdn.example/og/%d.jpg">\n'
        '<meta property="article:published_time" content="%s">\n<meta property="article:section" content="%s">\n'
        '<meta name="twitter:card" content="summary_large_image">\n<link rel="canonical" href="%s">\n'
        '<link rel="stylesheet" href="/assets/css/main.%06x.css">\n'
        % (title, site, desc, author, title, desc, site, url, rng.randint(1, 10 ** 6), date, section, url,
           rng.randrange(16 ** 6)))
    ld = json_ld(title, author, date, site, url, desc)

    # Style/script blocks sized so that code is ~code_frac of the page (and the page ~target).
    fixed = len(head_meta) + len(ld) + visible_len + 200
    # If the visible part already overshoots its share, keep code at >= 30% of the page but let
    # the page stay as close to the target as possible (never above MAX_BYTES).
    code_budget = max(int(target - fixed), int(0.30 / 0.70 * visible_len) + 1, 4000)
    code_budget = max(min(code_budget, MAX_BYTES - fixed - 2000), int(0.30 / 0.70 * visible_len) + 1)
    n_style = rng.randint(1, 3)
    n_script = rng.randint(1, 4)  # + the JSON-LD block = 2-5 scripts
    css_share = rng.uniform(0.2, 0.45)
    css_total = int(code_budget * css_share)
    js_total = code_budget - css_total
    code = []
    for _ in range(n_style):
        code.append("<style>%s</style>\n" % _slice(rng, css_pool, css_total // n_style, "}"))
    code.append(ld)
    scripts_body = []
    for i in range(n_script):
        js = _slice(rng, js_pool, js_total // n_script, ";")
        if i == 0:
            js = ('window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}'
                  'gtag("js",new Date);gtag("config","G-%X",{content_group:"%s",page_type:"article"});'
                  % (rng.randrange(16 ** 8), section)) + js
        attrs = rng.choice(["", ' type="text/javascript"', ' data-cfasync="false"', ' nonce="%x"' % rng.randrange(16 ** 12)])
        scripts_body.append("<script%s>%s</script>\n" % (attrs, js))
    # Most scripts go in <head>; the last one at the end of <body>, as on real pages.
    head = head_meta + "".join(code) + "".join(scripts_body[:-1]) + "</head>\n"
    return "".join([head] + body_parts + tail + [scripts_body[-1], "</body>\n</html>\n"])


def relpath(index):
    folder = index // FILES_PER_FOLDER
    return os.path.join("%02d" % (folder // 100), "%02d" % (folder % 100), "article-%06d.html" % index)


def write_range(args):
    seed, out, start, stop = args
    total = 0
    made = set()
    for i in range(start, stop):
        path = os.path.join(out, relpath(i))
        d = os.path.dirname(path)
        if d not in made:
            os.makedirs(d, exist_ok=True)
            made.add(d)
        data = page(seed, i).encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        total += len(data)
    return total


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, required=True, help="number of pages")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--seed", default="42", help="seed (any string; default 42)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: CPUs)")
    a = ap.parse_args()

    os.makedirs(a.out, exist_ok=True)
    started = time.time()
    chunk = 500
    tasks = [(a.seed, a.out, s, min(s + chunk, a.count)) for s in range(0, a.count, chunk)]
    if a.jobs > 1 and len(tasks) > 1:
        import multiprocessing
        with multiprocessing.Pool(a.jobs) as pool:
            total = sum(pool.imap_unordered(write_range, tasks))
    else:
        total = sum(write_range(task) for task in tasks)
    elapsed = time.time() - started
    print("wrote %d pages, %d bytes (%.1f MB, mean %.1f KB/page) to %s in %.1f s"
          % (a.count, total, total / 1e6, total / max(a.count, 1) / 1024, a.out, elapsed))
    print("total_bytes=%d" % total)


if __name__ == "__main__":
    sys.exit(main())
