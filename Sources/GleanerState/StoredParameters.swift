import GleanerCore
import GleanerDedup

/// The parameters a state file's index was built with: signatures and band keys are comparable
/// only under the same shingle size, permutations, bands and hash family (the signature scheme:
/// `MinHasher.familyVersion`, 1 for k-permutation MinHash, 2 for one-permutation hashing), and
/// decisions only under the same threshold.
struct StoredParameters: Sendable, Equatable, CustomStringConvertible {
    var threshold: Double
    var shingle: Int
    var permutations: Int
    var bands: Int
    var hashFamily: Int

    init(_ parameters: DedupParameters) {
        threshold = parameters.threshold
        shingle = parameters.shingle
        permutations = parameters.permutations
        bands = parameters.bands
        hashFamily = MinHasher.familyVersion
    }

    init(threshold: Double, shingle: Int, permutations: Int, bands: Int, hashFamily: Int) {
        self.threshold = threshold
        self.shingle = shingle
        self.permutations = permutations
        self.bands = bands
        self.hashFamily = hashFamily
    }

    var description: String {
        "{threshold: \(threshold), shingle: \(shingle), permutations: \(permutations), bands: \(bands)} (hash family \(hashFamily))"
    }
}
