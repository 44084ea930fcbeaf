/// A text split into tokens and sentences, keeping its Unicode scalars so token text can be read
/// without re-decoding.
public struct TokenizedText: Sendable {
    /// The text as Unicode scalars; token and sentence offsets index this array.
    public let scalars: [Unicode.Scalar]
    /// The tokens in text order.
    public let tokens: [Token]
    /// The sentences in text order; together they cover every token.
    public let sentences: [Sentence]

    /// Tokenises and sentence-splits `text`.
    public init(_ text: String) {
        self.init(scalars: Array(text.unicodeScalars))
    }

    /// Tokenises and sentence-splits text given as Unicode scalars.
    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        let tokens = Tokenizer.tokenize(scalars)
        self.tokens = tokens
        self.sentences = SentenceSplitter.split(scalars: scalars, tokens: tokens)
    }

    /// The text of token `index` (allocates a String; meant for tests and output, not hot paths).
    public func text(ofToken index: Int) -> String {
        let token = tokens[index]
        return ScalarText.string(scalars[token.start..<token.end])
    }

    /// The text of the code-point range `[start, end)`.
    public func text(from start: Int, to end: Int) -> String {
        ScalarText.string(scalars[start..<end])
    }
}
