/// Groups tokens into sentences.
///
/// A sentence ends after ".", "!", "?" or "..." (plus any closing quotes and brackets that follow)
/// when the next token starts with a capital, a digit or an opening quote; at a blank line, or a
/// line break after a short line (a heading or a byline on its own line); and
/// after an abbreviation such as "U.S." or "Inc." only when the next word is a common sentence
/// starter ("The", "He", "But"…). Titles and initials ("Gen.", "Mr.", "J.") never end a sentence.
public enum SentenceSplitter {
    /// Splits `tokens` of `scalars` into sentences.
    public static func split(scalars: [Unicode.Scalar], tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        guard !tokens.isEmpty else { return sentences }
        var first = 0
        var index = 0
        while index < tokens.count {
            var last = index
            var boundary = false
            switch endKind(scalars, tokens[index]) {
            case .terminal:
                // Absorb closing quotes and brackets: `."`, `?)`, `.’`.
                while last + 1 < tokens.count && isClosing(scalars, tokens[last + 1]) { last += 1 }
                boundary = last + 1 == tokens.count || startsSentence(scalars, tokens[last + 1])
            case .abbreviation:
                boundary = last + 1 < tokens.count && isSentenceStarter(scalars, tokens[last + 1])
            case .none:
                boundary = false
            }
            if !boundary, last + 1 < tokens.count,
                breaksLine(scalars, from: tokens[last].end, to: tokens[last + 1].start)
            {
                boundary = true
            }
            if boundary || last + 1 == tokens.count {
                sentences.append(Sentence(tokens: first..<last + 1, start: tokens[first].start, end: tokens[last].end))
                first = last + 1
            }
            index = last + 1
        }
        return sentences
    }

    private enum EndKind {
        case terminal
        case abbreviation
        case none
    }

    private static func endKind(_ scalars: [Unicode.Scalar], _ token: Token) -> EndKind {
        let lastScalar = scalars[token.end - 1]
        if token.length == 1 {
            return lastScalar == "." || lastScalar == "!" || lastScalar == "?" ? .terminal : .none
        }
        guard lastScalar == "." else { return .none }
        if scalars[token.start] == "." { return .terminal }  // "..."
        // Initials ("J.") and titles ("Gen.") never end a sentence.
        if token.length == 2 && ScalarText.isUpper(scalars[token.start]) { return .none }
        let word = scalars[token.start..<token.end - 1]
        if word.count <= Abbreviations.maximumLength && Abbreviations.titleHashes.contains(ScalarText.exactHash(word)) {
            return .none
        }
        return .abbreviation
    }

    private static func isClosing(_ scalars: [Unicode.Scalar], _ token: Token) -> Bool {
        guard token.length == 1 else { return false }
        switch scalars[token.start].value {
        case 0x22, 0x27, 0x2019, 0x201D, 0x29, 0x5D, 0xBB: return true  // " ' ’ ” ) ] »
        default: return false
        }
    }

    private static func startsSentence(_ scalars: [Unicode.Scalar], _ token: Token) -> Bool {
        let first = scalars[token.start]
        if ScalarText.isUpper(first) || ScalarText.isDigit(first) { return true }
        switch first.value {
        case 0x22, 0x27, 0x2018, 0x201C, 0x28, 0x5B, 0xAB, 0x2014, 0x2013: return true  // " ' ‘ “ ( [ « — –
        default: return !ScalarText.isLetter(first) && !ScalarText.isLower(first) && first != "," && first != ";"
        }
    }

    private static func isSentenceStarter(_ scalars: [Unicode.Scalar], _ token: Token) -> Bool {
        token.length <= 12
            && Abbreviations.sentenceStarters.contains(ScalarText.exactHash(scalars[token.start..<token.end]))
    }

    /// A line shorter than this, ended by a single line break, is a heading, a byline or a caption,
    /// not a line of hard-wrapped running text (which fills the wrap width, 60–80 characters).
    static let shortLine = 50

    /// Whether the gap between two tokens holds a blank line, or a single line break that ends a
    /// short line.
    private static func breaksLine(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        var newlines = 0
        var lastNewline = start
        for index in start..<end where scalars[index] == "\n" {
            newlines += 1
            if newlines >= 2 { return true }
            lastNewline = index
        }
        guard newlines == 1 else { return false }
        var lineStart = lastNewline
        while lineStart > 0 && scalars[lineStart - 1] != "\n" {
            lineStart -= 1
            if lastNewline - lineStart >= shortLine { return false }
        }
        return true
    }
}
