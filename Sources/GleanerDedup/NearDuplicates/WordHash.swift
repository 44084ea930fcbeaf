/// The 64-bit hash of one word, fed its normalised UTF-8 bytes: the bytes are packed 8 to a 64-bit
/// chunk (the first byte in the low bits), and each full chunk costs one xor and one multiply
/// (words of news text are mostly one chunk). Words never contain a 0 byte, so packing without a
/// length is unambiguous. The hash is not mixed: `Shingler` mixes each shingle's combination of
/// word hashes.
struct WordHash {
    private static let prime: UInt64 = 0x9E37_79B9_7F4A_7C15

    private var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    private var chunk: UInt64 = 0
    /// Bytes in `chunk` (0 to 7).
    private var filled = 0

    /// Adds the word's next byte.
    @inline(__always)
    mutating func add(_ byte: UInt8) {
        chunk |= UInt64(byte) << (filled << 3)
        filled += 1
        if filled == 8 {
            hash = (hash ^ chunk) &* Self.prime
            chunk = 0
            filled = 0
        }
    }

    /// Adds the word's next `count` bytes (1 to 8), the low bytes of `bytes`: the same as adding
    /// them one by one.
    @inline(__always)
    mutating func add(_ bytes: UInt64, count: Int) {
        // Smart shifts: shifting by 64 or more gives 0.
        let kept = bytes & ((1 << (count << 3)) &- 1)
        chunk |= kept << (filled << 3)
        let total = filled + count
        guard total >= 8 else {
            filled = total
            return
        }
        hash = (hash ^ chunk) &* Self.prime
        chunk = kept >> ((8 - filled) << 3)
        filled = total - 8
    }

    /// The hash of the word so far.
    @inline(__always)
    var value: UInt64 { (hash ^ chunk) &* Self.prime }
}
