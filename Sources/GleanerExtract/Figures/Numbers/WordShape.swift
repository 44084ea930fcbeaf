/// The character classes of a word, counted in one pass over its UTF-8 bytes, so that the number
/// scanner's checks (ordinal, identifier, year, unit suffix) cost no Unicode property look-ups.
struct WordShape: Sendable {
    var digits = 0
    var letters = 0
    var hyphens = 0
    var commas = 0
    var periods = 0
    var colons = 0
    var others = 0
    var length = 0
    var startsWithDigit = false
    /// Letters after the last digit ("st" of "21st", "km" of "50km").
    var trailingLetters = 0

    /// The shape of the word's held bytes (`LowerWord.capacity` of them for a longer word).
    init(_ word: LowerWord) {
        self = word.withUTF8 { WordShape(bytes: $0) }
    }

    private init(bytes: UnsafeRawBufferPointer) {
        for byte in bytes {
            if length == 0 { startsWithDigit = byte >= 0x30 && byte <= 0x39 }
            length += 1
            switch byte {
            case 0x30...0x39:
                digits += 1
                trailingLetters = 0
            case 0x61...0x7A, 0x41...0x5A:
                letters += 1
                trailingLetters += 1
            case 0x2D: hyphens += 1
            case 0x2C: commas += 1
            case 0x2E: periods += 1
            case 0x3A: colons += 1
            default: others += 1
            }
        }
    }

    /// Only digits.
    var isAllDigits: Bool { digits == length && length > 0 }
}
