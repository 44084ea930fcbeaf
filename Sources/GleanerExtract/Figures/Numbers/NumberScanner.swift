/// Finds the numbers of a sentence, left to right, and sorts out the forms that never count
/// people: years, percentages, money, clock times, dates, ages, ordinals and identifiers. What is
/// left is a `count` for the figure extractor.
enum NumberScanner {
    private static let currencySymbols: WordSet = ["$", "€", "£", "¥", "₹", "us$", "rs", "rs.", "usd", "eur"]
    private static let currencyWords: WordSet = [
        "dollars", "dollar", "euros", "euro", "pounds", "pound", "yen", "rupees", "rupee", "yuan", "francs", "cents",
        "shekels", "dinars", "riyals", "rubles", "roubles", "pesos", "naira", "shillings", "lira", "baht", "rand",
        "ringgit", "won", "afghanis", "taka", "dirhams", "usd", "eur",
    ]
    private static let percentWords: WordSet = ["%", "percent", "per", "percentage"]
    private static let timeWords: WordSet = [
        "a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc", "hrs", "hours",
    ]
    private static let yearPrepositions: WordSet = [
        "in", "since", "of", "by", "until", "till", "from", "to", "between", "and", "early", "late", "mid",
        "the", "during", "before", "after", "year", "through", "around", "circa", "fiscal",
    ]

    /// Words that can start a number other than digits (qualifiers, number words, articles).
    static let starters: Set<LowerWord> = {
        var words: Set<LowerWord> = [
            "a", "an", "another", "between", "half", "several", "many", "few", "trio", "duo", "tens", "dozen",
        ]
        words.formUnion(NumberWords.units.keys)
        words.formUnion(NumberWords.tens.keys)
        words.formUnion(NumberWords.scales.keys)
        words.formUnion(NumberWords.vaguePlurals.keys)
        return words
    }()

    /// Whether a number may start at `word`.
    private static func mayStart(_ word: FigureWord) -> Bool {
        if !word.info.flags.isDisjoint(with: [.numberStart, .qualifierStart]) { return true }
        guard let first = word.lower.first else { return false }
        if first >= 0x30 && first <= 0x39 { return true }
        guard word.hasHyphen else { return false }
        let string = word.lower.string
        guard let hyphen = string.firstIndex(of: "-") else { return false }
        let head = LowerWord(String(string[..<hyphen]))
        return starters.contains(head) || NumberWords.months.contains(head)
    }

    /// Every number mention of the sentence's words; with `articles` false, "a" and "an" are
    /// not read as the count 1 (they are a figure only next to a cue).
    static func scan(_ words: [FigureWord], articles: Bool = true) -> [NumberMention] {
        var mentions: [NumberMention] = []
        var index = 0
        while index < words.count {
            guard mayStart(words[index]) else {
                index += 1
                continue
            }
            if !articles, words[index].lower == "a" || words[index].lower == "an" {
                index += 1
                continue
            }
            if let mention = mention(words, at: index) {
                mentions.append(mention)
                index = max(mention.words.upperBound, index + 1)
            } else {
                index += 1
            }
        }
        return mentions
    }

    /// The mention starting at `index`, if a number starts there.
    static func mention(_ words: [FigureWord], at index: Int) -> NumberMention? {
        let word = words[index].lower
        let shape = WordShape(word)
        if shape.startsWithDigit {
            if isOrdinal(word, shape) { return NumberMention(kind: .ordinal, words: index..<index + 1) }
            if index == 0, words.count > 1, shape.isAllDigits, [".", ")"].contains(words[1].lower) {
                return NumberMention(kind: .identifier, words: 0..<2)  // a list marker "1." or "2)"
            }
            if shape.letters == 2, shape.trailingLetters == 2, word.hasSuffix("am") || word.hasSuffix("pm"),
                shape.digits + shape.colons + 2 == shape.length
            {
                return NumberMention(kind: .time, words: index..<index + 1)  // "3pm", "10:30am"
            }
            if isMeasure(words, at: index, shape) { return NumberMention(kind: .measure, words: index..<index + 1) }
            if isIdentifier(shape, word) { return NumberMention(kind: .identifier, words: index..<index + 1) }
        }
        if shape.hyphens == 1, !shape.startsWithDigit || shape.letters > 0, isMonthDay(word) {
            return NumberMention(kind: .date, words: index..<index + 1)
        }
        guard let count = CountParser.parse(words, at: index) else { return nil }
        // "a"/"an": never a year, an amount of money or a time.
        if count.isSingular { return NumberMention(kind: .count(count), words: count.words) }
        let numberWords = count.words
        let end = numberWords.upperBound
        let next = end < words.count ? words[end].lower : ""
        let afterNext = end + 1 < words.count ? words[end + 1].lower : ""
        let previous = index > 0 ? words[index - 1].lower : ""
        let first = words[index].lower
        let isDigits = first.firstScalar.map(ScalarText.isDigit) ?? false

        if percentWords.contains(next) && (next != "per" || afterNext == "cent") {
            return NumberMention(kind: .percentage, words: index..<end + 1)
        }
        if currencySymbols.contains(previous) || first.hasPrefix("$") || currencyWords.contains(next) {
            return NumberMention(kind: .money, words: numberWords)
        }
        if isDigits && (timeWords.contains(next) || (next == ":" && WordShape(afterNext).startsWithDigit)) {
            return NumberMention(kind: .time, words: numberWords)
        }
        if isDigits && (NumberWords.months.contains(previous) || NumberWords.months.contains(next)) {
            return NumberMention(kind: .date, words: numberWords)
        }
        if previous == "aged" || previous == "age" || previous == "ages"
            || (next == "years" && afterNext == "old") || next.hasPrefix("year-old") || next == "-year-old"
        {
            return NumberMention(kind: .age, words: numberWords)
        }
        if previous == "no." || previous == "#" || previous == "number" {
            return NumberMention(kind: .identifier, words: numberWords)
        }
        if isDigits, isYear(shape, count: count, previous: previous, next: next, isFirst: index == 0) {
            return NumberMention(kind: .year, words: numberWords)
        }
        return NumberMention(kind: .count(count), words: numberWords)
    }

