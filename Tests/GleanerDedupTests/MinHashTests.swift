import GleanerCore
import GleanerDedup
import Testing

@Suite("MinHash")
struct MinHashTests {
    /// Texts of distinct one-word shingles, so the true Jaccard similarity is known exactly.
    static func words(_ range: Range<Int>) -> String {
        range.map { "w\($0)" }.joined(separator: " ")
    }

    static let signer = DocumentSigner(parameters: DedupParameters(shingle: 1, permutations: 128, bands: 32))

    @Test(arguments: [
        (0..<100, 0..<100, 1.0),
        (0..<100, 20..<120, 80.0 / 120),
        (0..<100, 50..<150, 50.0 / 150),
        (0..<300, 100..<400, 200.0 / 400),
        (0..<100, 100..<200, 0.0),
    ])
    func estimateIsCloseToTheTrueJaccard(a: Range<Int>, b: Range<Int>, jaccard: Double) {
        let estimate = Self.signer.signature(of: Self.words(a)).estimatedJaccard(
            with: Self.signer.signature(of: Self.words(b)))
        #expect(abs(estimate - jaccard) < 0.1, "estimate \(estimate) for true \(jaccard)")
    }

    @Test func signaturesAreDeterministicAndOneBytePerPermutation() {
        let first = MinHasher(permutations: 64).signature(ofShingleHashes: [1, 2, 3])
        let second = MinHasher(permutations: 64).signature(ofShingleHashes: [3, 2, 1, 2])
        #expect(first == second)
        #expect(first.bytes.count == 64)
    }

    @Test func bandKeysPackTheBandsBytes() {
        let signature = MinHashSignature(bytes: [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(signature.bandKey(band: 0, rows: 4) == 0x0102_0304)
        #expect(signature.bandKey(band: 1, rows: 4) == 0x0506_0708)
    }
}
