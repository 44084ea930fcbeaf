/// The lower-case UTF-8 of one word, held inline (no heap storage), so that a `FigureWord` is
/// trivially copyable and comparing a word with a literal (`word.lower == "killed"`) is a length
/// test and a few integer comparisons instead of a `String` comparison.
///
/// Up to `capacity` bytes are kept; a longer word (a URL, a long identifier) keeps its first bytes,
/// cut at a scalar boundary, with its full length and a hash of the whole word, so it never equals
/// a shorter word and two long words are told apart by their hashes.
struct LowerWord: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The most bytes held.
    static let capacity = 32

    private var bytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// The word's length in UTF-8 bytes (may exceed `capacity`).
    private(set) var count = 0
    /// How many bytes are held: `count`, or less for a word longer than `capacity`.
    private(set) var storedCount = 0
    /// The hash, or 0 for a word made from a literal or a string, whose hash is computed when
    /// asked for (a literal compared with a word never needs it).
    private var knownHash: UInt64 = 0

    /// The empty word, to `append` to.
    init() {}

    /// A word from lower-case UTF-8 `source` (a literal or a string).
    @inline(__always)
    init(utf8 source: UnsafeBufferPointer<UInt8>) {
        count = source.count
        var stored = min(source.count, Self.capacity)
        // Cut before a scalar that does not fit whole (continuation bytes are 10xxxxxx).
        if stored < source.count {
            while stored > 0, source[stored] & 0xC0 == 0x80 { stored -= 1 }
            knownHash = ScalarText.lowerHash(String(decoding: source, as: UTF8.self))
        }
        storedCount = stored
        withUnsafeMutableBytes(of: &bytes) { raw in
            for index in 0..<stored { raw[index] = source[index] }
        }
    }

    @inline(__always)
    init(stringLiteral value: StaticString) {
        self.init(utf8: UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
    }

    /// The word of a lower-case string.
    init(_ string: String) {
        var string = string
        self = string.withUTF8 { LowerWord(utf8: $0) }
    }

    /// `ScalarText.lowerHash` of the whole word.
    var hash: UInt64 {
        knownHash != 0 ? knownHash : ScalarText.lowerHash(string)
    }

    /// The lower-case word of `scalars` (in any case), and whether it holds a hyphen-minus. A short
    /// ASCII word, nearly every word of a sentence, is lowered and hashed in one pass.
    static func lowering(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> (word: LowerWord, hasHyphen: Bool) {
        var word = LowerWord()
        var hasHyphen = false
        if scalars.count <= capacity {
            var hash = ScalarText.fnvOffset
            let isASCII = withUnsafeMutableBytes(of: &word.bytes) { raw in
                for (index, scalar) in scalars.enumerated() {
                    guard scalar.value < 0x80 else { return false }
                    let lowered = ScalarText.lowered(scalar)
                    if lowered == 0x2D { hasHyphen = true }
                    raw[index] = UInt8(truncatingIfNeeded: lowered)
                    hash = ScalarText.fnv(hash, lowered)
                }
                return true
            }
            if isASCII {
                word.count = scalars.count
                word.storedCount = scalars.count
                word.knownHash = hash
                return (word, hasHyphen)
            }
            word = LowerWord()
            hasHyphen = false
        }
        for scalar in scalars {
            let lowered = ScalarText.lowered(scalar)
            if lowered == 0x2D { hasHyphen = true }
            word.append(Unicode.Scalar(lowered) ?? scalar)
        }
        return (word, hasHyphen)
    }

    /// Appends one lower-case scalar; `SentenceWords` builds each word this way, so its words
    /// carry their hash.
    mutating func append(_ scalar: Unicode.Scalar) {
        knownHash = ScalarText.fnv(knownHash == 0 ? ScalarText.fnvOffset : knownHash, scalar.value)
        let width = UTF8.width(scalar)
        count += width
        // Once a scalar does not fit, no later one is stored either.
        guard storedCount == count - width, storedCount + width <= Self.capacity else { return }
        let start = storedCount
        withUnsafeMutableBytes(of: &bytes) { raw in
            if width == 1 {
                raw[start] = UInt8(truncatingIfNeeded: scalar.value)
            } else {
                var offset = start
                UTF8.encode(scalar) { unit in
                    raw[offset] = unit
                    offset += 1
                }
            }
        }
        storedCount += width
    }

    static func == (lhs: LowerWord, rhs: LowerWord) -> Bool {
        lhs.count == rhs.count && lhs.bytes.0 == rhs.bytes.0 && lhs.bytes.1 == rhs.bytes.1
            && lhs.bytes.2 == rhs.bytes.2 && lhs.bytes.3 == rhs.bytes.3
            && (lhs.count <= capacity || lhs.knownHash == rhs.knownHash)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    /// Whether the word has no bytes.
    var isEmpty: Bool { count == 0 }

    /// The word as a `String` (the held bytes of a word longer than `capacity`).
    var string: String {
        withUnsafeBytes(of: bytes) { raw in
            String(decoding: UnsafeRawBufferPointer(rebasing: raw[0..<storedCount]), as: UTF8.self)
        }
    }

    var description: String { string }

    /// The first byte.
    var first: UInt8? {
        storedCount > 0 ? UInt8(truncatingIfNeeded: bytes.0) : nil
    }

    /// The first scalar.
    var firstScalar: Unicode.Scalar? {
        guard let byte = first else { return nil }
        return byte < 0x80 ? Unicode.Scalar(byte) : string.unicodeScalars.first
    }

    /// The last byte (`nil` for a word longer than `capacity`).
    var last: UInt8? {
        guard storedCount > 0, storedCount == count else { return nil }
        return withUTF8 { $0[storedCount - 1] }
    }

    /// Calls `body` with the held bytes.
    func withUTF8<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        withUnsafeBytes(of: bytes) { raw in body(UnsafeRawBufferPointer(rebasing: raw[0..<storedCount])) }
    }

    /// Whether every held byte satisfies `predicate`.
    func allBytes(_ predicate: (UInt8) -> Bool) -> Bool {
        withUnsafeBytes(of: bytes) { raw in
            raw[0..<storedCount].allSatisfy(predicate)
        }
    }

    /// Whether some held byte is `byte`.
    func contains(byte: UInt8) -> Bool {
        !allBytes { $0 != byte }
    }

    /// Whether the word starts with `prefix`.
    func hasPrefix(_ prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard length <= storedCount else { return false }
        return withUnsafeBytes(of: bytes) { raw in
            (0..<length).allSatisfy { raw[$0] == prefix.utf8Start[$0] }
        }
    }

    /// Whether the word ends with `suffix` (never for a word longer than `capacity`).
    func hasSuffix(_ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard length <= storedCount, storedCount == count else { return false }
        let start = storedCount - length
        return withUnsafeBytes(of: bytes) { raw in
            (0..<length).allSatisfy { raw[start + $0] == suffix.utf8Start[$0] }
        }
    }
}
