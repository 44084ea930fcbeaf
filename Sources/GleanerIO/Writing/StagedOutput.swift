import Foundation
import GleanerCore

#if canImport(Glibc)
    import Glibc
#endif

/// An output directory that appears only when complete: files are written into a temporary
/// directory beside the destination (same file system), which is renamed into place by
/// `publish()`. A run that fails or is killed leaves the previous output untouched and at most
/// a `.NAME.tmp-*` directory that the next run removes.
///
/// An existing destination is replaced only when it is empty or an earlier Gleaner output
/// (it holds `manifest.json`); anything else is refused before the run starts.
public final class StagedOutput: Sendable {
    /// Where the output ends up.
    public let destination: String
    /// Where it is written meanwhile.
    public let staging: String

    /// Checks the destination and creates the staging directory.
    public init(destination: String) throws(RunError) {
        let trimmed = destination.hasSuffix("/") && destination.count > 1 ? String(destination.dropLast()) : destination
        self.destination = trimmed
        let parent = Self.parent(of: trimmed)
        let name = trimmed.split(separator: "/").last.map(String.init) ?? trimmed
        try Self.checkReplaceable(trimmed)
        try Self.makeDirectories(parent)
        Self.removeLeftovers(in: parent, name: name)
        staging = "\(parent)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard mkdir(staging, 0o755) == 0 else {
            throw RunError("cannot create '\(staging)': \(String(cString: strerror(errno)))")
        }
    }

    /// The path of `name` inside the staging directory.
    public func path(_ name: String) -> String { staging + "/" + name }

    /// Writes `data` to `name` inside the staging directory and syncs it.
    public func writeFile(_ name: String, _ data: Data) throws(RunError) {
        let target = path(name)
        guard FileManager.default.createFile(atPath: target, contents: data) else {
            throw RunError("cannot write '\(target)'")
        }
    }

    /// Moves the staging directory into place, replacing an earlier output.
    public func publish() throws(RunError) {
        Self.syncDirectory(staging)
        var previous: String?
        if access(destination, F_OK) == 0 {
            let aside = "\(staging).previous"
            guard rename(destination, aside) == 0 else {
                throw RunError(
                    "cannot move the earlier output '\(destination)' aside: \(String(cString: strerror(errno)))")
            }
            previous = aside
        }
        guard rename(staging, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            if let previous { _ = rename(previous, destination) }
            throw RunError("cannot publish '\(destination)': \(reason)")
        }
        Self.syncDirectory(Self.parent(of: destination))
        if let previous { try? FileManager.default.removeItem(atPath: previous) }
    }

    /// Removes the staging directory (after a failed run).
    public func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }

    private static func checkReplaceable(_ destination: String) throws(RunError) {
        var info = stat()
        guard lstat(destination, &info) == 0 else { return }  // does not exist yet
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw RunError("output '\(destination)' exists and is not a directory")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: destination)) ?? []
        if entries.isEmpty || entries.contains("manifest.json") { return }
        throw RunError(
            "output '\(destination)' exists and is not an earlier Gleaner output (no manifest.json); refusing to replace it — choose another --output"
        )
    }

    private static func makeDirectories(_ path: String) throws(RunError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw RunError("cannot create the output's parent directory '\(path)': \(error.localizedDescription)")
        }
    }

    /// Removes staging directories of earlier runs that died (their process no longer exists).
    private static func removeLeftovers(in parent: String, name: String) {
        let prefix = ".\(name).tmp-"
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for entry in entries where entry.hasPrefix(prefix) {
            let pidText = entry.dropFirst(prefix.count).prefix { $0 != "-" }
            if let pid = Int32(pidText), pid != getpid(), kill(pid, 0) == 0 || errno == EPERM { continue }
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
