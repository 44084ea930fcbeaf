/// Two listed names joined by "and" are two names ("West Bank and Gaza Strip", "India and
/// Pakistan", "al-Qaida and Taliban"), where the model, like GMB, often types the pair as one
/// organisation: GMB has "India and Pakistan" as one `org` span 13 times in train.tsv, "West Bank
/// and Gaza Strip" 7. The output splits such a span into two, each typed by its list (a place when
/// on the place lists, else an organisation), and the scorer splits GMB's dev and test gold the
/// same way (`GMBLabels`, `--coordinated 0` off); training keeps GMB's spans. Only when both sides
/// are listed: "Justice and Equality Movement" stays whole.
enum CoordinatedNames {
    private static let andHash = ScalarText.lowerHash("and")

    /// Splits every span of the form "name and name" in BIO `tags`; `token(i)` gives token i's
    /// scalars.
    static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        for span in TagSet.spans(tags) where span.end - span.start >= 3 {
            let inner = (span.start + 1)..<(span.end - 1)
            let conjunctions = inner.filter { ScalarText.lowerHash(token($0)) == andHash }
            guard conjunctions.count == 1, let and = conjunctions.first else { continue }
            let left = span.start..<and
            let right = (and + 1)..<span.end
            guard let leftType = listedType(left, token: token), let rightType = listedType(right, token: token)
            else { continue }
            TagSet.mark(&tags, left, as: leftType)
            tags[and] = TagSet.outside
            TagSet.mark(&tags, right, as: rightType)
        }
    }

    private static func listedType(_ range: Range<Int>, token: (Int) -> ArraySlice<Unicode.Scalar>) -> EntityType? {
        let kinds = Gazetteer.bundled.kinds(ofName: range.map { ScalarText.string(token($0)) })
        if kinds.contains(.location) { return .location }
        if kinds.contains(.organization) { return .organization }
        return nil
    }
}
