/// Splits text into word, number and punctuation tokens with code-point offsets.
///
/// Conventions (close to the Penn Treebank style of the training data): abbreviations, initials
/// and dotted acronyms keep their periods ("Mr.", "J.", "U.S."); numbers keep decimal points and
/// thousands separators ("3.5", "2,000"); hyphenated words stay whole ("al-Qaida", "U.S.-led");
/// clitics split off ("Iran" + "'s", "do" + "n't", with ' or ’); every other punctuation mark,
/// dashes included, is its own token ("..." and "--" stay together).
public enum Tokenizer {
    /// Tokenises `text`; offsets count Unicode scalars.
    public static func tokenize(_ text: String) -> [Token] {
        tokenize(Array(text.unicodeScalars))
    }

    /// Tokenises text given as Unicode scalars.
    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5 + 4)
        let count = scalars.count
        var index = 0
        while index < count {
            let scalar = scalars[index]
            if ScalarText.isWhitespace(scalar) {
                index += 1
            } else if ScalarText.isWordScalar(scalar) {
                index = scanWord(scalars, from: index, into: &tokens)
            } else {
                index = scanPunctuation(scalars, from: index, into: &tokens)
            }
        }
        return tokens
    }

    private static func scanPunctuation(_ scalars: [Unicode.Scalar], from start: Int, into tokens: inout [Token])
        -> Int
    {
        let count = scalars.count
        let scalar = scalars[start]
        // Clitics: 's 'll 're 've 'm 'd after a word.
        if ScalarText.isApostrophe(scalar), start > 0, ScalarText.isWordScalar(scalars[start - 1]) {
            let length = cliticLength(scalars, at: start + 1)
            if length > 0 {
                tokens.append(Token(start: start, end: start + 1 + length))
                return start + 1 + length
            }
        }
        // Runs of the same mark that read as one symbol: "..." and "--".
        if scalar == "." || scalar == "-" {
            var end = start + 1
            while end < count && scalars[end] == scalar { end += 1 }
            if end - start >= 2 {
                tokens.append(Token(start: start, end: end))
                return end
            }
        }
        tokens.append(Token(start: start, end: start + 1))
        return start + 1
    }

    /// Length of "s", "ll", "re", "ve", "m" or "d" at `index` when followed by a non-word scalar.
    private static func cliticLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int {
        let count = scalars.count
        func lower(_ offset: Int) -> UInt32 {
            index + offset < count ? ScalarText.lowered(scalars[index + offset]) : 0
        }
        func endsAt(_ offset: Int) -> Bool {
            index + offset >= count || !ScalarText.isWordScalar(scalars[index + offset])
        }
        let first = lower(0)
        if (first == 0x73 || first == 0x6D || first == 0x64) && endsAt(1) { return 1 }  // s m d
        let second = lower(1)
        let pairs: [(UInt32, UInt32)] = [(0x6C, 0x6C), (0x72, 0x65), (0x76, 0x65)]  // ll re ve
        for pair in pairs where first == pair.0 && second == pair.1 && endsAt(2) { return 2 }
        return 0
    }

    private static func scanWord(_ scalars: [Unicode.Scalar], from start: Int, into tokens: inout [Token]) -> Int {
        let count = scalars.count
        var end = start
        var segmentStart = start
        var hasInternalPeriod = false
        scan: while true {
            while end < count && ScalarText.isWordScalar(scalars[end]) { end += 1 }
            guard end < count else { break }
            let mark = scalars[end]
            let next: Unicode.Scalar? = end + 1 < count ? scalars[end + 1] : nil
            let previous = scalars[end - 1]
            if ScalarText.isJoiningHyphen(mark) {
                guard let next, ScalarText.isWordScalar(next) else { break scan }
                end += 1
                segmentStart = end
            } else if mark == "." {
                if let next, ScalarText.isDigit(previous), ScalarText.isDigit(next) {
                    end += 1  // decimal point
                    segmentStart = end
                } else if let next, end - segmentStart == 1, ScalarText.isLetter(previous), ScalarText.isLetter(next),
                    end + 2 < count, scalars[end + 2] == ".",
                    end + 3 >= count || !ScalarText.isWordScalar(scalars[end + 3])
                {
                    end += 1  // dotted acronym: U.S., U.N., a.m.
                    segmentStart = end
                    hasInternalPeriod = true
                } else {
                    guard keepsPeriod(scalars, start: start, segmentStart: segmentStart, end: end, hasInternalPeriod)
                    else { break scan }
                    end += 1
                    // "U.S.-led", "U.N.-backed": a hyphen after the period continues the word.
                    guard end + 1 < count, ScalarText.isJoiningHyphen(scalars[end]),
                        ScalarText.isWordScalar(scalars[end + 1])
                    else { break scan }
                    end += 1
                    segmentStart = end
                    hasInternalPeriod = false
                }
            } else if mark == "," {
                // Thousands separator: a digit before, exactly three digits after.
                guard ScalarText.isDigit(previous), end + 3 < count,
                    ScalarText.isDigit(scalars[end + 1]), ScalarText.isDigit(scalars[end + 2]),
                    ScalarText.isDigit(scalars[end + 3]),
                    end + 4 >= count || !ScalarText.isDigit(scalars[end + 4])
                else { break scan }
                end += 1
                segmentStart = end
            } else if ScalarText.isApostrophe(mark) {
                guard let next, ScalarText.isLetter(next) else { break scan }
                // "n't": split before the n.
                if ScalarText.lowered(next) == 0x74, end - start >= 2, ScalarText.lowered(previous) == 0x6E,
                    end + 2 >= count || !ScalarText.isWordScalar(scalars[end + 2])
                {
                    tokens.append(Token(start: start, end: end - 1))
                    tokens.append(Token(start: end - 1, end: end + 2))
                    return end + 2
                }
                if cliticLength(scalars, at: end + 1) > 0 { break scan }
                end += 1  // O'Brien, D'Alema
                segmentStart = end
            } else {
                break scan
            }
        }
        tokens.append(Token(start: start, end: end))
        return end
    }

    /// Whether the period at `end` belongs to the word: dotted acronyms, single-letter initials and
    /// listed abbreviations.
    private static func keepsPeriod(
        _ scalars: [Unicode.Scalar], start: Int, segmentStart: Int, end: Int, _ hasInternalPeriod: Bool
    ) -> Bool {
        if hasInternalPeriod && end - segmentStart == 1 { return true }  // the last "S." of "U.S."
        if end - start == 1 && ScalarText.isUpper(scalars[start]) { return true }  // initial "J."
        guard end - start <= Abbreviations.maximumLength else { return false }
        let hash = ScalarText.exactHash(scalars[start..<end])
        return Abbreviations.titleHashes.contains(hash) || Abbreviations.otherHashes.contains(hash)
    }
}
