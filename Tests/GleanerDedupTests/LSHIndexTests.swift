import GleanerCore
import GleanerDedup
import Testing

@Suite("LSH index and union-find")
struct LSHIndexTests {
    static let parameters = DedupParameters()
    static let signer = DocumentSigner(parameters: parameters)

    /// A deterministic pseudo-text of `count` words from a vocabulary of 5,000.
    static func text(seed: UInt64, count: Int) -> String {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return "w\((state >> 33) % 5000)"
        }.joined(separator: " ")
    }

    /// `text` with every `step`-th word replaced.
    static func edited(_ text: String, step: Int) -> String {
        text.split(separator: " ").enumerated().map {
            $0.offset % step == 0 ? "changed\($0.offset)" : String($0.element)
        }
        .joined(separator: " ")
    }

    @Test func findsACopyAboveTheThresholdAndIgnoresUnrelatedText() {
        let original = Self.text(seed: 1, count: 400)
        var index = LSHIndex(permutations: Self.parameters.permutations, bands: Self.parameters.bands)
        index.insert(Self.signer.signature(of: original))
        for seed in 2..<50 { index.insert(Self.signer.signature(of: Self.text(seed: UInt64(seed), count: 400))) }

        var found: Set<Int> = []
        index.forEachCandidate(of: Self.signer.signature(of: Self.edited(original, step: 40))) { found.insert($0) }
        #expect(found == [0])
        var unrelated: Set<Int> = []
        index.forEachCandidate(of: Self.signer.signature(of: Self.text(seed: 99, count: 400))) { unrelated.insert($0) }
        #expect(unrelated.isEmpty)
    }

    @Test func growingKeepsEveryDocumentFindable() {
        var index = LSHIndex(
            permutations: Self.parameters.permutations, bands: Self.parameters.bands, expectedDocuments: 1)
        let texts = (0..<300).map { Self.text(seed: UInt64($0), count: 50) }
        for text in texts { index.insert(Self.signer.signature(of: text)) }
        #expect(index.count == 300)
        for (number, text) in texts.enumerated() {
            var found = false
            index.forEachCandidate(of: Self.signer.signature(of: text)) { found = found || $0 == number }
            #expect(found, "document \(number) lost")
        }
    }

    @Test func insertingWithCandidatesIsLookingUpThenInserting() {
        // Copies of a few stories among unrelated texts, some bands skipped, a table that grows.
        let stories = (0..<5).map { Self.text(seed: UInt64(100 + $0), count: 200) }
        let texts = (0..<200).map {
            $0 % 3 == 0 ? Self.edited(stories[$0 % 5], step: 7 + $0 % 11) : Self.text(seed: UInt64($0), count: 120)
        }
        var separate = LSHIndex(
            permutations: Self.parameters.permutations, bands: Self.parameters.bands, expectedDocuments: 8)
        var combined = separate
        for (number, text) in texts.enumerated() {
            let signature = Self.signer.signature(of: text)
            let skipping = number % 4 == 0 ? [1, 5, 30] : []
            var expected: [Int] = []
            separate.forEachCandidate(of: signature) { expected.append(7 + $0) }
            separate.insert(signature, skippingBands: skipping)
            var found: [Int] = []
            let document = combined.insert(signature, skippingBands: skipping, candidates: &found, offset: 7)
            #expect(document == number)
            #expect(found.sorted() == expected.sorted(), "document \(number)")
        }
    }

    @Test func unionFindKeepsTheEarliestElementAsRoot() {
        var sets = UnionFind()
        for _ in 0..<6 { sets.add() }
        #expect(sets.union(4, 5) == 4)
        #expect(sets.union(5, 2) == 2)
        #expect(sets.root(of: 4) == 2)
        #expect(sets.root(of: 3) == 3)
        sets.union(3, 0)
        sets.union(4, 3)
        #expect((0..<6).map { sets.root(of: $0) } == [0, 1, 0, 0, 0, 0])
    }
}
