import GleanerCore
import GleanerDedup
import GleanerIO

/// The serial end of the pipeline. It sees documents strictly in input order and makes every
/// order-dependent decision there: which copy is the original, what is written where, what is
/// counted. Only ever touched on the runner's sink queue (hence `@unchecked Sendable`).
final class RunSink: @unchecked Sendable {
    private let articles: JSONLinesWriter
    private let errors: JSONLinesWriter
    private let dedupEnabled: Bool
    private let timings: StageTimings
    private let progress: ProgressReporter
    private var exactIndex = ExactDuplicateIndex()

    private(set) var counts = RunCounts()
    /// The first write failure; once set, nothing more is written and the run is not published.
    private(set) var failure: RunError?

    init(
        articles: JSONLinesWriter, errors: JSONLinesWriter, dedupEnabled: Bool, timings: StageTimings,
        progress: ProgressReporter
    ) {
        self.articles = articles
        self.errors = errors
        self.dedupEnabled = dedupEnabled
        self.timings = timings
        self.progress = progress
    }

    /// Decides, writes and counts one document.
    func accept(_ document: ProcessedDocument, diskSize: Int?) {
        counts.bytesRead += diskSize ?? 0
        defer { progress.advance() }
        guard failure == nil else { return }
        switch document {
        case .article(var record, let key):
            if let key {
                record.dedup = timings.measure(.dedup) {
                    exactIndex.originalOrInsert(key, id: record.id).map(DedupInfo.exactDuplicate(of:))
                        ?? .unique(id: record.id)
                }
            }
            if record.dedup.status == .exactDuplicate { counts.exactDuplicates += 1 } else { counts.articles += 1 }
            write(record, to: articles)
        case .failed(let line):
            counts.errors += 1
            counts.errorsByStage[line.stage.rawValue, default: 0] += 1
            write(line, to: errors)
        }
    }

    /// Records an input that failed before reaching the pipeline (an unreadable directory).
    func acceptDiscoveryError(_ line: ErrorRecord) {
        accept(.failed(line), diskSize: nil)
    }

    /// Flushes and syncs both files.
    func finish() throws(RunError) {
        if let failure { throw failure }
        try timings.measure(.write) { () throws(RunError) in
            try articles.finish()
            try errors.finish()
        }
    }

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
