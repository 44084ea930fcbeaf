import GleanerCore
import GleanerDedup
import Testing

@Suite("Near-duplicate detector")
struct NearDuplicateDetectorTests {
    static let parameters = DedupParameters()
    static let signer = DocumentSigner(parameters: parameters)

    @Test func copiesJoinTheEarliestOriginalAndUnrelatedTextsStayUnique() {
        let original = LSHIndexTests.text(seed: 7, count: 500)
        var detector = NearDuplicateDetector(parameters: Self.parameters)
        #expect(detector.check(Self.signer.signature(of: original), id: "a", ordinal: 0) == nil)
        #expect(
            detector.check(Self.signer.signature(of: LSHIndexTests.text(seed: 8, count: 500)), id: "b", ordinal: 1)
                == nil)
        let copy = detector.check(
            Self.signer.signature(of: LSHIndexTests.edited(original, step: 50)), id: "c", ordinal: 2)
        #expect(copy?.originalID == "a")
        #expect(copy?.originalOrdinal == 0)
        #expect((copy?.similarity ?? 0) > 0.7 && (copy?.similarity ?? 1) < 1)
        // A copy of the copy still points at the cluster's original.
        let second = detector.check(
            Self.signer.signature(of: LSHIndexTests.edited(LSHIndexTests.edited(original, step: 50), step: 45)),
            id: "d", ordinal: 3)
        #expect(second?.originalID == "a")
        #expect(detector.count == 4)
    }

    @Test func indexCostsAtMost300BytesPerDocument() {
        var detector = NearDuplicateDetector(parameters: Self.parameters, expectedDocuments: 2000)
        for seed in 0..<2000 {
            _ = detector.check(
                Self.signer.signature(of: LSHIndexTests.text(seed: UInt64(seed), count: 60)), id: "\(seed)",
                ordinal: seed)
        }
        #expect(detector.indexMemoryBytes / 2000 <= 300, "\(detector.indexMemoryBytes / 2000) bytes per document")
    }
}
