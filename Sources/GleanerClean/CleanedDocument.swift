import GleanerCore

/// A document after cleaning: its paragraphs, the metadata found while cleaning, and how many
/// blocks were dropped as boilerplate. Contains only Swift values, so it crosses threads freely.
public struct CleanedDocument: Sendable, Equatable {
    /// The article's paragraphs, in page order, each non-empty with whitespace collapsed.
    public var paragraphs: [String]
    /// Metadata the cleaner found (title, language, site, canonical URL …).
    public var meta: ArticleMeta
    /// Blocks dropped as non-article content.
    public var boilerplateRemoved: Int

    public init(paragraphs: [String], meta: ArticleMeta, boilerplateRemoved: Int) {
        self.paragraphs = paragraphs
        self.meta = meta
        self.boilerplateRemoved = boilerplateRemoved
    }

    /// The body text: paragraphs separated by a blank line.
    public var text: String { paragraphs.joined(separator: "\n\n") }
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
