/// Why each block of a page was kept or dropped: what `gleaner clean --explain` prints.
public struct Explanation: Sendable, Equatable {
    /// One paragraph-level block of the page, in page order.
    public struct Block: Sendable, Equatable {
        /// The block's text (whitespace collapsed).
        public var text: String
        /// Whether the block is part of the article text.
        public var kept: Bool
        /// Why it was dropped; `nil` when kept.
        public var reason: DropReason?

        public init(text: String, kept: Bool, reason: DropReason?) {
            self.text = text
            self.kept = kept
            self.reason = reason
        }
    }

    /// How the article text was found.
    public enum Method: String, Sendable, Equatable {
        /// The blocks of the chosen content container.
        case container = "content container"
        /// JSON-LD `articleBody`, because the container held too little text.
        case jsonLD = "JSON-LD articleBody fallback"
        /// Every paragraph of the page outside boilerplate.
        case paragraphs = "all-paragraphs fallback"
        /// All visible text, because nothing else was found.
        case wholePage = "whole-page fallback"
        /// The paragraphs of a plain-text file, less boilerplate at its head and tail.
        case plainText = "plain-text paragraphs"
    }

    /// The blocks in page order.
    public var blocks: [Block]
    /// How the article text was found.
    public var method: Method
    /// A short description of the content container ("article.post-content", …).
    public var container: String

    public init(blocks: [Block], method: Method, container: String) {
        self.blocks = blocks
        self.method = method
        self.container = container
    }
}
