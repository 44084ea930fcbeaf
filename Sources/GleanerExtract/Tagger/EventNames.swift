/// Names of events are not entities here (DESIGN.md's four types; the annotation guidelines leave
/// "Olympics" and "World Cup" unmarked), but GMB types some of them `org`, `geo` or `per` ("World
/// Cup" `org` 16 times and `per` 7 in train.tsv, "Olympics" `geo` 14 and `org` 8; about 60 spans)
/// and others `eve`, which maps to nothing. A span whose last word is an event word ("Cup",
/// "Olympics", "Championships", "Open", "Grand Prix", "Festival") is dropped from the output
/// (`MentionCleanup`), and the scorer drops it from GMB's development and test gold to match
/// (`GMBLabels`); the training data keeps GMB's spans (trained without them, the model did no
/// better on the held-out sets). "Games" is left out: it also ends company names ("Epic Games").
enum EventNames {
    private static let lastWords = WordList.lowerHashes(
        """
        cup\nolympics\nolympiad\nparalympics\nchampionship\nchampionships\nprix\nfestival\ntournament
        open\nmarathon\nexpo
        """)

    /// Whether a token is an event word ending an event's name, capitalised ("Cup", "Open").
    static func isEventWord(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first, ScalarText.isUpper(first) else { return false }
        return lastWords.contains(ScalarText.lowerHash(scalars))
    }

    /// Drops the spans of one sentence's BIO `TagSet` tags whose last word is an event word;
    /// returns how many.
    @discardableResult
    static func drop(tags: inout [UInt8], words: [String]) -> Int {
        var dropped = 0
        for span in TagSet.spans(tags) where isEventWord(Array(words[span.end - 1].unicodeScalars)[...]) {
            for index in span.start..<span.end { tags[index] = TagSet.outside }
            dropped += 1
        }
        return dropped
    }
}
