/// English number words: the grammar of spelled-out numbers, scales and vague amounts.
enum NumberWords {
    /// "zero" … "nineteen".
    static let units: [LowerWord: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]

    /// "twenty" … "ninety".
    static let tens: [LowerWord: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90,
    ]

    /// Multipliers written as words.
    static let scales: [LowerWord: Int] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000,
    ]

    /// Multipliers written as a suffix or abbreviation after digits ("2.5bn", "3 mln").
    static let scaleAbbreviations: [LowerWord: Int] = [
        "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
        "b": 1_000_000_000,
    ]

    /// Vague plural amounts and their bounds (DESIGN.md, Figures).
    static let vaguePlurals: [LowerWord: ClosedRange<Int>] = [
        "dozens": 24...99, "scores": 40...99, "hundreds": 200...999, "thousands": 2_000...9_999,
        "millions": 2_000_000...9_999_999,
    ]

    /// "tens of thousands", "hundreds of thousands", "tens of millions" …: the bounds of
    /// `first of second`.
    static func vagueCompound(_ first: LowerWord, _ second: LowerWord) -> ClosedRange<Int>? {
        let factor: Int
        switch first {
        case "tens": factor = 10
        case "hundreds": factor = 100
        default: return nil
        }
        let base: Int
        switch second {
        case "thousands": base = 1_000
        case "millions": base = 1_000_000
        default: return nil
        }
        return (2 * factor * base)...(10 * factor * base - 1)
    }

    /// Months, whose neighbouring numbers are dates.
    static let months: Set<LowerWord> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
        "oct.", "nov.", "dec.", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// The value of one spelled word ("seven" 7, "twenty-five" 25), without scales.
    static func smallValue(_ word: LowerWord) -> Int? {
        if let value = units[word] ?? tens[word] { return value }
        guard word.contains(byte: 0x2D) else { return nil }
        let parts = word.string.split(separator: "-")
        if parts.count == 2, let ten = tens[LowerWord(String(parts[0]))], let unit = units[LowerWord(String(parts[1]))],
            unit < 10, unit > 0
        {
            return ten + unit
        }
        return nil
    }

    /// The value of a word of digits ("2,000" 2000, "1,38,000" 138000, "1.5" 1.5), or `nil`.
    static func digitValue(_ word: LowerWord) -> Double? {
        // Whole ASCII numbers of up to 15 digits (nearly all) are read without building a string:
        // `nil` sends the word to `decimalValue`, a negative digit count means "not a number".
        guard word.count <= LowerWord.capacity else { return decimalValue(word.string) }
        let whole: (value: Int, digits: Int)? = word.withUTF8 { bytes in
            var value = 0
            var digitCount = 0
            var previousWasComma = false
            for byte in bytes {
                switch byte {
                case 0x30...0x39:
                    value = value &* 10 &+ Int(byte - 0x30)
                    digitCount += 1
                    previousWasComma = false
                case 0x2C where digitCount > 0 && !previousWasComma:
                    previousWasComma = true
                case 0x2C:
                    return (0, -1)
                default:
                    return nil  // a point, a non-ASCII digit, or not a number
                }
            }
            return digitCount > 0 && !previousWasComma ? (value, digitCount) : (0, -1)
        }
        guard let whole else { return decimalValue(word.string) }
        guard whole.digits > 0 else { return nil }
        return whole.digits <= 15 ? Double(whole.value) : decimalValue(word.string)
    }

    /// `digitValue` for decimals, non-ASCII digits and very long numbers.
    private static func decimalValue(_ word: String) -> Double? {
        guard let first = word.unicodeScalars.first, ScalarText.isDigit(first) else { return nil }
        var digits = ""
        var sawPoint = false
        var previousWasComma = false
        for scalar in word.unicodeScalars {
            if ScalarText.isDigit(scalar) {
                digits.unicodeScalars.append(scalar)
                previousWasComma = false
            } else if scalar == ",", !sawPoint, !previousWasComma {
                previousWasComma = true
            } else if scalar == ".", !sawPoint {
                sawPoint = true
                digits.append(".")
            } else {
                return nil
            }
        }
        guard !previousWasComma, digits.last != "." else { return nil }
        return Double(digits)
    }

    /// A word of digits followed by a scale abbreviation ("2.5bn", "1.5m"): its value.
    static func suffixedValue(_ lowerWord: LowerWord) -> Double? {
        // Most words end in a digit: no suffix, and no need for the Character-level loop below.
        if let last = lowerWord.last, last < 0x80, !((last | 0x20) >= 0x61 && (last | 0x20) <= 0x7A) { return nil }
        let word = lowerWord.string
        var number = Substring(word)
        var suffix = ""
        while let last = number.last, last.isLetter {
            suffix.insert(last, at: suffix.startIndex)
            number = number.dropLast()
        }
        guard !suffix.isEmpty, let scale = scaleAbbreviations[LowerWord(suffix)],
            let value = digitValue(LowerWord(String(number)))
        else { return nil }
        return value * Double(scale)
    }
}
