/// Parses one count expression at a word of a sentence: a qualifier ("at least", "about"), then a
/// number in digits or words, a scale ("3 million", "2.5bn"), a vague amount ("dozens",
/// "tens of thousands") or a range ("between 20 and 30", "20 to 30", "20-30", "two or three").
///
/// It reads lower-case words and knows nothing of what is counted: whether "2,000" counts
/// people, years or dollars is decided by `NumberScanner` and the figure extractor.
enum CountParser {
    /// Qualifier phrases, longest first within each first word.
    private static let qualifiers: [([LowerWord], CountQualifier)] = [
        (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast),
        (["not", "less", "than"], .atLeast), (["at", "least"], .atLeast),
        (["more", "than"], .moreThan), (["upwards", "of"], .moreThan), (["in", "excess", "of"], .moreThan),
        (["over"], .moreThan), (["well", "over"], .moreThan),
        (["about"], .about), (["around"], .about), (["roughly"], .about), (["some"], .about),
        (["approximately"], .about), (["an", "estimated"], .about), (["estimated"], .about),
        (["an", "approximate"], .about), (["almost"], .nearly), (["nearly"], .nearly), (["close", "to"], .nearly),
        (["up", "to"], .upTo), (["as", "many", "as"], .upTo),
    ]

    /// The first words of the qualifier phrases.
    static var qualifierFirstWords: Set<String> { Set(qualifiers.map { $0.0[0].string }) }

    /// The longest count expression starting at `index`, or `nil`.
    static func parse(_ words: [FigureWord], at index: Int) -> CountExpression? {
        guard index < words.count else { return nil }
        var start = index
        var qualifier: CountQualifier?
        if let (length, found) = matchQualifier(words, at: index) {
            qualifier = found
            start = index + length
        }
        guard start < words.count, mayStart(words[start]) else { return nil }
        if words[start].lower == "another", start + 1 < words.count,
            let inner = number(words, at: start + 1), !inner.isSingular
        {
            return CountExpression(
                value: inner.value, low: inner.low, high: inner.high, qualifier: qualifier ?? inner.qualifier,
                words: index..<inner.words.upperBound)
        }
        if words[start].lower == "between", let range = between(words, at: start) {
            return CountExpression(
                value: range.value, low: range.low, high: range.high, qualifier: qualifier,
                words: index..<range.words.upperBound)
        }
        guard var count = number(words, at: start) else { return nil }
        if qualifier != nil && count.isSingular { return nil }
        count = rangeTail(words, after: count) ?? count
        if let qualifier { count.qualifier = qualifier }
        count.words = index..<count.words.upperBound
        return count
    }

    /// The qualifier phrases by their first word.
    private static let qualifiersByFirstWord: [LowerWord: [([LowerWord], CountQualifier)]] = Dictionary(
        grouping: qualifiers, by: { $0.0[0] })

    private static func matchQualifier(_ words: [FigureWord], at index: Int) -> (Int, CountQualifier)? {
        guard words[index].info.flags.contains(.qualifierStart),
            let candidates = qualifiersByFirstWord[words[index].lower]
        else { return nil }
        var best: (Int, CountQualifier)?
        for (phrase, qualifier) in candidates where phrase.count > (best?.0 ?? 0) {
            guard index + phrase.count <= words.count else { continue }
            var matches = true
            for (offset, word) in phrase.enumerated() where words[index + offset].lower != word {
                matches = false
                break
            }
            if matches { best = (phrase.count, qualifier) }
        }
        return best
    }

    /// "between A and B".
    private static func between(_ words: [FigureWord], at index: Int) -> CountExpression? {
        guard let first = number(words, at: index + 1), first.value != nil, !first.isSingular,
            first.words.upperBound + 1 < words.count, words[first.words.upperBound].lower == "and",
            let second = number(words, at: first.words.upperBound + 1), let high = second.value,
            let low = first.value, high > low
        else { return nil }
        return CountExpression(
            value: (low + high) / 2, low: low, high: high, words: index..<second.words.upperBound)
    }

    /// "A to B", "A - B", "A or B" after a parsed `count`.
    private static func rangeTail(_ words: [FigureWord], after count: CountExpression) -> CountExpression? {
        let next = count.words.upperBound
        guard let low = count.value, !count.isSingular, next + 1 < words.count else { return nil }
        switch words[next].lower {
        case "to", "-", "–", "—", "or": break
        default: return nil
        }
        guard let second = number(words, at: next + 1), !second.isSingular, let high = second.value, high > low
        else { return nil }
        return CountExpression(
            value: (low + high) / 2, low: low, high: high, qualifier: count.qualifier,
            words: count.words.lowerBound..<second.words.upperBound)
    }

