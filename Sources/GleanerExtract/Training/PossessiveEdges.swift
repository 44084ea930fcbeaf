/// The project's span rule for possessives, applied to GMB's gold: the possessive "'s" (or a bare
/// apostrophe) is outside a name ("[Google]'s", GUIDELINES.md and the output's `MentionCleanup`).
/// GMB's tagger sometimes ran a span over it at either edge ("McDonald 's", "'s Interior
/// Ministry"; about 46 spans of train.tsv, 16 of dev.tsv and 7 of test.tsv); those edge tokens
/// leave the span, and a span of nothing but them is dropped. A possessive inside a name ("Lord
/// 's Resistance Army") stays. Applied to training, development and test data alike.
public enum PossessiveEdges {
    /// Removes possessive tokens from the edges of the spans of one sentence's BIO `TagSet` tags;
    /// returns how many spans changed.
    @discardableResult
    public static func trim(tags: inout [UInt8], words: [String]) -> Int {
        var trimmed = 0
        for span in TagSet.spans(tags) {
            var start = span.start
            var end = span.end
            while start < end && isPossessive(words[start]) { start += 1 }
            while end > start && isPossessive(words[end - 1]) { end -= 1 }
            guard start != span.start || end != span.end else { continue }
            for index in span.start..<span.end { tags[index] = TagSet.outside }
            if start < end {
                tags[start] = TagSet.begin(span.type)
                for index in start + 1..<end { tags[index] = TagSet.inside(span.type) }
            }
            trimmed += 1
        }
        return trimmed
    }

    private static func isPossessive(_ word: String) -> Bool {
        ScalarText.isPossessive(Array(word.unicodeScalars)[...])
    }
}
