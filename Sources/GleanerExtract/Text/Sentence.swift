/// One sentence: the tokens it spans and its code-point range in the text.
public struct Sentence: Sendable, Hashable {
    /// Indices into the token array.
    public var tokens: Range<Int>
    /// First code point of the sentence (the start of its first token).
    public var start: Int
    /// One past the last code point of the sentence (the end of its last token).
    public var end: Int

    public init(tokens: Range<Int>, start: Int, end: Int) {
        self.tokens = tokens
        self.start = start
        self.end = end
    }
}
