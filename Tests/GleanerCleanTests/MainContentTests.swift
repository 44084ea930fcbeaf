import GleanerClean
import GleanerCore
import Testing

/// Pages written for the test: an article of `words` words with boilerplate around it.
private func article(_ words: Int = 120, _ word: String = "article") -> String {
    "<p>" + Array(repeating: word, count: words).joined(separator: " ") + " ends here.</p>"
}

private func clean(_ html: String) throws(DocumentError) -> CleanedDocument {
    try HTMLCleaner.clean(Array(html.utf8))
}

private func explain(_ html: String) throws(DocumentError) -> Explanation {
    try HTMLCleaner.explain(Array(html.utf8)).1
}

private func reason(of text: String, in html: String) throws -> DropReason? {
    let blocks = try explain(html).blocks
    let block = try #require(blocks.first { $0.text == text })
    return block.reason
}

@Suite("Main content: pruning rules")
struct PruningRuleTests {
    @Test(arguments: [
        ("<nav>Home World Sport</nav>", "Home World Sport", DropReason.chromeTag),
        ("<div role=\"navigation\">Home World Sport</div>", "Home World Sport", .ariaRole),
        ("<div class=\"breadcrumbs\">Home › World</div>", "Home › World", .navigation),
        (
            "<div id=\"cookie-banner\">We use cookies to improve the site</div>", "We use cookies to improve the site",
            .consent
        ),
        (
            "<div class=\"newsletter-box\">Get the briefing every morning</div>", "Get the briefing every morning",
            .newsletter
        ),
        ("<section class=\"donate-appeal\">Keep us going this year</section>", "Keep us going this year", .appeal),
        ("<div class=\"share-tools\">Share 1.2K</div>", "Share 1.2K", .share),
        (
            "<section id=\"comments\">Great piece, 12 dead is awful</section>", "Great piece, 12 dead is awful",
            .comments
        ),
        ("<div class=\"related-stories\">12 killed in market blast</div>", "12 killed in market blast", .related),
        ("<div class=\"ad-slot\">Buy now 50% off</div>", "Buy now 50% off", .advertising),
        (
            "<div class=\"author-bio\">Jane writes about the region</div>", "Jane writes about the region",
            .authorMeta
        ),
        (
            "<figcaption class=\"caption\">Smoke over the city. Photo: AP</figcaption>",
            "Smoke over the city. Photo: AP", .caption
        ),
        ("<div class=\"sidebar\">Most read this week</div>", "Most read this week", .sidebar),
        ("<p hidden>secret text kept out</p>", "secret text kept out", .hidden),
        ("<div aria-hidden=\"true\">decorative words here</div>", "decorative words here", .hidden),
        ("<div style=\"display: none\">invisible words here</div>", "invisible words here", .hidden),
    ])
    func dropsMarkedBlocks(markup: String, text: String, expected: DropReason) throws {
        let page = "<html><body><article>\(article())</article>\(markup)</body></html>"
        #expect(try reason(of: text, in: page) == expected)
        #expect(!(try clean(page).text.contains(text)))
    }

    @Test func hiddenTextInsideTheArticleBodyIsDroppedToo() throws {
        // Editors' notes hidden inside the article must never be published.
        let page = """
            <body><article>\(article())<p style="display:none">Editor's note, do not publish.</p>
            <div hidden>Internal note for subeditors.</div></article></body>
            """
        let text = try clean(page).text
        #expect(!text.contains("note"))
    }

    @Test func wordPressPostClassesDoNotMarkTheArticle() throws {
        let page = """
            <body><div class="post type-post category-news tag-conflict has-sidebar-no">\(article())</div></body>
            """
        #expect(try clean(page).text.hasSuffix("ends here."))
    }

    @Test func linkDenseBlocksAndListsAreDropped() throws {
        let links = (1...6).map { "<li><a href=\"/s/\($0)\">Story number \($0) of the day</a></li>" }.joined()
        let page = "<body><div>\(article())<ul>\(links)</ul><p><a href=\"/x\">Read more</a></p></div></body>"
        let document = try clean(page)
        #expect(!document.text.contains("Story number"))
        #expect(!document.text.contains("Read more"))
        #expect(try reason(of: "Read more", in: page) == .linkDense)
    }

    @Test func paragraphsMarkedAsBehindThePaywallAreArticleText() throws {
        // Metered sites mark the gated paragraphs of the story itself "paywall"; the prompt that
        // asks readers to subscribe is its own block and is dropped.
        let gated = (1...4).map { "<p class=\"paywall\">Gated paragraph \($0) of the story goes on here.</p>" }
        let page = """
            <body><div class="body__inner-container">\(article(80))\(gated.joined())
            <div class="paywall-cta">Subscribe to keep reading.</div></div></body>
            """
        let text = try clean(page).text
        #expect(text.contains("Gated paragraph 4 of the story"))
        #expect(!text.contains("Subscribe to keep reading"))
    }

