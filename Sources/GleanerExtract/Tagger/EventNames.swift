/// Names of events, wars, revolutions, treaties, laws and plans are not entities here (DESIGN.md's
/// four types; the annotation guidelines leave "Olympics" and "World Cup" unmarked), but GMB types
/// some of them `org`, `geo` or `per` ("World Cup" `org` 16 times and `per` 7 in train.tsv,
/// "Olympics" `geo` 14 and `org` 8; about 60 spans) and others `eve` or `art`, which map to
/// nothing. A span whose last word is an event word ("Cup", "Olympics", "Championships", "Open",
/// "Grand Prix", "Festival", "War", "Revolution", "Treaty", "Accords", "Act", "Plan") is dropped
/// from the output (`MentionCleanup`), and the scorer drops it from GMB's development and test
/// gold to match (`GMBLabels`); the training data keeps GMB's spans (trained without them, the
/// model did no better on the held-out sets). "Games" is left out: it also ends company names
/// ("Epic Games"). A body named for an event is kept: a span opened by a body's head word
/// ("Department of War", "Institute for the Study of War", "Museum of the Revolution").
enum EventNames {
    /// Words that end an event's name ("World Cup", "Australian Open", "Korean War",
    /// "Non-Proliferation Treaty", "Marshall Plan").
    private static let lastWords = WordList.lowerHashes(
        """
        cup\nolympics\nolympiad\nparalympics\nchampionship\nchampionships\nprix\nfestival\ntournament
        open\nmarathon\nexpo\nwar\nwars\nrevolution\ntreaty\naccord\naccords\nprotocol\nplan\nact\nagreement
        convention\nconventions
        """)
    /// Those that name an event alone ("Olympics"); "Marathon" or "Expo" alone may name a company
    /// or a place.
    private static let wholeNames = WordList.lowerHashes("olympics\nolympiad\nparalympics")

    /// First words of bodies, which may be named for an event ("Ministry of War").
    private static let bodyHeads = WordList.lowerHashes(
        [
            "department", "ministry", "office", "secretary", "institute", "museum", "college", "school",
            "university", "academy", "council", "committee", "commission", "court", "center", "centre", "bureau",
            "agency", "foundation", "society",
        ].joined(separator: "\n"))

    /// Whether the tokens `first...last` (`token(i)` gives token i's scalars) are an event's name:
    /// the last is a capitalised event word, and either there are two tokens or more (not opened
    /// by a body's head word) or it names an event alone.
    static func isEventName(first: Int, last: Int, token: (Int) -> ArraySlice<Unicode.Scalar>) -> Bool {
        let word = token(last)
        guard let initial = word.first, ScalarText.isUpper(initial) else { return false }
        let hash = ScalarText.lowerHash(word)
        guard lastWords.contains(hash) else { return false }
        if first == last { return wholeNames.contains(hash) }
        return !bodyHeads.contains(ScalarText.lowerHash(token(first)))
    }

    /// Drops the spans of one sentence's BIO `TagSet` tags that are event names; returns how many.
    @discardableResult
    static func drop(tags: inout [UInt8], words: [String]) -> Int {
        var dropped = 0
        for span in TagSet.spans(tags)
        where isEventName(first: span.start, last: span.end - 1, token: { Array(words[$0].unicodeScalars)[...] }) {
            for index in span.start..<span.end { tags[index] = TagSet.outside }
            dropped += 1
        }
        return dropped
    }
}
