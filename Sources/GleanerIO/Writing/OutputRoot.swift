import Foundation
import GleanerCore

#if canImport(Glibc)
    import Glibc
#endif

/// The output directory of nightly runs:
///
/// ```
/// OUTPUT/
///   runs/<UTC time>-<short id>/   articles.jsonl, errors.jsonl, manifest.json (one folder per run)
///   runs/.<name>.partial/         a run being written (renamed to runs/<name>/ when complete)
///   latest -> runs/<name>         the newest complete run
///   state.sqlite, state.sqlite.lock
/// ```
///
/// A run is written into its `.partial` folder and renamed into place only when complete, so
/// `runs/` only ever shows complete runs. Callers hold the run lock.
public struct OutputRoot: Sendable {
    /// The output directory.
    public let path: String
    /// `OUTPUT/runs`.
    public var runs: String { path + "/runs" }
    /// `OUTPUT/latest`.
    public var latest: String { path + "/latest" }

    /// Entries that mark a directory as a Gleaner output (so that it may be written into).
    static let ownEntries: Set<String> = [
        "runs", "latest", "state.sqlite", "state.sqlite.lock", "gleaner.lock", "manifest.json",
    ]

    /// Checks the output directory and creates it and `runs/`. A directory that exists must be
    /// empty or a Gleaner output: Gleaner never writes into a folder of other files.
    public init(path: String) throws(RunError) {
        var trimmed = path
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.path = trimmed
        var info = stat()
        if stat(trimmed, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw RunError("output '\(trimmed)' exists and is not a directory")
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: trimmed)) ?? []
            if !entries.isEmpty && Self.ownEntries.isDisjoint(with: entries) {
                throw RunError(
                    "output '\(trimmed)' exists and is not a Gleaner output (no runs/ or state.sqlite in it); refusing to write into it — choose another --output"
                )
            }
        }
        do {
            try FileManager.default.createDirectory(atPath: trimmed + "/runs", withIntermediateDirectories: true)
        } catch {
            throw RunError("cannot create the output directory '\(trimmed)/runs': \(error.localizedDescription)")
        }
    }

    /// Where run `name` is written before it is published.
    public func staging(_ name: String) -> String { "\(runs)/.\(name).partial" }

    /// Where run `name` is once published.
    public func published(_ name: String) -> String { "\(runs)/\(name)" }

    /// Creates the staging folder of run `name`.
    public func createStaging(_ name: String) throws(RunError) -> String {
        let folder = staging(name)
        guard mkdir(folder, 0o755) == 0 else {
            throw RunError("cannot create '\(folder)': \(String(cString: strerror(errno)))")
        }
        return folder
    }

    /// Publishes run `name`: syncs its staging folder and renames it into `runs/`.
    public func publish(_ name: String) throws(RunError) {
        DurableFile.syncDirectory(staging(name))
        guard rename(staging(name), published(name)) == 0 else {
            throw RunError("cannot publish '\(published(name))': \(String(cString: strerror(errno)))")
        }
        DurableFile.syncDirectory(runs)
    }

    /// Whether run `name` is published, or staged.
    public func isPublished(_ name: String) -> Bool { directoryExists(published(name)) }
    public func isStaged(_ name: String) -> Bool { directoryExists(staging(name)) }

    /// The published runs' names, oldest first (names start with their UTC start time).
    public func publishedRuns() -> [String] {
        entries().filter { !$0.hasPrefix(".") && directoryExists(published($0)) }.sorted()
    }

    /// The runs whose staging folder exists (complete or not).
    public func stagedRuns() -> [String] {
        entries().compactMap { entry in
            guard entry.hasPrefix("."), entry.hasSuffix(".partial") else { return nil }
            return String(entry.dropFirst().dropLast(".partial".count))
        }
    }

    /// Removes the staging folder of run `name`.
    public func discardStaging(_ name: String) {
        try? FileManager.default.removeItem(atPath: staging(name))
    }

    private func entries() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: runs)) ?? []
    }

    private func directoryExists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
