import GleanerCore

/// Computes the MinHash signature of an article's text with a run's dedup parameters: the
/// parallel half of near-duplicate detection (`NearDuplicateDetector` is the serial half).
public struct DocumentSigner: Sendable {
    public let shingler: Shingler
    public let hasher: MinHasher

    public init(parameters: DedupParameters) {
        shingler = Shingler(size: parameters.shingle)
        hasher = MinHasher(permutations: parameters.permutations)
    }

    /// The signature of `text`.
    public func signature(of text: String) -> MinHashSignature {
        hasher.signature(ofShingleHashes: shingler.shingleHashes(of: text))
    }

    /// The exact key and the signature of `text`, from one pass over its characters.
    public func keys(of text: String) -> (ExactKey, MinHashSignature) {
        let words = Shingler.words(of: text, keepingNormalisedText: true)
        let signature = hasher.signature(ofShingleHashes: shingler.shingleHashes(ofWordHashes: words.hashes))
        return (ExactKey(normalisedText: words.normalised), signature)
    }
}
