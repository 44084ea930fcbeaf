import Foundation
import GleanerCore
import Testing

@testable import GleanerClean

@Suite("Script and style bodies elided before parsing")
struct RawTextElisionTests {
    private static let filler = String(repeating: "var x = '<p>not text</p>'; ", count: 8)
    private static let article =
        "<p>The council approved the new budget on Monday after a long debate about schools and roads.</p>"
        + "<p>Members said the plan would cut waiting times at clinics across the district next year.</p>"
        + "<p>Opponents argued that the tax rise would hurt small shops in the old town centre.</p>"

    private func elided(_ html: String) -> (text: String, markers: Int)? {
        RawTextElision.elide(Array(html.utf8)).map { (String(decoding: $0.bytes, as: UTF8.self), $0.markers) }
    }

    /// The elided parse must give exactly what the whole page gives.
    private func expectSameAsWholePage(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let bytes = Array(html.utf8)
        let whole = Result { () throws(DocumentError) in try HTMLCleaner.clean(bytes, elidingRawText: false) }
        let elided = Result { () throws(DocumentError) in try HTMLCleaner.clean(bytes, elidingRawText: true) }
        #expect(
            String(describing: elided) == String(describing: whole), sourceLocation: sourceLocation)
    }

    @Test func longScriptAndStyleBodiesBecomeMarkers() throws {
        let page = """
            <html><head><style>body { margin: 0 } \(Self.filler)</style>
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget", "x": "\(Self.filler)"}</script>
            <script>short()</script></head><body><script>\(Self.filler)</script>\(Self.article)</body></html>
            """
        let result = try #require(elided(page))
        #expect(result.markers == 2)  // the style and the last script; JSON-LD and short bodies stay
        #expect(result.text.contains("\"@type\": \"NewsArticle\""))
        #expect(result.text.contains("short()"))
        #expect(!result.text.contains("margin: 0"))
        #expect(result.text.contains("\u{F8FF}0\u{F8FF}</style>"))
        #expect(result.text.contains("\u{F8FF}1\u{F8FF}</script>"))
        try expectSameAsWholePage(page)
    }

    @Test func pagesWithoutLongBodiesOrWithMarkerCharactersAreLeftAlone() {
        #expect(elided("<p>plain</p><script>go()</script>") == nil)
        #expect(elided("<p>\u{F8FF}</p><script>\(Self.filler)</script>") == nil)
    }

    @Test func bodiesWithControlBytesCommentsOrUnclosedAreKept() {
        #expect(elided("<script>\(Self.filler)\u{1}</script>") == nil)
        #expect(elided("<script>\(Self.filler)<!-- old browsers --></script>") == nil)
        #expect(elided("<style>\(Self.filler)") == nil)
        #expect(elided("<script src='a.js'/>\(Self.filler)</script>") == nil)
    }

    @Test func closingTagIsMatchedWithoutCaseAndAsPrefix() throws {
        let page = "<body><SCRIPT>\(Self.filler)</Script>\(Self.article)<STYLE>\(Self.filler)</STYLE></body>"
        let result = try #require(elided(page))
        #expect(result.markers == 2)
        try expectSameAsWholePage(page)
        // libxml2 ends a body at "</script" whatever follows; so does the scan.
        let prefix = "<body><script>\(Self.filler)</scriptx>\(Self.article)</body>"
        #expect(elided(prefix)?.markers == 1)
        try expectSameAsWholePage(prefix)
    }

    @Test func markupThatFoolsTheScanFallsBackToTheWholePage() throws {
        // "<script>" inside an attribute value: the scan elides real text, the tree check notices.
        let inAttribute =
            "<body><div title='see <script> tag'>\(Self.article)<p>\(Self.filler)</p></script>"
            + "<p>The mayor will present the final figures to residents at a public meeting in June.</p></div></body>"
        #expect(elided(inAttribute) != nil)
        try expectSameAsWholePage(inAttribute)
        let document = try HTMLCleaner.clean(Array(inAttribute.utf8))
        #expect(document.text.contains("The mayor will present the final figures"))
        // A script inside a comment is skipped by the scan.
        try expectSameAsWholePage("<body><!-- <script>\(Self.filler) --> \(Self.article)</script></body>")
    }

    @Test func scriptTextReadThroughTextContentFallsBackToTheWholePage() throws {
        // An author element's text includes the script inside it; the marker must not leak.
        let page = """
            <html><head><title>Budget passes</title></head><body><article>\(Self.article)
            <span itemprop="author">Jane Doe<script>\(Self.filler)</script></span></article></body></html>
            """
        #expect(elided(page)?.markers == 1)
        #expect(HTMLCleaner.walkElided(Array(page.utf8)) == nil)  // the marker was read: not used
        let withoutAuthor = page.replacingOccurrences(of: "itemprop=\"author\"", with: "class=\"note\"")
        #expect(HTMLCleaner.walkElided(Array(withoutAuthor.utf8)) != nil)
        try expectSameAsWholePage(page)
        let document = try HTMLCleaner.clean(Array(page.utf8))
        #expect(!document.text.contains("\u{F8FF}"))
        #expect(!document.meta.authors.joined().contains("\u{F8FF}"))
    }

    @Test func jsonLDMetadataIsReadFromTheKeptScript() throws {
        let page = """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle",
            "author": {"@type": "Person", "name": "Maria Lopez"}, "datePublished": "2024-03-05"}</script>
            <script>\(Self.filler)</script></head><body><article>\(Self.article)</article></body></html>
            """
        try expectSameAsWholePage(page)
        let document = try HTMLCleaner.clean(Array(page.utf8))
        #expect(document.meta.authors == ["Maria Lopez"])
    }

    /// Pages glued from pieces that trip tokenizers (quotes, comments, unclosed and mixed-case
    /// tags, "<script" in attributes and text, JSON-LD, author elements): elided or not, the
    /// cleaned document is the same.
    @Test func randomMarkupGivesTheSameDocument() throws {
        let pieces = [
            Self.article, "<script>\(Self.filler)</script>", "<style>\(Self.filler)</style>",
            "<SCRIPT type=module>\(Self.filler)</Script>",
            "<script src=\"a.js\"></script>", "<!-- <script> -->", "<!-- comment -->", "<div title='<script>'>",
            "<div data-x=\"a > b\">", "</div>", "<p>Short line of text in a paragraph here.</p>",
            "<script>\(Self.filler)",
            "<script type=\"application/ld+json\">{\"author\": {\"name\": \"Ann Lee\"}}</script>",
            "<span itemprop=\"author\">",
            "</span>", "<a href=\"/author/ann\">Ann Lee</a>", "<style>/* <!-- */ \(Self.filler)</style>",
            "<title>T</title>",
            "<script>\(Self.filler)</scriptx>", "<textarea>", "</textarea>", "<p>x < y and a <b>bold</b> claim.</p>",
            "<",
        ]
        var generator = SplitMix64(seed: 42)
        for _ in 0..<200 {
            let count = Int.random(in: 3...12, using: &generator)
            let body = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            try expectSameAsWholePage(
                "<html><head><title>Page</title></head><body>\(body)\(Self.article)</body></html>")
        }
    }
}
