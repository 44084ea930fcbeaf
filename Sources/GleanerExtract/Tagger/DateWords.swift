/// Dates are not entities (DESIGN.md): a span that is one hyphenated part-of-month word
/// ("mid-April", "early-March", "late-September", which the model types as an organisation or
/// a place from their capital letter) is dropped.
enum DateWords {
    private static let parts = WordList.lowerHashes("mid\nearly\nlate")
    private static let months = WordList.lowerHashes(
        [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ].joined(separator: "\n"))

    /// Whether the token is a part of a month joined by a hyphen ("mid-April").
    static func isPartOfMonth(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let hyphen = scalars.firstIndex(of: "-") else { return false }
        return parts.contains(ScalarText.lowerHash(scalars[..<hyphen]))
            && months.contains(ScalarText.lowerHash(scalars[(hyphen + 1)...]))
    }
}
