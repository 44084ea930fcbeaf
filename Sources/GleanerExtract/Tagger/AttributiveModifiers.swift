/// Hyphenated modifiers that say who runs, backs or hosts what follows ("Tripoli-based Government
/// of National Unity", "Iran-backed Houthis", "NATO-led International Security Assistance
/// Force"): they describe the name, they are not part of it. GMB leaves them outside its spans
/// about three times in four (133 of train.tsv's spans follow one, 52 include it), so the output
/// drops them (`MentionCleanup`) and the scorer trims GMB's dev and test gold to match (`trim`);
/// training keeps GMB's spans, as for `LeadingArticle`.
enum AttributiveModifiers {
    private static let suffixes: [[Unicode.Scalar]] = [
        "based", "backed", "led", "allied", "linked", "controlled", "held", "born", "run", "funded",
        "affiliated", "aligned", "sponsored", "owned", "dominated", "influenced",
    ].map { Array(("-" + $0).unicodeScalars) }

    /// Whether the token ends with one of the hyphenated suffixes ("Tripoli-based", "U.S.-led"),
    /// in any case, after at least one scalar.
    static func isModifier(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        suffixes.contains { suffix in
            scalars.count > suffix.count
                && zip(scalars.suffix(suffix.count), suffix).allSatisfy { ScalarText.lowered($0) == $1.value }
        }
    }

    /// Removes hyphenated modifiers from the start of every span of two tokens or more of one
    /// sentence's BIO `TagSet` tags (GMB's words); returns how many spans changed.
    @discardableResult
    static func trim(tags: inout [UInt8], words: [String]) -> Int {
        var trimmed = 0
        for span in TagSet.spans(tags) {
            var start = span.start
            while span.end - start >= 2 && isModifier(Array(words[start].unicodeScalars)[...]) { start += 1 }
            guard start != span.start else { continue }
            for index in span.start..<start { tags[index] = TagSet.outside }
            tags[start] = TagSet.begin(span.type)
            trimmed += 1
        }
        return trimmed
    }
}