    /// A number without qualifier: digits, words, vague amounts, articles.
    /// Whether a count may start at `word`: digits, a listed starting word, or a hyphenated word.
    static func mayStart(_ word: FigureWord) -> Bool {
        if word.info.flags.contains(.numberStart) { return true }
        guard let first = word.lower.first else { return false }
        return (first >= 0x30 && first <= 0x39) || word.hasHyphen
    }

    static func number(_ words: [FigureWord], at index: Int) -> CountExpression? {
        guard index < words.count, mayStart(words[index]) else { return nil }
        let word = words[index].lower
        if let first = word.first, first >= 0x30 && first <= 0x39 { return digitNumber(words, at: index) }
        if NumberWords.vaguePlurals[word] != nil || word == "tens", let vague = vagueAmount(words, at: index) {
            return vague
        }
        switch word {
        case "a", "an": return article(words, at: index)
        case "half": return half(words, at: index)
        case "several", "many", "few":
            return severalScale(words, at: index)
        case "trio", "duo":
            // "the trio was kidnapped": a collective numeral after "the".
            guard index > 0, words[index - 1].lower == "the" else { return nil }
            return .exact(word == "trio" ? 3 : 2, words: index..<index + 1)
        default: return spelled(words, at: index)
        }
    }

    /// Digits, possibly with a scale word or suffix ("3 million", "2.5bn", "1,38,000") or a
    /// hyphenated range in one word ("20-30").
    private static func digitNumber(_ words: [FigureWord], at index: Int) -> CountExpression? {
        let word = words[index].lower
        guard let first = word.firstScalar, ScalarText.isDigit(first) else { return nil }
        if let value = NumberWords.suffixedValue(word) {
            return wholeCount(value, words: index..<index + 1)
        }
        if words[index].hasHyphen { return hyphenRange(word, at: index) }
        guard let value = NumberWords.digitValue(word) else { return nil }
        var end = index + 1
        var scaled = value
        if end < words.count {
            let next = words[end].lower
            if let scale = NumberWords.scales[next] ?? NumberWords.scaleAbbreviations[next], next != "b", next != "k" {
                scaled = value * Double(scale)
                end += 1
            } else if next == "dozen" {
                scaled = value * 12
                end += 1
            }
        }
        return wholeCount(scaled, words: index..<end)
    }

    private static func wholeCount(_ value: Double, words: Range<Int>) -> CountExpression? {
        guard value.isFinite, value >= 0, value < 1e15 else { return nil }
        let rounded = value.rounded()
        guard abs(value - rounded) < 1e-6 else { return nil }
        return .exact(Int(rounded), words: words)
    }

    /// "20-30" in one word. Not "2003-05" (years) or "555-1234" (a phone number).
    private static func hyphenRange(_ word: LowerWord, at index: Int) -> CountExpression? {
        let parts = word.string.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let low = NumberWords.digitValue(LowerWord(String(parts[0]))),
            let high = NumberWords.digitValue(LowerWord(String(parts[1]))), low == low.rounded(),
            high == high.rounded(),
            high > low, high <= low * 10, parts[1].count - parts[0].count <= 1, !parts[1].hasPrefix("0"),
            !(parts[0].count == 3 && parts[1].count == 4), !(low >= 1000 && low <= 2100 && parts[0].count == 4)
        else { return nil }
        let lowInt = Int(low)
        let highInt = Int(high)
        return CountExpression(value: (lowInt + highInt) / 2, low: lowInt, high: highInt, words: index..<index + 1)
    }

    /// "dozens", "scores", "hundreds", "thousands", "tens of thousands", "hundreds of thousands",
    /// "millions", with a following "of".
    private static func vagueAmount(_ words: [FigureWord], at index: Int) -> CountExpression? {
        let word = words[index].lower
        let bounds: ClosedRange<Int>
        var end = index + 1
        if index + 2 < words.count, words[index + 1].lower == "of",
            let compound = NumberWords.vagueCompound(word, words[index + 2].lower)
        {
            bounds = compound
            end = index + 3
        } else if let plain = NumberWords.vaguePlurals[word] {
            bounds = plain
        } else {
            return nil
        }
        if end < words.count, words[end].lower == "of" { end += 1 }
        return CountExpression(value: nil, low: bounds.lowerBound, high: bounds.upperBound, words: index..<end)
    }

