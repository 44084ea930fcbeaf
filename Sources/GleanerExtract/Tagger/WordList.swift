import Foundation

/// The word lists of the tagger's resources (one lowercase word per line, `#` starts a comment
/// line), held as hashes of their lower-case forms (`ScalarText.lowerHash`).
enum WordList {
    /// The lower-case hashes of the words of a list text.
    static func lowerHashes(_ listText: String) -> Set<UInt64> {
        var hashes: Set<UInt64> = []
        for line in listText.split(whereSeparator: \.isNewline) {
            let word = line.trimmingCharacters(in: .whitespaces)
            guard !word.isEmpty, !word.hasPrefix("#") else { continue }
            hashes.insert(ScalarText.lowerHash(word))
        }
        return hashes
    }

    /// The text of the bundled resource `Resources/<name>.txt`, empty when it is missing.
    static func bundledText(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources")
        else { return "" }
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}
