import Testing

@testable import GleanerExtract

@Suite("BILOU tags and Viterbi decoding")
struct SequenceDecoderTests {
    @Test func bilouRoundTripsThroughBIO() {
        let person = TagSet.begin(.person)
        let location = TagSet.begin(.location)
        let bio: [UInt8] = [0, person, person + 1, person + 1, 0, location, location, location + 1]
        let model = ModelTags.fromBIO(bio[...])
        #expect(model == [0, 1, 2, 3, 0, 12, 9, 11])  // O B I L O U-LOC B-LOC L-LOC
        #expect(model.map(ModelTags.bio) == bio)
    }

    @Test func constraintsCloseSpans() {
        let beginPerson: UInt8 = 1
        #expect(ModelTags.isAllowed(2, after: beginPerson, last: false))  // I-PERSON
        #expect(ModelTags.isAllowed(3, after: beginPerson, last: true))  // L-PERSON
        #expect(!ModelTags.isAllowed(0, after: beginPerson, last: false))
        #expect(!ModelTags.isAllowed(6, after: beginPerson, last: false))  // I-ORGANIZATION
        #expect(!ModelTags.isAllowed(2, after: 0, last: false))
        #expect(!ModelTags.isAllowed(beginPerson, after: ModelTags.start, last: true))
        #expect(ModelTags.isAllowed(4, after: ModelTags.start, last: true))  // U-PERSON
    }

    @Test func viterbiFollowsTheConstraints() {
        // One feature per token; the emission scores prefer B-PERSON everywhere, which is only
        // possible as B-PERSON (L-PERSON) pairs; the last token may not stay open.
        let bits = 10
        let tags = ModelTags.count
        var weights = [Float](repeating: 0, count: (1 << bits) * tags)
        let features: [Int32] = [3, 3, 3]
        weights[3 * tags + 1] = 2  // B-PERSON
        weights[3 * tags + 3] = 1  // L-PERSON
        let model = PerceptronModel(bucketBits: bits, weights: weights)
        var out = [UInt8](repeating: 0, count: 3)
        let padded = features.flatMap { [$0] + [Int32](repeating: 5, count: FeatureExtractor.staticCount - 1) }
        model.weights.withUnsafeBufferPointer { weightBuffer in
            padded.withUnsafeBufferPointer { featureBuffer in
                out.withUnsafeMutableBufferPointer { tagBuffer in
                    SequenceDecoder.decode(
                        weights: weightBuffer.baseAddress!, extractor: FeatureExtractor(bucketBits: bits), range: 0..<3,
                        features: featureBuffer.baseAddress!, into: tagBuffer.baseAddress!)
                }
            }
        }
        #expect(out == [1, 3, 0] || out == [1, 2, 3])
        #expect(TagSet.spans(out.map(ModelTags.bio)).count == 1)
    }

    @Test func titledOrganizationsBecomePeopleInTraining() throws {
        let titles = try PersonTitles.bundled.get()
        let organization = TagSet.begin(.organization)
        let person = TagSet.begin(.person)
        var sentences: [(words: [String], tags: [UInt8])] = [
            (["General", "Tamar", "Velk", "spoke"], [organization, organization + 1, organization + 1, 0]),
            (["Tamar", "Velk", "left"], [person, person + 1, 0]),
            (["Tamar", "Velk", "returned"], [person, person + 1, 0]),
            (["Foreign", "Ministry"], [organization, organization + 1]),
        ]
        #expect(TitledNames.relabel(&sentences, titles: titles) == 1)
        #expect(sentences[0].tags == [0, person, person + 1, 0])
        #expect(sentences[3].tags == [organization, organization + 1])
    }
}
