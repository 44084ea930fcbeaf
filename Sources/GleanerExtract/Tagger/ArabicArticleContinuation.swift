/// A word with an Arabic article that follows a name continues it ("Jaish al-Khorasan" +
/// "al-Jadid", "Hammam" + "al-Alil"): the model sometimes stops one word short on names it has not
/// seen. In GMB such a word after a span is inside it 372 times and outside twice.
enum ArabicArticleContinuation {
    /// Lower-case hashes of the articles written before the hyphen.
    private static let articles = WordList.lowerHashes("al\nel\nad\nas\nash\nan\nar\naz")

    /// Extends every span over the `O` words right after it that are an article, a hyphen and a
    /// capitalised word ("al-Jadid", "Al-Islami"); `token(i)` gives token i's scalars.
    static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        for span in TagSet.spans(tags) {
            var next = span.end
            while next < tags.count, tags[next] == TagSet.outside, isArticleWord(token(next)) {
                tags[next] = TagSet.inside(span.type)
                next += 1
            }
        }
    }

    /// Whether the token is an Arabic article, a hyphen and a word starting with a capital letter.
    static func isArticleWord(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let start = scalars.startIndex
        guard scalars.count >= 5, let hyphen = scalars[(start + 2)...].prefix(2).firstIndex(of: "-"),
            hyphen + 2 < scalars.endIndex, ScalarText.isUpper(scalars[hyphen + 1])
        else { return false }
        return articles.contains(ScalarText.lowerHash(scalars[start..<hyphen]))
    }
}
