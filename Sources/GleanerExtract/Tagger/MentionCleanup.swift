/// Rules applied to the tagger's BIO tags before they become mentions, shared by `EntityTagger`
/// and the scorer of the training command (so benchmark figures are those of the output):
///
/// - a span is cut at list separators inside it (";", "|", "•": "Miami; Chicago; Atlanta");
/// - punctuation at a span's edges, lower-case words at its end (`LowercaseTails`: "Glasgow
///   airport") and a leading clitic are left out (`East"`, "'s Interior Ministry": the training
///   data puts a few of them inside spans), and so are lower-case compass
///   adjectives, hyphenated modifiers and an article at its start ("eastern Afghanistan":
///   `CompassWords`; "Tripoli-based Government of National Unity": `AttributiveModifiers`; "The
///   Associated Press": `LeadingArticle`);
/// - a span that is then one common acronym alone ("AI", "SEO", "LLMs": `CommonAcronyms`), one
///   part-of-month word ("mid-April": `DateWords`) or an event's name ("World Cup", "Australian
///   Open": `EventNames`) is dropped;
/// - a span of two words or more that starts with a group-name head word ("Harakat al-Fajr",
///   "Jaish al-Adl", "Frente …": `Resources/organisation-head-words.txt`), or that such a word
///   left outside precedes, is an ORGANIZATION; VOA newswire holds almost none of these names, so
///   the model cannot learn them;
/// - a span of two words or more that ends with a street word ("Picton Road", "Haifa Street":
///   `Resources/street-words.txt`) or starts with a place-kind word ("Kfar Hamam", "Souq
///   al-Juma", "Avenue Kwame Nkrumah": `Resources/place-head-words.txt`) is a LOCATION, for the
///   same reason.
public enum MentionCleanup {
    /// Lower-case hashes of the first words of group names in transliteration ("harakat", "jaish").
    private static let groupHeadWords = WordList.lowerHashes(WordList.bundledText("organisation-head-words"))
    /// Lower-case hashes of the last words of street names ("road", "street", "avenue").
    private static let streetWords = WordList.lowerHashes(WordList.bundledText("street-words"))
    /// Lower-case hashes of the first words of place names ("kfar", "souq", "avenue").
    private static let placeHeadWords = WordList.lowerHashes(WordList.bundledText("place-head-words"))

    /// Rewrites `tags` (BIO `TagSet`, one per token) in place; `token(i)` gives token i's scalars.
    public static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        for span in TagSet.spans(tags) where span.start > 0 && tags[span.start - 1] == TagSet.outside {
            // A group-name head word the model left out opens the name ("Frente" of "Frente
            // Jaime Rendón Libre", a Colombian armed group the model types as a person).
            let head = token(span.start - 1)
            guard let first = head.first, ScalarText.isUpper(first),
                groupHeadWords.contains(ScalarText.lowerHash(head))
            else { continue }
            TagSet.mark(&tags, (span.start - 1)..<span.end, as: .organization)
        }
        for span in TagSet.spans(tags) {
            var pieceStart = span.start
            for index in span.start...span.end where index == span.end || isSeparator(token(index)) {
                clean(&tags, type: span.type, tokens: pieceStart..<index, token: token)
                if index < span.end { tags[index] = TagSet.outside }
                pieceStart = index + 1
            }
        }
    }

    /// Trims one piece of a span and writes its tags: `O` outside the kept range, `B-`/`I-` inside.
    private static func clean(
        _ tags: inout [UInt8], type: EntityType, tokens: Range<Int>, token: (Int) -> ArraySlice<Unicode.Scalar>
    ) {
        guard !tokens.isEmpty else { return }
        var first = tokens.lowerBound
        var last = tokens.upperBound - 1
        while first <= last && isEdgeNoise(token(first), leading: true) { first += 1 }
        while first < last
            && (CompassWords.isLowercaseCompassWord(token(first)) || AttributiveModifiers.isModifier(token(first)))
        {
            first += 1
        }
        if first < last, LeadingArticle.isArticle(token(first)),
            LeadingArticle.drops((first...last).map { ScalarText.string(token($0)) })
        {
            first += 1
        }
        while last >= first && isEdgeNoise(token(last), leading: false) { last -= 1 }
        while last > first && LowercaseTails.isLowercaseWord(token(last)) { last -= 1 }
        var keep = first <= last ? first...last : nil
        if first == last, CommonAcronyms.bundled.contains(token(first), gazetteer: .bundled) { keep = nil }
        if first == last, DateWords.isPartOfMonth(token(first)) { keep = nil }
        if first <= last, EventNames.isEventName(first: first, last: last, token: token) { keep = nil }
        var type = type
        if first < last, groupHeadWords.contains(ScalarText.lowerHash(token(first))) { type = .organization }
        if first < last, isStreetWord(token(last)) || isPlaceHeaded(first: first, last: last, token: token) {
            type = .location
        }
        for index in tokens {
            guard let keep, keep.contains(index) else {
                tags[index] = TagSet.outside
                continue
            }
            tags[index] = index == keep.lowerBound ? TagSet.begin(type) : TagSet.inside(type)
        }
    }

    /// Whether a span opens with a place-kind word and does not end with a common English word,
    /// as organisations named after a place do ("Souq al-Juma Protection Force").
    private static func isPlaceHeaded(first: Int, last: Int, token: (Int) -> ArraySlice<Unicode.Scalar>) -> Bool {
        guard placeHeadWords.contains(ScalarText.lowerHash(token(first))) else { return false }
        return !Gazetteer.bundled.isCommonWord(token(last))
    }

    /// Whether a token is a capitalised street word ("Road", "St."; a final period ignored).
    private static func isStreetWord(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first, ScalarText.isUpper(first) else { return false }
        return streetWords.contains(ScalarText.lowerHashWithoutFinalPeriod(scalars))
    }

    /// Whether a token separates items of a list and so never stands inside a name: ";", "|", "•".
    private static func isSeparator(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard scalars.count == 1, let scalar = scalars.first else { return false }
        switch scalar {
        case ";", "|", "\u{2022}", "\u{00B7}": return true
        default: return false
        }
    }

    /// Leaves punctuation at the edges of every span of BIO `tags` out of it (a span of nothing
    /// but punctuation is dropped): the scorer's convention for GMB's dev and test gold, whose
    /// spans hold a closing quote or dash now and then (`Tehran "`, "United Nations -"), as the
    /// output's spans never do (`GMBLabels`, `--punctuation 0` off); `token(i)` gives token i's
    /// scalars.
    static func trimEdgePunctuation(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        for span in TagSet.spans(tags) {
            var first = span.start
            var last = span.end - 1
            while first <= last && isEdgeNoise(token(first), leading: false) { first += 1 }
            while last >= first && isEdgeNoise(token(last), leading: false) { last -= 1 }
            guard first != span.start || last != span.end - 1 else { continue }
            for index in span.start..<span.end { tags[index] = TagSet.outside }
            if first <= last { TagSet.mark(&tags, first..<(last + 1), as: span.type) }
        }
    }

    /// Whether a token at the edge of a span is not part of the name: punctuation, or at the
    /// start a clitic ("'s").
    private static func isEdgeNoise(_ scalars: ArraySlice<Unicode.Scalar>, leading: Bool) -> Bool {
        if leading, let first = scalars.first, ScalarText.isApostrophe(first), scalars.count > 1 { return true }
        return !scalars.contains { ScalarText.isLetter($0) || ScalarText.isDigit($0) }
    }
}
