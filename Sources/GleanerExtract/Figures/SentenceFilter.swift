/// A cheap test, on token hashes and without allocating, of whether a sentence can hold a figure:
/// it needs a number (digits or a number word) with a cue or a noun that is a figure kind by itself
/// ("troops", "refugees"), or an "a"/"an"/"another" with a cue and a person noun. Most sentences
/// of an article fail it and cost nothing more.
struct SentenceFilter: Sendable {
    private static let number: UInt8 = 1
    private static let cue: UInt8 = 2
    private static let person: UInt8 = 4
    private static let article: UInt8 = 8
    /// A noun that is a figure kind on its own: troops, militants, residents, prisoners, refugees.
    private static let kindNoun: UInt8 = 16

    /// What each word (by lower-case hash) is: a set of the flags above.
    private let flags: WordTable<UInt8>

    init(lexicon: FigureLexicon) {
        var flags: [UInt64: UInt8] = [:]
        func mark(_ words: some Sequence<String>, _ flag: UInt8) {
            for word in words { flags[ScalarText.lowerHash(word), default: 0] |= flag }
        }
        mark(NumberWords.units.keys, Self.number)
        mark(NumberWords.tens.keys, Self.number)
        mark(NumberWords.scales.keys, Self.number)
        mark(NumberWords.vaguePlurals.keys, Self.number)
        mark(["tens", "dozen", "half", "trio", "duo", "couple", "few"], Self.number)
        let cues = lexicon.after.allWords.union(lexicon.before.allWords).union(lexicon.tolls.allWords)
            .union(lexicon.release.allWords).subtracting(PeopleGroup.closedClass)
        mark(cues, Self.cue)
        mark(lexicon.personNouns.union(lexicon.statusNouns.keys).union(lexicon.identityNouns.keys), Self.person)
        mark(["a", "an", "another", "one"], Self.article)
        mark(Array(lexicon.statusNouns.keys) + Array(lexicon.identityNouns.keys), Self.kindNoun)
        self.flags = WordTable(flags, empty: 0)
    }

    /// A year such as "2005" (four digits from 1900 to 2100) not followed by a lower-case word:
    /// not a number for this filter ("2000 people" still is).
    private static func isYear(_ scalars: ArraySlice<Unicode.Scalar>, next: Int?, in text: TokenizedText) -> Bool {
        guard scalars.count == 4 else { return false }
        var value = 0
        for scalar in scalars {
            guard ScalarText.isDigit(scalar) else { return false }
            value = value * 10 + Int(scalar.value - 0x30)
        }
        guard (1900...2100).contains(value) else { return false }
        guard let next, let following = text.scalars[text.tokens[next].start...].first else { return true }
        return !ScalarText.isLower(following)
    }

    /// Whether `sentence` may hold a figure.
    func mayHoldFigure(_ sentence: Sentence, in text: TokenizedText) -> Bool {
        var seen: UInt8 = 0
        for index in sentence.tokens {
            let token = text.tokens[index]
            let scalars = text.scalars[token.start..<token.end]
            guard let first = scalars.first else { continue }
            if ScalarText.isDigit(first) {
                if !Self.isYear(scalars, next: index + 1 < sentence.tokens.upperBound ? index + 1 : nil, in: text) {
                    seen |= Self.number
                }
                continue
            }
            guard ScalarText.isLetter(first) else { continue }
            var hash = ScalarText.fnvOffset
            var hyphenHash: UInt64?
            for scalar in scalars {
                if hyphenHash == nil, ScalarText.isJoiningHyphen(scalar) { hyphenHash = hash }
                hash = ScalarText.fnv(hash, ScalarText.lowered(scalar))
            }
            seen |= flags[hash]
            // "twenty-five", "half-million": the part before the hyphen.
            if let hyphenHash, flags[hyphenHash] & Self.number != 0 { seen |= Self.number }
        }
        let hasNumber = seen & Self.number != 0
        let hasCue = seen & Self.cue != 0
        let hasPerson = seen & Self.person != 0
        // A number with a cue, or with a noun that is a kind by itself; "a civilian" with a cue.
        return (hasNumber && (hasCue || seen & Self.kindNoun != 0)) || (seen & Self.article != 0 && hasCue && hasPerson)
    }
}