    /// Digits with a unit written onto them ("50km", "10kg"); "1.5m" and "2k" only when no noun
    /// follows (before a noun they scale a count: "1.5m people").
    private static func isMeasure(_ words: [FigureWord], at index: Int, _ shape: WordShape) -> Bool {
        guard shape.trailingLetters > 0, shape.hyphens == 0, shape.trailingLetters == shape.letters else {
            return false
        }
        let word = words[index].lower
        guard NumberWords.suffixedValue(word) != nil else { return true }
        guard shape.trailingLetters == 1, let last = word.last, last == 0x6D || last == 0x6B || last == 0x62
        else { return false }  // m, k, b
        let previous = index > 0 ? words[index - 1].lower : ""
        if currencySymbols.contains(previous) { return false }
        let next = index + 1 < words.count ? words[index + 1].lower : ""
        return !(next.firstScalar.map(ScalarText.isLetter) ?? false)
    }

    /// "21st", "3rd", "2nd", "4th".
    private static func isOrdinal(_ word: LowerWord, _ shape: WordShape) -> Bool {
        guard shape.letters == 2, shape.trailingLetters == 2, shape.digits + 2 == shape.length else { return false }
        return word.hasSuffix("st") || word.hasSuffix("nd") || word.hasSuffix("rd") || word.hasSuffix("th")
    }

    /// "feb-63", "march-5": a month and a number in one word.
    private static func isMonthDay(_ word: LowerWord) -> Bool {
        let parts = word.string.split(separator: "-")
        guard parts.count == 2 else { return false }
        func isNumber(_ part: Substring) -> Bool { !part.isEmpty && part.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        return (NumberWords.months.contains(LowerWord(String(parts[0]))) && isNumber(parts[1]))
            || (NumberWords.months.contains(LowerWord(String(parts[1]))) && isNumber(parts[0]))
    }

    /// Long digit strings without separators, and digit groups joined by several hyphens or in
    /// phone shape ("555-1234", "0300-1234567").
    private static func isIdentifier(_ shape: WordShape, _ word: LowerWord) -> Bool {
        if shape.hyphens >= 2 && shape.digits >= 6 && shape.letters == 0 { return true }
        if shape.hyphens == 1 && shape.digits == shape.length - 1 {
            let parts = word.string.split(separator: "-")
            if parts.count == 2 && parts[0].count >= 3 && parts[1].count >= 4 { return true }
        }
        return shape.isAllDigits && shape.digits >= 8
    }

    /// A four-digit number from 1800 to 2100 without a separator, read as a year unless a plain
    /// count is more likely ("1500 soldiers" is rare next to "in 2005").
    private static func isYear(
        _ shape: WordShape, count: CountExpression, previous: LowerWord, next: LowerWord, isFirst: Bool
    ) -> Bool {
        guard shape.isAllDigits, shape.length == 4, count.words.count == 1, (1800...2100).contains(count.low)
        else { return false }
        if yearPrepositions.contains(previous) || isFirst { return true }
        return next.isEmpty || next == "," || next == "." || next == ")" || next == "'s" || next == ";"
            || next == "and" || next == "to" || next == "-" || next == "when" || next == "elections"
            || next == "election"
    }
}
