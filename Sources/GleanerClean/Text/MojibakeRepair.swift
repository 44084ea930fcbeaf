import Foundation

/// Repairs mojibake: UTF-8 text that was once decoded as Latin-1 or Windows-1252 and encoded to
/// UTF-8 again, so that "—" reads "â€”" (or "â" and two C1 controls) and "é" reads "Ã©".
///
/// A run is repaired only when the characters map back, one byte each (Latin-1, or the
/// Windows-1252 letters for 0x80–0x9F), to one valid UTF-8 sequence of 2–4 bytes: a lead
/// "Â"…"ô" followed by the right number of continuation characters. Real text almost never has
/// such runs ("Ã©" is not a word), and a page is only rewritten when it holds at least
/// `minimumRuns` of them, so a stray "Â°" in correct text is left alone.
enum MojibakeRepair {
    /// Fewer repairable runs than this and the text is left as it is.
    static let minimumRuns = 2

    /// The repaired bytes, or `nil` when the text has fewer than `minimumRuns` mojibake runs.
    static func repaired(_ utf8: [UInt8]) -> [UInt8]? {
        utf8.withUnsafeBufferPointer { bytes -> [UInt8]? in
            let count = bytes.count
            var output: [UInt8] = []
            var copied = 0
            var runs = 0
            var index = 0
            guard let base = bytes.baseAddress else { return nil }
            while index + 3 < count {
                // A lead character U+00C2…U+00F4 is encoded C3 82…C3 B4; memchr skips to each C3.
                guard let found = memchr(base + index, 0xC3, count - index - 3) else { break }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                guard bytes[index + 1] >= 0x82, bytes[index + 1] <= 0xB4 else {
                    index += 1
                    continue
                }
                guard let (sequence, length) = decode(bytes, at: index) else {
                    index += 1
                    continue
                }
                if output.isEmpty { output.reserveCapacity(count) }
                output.append(contentsOf: bytes[copied..<index])
                output.append(contentsOf: sequence)
                index += length
                copied = index
                runs += 1
            }
            guard runs >= minimumRuns else { return nil }
            output.append(contentsOf: bytes[copied..<count])
            return output
        }
    }

    /// The original UTF-8 sequence of the mojibake run at `start`, and the run's length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> ([UInt8], Int)? {
        let lead = bytes[start + 1] &+ 0x40
        let continuations = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3
        var sequence: [UInt8] = [lead]
        var index = start + 2
        for _ in 0..<continuations {
            guard let (byte, length) = singleByte(bytes, at: index), byte >= 0x80, byte <= 0xBF else { return nil }
            sequence.append(byte)
            index += length
        }
        guard isValid(sequence) else { return nil }
        return (sequence, index - start)
    }

    /// The Latin-1 or Windows-1252 byte that the character at `index` stands for, and the
    /// character's length in UTF-8.
    private static func singleByte(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt8, Int)? {
        guard index + 1 < bytes.count else { return nil }
        let first = bytes[index]
        if first == 0xC2 {
            return (bytes[index + 1], 2)  // U+0080…U+00BF
        }
        let scalar: UInt32
        let length: Int
        if first >= 0xC5, first <= 0xCB {
            scalar = UInt32(first & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            length = 2
        } else if first == 0xE2, index + 2 < bytes.count {
            scalar = UInt32(first & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            length = 3
        } else {
            return nil
        }
        guard let byte = windows1252[scalar] else { return nil }
        return (byte, length)
    }

    /// The Windows-1252 letters of bytes 0x80–0x9F, by Unicode scalar.
    private static let windows1252: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    /// Whether a 2–4 byte sequence is well-formed UTF-8 (no overlong forms, no surrogates).
    private static func isValid(_ sequence: [UInt8]) -> Bool {
        var value = UInt32(sequence[0]) & (sequence.count == 2 ? 0x1F : sequence.count == 3 ? 0x0F : 0x07)
        for byte in sequence.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        switch sequence.count {
        case 2: return value >= 0x80
        case 3: return value >= 0x800 && !(0xD800...0xDFFF).contains(value)
        default: return value >= 0x10000 && value <= 0x10FFFF
        }
    }
}
