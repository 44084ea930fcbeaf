/// Computes MinHash signatures from shingle hashes by one-permutation hashing with optimal
/// densification (Li, Owen & Zhang 2012; Shrivastava 2017).
///
/// One hash per shingle instead of one per shingle and permutation: the top 32 bits of the
/// shingle's 64-bit hash pick one of `permutations` bins (multiply-shift range reduction), and
/// each bin keeps the smallest low 32 bits that fell into it. A bin that no shingle fell into
/// (rare for news texts: about 1 % of bins at 450 shingles and 96 bins) borrows the minimum of
/// another bin, chosen by a fixed sequence of hashes of its own number until one is not empty,
/// so that two texts borrow from the same bins and the estimate stays unbiased. As with
/// k-permutation MinHash, two signatures agree in a bin with probability equal to the Jaccard
/// similarity of their shingle sets.
///
/// The signature keeps the low 8 bits of each bin's minimum (b-bit MinHash; the minimum is
/// decided by its high bits, so the low byte is uniform): 1 byte per bin, and
/// `MinHashSignature.estimatedJaccard` corrects for the 1/256 chance that two different minima
/// share that byte. Signatures are the same in every run and on every machine.
public struct MinHasher: Sendable {
    /// The version of the shingle hashing and signature scheme. Signatures stored in a state
    /// file are comparable only with signatures of the same version; raise it whenever a change
    /// to `Shingler` or `MinHasher` changes any signature. Version 1 was k-permutation MinHash
    /// (96 multiply-xorshift permutations per shingle); version 2 is one-permutation hashing
    /// with optimal densification over chunked word hashes.
    public static let familyVersion = 2

    /// Bins (bytes per signature); the pipeline parameter keeps the name `permutations`.
    public let permutations: Int
    private let seed: UInt64

    public init(permutations: Int, seed: UInt64 = 0x474C_4541_4E45_5232) {
        precondition(permutations >= 1 && permutations <= 4096, "1 to 4096 permutations")
        self.permutations = permutations
        self.seed = seed
    }

    /// The signature of a set of shingles (repeats do not matter). An empty set gets the same
    /// signature as every other empty set.
    public func signature(ofShingleHashes shingles: [UInt64]) -> MinHashSignature {
        let bins = permutations
        let empty = UInt64.max
        let bytes = [UInt8](unsafeUninitializedCapacity: bins) { bytes, initialized in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bins) { minima in
                minima.initialize(repeating: empty)
                let range = UInt64(bins)
                for hash in shingles {
                    let bin = Int(truncatingIfNeeded: ((hash >> 32) &* range) >> 32)
                    minima[bin] = Swift.min(minima[bin], hash & 0xFFFF_FFFF)
                }
                for bin in 0..<bins {
                    var value = minima[bin]
                    if value == empty && !shingles.isEmpty {
                        value = borrowed(for: bin, from: minima)
                    }
                    bytes[bin] = UInt8(truncatingIfNeeded: value)
                }
            }
            initialized = bins
        }
        return MinHashSignature(bytes: bytes)
    }

    /// Optimal densification: the minimum of the first non-empty bin in `bin`'s own fixed
    /// sequence of bins (at least one bin is not empty).
    private func borrowed(for bin: Int, from minima: UnsafeMutableBufferPointer<UInt64>) -> UInt64 {
        var attempt: UInt64 = 0
        while true {
            attempt += 1
            let hash = Shingler.mix(seed ^ (UInt64(bin) << 32) ^ attempt)
            let other = Int(truncatingIfNeeded: ((hash >> 32) &* UInt64(minima.count)) >> 32)
            if minima[other] != .max { return minima[other] }
        }
    }
}
