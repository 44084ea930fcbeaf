import Foundation

/// Unicode helpers shared by the cleaners.
enum UnicodeText {
    /// The string in Unicode Normalization Form C; ASCII strings are returned as they are.
    static func nfc(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// The string with whitespace runs collapsed to one space and trimmed.
    static func collapsingWhitespace(_ text: String) -> String {
        var builder = ParagraphBuilder()
        Array(text.utf8).withUnsafeBufferPointer { builder.append($0) }
        return builder.endParagraph() ?? ""
    }
}
