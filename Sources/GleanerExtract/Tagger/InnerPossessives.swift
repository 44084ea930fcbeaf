/// A possessive inside a span joins two names ("Sheldon Adelson 's Las Vegas Sands", "Istanbul
/// 's Kandili observatory", "NHL 's New Jersey Devils"): the guidelines keep the possessive
/// outside a name and each name its own span, so the span is cut at it. Only when the part before
/// is itself a name: a listed place, organisation or nationality, an acronym (an organisation),
/// two capitalised words or more not opened by a title ("Lord 's Resistance Army", "People 's
/// Liberation Army" and "Martha 's Vineyard" stay whole), or one word that ends a person's name of
/// two words or more in the same document ("Adelson 's Las Vegas Sands" after "Sheldon Adelson").
/// The part before takes the list's type, else PERSON when a given name opens it or it is such a
/// surname, else the span's; the part after is a PERSON when it has two words or more and a given
/// name of three letters or more opens it, else it keeps the span's type. GMB keeps some of these
/// spans whole ("Indonesia 's Health Ministry" `org`), so the scorer
/// cuts GMB's dev and test gold the same way (`GMBLabels`, `--inner 0` off); training keeps GMB's
/// spans.
enum InnerPossessives {
    /// Rewrites BIO `tags` in place; `documents` are token ranges in order (surnames count within
    /// one), `token(i)` gives token i's scalars, `isTitle(i)` whether token i is a title word.
    static func apply(
        tags: inout [UInt8], documents: [Range<Int>], isTitle: (Int) -> Bool,
        token: (Int) -> ArraySlice<Unicode.Scalar>
    ) {
        let gazetteer = Gazetteer.bundled
        let spans = TagSet.spans(tags)
        let surnames = documentSurnames(spans, documents: documents, token: token)
        func isCapitalised(_ index: Int) -> Bool { ScalarText.isCapitalised(token(index)) }
        func opensWithGivenName(_ range: Range<Int>) -> Bool {
            guard let first = range.first, token(first).count >= 3 else { return false }
            return gazetteer.kinds(ofTokens: first..<(first + 1), token: token).contains(.givenName)
        }
        var document = 0
        for span in spans where span.type != .norp && span.end - span.start >= 3 {
            while document < documents.count && documents[document].upperBound <= span.start { document += 1 }
            guard
                let possessive = (span.start + 1..<(span.end - 1)).first(where: {
                    ScalarText.isPossessive(token($0)) && isCapitalised($0 + 1)
                })
            else { continue }
            let before = span.start..<possessive
            let after = (possessive + 1)..<span.end
            let listed = gazetteer.kinds(ofTokens: before, token: token)
            let isAcronym =
                before.count == 1 && token(before.lowerBound).count >= 2
                && token(before.lowerBound).allSatisfy(ScalarText.isUpper)
            let isSurname =
                before.count == 1 && document < documents.count
                && surnames[document].contains(ScalarText.lowerHash(token(before.lowerBound)))
            let isName =
                !listed.intersection([.location, .organization, .norp]).isEmpty || isAcronym || isSurname
                || (before.count >= 2 && !isTitle(before.lowerBound) && before.allSatisfy(isCapitalised)
                    && before.contains { !gazetteer.isCommonWord(token($0)) })
            guard isName else { continue }
            let beforeType: EntityType
            if listed.contains(.location) {
                beforeType = .location
            } else if listed.contains(.organization) || isAcronym {
                beforeType = .organization
            } else if listed.contains(.norp) {
                beforeType = .norp
            } else {
                beforeType = isSurname || opensWithGivenName(before) ? .person : span.type
            }
            let afterType: EntityType = after.count >= 2 && opensWithGivenName(after) ? .person : span.type
            TagSet.mark(&tags, before, as: beforeType)
            tags[possessive] = TagSet.outside
            TagSet.mark(&tags, after, as: afterType)
        }
    }

    /// Per document, the lower-case hashes of the last words of its PERSON spans of two words or
    /// more; `spans` and `documents` in text order.
    private static func documentSurnames(
        _ spans: [(type: EntityType, start: Int, end: Int)], documents: [Range<Int>],
        token: (Int) -> ArraySlice<Unicode.Scalar>
    ) -> [Set<UInt64>] {
        var surnames = [Set<UInt64>](repeating: [], count: documents.count)
        var document = 0
        for span in spans where span.type == .person && span.end - span.start >= 2 {
            while document < documents.count && documents[document].upperBound <= span.start { document += 1 }
            guard document < documents.count, documents[document].contains(span.start) else { continue }
            surnames[document].insert(ScalarText.lowerHash(token(span.end - 1)))
        }
        return surnames
    }
}
