import Crypto
import GleanerCore

/// The key under which two texts count as exact duplicates: the SHA-256 (first 16 bytes, hex)
/// of the text case-folded, with every run of whitespace and punctuation collapsed to one
/// separator. "Five killed in Idlib." and "five  killed in\nIdlib" share a key.
public struct ExactKey: Sendable, Hashable, CustomStringConvertible {
    public let hex: String

    /// The key of `text`.
    public init(text: String) {
        var hasher = SHA256()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(4096)
        var started = false
        var pendingSeparator = false
        for scalar in text.unicodeScalars {
            let isWordCharacter: Bool
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                isWordCharacter =
                    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            } else {
                let properties = scalar.properties
                isWordCharacter = properties.isAlphabetic || properties.numericType != nil
            }
            guard isWordCharacter else {
                pendingSeparator = started
                continue
            }
            if pendingSeparator {
                buffer.append(0x20)
                pendingSeparator = false
            }
            started = true
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                buffer.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else {
                buffer.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
            if buffer.count >= 4000 {
                hasher.update(data: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        hasher.update(data: buffer)
        hex = Hex.encode(hasher.finalize().prefix(16))
    }

    /// The key of a text already normalised (lower-cased words joined by one space), as
    /// `Shingler.words(of:keepingNormalisedText:)` produces it; equal to `init(text:)` of
    /// the original text.
    public init(normalisedText bytes: [UInt8]) {
        var hasher = SHA256()
        hasher.update(data: bytes)
        hex = Hex.encode(hasher.finalize().prefix(16))
    }

    public var description: String { hex }
}
