import Foundation

/// Acronyms of common nouns ("AI", "SEO", "MBA", "LLMs"), read from the bundled
/// `Resources/common-acronyms.txt`: a mention that is one of them alone is not a name, though
/// newswire training data calls most all-capital words organisations.
struct CommonAcronyms: Sendable {
    private let hashes: Set<UInt64>

    /// Acronyms from the lines of a list (one lowercase word per line, `#` comments).
    init(listText: String) {
        hashes = WordList.lowerHashes(listText)
    }

    /// The bundled list (empty when the resource is missing).
    static let bundled = CommonAcronyms(listText: WordList.bundledText("common-acronyms"))

    /// Whether the token is a listed acronym written in capitals ("AI", "CO2"), or its plural with
    /// a lower-case "s" ("LLMs"), and is not also a listed place or organisation name.
    func contains(_ scalars: ArraySlice<Unicode.Scalar>, gazetteer: Gazetteer) -> Bool {
        var word = scalars
        if word.count > 2, word.last == "s" { word = word.dropLast() }
        guard word.count >= 2, word.allSatisfy({ ScalarText.isUpper($0) || ScalarText.isDigit($0) }),
            word.contains(where: ScalarText.isUpper), hashes.contains(ScalarText.lowerHash(word))
        else { return false }
        let listed = gazetteer.kinds(ofName: [ScalarText.string(word)])
        return listed.isDisjoint(with: [.location, .organization])
    }
}
