/// UTF-16 (either byte order) → UTF-8. Unpaired surrogates and an odd trailing byte become U+FFFD,
/// as in the WHATWG UTF-16 decoders.
enum UTF16Decoding {
    static func toUTF8(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> [UInt8] {
        let n = bytes.count
        var out: [UInt8] = []
        out.reserveCapacity(n / 2 * 3 + 3)

        @inline(__always) func unit(at i: Int) -> UInt32 {
            bigEndian
                ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1])
                : UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i])
        }
        @inline(__always) func append(_ scalar: UInt32) {
            switch scalar {
            case ..<0x80:
                out.append(UInt8(scalar))
            case ..<0x800:
                out.append(UInt8(0xC0 | scalar >> 6))
                out.append(UInt8(0x80 | scalar & 0x3F))
            case ..<0x10000:
                out.append(UInt8(0xE0 | scalar >> 12))
                out.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
                out.append(UInt8(0x80 | scalar & 0x3F))
            default:
                out.append(UInt8(0xF0 | scalar >> 18))
                out.append(UInt8(0x80 | (scalar >> 12) & 0x3F))
                out.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
                out.append(UInt8(0x80 | scalar & 0x3F))
            }
        }

        let replacement: UInt32 = 0xFFFD
        var i = 0
        while i + 1 < n {
            let u = unit(at: i)
            i += 2
            switch u {
            case 0xD800...0xDBFF:
                if i + 1 < n {
                    let low = unit(at: i)
                    if (0xDC00...0xDFFF).contains(low) {
                        append(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00))
                        i += 2
                        continue
                    }
                }
                append(replacement)
            case 0xDC00...0xDFFF:
                append(replacement)
            default:
                append(u)
            }
        }
        if i < n { append(replacement) }
        return out
    }

    /// Whether a BOM-less document looks like UTF-16 in the given byte order: its first 8–32 code
    /// units are all printable ASCII or whitespace (so every other byte is NUL, and no other is).
    static func looksLikeBOMlessUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> Bool {
        let window = min(bytes.count, 64) & ~1
        guard window >= 16 || (window >= 4 && window == bytes.count) else { return false }
        var i = 0
        while i < window {
            let high = bigEndian ? bytes[i] : bytes[i + 1]
            let low = bigEndian ? bytes[i + 1] : bytes[i]
            guard high == 0, low == 0x09 || low == 0x0A || low == 0x0D || (low >= 0x20 && low < 0x7F) else {
                return false
            }
            i += 2
        }
        return true
    }
}
