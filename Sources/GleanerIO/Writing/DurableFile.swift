import Foundation
import GleanerCore

#if canImport(Glibc)
    import Glibc
#endif

/// Writing files so that they survive a crash whole or not at all: data forced to disk before
/// a rename publishes it, and the directory synced after.
public enum DurableFile {
    /// Writes `data` to `path` (created or truncated) and syncs it.
    public static func write(_ data: Data, to path: String) throws(RunError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot create", path) }
        defer { close(descriptor) }
        guard data.withUnsafeBytes({ writeAll($0, to: descriptor) }) else { throw failure("cannot write", path) }
        guard fsync(descriptor) == 0 else { throw failure("cannot sync", path) }
    }

    /// Writes all of `bytes` to `descriptor`, retrying short and interrupted writes; `false`
    /// (with `errno` set) when a write fails.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    /// Replaces `path` atomically: writes a temporary file beside it, syncs it and renames it
    /// over `path`, so a reader sees the old file or the new one, never a partial one.
    public static func replace(_ path: String, with data: Data) throws(RunError) {
        let temporary = "\(directory(of: path))/.\(name(of: path)).tmp-\(getpid())"
        do throws(RunError) {
            try write(data, to: temporary)
            guard rename(temporary, path) == 0 else { throw failure("cannot rename \(temporary) to", path) }
        } catch {
            unlink(temporary)
            throw error
        }
        syncDirectory(directory(of: path))
    }

    /// Forces a directory's entries (renames, new files) to disk.
    public static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private static func failure(_ what: String, _ path: String) -> RunError {
        RunError("\(what) '\(path)': \(String(cString: strerror(errno)))")
    }
}
