import Foundation
import GleanerCore
import GleanerIO
import GleanerState

#if canImport(Glibc)
    import Glibc
#endif

/// Which discovered inputs a run processes. An input is skipped when an earlier run processed
/// the same path with the same bytes: same size and mtime, or, when those moved (a `touch`, a
/// copy), the same SHA-256 — then only its size and mtime are refreshed in the state file. A new
/// path is processed; a path whose bytes changed is processed again and supersedes its old id.
struct InputSelection: Sendable {
    /// The size and mtime of an input when it was selected.
    struct FileStat: Sendable, Equatable {
        var size: Int
        var mtimeNanoseconds: Int64
    }

    /// The inputs to process, in discovery order, with their stat.
    var files: [InputFile] = []
    var stats: [FileStat?] = []
    /// By position in `files`: the id an earlier run wrote the path's old bytes with.
    var previousIDs: [Int: String] = [:]
    /// Inputs skipped because an earlier run processed the same bytes.
    var unchanged = 0
    /// Unchanged inputs whose size or mtime moved, with the new ones.
    var refreshed: [ProcessedInput] = []

    /// Every discovered input, with nothing known about earlier runs.
    init(all files: [InputFile]) {
        self.files = files
        stats = files.map(Self.fileStat)
    }

    /// Selects among `files` given what earlier runs processed.
    init(_ discovered: [InputFile], earlier: [String: ProcessedInput]) {
        files.reserveCapacity(discovered.count)
        for file in discovered {
            let stat = Self.fileStat(file)
            guard let before = earlier[file.relativePath], let stat else {
                append(file, stat: stat, previousID: nil)
                continue
            }
            if before.size == stat.size && before.mtimeNanoseconds == stat.mtimeNanoseconds {
                unchanged += 1
                continue
            }
            if let bytes = FileManager.default.contents(atPath: file.absolutePath),
                DocumentIdentity(relativePath: file.relativePath, diskBytes: [UInt8](bytes)).sha256 == before.sha256
            {
                unchanged += 1
                var moved = before
                moved.size = stat.size
                moved.mtimeNanoseconds = stat.mtimeNanoseconds
                refreshed.append(moved)
                continue
            }
            append(file, stat: stat, previousID: before.id)
        }
    }

    private mutating func append(_ file: InputFile, stat: FileStat?, previousID: String?) {
        if let previousID { previousIDs[files.count] = previousID }
        files.append(file)
        stats.append(stat)
    }

    /// The file's size and mtime (following a link), or `nil` when it cannot be read.
    static func fileStat(_ file: InputFile) -> FileStat? {
        var info = stat()
        guard stat(file.absolutePath, &info) == 0 else { return nil }
        let nanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return FileStat(size: Int(info.st_size), mtimeNanoseconds: nanoseconds)
    }
}
