/// A name right before a lower-case "administration", "regime" or "presidency" names the person
/// who leads it ("the Bush administration", "the Assad regime", "the Karzai presidency"): a name
/// used as a modifier keeps its own type (`Benchmarks/ner/heldout/GUIDELINES.md`). GMB types
/// "Bush" there `per` 43 times in train.tsv, `geo` 35 and `org` 10, and the model learnt the place;
/// the scorer retypes GMB's dev and test gold the same way (`GMBLabels`, `--administration 0`
/// off); training keeps GMB's spans. A listed place, organisation or nationality keeps its type
/// ("the Kabul administration", "the Hamas regime").
enum AdministrationNames {
    private static let heads = WordList.lowerHashes("administration\nregime\npresidency")

    /// Retypes those ORGANIZATION and LOCATION spans of one or two capitalised words as PERSON
    /// and returns them; `token(i)` gives token i's scalars.
    @discardableResult
    static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
        var retyped: [Range<Int>] = []
        for span in TagSet.spans(tags) where span.type == .organization || span.type == .location {
            let name = span.start..<span.end
            guard name.count <= 2, span.end < tags.count, tags[span.end] == TagSet.outside,
                let first = token(span.end).first, ScalarText.isLower(first),
                heads.contains(ScalarText.lowerHash(token(span.end))),
                name.allSatisfy({ ScalarText.isCapitalised(token($0)) }),
                Gazetteer.bundled.kinds(ofTokens: name, token: token).intersection([.location, .organization, .norp])
                    .isEmpty
            else { continue }
            TagSet.mark(&tags, name, as: .person)
            retyped.append(name)
        }
        return retyped
    }
}
