/// How a count is hedged in the text ("at least 32", "about 2,000").
public enum CountQualifier: String, Sendable, Hashable, CaseIterable {
    /// about, around, roughly, some, an estimated, approximately, a few.
    case about
    /// nearly, almost, close to.
    case nearly
    /// at least, no fewer than.
    case atLeast = "at_least"
    /// more than, over, upwards of.
    case moreThan = "more_than"
    /// up to, as many as.
    case upTo = "up_to"
}

/// A parsed count of things: its best value, its bounds and its qualifier, and the words it
/// spans. A vague amount ("dozens", "hundreds of thousands") has bounds and no value.
public struct CountExpression: Sendable, Hashable {
    /// The best single number; `nil` for a vague amount.
    public var value: Int?
    /// The lower bound.
    public var low: Int
    /// The upper bound.
    public var high: Int
    /// The hedge before the number, if any.
    public var qualifier: CountQualifier?
    /// The words of the expression (qualifier included), as indices into the sentence's words.
    public var words: Range<Int>
    /// Whether the count is a singular article or "one"/"another" ("a civilian"): 1, but only a
    /// figure when a person noun and a cue come with it.
    public var isSingular: Bool

    public init(
        value: Int?, low: Int, high: Int, qualifier: CountQualifier? = nil, words: Range<Int>,
        isSingular: Bool = false
    ) {
        self.value = value
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.words = words
        self.isSingular = isSingular
    }

    /// An exact count.
    static func exact(_ value: Int, words: Range<Int>) -> CountExpression {
        CountExpression(value: value, low: value, high: value, words: words)
    }
}
