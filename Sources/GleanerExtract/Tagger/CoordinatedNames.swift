/// Names joined by "and" (and commas) are several names ("West Bank and Gaza Strip", "India and
/// Pakistan", "Sweden, Finland and Norway", "Bloomberg and Reuters"), where the model, like GMB,
/// often types the run as one organisation: GMB has "India and Pakistan" as one `org` span 13
/// times in train.tsv, "West Bank and Gaza Strip" 7. The output splits such a span at its
/// separators, each part typed by its list (a place when on the place lists, else an
/// organisation) or, when not listed, keeping the span's type; the scorer splits GMB's dev and
/// test gold the same way (`GMBLabels`, `--coordinated 0` off); training keeps GMB's spans.
///
/// Every part must be listed, except that in a pair one part may be one or two capitalised words
/// ("Bloomberg", "Holy See") when the other is listed. A span that is itself a listed name
/// ("Bosnia and Herzegovina", "Marks and Spencer") stays whole, and so do pairs with neither part
/// listed ("Justice and Equality Movement", "Procter and Gamble") and parts holding "of" ("Bank
/// of Tokyo and Mitsubishi").
enum CoordinatedNames {
    private static let andHash = ScalarText.lowerHash("and")

    /// Splits every span of the form "name, name and name" in BIO `tags`; `token(i)` gives token
    /// i's scalars.
    static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        for span in TagSet.spans(tags) where span.end - span.start >= 3 {
            let inner = (span.start + 1)..<(span.end - 1)
            let conjunctions = inner.filter { ScalarText.lowerHash(token($0)) == andHash }
            guard conjunctions.count == 1, let and = conjunctions.first,
                listedType(span.start..<span.end, token: token) == nil
            else { continue }
            let commas = inner.filter { $0 < and && token($0).elementsEqual([","]) }
            let separators = commas + [and]
            var parts: [Range<Int>] = []
            var start = span.start
            for separator in separators {
                parts.append(start..<separator)
                start = separator + 1
            }
            parts.append(start..<span.end)
            guard parts.allSatisfy({ !$0.isEmpty }) else { continue }
            let listed = parts.map { listedType($0, token: token) }
            guard let spanType = TagSet.type(of: tags[span.start]) else { continue }
            let types: [EntityType]
            if listed.allSatisfy({ $0 != nil }) {
                types = listed.compactMap { $0 }
            } else if parts.count == 2, listed.contains(where: { $0 != nil }),
                let unlisted = parts.indices.first(where: { listed[$0] == nil }),
                isShortName(parts[unlisted], token: token)
            {
                types = listed.map { $0 ?? spanType }
            } else {
                continue
            }
            for separator in separators { tags[separator] = TagSet.outside }
            for (part, type) in zip(parts, types) { TagSet.mark(&tags, part, as: type) }
        }
    }

    /// One or two capitalised words.
    private static func isShortName(_ range: Range<Int>, token: (Int) -> ArraySlice<Unicode.Scalar>) -> Bool {
        range.count <= 2 && range.allSatisfy { ScalarText.isCapitalised(token($0)) }
    }

    private static func listedType(_ range: Range<Int>, token: (Int) -> ArraySlice<Unicode.Scalar>) -> EntityType? {
        let kinds = Gazetteer.bundled.kinds(ofName: range.map { ScalarText.string(token($0)) })
        if kinds.contains(.location) { return .location }
        if kinds.contains(.organization) { return .organization }
        return nil
    }
}
