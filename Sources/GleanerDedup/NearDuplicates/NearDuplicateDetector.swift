import GleanerCore

/// What the detector found for a document: the original of the cluster it joined.
public struct NearDuplicateMatch: Sendable, Equatable {
    /// The id of the cluster's original (its earliest document in input order).
    public var originalID: String
    /// The original's position in input order, as given to `check`.
    public var originalOrdinal: Int
    /// The estimated Jaccard similarity of the document's shingles to the original's, in [0, 1].
    public var similarity: Double
}

/// Streaming near-duplicate detection inside one run: MinHash + LSH banding + union-find.
///
/// Documents arrive in input order. Each one is looked up in the LSH index; candidates that
/// share a band are verified by their estimated Jaccard similarity (from the stored b-bit
/// signatures) against `threshold`; the document then joins every verified candidate's cluster
/// and is indexed itself, so later copies can reach the cluster through it. The original of a
/// cluster is its earliest document in input order (not `meta.published`: most inputs have
/// none, and input order is what every output line was already written against). When a
/// document links two clusters, the later cluster's members keep the original they were written
/// with; documents from then on point at the earlier original.
///
/// Not thread-safe: it lives on the run's serial sink.
public struct NearDuplicateDetector: Sendable {
    public let parameters: DedupParameters
    private var index: LSHIndex
    private var clusters = UnionFind()
    private var ids: [String] = []
    private var ordinals: [UInt32] = []
    private var candidates: [Int] = []

    public init(parameters: DedupParameters, expectedDocuments: Int = 1024) {
        self.parameters = parameters
        index = LSHIndex(
            permutations: parameters.permutations, bands: parameters.bands, expectedDocuments: expectedDocuments)
    }

    /// Documents indexed.
    public var count: Int { index.count }

    /// Bytes held by the LSH index and the union-find (ids not included), at allocated capacity.
    public var indexMemoryBytes: Int { index.memoryBytes + clusters.memoryBytes }

    /// Looks `signature` up, then indexes it as document `id` at input position `ordinal`.
    /// Returns the cluster's original when the document is a near duplicate, else `nil`.
    public mutating func check(_ signature: MinHashSignature, id: String, ordinal: Int) -> NearDuplicateMatch? {
        candidates.removeAll(keepingCapacity: true)
        index.forEachCandidate(of: signature) { candidates.append($0) }
        var original: Int?
        var verified: [Int] = []
        if !candidates.isEmpty {
            candidates.sort()
            var previous = -1
            for candidate in candidates where candidate != previous {
                previous = candidate
                let similarity = MinHashSignature.estimatedJaccard(signature.bytes[...], index.signature(of: candidate))
                guard similarity >= parameters.threshold else { continue }
                verified.append(candidate)
                let root = clusters.root(of: candidate)
                original = min(original ?? root, root)
            }
        }
        guard let document = index.insert(signature) else {
            return original.map { match(signature, original: $0) }
        }
        clusters.add()
        ids.append(id)
        ordinals.append(UInt32(truncatingIfNeeded: ordinal))
        for candidate in verified { clusters.union(document, candidate) }
        return original.map { match(signature, original: $0) }
    }

    private func match(_ signature: MinHashSignature, original: Int) -> NearDuplicateMatch {
        let similarity = MinHashSignature.estimatedJaccard(signature.bytes[...], index.signature(of: original))
        return NearDuplicateMatch(
            originalID: ids[original], originalOrdinal: Int(ordinals[original]),
            similarity: (similarity * 1000).rounded() / 1000)
    }
}
