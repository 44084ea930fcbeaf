import GleanerCore

/// A document after cleaning: its paragraphs, the metadata found while cleaning, and how many
/// blocks were dropped as boilerplate. Contains only Swift values, so it crosses threads freely.
public struct CleanedDocument: Sendable, Equatable {
    /// The body text: paragraphs in page order, each non-empty with whitespace collapsed,
    /// separated by a blank line.
    public var text: String
    /// Paragraphs in `text`.
    public var paragraphCount: Int
    /// Metadata the cleaner found (title, language, site, canonical URL …).
    public var meta: ArticleMeta
    /// Blocks dropped as non-article content.
    public var boilerplateRemoved: Int
    /// Whitespace-separated words in `text`.
    public var words: Int

    public init(text: String, paragraphCount: Int, meta: ArticleMeta, boilerplateRemoved: Int, words: Int) {
        self.text = text
        self.paragraphCount = paragraphCount
        self.meta = meta
        self.boilerplateRemoved = boilerplateRemoved
        self.words = words
    }

    /// The paragraphs of `text`.
    public var paragraphs: [String] { text.isEmpty ? [] : text.components(separatedBy: "\n\n") }
}

/// Cleans a decoded (UTF-8) document of either format.
public enum DocumentCleaner {
    /// Cleans `utf8` as HTML or plain text; throws when no text is left.
    public static func clean(_ utf8: [UInt8], format: DocumentFormat) throws(DocumentError) -> CleanedDocument {
        switch format {
        case .html: return try HTMLCleaner.clean(utf8)
        case .text: return try TextCleaner.clean(utf8)
        }
    }
}
