import Testing

@testable import GleanerExtract

@Suite("Surname propagation")
struct SurnamePropagationTests {
    /// Tags for `words` with the given spans; runs the propagation over the whole list.
    private func propagate(_ words: [String], _ spans: [(EntityType, Int, Int)], titles: Set<String> = []) -> [String] {
        var tags = [UInt8](repeating: TagSet.outside, count: words.count)
        for (type, start, end) in spans {
            tags[start] = TagSet.begin(type)
            for index in start + 1..<end { tags[index] = TagSet.inside(type) }
        }
        let scalars = words.map { Array($0.unicodeScalars) }
        SurnamePropagation.apply(
            tags: &tags, document: tags.indices, token: { scalars[$0][...] }, isTitle: { titles.contains(words[$0]) })
        return tags.map(TagSet.name)
    }

    @Test func aLoneSurnameAfterTheFullNameBecomesThePerson() {
        let words = ["Dana", "Velk", "spoke", ".", "Velk", "left", ",", "said", "Velk", "."]
        let tags = propagate(words, [(.person, 0, 2), (.organization, 8, 9)])
        #expect(tags == ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O", "O", "B-PERSON", "O"])
    }

    @Test func theSurnameInsideALongerNameOrNextToCapitalsIsLeft() {
        // "Velk Tower" (a capitalised neighbour), "the Velk Norland loan", and a different spelling stay;
        // a title before the surname does not stop it.
        let words = [
            "Dana", "Velk", "bought", "Velk", "Tower", "and", "the", "Velk", "Norland", "loan", "VELK", "Mr.", "Velk",
        ]
        let tags = propagate(words, [(.person, 0, 2), (.location, 3, 5)], titles: ["Mr."])
        #expect(
            tags == [
                "B-PERSON", "I-PERSON", "O", "B-LOCATION", "I-LOCATION", "O", "O", "O", "O", "O", "O", "O", "B-PERSON",
            ])
    }

    @Test func oneWordPersonsAndOtherTypesGiveNoSurname() {
        let words = ["Velk", "met", "Norland", "Bank", "officials", ";", "Bank", "said"]
        let tags = propagate(words, [(.person, 0, 1), (.organization, 2, 4)])
        #expect(tags == ["B-PERSON", "O", "B-ORGANIZATION", "I-ORGANIZATION", "O", "O", "O", "O"])
    }
}
