import Foundation

/// Splits a news dateline ("BEIRUT (Reuters) -", "TEHRAN, Iran—") off the first paragraph.
enum Dateline {
    private static let dashes = [" — ", " – ", " -- ", " - ", "—", "–"]

    /// The dateline and the rest of the paragraph, or `nil` when the paragraph has none.
    static func split(_ paragraph: String) -> (dateline: String, rest: String)? {
        let head = paragraph.prefix(80)
        var best: Range<String.Index>?
        for dash in dashes {
            if let range = head.range(of: dash), best == nil || range.lowerBound < best!.lowerBound { best = range }
        }
        guard let dash = best else { return nil }
        let prefix = paragraph[..<dash.lowerBound].trimmingCharacters(in: .whitespaces)
        let words = prefix.split(separator: " ")
        guard let first = words.first, (1...6).contains(words.count) else { return nil }
        let letters = first.filter { $0.isLetter }
        guard letters.count >= 2, letters.allSatisfy({ $0.isUppercase }) else { return nil }
        guard !prefix.contains("."), !prefix.contains(where: { $0.isNumber }) else { return nil }
        let rest = paragraph[dash.upperBound...].trimmingCharacters(in: .whitespaces)
        guard rest.count >= 20 else { return nil }
        return (prefix.trimmingCharacters(in: CharacterSet(charactersIn: ",:")), rest)
    }
}
