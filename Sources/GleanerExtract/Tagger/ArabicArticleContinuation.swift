/// A word with an Arabic article that follows a name continues it ("Jaish al-Khorasan" +
/// "al-Jadid", "Hammam" + "al-Alil"): the model sometimes stops one word short on names it has not
/// seen. In GMB such a word after a span is inside it 372 times and outside twice.
enum ArabicArticleContinuation {
    private static let articles: [[Unicode.Scalar]] = ["al", "el", "ad", "as", "ash", "an", "ar", "az"]
        .map { Array(($0 + "-").unicodeScalars) }

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
        articles.contains { article in
            guard scalars.count > article.count + 1 else { return false }
            let head = scalars.prefix(article.count)
            guard zip(head, article).allSatisfy({ ScalarText.lowered($0) == $1.value }) else { return false }
            return ScalarText.isUpper(scalars[scalars.startIndex + article.count])
        }
    }
}
