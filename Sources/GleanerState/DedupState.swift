import Foundation
import GRDB
import GleanerCore
import GleanerDedup

/// The persisted dedup index of a state file (SQLite through GRDB): what earlier runs indexed,
/// read lazily through SQLite's B-trees (opening it reads one row, whatever its size), and this
/// run's contribution, written in one transaction by `commit`.
///
/// Used only on the run's serial sink (hence `@unchecked Sendable`). A failed read does not stop
/// the look-up that hit it: it is kept in `failure`, and `commit` refuses to write after one.
public final class DedupState: PriorDocumentIndex, @unchecked Sendable {
    /// The state file.
    public let path: String
    public let parameters: DedupParameters
    /// Documents indexed by earlier runs.
    public let documentCount: Int
    /// The first read that failed, if any.
    public private(set) var failure: RunError?
    private let queue: DatabaseQueue
    private let bandKeys: BandRowKey
    private var signatures: [Int: [UInt8]] = [:]

    private init(path: String, parameters: DedupParameters, queue: DatabaseQueue, documentCount: Int) {
        self.path = path
        self.parameters = parameters
        self.queue = queue
        self.documentCount = documentCount
        bandKeys = BandRowKey(bands: parameters.bands, rows: parameters.rows)
    }

    /// Opens (or creates) the state file at `path` for a run with `parameters`, migrating its
    /// schema. Refuses a file whose index was built with other parameters.
    public static func open(path: String, parameters: DedupParameters) throws(RunError) -> DedupState {
        try open(StateFile.open(path: path), parameters: parameters)
    }

    /// The dedup index of an open state file, for a run with `parameters`. Refuses a file whose
    /// index was built with other parameters.
    public static func open(_ file: StateFile, parameters: DedupParameters) throws(RunError) -> DedupState {
        let path = file.path
        let queue = file.queue
        do {
            let (stored, count) = try queue.read { db in
                let row = try Row.fetchOne(
                    db, sql: "SELECT threshold, shingle, permutations, bands, hash_family FROM parameters")
                let stored = row.map {
                    StoredParameters(
                        threshold: $0[0], shingle: $0[1], permutations: $0[2], bands: $0[3], hashFamily: $0[4])
                }
                let count = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(number) + 1, 0) FROM documents") ?? 0
                return (stored, count)
            }
            let wanted = StoredParameters(parameters)
            if let stored, stored.hashFamily != wanted.hashFamily {
                throw RunError(
                    "\(path): the state file's dedup index was built by another Gleaner version, with signature scheme \(stored.hashFamily); this version computes scheme \(wanted.hashFamily), and signatures of different schemes cannot be compared. Start a new state file (--state FILE; every input is then processed again) or run without one (--state none)"
                )
            }
            if let stored, stored != wanted {
                throw RunError(
                    "\(path): the state file's dedup index was built with \(stored), but this run uses \(wanted); signatures made with different parameters cannot be compared. Use another state file (--state FILE), run without one (--state none), or set 'dedup:' back to the old values"
                )
            }
            return DedupState(path: path, parameters: parameters, queue: queue, documentCount: count)
        } catch let error as RunError {
            throw error
        } catch {
            throw RunError("\(path): cannot open the state file: \(error)")
        }
    }

    // MARK: PriorDocumentIndex

    public func forEachCandidate(of signature: MinHashSignature, _ body: (Int, Int) -> Void) {
        guard documentCount > 0 else { return }
        let bytes = signature.bytes[...]
        let rows = parameters.rows
        var hits: [(band: Int, document: Int)] = []
        read { db in
            let statement = try db.cachedStatement(sql: "SELECT document FROM band_keys WHERE key = ?")
            for band in 0..<parameters.bands {
                let key = MinHashSignature.bandKey(bytes, band: band, rows: rows)
                if let document = try Int.fetchOne(statement, arguments: [bandKeys.value(band: band, key: key)]) {
                    hits.append((band, document))
                }
            }
        }
        for hit in hits {
            let stored = self.signature(of: hit.document)
            guard
                MinHashSignature.bandKey(stored[...], band: hit.band, rows: rows)
                    == MinHashSignature.bandKey(bytes, band: hit.band, rows: rows)
            else { continue }
            body(hit.band, hit.document)
        }
    }

    public func signature(of document: Int) -> [UInt8] {
        if let cached = signatures[document] { return cached }
        let bytes =
            read { db in
                try Data.fetchOne(
                    db.cachedStatement(sql: "SELECT signature FROM documents WHERE number = ?"), arguments: [document])
            }.flatMap { $0 }.map { [UInt8]($0) } ?? []
        let signature =
            bytes.count == parameters.permutations ? bytes : [UInt8](repeating: 0, count: parameters.permutations)
        if signatures.count >= 4096 { signatures.removeAll(keepingCapacity: true) }
        signatures[document] = signature
        return signature
    }

    public func parent(of document: Int) -> Int {
        column("parent", of: document) ?? document
    }

    public func id(of document: Int) -> String {
        column("id", of: document) ?? ""
    }

    // MARK: Exact keys and clusters

    /// The earliest document of earlier runs whose text has exact key `key`.
    public func exactOriginal(_ key: ExactKey) -> Int? {
        guard documentCount > 0 else { return nil }
        return read { db in
            try Int.fetchOne(
                db.cachedStatement(sql: "SELECT document FROM exact_keys WHERE key = ?"),
                arguments: [Data(Self.bytes(of: key))])
        }.flatMap { $0 }
    }

    /// The original `document` was written with (itself when it was unique).
    public func cluster(of document: Int) -> Int {
        column("cluster", of: document) ?? document
    }

    /// The input path (relative to its run's input directory) of `document`.
    public func path(of document: Int) -> String {
        column("path", of: document) ?? ""
    }

    // MARK: Commit

    /// Writes this run's contribution in one transaction: all of it or, if anything fails or the
    /// process dies first, none of it.
    public func commit(_ contribution: DedupContribution) throws(RunError) {
        if let failure { throw failure }
        do {
            try queue.write { db in
                try db.execute(
                    sql: "INSERT INTO runs (started, pipeline, documents) VALUES (?, ?, ?)",
                    arguments: [contribution.started, contribution.pipeline, contribution.documents.count])
                try contribution.write(to: db, state: self, run: db.lastInsertedRowID)
            }
        } catch let error as RunError {
            throw error
        } catch {
            throw RunError("\(path): cannot write the run's dedup index to the state file: \(error)")
        }
    }

    var rowKeys: BandRowKey { bandKeys }

    static func bytes(of key: ExactKey) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(key.hex.utf8.count / 2)
        var high: UInt8?
        for character in key.hex.utf8 {
            let nibble = character <= 0x39 ? character - 0x30 : (character | 0x20) - 0x61 + 10
            if let value = high {
                bytes.append(value << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        return bytes
    }

    private func column<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ name: String, of document: Int
    ) -> Value? {
        read { db in
            try Value.fetchOne(
                db.cachedStatement(sql: "SELECT \(name) FROM documents WHERE number = ?"), arguments: [document])
        }.flatMap { $0 }
    }

    private func read<Value>(_ body: (Database) throws -> Value) -> Value? {
        do {
            return try queue.read(body)
        } catch {
            if failure == nil { failure = RunError("\(path): cannot read the state file: \(error)") }
            return nil
        }
    }
}
