import Testing

@testable import GleanerExtract

/// A leading "the" leaves a span unless the name with it is listed ("The Hague"); the scorer's
/// GMB gold drops it too, and training data can keep it.
@Suite struct LeadingArticleTests {
    private let org = TagSet.begin(.organization)
    private let orgInside = TagSet.inside(.organization)
    private let location = TagSet.begin(.location)
    private let locationInside = TagSet.inside(.location)

    @Test func outputMentionsLoseTheArticle() {
        let text = TokenizedText("The Associated Press reported from The Hague")
        var tags = [UInt8](repeating: TagSet.outside, count: text.tokens.count)
        tags[0] = org
        tags[1] = orgInside
        tags[2] = orgInside
        tags[5] = location
        tags[6] = locationInside
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
