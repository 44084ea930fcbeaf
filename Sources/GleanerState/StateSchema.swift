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
///
/// v2, incremental nightly runs:
/// - `runs` gains the run history: folder name, end time, status (`committed` → `published`,
///   or `failed`, `pruned`, `lost`), exit status, counts, Gleaner version, pipeline hash, input;
/// - `inputs`: one row per input (the input directory's canonical path and the path relative to
///   it) with the size, mtime and SHA-256 it was last processed with, its article id, the run
///   and the outcome.
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
        migrator.registerMigration("v2") { db in
            try db.execute(
                sql: """
                    ALTER TABLE runs ADD COLUMN name TEXT;
                    ALTER TABLE runs ADD COLUMN finished TEXT;
                    ALTER TABLE runs ADD COLUMN status TEXT NOT NULL DEFAULT 'published';
                    ALTER TABLE runs ADD COLUMN exit_status INTEGER;
                    ALTER TABLE runs ADD COLUMN inputs INTEGER;
                    ALTER TABLE runs ADD COLUMN unchanged INTEGER;
                    ALTER TABLE runs ADD COLUMN articles INTEGER;
                    ALTER TABLE runs ADD COLUMN duplicates INTEGER;
                    ALTER TABLE runs ADD COLUMN errors INTEGER;
                    ALTER TABLE runs ADD COLUMN seconds REAL;
                    ALTER TABLE runs ADD COLUMN gleaner_version TEXT;
                    ALTER TABLE runs ADD COLUMN pipeline_hash TEXT;
                    ALTER TABLE runs ADD COLUMN input TEXT;
                    CREATE UNIQUE INDEX runs_by_name ON runs (name);
                    CREATE TABLE inputs (
                        root TEXT NOT NULL,
                        path TEXT NOT NULL,
                        size INTEGER NOT NULL,
                        mtime_ns INTEGER NOT NULL,
                        sha256 TEXT NOT NULL,
                        id TEXT NOT NULL,
                        run INTEGER NOT NULL,
                        outcome TEXT NOT NULL,
                        PRIMARY KEY (root, path)) WITHOUT ROWID;
                    """)
        }
        return migrator
    }
}
