import Testing

@testable import GleanerExtract

/// GMB's `org` on place names that stand for a government or a team becomes LOCATION; names on an
/// organisation list and other organisations keep ORGANIZATION.
@Suite struct PlaceNameConventionTests {
    private let gazetteer = Gazetteer(lists: [
        ("tehran\nunited states\ndelta\nturkey", .location), ("delta\nhamas", .organization),
    ])
    private let org = TagSet.begin(.organization)
    private let orgInside = TagSet.inside(.organization)

    @Test func placeNamesBecomeLocations() {
        let words = ["Tehran", "says", "the", "United", "States", "and", "Hamas", "lied", "."]
        var tags: [UInt8] = [org, 0, 0, org, orgInside, 0, org, 0, 0]
        let relabelled = PlaceNameConvention.relabel(tags: &tags, words: words, gazetteer: gazetteer)
        #expect(relabelled == 2)
        #expect(
            tags == [
                TagSet.begin(.location), 0, 0, TagSet.begin(.location), TagSet.inside(.location), 0, org, 0, 0,
            ])
    }

    @Test func namesAlsoOnAnOrganisationListStay() {
        var tags: [UInt8] = [org, 0]
        #expect(PlaceNameConvention.relabel(tags: &tags, words: ["Delta", "profits"], gazetteer: gazetteer) == 0)
        #expect(tags == [org, 0])
    }

    @Test func onlyWholeSpansCount() {
        // "Turkey" is a place, "Turkey Airlines" is not a listed name: the span stays.
        var tags: [UInt8] = [org, orgInside]
        #expect(PlaceNameConvention.relabel(tags: &tags, words: ["Turkey", "Airlines"], gazetteer: gazetteer) == 0)
        #expect(tags == [org, orgInside])
    }

    @Test func gmbConversionAppliesTheConvention() throws {
        let titles = try PersonTitles.bundled.get()
        let words = ["Tehran", "denies", "it"]
        let converted = GMBLabels.convert(words: words, rawTags: ["B-org", "O", "O"], titles: titles)
        #expect(converted == [TagSet.begin(.location), 0, 0])
        let kept = GMBLabels.convert(words: words, rawTags: ["B-org", "O", "O"], titles: titles, placeNames: false)
        #expect(kept == [org, 0, 0])
    }
}
