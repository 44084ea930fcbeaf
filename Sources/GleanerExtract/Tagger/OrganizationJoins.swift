/// Joins an organisation's name that the model cut at "of" or "for" ("International Committee" |
/// of the | "Red Cross", "U.N. Office" | for the | "Coordination of Humanitarian Affairs"): two
/// ORGANIZATION spans with only "of", "for", "of the" or "for the" between them are one name.
/// GMB keeps most such names whole (about 500 of its spans have "of" or "for" inside) but cuts
/// some every time ("International Committee" | of the | "Red Cross", all 14 times in train.tsv),
/// so the scorer joins GMB's dev and test gold the same way (`GMBLabels`, `--joins 0` off);
/// training keeps GMB's spans, as for `LeadingArticle`.
///
/// A mission or force named for the place it serves is one name too: an ORGANIZATION ending in
/// "Mission" or "Force", "in", and a LOCATION ("U.N. Mission in South Sudan", "U.N. Interim Force
/// in Lebanon", "African Union Mission in Somalia"), which GMB cuts before "in" every time. So is
/// a place named "Republic", "Gulf", "Bay", "Horn"… "of" a place ("Democratic Republic" | of |
/// "Congo", which GMB cuts 4 times in 9 in dev.tsv; "Gulf of Aden", "Bay of Bengal").
enum OrganizationJoins {
    private static let ofHash = ScalarText.lowerHash("of")
    private static let forHash = ScalarText.lowerHash("for")
    private static let inHash = ScalarText.lowerHash("in")
    private static let servingBodies = WordList.lowerHashes("mission\nmissions\nforce")
    /// Last words of a place's name that "of" and another place complete.
    private static let placeHeads = WordList.lowerHashes(
        "republic\nkingdom\ngulf\nbay\nsea\nstrait\nstraits\nhorn\nisle\nisles\ncape\nprincipality\nsultanate\nemirate")

    /// Rewrites BIO `tags` in place; `token(i)` gives token i's scalars.
    static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        joinNamed(&tags, .organization, endingIn: servingBodies, by: inHash, to: .location, token: token)
        joinNamed(&tags, .location, endingIn: placeHeads, by: ofHash, to: .location, token: token)
        let spans = TagSet.spans(tags)
        for (left, right) in zip(spans, spans.dropFirst())
        where left.type == .organization && right.type == .organization {
            let gap = left.end..<right.start
            guard (1...2).contains(gap.count) else { continue }
            let first = ScalarText.lowerHash(token(gap.lowerBound))
            guard first == ofHash || first == forHash else { continue }
            if gap.count == 2 {
                // "of the" written in lower case: "The" would open the next sentence's name.
                guard let the = token(gap.lowerBound + 1).first, ScalarText.isLower(the),
                    LeadingArticle.isArticle(token(gap.lowerBound + 1))
                else { continue }
            }
            // Inside tags only, so that a chain ("A of B of C") stays one span.
            for index in gap.lowerBound..<right.end { tags[index] = TagSet.inside(.organization) }
        }
    }

    /// Joins a span of `type` whose last word is in `heads`, one lower-case word hashed `word`,
    /// and the span of `other` right after it, into one span of `type` ("U.N. Mission" in "South
    /// Sudan", "Democratic Republic" of "Congo").
    private static func joinNamed(
        _ tags: inout [UInt8], _ type: EntityType, endingIn heads: Set<UInt64>, by word: UInt64,
        to other: EntityType, token: (Int) -> ArraySlice<Unicode.Scalar>
    ) {
        let spans = TagSet.spans(tags)
        for (left, right) in zip(spans, spans.dropFirst())
        where left.type == type && right.type == other && right.start == left.end + 1 {
            guard let first = token(left.end).first, ScalarText.isLower(first),
                ScalarText.lowerHash(token(left.end)) == word,
                heads.contains(ScalarText.lowerHash(token(left.end - 1)))
            else { continue }
            for index in left.end..<right.end { tags[index] = TagSet.inside(type) }
        }
    }
}
