/// A title inside a span that the model ran together from a body or a place, a title and a
/// person ("CIA Director Porter Goss", "Khost Governor Arsala Jamal", "U.S. Undersecretary of
/// State Nicholas Burns", typed ORGANIZATION or LOCATION as one span): the name before the title
/// keeps its own type, the title leaves, and the name after it is a PERSON (DESIGN.md: titles
/// are not part of a person's span, and a body or place is its own entity). A span that ends in
/// an official's title with no name after it ("U.N. Secretary-General", "Asia Director", "Vermont
/// Sen.") is the body or place alone; royal and religious titles ("Burger King") and a lone
/// "General" ("Dollar General") leave such a span whole, unless the title goes on after it with
/// a title word or a person's name ("British Foreign | Secretary David Miliband", "U.S. General |
/// John Abizaid").
enum EmbeddedTitles {
    /// Lower-case hashes of titles that name a person's office or rank, not a department or a
    /// qualifier ("State", "Foreign", "Army", "former" are titles only beside one of these).
    private static let offices = WordList.lowerHashes(
        [
            "minister", "chancellor", "secretary", "secretary-general", "undersecretary", "president", "premier",
            "governor", "mayor", "senator", "sen", "congressman", "congresswoman", "lawmaker", "spokesman",
            "spokeswoman",
            "spokesperson", "envoy", "ambassador", "judge", "prosecutor", "commissioner", "director", "chairman",
            "chairwoman", "king", "queen", "prince", "princess", "emperor", "sultan", "emir", "sheikh", "ayatollah",
            "imam", "mullah", "cleric", "cardinal", "archbishop", "bishop", "rabbi", "colonel", "col", "lieutenant",
            "lt", "captain", "capt", "sergeant", "sgt", "admiral", "adm", "commander", "cmdr", "brigadier", "brig",
            "marshal", "commandant", "general", "gen",
        ].joined(separator: "\n"))
    /// The offices that end a body's span as a title ("Secretary-General"), not as part of its
    /// name: `offices` without royal and religious titles and without "general" ("Burger King",
    /// "Dollar General").
    private static let trailingOffices = offices.subtracting(
        WordList.lowerHashes(
            [
                "king", "queen", "prince", "princess", "emperor", "sultan", "emir", "sheikh", "ayatollah", "imam",
                "mullah", "cleric", "cardinal", "archbishop", "bishop", "rabbi", "marshal", "general", "gen",
            ].joined(separator: "\n")))
    private static let ofHash = ScalarText.lowerHash("of")
    /// Head words of organisations and places: a name after a title that ends in one is a body
    /// or a place ("Royal Prince Alfred Hospital"), not a person (also read by `GivenNamePersons`).
    static let nonPersonHeads = WordList.lowerHashes(
        WordList.bundledText("organisation-head-words") + "\n" + WordList.bundledText("place-head-words")
            + "\nhospital\nuniversity\ncollege\nschool\nfoundation\ninstitute\ncenter\ncentre\nfund\ncompany"
            + "\nstreet\nroad\nbridge\nairport\nstadium\nmosque\nchurch\ncathedral\npalace\nhall\nmuseum\nprize")

