import Testing

@testable import GleanerExtract

/// A leading "the" leaves a span unless the name with it is listed ("The Hague"); the scorer's
/// GMB gold drops it too, and training data can keep it.
@Suite struct LeadingArticleTests {
    private let org = TagSet.begin(.organization)
    private let orgInside = TagSet.inside(.organization)

    @Test func outputMentionsLoseTheArticle() {
        let text = TokenizedText("The Associated Press reported from The Hague")
        let tags = spanTags(count: text.tokens.count, [(0..<3, .organization), (5..<7, .location)])
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        #expect(mentions.map(\.text) == ["Associated Press", "The Hague"])
    }

    @Test func gmbGoldLosesItWhenAsked() throws {
        let titles = try PersonTitles.bundled.get()
        let words = ["The", "Associated", "Press", "said"]
        let raw: [Substring] = ["B-org", "I-org", "I-org", "O"]
        #expect(GMBLabels.convert(words: words, rawTags: raw, titles: titles) == [0, org, orgInside, 0])
        let kept = GMBLabels.convert(
            words: words, rawTags: raw, titles: titles, conventions: .init(leadingArticle: false))
        #expect(kept == [org, orgInside, orgInside, 0])
    }
}
