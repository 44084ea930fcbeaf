/// Eight ASCII bytes of a text (byte 0 in the low bits), classified at once with SWAR arithmetic:
/// which bytes are letters or digits (word bytes), the word bytes lower-cased, and the lengths of
/// the runs of word and separator bytes at the start. Only for windows without a byte ≥ 0x80.
struct ASCIIWindow {
    /// The high bit of every byte.
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static func repeated(_ byte: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(byte) }

    /// 0x80 in each byte that is an ASCII letter or digit.
    let letters: UInt64
    /// The window with its upper-case letters lower-cased.
    let lowered: UInt64

    init(_ window: UInt64) {
        // Per byte b < 0x80, b + (0x80 − k) has its high bit set exactly when b ≥ k, and no
        // sum carries into the next byte.
        let folded = window | Self.repeated(0x20)
        let alphabetic = (folded &+ Self.repeated(0x80 - 0x61)) & ~(folded &+ Self.repeated(0x80 - 0x7B))
        let digit = (window &+ Self.repeated(0x80 - 0x30)) & ~(window &+ Self.repeated(0x80 - 0x3A))
        let alpha = alphabetic & Self.highBits
        letters = alpha | (digit & Self.highBits)
        lowered = window | alpha >> 2
    }

    /// Word bytes at the start of the window (0 to 8).
    var leadingLetters: Int { (~letters & Self.highBits).trailingZeroBitCount >> 3 }

    /// Separator bytes at the start of the window (0 to 8).
    var leadingSeparators: Int { letters.trailingZeroBitCount >> 3 }
}
