/// A leading "the" is outside a name's span ("[Associated Press]" of "The Associated Press"), as
/// the annotation guidelines and CoNLL-2003 have it, unless the name with its article is a listed
/// name ("The Hague", "The Netherlands"). The output applies it (`MentionCleanup`); GMB puts the
/// article inside about 385 spans of train.tsv and leaves it outside about 9,000 times, so the
/// scorer applies it to GMB's development and test gold too (`GMBLabels`). The training data
/// keeps GMB's spans: trained on the trimmed gold, the model did no better on the held-out sets.
enum LeadingArticle {
    private static let the = ScalarText.lowerHash(Array("the".unicodeScalars)[...])

    /// Whether the token is "the" in any case.
    static func isArticle(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.count == 3 && ScalarText.lowerHash(scalars) == the
    }

    /// Whether a span of `words` starting with "the" loses it: the rest is not empty and the whole
    /// span is not a listed place, organisation or NORP name.
    static func drops(_ words: some Collection<String>, gazetteer: Gazetteer = .bundled) -> Bool {
        guard words.count >= 2 else { return false }
        return gazetteer.kinds(ofName: words).isDisjoint(with: [.location, .organization, .norp])
    }

    /// Removes a leading "the" from the spans of one sentence's BIO `TagSet` tags; returns how many.
    @discardableResult
    static func trim(tags: inout [UInt8], words: [String]) -> Int {
        var trimmed = 0
        for span in TagSet.spans(tags)
        where isArticle(Array(words[span.start].unicodeScalars)[...]) && drops(words[span.start..<span.end]) {
            tags[span.start] = TagSet.outside
            tags[span.start + 1] = TagSet.begin(span.type)
            trimmed += 1
        }
        return trimmed
    }
}
