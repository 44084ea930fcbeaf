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

    @Test func everyBinHoldsTheLowByteOfAShingleEvenWhenMostBinsAreEmpty() {
        // 5 shingles in 96 bins: at least 91 bins borrow another bin's minimum (densification).
        let shingles: [UInt64] = [
            0x0123_4567_89AB_CD01, 0x7654_3210_FEDC_BA02, 0xDEAD_BEEF_0000_0003, 0x1111_2222_3333_0004,
            0xF0F0_F0F0_0F0F_0F05,
        ]
        let signature = MinHasher(permutations: 96).signature(ofShingleHashes: shingles)
        #expect(Set(signature.bytes).isSubset(of: [1, 2, 3, 4, 5]))
        #expect(signature == MinHasher(permutations: 96).signature(ofShingleHashes: shingles.reversed()))
    }

    @Test func emptySetsShareOneSignature() {
        let hasher = MinHasher(permutations: 32)
        #expect(hasher.signature(ofShingleHashes: []) == hasher.signature(ofShingleHashes: []))
        #expect(hasher.signature(ofShingleHashes: []).bytes.count == 32)
    }

    @Test(arguments: [(40, 20), (400, 200), (2000, 1500)])
    func oneEditedCopyIsEstimatedCloseToItsJaccard(words: Int, shared: Int) {
        // Sets of `words` one-word shingles that share `shared`: J = shared / (2·words − shared).
        // Averaged over 20 pairs, so that the test checks the bias, not one pair's luck.
        let signer = DocumentSigner(parameters: DedupParameters(shingle: 1, permutations: 96, bands: 32))
        var total = 0.0
        for pair in 0..<20 {
            let base = pair * 10_000
            let a = Self.words(base..<(base + words))
            let b = Self.words((base + words - shared)..<(base + 2 * words - shared))
            total += signer.signature(of: a).estimatedJaccard(with: signer.signature(of: b))
        }
        let jaccard = Double(shared) / Double(2 * words - shared)
        #expect(abs(total / 20 - jaccard) < 0.05, "mean estimate \(total / 20) for true \(jaccard)")
    }

    @Test func bandKeysPackTheBandsBytes() {
        let signature = MinHashSignature(bytes: [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(signature.bandKey(band: 0, rows: 4) == 0x0102_0304)
        #expect(signature.bandKey(band: 1, rows: 4) == 0x0506_0708)
    }
}
