/// Sentence cues that only ever surround a person's name, for names the model types as an
/// organisation or a place because it has not seen them (news about places far from its
/// training data: "Reporting by Aijaz Nabi", "Ghulam Mohiuddin Bhat, 47,", "the office's chief,
/// Amer Macabando").
enum PersonCues {
    /// Lower-case hashes of the credits that wire copy ends with ("Reporting by …; editing by …").
    private static let creditWords = WordList.lowerHashes(
        "reporting\nediting\nwriting\nwritten\ncompiled\nphotographs\nphotos\nphoto\nillustration\nillustrations")
    /// Lower-case hashes of the title list's modifiers, which come before a role, not after it.
    private static let modifiers = WordList.lowerHashes(
        "then\nformer\nacting\ndeputy\nvice\nlate\nex\noutgoing\nincoming")
    private static let byHash = ScalarText.lowerHash("by")
    private static let asHash = ScalarText.lowerHash("as")
    private static let identifiedHash = ScalarText.lowerHash("identified")

    /// Retypes as PERSON each ORGANIZATION or LOCATION span of one to four capitalised tokens
    /// that follows a credit ("reporting by", "editing by"), that follows "identified as" or a
    /// title word and a comma ("its chief, Amer Macabando"), or that an age follows ("Ghulam
    /// Mohiuddin Bhat, 47,"). `token(i)` gives token i's scalars; `isTitle(i)` whether token i is
    /// a title word (`PersonTitles`). Runs before `PersonTitles.stripTitles`.
    static func apply(tags: inout [UInt8], isTitle: (Int) -> Bool, token: (Int) -> ArraySlice<Unicode.Scalar>) {
        func lower(_ index: Int) -> UInt64 { ScalarText.lowerHash(token(index)) }
        func isComma(_ index: Int) -> Bool { token(index).elementsEqual([","]) }
        // A role written as a common noun ("minister", "chief"), not a modifier ("former",
        // "then") nor a capitalised name part ("Court of Justice, Europe's highest court").
        func isRole(_ index: Int) -> Bool {
            guard let first = token(index).first, ScalarText.isLower(first), isTitle(index) else { return false }
            return !modifiers.contains(lower(index))
        }
        for span in TagSet.spans(tags) where span.type == .organization || span.type == .location {
            guard span.end - span.start <= 4, (span.start..<span.end).allSatisfy({ isNameWord(token($0)) }) else {
                continue
            }
            let before = span.start
            let afterCredit = before >= 2 && lower(before - 1) == byHash && creditWords.contains(lower(before - 2))
            let afterIdentified = before >= 2 && lower(before - 1) == asHash && lower(before - 2) == identifiedHash
            let afterRole = before >= 2 && span.end - span.start >= 2 && isComma(before - 1) && isRole(before - 2)
            let end = span.end
            let beforeAge = end + 2 < tags.count && isComma(end) && isAge(token(end + 1)) && isComma(end + 2)
            guard afterCredit || afterIdentified || afterRole || beforeAge else { continue }
            TagSet.mark(&tags, span.start..<span.end, as: .person)
        }
    }

    /// A token that may be part of a name: it starts with a capital letter, or is a lower-case
    /// particle joined by a hyphen ("al-Werfalli").
    private static func isNameWord(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first else { return false }
        return ScalarText.isUpper(first) || scalars.contains(where: ScalarText.isJoiningHyphen)
    }

    /// One to three digits, 1 to 119: an age written after a name.
    private static func isAge(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard (1...3).contains(scalars.count), scalars.allSatisfy(ScalarText.isDigit) else { return false }
        let value = scalars.reduce(0) { $0 * 10 + Int($1.value - 0x30) }
        return (1...119).contains(value)
    }
}
