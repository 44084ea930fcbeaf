import Testing

@testable import GleanerExtract

/// The number parser's table: every count form of issue 6, and every form that is not a count.
@Suite struct NumberScannerTests {
    enum Expected: Sendable, CustomStringConvertible {
        case exact(Int, CountQualifier? = nil)
        case range(Int, Int, Int, CountQualifier? = nil)
        case vague(Int, Int, CountQualifier? = nil)
        case single
        case not(NumberMention.Kind)
        case none

        var description: String {
            switch self {
            case .exact(let value, let qualifier): "exact \(value) \(qualifier?.rawValue ?? "-")"
            case .range(let value, let low, let high, let qualifier):
                "range \(value) \(low)-\(high) \(qualifier?.rawValue ?? "-")"
            case .vague(let low, let high, let qualifier): "vague \(low)-\(high) \(qualifier?.rawValue ?? "-")"
            case .single: "singular 1"
            case .not(let kind): "not a count: \(kind)"
            case .none: "no number"
            }
        }
    }

    static let table: [(String, Expected)] = [
        // Digits, separators, decimals.
        ("5 people", .exact(5)), ("12 people", .exact(12)), ("2,000 troops", .exact(2000)),
        ("10,000 fighters", .exact(10000)), ("1,234,567 people", .exact(1_234_567)), ("1500 soldiers", .exact(1500)),
        ("1,38,000 dead", .exact(138_000)), ("3,00,000 people", .exact(300_000)), ("8,00,000 Tutsis", .exact(800_000)),
        ("1,00,000 people", .exact(100_000)), ("0 people", .exact(0)), ("300 prisoners", .exact(300)),
        ("45 civilians", .exact(45)), ("100 people", .exact(100)), ("999 people", .exact(999)),
        // Scale words and suffixes.
        ("3 million people", .exact(3_000_000)), ("1.4 million residents", .exact(1_400_000)),
        ("2.5 million people", .exact(2_500_000)), ("2 billion people", .exact(2_000_000_000)),
        ("1.5m people", .exact(1_500_000)), ("2.5bn people", .exact(2_500_000_000)), ("3m refugees", .exact(3_000_000)),
        ("4 mln people", .exact(4_000_000)), ("20 thousand people", .exact(20000)), ("1.2 million", .exact(1_200_000)),
        ("3 hundred people", .exact(300)), ("2 dozen people", .exact(24)),
        // Spelled-out numbers.
        ("one soldier", .exact(1)), ("two soldiers", .exact(2)), ("three people", .exact(3)),
        ("eleven people", .exact(11)),
        ("nineteen people", .exact(19)), ("twenty people", .exact(20)), ("twenty-five people", .exact(25)),
        ("twenty five people", .exact(25)), ("ninety-nine people", .exact(99)), ("one hundred people", .exact(100)),
        ("a hundred people", .exact(100)), ("one hundred and fifty people", .exact(150)),
        ("two hundred people", .exact(200)), ("three hundred and twelve people", .exact(312)),
        ("one thousand people", .exact(1000)), ("a thousand people", .exact(1000)),
        ("two thousand five hundred people", .exact(2500)), ("ten thousand people", .exact(10000)),
        ("fifty thousand people", .exact(50000)), ("two hundred thousand people", .exact(200_000)),
        ("a million people", .exact(1_000_000)), ("one million people", .exact(1_000_000)),
        ("two million people", .exact(2_000_000)), ("a hundred thousand people", .exact(100_000)),
        ("one million two hundred thousand people", .exact(1_200_000)), ("a billion people", .exact(1_000_000_000)),
        ("one trillion", .exact(1_000_000_000_000)), ("Twenty-three people", .exact(23)), ("Five people", .exact(5)),
        ("seven militants", .exact(7)), ("forty-two people", .exact(42)), ("sixty people", .exact(60)),
        ("twelve people", .exact(12)), ("thirteen people", .exact(13)),
        // Fractions of scales, dozens, couples, a few.
        ("a half-million people", .exact(500_000)), ("half a million people", .exact(500_000)),
        ("a quarter of a million people", .exact(250_000)), ("a quarter-million people", .exact(250_000)),
        ("half a billion people", .exact(500_000_000)), ("a dozen people", .exact(12)),
        ("two dozen people", .exact(24)),
        ("three dozen people", .exact(36)), ("a couple of people", .exact(2)), ("a couple people", .exact(2)),
        ("a few people", .exact(3, .about)),
        // Vague plurals.
        ("dozens of people", .vague(24, 99)), ("Dozens of people", .vague(24, 99)),
        ("scores of people", .vague(40, 99)),
        ("hundreds of people", .vague(200, 999)), ("Hundreds of rebels", .vague(200, 999)),
        ("thousands of people", .vague(2000, 9999)), ("tens of thousands of people", .vague(20000, 99999)),
        ("hundreds of thousands of people", .vague(200_000, 999_999)),
        ("millions of people", .vague(2_000_000, 9_999_999)),
        ("tens of millions of people", .vague(20_000_000, 99_999_999)), ("several dozen people", .vague(24, 99)),
        ("several hundred people", .vague(200, 999)), ("several thousand people", .vague(2000, 9999)),
        ("a few hundred people", .vague(200, 999)), ("a few thousand people", .vague(2000, 9999)),
        ("many thousands of people", .vague(2000, 9999)), ("thousands", .vague(2000, 9999)), ("dozens", .vague(24, 99)),
        // Ranges.
        ("between 20 and 30 people", .range(25, 20, 30)), ("between 40 and 60 people", .range(50, 40, 60)),
        ("between 5,000 and 10,000 residents", .range(7500, 5000, 10000)), ("20 to 30 people", .range(25, 20, 30)),
        ("10 to 15 gunmen", .range(12, 10, 15)), ("20-30 people", .range(25, 20, 30)),
        ("20 - 30 people", .range(25, 20, 30)),
        ("20 or 30 people", .range(25, 20, 30)), ("two or three people", .range(2, 2, 3)),
        ("five to seven people", .range(6, 5, 7)), ("between two and four people", .range(3, 2, 4)),
        ("100-150 people", .range(125, 100, 150)), ("at least 20 to 30 people", .range(25, 20, 30, .atLeast)),
        // Qualifiers.
        ("at least 32 militants", .exact(32, .atLeast)), ("At least 13 people", .exact(13, .atLeast)),
        ("no fewer than 40 people", .exact(40, .atLeast)), ("more than 100 people", .exact(100, .moreThan)),
        ("More than 40 people", .exact(40, .moreThan)), ("over 1,38,000 dead", .exact(138_000, .moreThan)),
        ("upwards of 500 people", .exact(500, .moreThan)), ("about 2,000 troops", .exact(2000, .about)),
        ("around 21 people", .exact(21, .about)), ("roughly 300 people", .exact(300, .about)),
        ("some 32 million people", .exact(32_000_000, .about)), ("approximately 70 people", .exact(70, .about)),
        ("an estimated 2 million people", .exact(2_000_000, .about)), ("nearly 90,000 people", .exact(90000, .nearly)),
        ("almost 50 people", .exact(50, .nearly)), ("close to 200 people", .exact(200, .nearly)),
        ("up to 10,000 people", .exact(10000, .upTo)), ("as many as 12 people", .exact(12, .upTo)),
        ("nearly a half-million people", .exact(500_000, .nearly)),
        ("more than two million", .exact(2_000_000, .moreThan)),
        ("at least a dozen people", .exact(12, .atLeast)), ("more than two dozen people", .exact(24, .moreThan)),
        ("about 10,000 hard-core jihadists", .exact(10000, .about)), ("another 19 people", .exact(19)),
        ("well over 100 people", .exact(100, .moreThan)),
        // Singular articles.
        ("a civilian", .single), ("an officer", .single), ("another man", .none),
        ("the trio", .exact(3)), ("The two", .exact(2)),
        // Not counts: years.
        ("in 2005", .not(.year)), ("since 1998", .not(.year)), ("2003-05", .none), ("the 1982 killing", .not(.year)),
        ("by 2010,", .not(.year)), ("In 2008 the", .not(.year)),
        // Percentages.
        ("30% of the population", .not(.percentage)), ("12 percent of voters", .not(.percentage)),
        ("5 per cent", .not(.percentage)), ("about 40 percent", .not(.percentage)),
        // Money.
        ("$27 million", .not(.money)), ("$ 5", .not(.money)), ("500 euros", .not(.money)), ("£3 billion", .not(.money)),
        ("10 dollars", .not(.money)), ("2 million rupees", .not(.money)),
        // Times.
        ("10:30 local time", .not(.time)), ("6 a.m.", .not(.time)), ("3pm", .not(.time)),
        ("9 p.m. Sunday", .not(.time)),
        // Dates.
        ("March 5", .not(.date)), ("5 March", .not(.date)), ("on Feb-63", .not(.date)), ("Sept. 11", .not(.date)),
        // Ages.
        ("aged 25", .not(.age)), ("25 years old", .not(.age)), ("a 25-year-old man", .single),
        // Ordinals.
        ("the 21st century", .not(.ordinal)), ("3rd battalion", .not(.ordinal)), ("2nd", .not(.ordinal)),
        // Identifiers and list markers.
        ("call 555-1234", .not(.identifier)), ("No. 5", .not(.identifier)), ("# 12", .not(.identifier)),
        ("12345678", .not(.identifier)), ("1. Five people", .not(.identifier)),
        // Measures.
        ("50km", .not(.measure)), ("10kg", .not(.measure)), ("a 1.5m wall", .single),
    ]

