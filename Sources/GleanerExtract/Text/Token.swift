/// One token of a text: the half-open range `[start, end)` in Unicode scalars (code points) of the
/// text it came from, so Python's `text[start:end]` returns the token.
public struct Token: Sendable, Hashable {
    /// First code point of the token.
    public var start: Int
    /// One past the last code point of the token.
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The number of code points in the token.
    public var length: Int { end - start }
}
