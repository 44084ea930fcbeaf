/// A name opened by a listed given name (the gazetteer's, or a curated transliteration the
/// gazetteer lacks: "Moammar Gadhafi") and typed ORGANIZATION is a person ("Sergei Bagapsh",
/// "Dusan Miljus", "Kevin Pietersen": GMB's bootstrap tagger typed some people `org`, and the
/// model learnt a few of them), unless the name as a whole is a listed organisation, company or
/// place ("Philip Morris", "Morgan Stanley") or ends in an organisation or place head word ("John
/// Hopkins University"). Two to four capitalised words; the given name of three letters or more
/// ("Al", "Abu" open group names), not also a place, organisation or nationality word ("Karen"),
/// neither it nor the last word a common word (or its plural): the given-name list holds "Royal",
/// "Peace", "Justice" and "General", and bodies end in "Foods", "Navy" or "Zone"; and no word a
/// nationality or religion ("Roman Catholic"). Applied to the output, and by the scorer to GMB's
/// dev and test gold (`GMBLabels`, `--given 0` off); training keeps GMB's spans.
enum GivenNamePersons {
    /// Lower-case hashes of transliterated given names missing from the given-name gazetteer
    /// (`Resources/given-names-transliterated.txt`: "Moammar", "Hosni"), read by this rule only.
    private static let transliteratedGivenNames = WordList.lowerHashes(
        WordList.bundledText("given-names-transliterated"))

    /// Retypes those ORGANIZATION spans in BIO `tags`; `token(i)` gives token i's scalars,
    /// `isTitle(i)` whether it is a title word (a span opened by one, "King Gyanendra", is left to
    /// the title rules). Runs before the cues, which may type such a name again ("the Jaime
    /// Rendón faction", `OrganizationCues`).
    static func apply(tags: inout [UInt8], isTitle: (Int) -> Bool, token: (Int) -> ArraySlice<Unicode.Scalar>) {
        let gazetteer = Gazetteer.bundled
        for span in TagSet.spans(tags) where span.type == .organization && (2...4).contains(span.end - span.start) {
            let name = span.start..<span.end
            let first = gazetteer.kinds(ofTokens: span.start..<(span.start + 1), token: token)
            guard token(span.start).count >= 3, !isTitle(span.start),
                name.allSatisfy({ ScalarText.isCapitalised(token($0)) }),
                first.contains(.givenName)
                    || transliteratedGivenNames.contains(ScalarText.lowerHash(token(span.start))),
                first.intersection([.location, .organization]).isEmpty,
                !gazetteer.isCommonWord(token(span.start)), !gazetteer.isCommonWordOrPlural(token(span.end - 1)),
                !name.contains(where: { gazetteer.kinds(ofTokens: $0..<($0 + 1), token: token).contains(.norp) }),
                gazetteer.kinds(ofTokens: name, token: token).intersection([.location, .organization, .norp]).isEmpty,
                !EmbeddedTitles.nonPersonHeads.contains(ScalarText.lowerHash(token(span.end - 1)))
            else { continue }
            TagSet.mark(&tags, name, as: .person)
        }
    }
}
