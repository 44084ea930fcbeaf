/// Lower-case words at the end of a span are not part of the name ("Glasgow airport", "Java
/// island", "Taleban militants", "Time magazine", "Revolutionary Armed Forces of"): a name's
/// words are capitalised, and a common noun after it is what the name modifies (the held-out
/// guidelines mark "[Texas] roads"). GMB's bootstrap tagger ran 20 dev and 27 test spans over
/// such words. `MentionCleanup` leaves them out of the output, and the scorer out of GMB's dev and
/// test gold (`GMBLabels`, `--tails 0` off); training keeps GMB's spans.
enum LowercaseTails {
    /// Whether a token is a word of lower-case letters only ("airport", "of"; not "al-Qaida",
    /// "iPhone" or "bin Laden"'s capitalised part).
    static func isLowercaseWord(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        !scalars.isEmpty && scalars.allSatisfy(ScalarText.isLower)
    }

    /// Ends every span of BIO `tags` before its trailing lower-case words, keeping its first
    /// token; `token(i)` gives token i's scalars.
    static func trim(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        for span in TagSet.spans(tags) {
            var end = span.end
            while end - 1 > span.start && isLowercaseWord(token(end - 1)) { end -= 1 }
            for index in end..<span.end { tags[index] = TagSet.outside }
        }
    }
}
