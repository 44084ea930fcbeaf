import GleanerCore
import GleanerDedup
import GleanerIO

/// The serial end of the pipeline. It sees documents strictly in input order and makes every
/// order-dependent decision there: which copy is the original, what is written where, what is
/// counted. Only ever touched on the runner's sink queue (hence `@unchecked Sendable`).
final class RunSink: @unchecked Sendable {
    private let articles: JSONLinesWriter
    private let errors: JSONLinesWriter
    private let timings: StageTimings
    private let progress: ProgressReporter
    private var exactIndex = ExactDuplicateIndex()
    /// `nil` when the dedup stage is off.
    private var detector: NearDuplicateDetector?
    /// The cluster original of every near duplicate, by input position, so that an exact copy
    /// of a near duplicate lands in the same cluster.
    private var nearDuplicateOriginals: [Int: ExactDuplicateIndex.Original] = [:]
    private(set) var clusters = ClusterTally()

    private(set) var counts = RunCounts()
    /// The first write failure; once set, nothing more is written and the run is not published.
    private(set) var failure: RunError?

    init(
        articles: JSONLinesWriter, errors: JSONLinesWriter, detector: NearDuplicateDetector?,
        timings: StageTimings, progress: ProgressReporter
    ) {
        self.articles = articles
        self.errors = errors
        self.detector = detector
        self.timings = timings
        self.progress = progress
    }

    /// Decides, writes and counts one document (`ordinal`: its position in input order).
    func accept(_ document: ProcessedDocument, diskSize: Int?, ordinal: Int) {
        counts.bytesRead += diskSize ?? 0
        defer { progress.advance() }
        guard failure == nil else { return }
        switch document {
        case .article(var record, let key, let signature):
            if let key, let signature {
                record.dedup = timings.measure(.dedup) {
                    decide(id: record.id, ordinal: ordinal, key: key, signature: signature)
                }
            }
            switch record.dedup.status {
            case .exactDuplicate: counts.exactDuplicates += 1
            case .nearDuplicate: counts.nearDuplicates += 1
            case .unique, .notChecked: counts.articles += 1
            }
            write(record, to: articles)
        case .failed(let line):
            counts.errors += 1
            counts.errorsByStage[line.stage.rawValue, default: 0] += 1
            write(line, to: errors)
        }
    }

    /// Records an input that failed before reaching the pipeline (an unreadable directory).
    func acceptDiscoveryError(_ line: ErrorRecord) {
        accept(.failed(line), diskSize: nil, ordinal: -1)
    }

    /// Flushes and syncs both files.
    func finish() throws(RunError) {
        if let failure { throw failure }
        try timings.measure(.write) { () throws(RunError) in
            try articles.finish()
            try errors.finish()
        }
    }

    /// Exact duplicates first (cheap, and similarity 1); then MinHash + LSH.
    private func decide(id: String, ordinal: Int, key: ExactKey, signature: MinHashSignature) -> DedupInfo {
        if let exact = exactIndex.originalOrInsert(key, id: id, ordinal: ordinal) {
            let original = nearDuplicateOriginals[exact.ordinal] ?? exact
            clusters.addDuplicate(originalID: original.id, ordinal: original.ordinal)
            return DedupInfo(status: .exactDuplicate, duplicateOf: exact.id, cluster: original.id, similarity: 1)
        }
        guard let match = detector?.check(signature, id: id, ordinal: ordinal) else { return .unique(id: id) }
        nearDuplicateOriginals[ordinal] = ExactDuplicateIndex.Original(
            id: match.originalID, ordinal: match.originalOrdinal)
        clusters.addDuplicate(originalID: match.originalID, ordinal: match.originalOrdinal)
        return DedupInfo(
            status: .nearDuplicate, duplicateOf: match.originalID, cluster: match.originalID,
            similarity: match.similarity)
    }

    /// Bytes held by the near-duplicate index (0 when dedup is off).
    var nearDuplicateIndexBytes: Int { detector?.indexMemoryBytes ?? 0 }

    private func write(_ line: some JSONLineWritable, to writer: JSONLinesWriter) {
        do {
            try timings.measure(.write) { () throws(RunError) in try writer.write(line) }
        } catch {
            failure = error
        }
    }
}

/// Running totals of a run's outcomes.
struct RunCounts: Sendable, Equatable {
    var articles = 0
    var exactDuplicates = 0
    var nearDuplicates = 0
    var errors = 0
    var errorsByStage: [String: Int] = [:]
    var bytesRead = 0

    var duplicates: Int { exactDuplicates + nearDuplicates }
    var total: Int { articles + duplicates + errors }
}
