import GleanerClean
import GleanerCore
import Testing

/// A paragraph of `words` words, long enough that the container pass keeps it without fallbacks.
private func body(_ words: Int = 80, _ word: String = "story") -> String {
    "<p>" + Array(repeating: word, count: words).joined(separator: " ") + " ends here.</p>"
}

private func clean(_ html: String) throws(DocumentError) -> CleanedDocument {
    try HTMLCleaner.clean(Array(html.utf8))
}

private func reason(of text: String, in html: String) throws -> DropReason? {
    let blocks = try HTMLCleaner.explain(Array(html.utf8)).1.blocks
    let block = try #require(blocks.first { $0.text == text })
    return block.reason
}

@Suite("Main content: repairs and precision rules")
struct ExtractionRepairTests {
    @Test func repairsMojibake() throws {
        // UTF-8 read as Windows-1252 ("â€™"), as Latin-1 (C1 controls) and a two-byte letter.
        let page = "<article>\(body())<p>Itâ€™s a testâ\u{80}\u{94}really, at the cafÃ©.</p></article>"
        let text = try clean(page).text
        #expect(text.contains("It’s a test—really, at the café."))
        #expect(!text.contains("â"))
        // One stray sequence is left alone: real text may hold it.
        #expect(try clean("<article>\(body())<p>Keep Â° as written.</p></article>").text.contains("Â°"))
        // Plain text gets the same repair.
        let plain = try TextCleaner.clean(Array("Itâ€™s here.\n\nAnd cafÃ© too.".utf8))
        #expect(plain.text == "It’s here.\n\nAnd café too.")
    }

    @Test func dropsRepeatedBlocksButNotRepeatedCellsOrItems() throws {
        let card = "Compare plans and start your free trial today"
        let page = "<article>\(body())<p>\(card)</p>\(body(60, "more"))<p>\(card)</p></article>"
        let explained = try HTMLCleaner.explain(Array(page.utf8)).1.blocks.filter { $0.text == card }
        #expect(explained.map(\.reason) == [nil, .repeated])
        let list =
            "<article>\(body())<ul><li>Easy run of thirty minutes</li><li>Easy run of thirty minutes</li></ul></article>"
        #expect(try clean(list).text.components(separatedBy: "Easy run of thirty minutes").count == 3)
    }

    @Test func keepsHeadingsThatAreAnchorLinks() throws {
        let page = "<article><h2><a href=\"#part-one\">The first part of the story</a></h2>\(body())</article>"
        #expect(try clean(page).text.hasPrefix("The first part of the story"))
    }

    @Test func sectionIdsMadeOfHeadingWordsAreNotBoilerplate() throws {
        let page = """
            <article><div id="menu-planning-for-large-events">\(body(80, "menu"))</div>
            <div id="menu"><p>Home World Sport Opinion Culture</p></div></article>
            """
        let text = try clean(page).text
        #expect(text.contains("menu menu"))
        #expect(!text.contains("Home World"))
    }

    @Test(arguments: ["References", "Sources", "More from The Daily Site:"])
    func sectionLabelsCutReferenceAndTeaserTails(_ label: String) throws {
        let page = "<article>\(body())<h3>\(label)</h3><p>Smith J. A paper on things. 2021.</p></article>"
        let text = try clean(page).text
        #expect(!text.contains(label))
        #expect(!text.contains("A paper on things"))
    }

    @Test(arguments: [
        "Mountain lake at dawn. Photo by: Jane Doe", "Lorem ipsum dolor sit amet, consectetur adipiscing",
        "Disclaimer: we review products independently.",
    ])
    func dropsCreditsPlaceholdersAndDisclosures(_ line: String) throws {
        #expect(try reason(of: line, in: "<article>\(body())<p>\(line)</p></article>") == .phrase)
    }
}

@Suite("Metadata: dates, authors and titles")
struct MetadataQualityTests {
    @Test(arguments: [
        ("<meta itemprop=\"datePublished\" content=\"2025-12-17\">", "2025-12-17"),  // a <meta> in the body
        ("<div class=\"meta\">September 1st, 2023</div>", "2023-09-01"),
        ("<span>Dec 17, 2025</span><span>Jane Doe</span>", "2025-12-17"),
        ("<span>17.05.2021</span>", "2021-05-17"),
        ("<span>2/24/2026</span>", "2026-02-24"),
        ("<span>12.16.2025</span>", "2025-12-16"),
    ])
    func findsPublicationDates(_ markup: String, _ date: String) throws {
        #expect(try clean("<body>\(markup)<article>\(body())</article></body>").meta.published == date)
    }

