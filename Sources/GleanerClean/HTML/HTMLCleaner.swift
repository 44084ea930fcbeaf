import CLibXML2
import GleanerCore

/// Cleans HTML to paragraphs in one iterative walk over the libxml2 DOM.
///
/// - Dropped with their content: `script style noscript template svg iframe form nav header
///   footer aside` (and other non-text elements such as `button`, `select`, `video`), and any
///   element that is hidden (`hidden`, `aria-hidden="true"`, `display:none`, `visibility:hidden`).
/// - Block elements end the paragraph (paragraphs are joined with `\n\n`), `<br>` is a line
///   break, whitespace is collapsed, entities are decoded by libxml2, text is NFC.
/// - Title: `og:title`, else `<title>`, else the first `<h1>`. Language from `<html lang>`,
///   site from `og:site_name`, URL from `<link rel=canonical>` or `og:url`.
public enum HTMLCleaner {
    /// Cleans UTF-8 HTML; throws when the page has no visible text.
    public static func clean(_ utf8: [UInt8]) throws(DocumentError) -> CleanedDocument {
        guard utf8.count <= HTMLParser.maximumBytes else {
            throw DocumentError(stage: .clean, reason: "page too large for the HTML parser (over 2 GB)")
        }
        guard
            var walk = HTMLParser.withDocument(
                utf8,
                { document in
                    var walker = HTMLTextWalker()
                    walker.walk(document)
                    return walker
                })
        else {
            throw DocumentError(stage: .clean, reason: "libxml2 could not build a document from this page")
        }
        let text = walk.builder.finish()
        guard walk.builder.paragraphCount > 0 else {
            throw DocumentError(
                stage: .clean,
                reason:
                    "no article text: the page has no visible text outside scripts, styles, navigation, headers and footers"
            )
        }
        var meta = walk.metadata
        meta.title = meta.title ?? walk.firstHeading
        return CleanedDocument(
            text: text, paragraphCount: walk.builder.paragraphCount, meta: meta,
            boilerplateRemoved: walk.boilerplateRemoved, words: walk.builder.words)
    }
}
