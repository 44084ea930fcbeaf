import Testing

@testable import GleanerExtract

@Suite("Entity merger")
struct EntityMergerTests {
    /// Mentions of `spans` (surface form, type), found in `text` in order, with code-point offsets.
    private func mentions(in text: String, _ spans: [(String, EntityType)]) -> [EntityMention] {
        let scalars = Array(text.unicodeScalars)
        var from = 0
        return spans.map { surface, type in
            let needle = Array(surface.unicodeScalars)
            var start = from
            while Array(scalars[start..<(start + needle.count)]) != needle { start += 1 }
            from = start + needle.count
            return EntityMention(type: type, start: start, end: from, text: surface)
        }
    }

    private func slice(_ text: String, _ range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: Array(text.unicodeScalars)[range])
        return String(result)
    }

    @Test func exactRepeatsAreOneEntity() {
        let text = "Karim Haddad left Lakeview. Later, Karim Haddad returned to Lakeview."
        let merged = EntityMerger.merge(
            mentions(
                in: text,
                [
                    ("Karim Haddad", .person), ("Lakeview", .location), ("Karim Haddad", .person),
                    ("Lakeview", .location),
                ]
            ))
        #expect(merged.map(\.text) == ["Karim Haddad", "Lakeview"])
        #expect(merged.map(\.type) == [.person, .location])
        #expect(merged[0].mentions == [0..<12, 35..<47])
        #expect(merged[1].mentions.map { slice(text, $0) } == ["Lakeview", "Lakeview"])
    }

    @Test func capitalsJoinTheSameWordsInOrdinaryCase() {
        let text = "LAKEVIEW -- Rain fell on Lakeview and on Lakeview Heights."
        let merged = EntityMerger.merge(
            mentions(
                in: text,
                [("LAKEVIEW", .organization), ("Lakeview", .location), ("Lakeview Heights", .location)]))
        #expect(merged.map(\.text) == ["Lakeview", "Lakeview Heights"])
        #expect(merged.map(\.type) == [.location, .location])  // capitals vote only when alone
        #expect(merged[0].mentions == [0..<8, 25..<33])
    }

    @Test func laterAndEarlierShortFormsJoinTheFullName() {
        let text = "Putin spoke first. Vladimir Putin then met Bashar Assad, and Assad thanked Putin."
        let merged = EntityMerger.merge(
            mentions(
                in: text,
                [
                    ("Putin", .person), ("Vladimir Putin", .person), ("Bashar Assad", .person),
                    ("Assad", .person), ("Putin", .person),
                ]))
        #expect(merged.map(\.text) == ["Vladimir Putin", "Bashar Assad"])
        #expect(merged[0].mentions.map { slice(text, $0) } == ["Putin", "Vladimir Putin", "Putin"])
        #expect(merged[1].mentions.map { slice(text, $0) } == ["Bashar Assad", "Assad"])
    }

    @Test func surnameJoinsANameWithAnArabicArticle() {
        let text = "Bashar al-Assad spoke. Assad said little."
        let merged = EntityMerger.merge(mentions(in: text, [("Bashar al-Assad", .person), ("Assad", .person)]))
        #expect(merged.count == 1)
        #expect(merged.first?.text == "Bashar al-Assad")
        #expect(merged.first?.mentions.count == 2)
    }

    @Test func chainsOfShortFormsEndInTheLongestName() {
        let text = "Mohammad Hassan Rouhani arrived. Hassan Rouhani spoke, then Rouhani left."
        let merged = EntityMerger.merge(
            mentions(
                in: text, [("Mohammad Hassan Rouhani", .person), ("Hassan Rouhani", .person), ("Rouhani", .person)]))
        #expect(merged.map(\.text) == ["Mohammad Hassan Rouhani"])
        #expect(merged.first?.mentions.count == 3)
    }

    @Test func anAmbiguousShortFormJoinsTheNearestFullNameBeforeIt() {
        let text = "Hafez Assad ruled. Assad died. Bashar Assad followed him, and Assad still rules."
        let merged = EntityMerger.merge(
            mentions(
                in: text,
                [("Hafez Assad", .person), ("Assad", .person), ("Bashar Assad", .person), ("Assad", .person)]))
        #expect(merged.map(\.text) == ["Hafez Assad", "Bashar Assad"])
        #expect(merged.map(\.mentions.count) == [2, 2])
        #expect(merged[1].mentions.map { slice(text, $0) } == ["Bashar Assad", "Assad"])
    }

    @Test func aPlaceIsNotAShortFormOfAPerson() {
        let text = "Michael Jordan visited Jordan."
        let merged = EntityMerger.merge(mentions(in: text, [("Michael Jordan", .person), ("Jordan", .location)]))
        #expect(merged.map(\.text) == ["Michael Jordan", "Jordan"])
        #expect(merged.map(\.type) == [.person, .location])
    }

    @Test func organisationShortFormsJoinTheOneFullNameTheyEndOrBegin() {
        let text =
            "The Souq al-Juma Protection Force and Harakat al-Fajr al-Islami fought. The Protection Force "
            + "and Harakat al-Fajr withdrew. The United Nations Assistance Mission and the United Nations said so."
        let merged = EntityMerger.merge(
            mentions(
                in: text,
                [
                    ("Souq al-Juma Protection Force", .organization), ("Harakat al-Fajr al-Islami", .organization),
                    ("Protection Force", .organization), ("Harakat al-Fajr", .organization),
                    ("United Nations Assistance Mission", .organization), ("United Nations", .organization),
                ]))
        // "United Nations" begins the mission's name but is another body: words left over without
        // an Arabic article keep a prefix apart.
        #expect(
            merged.map(\.text) == [
                "Souq al-Juma Protection Force", "Harakat al-Fajr al-Islami", "United Nations Assistance Mission",
                "United Nations",
            ])
        #expect(merged[0].mentions.map { slice(text, $0) } == ["Souq al-Juma Protection Force", "Protection Force"])
        #expect(merged[1].mentions.map { slice(text, $0) } == ["Harakat al-Fajr al-Islami", "Harakat al-Fajr"])
        // Two full names that a short form ends: it joins neither.
        let two = "The Libyan National Army and the Somali National Army met; the National Army said no."
        let apart = EntityMerger.merge(
            mentions(
                in: two,
                [
                    ("Libyan National Army", .organization), ("Somali National Army", .organization),
                    ("National Army", .organization),
                ]))
        #expect(apart.count == 3)
    }

    @Test func acronymsJoinTheirExpansion() {
        let text =
            "The United Nations (U.N.) and the North Atlantic Treaty Organization met. The UN said NATO agreed."
        let merged = EntityMerger.merge(
            mentions(
                in: text,
                [
                    ("United Nations", .organization), ("U.N.", .organization),
                    ("North Atlantic Treaty Organization", .organization), ("UN", .organization),
                    ("NATO", .organization),
                ]))
        #expect(merged.map(\.text) == ["United Nations", "North Atlantic Treaty Organization"])
        #expect(merged[0].mentions.map { slice(text, $0) } == ["United Nations", "U.N.", "UN"])
        #expect(merged[1].mentions.map { slice(text, $0) } == ["North Atlantic Treaty Organization", "NATO"])
    }

    @Test func acronymsWithoutOneClearExpansionStayApart() {
        let text = "The African Union and the Arab Union met; the AU said so. WHO agreed."
        let merged = EntityMerger.merge(
            mentions(
                in: text,
                [
                    ("African Union", .organization), ("Arab Union", .organization), ("AU", .organization),
                    ("WHO", .organization),
                ]))
        #expect(merged.map(\.text) == ["African Union", "Arab Union", "AU", "WHO"])
    }

    @Test func typeIsTheMajorityWithTiesInAFixedOrder() {
        let text = "Hodeidah port. Hodeidah city. Hodeidah again. Lina Park met Lina Park."
        let merged = EntityMerger.merge(
            mentions(
                in: text,
                [
                    ("Hodeidah", .location), ("Hodeidah", .organization), ("Hodeidah", .location),
                    ("Lina Park", .location), ("Lina Park", .person),
                ]))
        #expect(merged.map(\.type) == [.location, .person])
        #expect(EntityMerger.merge([]).isEmpty)
    }

    @Test func mentionsAreSortedAndRepeatedRangesKeptOnce() {
        let late = EntityMention(type: .location, start: 20, end: 25, text: "Sanaa")
        let early = EntityMention(type: .norp, start: 0, end: 6, text: "Yemeni")
        let merged = EntityMerger.merge([late, early, late])
        #expect(merged.map(\.text) == ["Yemeni", "Sanaa"])
        #expect(merged[1].mentions == [20..<25])
    }

    @Test func throughTheTaggerAShortFormJoinsItsFullName() throws {
        let text =
            "Russian President Vladimir Putin arrived in Moscow on Monday. Putin told reporters that the talks went well."
        let tagger = try EntityTagger.shared.get()
        let merged = EntityMerger.merge(tagger.entities(in: text))
        let putin = try #require(merged.first { $0.text == "Vladimir Putin" })
        #expect(putin.type == .person)
        #expect(putin.mentions.map { slice(text, $0) } == ["Vladimir Putin", "Putin"])
        #expect(merged.contains { $0.text == "Moscow" && $0.type == .location })
    }
}
