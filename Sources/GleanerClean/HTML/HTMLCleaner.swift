import GleanerCore

/// Cleans HTML to the article's paragraphs and metadata in one iterative walk over the libxml2
/// DOM (`PageWalker`) followed by decisions on plain Swift values (`ContentSelector`).
///
/// - Skipped outright: `script style noscript template svg iframe …` and hidden elements
///   (`hidden`, `aria-hidden="true"`, `display:none`, `visibility:hidden`).
/// - Dropped as boilerplate: blocks inside `nav header footer aside form`, boilerplate ARIA
///   roles, and class/id vocabularies (`BoilerplateVocabulary`); link-dense blocks and lists;
///   text outside the content container (`itemprop=articleBody`, article-body classes,
///   `<article>`, else the densest subtree); the title repeated as `<h1>`.
/// - Fallbacks when the container holds too little: JSON-LD `articleBody`, then every paragraph
///   outside boilerplate, then all visible text — a page with text never comes out empty.
/// - Mojibake (UTF-8 once decoded as Latin-1 or Windows-1252: "â€™") is repaired first.
/// - Paragraphs are joined with `\n\n` in page order, text is NFC; a news dateline on the first
///   paragraph goes to `meta.dateline`.
public enum HTMLCleaner {
    /// Below this many bytes of article text the fallbacks are tried.
    static let minimumArticleBytes = 250

    /// Cleans UTF-8 HTML; throws when the page has no visible text.
    public static func clean(_ utf8: [UInt8]) throws(DocumentError) -> CleanedDocument {
        try run(utf8, explain: false).document
    }

    /// Cleans UTF-8 HTML and explains, block by block, what was kept and why the rest was dropped.
    public static func explain(_ utf8: [UInt8]) throws(DocumentError) -> (CleanedDocument, Explanation) {
        let result = try run(utf8, explain: true)
        return (result.document, result.explanation ?? Explanation(blocks: [], method: .wholePage, container: ""))
    }

    /// Cleans UTF-8 HTML; `elidingRawText: false` parses the whole page, script and style bodies
    /// included (the reference the elided parse must match, for tests).
    static func clean(_ utf8: [UInt8], elidingRawText: Bool) throws(DocumentError) -> CleanedDocument {
        try run(utf8, explain: false, elidingRawText: elidingRawText).document
    }

    private static func run(_ input: [UInt8], explain: Bool, elidingRawText: Bool = true) throws(DocumentError) -> (
        document: CleanedDocument, explanation: Explanation?
    ) {
        let utf8 = MojibakeRepair.repaired(input) ?? input
        guard utf8.count <= HTMLParser.maximumBytes else {
            throw DocumentError(stage: .clean, reason: "page too large for the HTML parser (over 2 GB)")
        }
        guard
            let walker = (elidingRawText ? walkElided(utf8) : nil)
                ?? HTMLParser.withDocument(
                    utf8,
                    { document in
                        var walker = PageWalker()
                        walker.walk(document)
                        return walker
                    })
        else {
            throw DocumentError(stage: .clean, reason: "libxml2 could not build a document from this page")
        }
        guard let result = ArticleAssembler(walker: walker).assemble(explain: explain) else {
            throw DocumentError(
                stage: .clean,
                reason:
                    "no article text: the page has no visible text outside scripts, styles, navigation, headers and footers"
            )
        }
        return result
    }

    /// The walk of the page with script and style bodies elided (`RawTextElision`), or `nil` when
    /// nothing was elided or the elided parse cannot stand for the whole page.
    static func walkElided(_ utf8: [UInt8]) -> PageWalker? {
        guard let elided = RawTextElision.elide(utf8) else { return nil }
        let walker = HTMLParser.withDocument(elided.bytes) { document -> PageWalker? in
            guard RawTextElision.verify(document, markers: elided.markers) else { return nil }
            var markerRead = false
            return withUnsafeMutablePointer(to: &markerRead) { flag -> PageWalker? in
                document.pointee._private = UnsafeMutableRawPointer(flag)
                defer { document.pointee._private = nil }
                var walker = PageWalker()
                walker.walk(document)
                return flag.pointee ? nil : walker
            }
        }
        return walker ?? nil
    }
}
