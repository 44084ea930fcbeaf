import Testing

@testable import GleanerExtract

/// A possessive at the edge of a GMB span leaves it; one inside a name stays; a span of nothing
/// but a possessive is dropped.
@Suite struct PossessiveEdgesTests {
    private let org = TagSet.begin(.organization)
    private let orgInside = TagSet.inside(.organization)

    @Test func edgesLeaveTheSpan() {
        let words = ["McDonald", "'s", "and", "'s", "Interior", "Ministry", "and", "'s"]
        var tags: [UInt8] = [org, orgInside, 0, org, orgInside, orgInside, 0, org]
        #expect(PossessiveEdges.trim(tags: &tags, words: words) == 3)
        #expect(tags == [org, 0, 0, 0, org, orgInside, 0, 0])
    }

    @Test func possessiveInsideANameStays() {
        let words = ["Lord", "'s", "Resistance", "Army"]
        var tags: [UInt8] = [org, orgInside, orgInside, orgInside]
        #expect(PossessiveEdges.trim(tags: &tags, words: words) == 0)
        #expect(tags == [org, orgInside, orgInside, orgInside])
    }

    @Test func gmbConversionTrimsAndCanKeepGMBSpans() throws {
        let titles = try PersonTitles.bundled.get()
        let words = ["VOA", "'s", "reporter"]
        let raw: [Substring] = ["B-org", "I-org", "O"]
        #expect(GMBLabels.convert(words: words, rawTags: raw, titles: titles) == [org, 0, 0])
        let kept = GMBLabels.convert(
            words: words, rawTags: raw, titles: titles, conventions: .init(possessiveEdges: false))
        #expect(kept == [org, orgInside, 0])
    }
}
