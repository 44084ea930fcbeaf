/// Title-case headlines and teaser titles ("Man Drives Car Into Ocean", "Learn From Your Early
/// Mistakes") look like names to the tagger, word after capitalised word. A name rarely holds a
/// capitalised function word such as "Into", "From", "Your" or "Is", so a span that does is a
/// fragment of such a line and is dropped. Words that do open or sit inside names are left out of
/// the list: "Will" (Will Smith), "Can" (Can Dündar), "Near" (Near East), "Under" (Under Armour),
/// "My" (My Lai), "Our" (Our Lady), "His" and "Her" (Her Majesty's), "Without" (Doctors Without
/// Borders), "Than" (Than Shwe); words in capitals ("IS", "WHO") are acronyms, not function words.
enum HeadlineFragments {
    private static let functionWords = WordList.lowerHashes(
        """
        into\nfrom\nyour\nyou\nis\nare\nwas\nwere\nbe\nbeen\nthrough\nduring\nhow\nwhy\nwhat\nwhen
        where\ntheir\nits\nshould\nwould\ncould\nabout\nafter\nbefore\nthis\nthese\nthose\nthat\nwho
        which\nthen\nnot\ndo\ndoes\ndid\nhas\nhave\nhad\nget\ngets\nmake\nmakes
        """)

    /// Whether the token is a function word written with a capital and then lower-case letters.
    static func isCapitalisedFunctionWord(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first, ScalarText.isUpper(first),
            scalars.dropFirst().allSatisfy(ScalarText.isLower)
        else { return false }
        return functionWords.contains(ScalarText.lowerHash(scalars))
    }

    /// Drops every span that holds a capitalised function word; `token(i)` gives token i's scalars.
    static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        for span in TagSet.spans(tags)
        where (span.start..<span.end).contains(where: { isCapitalisedFunctionWord(token($0)) }) {
            for index in span.start..<span.end { tags[index] = TagSet.outside }
        }
    }
}
