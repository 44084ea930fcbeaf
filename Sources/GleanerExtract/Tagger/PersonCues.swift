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
    /// Lower-case hashes of nouns that only name a person, written in an apposition after a
    /// name ("Mariam Saab, a schoolteacher", "Omar Ali, a 34-year-old father of three"): jobs,
    /// family roles and states of life. Curated by hand; nouns that also name bodies or places
    /// ("member", "ally", "leader", "group") are left out.
    private static let personNouns = WordList.lowerHashes(
        [
            "schoolteacher", "teacher", "farmer", "doctor", "nurse", "surgeon", "physician", "student", "resident",
            "mother", "father", "grandmother", "grandfather", "widow", "widower", "son", "daughter", "brother",
            "sister", "wife", "husband", "uncle", "aunt", "cousin", "shopkeeper", "merchant", "trader", "vendor",
            "driver", "fisherman", "labourer", "laborer", "engineer", "lawyer", "journalist", "reporter",
            "photographer", "activist", "researcher", "professor", "lecturer", "economist", "spokesman",
            "spokeswoman", "spokesperson", "soldier", "policeman", "policewoman", "survivor", "refugee", "volunteer",
            "medic", "paramedic", "pharmacist", "mechanic", "carpenter", "tailor", "baker", "herder", "shepherd",
            "pastor", "priest", "nun", "monk", "councillor", "councilor", "legislator", "lawmaker", "diplomat",
            "businessman", "businesswoman", "entrepreneur", "banker", "accountant", "housewife", "pensioner",
            "retiree", "villager", "grandson", "granddaughter", "boy", "girl", "man", "woman", "teenager",
            "midwife", "imam", "cleric", "novelist", "poet", "actor", "actress", "singer",
        ].joined(separator: "\n"))
    private static let articleHashes = WordList.lowerHashes("a\nan")
    private static let prepositions = WordList.lowerHashes("in\nat\nfrom\nnear\nto\non\nof\ninto\noutside\ninside")
    private static let byHash = ScalarText.lowerHash("by")
    private static let asHash = ScalarText.lowerHash("as")
    private static let identifiedHash = ScalarText.lowerHash("identified")

    /// Retypes as PERSON each ORGANIZATION or LOCATION span of one to four capitalised tokens
    /// that follows a credit ("reporting by", "editing by"), that follows "identified as" or a
    /// title word and a comma ("its chief, Amer Macabando"), that an age follows ("Ghulam
    /// Mohiuddin Bhat, 47,") or an apposition naming a person ("Mariam Saab, a schoolteacher").
    /// `token(i)` gives token i's scalars; `isTitle(i)` whether token i is a title word
    /// (`PersonTitles`). Runs before `PersonTitles.stripTitles`. Returns the retyped spans (spans
    /// the model typed PERSON are not looked at).
    @discardableResult
    static func apply(
        tags: inout [UInt8], isTitle: (Int) -> Bool, token: (Int) -> ArraySlice<Unicode.Scalar>
    ) -> [Range<Int>] {
        var retyped: [Range<Int>] = []
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
            // Not a place that opens a clause ("In Tehran, a spokesman said").
            let beforePersonNoun =
                end + 2 < tags.count && isComma(end) && articleHashes.contains(lower(end + 1))
                && apposedPersonNoun(after: end + 1, count: tags.count, token: token)
                && !(before >= 1 && prepositions.contains(lower(before - 1)))
            guard afterCredit || afterIdentified || afterRole || beforeAge || beforePersonNoun else { continue }
            TagSet.mark(&tags, span.start..<span.end, as: .person)
            retyped.append(span.start..<span.end)
        }
        return retyped
    }

    /// Whether the words after the article at `article` are up to three lower-case modifiers
    /// ("local", "34-year-old") and then a person noun ("a local schoolteacher").
    private static func apposedPersonNoun(
        after article: Int, count: Int, token: (Int) -> ArraySlice<Unicode.Scalar>
    ) -> Bool {
        var index = article + 1
        while index < count, index <= article + 4 {
            let word = token(index)
            guard let first = word.first, ScalarText.isLower(first) || ScalarText.isDigit(first) else { return false }
            if personNouns.contains(ScalarText.lowerHash(word)) { return true }
            index += 1
        }
        return false
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