    @Test func readsOtherPublishedKeysAndUsesUpdateDatesLast() throws {
        let published = "<head><meta name=\"published-date\" content=\"2021-02-16\"></head>"
        #expect(try clean("\(published)<article>\(body())</article>").meta.published == "2021-02-16")
        let modified = "<head><meta property=\"article:modified_time\" content=\"2023-06-12T10:39:42+00:00\"></head>"
        #expect(try clean("\(modified)<article>\(body())</article>").meta.published == "2023-06-12")
    }

    @Test func readsTheWrittenByLabelOfLinkPreviews() throws {
        let head = """
            <head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ana Lopes"></head>
            """
        #expect(try clean("\(head)<article>\(body())</article>").meta.authors == ["Ana Lopes"])
    }

    @Test func resolvesJSONLDAuthorReferences() throws {
        let script = """
            <script type="application/ld+json">{"@graph": [
              {"@type": "Article", "headline": "H", "author": {"@id": "https://example.org/#/person/1"}},
              {"@type": "Person", "@id": "https://example.org/#/person/1", "name": "Nirmala Rao"}]}</script>
            """
        #expect(try clean("<head>\(script)</head><article>\(body())</article>").meta.authors == ["Nirmala Rao"])
    }

    @Test(arguments: [
        ("<div class=\"byline\"><a href=\"/authors/trevor-jones\">Trevor Jones</a></div>", ["Trevor Jones"]),
        ("<div><p>Written by</p><p>Edward Tabor</p></div>", ["Edward Tabor"]),
        ("<p>Written by Cassie Horton</p>", ["Cassie Horton"]),
        ("<div><h3>Nadia Dhar</h3><p>Author</p></div>", ["Nadia Dhar"]),
        ("<p>By Team Example Data</p><p>Written by Paul Gio</p>", ["Paul Gio"]),
        ("<div class=\"author\">Haley Hart • March 12, 2025</div>", ["Haley Hart"]),
        ("<div class=\"author\">Full Bio</div>", []),
    ])
    func findsAuthorsInTheBody(_ markup: String, _ authors: [String]) throws {
        #expect(try clean("<body>\(markup)<article>\(body())</article></body>").meta.authors == authors)
    }

    @Test func teamBylinesCountButTheSiteAndLabelsDoNot() throws {
        func authors(_ value: String, title: String = "A story | Example") throws -> [String] {
            let head = "<head><title>\(title)</title><meta name=\"author\" content=\"\(value)\"></head>"
            return try clean("\(head)<article>\(body())</article>").meta.authors
        }
        #expect(try authors("Everfit Team") == ["Everfit Team"])
        #expect(try authors("Our Editors") == [])
        #expect(try authors("Kong", title: "API guide | Kong") == [])
        #expect(try authors("Juliette Carreiro, Staff Writer") == ["Juliette Carreiro"])
    }

    @Test func titleSkipsTheSiteNameHeading() throws {
        let masthead = """
            <head><title>Why it’s late – Yoga Notes</title><meta property="og:site_name" content="Yoga Notes"></head>
            <body><h1>Yoga Notes</h1><article>\(body())</article></body>
            """
        #expect(try clean(masthead).meta.title == "Why it’s late")
        let wrapped = """
            <head><title>Packing Guide</title></head>
            <body><h1>Blog</h1><h1><span class="meta-field">Packing Guide</span></h1><article>\(body())</article></body>
            """
        #expect(try clean(wrapped).meta.title == "Packing Guide")
    }
}

@Suite("Metadata: language")
struct LanguageTests {
    private let english = """
        The council said that the road would be closed for repairs, and it was not clear when it \
        will open again. Residents who have cars were told to use the bridge, which is in the north \
        of the town, but they said that it is too narrow for the buses that run there.
        """
    private let german = """
        Der Rat hat gesagt, dass die Straße für Reparaturen gesperrt wird, und es ist nicht klar, wann \
        sie wieder geöffnet wird. Die Bewohner, die ein Auto haben, sollen die Brücke im Norden der \
        Stadt nutzen, aber sie sagen, dass sie für die Busse zu schmal ist und auch nicht sicher.
        """

    @Test func declaredLanguageWinsThenTheTextDecides() throws {
        #expect(
            try clean("<html lang=\"fr\"><body><article><p>\(english)</p></article></body></html>").meta.language
                == "fr")
        #expect(try clean("<body><article><p>\(english)</p></article></body>").meta.language == "en")
        #expect(try clean("<body><article><p>\(german)</p></article></body>").meta.language == "de")
        let japanese = String(repeating: "東京で新しい駅が開業しました。多くの人が訪れています。", count: 6)
        #expect(try clean("<body><article><p>\(japanese)</p></article></body>").meta.language == "ja")
    }

    @Test func plainTextGetsALanguageAndShortTextNone() throws {
        #expect(try TextCleaner.clean(Array(english.utf8)).meta.language == "en")
        #expect(try clean("<body><article><p>Photo gallery 2025</p></article></body>").meta.language == nil)
    }
}
