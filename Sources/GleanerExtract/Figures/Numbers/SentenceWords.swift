/// One word of a sentence as the figure extractor reads it: the token's lower form, whether it
/// starts with a capital, and its code-point range in the text.
struct FigureWord: Sendable {
    /// The lower-case text ("u.s.", "2,000", "killed").
    var lower: String
    /// Whether the word starts with an upper-case letter ("Taliban", "U.S.").
    var isCapitalised: Bool
    /// First code point of the word.
    var start: Int
    /// One past the last code point of the word.
    var end: Int
    /// `ScalarText.lowerHash` of the word.
    var hash: UInt64 = 0
    /// What the lexicon knows about the word.
    var info = WordInfo()
}

/// Builds the words of one sentence from its tokens, joining number groups the tokeniser splits:
/// Indian-style grouping ("1,38,000", "3,00,000") becomes one word.
enum SentenceWords {
    /// The words of `sentence`.
    static func words(of sentence: Sentence, in text: TokenizedText, lexicon: FigureLexicon) -> [FigureWord] {
        var words: [FigureWord] = []
        words.reserveCapacity(sentence.tokens.count)
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound {
            let token = text.tokens[index]
            var end = token.end
            var last = index
            // digits "," digits … with no space between: one number.
            while ScalarText.isDigit(text.scalars[token.start]), isDigitWord(text, last),
                last + 2 < sentence.tokens.upperBound,
                text.tokens[last + 1].start == end, text.scalars[end] == ",",
                text.tokens[last + 2].start == end + 1, isDigitWord(text, last + 2)
            {
                last += 2
                end = text.tokens[last].end
            }
            let scalars = text.scalars[token.start..<end]
            // Lower-case ASCII words (nearly all) are written straight into the string's storage,
            // others are built scalar by scalar.
            var hash = ScalarText.fnvOffset
            var isASCII = true
            for scalar in scalars {
                let lowered = ScalarText.lowered(scalar)
                hash = ScalarText.fnv(hash, lowered)
                if lowered >= 0x80 { isASCII = false }
            }
            let lower: String
            if isASCII {
                lower = String(unsafeUninitializedCapacity: scalars.count) { buffer in
                    var written = 0
                    for scalar in scalars {
                        buffer[written] = UInt8(truncatingIfNeeded: ScalarText.lowered(scalar))
                        written += 1
                    }
                    return written
                }
            } else {
                var view = String.UnicodeScalarView()
                for scalar in scalars { view.append(Unicode.Scalar(ScalarText.lowered(scalar)) ?? scalar) }
                lower = String(view)
            }
            words.append(
                FigureWord(
                    lower: lower, isCapitalised: ScalarText.isUpper(scalars.first ?? " "),
                    start: token.start, end: end, hash: hash, info: lexicon.info(hash: hash)))
            index = last + 1
        }
        return words
    }

    private static func isDigitWord(_ text: TokenizedText, _ index: Int) -> Bool {
        let token = text.tokens[index]
        for scalar in text.scalars[token.start..<token.end] where !(ScalarText.isDigit(scalar) || scalar == ",") {
            return false
        }
        return true
    }
}
