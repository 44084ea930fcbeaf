import GleanerCore

/// What the detector found for a document: the original of the cluster it joined.
public struct NearDuplicateMatch: Sendable, Equatable {
    /// The id of the cluster's original (its earliest document in input order).
    public var originalID: String
    /// The original's position in input order, as given to `check`; negative for a document of
    /// an earlier run (−1 for the last one the state file holds, −2 for the one before, …).
    public var originalOrdinal: Int
    /// The estimated Jaccard similarity of the document's shingles to the original's, in [0, 1].
    public var similarity: Double
    /// The original's document number (earlier runs' documents first, see `PriorDocumentIndex`).
    public var originalDocument: Int
}

/// Streaming near-duplicate detection: MinHash + LSH banding + union-find, within one run and,
/// with a `PriorDocumentIndex`, against the documents of earlier runs.
///
/// Documents arrive in input order. Each one is looked up in the LSH index (and in the earlier
/// runs' index); candidates that share a band are verified by their estimated Jaccard similarity
/// (from the stored b-bit signatures) against `threshold`; the document then joins every
/// verified candidate's cluster and is indexed itself, so later copies can reach the cluster
/// through it. The original of a cluster is its earliest document in input order, earlier runs
/// first (not `meta.published`: most inputs have none, and input order is what every output
/// line was already written against). When a document links two clusters, the later cluster's
/// members keep the original they were written with; documents from then on point at the
/// earlier original. A run over the second half of a corpus with the first half's index
/// decides exactly as one run over the whole corpus.
///
/// Not thread-safe: it lives on the run's serial sink.
public struct NearDuplicateDetector: Sendable {
    public let parameters: DedupParameters
    private var index: LSHIndex
    private var clusters: UnionFind
    private var ids: [String] = []
    private var ordinals: [UInt32] = []
    private var candidates: [Int] = []
    private var priorBands: [Int] = []
    private let prior: (any PriorDocumentIndex)?
    /// Documents of earlier runs; this run's documents are numbered from here.
    public let priorCount: Int

    public init(parameters: DedupParameters, expectedDocuments: Int = 1024, prior: (any PriorDocumentIndex)? = nil) {
        self.parameters = parameters
        index = LSHIndex(
            permutations: parameters.permutations, bands: parameters.bands, expectedDocuments: expectedDocuments)
        self.prior = prior
        priorCount = prior?.documentCount ?? 0
        clusters = prior.map { UnionFind(prior: $0) } ?? UnionFind()
    }

    /// Documents indexed by this run.
    public var count: Int { index.count }

    /// Bytes held by the LSH index and the union-find (ids not included), at allocated capacity.
    public var indexMemoryBytes: Int { index.memoryBytes + clusters.memoryBytes }

    /// Looks `signature` up and indexes it as document `id` at input position `ordinal`.
    /// Returns the cluster's original when the document is a near duplicate, else `nil`.
    public mutating func check(_ signature: MinHashSignature, id: String, ordinal: Int) -> NearDuplicateMatch? {
        candidates.removeAll(keepingCapacity: true)
        priorBands.removeAll(keepingCapacity: true)
        prior?.forEachCandidate(of: signature) { band, document in
            candidates.append(document)
            priorBands.append(band)
        }
        // Looked up and indexed in one pass; the document is not a union-find element yet, so
        // the candidates' roots below are as before it arrived.
        let inserted = index.insert(
            signature, skippingBands: priorBands, candidates: &candidates, offset: priorCount)
        var original: Int?
        var verified: [Int] = []
        if !candidates.isEmpty {
            candidates.sort()
            var previous = -1
            for candidate in candidates where candidate != previous {
                previous = candidate
                let similarity = similarity(signature, candidate)
                guard similarity >= parameters.threshold else { continue }
                verified.append(candidate)
                let root = clusters.root(of: candidate)
                original = min(original ?? root, root)
            }
        }
        guard inserted != nil else {
            return original.map { match(signature, original: $0) }
        }
        let document = clusters.add()
        ids.append(id)
        ordinals.append(UInt32(truncatingIfNeeded: ordinal))
        for candidate in verified { clusters.union(document, candidate) }
        return original.map { match(signature, original: $0) }
    }

    /// The match of `signature` against the original `document` (for a document of an earlier
    /// run seen again, which keeps the decision it was first written with).
    public func match(_ signature: MinHashSignature, original document: Int) -> NearDuplicateMatch {
        let similarity = similarity(signature, document)
        return NearDuplicateMatch(
            originalID: id(of: document),
            originalOrdinal: document >= priorCount ? Int(ordinals[document - priorCount]) : document - priorCount,
            similarity: (similarity * 1000).rounded() / 1000, originalDocument: document)
    }

    /// The id of document `document` (of this run or of an earlier one).
    public func id(of document: Int) -> String {
        document >= priorCount ? ids[document - priorCount] : prior?.id(of: document) ?? ""
    }

    /// This run's document `number` (0-based within the run): its id, signature and the
    /// smallest document of its cluster, for the state file's commit.
    public mutating func indexed(_ number: Int) -> (id: String, signature: ArraySlice<UInt8>, root: Int) {
        (ids[number], index.signature(of: number), clusters.root(of: priorCount + number))
    }

    /// Earlier runs' documents whose union-find parent this run changed.
    public var changedPriorParents: [Int: Int] { clusters.changedPriorParents }

    private func similarity(_ signature: MinHashSignature, _ document: Int) -> Double {
        if document >= priorCount {
            return MinHashSignature.estimatedJaccard(signature.bytes[...], index.signature(of: document - priorCount))
        }
        return MinHashSignature.estimatedJaccard(signature.bytes[...], (prior?.signature(of: document) ?? [])[...])
    }
}
