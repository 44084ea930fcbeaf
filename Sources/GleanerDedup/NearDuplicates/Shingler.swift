/// Turns a text into the 64-bit hashes of its word shingles (runs of `size` consecutive words).
///
/// Words are normalised the way `ExactKey` normalises text: case-folded, with every run of
/// punctuation and whitespace acting as one separator, so "Five killed, in Idlib" and
/// "five killed in IDLIB" give the same shingles. Each word is hashed once, straight from its
/// normalised UTF-8 bytes, 8 bytes per multiply (`WordHash`; no `String` per word or per
/// shingle); a shingle's hash combines the hashes of its words in order and is then mixed. A
/// text with fewer than `size` words yields one shingle of all its words; a text with no words
/// yields none.
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
                    // One multiply per word keeps the order significant, and one final mix
                    // spreads the result.
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
        guard let base = utf8.baseAddress, !utf8.isEmpty else { return ([], []) }
        let count = utf8.count
        var normalised: [UInt8] = []
        // A text of n bytes has at most n / 2 + 1 words.
        let hashes = [UInt64](unsafeUninitializedCapacity: count / 2 + 2) { hashes, wordCount in
            // A lower-case mapping is at most 3 times longer than its scalar in UTF-8; 8 bytes of
            // slack for the fast path's whole-word stores.
            normalised = [UInt8](unsafeUninitializedCapacity: count * 3 + 16) { out, textLength in
                (wordCount, textLength) = words(of: base, count: count, hashes: hashes, out: out)
            }
        }
        if !keepText { normalised = [] }
        return (hashes, normalised)
    }

    /// The loop of `words(ofUTF8:keepingNormalisedText:)`, with plain pointers and local state
    /// so that it keeps everything in registers. Returns the number of words and of bytes of
    /// normalised text written.
    private static func words(
        of base: UnsafePointer<UInt8>, count: Int, hashes: UnsafeMutableBufferPointer<UInt64>,
        out: UnsafeMutableBufferPointer<UInt8>
    ) -> (words: Int, length: Int) {
        let utf8 = UnsafeBufferPointer(start: base, count: count)
        let outStart = out.baseAddress.unsafelyUnwrapped
        var cursor = WordCursor(hashes: hashes, out: out)
        var index = 0
        while index < count {
            // Fast path: 8 ASCII bytes at a time. Words and separators alternate too irregularly
            // for a byte-by-byte branch to predict; here a branch decides a run of up to 8.
            if index &+ 8 <= count {
                let window = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if window & ASCIIWindow.highBits == 0 {
                    let ascii = ASCIIWindow(window)
                    let run = ascii.leadingLetters
                    if run == 0 {
                        cursor.endWord()
                        index += ascii.leadingSeparators
                        continue
                    }
                    cursor.beginWord()
                    UnsafeMutableRawPointer(outStart + cursor.length).storeBytes(
                        of: ascii.lowered.littleEndian, toByteOffset: 0, as: UInt64.self)
                    cursor.length += run
                    cursor.word.add(ascii.lowered, count: run)
                    index += run
                    continue
                }
            }
            // One byte or one multi-byte scalar at a time (the end of the text, non-ASCII text).
            let lead = utf8[index]
            let folded = fold(lead)
            if folded != 0xFF {
                index += 1
                if folded == 0 {
                    cursor.endWord()
                    continue
                }
                cursor.beginWord()
                cursor.append(folded)
                continue
            }
            // A multi-byte scalar (the string is valid UTF-8).
            let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            let end = Swift.min(index + width, count)
            var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
            for offset in (index + 1)..<end { value = value << 6 | UInt32(utf8[offset] & 0x3F) }
            let start = index
            index = end
            let properties = (Unicode.Scalar(value) ?? "\u{FFFD}").properties
            guard properties.isAlphabetic || properties.numericType != nil else {
                cursor.endWord()
                continue
            }
            cursor.beginWord()
            if properties.changesWhenLowercased {
                for byte in properties.lowercaseMapping.utf8 { cursor.append(byte) }
            } else {
                for offset in start..<end { cursor.append(utf8[offset]) }
            }
        }
        cursor.endWord()
        return (cursor.words, cursor.length)
    }

    /// The output state of the word loop: the word hashes and normalised bytes written so far,
    /// and the word being read. A local value with inlined methods, so it stays in registers.
    private struct WordCursor {
        let hashes: UnsafeMutableBufferPointer<UInt64>
        let out: UnsafeMutableBufferPointer<UInt8>
        var words = 0
        var length = 0
        var word = WordHash()
        var started = false

        /// Ends the current word, if any: its hash is stored.
        @inline(__always)
        mutating func endWord() {
            guard started else { return }
            hashes[words] = word.value
            words += 1
            word = WordHash()
            started = false
        }

        /// Starts a word unless one is open, with a space before it in the normalised text.
        @inline(__always)
        mutating func beginWord() {
            guard !started else { return }
            if length > 0 {
                out[length] = 0x20
                length += 1
            }
            started = true
        }

        /// One normalised byte of the current word.
        @inline(__always)
        mutating func append(_ byte: UInt8) {
            out[length] = byte
            length += 1
            word.add(byte)
        }
    }

    /// A byte's lower-case form when it is an ASCII letter or digit, 0 for any other ASCII byte
    /// (a separator), 0xFF for the bytes of multi-byte scalars. Arithmetic rather than a table,
    /// so that the loop reads nothing but the text.
    @inline(__always)
    private static func fold(_ byte: UInt8) -> UInt8 {
        let lower = byte | 0x20
        if lower &- 0x61 < 26 { return lower }
        if byte &- 0x30 < 10 { return byte }
        return byte < 0x80 ? 0 : 0xFF
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