    /// "several dozen", "several hundred", "a few thousand", "many thousands": vague bounds of
    /// the scale.
    private static func severalScale(_ words: [FigureWord], at index: Int) -> CountExpression? {
        guard index + 1 < words.count else { return nil }
        let next = words[index + 1].lower
        let bounds: ClosedRange<Int>
        switch next {
        case "dozen": bounds = 24...99
        case "hundred", "hundreds": bounds = 200...999
        case "thousand", "thousands": bounds = 2_000...9_999
        case "million", "millions": bounds = 2_000_000...9_999_999
        default: return nil
        }
        var end = index + 2
        if end < words.count, words[end].lower == "of" { end += 1 }
        return CountExpression(value: nil, low: bounds.lowerBound, high: bounds.upperBound, words: index..<end)
    }

    /// "a dozen", "a hundred", "a million", "a half-million", "a quarter of a million",
    /// "a couple", "a few", and the singular "a"/"an".
    private static func article(_ words: [FigureWord], at index: Int) -> CountExpression? {
        guard index + 1 < words.count else { return nil }
        let next = words[index + 1].lower
        if next == "dozen" { return .exact(12, words: index..<index + 2) }
        if let scale = NumberWords.scales[next] { return scaled(1, scale, words, from: index, next: index + 2) }
        if let fraction = fractionScale(next) { return .exact(fraction, words: index..<index + 2) }
        if next == "quarter", index + 4 < words.count, words[index + 2].lower == "of",
            words[index + 3].lower == "a", let scale = NumberWords.scales[words[index + 4].lower]
        {
            return .exact(scale / 4, words: index..<index + 5)
        }
        if next == "couple" {
            let end = index + 2 < words.count && words[index + 2].lower == "of" ? index + 3 : index + 2
            return .exact(2, words: index..<end)
        }
        if next == "few" {
            if let vague = severalScale(words, at: index + 1) {
                return CountExpression(
                    value: nil, low: vague.low, high: vague.high, words: index..<vague.words.upperBound)
            }
            return CountExpression(value: 3, low: 3, high: 3, qualifier: .about, words: index..<index + 2)
        }
        return CountExpression(value: 1, low: 1, high: 1, words: index..<index + 1, isSingular: true)
    }

    /// "half a million", "half-million".
    private static func half(_ words: [FigureWord], at index: Int) -> CountExpression? {
        guard index + 2 < words.count, words[index + 1].lower == "a",
            let scale = NumberWords.scales[words[index + 2].lower]
        else { return nil }
        return .exact(scale / 2, words: index..<index + 3)
    }

    /// "half-million" (500000), "quarter-million" (250000) as one word.
    private static func fractionScale(_ word: LowerWord) -> Int? {
        guard word.contains(byte: 0x2D) else { return nil }
        let parts = word.string.split(separator: "-")
        guard parts.count == 2, let scale = NumberWords.scales[LowerWord(String(parts[1]))] else { return nil }
        switch parts[0] {
        case "half": return scale / 2
        case "quarter": return scale / 4
        default: return nil
        }
    }

    /// `value` × `scale` and any further scale words ("a hundred thousand").
    private static func scaled(
        _ value: Int, _ scale: Int, _ words: [FigureWord], from start: Int, next: Int
    ) -> CountExpression? {
        var total = value * scale
        var end = next
        while end < words.count, let more = NumberWords.scales[words[end].lower], more > scale {
            total *= more
            end += 1
        }
        return .exact(total, words: start..<end)
    }

    /// Spelled numbers: "five", "twenty-five", "one hundred and fifty", "two million",
    /// "two dozen", "1.4 million" is handled with digits.
    private static func spelled(_ words: [FigureWord], at index: Int) -> CountExpression? {
        var total = 0
        var current = 0
        var end = index
        var sawNumber = false
        while end < words.count {
            let word = words[end].lower
            if let small = NumberWords.smallValue(word) {
                // "one two" is not a number: a small word follows only a scale ("two hundred
                // five") or a ten ("twenty five").
                let remainder = current % 100
                if sawNumber && remainder != 0 && !(remainder >= 20 && remainder % 10 == 0 && small < 10) { break }
                current += small
                sawNumber = true
            } else if word == "hundred", sawNumber {
                current = max(current, 1) * 100
            } else if let scale = NumberWords.scales[word], scale >= 1_000, sawNumber {
                total += max(current, 1) * scale
                current = 0
            } else if word == "dozen", sawNumber, current > 0, current < 100 {
                current *= 12
            } else if word == "and", sawNumber, end + 1 < words.count,
                NumberWords.smallValue(words[end + 1].lower) != nil, total + current >= 100
            {
                // "one hundred and fifty"
            } else {
                break
            }
            end += 1
        }
        guard sawNumber else { return nil }
        return .exact(total + current, words: index..<end)
    }
}
