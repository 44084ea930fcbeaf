/// Everything a run writes into the state file, in one transaction: its history row, its
/// processed inputs, and its dedup contribution.
public struct RunCommit: Sendable {
    /// The run's history row (its status is written as `committed`).
    public var record: RunRecord
    /// Inputs this run processed, with their outcome.
    public var processed: [ProcessedInput]
    /// Unchanged inputs whose size or mtime moved (same bytes): their new size and mtime.
    public var refreshed: [ProcessedInput]
    /// What the run adds to the dedup index; `nil` when the dedup stage did not run.
    public var dedup: DedupContribution?

    public init(
        record: RunRecord, processed: [ProcessedInput], refreshed: [ProcessedInput] = [],
        dedup: DedupContribution? = nil
    ) {
        self.record = record
        self.processed = processed
        self.refreshed = refreshed
        self.dedup = dedup
    }
}
