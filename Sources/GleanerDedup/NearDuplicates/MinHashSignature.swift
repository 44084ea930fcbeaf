/// A b-bit MinHash signature: the lowest 8 bits of each permutation's minimum.
public struct MinHashSignature: Sendable, Hashable {
    /// One byte per permutation.
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// The estimated Jaccard similarity of the two shingle sets, in [0, 1].
    ///
    /// Equal bytes come from equal minima (probability J) or from different minima that share
    /// their low byte (probability (1 − J)/256), so J ≈ (matches/k − 1/256) / (1 − 1/256).
    public func estimatedJaccard(with other: MinHashSignature) -> Double {
        Self.estimatedJaccard(bytes[...], other.bytes[...])
    }

    /// The estimate for two signatures given as byte slices of the same length.
    public static func estimatedJaccard(_ lhs: ArraySlice<UInt8>, _ rhs: ArraySlice<UInt8>) -> Double {
        precondition(lhs.count == rhs.count, "signatures of different lengths")
        guard !lhs.isEmpty else { return 0 }
        var matches = 0
        for (x, y) in zip(lhs, rhs) where x == y { matches += 1 }
        let share = Double(matches) / Double(lhs.count)
        let chance = 1.0 / 256
        return Swift.max(0, Swift.min(1, (share - chance) / (1 - chance)))
    }

    /// The LSH key of band `band` of `rows` rows: the band's bytes packed into an integer.
    public func bandKey(band: Int, rows: Int) -> UInt64 {
        Self.bandKey(bytes[...], band: band, rows: rows)
    }

    /// The key of band `band` within `signature`'s bytes (at most 8 rows per band).
    @inline(__always)
    public static func bandKey(_ signature: ArraySlice<UInt8>, band: Int, rows: Int) -> UInt64 {
        var key: UInt64 = 0
        let start = signature.startIndex + band * rows
        for offset in 0..<rows { key = key << 8 | UInt64(signature[start + offset]) }
        return key
    }
}
