import Foundation
import GRDB
import GleanerCore
import GleanerDedup

/// What one run adds to the state file's dedup index: its indexed documents in input order
/// (numbered after the earlier runs' documents) and the union-find parents it changed.
public struct DedupContribution: Sendable {
    /// One indexed article.
    public struct Document: Sendable {
        public var number: Int
        public var id: String
        public var path: String
        public var signature: [UInt8]
        /// The smallest document of its cluster at the end of the run.
        public var parent: Int
        /// The original it was written with (itself when unique).
        public var cluster: Int
        public var exactKey: ExactKey

        public init(
            number: Int, id: String, path: String, signature: [UInt8], parent: Int, cluster: Int, exactKey: ExactKey
        ) {
            self.number = number
            self.id = id
            self.path = path
            self.signature = signature
            self.parent = parent
            self.cluster = cluster
            self.exactKey = exactKey
        }
    }

    public var pipeline: String
    public var started: String
    public var documents: [Document] = []
    /// Earlier documents whose union-find parent this run changed → the new parent.
    public var changedParents: [Int: Int] = [:]

    public init(pipeline: String, started: String) {
        self.pipeline = pipeline
        self.started = started
    }

    /// Writes the contribution as part of run `run` (a `runs` row inserted in the same
    /// transaction).
    func write(to db: Database, state: DedupState, run: Int64) throws {
        let count = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(number) + 1, 0) FROM documents") ?? 0
        guard count == state.documentCount else {
            throw RunError(
                "\(state.path): the state file changed during the run (\(state.documentCount) documents at the start, \(count) now; another gleaner run with the same state file?); nothing was published"
            )
        }
        let parameters = StoredParameters(state.parameters)
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO parameters (id, threshold, shingle, permutations, bands, hash_family)
                VALUES (1, ?, ?, ?, ?, ?)
                """,
            arguments: [
                parameters.threshold, parameters.shingle, parameters.permutations, parameters.bands,
                parameters.hashFamily,
            ])
        let insertDocument = try db.makeStatement(
            sql:
                "INSERT INTO documents (number, id, path, signature, parent, cluster, run) VALUES (?, ?, ?, ?, ?, ?, ?)"
        )
        let insertExact = try db.makeStatement(sql: "INSERT OR IGNORE INTO exact_keys (key, document) VALUES (?, ?)")
        let insertBand = try db.makeStatement(sql: "INSERT OR IGNORE INTO band_keys (key, document) VALUES (?, ?)")
        let keys = state.rowKeys
        for document in documents {
            try insertDocument.execute(arguments: [
                document.number, document.id, document.path, Data(document.signature), document.parent,
                document.cluster, run,
            ])
            try insertExact.execute(arguments: [Data(DedupState.bytes(of: document.exactKey)), document.number])
            for band in 0..<keys.bands {
                let key = MinHashSignature.bandKey(document.signature[...], band: band, rows: keys.rows)
                try insertBand.execute(arguments: [keys.value(band: band, key: key), document.number])
            }
        }
        let updateParent = try db.makeStatement(sql: "UPDATE documents SET parent = ? WHERE number = ?")
        for (document, parent) in changedParents.sorted(by: { $0.key < $1.key }) {
            try updateParent.execute(arguments: [parent, document])
        }
    }
}