    /// The first number mention of `phrase`, read as one sentence.
    static func firstMention(_ phrase: String) -> NumberMention? {
        let text = TokenizedText(phrase)
        let sentence = Sentence(tokens: 0..<text.tokens.count, start: 0, end: text.scalars.count)
        let words = SentenceWords.words(of: sentence, in: text, lexicon: .bundled)
        return NumberScanner.scan(words).first
    }

    @Test func tableHasEveryFormAndAtLeast150Cases() {
        #expect(Self.table.count >= 150)
    }

    @Test(arguments: table.map { $0.0 })
    func parses(_ phrase: String) {
        let expected = Self.table.first { $0.0 == phrase }!.1
        let mention = Self.firstMention(phrase)
        switch expected {
        case .exact(let value, let qualifier):
            #expect(mention?.count?.value == value, "\(phrase)")
            #expect(mention?.count?.low == value && mention?.count?.high == value, "\(phrase)")
            #expect(mention?.count?.qualifier == qualifier, "\(phrase)")
        case .range(let value, let low, let high, let qualifier):
            #expect(mention?.count?.value == value, "\(phrase)")
            #expect(mention?.count?.low == low && mention?.count?.high == high, "\(phrase)")
            #expect(mention?.count?.qualifier == qualifier, "\(phrase)")
        case .vague(let low, let high, let qualifier):
            #expect(mention?.count != nil && mention?.count?.value == nil, "\(phrase)")
            #expect(mention?.count?.low == low && mention?.count?.high == high, "\(phrase)")
            #expect(mention?.count?.qualifier == qualifier, "\(phrase)")
        case .single:
            #expect(mention?.count?.isSingular == true && mention?.count?.value == 1, "\(phrase)")
        case .not(let kind):
            #expect(mention?.kind == kind, "\(phrase): \(String(describing: mention))")
        case .none:
            #expect(mention?.count == nil || mention?.count?.isSingular == true, "\(phrase)")
        }
    }
}
