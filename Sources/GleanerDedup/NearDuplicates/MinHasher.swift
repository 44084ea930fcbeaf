/// Computes MinHash signatures from shingle hashes.
///
/// Permutation `i` maps a shingle to `h ^ (h >> 15)` with `h = (x ^ b[i]) · a[i]` (mod 2^32,
/// `a[i]` odd), where `x` is the top 32 bits of the shingle's 64-bit hash: an xor-multiply-
/// xorshift bijection, done for 8 permutations at a time in SIMD lanes. (Plain multiply-add,
/// `a[i] · x + b[i]`, is cheaper but its permutations are correlated: the minima of two copies
/// matched in scattered rows and rarely in whole LSH bands.) The coefficients come from a fixed seed, so
/// signatures are the same in every run and on every machine. The signature keeps 8 bits of
/// each minimum (bits 12–19, below the bits that decide the minimum; b-bit MinHash): 1 byte per
/// permutation, and `MinHashSignature.estimatedJaccard` corrects for the 1/256 chance that two
/// different minima share that byte.
public struct MinHasher: Sendable {
    /// The version of the shingle hashing and permutation family. Signatures stored in a state
    /// file are comparable only with signatures of the same version; raise it whenever a change
    /// to `Shingler` or `MinHasher` changes any signature.
    public static let familyVersion = 1

    /// Permutations (bytes per signature).
    public let permutations: Int
    private let multipliers: [SIMD8<UInt32>]
    private let increments: [SIMD8<UInt32>]

    public init(permutations: Int, seed: UInt64 = 0x474C_4541_4E45_5231) {
        precondition(permutations >= 1, "at least one permutation")
        self.permutations = permutations
        var state = seed
        var multipliers: [SIMD8<UInt32>] = []
        var increments: [SIMD8<UInt32>] = []
        for _ in 0..<((permutations + 7) / 8) {
            var a = SIMD8<UInt32>()
            var b = SIMD8<UInt32>()
            for lane in 0..<8 {
                a[lane] = UInt32(truncatingIfNeeded: Self.splitMix(&state)) | 1
                b[lane] = UInt32(truncatingIfNeeded: Self.splitMix(&state))
            }
            multipliers.append(a)
            increments.append(b)
        }
        self.multipliers = multipliers
        self.increments = increments
    }

    /// The signature of a set of shingles (repeats do not matter). An empty set gets the same
    /// signature as every other empty set.
    public func signature(ofShingleHashes shingles: [UInt64]) -> MinHashSignature {
        var minima = [SIMD8<UInt32>](repeating: SIMD8(repeating: .max), count: multipliers.count)
        let inputs = shingles.map { UInt32(truncatingIfNeeded: $0 >> 32) }
        // One group of 8 permutations at a time over all shingles, so the coefficients and the
        // running minima stay in registers.
        inputs.withUnsafeBufferPointer { xs in
            for i in 0..<minima.count {
                let a = multipliers[i]
                let b = increments[i]
                var m = SIMD8<UInt32>(repeating: .max)
                for x in xs {
                    let h = (SIMD8(repeating: x) ^ b) &* a
                    m = pointwiseMin(m, h ^ (h &>> 15))
                }
                minima[i] = m
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(permutations)
        for vector in minima {
            for lane in 0..<8 where bytes.count < permutations {
                bytes.append(UInt8(truncatingIfNeeded: vector[lane] >> 12))
            }
        }
        return MinHashSignature(bytes: bytes)
    }

    private static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
