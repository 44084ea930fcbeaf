/// Turns a text into the 64-bit hashes of its word shingles (runs of `size` consecutive words).
///
/// Words are normalised the way `ExactKey` normalises text: case-folded, with every run of
/// punctuation and whitespace acting as one separator, so "Five killed, in Idlib" and
/// "five killed in IDLIB" give the same shingles. Each word is hashed once, straight from its
/// Unicode scalars (no `String` per word or per shingle); a shingle's hash combines the hashes
/// of its words in order. A text with fewer than `size` words yields one shingle of all its
/// words; a text with no words yields none.
public struct Shingler: Sendable {
    /// Words per shingle.
    public let size: Int

    public init(size: Int) {
        precondition(size >= 1, "shingle size must be at least 1")
        self.size = size
    }

    /// The hashes of the shingles of `text`, in text order (repeats included).
    public func shingleHashes(of text: String) -> [UInt64] {
        shingleHashes(ofWordHashes: Self.words(of: text, keepingNormalisedText: false).hashes)
    }

    /// Combines word hashes into shingle hashes.
    public func shingleHashes(ofWordHashes words: [UInt64]) -> [UInt64] {
        guard !words.isEmpty else { return [] }
        let width = min(size, words.count)
        let count = words.count - width + 1
        return words.withUnsafeBufferPointer { words in
            [UInt64](unsafeUninitializedCapacity: count) { shingles, initialized in
                for start in 0..<count {
                    // Word hashes are already mixed: one multiply per word keeps the order
                    // significant, and one final mix spreads the result.
                    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(width)
                    for offset in 0..<width {
                        hash = (hash ^ words[start + offset]) &* 0xFF51_AFD7_ED55_8CCD
                    }
                    shingles[start] = Self.mix(hash)
                }
                initialized = count
            }
        }
    }

    /// The hash of every normalised word of `text`, in order, and, when asked for, the
    /// normalised text itself (words lower-cased and joined by one space: the bytes `ExactKey`
    /// hashes), so that one pass over the text serves both keys. Works on the UTF-8 bytes, with
    /// a fast path for ASCII.
    public static func words(of text: String, keepingNormalisedText: Bool) -> (hashes: [UInt64], normalised: [UInt8]) {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { utf8 in
            words(ofUTF8: utf8, keepingNormalisedText: keepingNormalisedText)
        } ?? ([], [])
    }

    private static func words(
        ofUTF8 utf8: UnsafeBufferPointer<UInt8>, keepingNormalisedText keepText: Bool
    ) -> (hashes: [UInt64], normalised: [UInt8]) {
        let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01B3
        // A lower-case mapping is at most 3 times longer than its scalar in UTF-8.
        var normalised = [UInt8](repeating: 0, count: keepText ? utf8.count * 3 + 4 : 0)
        var length = 0
        let hashes = [UInt64](unsafeUninitializedCapacity: utf8.count / 2 + 1) { hashes, wordCount in
            normalised.withUnsafeMutableBufferPointer { out in
                var hash = offsetBasis
                var inWord = false
                var index = 0
                while index < utf8.count {
                    let lead = utf8[index]
                    if lead < 0x80 {
                        index += 1
                        var byte = lead
                        let isDigit = byte >= 0x30 && byte <= 0x39
                        let isUpper = byte >= 0x41 && byte <= 0x5A
                        let isLower = byte >= 0x61 && byte <= 0x7A
                        guard isDigit || isUpper || isLower else {
                            if inWord {
                                hashes[wordCount] = mix(hash)
                                wordCount += 1
                                hash = offsetBasis
                                inWord = false
                            }
                            continue
                        }
                        if isUpper { byte |= 0x20 }
                        if keepText {
                            if !inWord && length > 0 {
                                out[length] = 0x20
                                length += 1
                            }
                            out[length] = byte
                            length += 1
                        }
                        hash = (hash ^ UInt64(byte)) &* prime
                        inWord = true
                        continue
                    }
                    // A multi-byte scalar (the string is valid UTF-8).
                    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                    for continuation in 1..<width where index + continuation < utf8.count {
                        value = value << 6 | UInt32(utf8[index + continuation] & 0x3F)
                    }
                    index += width
                    let properties = (Unicode.Scalar(value) ?? "\u{FFFD}").properties
                    guard properties.isAlphabetic || properties.numericType != nil else {
                        if inWord {
                            hashes[wordCount] = mix(hash)
                            wordCount += 1
                            hash = offsetBasis
                            inWord = false
                        }
                        continue
                    }
                    let lower = properties.changesWhenLowercased ? properties.lowercaseMapping : nil
                    if keepText {
                        if !inWord && length > 0 {
                            out[length] = 0x20
                            length += 1
                        }
                        if let lower {
                            for byte in lower.utf8 {
                                out[length] = byte
                                length += 1
                            }
                        } else {
                            for offset in (index - width)..<index {
                                out[length] = utf8[offset]
                                length += 1
                            }
                        }
                    }
                    if let lower {
                        for scalar in lower.unicodeScalars { hash = (hash ^ UInt64(scalar.value)) &* prime }
                    } else {
                        hash = (hash ^ UInt64(value)) &* prime
                    }
                    inWord = true
                }
                if inWord {
                    hashes[wordCount] = mix(hash)
                    wordCount += 1
                }
            }
        }
        normalised.removeLast(normalised.count - length)
        return (hashes, normalised)
    }

    /// The 64-bit finaliser of MurmurHash3 (a bijection that spreads every input bit).
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}
