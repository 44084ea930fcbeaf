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
        mark(NumberWords.units.keys.map(\.string), Self.number)
        mark(NumberWords.tens.keys.map(\.string), Self.number)
        mark(NumberWords.scales.keys.map(\.string), Self.number)
        mark(NumberWords.vaguePlurals.keys.map(\.string), Self.number)
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
    /// not a number for this filter ("2000 people" still is). `next` is the first scalar of the
    /// next token of the sentence, if any.
    @inline(__always)
    private static func isYear(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, next: Unicode.Scalar?) -> Bool {
        guard scalars.count == 4 else { return false }
        var value = 0
        for scalar in scalars {
            guard ScalarText.isDigit(scalar) else { return false }
            value = value * 10 + Int(scalar.value - 0x30)
        }
        guard (1900...2100).contains(value) else { return false }
        guard let next else { return true }
        return !ScalarText.isLower(next)
    }

    /// Whether `sentence` may hold a figure.
    func mayHoldFigure(_ sentence: Sentence, in text: TokenizedText) -> Bool {
        // Raw buffers: this runs over every token of every article, and slices of the arrays
        // would retain and bounds-check on each token.
        text.tokens.withUnsafeBufferPointer { tokens in
            text.scalars.withUnsafeBufferPointer { scalars in
                mayHoldFigure(sentence.tokens, tokens: tokens, scalars: scalars)
            }
        }
    }

    /// Whether the flags seen so far are enough: a number with a cue, or with a noun that is a
    /// kind by itself; "a civilian" with a cue.
    @inline(__always)
    private static func suffices(_ seen: UInt8) -> Bool {
        let hasCue = seen & cue != 0
        return (seen & number != 0 && (hasCue || seen & kindNoun != 0))
            || (seen & article != 0 && hasCue && seen & person != 0)
    }

    private func mayHoldFigure(
        _ range: Range<Int>, tokens: UnsafeBufferPointer<Token>, scalars: UnsafeBufferPointer<Unicode.Scalar>
    ) -> Bool {
        var seen: UInt8 = 0
        for index in range {
            let token = tokens[index]
            guard token.start < token.end else { continue }
            let first = scalars[token.start]
            if ScalarText.isDigit(first) {
                let next = index + 1 < range.upperBound ? scalars[tokens[index + 1].start] : nil
                let word = UnsafeBufferPointer(rebasing: scalars[token.start..<token.end])
                if !Self.isYear(word, next: next) {
                    seen |= Self.number
                    if Self.suffices(seen) { return true }
                }
                continue
            }
            guard ScalarText.isLetter(first) else { continue }
            let (hash, hyphenHash) = Self.hashes(scalars, token.start, token.end)
            let flags = self.flags[hash]
            seen |= flags
            // "twenty-five", "half-million": the part before the hyphen.
            if let hyphenHash, self.flags[hyphenHash] & Self.number != 0 { seen |= Self.number }
            if Self.suffices(seen) { return true }
        }
        return false
    }

    /// The lower-case hash of a token, and that of its part before the first joining hyphen.
    @inline(__always)
    private static func hashes(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int
    ) -> (UInt64, UInt64?) {
        var hash = ScalarText.fnvOffset
        var hyphenHash: UInt64?
        var position = start
        // ASCII: no Unicode property look-ups, and the only joining hyphen is "-".
        while position < end {
            let scalar = scalars[position]
            guard scalar.value < 0x80 else { break }
            if scalar.value == 0x2D, hyphenHash == nil { hyphenHash = hash }
            hash = ScalarText.fnv(hash, ScalarText.lowered(scalar))
            position += 1
        }
        while position < end {
            let scalar = scalars[position]
            if hyphenHash == nil, ScalarText.isJoiningHyphen(scalar) { hyphenHash = hash }
            hash = ScalarText.fnv(hash, ScalarText.lowered(scalar))
            position += 1
        }
        return (hash, hyphenHash)
    }
}
