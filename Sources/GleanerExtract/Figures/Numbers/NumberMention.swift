/// A number found in a sentence and what it is: a count of something, or one of the number forms
/// that never count people (years, percentages, money, times, dates, ages, identifiers).
public struct NumberMention: Sendable, Hashable {
    /// What the number is.
    public enum Kind: Sendable, Hashable {
        /// A count ("2,000", "dozens", "between 20 and 30"); whether it counts people is the
        /// figure extractor's decision.
        case count(CountExpression)
        /// A calendar year ("in 2005").
        case year
        /// A percentage ("30%", "12 percent").
        case percentage
        /// An amount of money ("$27 million", "500 euros").
        case money
        /// A clock time ("10:30", "6 a.m.").
        case time
        /// A day of a month ("March 5", "5 March", "Feb-63").
        case date
        /// A person's age ("aged 25", "25 years old").
        case age
        /// A phone, reference or list number ("555-1234", "No. 5", "#12", a leading "1.").
        case identifier
        /// A quantity with a unit written onto it ("50km", "10kg", "1.5m" before no noun).
        case measure
        /// An ordinal ("21st", "3rd").
        case ordinal
    }

    /// What the number is.
    public var kind: Kind
    /// The words of the mention, as indices into the sentence's words.
    public var words: Range<Int>

    public init(kind: Kind, words: Range<Int>) {
        self.kind = kind
        self.words = words
    }

    /// The count, when the mention is one.
    public var count: CountExpression? {
        if case .count(let count) = kind { return count }
        return nil
    }
}
