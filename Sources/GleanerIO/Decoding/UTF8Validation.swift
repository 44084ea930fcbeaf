/// A strict, byte-level UTF-8 validator (RFC 3629 / Unicode Table 3-7): rejects overlong forms,
/// UTF-16 surrogates (U+D800–U+DFFF), code points above U+10FFFF and truncated sequences.
/// Runs of ASCII are skipped eight bytes at a time.
enum UTF8Validation {
    /// The outcome of validating a buffer.
    struct Result: Equatable {
        /// The offset of the first byte of the first ill-formed sequence, `nil` when all is valid.
        var firstInvalidOffset: Int?
        /// Whether any byte ≥ 0x80 was seen before `firstInvalidOffset` (or in the whole buffer).
        var sawNonASCII: Bool

        var isValid: Bool { firstInvalidOffset == nil }
    }

    /// Validates `bytes` as UTF-8.
    static func validate(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        guard let base = bytes.baseAddress else { return Result(firstInvalidOffset: nil, sawNonASCII: false) }
        let n = bytes.count
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        var sawNonASCII = false
        while i < n {
            // ASCII fast path: 16 then 8 bytes at a time.
            if n - i >= 8 {
                let raw = UnsafeRawPointer(base + i)
                if n - i >= 16 {
                    let a = raw.loadUnaligned(as: UInt64.self)
                    let b = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    if (a | b) & highBits == 0 {
                        i &+= 16
                        continue
                    }
                }
                let word = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
                let high = word & highBits
                if high == 0 {
                    i &+= 8
                    continue
                }
                // Jump straight to the first non-ASCII byte of the word.
                i &+= high.trailingZeroBitCount >> 3
            }
            let lead = base[i]
            if lead < 0x80 {
                i &+= 1
                continue
            }
            sawNonASCII = true
            if lead < 0xC2 {
                // A stray continuation byte, or C0/C1 (always overlong).
                return Result(firstInvalidOffset: i, sawNonASCII: true)
            } else if lead < 0xE0 {
                guard i + 1 < n, base[i + 1] & 0xC0 == 0x80 else {
                    return Result(firstInvalidOffset: i, sawNonASCII: true)
                }
                i &+= 2
            } else if lead < 0xF0 {
                guard i + 2 < n else { return Result(firstInvalidOffset: i, sawNonASCII: true) }
                let c1 = base[i + 1]
                // E0 needs A0–BF (else overlong); ED needs 80–9F (else a surrogate).
                let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
                let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
                guard c1 >= low, c1 <= high, base[i + 2] & 0xC0 == 0x80 else {
                    return Result(firstInvalidOffset: i, sawNonASCII: true)
                }
                i &+= 3
            } else if lead < 0xF5 {
                guard i + 3 < n else { return Result(firstInvalidOffset: i, sawNonASCII: true) }
                let c1 = base[i + 1]
                // F0 needs 90–BF (else overlong); F4 needs 80–8F (else above U+10FFFF).
                let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
                let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
                guard c1 >= low, c1 <= high, base[i + 2] & 0xC0 == 0x80, base[i + 3] & 0xC0 == 0x80
                else {
                    return Result(firstInvalidOffset: i, sawNonASCII: true)
                }
                i &+= 4
            } else {
                // F5–FF never appear in UTF-8.
                return Result(firstInvalidOffset: i, sawNonASCII: true)
            }
        }
        return Result(firstInvalidOffset: nil, sawNonASCII: sawNonASCII)
    }

    /// Validates `bytes` as UTF-8.
    static func validate(_ bytes: [UInt8]) -> Result {
        bytes.withUnsafeBufferPointer { validate($0) }
    }

    /// Whether `bytes` is entirely ASCII.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        var acc: UInt64 = 0
        while n - i >= 8 {
            acc |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            i &+= 8
        }
        var tail: UInt8 = 0
        while i < n {
            tail |= base[i]
            i &+= 1
        }
        return acc & 0x8080_8080_8080_8080 == 0 && tail < 0x80
    }

    /// Decodes `bytes` as UTF-8, replacing each ill-formed sequence with U+FFFD the way the
    /// WHATWG decoder does. The slow path, for text that is known to be UTF-8 but is damaged.
    static func repairing(_ bytes: some Collection<UInt8>) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).utf8)
    }
}
