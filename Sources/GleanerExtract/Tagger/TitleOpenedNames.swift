/// A span typed ORGANIZATION that opens with title words and goes on with a person's name
/// ("Governor Vahid Jalalzadeh", "Colonel Shargudud", "King Gyanendra", "Attorney General Alberto
/// Gonzales") is a titled person: GMB's bootstrap tagger typed such phrases `org` now and then,
/// and DESIGN.md keeps titles out of a person's span. The name after the titles must be one to
/// four capitalised words, none a common word or its plural ("General Electric", "General Motors", "Justice
/// Department" and "Prince Edward Island" stay organisations or places), not ending in an
/// organisation or place head word and not a listed name. The span becomes a PERSON, whose titles
/// `PersonTitles.stripTitles` then drops. Applied to the output, and by the scorer to GMB's dev and
/// test gold (`GMBLabels`, `--opened 0` off), next to `TitledNames`, which relabels such spans of
/// train.tsv when their surname is a person's elsewhere in the corpus.
enum TitleOpenedNames {
    /// Retypes those ORGANIZATION spans as PERSON (titles still inside); `isTitle(i)` says
    /// whether token i is a title word, `token(i)` gives its scalars.
    static func apply(tags: inout [UInt8], isTitle: (Int) -> Bool, token: (Int) -> ArraySlice<Unicode.Scalar>) {
        let gazetteer = Gazetteer.bundled
        for span in TagSet.spans(tags) where span.type == .organization && isTitle(span.start) {
            var nameStart = span.start
            while nameStart < span.end && isTitle(nameStart) { nameStart += 1 }
            let name = nameStart..<span.end
            guard (1...4).contains(name.count),
                name.allSatisfy({ ScalarText.isCapitalised(token($0)) && !gazetteer.isCommonWordOrPlural(token($0)) }),
                !EmbeddedTitles.nonPersonHeads.contains(ScalarText.lowerHash(token(span.end - 1))),
                gazetteer.kinds(ofTokens: name, token: token).intersection([.location, .organization, .norp]).isEmpty
            else { continue }
            TagSet.mark(&tags, span.start..<span.end, as: .person)
        }
    }
}
