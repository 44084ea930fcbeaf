/// One word of a sentence as the figure extractor reads it: the token's lower form, whether it
/// starts with a capital, and its code-point range in the text. Trivially copyable.
struct FigureWord: Sendable {
    /// The lower-case text ("u.s.", "2,000", "killed").
    var lower: LowerWord
    /// Whether the word starts with an upper-case letter ("Taliban", "U.S.").
    var isCapitalised: Bool
    /// First code point of the word.
    var start: Int
    /// One past the last code point of the word.
    var end: Int
    /// What the lexicon knows about the word.
    var info = WordInfo()
    /// Whether the word holds a hyphen-minus ("twenty-five", "20-30", "year-old").
    var hasHyphen = false

    /// `ScalarText.lowerHash` of the word.
    var hash: UInt64 { lower.hash }
}

/// Builds the words of one sentence from its tokens, joining number groups the tokeniser splits:
/// Indian-style grouping ("1,38,000", "3,00,000") becomes one word.
enum SentenceWords {
    /// The words of `sentence`.
    static func words(of sentence: Sentence, in text: TokenizedText, lexicon: FigureLexicon) -> [FigureWord] {
        // Raw buffers: slices of the text's arrays would retain and bounds-check on each token.
        text.tokens.withUnsafeBufferPointer { tokens in
            text.scalars.withUnsafeBufferPointer { scalars in
                words(of: sentence.tokens, tokens: tokens, scalars: scalars, lexicon: lexicon)
            }
        }
    }

    private static func words(
        of range: Range<Int>, tokens: UnsafeBufferPointer<Token>, scalars: UnsafeBufferPointer<Unicode.Scalar>,
        lexicon: FigureLexicon
    ) -> [FigureWord] {
        var words: [FigureWord] = []
        words.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            var end = token.end
            var last = index
            // digits "," digits … with no space between: one number.
            while ScalarText.isDigit(scalars[token.start]), isDigitWord(tokens[last], scalars),
                last + 2 < range.upperBound,
                tokens[last + 1].start == end, scalars[end] == ",",
                tokens[last + 2].start == end + 1, isDigitWord(tokens[last + 2], scalars)
            {
                last += 2
                end = tokens[last].end
            }
            let (lower, hasHyphen) = LowerWord.lowering(UnsafeBufferPointer(rebasing: scalars[token.start..<end]))
            words.append(
                FigureWord(
                    lower: lower, isCapitalised: ScalarText.isUpper(scalars[token.start]), start: token.start,
                    end: end, info: lexicon.info(hash: lower.hash), hasHyphen: hasHyphen))
            index = last + 1
        }
        return words
    }

    private static func isDigitWord(_ token: Token, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        for position in token.start..<token.end {
            let scalar = scalars[position]
            if !(ScalarText.isDigit(scalar) || scalar == ",") { return false }
        }
        return true
    }
}
