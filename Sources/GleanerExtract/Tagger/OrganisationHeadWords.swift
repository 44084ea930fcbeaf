/// First words of group names in transliteration ("Harakat", "Jaish", "Saraya", "Jabhat"), read
/// from the bundled `Resources/organisation-head-words.txt`: a mention of two words or more that
/// starts with one of them is an ORGANIZATION, whatever type the tagger gave it ("Harakat al-Fajr
/// al-Islami" was a PERSON). VOA newswire holds almost none of these names, so the model cannot
/// learn them; conflict reporting is full of them.
struct OrganisationHeadWords: Sendable {
    private let hashes: Set<UInt64>

    /// Head words from the lines of a list (one lowercase word per line, `#` comments).
    init(listText: String) {
        hashes = WordList.lowerHashes(listText)
    }

    /// The bundled list (empty when the resource is missing).
    static let bundled = OrganisationHeadWords(listText: WordList.bundledText("organisation-head-words"))

    /// Whether the token, in any case, is a listed head word.
    func contains(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        hashes.contains(ScalarText.lowerHash(scalars))
    }
}
