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
        // The rows go in sorted by key, so each B-tree page is visited once, with a page cache
        // that holds what one run touches; the statements insert many rows each.
        let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = -65536")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
        var rows = BatchInsert<DatabaseValue>(
            db: db, sql: "INSERT INTO documents (number, id, path, signature, parent, cluster, run) VALUES", columns: 7)
        for document in documents {
            rows.append(document.number.databaseValue)
            rows.append(document.id.databaseValue)
            rows.append(document.path.databaseValue)
            rows.append(Data(document.signature).databaseValue)
            rows.append(document.parent.databaseValue)
            rows.append(document.cluster.databaseValue)
            rows.append(run.databaseValue)
            try rows.endRow()
        }
        try rows.flush()
        try insertExactKeys(into: db)
        try insertBandKeys(into: db, keys: state.rowKeys)
        let updateParent = try db.makeStatement(sql: "UPDATE documents SET parent = ? WHERE number = ?")
        for (document, parent) in changedParents.sorted(by: { $0.key < $1.key }) {
            try updateParent.execute(arguments: [parent, document])
        }
    }

    /// The first document of each exact key, in key order (`INSERT OR IGNORE`: an earlier run's
    /// document keeps the key).
    private func insertExactKeys(into db: Database) throws {
        var keys: [(high: UInt64, low: UInt64, document: Int)] = []
        keys.reserveCapacity(documents.count)
        for document in documents {
            let bytes = DedupState.bytes(of: document.exactKey)
            guard bytes.count == 16 else { continue }
            var high: UInt64 = 0
            var low: UInt64 = 0
            for index in 0..<8 {
                high = high << 8 | UInt64(bytes[index])
                low = low << 8 | UInt64(bytes[index + 8])
            }
            keys.append((high, low, document.number))
        }
        keys.sort { ($0.high, $0.low, $0.document) < ($1.high, $1.low, $1.document) }
        var rows = BatchInsert<DatabaseValue>(
            db: db, sql: "INSERT OR IGNORE INTO exact_keys (key, document) VALUES", columns: 2)
        var previous: (UInt64, UInt64)?
        for key in keys where previous.map({ $0 != (key.high, key.low) }) ?? true {
            previous = (key.high, key.low)
            var bytes = [UInt8](repeating: 0, count: 16)
            for index in 0..<8 {
                bytes[index] = UInt8(truncatingIfNeeded: key.high >> (56 - 8 * index))
                bytes[index + 8] = UInt8(truncatingIfNeeded: key.low >> (56 - 8 * index))
            }
            rows.append(Data(bytes).databaseValue)
            rows.append(key.document.databaseValue)
            try rows.endRow()
        }
        try rows.flush()
    }

    /// The first document of each band key, in key order (`INSERT OR IGNORE`: an earlier run's
    /// document keeps the key).
    private func insertBandKeys(into db: Database, keys: BandRowKey) throws {
        let numberBits = Int.bitWidth - (documents.last?.number ?? 0).leadingZeroBitCount
        if let keyBits = keys.packedBits, keyBits + numberBits <= 63 {
            try insertPackedBandKeys(into: db, keys: keys, keyBits: keyBits, numberBits: numberBits)
            return
        }
        // (key, document) packed so that the plain integer order is the key order, then the
        // document order (the first document of a key is the one kept).
        var entries: [UInt128] = []
        entries.reserveCapacity(documents.count * keys.bands)
        for document in documents {
            let signature = document.signature[...]
            let number = UInt128(UInt64(truncatingIfNeeded: document.number))
            for band in 0..<keys.bands {
                let key = keys.value(band: band, key: MinHashSignature.bandKey(signature, band: band, rows: keys.rows))
                entries.append(UInt128(UInt64(bitPattern: key) ^ (1 << 63)) << 64 | number)
            }
        }
        entries.sort()
        var rows = BatchInsert<Int64>(db: db, sql: "INSERT OR IGNORE INTO band_keys (key, document) VALUES", columns: 2)
        var previous: UInt64?
        for entry in entries {
            let key = UInt64(truncatingIfNeeded: entry >> 64)
            guard key != previous else { continue }
            previous = key
            rows.append(Int64(bitPattern: key ^ (1 << 63)))
            rows.append(Int64(truncatingIfNeeded: entry))
            try rows.endRow()
        }
        try rows.flush()
    }

    /// `insertBandKeys` when a band key and a document number fit in one 63-bit integer (the
    /// default parameters: 29 bits of key): one integer per row to sort (by radix) and to bind, which
    /// SQLite splits again.
    private func insertPackedBandKeys(into db: Database, keys: BandRowKey, keyBits: Int, numberBits: Int) throws {
        var entries: [Int64] = []
        entries.reserveCapacity(documents.count * keys.bands)
        for document in documents {
            let signature = document.signature[...]
            for band in 0..<keys.bands {
                let key = keys.value(band: band, key: MinHashSignature.bandKey(signature, band: band, rows: keys.rows))
                entries.append(key << numberBits | Int64(document.number))
            }
        }
        RadixSort.sort(&entries, bits: keyBits + numberBits)
        var rows = BatchInsert<Int64>(
            db: db, sql: "INSERT OR IGNORE INTO band_keys (key, document) VALUES", columns: 1,
            row: "(?# >> \(numberBits), ?# & \((1 << numberBits) - 1))")
        var previous: Int64 = -1
        for entry in entries where entry >> numberBits != previous {
            previous = entry >> numberBits
            rows.append(entry)
            try rows.endRow()
        }
        try rows.flush()
    }
}
