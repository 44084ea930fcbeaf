import GRDB

/// The state file's schema, as versioned migrations (GRDB's `DatabaseMigrator`). Never edit a
/// registered migration: add the next one.
///
/// v1, the persisted dedup index:
/// - `parameters`: one row, the dedup parameters and hash-family version the index was built with;
/// - `runs`: one row per committed run;
/// - `documents`: every indexed article (unique or near duplicate), numbered in input order
///   across runs (`number` is the rowid), with its id, path, MinHash signature, union-find
///   parent and the original it was written with (`cluster`);
/// - `exact_keys`: exact key (16 bytes) → the first document with it;
/// - `band_keys`: LSH band (band number and band bytes packed in one integer) → the first
///   document with it, answered by the rowid B-tree without loading anything at open.
enum StateSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE parameters (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        threshold REAL NOT NULL,
                        shingle INTEGER NOT NULL,
                        permutations INTEGER NOT NULL,
                        bands INTEGER NOT NULL,
                        hash_family INTEGER NOT NULL);
                    CREATE TABLE runs (
                        id INTEGER PRIMARY KEY,
                        started TEXT NOT NULL,
                        pipeline TEXT NOT NULL,
                        documents INTEGER NOT NULL);
                    CREATE TABLE documents (
                        number INTEGER PRIMARY KEY,
                        id TEXT NOT NULL,
                        path TEXT NOT NULL,
                        signature BLOB NOT NULL,
                        parent INTEGER NOT NULL,
                        cluster INTEGER NOT NULL,
                        run INTEGER NOT NULL);
                    CREATE TABLE exact_keys (
                        key BLOB PRIMARY KEY,
                        document INTEGER NOT NULL) WITHOUT ROWID;
                    CREATE TABLE band_keys (
                        key INTEGER PRIMARY KEY,
                        document INTEGER NOT NULL);
                    """)
        }
        return migrator
    }
}