    @Test func markedLinksInsideASentenceStayInIt() throws {
        // Keyword and search links inside running text keep the sentence whole; a marked link
        // that opens a paragraph is still judged as its own block.
        let page = """
            <body><div>\(article(120))<p>Militants of <a class="searchLink" href="/search?q=x">Boko Haram</a> \
            attacked the town of <span class="tag">Damboa</span> on Sunday.</p>
            <p><a class="share-link" href="/share">Share this story</a></p></div></body>
            """
        let document = try clean(page)
        #expect(document.text.contains("Militants of Boko Haram attacked the town of Damboa on Sunday."))
        #expect(!document.text.contains("Share this story"))
    }

    @Test func aMarkOnAWrapperOfTheWholeArticleIsIgnored() throws {
        // "no-sidebars" contains "sidebar"; the element holds nearly all the text, so the mark is ignored.
        let page = "<body><div class=\"content no-sidebars\">\(article(200))</div><nav>Home</nav></body>"
        #expect(try clean(page).words == 202)
    }

    @Test func articleBodyMarkerChoosesTheContainer() throws {
        let page = """
            <body><div>\(article(80, "teaser"))</div>
            <div itemprop="articleBody">\(article(100))<h2>Aftermath</h2>\(article(60))</div></body>
            """
        let document = try clean(page)
        #expect(!document.text.contains("teaser"))
        #expect(document.paragraphs.count == 3)
        #expect(document.paragraphs[1] == "Aftermath")
    }

    @Test func densestSubtreeWinsWithoutMarkers() throws {
        let page = """
            <body><div id="a"><p>Short teaser one.</p><p>Short teaser two.</p></div>
            <div id="b">\(article(150))\(article(90))</div></body>
            """
        let document = try clean(page)
        #expect(document.paragraphs.count == 2)
        #expect(try explain(page).blocks.first?.reason == .outsideContent)
    }

    @Test func headingsListsAndQuotesInTheArticleAreKept() throws {
        let page = """
            <body><article>\(article())<h2>What happened</h2><ul><li>Five dead</li><li>Twelve hurt</li></ul>
            <blockquote>We heard the shots.</blockquote></article></body>
            """
        #expect(
            try clean(page).paragraphs.suffix(4) == [
                "What happened", "Five dead", "Twelve hurt", "We heard the shots.",
            ])
    }

    @Test func titleHeadingBylineAndDateLinesAreDropped() throws {
        let page = """
            <html><head><title>Five killed in strike | Example News</title></head><body><article>
            <h1>Five killed in strike</h1><p>By Jane Doe</p><p>March 12, 2024</p>\(article())</article></body></html>
            """
        let document = try clean(page)
        #expect(document.paragraphs.count == 1)
        #expect(document.meta.title == "Five killed in strike")
    }

    @Test func sectionLabelsCutTheTail() throws {
        let page = """
            <body><div>\(article(200))<p>Related stories</p><p>12 killed in blast</p>
            <p>READER COMMENTS (3)</p><p>So sad, 3 dead</p></div></body>
            """
        let explanation = try explain(page)
        #expect(explanation.blocks.map(\.kept) == [true, false, false, false, false])
        #expect(explanation.blocks[1].reason == .sectionLabel)
        #expect(explanation.blocks[2].reason == .afterSectionLabel)
    }

    @Test func appealAndPromptWordingIsDropped() throws {
        let page = """
            <body><div>\(article(200))<p>Sign up for our weekly newsletter.</p>
            <p>Keep us independent. A donation of $25 keeps a reporter in the field. Donate securely here.</p>
            </div></body>
            """
        #expect(try clean(page).paragraphs.count == 1)
    }

    @Test func breakSeparatedLinesOutsideParagraphsAreJudgedOneByOne() throws {
        let page = """
            <body><table><tr><td>\(article(200))<br><b>RELATED STORIES</b><br>
            » <a href="/a">Related: 12 killed in market blast</a><br></td></tr></table></body>
            """
        let document = try clean(page)
        #expect(!document.text.contains("12 killed"))
        #expect(!document.text.contains("RELATED"))
    }

    @Test func boilerplateRemovedCountsDroppedBlocks() throws {
        let page = "<body><nav>Home</nav><article>\(article())</article><footer>© 2024</footer></body>"
        let document = try clean(page)
        #expect(document.boilerplateRemoved == 2)
        #expect(try explain(page).blocks.filter { !$0.kept }.count == 2)
    }
}

