/// Words before a name that only ever introduce an organisation, for bodies the model types as a
/// person or a place because it has not seen them ("the Norwegian aid group Nordhjelp", "the
/// rebel faction Frente Oriental", "militias known as Wazalendo"): a span right after a lower-case
/// group noun ("group", "agency", "militia", "faction"…), or after such a noun and "known as",
/// "called" or "named", is an ORGANIZATION. So is a name typed PERSON between "the" and a
/// lower-case noun of an armed or criminal group ("the Jaime Rendón faction", "the Haqqani
/// network", "the Beltran Leyva cartel"): a group named after a person is not that person (as "the
/// Kelvin sign" is not Kelvin, `Benchmarks/ner/heldout/GUIDELINES.md`). A place there keeps its
/// type, a name used as a modifier ("the U.S. group", "the Juarez cartel").
enum OrganizationCues {
    /// Lower-case hashes of the nouns that introduce a body's name.
    private static let groupNouns = WordList.lowerHashes(
        [
            "group", "groups", "agency", "organisation", "organization", "charity", "militia", "militias",
            "faction", "factions", "movement", "coalition", "alliance", "network", "company", "firm", "newspaper",
            "broadcaster", "party", "union", "outfit", "gang", "gangs", "cartel", "insurgency",
        ].joined(separator: "\n"))
    /// Lower-case hashes of the nouns after "the" and a name that make the name a group's.
    private static let trailingGroupNouns = WordList.lowerHashes(
        ["faction", "factions", "militia", "militias", "network", "cartel", "gang", "group"].joined(separator: "\n"))
    private static let knownHash = ScalarText.lowerHash("known")
    private static let asHash = ScalarText.lowerHash("as")
    private static let namingVerbs = WordList.lowerHashes("called\nnamed\ndubbed")

    /// Retypes those PERSON and LOCATION spans, and returns the spans a cue marks as
    /// organisations (those the model already typed ORGANIZATION included); `token(i)` gives token
    /// i's scalars.
    static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
        func lower(_ index: Int) -> UInt64 { ScalarText.lowerHash(token(index)) }
        func isLowerCase(_ index: Int) -> Bool {
            index >= 0 && index < tags.count && token(index).first.map(ScalarText.isLower) == true
        }
        func isGroupNoun(_ index: Int) -> Bool { isLowerCase(index) && groupNouns.contains(lower(index)) }
        var cued: [Range<Int>] = []
        for span in TagSet.spans(tags) where span.type != .norp {
            let start = span.start
            let afterNoun = isGroupNoun(start - 1)
            let afterKnownAs =
                start >= 3 && lower(start - 1) == asHash && lower(start - 2) == knownHash
                && isGroupNoun(start - 3)
            let afterNaming = start >= 2 && namingVerbs.contains(lower(start - 1)) && isGroupNoun(start - 2)
            let beforeNoun =
                span.type == .person && start >= 1 && LeadingArticle.isArticle(token(start - 1))
                && isLowerCase(span.end)
                && trailingGroupNouns.contains(lower(span.end))
            guard afterNoun || afterKnownAs || afterNaming || beforeNoun else { continue }
            if span.type != .organization { TagSet.mark(&tags, span.start..<span.end, as: .organization) }
            cued.append(span.start..<span.end)
        }
        return cued
    }
}