    /// Splits every ORGANIZATION or LOCATION span of the form name, title words holding an
    /// office, capitalised name that is not all common words (the span's first token is not a
    /// title: "General Electric" stays whole; "U.N. General Assembly" too). A part before the
    /// title made of common words only ("Supreme Leader") leaves with the title. `isTitle(i)`
    /// says whether token i is a title word, `token(i)` gives its scalars.
    static func apply(tags: inout [UInt8], isTitle: (Int) -> Bool, token: (Int) -> ArraySlice<Unicode.Scalar>) {
        for span in TagSet.spans(tags) where span.type == .organization || span.type == .location {
            guard span.end - span.start >= 2, !isTitle(span.start) else { continue }
            // The name before the title ends in a capitalised word ("Madness of King George", a
            // work's title, stays whole).
            guard let titleStart = (span.start + 1..<span.end).first(where: isTitle),
                ScalarText.isCapitalised(token(titleStart - 1))
            else { continue }
            // The title run: titles, and "of" between two of them ("Undersecretary of State").
            var titleEnd = titleStart
            var holdsOffice = false
            while titleEnd < span.end {
                if isTitle(titleEnd) {
                    holdsOffice =
                        holdsOffice || offices.contains(ScalarText.lowerHashWithoutFinalPeriod(token(titleEnd)))
                    titleEnd += 1
                } else if titleEnd + 1 < span.end, ScalarText.lowerHash(token(titleEnd)) == ofHash,
                    isTitle(titleEnd + 1)
                {
                    titleEnd += 1
                } else {
                    break
                }
            }
            let person = titleEnd..<span.end
            let gazetteer = Gazetteer.bundled
            if person.isEmpty {
                // The title goes on after the span ("British Foreign | Secretary David Miliband",
                // "U.S. General | John Abizaid"): any title words leave, not only an official's.
                let goesOn =
                    span.end < tags.count && ScalarText.isCapitalised(token(span.end))
                    && (isTitle(span.end) || tags[span.end] == TagSet.begin(.person))
                stripTrailingTitles(
                    span.start..<titleStart, titles: titleStart..<span.end, anyTitle: goesOn, tags: &tags, token: token)
                continue
            }
            guard holdsOffice, (1...4).contains(person.count),
                person.allSatisfy({ ScalarText.isCapitalised(token($0)) }),
                // A name, not a body's common noun ("U.N. General Assembly").
                person.contains(where: { !gazetteer.isCommonWord(token($0)) }),
                !nonPersonHeads.contains(ScalarText.lowerHash(token(span.end - 1)))
            else { continue }
            let before = span.start..<titleStart
            if before.allSatisfy({ gazetteer.isCommonWord(token($0)) }) {
                // An adjective of the title ("Supreme Leader"), not a name.
                for index in before { tags[index] = TagSet.outside }
            } else {
                TagSet.mark(&tags, before, as: typeOfName(before, otherwise: span.type, token: token))
            }
            for index in titleStart..<titleEnd { tags[index] = TagSet.outside }
            TagSet.mark(&tags, person, as: .person)
        }
    }

    /// A body's or place's name followed by titles only: the titles leave when one of them is an
    /// official's (`trailingOffices`) or `anyTitle` (the title goes on after the span), and the
    /// name keeps the gazetteer's type, or the whole span leaves when the name is common words
    /// only ("Goodwill Ambassador").
    private static func stripTrailingTitles(
        _ name: Range<Int>, titles: Range<Int>, anyTitle: Bool, tags: inout [UInt8],
        token: (Int) -> ArraySlice<Unicode.Scalar>
    ) {
        guard let type = TagSet.type(of: tags[name.lowerBound]),
            anyTitle
                || titles.contains(where: {
                    trailingOffices.contains(ScalarText.lowerHashWithoutFinalPeriod(token($0)))
                })
        else { return }
        let gazetteer = Gazetteer.bundled
        for index in titles { tags[index] = TagSet.outside }
        if name.allSatisfy({ gazetteer.isCommonWord(token($0)) }) {
            for index in name { tags[index] = TagSet.outside }
        } else {
            TagSet.mark(&tags, name, as: typeOfName(name, otherwise: type, token: token))
        }
    }

    /// The type the gazetteer gives the name on `range` (a place, a nationality, an
    /// organisation), else `otherwise`.
    private static func typeOfName(
        _ range: Range<Int>, otherwise: EntityType, token: (Int) -> ArraySlice<Unicode.Scalar>
    ) -> EntityType {
        let kinds = Gazetteer.bundled.kinds(ofTokens: range, token: token)
        if kinds.contains(.location) { return .location }
        if kinds.contains(.norp) { return .norp }
        if kinds.contains(.organization) { return .organization }
        return otherwise
    }
}
