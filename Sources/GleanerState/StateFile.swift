import Foundation
import GRDB
import GleanerCore

/// The state file of nightly runs (SQLite through GRDB): processed inputs, the dedup index and
/// the run history. Opening it applies the schema migrations.
///
/// Writers must hold the run lock (`RunLock`); `gleaner runs` only reads.
public final class StateFile: Sendable {
    /// The file's path.
    public let path: String
    let queue: DatabaseQueue

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Opens (or creates) the state file at `path` and brings its schema up to date.
    public static func open(path: String) throws(RunError) -> StateFile {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try StateSchema.migrator.migrate(queue)
            return StateFile(path: path, queue: queue)
        } catch {
            throw RunError("\(path): cannot open the state file: \(error)")
        }
    }

    /// Opens an existing state file read-only, without migrating it (for `gleaner runs`).
    public static func openForReading(path: String) throws(RunError) -> StateFile {
        guard FileManager.default.fileExists(atPath: path) else {
            throw RunError("no state file at '\(path)': no run has been recorded there yet (see --output or --state)")
        }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(10)
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let current = try queue.read { db in try StateSchema.migrator.hasCompletedMigrations(db) }
            guard current else {
                throw RunError(
                    "\(path): the state file predates run history (schema v1); the next 'gleaner run' upgrades it")
            }
            return StateFile(path: path, queue: queue)
        } catch let error as RunError {
            throw error
        } catch {
            throw RunError("\(path): cannot read the state file: \(error)")
        }
    }

    /// Every input under the input directory `root` (its canonical path) that earlier runs
    /// processed, by relative path.
    public func processedInputs(root: String) throws(RunError) -> [String: ProcessedInput] {
        try reading("the processed inputs") { db in
            var inputs: [String: ProcessedInput] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT path, size, mtime_ns, sha256, id, run, outcome FROM inputs WHERE root = ?",
                arguments: [root])
            while let row = try rows.next() {
                let input = ProcessedInput(
                    path: row[0], size: row[1], mtimeNanoseconds: row[2], sha256: row[3], id: row[4], run: row[5],
                    outcome: row[6])
                inputs[input.path] = input
            }
            return inputs
        }
    }

    /// Writes a run's history row, the inputs it processed under the input directory `root` (its
    /// canonical path) and its dedup contribution in one transaction:
    /// all of it or, if anything fails or the process dies first, none of it. Returns the run's
    /// row id.
    @discardableResult
    public func commit(_ commit: RunCommit, root: String, dedupState: DedupState?) throws(RunError) -> Int64 {
        if let failure = dedupState?.failure { throw failure }
        do {
            return try queue.write { db in
                let run = try Self.insert(commit.record, documents: commit.dedup?.documents.count ?? 0, into: db)
                if let contribution = commit.dedup, let dedupState {
                    try contribution.write(to: db, state: dedupState, run: run)
                }
                let upsert = try db.makeStatement(
                    sql: """
                        INSERT OR REPLACE INTO inputs (root, path, size, mtime_ns, sha256, id, run, outcome)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                for input in commit.processed {
                    try upsert.execute(arguments: [
                        root, input.path, input.size, input.mtimeNanoseconds, input.sha256, input.id, run,
                        input.outcome,
                    ])
                }
                for input in commit.refreshed {
                    try upsert.execute(arguments: [
                        root, input.path, input.size, input.mtimeNanoseconds, input.sha256, input.id, input.run,
                        input.outcome,
                    ])
                }
                return run
            }
        } catch let error as RunError {
            throw error
        } catch {
            throw RunError("\(path): cannot write the run to the state file: \(error); nothing was published")
        }
    }

    /// Records a run that failed (nothing published, no inputs or dedup index written).
    public func recordFailure(_ record: RunRecord) throws(RunError) {
        try writing("the failed run") { db in _ = try Self.insert(record, documents: 0, into: db) }
    }

    /// Sets the status of the run whose folder is `name`.
    public func setStatus(_ status: RunRecord.Status, ofRun name: String) throws(RunError) {
        try writing("the status of run \(name)") { db in
            try db.execute(sql: "UPDATE runs SET status = ? WHERE name = ?", arguments: [status.rawValue, name])
        }
    }

    /// Runs with `status`, oldest first.
    public func runs(withStatus status: RunRecord.Status) throws(RunError) -> [RunRecord] {
        try reading("the run history") { db in
            try Row.fetchAll(db, sql: Self.selectRuns + " WHERE status = ? ORDER BY id", arguments: [status.rawValue])
                .map(Self.record)
        }
    }

    /// The last `limit` runs (all when `nil`), oldest first.
    public func history(limit: Int? = nil) throws(RunError) -> [RunRecord] {
        try reading("the run history") { db in
            let sql = Self.selectRuns + " ORDER BY id DESC" + (limit.map { " LIMIT \($0)" } ?? "")
            return try Row.fetchAll(db, sql: sql).map(Self.record).reversed()
        }
    }

    /// The end time of the last published run that exited 0 or 1, if any.
    public func lastSuccess() throws(RunError) -> String? {
        try reading("the run history") { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT finished FROM runs WHERE status IN ('committed', 'published', 'pruned')
                    AND finished IS NOT NULL ORDER BY id DESC LIMIT 1
                    """)
        }
    }

    // MARK: Rows

    private static let selectRuns = """
        SELECT name, started, finished, status, exit_status, pipeline, inputs, unchanged, articles, duplicates,
        errors, seconds, gleaner_version, pipeline_hash, input FROM runs
        """

    private static func record(_ row: Row) -> RunRecord {
        RunRecord(
            name: row[0], started: row[1], finished: row[2],
            status: RunRecord.Status(rawValue: row[3] ?? "") ?? .published, exitStatus: row[4], pipeline: row[5],
            inputs: row[6], unchanged: row[7], articles: row[8], duplicates: row[9], errors: row[10],
            seconds: row[11], gleanerVersion: row[12], pipelineHash: row[13], input: row[14])
    }

    private static func insert(_ record: RunRecord, documents: Int, into db: Database) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO runs (started, pipeline, documents, name, finished, status, exit_status, inputs,
                unchanged, articles, duplicates, errors, seconds, gleaner_version, pipeline_hash, input)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                record.started, record.pipeline, documents, record.name, record.finished, record.status.rawValue,
                record.exitStatus, record.inputs, record.unchanged, record.articles, record.duplicates,
                record.errors, record.seconds, record.gleanerVersion, record.pipelineHash, record.input,
            ])
        return db.lastInsertedRowID
    }

    private func reading<Value>(_ what: String, _ body: (Database) throws -> Value) throws(RunError) -> Value {
        do {
            return try queue.read(body)
        } catch {
            throw RunError("\(path): cannot read \(what) from the state file: \(error)")
        }
    }

    private func writing(_ what: String, _ body: (Database) throws -> Void) throws(RunError) {
        do {
            try queue.write(body)
        } catch {
            throw RunError("\(path): cannot write \(what) to the state file: \(error)")
        }
    }
}
