import GleanerCore
import GleanerIO
import GleanerState

/// What the state file must learn of each processed input, gathered on the sink queue in input
/// order: its size, mtime, hash, id and outcome, and the old id a changed input supersedes.
/// Inputs that could not be read at all (no bytes, so no hash) are left out: the next run tries
/// them again. Only touched on the runner's sink queue (hence `@unchecked Sendable`).
final class RunLedger: @unchecked Sendable {
    private let selection: InputSelection
    private(set) var processed: [ProcessedInput] = []
    private(set) var superseded: [SupersededInput] = []

    init(selection: InputSelection) {
        self.selection = selection
        processed.reserveCapacity(selection.files.count)
    }

    /// Records input `ordinal`, whose bytes had `identity`, with `outcome`.
    func record(ordinal: Int, identity: DocumentIdentity?, outcome: String) {
        guard let identity, let stat = selection.stats[ordinal] else { return }
        let path = selection.files[ordinal].relativePath
        processed.append(
            ProcessedInput(
                path: path, size: stat.size, mtimeNanoseconds: stat.mtimeNanoseconds, sha256: identity.sha256,
                id: identity.id, outcome: outcome))
        if let previous = selection.previousIDs[ordinal], previous != identity.id {
            superseded.append(SupersededInput(path: path, id: identity.id, supersedes: previous))
        }
    }
}
