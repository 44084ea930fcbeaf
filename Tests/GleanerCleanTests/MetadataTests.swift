import GleanerClean
import GleanerCore
import Testing

/// A paragraph long enough that the container pass keeps it without fallbacks.
private func story() -> String {
    "<p>" + Array(repeating: "story", count: 80).joined(separator: " ") + " ends here.</p>"
}

private func meta(_ head: String, body: String = "") throws(DocumentError) -> ArticleMeta {
    try HTMLCleaner.clean(
        Array("<html><head>\(head)</head><body>\(body)<article>\(story())</article></body></html>".utf8)
    )
    .meta
}

private func jsonLD(_ author: String) -> String {
    "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"H\", \"author\": \(author)}</script>"
}

@Suite("Metadata rules")
struct MetadataRuleTests {
    @Test func jsonLDAuthorsTypedAsAnOrganisationAreNotWriters() throws {
        #expect(try meta(jsonLD(#"{"@type": "Organization", "name": "Acme Data"}"#)).authors == [])
        #expect(try meta(jsonLD(#"{"@type": ["NewsMediaOrganization"], "name": "Daily Wire"}"#)).authors == [])
        #expect(try meta(jsonLD(#"{"@type": "Person", "name": "Rosa Diaz"}"#)).authors == ["Rosa Diaz"])
        // A person among organisations is kept; an untyped name is kept.
        let mixed = #"[{"@type": "Organization", "name": "Acme Data"}, {"@type": "Person", "name": "Rosa Diaz"}]"#
        #expect(try meta(jsonLD(mixed)).authors == ["Rosa Diaz"])
        #expect(try meta(jsonLD(#"{"name": "Rosa Diaz"}"#)).authors == ["Rosa Diaz"])
    }

    @Test func aReferenceToAnOrganisationIsNotAWriter() throws {
        let graph = """
            <script type="application/ld+json">{"@graph": [
              {"@type": "Article", "headline": "H", "author": {"@id": "https://example.org/#org"}},
              {"@type": "Organization", "@id": "https://example.org/#org", "name": "Acme Data"}]}</script>
            """
        #expect(try meta(graph).authors == [])
    }

    @Test(arguments: ["By State", "By Manufacturer", "By Use Case", "By Wine Region", "By Getty Images"])
    func menuFacetsAndImageCreditsAreNotBylines(_ text: String) throws {
        #expect(try meta("", body: "<nav><ul><li><a href=\"/x\">\(text)</a></li></ul></nav>").authors == [])
    }

    @Test func aPersonBylineStillCounts() throws {
        #expect(try meta("", body: "<p>By Rosa Diaz</p>").authors == ["Rosa Diaz"])
    }

    @Test func teamPagesAndFeedsAreNotTeamBylines() throws {
        #expect(try meta("<meta name=\"author\" content=\"Meet Our Team\">").authors == [])
        #expect(try meta("<meta name=\"author\" content=\"Rss Feed\">").authors == [])
        #expect(try meta("<meta name=\"author\" content=\"Acme Editorial Team\">").authors == ["Acme Editorial Team"])
    }

    @Test func eitherLinkPreviewLabelCanNameTheWriter() throws {
        let head = """
            <meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="7 minutes">
            <meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Ana Lopes">
            """
        #expect(try meta(head).authors == ["Ana Lopes"])
    }

    @Test(arguments: [
        ("https://example.org/blog/2023/october/03/how-it-works", "2023-10-03"),
        ("https://example.org/2021/Sept/9/story", "2021-09-09"),
        ("https://example.org/2024/07/15/story", "2024-07-15"),
        ("https://example.org/2023/marketing/03/story", nil),
    ])
    func urlDatesMayNameTheMonth(_ url: String, _ date: String?) throws {
        #expect(try meta("<link rel=\"canonical\" href=\"\(url)\">").published == date)
    }

    @Test func aTimestampADayOffTheURLDateGivesWayToIt() throws {
        let url = "<link rel=\"canonical\" href=\"https://example.org/2025/12/18/comfort-watches\">"
        let utc = "<meta property=\"article:published_time\" content=\"2025-12-19T02:41:41+00:00\">"
        #expect(try meta(url + utc).published == "2025-12-18")
        // Two days off is another date, not another time zone: the declared one stays.
        let later = "<meta property=\"article:published_time\" content=\"2025-12-20T10:00:00+00:00\">"
        #expect(try meta(url + later).published == "2025-12-20")
    }

