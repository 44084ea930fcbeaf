import Testing

@testable import GleanerExtract

/// Event names ("World Cup", "Australian Open") are not entities: dropped from the output and,
/// when asked, from GMB's gold; "Epic Games" and "Marathon" alone are not event names.
@Suite struct EventNamesTests {
    private let org = TagSet.begin(.organization)
    private let orgInside = TagSet.inside(.organization)

    @Test func outputDropsEventNames() {
        let text = TokenizedText("FIFA moved the World Cup and Epic Games sponsored the Australian Open")
        let tags = spanTags(
            count: text.tokens.count,
            [(0..<1, .organization), (3..<5, .organization), (6..<8, .organization), (10..<12, .organization)])
        #expect(EntityTagger.mentions(tags: tags, in: text).map(\.text) == ["FIFA", "Epic Games"])
        // "Olympics" names an event alone; "Marathon" alone may be a company or a town.
        let alone = TokenizedText("Olympics officials met Marathon executives")
        let aloneTags = spanTags(count: alone.tokens.count, [(0..<1, .organization), (3..<4, .organization)])
        #expect(EntityTagger.mentions(tags: aloneTags, in: alone).map(\.text) == ["Marathon"])
        // Wars, revolutions, treaties and plans too.
        let treaty = TokenizedText("Iran signed the Non-Proliferation Treaty after the Islamic Revolution , IAEA said")
        let treatyTags = spanTags(
            count: treaty.tokens.count, [(3..<5, .organization), (7..<9, .organization), (10..<11, .organization)])
        #expect(EntityTagger.mentions(tags: treatyTags, in: treaty).map(\.text) == ["IAEA"])
        // A body named for one is kept.
        let body = TokenizedText("the Department of War and the Institute for the Study of War said")
        let bodyTags = spanTags(count: body.tokens.count, [(1..<4, .organization), (6..<12, .organization)])
        #expect(
            EntityTagger.mentions(tags: bodyTags, in: body).map(\.text) == [
                "Department of War", "Institute for the Study of War",
            ])
    }

    @Test func gmbGoldDropsThemWhenAsked() throws {
        let titles = try PersonTitles.bundled.get()
        let words = ["the", "World", "Cup", "opened"]
        let raw: [Substring] = ["O", "B-org", "I-org", "O"]
        #expect(GMBLabels.convert(words: words, rawTags: raw, titles: titles) == [0, 0, 0, 0])
        let kept = GMBLabels.convert(words: words, rawTags: raw, titles: titles, conventions: .init(eventNames: false))
        #expect(kept == [0, org, orgInside, 0])
    }
}
