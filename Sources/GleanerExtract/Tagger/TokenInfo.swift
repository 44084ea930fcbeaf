/// Hashes of one token's forms, computed once per token and shared by every feature template.
struct TokenInfo: Sendable {
    var word: UInt64 = 0
    var lower: UInt64 = 0
    var shape: UInt64 = 0
    var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// Bit 0: starts with a capital; bit 1: all capitals; bit 2: has a digit; bit 3: has a hyphen;
    /// bit 4: has a period; bit 5: has letters, all lowercase; bit 6: in a title-case line.
    var flags: UInt8 = 0
    /// Lower forms of the first and last words of the capitalised run holding this token (see
    /// `DocumentContext`), 0 outside runs.
    var runFirst: UInt64 = 0
    var runLast: UInt64 = 0
    /// Run length (capped at 5) × 4 + position in the run (0 single, 1 first, 2 middle, 3 last).
    var run: UInt8 = 0
    /// Bit 0: the lower form occurs all-lowercase in the document; bit 1: it occurs capitalised
    /// after the first token of a sentence.
    var document: UInt8 = 0
    /// How the lower form occurs in capitalised runs of the document (not at a sentence start):
    /// bit 0 alone, bit 1 first, bit 2 last, bit 3 inside a longer run.
    var documentRuns: UInt8 = 0
    /// Position in a place name (`Gazetteer.mark`), 0 outside.
    var gazetteer: UInt8 = 0
    /// Position in an organisation name and in a NORP name (`Gazetteer.mark`), 0 outside.
    var organization: UInt8 = 0
    var norp: UInt8 = 0
    /// Bit 0 a given name, bit 1 a surname, bit 2 a common word (`Gazetteer.mark`).
    var name: UInt8 = 0

    static let capitalised: UInt8 = 1
    static let allCaps: UInt8 = 2
    static let hasDigit: UInt8 = 4
    static let hasHyphen: UInt8 = 8
    static let hasPeriod: UInt8 = 16
    static let allLower: UInt8 = 32
    /// Set by `DocumentContext` on every token of a title-case line ("How to Choose a Laptop").
    static let titleCaseLine: UInt8 = 64

    /// Computes the hashes of `scalars[start..<end]` without allocating.
    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, start: Int, end: Int) {
        var word = ScalarText.fnvOffset
        var lower = ScalarText.fnvOffset
        var shape = ScalarText.fnvOffset
        var lastShape: UInt32 = 0xFFFF_FFFF
        var upperCount = 0
        var letterCount = 0
        var flags: UInt8 = 0
        var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for index in start..<end {
            let scalar = scalars[index]
            word = ScalarText.fnv(word, scalar.value)
            let low = ScalarText.lowered(scalar)
            lower = ScalarText.fnv(lower, low)
            switch index - start {
            case 0: prefixes.0 = lower
            case 1: prefixes.1 = lower
            case 2: prefixes.2 = lower
            case 3: prefixes.3 = lower
            default: break
            }
            let shapeValue: UInt32
            if ScalarText.isUpper(scalar) {
                shapeValue = 0x58  // X
                upperCount += 1
                letterCount += 1
            } else if ScalarText.isLower(scalar) {
                shapeValue = 0x78  // x
                letterCount += 1
            } else if ScalarText.isDigit(scalar) {
                shapeValue = 0x64  // d
                flags |= TokenInfo.hasDigit
            } else if ScalarText.isLetter(scalar) {
                shapeValue = 0x61  // a: caseless letter
                letterCount += 1
            } else {
                shapeValue = scalar.value
                if scalar == "." { flags |= TokenInfo.hasPeriod }
                if ScalarText.isJoiningHyphen(scalar) { flags |= TokenInfo.hasHyphen }
            }
            if shapeValue != lastShape {
                shape = ScalarText.fnv(shape, shapeValue)
                lastShape = shapeValue
            }
        }
        let length = end - start
        if length < 4 { prefixes.3 = 0 }
        if length < 3 { prefixes.2 = 0 }
        if length < 2 { prefixes.1 = 0 }
        var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for size in 1...4 where size <= length {
            var hash = ScalarText.fnvOffset
            for index in (end - size)..<end { hash = ScalarText.fnv(hash, ScalarText.lowered(scalars[index])) }
            switch size {
            case 1: suffixes.0 = hash
            case 2: suffixes.1 = hash
            case 3: suffixes.2 = hash
            default: suffixes.3 = hash
            }
        }
        if length > 0 && ScalarText.isUpper(scalars[start]) { flags |= TokenInfo.capitalised }
        if letterCount > 0 && upperCount == letterCount { flags |= TokenInfo.allCaps }
        if letterCount > 0 && upperCount == 0 && flags & TokenInfo.hasDigit == 0 { flags |= TokenInfo.allLower }
        self.word = word
        self.lower = lower
        self.shape = shape
        self.prefixes = prefixes
        self.suffixes = suffixes
        self.flags = flags
    }

    init() {}

    /// Hashes for every token of a text.
    static func compute(scalars: [Unicode.Scalar], tokens: [Token]) -> [TokenInfo] {
        scalars.withUnsafeBufferPointer { buffer in
            tokens.map { TokenInfo(buffer, start: $0.start, end: $0.end) }
        }
    }
}
