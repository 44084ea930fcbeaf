import GleanerCore
import GleanerDedup
import GleanerIO
import GleanerState

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
    /// Earlier runs' dedup index; `nil` without a state file.
    let state: DedupState?
    /// This run's indexed documents, in detector order, for the state file's commit.
    private var indexed: [IndexedDocument] = []
    private(set) var clusters = ClusterTally()

    private(set) var counts = RunCounts()
    /// The first write failure; once set, nothing more is written and the run is not published.
    private(set) var failure: RunError?

    init(
        articles: JSONLinesWriter, errors: JSONLinesWriter, detector: NearDuplicateDetector?,
        state: DedupState? = nil, timings: StageTimings, progress: ProgressReporter
    ) {
        self.articles = articles
        self.errors = errors
        self.detector = detector
        self.state = state
        self.timings = timings
        self.progress = progress
    }

    /// Decides, writes and counts one document (`ordinal`: its position in input order), and
    /// returns its outcome: the dedup status's name, or `error`.
    @discardableResult
    func accept(_ document: ProcessedDocument, diskSize: Int?, ordinal: Int) -> String {
        counts.bytesRead += diskSize ?? 0
        defer { progress.advance() }
        let outcome = Self.outcome(of: document)
        guard failure == nil else { return outcome }
        switch document {
        case .article(var record, let key, let signature):
            if let key, let signature {
                record.dedup = timings.measure(.dedup) {
                    decide(id: record.id, path: record.source.path, ordinal: ordinal, key: key, signature: signature)
                }
            }
            switch record.dedup.status {
            case .exactDuplicate: counts.exactDuplicates += 1
            case .nearDuplicate: counts.nearDuplicates += 1
            case .unique, .notChecked:
                counts.articles += 1
                for figure in record.figures ?? [] { counts.figuresByKind[figure.kind, default: 0] += 1 }
            }
            counts.outcomes[record.dedup.status.rawValue, default: 0] += 1
            write(record, to: articles)
            return record.dedup.status.rawValue
        case .failed(let line):
            counts.errors += 1
            counts.errorsByStage[line.stage.rawValue, default: 0] += 1
            counts.outcomes["error", default: 0] += 1
            write(line, to: errors)
        }
        return outcome
    }

    private static func outcome(of document: ProcessedDocument) -> String {
        switch document {
        case .article(let record, _, _): return record.dedup.status.rawValue
        case .failed: return "error"
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

    /// Exact duplicates first (cheap, and similarity 1), earlier runs' before this run's; then
    /// MinHash + LSH over both.
    private func decide(
        id: String, path: String, ordinal: Int, key: ExactKey, signature: MinHashSignature
    ) -> DedupInfo {
        if let state, let prior = state.exactOriginal(key) {
            return decideAgainstEarlierRun(id: id, prior: prior, state: state, signature: signature)
        }
        if let exact = exactIndex.originalOrInsert(key, id: id, ordinal: ordinal) {
            let original = nearDuplicateOriginals[exact.ordinal] ?? exact
            clusters.addDuplicate(originalID: original.id, ordinal: original.ordinal)
            return DedupInfo(status: .exactDuplicate, duplicateOf: exact.id, cluster: original.id, similarity: 1)
        }
        // Mutated in place (optional chaining): a copy would duplicate the whole index.
        let before = detector?.count ?? 0
        let match = detector?.check(signature, id: id, ordinal: ordinal)
        if let detector, detector.count > before {
            let number = detector.priorCount + before
            indexed.append(
                IndexedDocument(path: path, exactKey: key, cluster: match?.originalDocument ?? number))
        }
        guard let match else { return .unique(id: id) }
        nearDuplicateOriginals[ordinal] = ExactDuplicateIndex.Original(
            id: match.originalID, ordinal: match.originalOrdinal)
        clusters.addDuplicate(originalID: match.originalID, ordinal: match.originalOrdinal)
        return DedupInfo(
            status: .nearDuplicate, duplicateOf: match.originalID, cluster: match.originalID,
            similarity: match.similarity)
    }

    /// A document whose exact key an earlier run indexed: a copy of that document or, when it
    /// is that very file again (same id: same path and bytes), the decision it was written with.
    private func decideAgainstEarlierRun(
        id: String, prior: Int, state: DedupState, signature: MinHashSignature
    ) -> DedupInfo {
        let cluster = state.cluster(of: prior)
        let clusterID = cluster == prior ? state.id(of: prior) : state.id(of: cluster)
        let ordinal = cluster - state.documentCount
        if state.id(of: prior) == id {
            guard cluster != prior, let detector else { return .unique(id: id) }
            let match = detector.match(signature, original: cluster)
            clusters.addDuplicate(originalID: clusterID, ordinal: ordinal)
            return DedupInfo(
                status: .nearDuplicate, duplicateOf: clusterID, cluster: clusterID, similarity: match.similarity)
        }
        clusters.addDuplicate(originalID: clusterID, ordinal: ordinal)
        return DedupInfo(status: .exactDuplicate, duplicateOf: state.id(of: prior), cluster: clusterID, similarity: 1)
    }

    /// This run's contribution to the state file: every document it indexed, with its cluster's
    /// smallest document as parent, and the earlier documents' parents it changed.
    func contribution(pipeline: String, started: String) -> DedupContribution {
        var contribution = DedupContribution(pipeline: pipeline, started: started)
        guard let priorCount = detector?.priorCount else { return contribution }
        contribution.documents.reserveCapacity(indexed.count)
        for (number, document) in indexed.enumerated() {
            guard let (id, signature, root) = detector?.indexed(number) else { break }
            contribution.documents.append(
                DedupContribution.Document(
                    number: priorCount + number, id: id, path: document.path, signature: Array(signature),
                    parent: root, cluster: document.cluster, exactKey: document.exactKey))
        }
        contribution.changedParents = detector?.changedPriorParents ?? [:]
        return contribution
    }

    /// The input path of the original at `ordinal` (negative for an earlier run's document).
    func earlierRunPath(ordinal: Int) -> String {
        guard let state, ordinal < 0 else { return "" }
        return state.path(of: state.documentCount + ordinal)
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

/// What the commit needs of an indexed document besides the detector's id and signature.
struct IndexedDocument: Sendable {
    var path: String
    var exactKey: ExactKey
    /// The original it was written with (its own number when unique).
    var cluster: Int
}

/// Running totals of a run's outcomes.
struct RunCounts: Sendable, Equatable {
    var articles = 0
    var exactDuplicates = 0
    var nearDuplicates = 0
    var errors = 0
    var errorsByStage: [String: Int] = [:]
    /// By outcome: the dedup status names and `error`.
    var outcomes: [String: Int] = [:]
    /// Figures of the articles that are not duplicates, by kind.
    var figuresByKind: [String: Int] = [:]
    var bytesRead = 0

    var duplicates: Int { exactDuplicates + nearDuplicates }
    var total: Int { articles + duplicates + errors }
}
