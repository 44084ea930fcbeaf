import Testing

@testable import GleanerExtract

@Suite("GMB names split from their titles")
struct TitleSplitNamesTests {
    @Test func nameAfterTitleOnlyPersonSpanBecomesThePerson() throws {
        let titles = try PersonTitles.bundled.get()
        let words = ["Mr.", "Kellam", "said", "President", "Dana", "Vos", "agreed"]
        let raw: [Substring] = ["B-per", "B-org", "O", "B-per", "B-geo", "I-geo", "O"]
        let tags = GMBLabels.convert(words: words, rawTags: raw, titles: titles)
        #expect(tags.map(TagSet.name) == ["O", "B-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O"])
        let kept = GMBLabels.convert(
            words: words, rawTags: raw, titles: titles, conventions: .init(titleSplitNames: false))
        #expect(kept.map(TagSet.name) == ["O", "B-ORGANIZATION", "O", "O", "B-LOCATION", "I-LOCATION", "O"])
    }

    @Test func onlyATitleOnlySpanDirectlyBeforeACapitalisedNameCounts() throws {
        let titles = try PersonTitles.bundled.get()
        // A person span with a name of its own, a gap, a lower-case word and a NORP word are left.
        let words = ["Mr.", "Kellam", "Norland", "Mr.", "in", "Norland", "Mr.", "ministry", "Mr.", "Kellian"]
        let raw: [Substring] = ["B-per", "I-per", "B-geo", "B-per", "O", "B-geo", "B-per", "B-org", "B-per", "B-gpe"]
        let tags = GMBLabels.convert(words: words, rawTags: raw, titles: titles)
        #expect(
            tags.map(TagSet.name) == [
                "O", "B-PERSON", "B-LOCATION", "O", "O", "B-LOCATION", "O", "B-ORGANIZATION", "O", "B-NORP",
            ])
    }

    @Test func anOfficeInsideABodysSpanSplitsOffThePersonInTheGold() throws {
        let titles = try PersonTitles.bundled.get()
        let words = ["Pentagon", "Spokesman", "Sean", "McCormack", "said"]
        let raw: [Substring] = ["B-org", "I-org", "I-org", "I-org", "O"]
        let tags = GMBLabels.convert(words: words, rawTags: raw, titles: titles)
        #expect(tags.map(TagSet.name) == ["B-ORGANIZATION", "O", "B-PERSON", "I-PERSON", "O"])
        let kept = GMBLabels.convert(
            words: words, rawTags: raw, titles: titles, conventions: .init(embeddedTitles: false))
        #expect(kept.map(TagSet.name) == ["B-ORGANIZATION"] + Array(repeating: "I-ORGANIZATION", count: 3) + ["O"])
    }
}
