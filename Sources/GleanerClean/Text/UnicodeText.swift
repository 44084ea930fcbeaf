import Foundation

/// Unicode helpers shared by the cleaners.
enum UnicodeText {
    /// The string in Unicode Normalization Form C. Text that passes `isSurelyNFC` (nearly all
    /// news text) is returned as it is; only the rest goes through Foundation's normaliser,
    /// which is slow.
    static func nfc(_ utf8: [UInt8]) -> String {
        let text = String(decoding: utf8, as: UTF8.self)
        return isSurelyNFC(utf8) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// A conservative NFC quick check (UAX #15): `true` only when no scalar could change under
    /// NFC — no combining marks, no Hangul jamo, no singleton decompositions or composition
    /// exclusions. `false` means "normalise to be sure", not "not NFC".
    static func isSurelyNFC(_ utf8: [UInt8]) -> Bool {
        var index = 0
        let count = utf8.count
        while index < count {
            let lead = utf8[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // Decode one scalar (the input is valid UTF-8: it came from libxml2 or a validated file).
            var value: UInt32
            var length: Int
            if lead < 0xE0 {
                value = UInt32(lead & 0x1F)
                length = 2
            } else if lead < 0xF0 {
                value = UInt32(lead & 0x0F)
                length = 3
            } else {
                value = UInt32(lead & 0x07)
                length = 4
            }
            guard index + length <= count else { return false }
            for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
            index += length
            if value < 0x300 { continue }  // Latin-1 and Latin Extended: all NFC-stable.
            guard let scalar = Unicode.Scalar(value), isStable(scalar) else { return false }
        }
        return true
    }

    private static func isStable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Ranges holding singletons, composition exclusions or Hangul jamo (NFC_QC = No/Maybe).
        let unstable: [ClosedRange<UInt32>] = [
            0x0340...0x0344, 0x0374...0x0374, 0x037E...0x037E, 0x0387...0x0387, 0x0958...0x095F,
            0x09DC...0x09DF, 0x0A33...0x0A36, 0x0A59...0x0A5E, 0x0B5C...0x0B5D, 0x0F43...0x0FB9,
            0x1100...0x11FF, 0x1F00...0x1FFF, 0x2000...0x2001, 0x2126...0x212B, 0x2329...0x232A,
            0x2ADC...0x2ADC, 0xF900...0xFAFF, 0xFB1D...0xFB4E, 0x1D15E...0x1D1C0, 0x2F800...0x2FA1F,
        ]
        if value >= 0x2002 && value <= 0x20CF { return true }  // punctuation, currency: common and stable
        for range in unstable where range.contains(value) { return false }
        let properties = scalar.properties
        if properties.canonicalCombiningClass != .notReordered { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default: return true
        }
    }

    /// The string with whitespace runs collapsed to one space and trimmed.
    static func collapsingWhitespace(_ text: String) -> String {
        var builder = ParagraphBuilder()
        var text = text
        text.withUTF8 { builder.append($0) }
        return builder.finish()
    }
}
