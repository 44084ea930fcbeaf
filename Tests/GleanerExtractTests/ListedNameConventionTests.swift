import Testing

@testable import GleanerExtract

/// GMB's `org` on place names that stand for a government or a team becomes LOCATION, its `geo`
/// on organisation names becomes ORGANIZATION, its `gpe` on place names becomes LOCATION; names
/// on both lists, or on none, keep their type; listed NORP words typed as names become NORP.
@Suite struct ListedNameConventionTests {
    private let gazetteer = Gazetteer(lists: [
        ("tehran\nunited states\ndelta\nturkey", .location), ("delta\nhamas\nu.n.", .organization),
        ("sunni\nmuslim\ndelta", .norp),
    ])
    private let org = TagSet.begin(.organization)
    private let orgInside = TagSet.inside(.organization)
    private let location = TagSet.begin(.location)

    @Test func placeNamesBecomeLocations() {
        let words = ["Tehran", "says", "the", "United", "States", "and", "Hamas", "lied", "."]
        var tags: [UInt8] = [org, 0, 0, org, orgInside, 0, org, 0, 0]
        let relabelled = ListedNameConvention.relabel(tags: &tags, words: words, gazetteer: gazetteer)
        #expect(relabelled == 2)
        #expect(tags == [location, 0, 0, location, TagSet.inside(.location), 0, org, 0, 0])
    }

    @Test func organisationNamesBecomeOrganisations() {
        var tags: [UInt8] = [location, 0, location]
        let words = ["U.N.", "in", "Tehran"]
        #expect(ListedNameConvention.relabel(tags: &tags, words: words, gazetteer: gazetteer) == 1)
        #expect(tags == [org, 0, location])
    }

    @Test func namesOnBothListsOrOnNoneStay() {
        var tags: [UInt8] = [org, 0, location]
        let words = ["Delta", "in", "Atlantis"]
        #expect(ListedNameConvention.relabel(tags: &tags, words: words, gazetteer: gazetteer) == 0)
        #expect(tags == [org, 0, location])
        var person: [UInt8] = [TagSet.begin(.person)]
        #expect(ListedNameConvention.relabel(tags: &person, words: ["Turkey"], gazetteer: gazetteer) == 0)
    }

    @Test func placeNamesTaggedAsNationalitiesBecomeLocations() {
        // "Turkey" is only a place; "Kurdish" is on no list; "Delta" is also an organisation.
        let norp = TagSet.begin(.norp)
        var tags: [UInt8] = [norp, 0, norp, 0, norp]
        let words = ["Turkey", "and", "Kurdish", "and", "Delta"]
        #expect(ListedNameConvention.relabel(tags: &tags, words: words, gazetteer: gazetteer) == 1)
        #expect(tags == [location, 0, norp, 0, norp])
    }

    @Test func groupWordsTaggedAsNamesBecomeNationalities() {
        // "Sunni" and "Muslim" are only NORP words; "Delta" is also a place and an organisation;
        // "Muslim Brotherhood" is not a listed NORP word as a whole.
        let norp = TagSet.begin(.norp)
        let person = TagSet.begin(.person)
        var tags: [UInt8] = [org, 0, location, 0, person, 0, org, 0, org, orgInside]
        let words = ["Muslim", "and", "Sunni", "and", "Sunni", "and", "Delta", "and", "Muslim", "Brotherhood"]
        #expect(ListedNameConvention.relabel(tags: &tags, words: words, gazetteer: gazetteer) == 3)
        #expect(tags == [norp, 0, norp, 0, norp, 0, org, 0, org, orgInside])
    }

    @Test func onlyWholeSpansCount() {
        // "Turkey" is a place, "Turkey Airlines" is not a listed name: the span stays.
        var tags: [UInt8] = [org, orgInside]
        #expect(ListedNameConvention.relabel(tags: &tags, words: ["Turkey", "Airlines"], gazetteer: gazetteer) == 0)
        #expect(tags == [org, orgInside])
    }

    @Test func gmbConversionAppliesTheConvention() throws {
        let titles = try PersonTitles.bundled.get()
        let words = ["Tehran", "denies", "it"]
        let converted = GMBLabels.convert(words: words, rawTags: ["B-org", "O", "O"], titles: titles)
        #expect(converted == [location, 0, 0])
        let kept = GMBLabels.convert(
            words: words, rawTags: ["B-org", "O", "O"], titles: titles, conventions: .init(listedNames: false))
        #expect(kept == [org, 0, 0])
    }
}
