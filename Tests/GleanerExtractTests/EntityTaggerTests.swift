import Foundation
import Testing

@testable import GleanerExtract

@Suite("Entity tagger")
struct EntityTaggerTests {
    @Test func gmbTagsMapAndTitlesAreStripped() throws {
        let titles = try PersonTitles.bundled.get()
        let words = ["Prime", "Minister", "Dana", "Kell", "visited", "Norland", "with", "Kellian", "aides", "Monday"]
        let raw: [Substring] = ["B-per", "I-per", "I-per", "I-per", "O", "B-geo", "O", "B-gpe", "O", "B-tim"]
        let tags = GMBLabels.convert(words: words, rawTags: raw, titles: titles)
        #expect(
            tags.map(TagSet.name) == [
                "O", "O", "B-PERSON", "I-PERSON", "O", "B-LOCATION", "O", "B-NORP", "O", "O",
            ])
    }

    @Test func allTitleSpanDisappears() throws {
        let titles = try PersonTitles.bundled.get()
        let tags = GMBLabels.convert(words: ["Mr.", "said"], rawTags: ["B-per", "O"], titles: titles)
        #expect(tags == [0, 0])
        #expect(titles.contains("Gen.") && titles.contains("president") && !titles.contains("Haddad"))
    }

    @Test func mentionsLeaveOutPunctuationAndCliticsAtTheirEdges() {
        let text = TokenizedText("of the East\". Then Pakistan's Interior Ministry spoke")
        let words = text.tokens.map { text.text(from: $0.start, to: $0.end) }
        #expect(words == ["of", "the", "East", "\"", ".", "Then", "Pakistan", "'s", "Interior", "Ministry", "spoke"])
        let location = TagSet.begin(.location)
        let organization = TagSet.begin(.organization)
        var tags = [UInt8](repeating: TagSet.outside, count: words.count)
        tags[2] = location
        tags[3] = TagSet.inside(.location)
        tags[7] = organization
        tags[8] = TagSet.inside(.organization)
        tags[9] = TagSet.inside(.organization)
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        #expect(mentions.map(\.text) == ["East", "Interior Ministry"])
        #expect(mentions.map(\.start) == [7, 30])
        tags[4] = location
        #expect(EntityTagger.mentions(tags: tags, in: text).map(\.text) == ["East", "Interior Ministry"])
    }

    @Test func mentionsAreCutAtListSeparators() {
        let text = TokenizedText("offices in Miami; Chicago; Atlanta")
        var tags = [UInt8](repeating: TagSet.outside, count: text.tokens.count)
        tags[2] = TagSet.begin(.location)
        for index in 3..<tags.count { tags[index] = TagSet.inside(.location) }
        #expect(EntityTagger.mentions(tags: tags, in: text).map(\.text) == ["Miami", "Chicago", "Atlanta"])
    }

    @Test func commonAcronymsAloneAreNotMentions() {
        let text = TokenizedText("AI and LLMs at NATO and AI Singapore")
        var tags = [UInt8](repeating: TagSet.outside, count: text.tokens.count)
        for index in [0, 2, 4, 6] { tags[index] = TagSet.begin(.organization) }
        tags[7] = TagSet.inside(.organization)
        #expect(EntityTagger.mentions(tags: tags, in: text).map(\.text) == ["NATO", "AI Singapore"])
    }

    @Test func partOfMonthWordsAreNotMentions() {
        let text = TokenizedText("In mid-April and late-September , Mid-Atlantic and July Moyo met")
        let tags = spanTags(
            count: text.tokens.count,
            [(1..<2, .organization), (3..<4, .location), (5..<6, .location), (7..<9, .person)])
        // Dates are not entities; a hyphenated place and a person named July are.
        #expect(EntityTagger.mentions(tags: tags, in: text).map(\.text) == ["Mid-Atlantic", "July Moyo"])
    }

    @Test func groupNamesWithAHeadWordAreOrganisations() {
        // "Jaish al-Adl" and "Saraya al-Quds" come out as organisations whatever the tagger said;
        // "Jaish" alone and a name without a head word keep their type.
        let text = TokenizedText("Jaish al-Adl and Saraya al-Quds fought Jaish near Ali Reza")
        var tags = [UInt8](repeating: TagSet.outside, count: text.tokens.count)
        for (start, type) in [(0, EntityType.person), (3, .location), (8, .person)] {
            tags[start] = TagSet.begin(type)
            tags[start + 1] = TagSet.inside(type)
        }
        tags[6] = TagSet.begin(.location)
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        #expect(mentions.map(\.text) == ["Jaish al-Adl", "Saraya al-Quds", "Jaish", "Ali Reza"])
        #expect(mentions.map(\.type) == [.organization, .organization, .location, .person])
        // A head word the model left outside opens the name; a lower-case one does not.
        let frente = TokenizedText("the Frente Jaime Rendón Libre and the frente Ana Gomez")
        let frenteTags = spanTags(count: frente.tokens.count, [(2..<5, .person), (8..<10, .person)])
        let frenteMentions = EntityTagger.mentions(tags: frenteTags, in: frente)
        #expect(frenteMentions.map(\.text) == ["Frente Jaime Rendón Libre", "Ana Gomez"])
        #expect(frenteMentions.map(\.type) == [.organization, .person])
    }

    @Test func postNominalLettersLeavePersonSpans() {
        // "MP" and "OBE" after a name leave the span; "MP" alone and other types stay.
        let text = TokenizedText("Jonathan Reynolds MP and Sonia Livingstone OBE met Acme MP")
        let tags = spanTags(count: text.tokens.count, [(0..<3, .person), (4..<7, .person), (8..<10, .organization)])
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        #expect(mentions.map(\.text) == ["Jonathan Reynolds", "Sonia Livingstone", "Acme MP"])
    }

    @Test func streetNamesArePlaces() {
        // "Picton Road" and "Main St." are places whatever the tagger said; "Road" alone and a
        // name whose street word is not last keep their type.
        let text = TokenizedText("Picton Road near Main St. and Road Safety Council")
        let tags = spanTags(
            count: text.tokens.count, [(0..<2, .organization), (3..<5, .person), (6..<9, .organization)])
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        #expect(mentions.map(\.text) == ["Picton Road", "Main St.", "Road Safety Council"])
        #expect(mentions.map(\.type) == [.location, .location, .organization])
    }

    @Test func namesOpenedByAPlaceKindWordArePlaces() {
        // "Kfar" (village), "Souq" (market) and a street word written first make places; an
        // organisation named after one ends with a common word and keeps its type; one word alone
        // keeps its type.
        let text = TokenizedText(
            "Kfar Hamam , Souq al-Juma , Avenue Kwame Nkrumah , Souq al-Juma Protection Force , Souq")
        let tags = spanTags(
            count: text.tokens.count,
            [
                (0..<2, .organization), (3..<5, .person), (6..<9, .organization), (10..<14, .organization),
                (15..<16, .organization),
            ])
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        #expect(
            mentions.map(\.text) == [
                "Kfar Hamam", "Souq al-Juma", "Avenue Kwame Nkrumah", "Souq al-Juma Protection Force", "Souq",
            ])
        #expect(mentions.map(\.type) == [.location, .location, .location, .organization, .organization])
    }

    @Test func hyphenatedModifiersLeaveTheNameInTheOutputAndInGMBsGold() throws {
        let text = TokenizedText("the Tripoli-based Government of National Unity and Iran-Backed Houthis and U.S.-led")
        let tags = spanTags(
            count: text.tokens.count, [(1..<6, .organization), (7..<9, .organization), (10..<11, .location)])
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        // A modifier alone is left as the tagger typed it.
        #expect(mentions.map(\.text) == ["Government of National Unity", "Houthis", "U.S.-led"])
        let titles = try PersonTitles.bundled.get()
        let words = ["London-based", "Amnesty", "International", "said"]
        let gold = GMBLabels.convert(words: words, rawTags: ["B-org", "I-org", "I-org", "O"], titles: titles)
        #expect(gold.map(TagSet.name) == ["O", "B-ORGANIZATION", "I-ORGANIZATION", "O"])
        var kept = GMBLabels.Conventions()
        kept.attributiveModifiers = false
        let raw = GMBLabels.convert(
            words: words, rawTags: ["B-org", "I-org", "I-org", "O"], titles: titles, conventions: kept)
        #expect(raw.map(TagSet.name) == ["B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "O"])
    }

    @Test func organisationsCutAtOfOrForAreJoined() throws {
        let text = TokenizedText(
            "the International Committee of the Red Cross and Acme for The Times and Ford of Canada")
        let tags = spanTags(
            count: text.tokens.count,
            [
                (1..<3, .organization), (5..<7, .organization), (8..<9, .organization), (11..<12, .organization),
                (13..<14, .organization), (15..<16, .location),
            ])
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        // "for The" in capitals and an organisation "of" a place stay apart.
        #expect(
            mentions.map(\.text) == ["International Committee of the Red Cross", "Acme", "Times", "Ford", "Canada"])
        let chain = TokenizedText("the Office for the Promotion of Virtue said")
        let chainTags = spanTags(
            count: chain.tokens.count, [(1..<2, .organization), (4..<5, .organization), (6..<7, .organization)])
        #expect(EntityTagger.mentions(tags: chainTags, in: chain).map(\.text) == ["Office for the Promotion of Virtue"])
        let titles = try PersonTitles.bundled.get()
        let words = ["International", "Committee", "of", "the", "Red", "Cross"]
        let gold = GMBLabels.convert(
            words: words, rawTags: ["B-org", "I-org", "O", "O", "B-org", "I-org"], titles: titles)
        #expect(gold.map(TagSet.name) == ["B-ORGANIZATION"] + Array(repeating: "I-ORGANIZATION", count: 5))
        // A mission or force named for the place it serves; not another body "in" a place.
        let mission = TokenizedText("the U.N. Mission in South Sudan and the Red Cross in Juba")
        let missionTags = spanTags(
            count: mission.tokens.count,
            [(1..<3, .organization), (4..<6, .location), (8..<10, .organization), (11..<12, .location)])
        #expect(
            EntityTagger.mentions(tags: missionTags, in: mission).map(\.text) == [
                "U.N. Mission in South Sudan", "Red Cross", "Juba",
            ])
        // A place named "Republic", "Gulf"… of a place; not a city "of" a country.
        let congo = TokenizedText("the Democratic Republic of Congo and Paris of France")
        let congoTags = spanTags(
            count: congo.tokens.count,
            [(1..<3, .location), (4..<5, .location), (6..<7, .location), (8..<9, .location)])
        #expect(
            EntityTagger.mentions(tags: congoTags, in: congo).map(\.text) == [
                "Democratic Republic of Congo", "Paris", "France",
            ])
        let congoGold = GMBLabels.convert(
            words: ["Democratic", "Republic", "of", "Congo"], rawTags: ["B-geo", "I-geo", "O", "B-geo"],
            titles: titles)
        #expect(congoGold.map(TagSet.name) == ["B-LOCATION"] + Array(repeating: "I-LOCATION", count: 3))
    }

    @Test func aWordWithAnArabicArticleContinuesTheNameBeforeIt() {
        let text = TokenizedText("Jaish al-Khorasan al-Jadid said al-Qaida and the al-jazeera site")
        let tags = spanTags(count: text.tokens.count, [(0..<2, .organization), (4..<5, .organization)])
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        // Only right after a name, and only before a capital ("al-jazeera" stays out).
        #expect(mentions.map(\.text) == ["Jaish al-Khorasan al-Jadid", "al-Qaida"])
    }

    @Test func placeKindsAroundANameMakeItAPlace() {
        let text = TokenizedText(
            "the town of El Tambo and the Cauca department and the Health department and Town of Acme")
        let tags = spanTags(
            count: text.tokens.count,
            [(3..<5, .person), (7..<8, .organization), (11..<12, .organization), (16..<17, .organization)])
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        // A common word ("Health") and a capitalised kind ("Town of") leave the type alone.
        #expect(mentions.map(\.type) == [.location, .location, .organization, .organization])
    }

    @Test func headlineFragmentsWithCapitalisedFunctionWordsAreDropped() {
        let text = TokenizedText("Man Drives Car Into Ocean ; General Than Shwe met Doctors Without Borders and IS")
        let tags = spanTags(
            count: text.tokens.count,
            [(1..<5, .organization), (7..<9, .person), (10..<13, .organization), (14..<15, .organization)])
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        // "Than" (a Burmese name), "Without" and "IS" in capitals are not headline words.
        #expect(mentions.map(\.text) == ["Than Shwe", "Doctors Without Borders", "IS"])
    }

    @Test func aGivenNameOpensAPersonsNameNotAnOrganisations() throws {
        let titles = try PersonTitles.bundled.get()
        let text = TokenizedText(
            "Sergei Bagapsh met Kevin Pietersen , the Royal Navy , Arla Foods , Morgan Stanley and King Gyanendra")
        let words = text.tokens.map { text.text(from: $0.start, to: $0.end) }
        let tags = spanTags(
            count: words.count,
            [
                (0..<2, .organization), (3..<5, .organization), (7..<9, .organization), (10..<12, .organization),
                (13..<15, .organization), (16..<18, .organization),
            ])
        let mentions = EntityTagger.mentions(tags: tags, in: text) { titles.contains(words[$0]) }
        // A common word opening or ending the name and a listed company leave it alone; a title
        // opening it is for `TitleOpenedNames`.
        #expect(
            mentions.map { "\($0.type.rawValue) \($0.text)" } == [
                "PERSON Sergei Bagapsh", "PERSON Kevin Pietersen", "ORGANIZATION Royal Navy",
                "ORGANIZATION Arla Foods", "ORGANIZATION Morgan Stanley", "PERSON Gyanendra",
            ])
        let gold = GMBLabels.convert(
            words: ["Sergei", "Bagapsh", "won"], rawTags: ["B-org", "I-org", "O"], titles: titles)
        #expect(gold.map(TagSet.name) == ["B-PERSON", "I-PERSON", "O"])
    }

    @Test func titlesOpeningAnOrganisationsSpanBeforeANameMakeAPerson() throws {
        let governor = try typesAfterRules("Governor Vahid Jalalzadeh said", organizations: [0..<3])
        #expect(governor == ["Vahid Jalalzadeh": .person])
        // Common words or their plurals after the title: a body's name.
        let motors = try typesAfterRules(
            "General Motors and the Justice Department said", organizations: [0..<2, 4..<6])
        #expect(motors == ["General Motors": .organization, "Justice Department": .organization])
        let titles = try PersonTitles.bundled.get()
        let gold = GMBLabels.convert(
            words: ["King", "Gyanendra", "said"], rawTags: ["B-org", "I-org", "O"], titles: titles)
        #expect(gold.map(TagSet.name) == ["O", "B-PERSON", "O"])
    }

    @Test func aCompassWordBeforeANationalityJoinsIt() throws {
        let text = TokenizedText("North Koreans and South Korean troops met South African Airways staff")
        let tags = spanTags(
            count: text.tokens.count,
            [(0..<1, .organization), (1..<2, .norp), (4..<5, .norp), (7..<10, .organization)])
        // A compass word inside a longer span stays there.
        #expect(
            EntityTagger.mentions(tags: tags, in: text).map { "\($0.type.rawValue) \($0.text)" } == [
                "NORP North Koreans", "NORP South Korean", "ORGANIZATION South African Airways",
            ])
        let titles = try PersonTitles.bundled.get()
        let gold = GMBLabels.convert(
            words: ["North", "Korean", "troops"], rawTags: ["B-geo", "B-gpe", "O"], titles: titles)
        #expect(gold.map(TagSet.name) == ["B-NORP", "I-NORP", "O"])
    }

    @Test func punctuationAtAGoldSpansEdgesLeavesIt() throws {
        let titles = try PersonTitles.bundled.get()
        let words = ["then", "Tehran", "\"", "will", "meet", "the", "United", "Nations", "-", "and", ","]
        let raw: [Substring] = ["O", "B-geo", "I-geo", "O", "O", "O", "B-org", "I-org", "I-org", "O", "B-org"]
        #expect(
            GMBLabels.convert(words: words, rawTags: raw, titles: titles).map(TagSet.name) == [
                "O", "B-LOCATION", "O", "O", "O", "O", "B-ORGANIZATION", "I-ORGANIZATION", "O", "O", "O",
            ])
        let kept = GMBLabels.convert(
            words: words, rawTags: raw, titles: titles, conventions: .init(edgePunctuation: false))
        #expect(kept[2] == TagSet.inside(.location) && kept[10] == TagSet.begin(.organization))
    }

    @Test func aSpanOfTitleWordsBeforeANameIsPartOfATitle() throws {
        let titles = try PersonTitles.bundled.get()
        let text = TokenizedText("Defense Secretary Robert Gates met an Army sergeant and the Army said")
        let words = text.tokens.map { text.text(from: $0.start, to: $0.end) }
        let tags = spanTags(
            count: words.count,
            [(0..<1, .organization), (2..<4, .person), (6..<7, .organization), (10..<11, .organization)])
        // A title word before a common noun or a verb stands for its body.
        #expect(
            EntityTagger.mentions(tags: tags, in: text) { titles.contains(words[$0]) }.map(\.text) == [
                "Robert Gates", "Army", "Army",
            ])
        let gold = GMBLabels.convert(
            words: ["Secretary", "of", "State", "Colin", "Powell"], rawTags: ["O", "O", "B-org", "B-per", "I-per"],
            titles: titles)
        #expect(gold.map(TagSet.name) == ["O", "O", "O", "B-PERSON", "I-PERSON"])
    }

    @Test func lowerCaseWordsAtASpansEndAreNotTheName() throws {
        let text = TokenizedText("at Glasgow airport the Revolutionary Armed Forces of al-Qaida said")
        let tags = spanTags(count: text.tokens.count, [(1..<3, .location), (4..<9, .organization)])
        #expect(
            EntityTagger.mentions(tags: tags, in: text).map(\.text) == [
                "Glasgow", "Revolutionary Armed Forces of al-Qaida",
            ])
        let titles = try PersonTitles.bundled.get()
        let gold = GMBLabels.convert(
            words: ["the", "Islamic", "Army", "of", "said"], rawTags: ["O", "B-org", "I-org", "I-org", "O"],
            titles: titles)
        #expect(gold.map(TagSet.name) == ["O", "B-ORGANIZATION", "I-ORGANIZATION", "O", "O"])
    }

    @Test func aPlaceEndingInABodysHeadWordIsAnOrganisation() throws {
        let text = TokenizedText(
            "the Fatah Party , the Maronite Church , the Soviet Union and the West Bank ; Nissan Motor Company"
                + " and Charlotte Church")
        let tags = spanTags(
            count: text.tokens.count,
            [
                (1..<3, .location), (5..<7, .location), (9..<11, .location), (13..<15, .location),
                (16..<19, .person), (20..<22, .person),
            ])
        // A person's name may end in "Church".
        #expect(
            EntityTagger.mentions(tags: tags, in: text).map(\.type) == [
                .organization, .organization, .location, .location, .organization, .person,
            ])
        // The other way round, an administrative area's head word makes a place.
        let region = TokenizedText("the Bangsamoro Autonomous Region and Helmand Province")
        let regionTags = spanTags(count: region.tokens.count, [(1..<4, .organization), (5..<7, .person)])
        #expect(EntityTagger.mentions(tags: regionTags, in: region).map(\.type) == [.location, .location])
        let titles = try PersonTitles.bundled.get()
        let gold = GMBLabels.convert(
            words: ["Fadhila", "Party", "won"], rawTags: ["B-geo", "I-geo", "O"], titles: titles)
        #expect(gold.map(TagSet.name) == ["B-ORGANIZATION", "I-ORGANIZATION", "O"])
    }

    @Test func aListedCompanyTypedPersonIsAnOrganisation() throws {
        let text = TokenizedText("Nissan and Siemens met Hamas and Jordan")
        let tags = spanTags(
            count: text.tokens.count, [(0..<1, .person), (2..<3, .person), (4..<5, .person), (6..<7, .person)])
        // "Jordan" is also a given name and a place: left alone.
        #expect(
            EntityTagger.mentions(tags: tags, in: text).map(\.type) == [
                .organization, .organization, .organization, .person,
            ])
        let titles = try PersonTitles.bundled.get()
        let gold = GMBLabels.convert(words: ["Nissan", "said"], rawTags: ["B-per", "O"], titles: titles)
        #expect(gold.map(TagSet.name) == ["B-ORGANIZATION", "O"])
    }

    @Test func aNameBeforeAdministrationIsThePersonLeadingIt() throws {
        let text = TokenizedText(
            "the Bush administration and the Assad regime met the Kabul administration and the Hamas regime")
        let tags = spanTags(
            count: text.tokens.count,
            [(1..<2, .location), (5..<6, .organization), (9..<10, .location), (13..<14, .organization)])
        // Listed places and organisations keep their type.
        #expect(
            EntityTagger.mentions(tags: tags, in: text).map(\.type) == [.person, .person, .location, .organization])
        let titles = try PersonTitles.bundled.get()
        let gold = GMBLabels.convert(
            words: ["the", "Bush", "administration"], rawTags: ["O", "B-geo", "O"], titles: titles)
        #expect(gold.map(TagSet.name) == ["O", "B-PERSON", "O"])
    }

    @Test func aListOfNamesAndAPairWithOneListedNameAreSplit() {
        let text = TokenizedText(
            "Sweden , Finland and Norway mourned ; Bloomberg and Reuters said ; Procter and Gamble and"
                + " Bank of Tokyo and Siemens")
        let tags = spanTags(
            count: text.tokens.count,
            [(0..<5, .organization), (7..<10, .organization), (12..<15, .organization), (16..<21, .organization)])
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        // Every part of a list is listed; in a pair, one short unlisted name keeps the span's type.
        // Neither part listed, or a part holding "of": left whole.
        #expect(
            mentions.map { "\($0.type.rawValue) \($0.text)" } == [
                "LOCATION Sweden", "LOCATION Finland", "LOCATION Norway", "ORGANIZATION Bloomberg",
                "ORGANIZATION Reuters", "ORGANIZATION Procter and Gamble", "ORGANIZATION Bank of Tokyo and Siemens",
            ])
    }

    @Test func twoListedNamesJoinedByAndAreTwoNames() throws {
        let text = TokenizedText("India and Pakistan met the Justice and Equality Movement , NATO and Iraq")
        let tags = spanTags(
            count: text.tokens.count, [(0..<3, .organization), (5..<9, .organization), (10..<13, .location)])
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        #expect(mentions.map(\.text) == ["India", "Pakistan", "Justice and Equality Movement", "NATO", "Iraq"])
        #expect(mentions.map(\.type) == [.location, .location, .organization, .organization, .location])
        let titles = try PersonTitles.bundled.get()
        let gold = GMBLabels.convert(
            words: ["India", "and", "Pakistan"], rawTags: ["B-org", "I-org", "I-org"], titles: titles)
        #expect(gold.map(TagSet.name) == ["B-LOCATION", "O", "B-LOCATION"])
    }

    @Test func aNationalityWordOpeningABodysNameIsInsideIt() throws {
        let text = TokenizedText("the Australian Transport Safety Bureau and the Indian parliament met")
        let tags = spanTags(
            count: text.tokens.count,
            [(1..<2, .norp), (2..<5, .organization), (7..<8, .norp), (8..<9, .organization)])
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        // "parliament" in lower case is no body's name: the nationality word stays NORP.
        #expect(mentions.map(\.text) == ["Australian Transport Safety Bureau", "Indian", "parliament"])
        let titles = try PersonTitles.bundled.get()
        // GMB's gold is joined the same way, but a country name it typed `gpe` is a place first.
        let gold = GMBLabels.convert(
            words: ["Iraqi", "Interior", "Ministry", "and", "Iraq", "Foreign", "Ministry"],
            rawTags: ["B-gpe", "B-org", "I-org", "O", "B-gpe", "B-org", "I-org"], titles: titles)
        #expect(
            gold.map(TagSet.name) == [
                "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "O", "B-LOCATION", "B-ORGANIZATION",
                "I-ORGANIZATION",
            ])
    }

    @Test func courtesyTitledSpansArePeopleWithoutTheirTitle() throws {
        // "Mr Arafat" tagged ORGANIZATION is the person "Arafat"; "Mrs." with its period too;
        // "Lord's Resistance Army" keeps its type (only Mr, Mrs, Ms, Messrs, Mme, Mlle count).
        let titles = try PersonTitles.bundled.get()
        let text = TokenizedText("Mr Arafat met Mrs. Jane Doe and the Lord's Resistance Army")
        let words = text.tokens.map { text.text(from: $0.start, to: $0.end) }
        let tags = spanTags(count: words.count, [(0..<2, .organization), (3..<6, .location), (8..<12, .organization)])
        let mentions = EntityTagger.mentions(tags: tags, in: text) { titles.contains(words[$0]) }
        #expect(mentions.map(\.text) == ["Arafat", "Jane Doe", "Lord's Resistance Army"])
        #expect(mentions.map(\.type) == [.person, .person, .organization])
    }

    /// Tags `spans` (word ranges typed ORGANIZATION) in `sentence`, and the output's types.
    private func typesAfterRules(_ sentence: String, organizations spans: [Range<Int>]) throws -> [String: EntityType] {
        let titles = try PersonTitles.bundled.get()
        let text = TokenizedText(sentence)
        let words = text.tokens.map { text.text(from: $0.start, to: $0.end) }
        let tags = spanTags(count: words.count, spans.map { ($0, .organization) })
        let mentions = EntityTagger.mentions(tags: tags, in: text) { titles.contains(words[$0]) }
        return Dictionary(uniqueKeysWithValues: mentions.map { ($0.text, $0.type) })
    }

    @Test func creditsAgesAndRolesMarkPeople() throws {
        let credit = try typesAfterRules("Reporting by Aijaz Nabi in Srinagar", organizations: [2..<4, 5..<6])
        #expect(credit == ["Aijaz Nabi": .person, "Srinagar": .organization])
        let age = try typesAfterRules("The porter, Ghulam Mohiuddin Bhat, 47, was hit", organizations: [3..<6])
        #expect(age == ["Ghulam Mohiuddin Bhat": .person])
        // The role word goes with the apposition; a title in the span is stripped after.
        let role = try typesAfterRules("the foreign minister, Mawlawi Rahmatullah Hanif, said", organizations: [4..<7])
        #expect(role == ["Rahmatullah Hanif": .person])
        // Not a role: a modifier ("then"), a capitalised name part, or a one-word span.
        let court = try typesAfterRules("the Court of Justice, European Court, said", organizations: [5..<7])
        #expect(court == ["European Court": .organization])
        let single = try typesAfterRules("said the prime minister, Jordan and Egypt", organizations: [5..<6])
        #expect(single == ["Jordan": .organization])
        let count = try typesAfterRules("The United Nations, 193 members, met", organizations: [0..<3])
        #expect(count == ["United Nations": .organization])
    }

    @Test func aTitleInsideABodysSpanSplitsOffThePerson() throws {
        let director = try typesAfterRules("CIA Director Porter Goss said", organizations: [0..<4])
        #expect(director == ["CIA": .organization, "Porter Goss": .person])
        // The part before the title takes the gazetteer's type; "of" inside the title run.
        let burns = try typesAfterRules("U.S. Undersecretary of State Nicholas Burns said", organizations: [0..<6])
        #expect(burns == ["U.S.": .location, "Nicholas Burns": .person])
        // An adjective of the title leaves with it.
        let leader = try typesAfterRules("Supreme Leader Ayatollah Ali Khamenei said", organizations: [0..<5])
        #expect(leader == ["Ali Khamenei": .person])
        // Left whole: a body's common noun after the title, a title opening the span, a work's
        // title, a place or body named after a person.
        let assembly = try typesAfterRules("the U.N. General Assembly met", organizations: [1..<4])
        #expect(assembly == ["U.N. General Assembly": .organization])
        let electric = try typesAfterRules("General Electric Company said", organizations: [0..<3])
        #expect(electric == ["General Electric Company": .organization])
        let film = try typesAfterRules("the Madness of King George opened", organizations: [1..<5])
        #expect(film == ["Madness of King George": .organization])
        let hospital = try typesAfterRules("Royal Prince Alfred Hospital said", organizations: [0..<4])
        #expect(hospital == ["Royal Prince Alfred Hospital": .organization])
    }

    @Test func anOfficialsTitleEndingABodysSpanLeavesIt() throws {
        let chief = try typesAfterRules("the U.N. Secretary-General said", organizations: [1..<3])
        #expect(chief == ["U.N.": .organization])
        let general = try typesAfterRules("a U.S. Brigadier General said", organizations: [1..<4])
        #expect(general == ["U.S.": .location])
        // A name of common words only leaves with the title.
        let goodwill = try typesAfterRules("a Goodwill Ambassador said", organizations: [1..<3])
        #expect(goodwill.isEmpty)
        // Royal titles and a lone "General" end company names, unless the title goes on after the
        // span with a title word or a person's name.
        let burger = try typesAfterRules("Burger King and Dollar General said", organizations: [0..<2, 3..<5])
        #expect(burger == ["Burger King": .organization, "Dollar General": .organization])
        let foreign = try typesAfterRules("British Foreign Secretary David Miliband said", organizations: [0..<2])
        #expect(foreign == ["British": .norp])
    }

    @Test func anAppositionNamingAPersonsJobMarksAPerson() throws {
        let teacher = try typesAfterRules("said Mariam Saab , a local schoolteacher who fled", organizations: [1..<3])
        #expect(teacher == ["Mariam Saab": .person])
        // A body's apposition and a place opening a clause are left alone.
        let group = try typesAfterRules("Hamas , a militant group , said", organizations: [0..<1])
        #expect(group == ["Hamas": .organization])
        let place = try typesAfterRules("In Tehran , a spokesman said", organizations: [1..<2])
        #expect(place == ["Tehran": .organization])
    }

    @Test func aListedPlaceIsNotAPersonUnlessAGivenNameOpensIt() throws {
        let text = TokenizedText("camps around El Fasher and Paris Hilton met Bolton")
        let tags = spanTags(count: text.tokens.count, [(2..<4, .person), (5..<7, .person), (8..<9, .person)])
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        // One word may be a surname ("Bolton" is also a town): left alone.
        #expect(mentions.map(\.type) == [.location, .person, .person])
        // The scorer types GMB's gold the same way.
        let titles = try PersonTitles.bundled.get()
        let gold = GMBLabels.convert(
            words: ["in", "Western", "Sahara", "and", "Bolton"], rawTags: ["O", "B-per", "I-per", "O", "B-per"],
            titles: titles)
        #expect(gold.map(TagSet.name) == ["O", "B-LOCATION", "I-LOCATION", "O", "B-PERSON"])
    }

    @Test func aCueTypesEveryMentionOfTheNameInTheDocument() throws {
        let sentence =
            "El Tambo burned . In the town of El Tambo , police fled to Cauca and the Cauca department police"
        let text = TokenizedText(sentence)
        let tags = spanTags(
            count: text.tokens.count,
            [(0..<2, .person), (8..<10, .person), (14..<15, .organization), (17..<18, .location)])
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        // "the town of" and "department" are cues; the other mentions take their type, also
        // from a span the model already typed as a place.
        #expect(mentions.map(\.type) == [.location, .location, .location, .location])
    }

    @Test func aGroupNounBeforeANameMarksAnOrganisation() {
        let text = TokenizedText(
            "the aid group Nordhjelp and militias known as Wazalendo met Nordhjelp staff near the Group Kivu")
        let tags = spanTags(
            count: text.tokens.count,
            [(3..<4, .location), (8..<9, .location), (10..<11, .person), (15..<16, .location)])
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        // The cue types the name's other mention too; a capitalised "Group" is no cue.
        #expect(mentions.map(\.type) == [.organization, .organization, .organization, .location])
    }

    @Test func aSurnameOfTheDocumentBeforeAPossessiveCutsTheSpan() {
        let text = TokenizedText(
            "Sheldon Adelson spoke . Adelson's Las Vegas Sands and Macy's Thanksgiving Parade grew")
        let tags = spanTags(
            count: text.tokens.count, [(0..<2, .person), (4..<9, .organization), (10..<14, .location)])
        // "Adelson" ends a person's name of the document; "Macy" ends none, so its span stays whole.
        #expect(
            EntityTagger.mentions(tags: tags, in: text).map { "\($0.type.rawValue) \($0.text)" } == [
                "PERSON Sheldon Adelson", "PERSON Adelson", "ORGANIZATION Las Vegas Sands",
                "LOCATION Macy's Thanksgiving Parade",
            ])
    }

    @Test func aPersonsNameBeforeAGroupNounNamesTheGroup() {
        let text = TokenizedText(
            "the Jaime Rendón faction , the Haqqani network , the Juarez cartel and a Jaime Rendón faction")
        let tags = spanTags(
            count: text.tokens.count,
            [(1..<3, .person), (6..<7, .person), (10..<11, .location), (14..<16, .person)])
        let mentions = EntityTagger.mentions(tags: tags, in: text)
        // A place keeps its type; without "the" there is no cue, but the cued name's type spreads.
        #expect(mentions.map(\.type) == [.organization, .organization, .location, .organization])
        let uncued = TokenizedText("a Jaime Rendón faction met")
        let uncuedTags = spanTags(count: uncued.tokens.count, [(1..<3, .person)])
        #expect(EntityTagger.mentions(tags: uncuedTags, in: uncued).map(\.type) == [.person])
    }

    @Test func aPossessiveBetweenTwoNamesCutsTheSpan() throws {
        let titles = try PersonTitles.bundled.get()
        let text = TokenizedText(
            "Sheldon Adelson's Las Vegas Sands , the NHL's New Jersey Devils , the Lord's Resistance Army"
                + " and Martha's Vineyard")
        let words = text.tokens.map { text.text(from: $0.start, to: $0.end) }
        let tags = spanTags(
            count: words.count,
            [
                (0..<6, .organization), (8..<13, .organization), (15..<19, .organization),
                (20..<23, .location),
            ])
        let mentions = EntityTagger.mentions(tags: tags, in: text) { titles.contains(words[$0]) }
        #expect(
            mentions.map(\.text) == [
                "Sheldon Adelson", "Las Vegas Sands", "NHL", "New Jersey Devils", "Lord's Resistance Army",
                "Martha's Vineyard",
            ])
        #expect(
            mentions.map(\.type) == [.person, .organization, .organization, .organization, .organization, .location])
        // GMB's gold is cut the same way for scoring; training keeps it whole.
        let gold = GMBLabels.convert(
            words: ["Indonesia", "'s", "Health", "Ministry"], rawTags: ["B-org", "I-org", "I-org", "I-org"],
            titles: titles)
        #expect(gold.map(TagSet.name) == ["B-LOCATION", "O", "B-ORGANIZATION", "I-ORGANIZATION"])
    }

    @Test func aListedOrganisationTheModelLeftOutIsMarked() throws {
        let text = TokenizedText(
            "Doctors Without Borders and doctors without borders met Apple , Siemens , WHO , AU , al-Jazeera and G8 . Who knew ?"
        )
        let tags = [UInt8](repeating: TagSet.outside, count: text.tokens.count)
        // Lower case is no name; a one-word name that is a common word ("Apple") is left to the
        // model, and a short one only counts written as an acronym.
        #expect(
            EntityTagger.mentions(tags: tags, in: text).map(\.text) == [
                "Doctors Without Borders", "Siemens", "WHO", "AU", "al-Jazeera", "G8",
            ])
        // GMB's gold is marked the same way for scoring; training keeps it.
        let titles = try PersonTitles.bundled.get()
        let words = ["Hamas", "and", "the", "World", "Health", "Organization", "said"]
        let raw = [Substring](repeating: "O", count: words.count)
        #expect(
            GMBLabels.convert(words: words, rawTags: raw, titles: titles).map(TagSet.name) == [
                "B-ORGANIZATION", "O", "O", "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "O",
            ])
        let kept = GMBLabels.convert(
            words: words, rawTags: raw, titles: titles, conventions: .init(unmarkedOrganizations: false))
        #expect(kept.allSatisfy { $0 == TagSet.outside })
    }

    @Test func aNicknameInQuotesStaysInsideThePersonsName() {
        let text = TokenizedText(
            "Jimmy “Barbecue” Chérizier met Joaquín \"El Chapo\" Guzmán and saw the “Made in America” Act")
        let tags = spanTags(count: text.tokens.count, [(6..<8, .person)])
        // Untagged or cut at the quotes, each is one person; a slogan in quotes is no nickname.
        #expect(
            EntityTagger.mentions(tags: tags, in: text).map(\.text) == [
                "Jimmy “Barbecue” Chérizier", "Joaquín \"El Chapo\" Guzmán",
            ])
    }

    @Test func documentMemoryKeepsTheTypeOfAWordThatEndsAName() {
        let trump = infos(["Trump"])[0]
        let person = ModelTags.fromBIO([TagSet.begin(.person)])[0]
        let organization = ModelTags.fromBIO([TagSet.begin(.organization), TagSet.inside(.organization)])
        var memory = DocumentMemory()
        memory.remember(trump, tag: person)
        // "Trump Tower": the first word of a longer organisation name leaves the memory alone.
        memory.remember(trump, tag: organization[0])
        #expect(memory.recall(trump) == UInt8(ModelTags.typeIndex(person)! + 1))
        memory.remember(trump, tag: ModelTags.outside)
        #expect(memory.recall(trump) == 5)
    }

    @Test func modelFileRoundTrips() {
        let bits = 10
        let tags = ModelTags.count
        var weights = [Float](repeating: 0, count: (1 << bits) * tags)
        weights[5 * tags + 2] = 3
        weights[5 * tags + 4] = -1
        weights[900 * tags + 16] = 0.5
        let rows = RowQuantiser.quantise(weights, pruneQuantile: 0)
        let bytes = ModelFile.encode(bucketBits: bits, rows: rows)
        let model = try? ModelFile.decode(Data(bytes)).get()
        #expect(model?.weights == RowQuantiser.dequantise(rows) + [Float](repeating: 0, count: PerceptronModel.padding))
        // Centring keeps the differences between tags of a row, also next to a large weight.
        weights[7 * tags] = 5000
        weights[7 * tags + 1] = 3
        weights[7 * tags + 3] = 2
        let decoded = RowQuantiser.dequantise(RowQuantiser.quantise(weights, pruneQuantile: 0))
        #expect(abs((decoded[5 * tags + 2] - decoded[5 * tags + 4]) - 4) < 0.01)
        #expect(decoded[7 * tags + 1] > decoded[7 * tags + 3])
    }

    @Test func capitalisedRunsAndGazetteerMatches() {
        let words = ["The", "Ministry", "of", "Fish", "met", "in", "Port", "Velar", "today"]
        var infos = words.map { word in
            let scalars = Array(word.unicodeScalars)
            return scalars.withUnsafeBufferPointer { TokenInfo($0, start: 0, end: scalars.count) }
        }
        DocumentContext.annotate(&infos, sentences: [0..<words.count])
        #expect(infos[1].run & 3 == 2 && infos[3].run & 3 == 3 && infos[4].run == 0)
        #expect(infos[2].runLast == ScalarText.lowerHash("Fish"))
        let gazetteer = Gazetteer(lists: [
            ("# test\nport velar\nvelar\n", .location), ("ministry of fish\n", .organization),
            ("velar\n", .norp), ("port\n", .givenName), ("port\nfish\n", .surname),
        ])
        gazetteer.mark(&infos, sentence: 0..<words.count)
        #expect(infos[6].gazetteer == 2 && infos[7].gazetteer == 4 && infos[8].gazetteer == 0)
        #expect(infos[1].organization == 2 && infos[2].organization == 3 && infos[3].organization == 4)
        #expect(infos[7].norp == 1 && infos[6].norp == 0 && infos[1].gazetteer == 0)
        #expect(infos[6].name == 3 && infos[3].name == 2 && infos[7].name == 0)
    }

    private func infos(_ words: [String]) -> [TokenInfo] {
        words.map { word in
            let scalars = Array(word.unicodeScalars)
            return scalars.withUnsafeBufferPointer { TokenInfo($0, start: 0, end: scalars.count) }
        }
    }

    @Test func titleCaseLinesAreFlagged() {
        var heading = infos(["How", "to", "Choose", "a", "Laptop", "for", "College"])
        DocumentContext.annotate(&heading, sentences: [0..<heading.count])
        #expect(heading.allSatisfy { $0.flags & TokenInfo.titleCaseLine != 0 })
        var sentence = infos(["President", "Dana", "Kell", "met", "Prime", "Minister", "Ama", "Osei"])
        DocumentContext.annotate(&sentence, sentences: [0..<sentence.count])
        #expect(sentence.allSatisfy { $0.flags & TokenInfo.titleCaseLine == 0 })
        var short = infos(["Key", "Takeaways"])
        DocumentContext.annotate(&short, sentences: [0..<short.count])
        #expect(short.allSatisfy { $0.flags & TokenInfo.titleCaseLine == 0 })
    }

    @Test func bundledGazetteerMarksCommonWordsButNotNames() {
        var words = infos(["Chanting", "MBA", "China", "NATO", "Bush"])
        Gazetteer.bundled.mark(&words, sentence: 0..<words.count)
        #expect(words.map { $0.name & 4 != 0 } == [true, true, false, false, false])
    }

    @Test func bundledGazetteerListsCompaniesAsOrganisations() {
        let words = ["Shares", "of", "General", "Motors", "and", "PepsiCo", "rose"]
        var infos = words.map { word in
            let scalars = Array(word.unicodeScalars)
            return scalars.withUnsafeBufferPointer { TokenInfo($0, start: 0, end: scalars.count) }
        }
        Gazetteer.bundled.mark(&infos, sentence: 0..<words.count)
        #expect(infos[2].organization == 2 && infos[3].organization == 4 && infos[5].organization == 1)
        #expect(infos[0].organization == 0 && infos[4].organization == 0)
    }

    @Test func bundledGazetteerListsCountryShortFormsAndRegionsOfConflictAsPlaces() {
        var words = infos(["U.S.", "envoys", "reached", "North", "Waziristan", "and", "Darfur"])
        Gazetteer.bundled.mark(&words, sentence: 0..<words.count)
        #expect(words.map(\.gazetteer) == [1, 0, 0, 2, 4, 0, 1])
    }

    @Test func malformedModelIsAnError() {
        guard case .failure(let error) = ModelFile.decode(Data("nope".utf8)) else {
            Issue.record("decoded garbage")
            return
        }
        #expect(error == .malformed("bad magic"))
    }

    @Test func bundledModelFindsEntitiesWithCodePointOffsets() throws {
        let tagger = try EntityTagger.shared.get()
        let text = "Ça va. President Barack Obama met Iraqi officials in Baghdad on Monday."
        let mentions = tagger.entities(in: text)
        let scalars = Array(text.unicodeScalars)
        for mention in mentions {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[mention.start..<mention.end])
            #expect(String(view) == mention.text)
        }
        #expect(mentions.contains(EntityMention(type: .person, start: 17, end: 29, text: "Barack Obama")))
        #expect(mentions.contains { $0.type == .location && $0.text == "Baghdad" })
        #expect(mentions.contains { $0.type == .norp && $0.text == "Iraqi" })
        #expect(!mentions.contains { $0.text.contains("President") })
    }
}
