import GleanerCore
import GleanerIO

/// A short hash of the settings that shape a run's output (Gleaner version, stages, dedup
/// parameters, limits), kept in the run history so that a change of settings between two
/// nights shows.
enum PipelineHash {
    static func of(_ options: RunOptions) -> String {
        let dedup = options.dedup
        let text = [
            "gleaner \(GleanerVersion.current)",
            "stages \(options.stages.map(\.rawValue).joined(separator: ","))",
            "dedup \(options.dedupEnabled ? "\(dedup.threshold) \(dedup.shingle) \(dedup.permutations) \(dedup.bands)" : "off")",
            "limits \(options.limits.maxBytes) \(options.limits.maxRatio)",
        ].joined(separator: "\n")
        // DocumentIdentity's sha256 is the SHA-256 of the bytes given.
        return String(DocumentIdentity(relativePath: "", diskBytes: Array(text.utf8)).sha256.prefix(16))
    }
}
