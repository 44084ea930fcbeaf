/// Two listed places joined by "and" are two places ("West Bank and Gaza Strip", "India and
/// Pakistan"), where the model, like GMB, often types the pair as one organisation: GMB has
/// "India and Pakistan" as one `org` span 13 times in train.tsv, "West Bank and Gaza Strip" 7.
/// The output splits such a span into two LOCATION spans, and the scorer splits GMB's dev and
/// test gold the same way (`GMBLabels`, `--coordinated 0` off); training keeps GMB's spans.
/// Only when both sides are on the place lists: "Justice and Equality Movement" stays whole.
enum CoordinatedPlaces {
    private static let andHash = ScalarText.lowerHash("and")

    /// Splits every span of the form "place and place" in BIO `tags`; `token(i)` gives token i's
    /// scalars.
    static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        for span in TagSet.spans(tags) where span.end - span.start >= 3 {
            let inner = (span.start + 1)..<(span.end - 1)
            let conjunctions = inner.filter { ScalarText.lowerHash(token($0)) == andHash }
            guard conjunctions.count == 1, let and = conjunctions.first else { continue }
            let left = span.start..<and
            let right = (and + 1)..<span.end
            guard isListedPlace(left, token: token), isListedPlace(right, token: token) else { continue }
            TagSet.mark(&tags, left, as: .location)
            tags[and] = TagSet.outside
            TagSet.mark(&tags, right, as: .location)
        }
    }

    private static func isListedPlace(_ range: Range<Int>, token: (Int) -> ArraySlice<Unicode.Scalar>) -> Bool {
        Gazetteer.bundled.kinds(ofName: range.map { ScalarText.string(token($0)) }).contains(.location)
    }
}