@Suite("Main content: fallbacks")
struct FallbackTests {
    @Test func jsonLDArticleBodyWhenTheContainerHoldsTooLittle() throws {
        let body = Array(repeating: "Reported text from the structured data.", count: 10).joined(separator: " ")
        let page = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"H","articleBody":"\(body)"}
            </script></head><body><div id="app">Loading…</div></body></html>
            """
        let (document, explanation) = try HTMLCleaner.explain(Array(page.utf8))
        #expect(explanation.method == .jsonLD)
        #expect(document.text == body)
    }

    @Test func allParagraphsWhenNoContainerHoldsEnough() throws {
        let page = """
            <body><div class="related">\(article(30, "one"))</div><div class="related">\(article(30, "two"))</div>
            <div class="related">\(article(30, "three"))</div><div class="related">\(article(30, "four"))</div></body>
            """
        let document = try clean(page)
        #expect(!document.text.isEmpty)
    }

    @Test func neverEmptyForAPageWithText() throws {
        // Only class-marked text: the whole-page fallback keeps it.
        let page = "<body><div class=\"sidebar\">The only words on this page, in a sidebar.</div></body>"
        #expect(try clean(page).text == "The only words on this page, in a sidebar.")
    }

    @Test func onlyPageChromeIsNoArticle() {
        let page = "<body><nav><a href=\"/\">Top stories</a> <a href=\"/w\">World</a></nav><footer>©</footer></body>"
        #expect(throws: DocumentError.self) { try clean(page) }
    }

    @Test func noTextIsAnError() {
        #expect(throws: DocumentError.self) { try clean("<html><body><script>x()</script></body></html>") }
    }
}

@Suite("Metadata")
struct MetadataTests {
    @Test func metadataFromJSONLDAndMetaTags() throws {
        let page = """
            <html lang="en-GB"><head><title>Clashes shut airport – Global Dispatch</title>
            <meta property="og:site_name" content="Global Dispatch">
            <link rel="canonical" href="https://example.org/2024/08/15/clashes">
            <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle",
            "headline":"Clashes shut airport","datePublished":"2024-08-15T06:00:00Z",
            "author":[{"@type":"Person","name":"Omar Haddad"},{"@type":"Person","name":"Lina Saleh"}]}]}</script>
            </head><body><article><h1>Clashes shut airport</h1>\(article())</article></body></html>
            """
        let meta = try clean(page).meta
        #expect(meta.title == "Clashes shut airport")
        #expect(meta.authors == ["Omar Haddad", "Lina Saleh"])
        #expect(meta.published == "2024-08-15")
        #expect(meta.site == "Global Dispatch")
        #expect(meta.url == "https://example.org/2024/08/15/clashes")
        #expect(meta.language == "en-GB")
    }

    @Test func titleSuffixIsRemovedAndAuthorsAreNeverInvented() throws {
        let page = """
            <html><head><title>Aid convoys stall | The Herald</title><meta name="author" content="By Daniel Ash">
            <meta property="article:published_time" content="2024-02-08T10:00:00+00:00"></head>
            <body>\(article())</body></html>
            """
        let meta = try clean(page).meta
        #expect(meta.title == "Aid convoys stall")
        #expect(meta.authors == ["Daniel Ash"])
        #expect(meta.published == "2024-02-08")
        let bare = try clean("<html><head><title>Notes</title></head><body>\(article())</body></html>").meta
        #expect(bare.authors.isEmpty)
        #expect(bare.published == nil)
    }

    @Test func dateFromTimeElementAndURL() throws {
        let timed = "<body><time datetime=\"2023-11-14T08:00\">Nov 14</time>\(article())</body>"
        #expect(try clean(timed).meta.published == "2023-11-14")
        let fromURL = """
            <html><head><link rel="canonical" href="https://example.org/world/2024/03/12/story"></head>
            <body>\(article())</body></html>
            """
        #expect(try clean(fromURL).meta.published == "2024-03-12")
    }

    @Test(arguments: [
        ("BEIRUT (Reuters) - Artillery shells struck the village on Tuesday.", "BEIRUT (Reuters)"),
        ("TEHRAN, Iran — Officials said the talks would resume next week.", "TEHRAN, Iran"),
        ("The minister said on Tuesday – after a long delay – that talks resume.", nil),
    ])
    func datelineIsSplitOffTheFirstParagraph(first: String, dateline: String?) throws {
        let page = "<body><article><p>\(first)</p>\(article())</article></body>"
        let document = try clean(page)
        #expect(document.meta.dateline == dateline)
        if dateline != nil { #expect(!document.text.hasPrefix(dateline!)) }
    }
}