    @Test func headDatesComeBeforeDatesInTheBody() throws {
        let head = "<meta name=\"date\" content=\"March 27, 2025\">"
        let teaser =
            "<ul><li><time itemprop=\"datePublished\" datetime=\"2026-03-13T12:00:00+00:00\">Today</time></li></ul>"
        #expect(try meta(head, body: teaser).published == "2025-03-27")
        #expect(try meta("", body: teaser).published == "2026-03-13")
    }

    @Test func aDateBesideTheHeadlineBeatsTeaserDatesAboveIt() throws {
        let teasers = (1...5).map {
            "<li><p>Story number \($0) of the list</p><time datetime=\"2025-0\($0)-14\">earlier</time></li>"
        }
        .joined()
        let list = "<ul class=\"latest\">\(teasers)</ul>"
        // A `<time>` just after the `<h1>`.
        let timed =
            "<h1>Candidate experience at a firm</h1><p>By staff</p><time datetime=\"2017-03-01T12:00:00Z\">then</time>"
        #expect(try meta("", body: list + timed).published == "2017-03-01")
        // A written date in the eyebrow just above the `<h1>`.
        let eyebrow =
            "<div><a href=\"/learn\">Learning Center</a><div>January 28, 2025</div><div>10 min read</div></div>"
        #expect(
            try meta("", body: list + eyebrow + "<h1>Essential guide to API documentation</h1>").published
                == "2025-01-28")
        // Far from the headline, the first `<time>` of the page is all there is.
        let far = "<div>January 28, 2025</div>" + list + "<h1>Essential guide to API documentation</h1>"
        #expect(try meta("", body: far).published == "2025-01-14")
    }

    @Test func aHeadingWithTheMastheadGluedOnGivesTheStoryPart() throws {
        let head = "<title>Court delays the ruling » Local » Island Daily</title>"
        let heading = "<h1><span>Court delays the ruling</span><a href=\"/\">Island Daily</a></h1>"
        #expect(try meta(head, body: heading).title == "Court delays the ruling")
        // A heading that only starts like the title keeps its own words.
        let longer = "<h1>Court delays the ruling again</h1>"
        #expect(try meta(head, body: longer).title == "Court delays the ruling again")
    }

    @Test func aShortHeadingInsideTheTitleIsASection() throws {
        let head = "<title>Your wedding checklist: a planning guide | Venue Finder</title>"
        let sections = "<h1>Planning</h1><h1>Details</h1>"
        #expect(try meta(head, body: sections).title == "Your wedding checklist: a planning guide")
        // Three words or more inside the title tag still make the title.
        let heading = "<h1>Your wedding checklist</h1>"
        #expect(try meta(head, body: heading).title == "Your wedding checklist")
    }

    @Test func aLoneBlogMastheadIsNotTheTitle() throws {
        let head = "<title>Progress report #39</title>"
        #expect(try meta(head, body: "<h1>Antoyo's Blog</h1>").title == "Progress report #39")
        #expect(try meta(head, body: "<h1>Why we rewrote the parser</h1>").title == "Why we rewrote the parser")
    }

    @Test func theSiteNameAsALabelLeavesTheTitleTag() throws {
        let head =
            "<title>Harbour Notes: Advent of Code week 2</title><meta property=\"og:site_name\" content=\"Harbour Notes\">"
        #expect(try meta(head).title == "Advent of Code week 2")
        // A label that is not the site's name is part of the title.
        let other =
            "<title>Advent of Code: week 2 notes</title><meta property=\"og:site_name\" content=\"Harbour Notes\">"
        #expect(try meta(other).title == "Advent of Code: week 2 notes")
    }

    @Test func aSectionLabelOpeningTheHeadingIsDropped() throws {
        let head = "<title>Ten agencies ranked and reviewed | Example Co</title>"
        #expect(
            try meta(head, body: "<h1><strong>Blog:</strong> Ten agencies ranked and reviewed</h1>").title
                == "Ten agencies ranked and reviewed")
        // A heading whose colon is part of the headline keeps it.
        let colon = "<title>Flooding: what the river did | Example Co</title>"
        #expect(try meta(colon, body: "<h1>Flooding: what the river did</h1>").title == "Flooding: what the river did")
    }

    @Test func aHeadingWithLostCharactersGivesWayToTheTitleTag() throws {
        let head = "<title>The Basics Of Event Planning: Beginner&#x27;s Guide</title>"
        #expect(
            try meta(head, body: "<h1>The Basics Of Event Planning? Beginner? Guide</h1>").title
                == "The Basics Of Event Planning: Beginner's Guide")
        // A question mark that no title tag reads as lost characters leaves another headline alone.
        #expect(
            try meta(head, body: "<h1>Is event planning hard? Ask a planner</h1>").title
                == "Is event planning hard? Ask a planner")
    }

    @Test func aSubheadingNamedByTheTitleTagBeatsAnUnconfirmedHeading() throws {
        let head = "<title>What do people love about Rust? | Rust Blog</title>"
        let body = "<h2>What do people love about Rust?</h2><h1>But what they love is versatility</h1>"
        #expect(try meta(head, body: body).title == "What do people love about Rust?")
        // With no subheading in a title tag, the lone `<h1>` stays the title.
        let unnamed = "<h2>Reliability first</h2><h1>But what they love is versatility</h1>"
        #expect(try meta(head, body: unnamed).title == "But what they love is versatility")
    }

    @Test func aLoneWordAfterByIsAMenuLabel() throws {
        #expect(try meta("", body: "<div><p>By Modality</p></div>").authors == [])
        #expect(try meta("", body: "<div><p>By Rosa Diaz</p></div>").authors == ["Rosa Diaz"])
    }

    @Test func authorLinksInMenusCommentsAndCaptionsAreNotTheWriter() throws {
        let link = "<a href=\"/author/rosa-diaz/\">Rosa Diaz</a>"
        #expect(try meta("", body: "<div class=\"menu\"><ul><li>\(link)</li></ul></div>").authors == [])
        #expect(try meta("", body: "<div class=\"comments\"><p>\(link) said</p></div>").authors == [])
        #expect(try meta("", body: "<figure><figcaption>\(link)</figcaption></figure>").authors == [])
        #expect(try meta("", body: "<div class=\"story-top\">\(link)</div>").authors == ["Rosa Diaz"])
    }

    @Test func aDateRunIntoTheBylineNameIsNotPartOfIt() throws {
        let byline = "<div class=\"byline\"><time>Dec 17, 2025</time><span>Rosa Diaz</span></div>"
        #expect(try meta("", body: byline).authors == ["Rosa Diaz"])
    }

    @Test func aMarkedBylineNextToTheHeadlineNamesTheWriter() throws {
        let box = "<div class=\"author-box\">Rosa Diaz (Content Manager)</div>"
        #expect(try meta("", body: "<h1>How the parser works</h1>\(box)").authors == ["Rosa Diaz"])
        // The same box far below the headline is another story's card.
        let paragraphs = (1...8).map { "<p>Paragraph \($0) of the page.</p>" }.joined()
        #expect(try meta("", body: "<h1>How the parser works</h1>\(paragraphs)\(box)").authors == [])
    }

    @Test func aDeclaredAuthorTypedInLowerCaseIsStillAName() throws {
        #expect(try meta("<meta name=\"author\" content=\"joshua becker\">").authors == ["Joshua Becker"])
        #expect(try meta(jsonLD(#"{"name": "jordie van rijn"}"#)).authors == ["Jordie van Rijn"])
        // A handle stays a handle, and a lower-case byline in the page is not a name.
        #expect(try meta("<meta name=\"author\" content=\"aawoods\">").authors == [])
        #expect(try meta("", body: "<p>by the way</p>").authors == [])
    }

    @Test func jsonLDStringsLoseTheirHTMLEscapes() throws {
        let article = """
            <script type="application/ld+json">{"@type": "Article", "headline": "Rock &amp; Roll &#8211; a &#x201C;history&#x201D;",
              "author": {"@type": "Person", "name": "Ana L&oacute;pes"}}</script>
            """
        let result = try meta(article)
        #expect(result.authors == ["Ana Lópes"])
        #expect(result.title == "Rock & Roll – a “history”")
        // Text that only looks like a reference stays as written.
        let unknown =
            #"<script type="application/ld+json">{"@type": "Article", "headline": "Q&A: fees &nosuch; rise"}</script>"#
        #expect(try meta(unknown).title == "Q&A: fees &nosuch; rise")
    }
}
