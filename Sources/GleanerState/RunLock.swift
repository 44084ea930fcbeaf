import GleanerCore

#if canImport(Glibc)
    import Glibc
#endif

/// The lock that keeps two runs off the same state and output: an exclusive `flock` on a lock
/// file beside the state file. The kernel releases it when the holder's process ends, however
/// it ends, so a lock file left by a dead process never blocks a run.
///
/// The holder writes its pid and start time into the file after locking, so that a refused
/// run can name it.
public final class RunLock: Sendable {
    /// The lock file.
    public let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Takes the lock at `path` without waiting, or throws a `RunError` with exit status 75
    /// that names the holder.
    public static func acquire(path: String, started: String) throws(RunError) -> RunLock {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw RunError("cannot open the lock file '\(path)': \(String(cString: strerror(errno)))")
        }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            let holder = code == EWOULDBLOCK ? describeHolder(descriptor) : ""
            close(descriptor)
            guard code == EWOULDBLOCK else {
                throw RunError("cannot lock '\(path)': \(String(cString: strerror(code)))")
            }
            throw RunError(
                "another gleaner run holds the lock \(path) (\(holder)); this run did nothing. The lock is released when that process ends; do not delete the file",
                exitStatus: RunError.lockedExitStatus)
        }
        let text = "pid \(getpid())\nstarted \(started)\n"
        _ = ftruncate(descriptor, 0)
        _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
        return RunLock(path: path, descriptor: descriptor)
    }

    /// "pid 123, started 2026-11-25T02:15:00Z" from the lock file's content.
    private static func describeHolder(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        let text = count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
        var pid = "unknown"
        var started = "unknown"
        for line in text.split(separator: "\n") {
            if line.hasPrefix("pid ") { pid = String(line.dropFirst(4)) }
            if line.hasPrefix("started ") { started = String(line.dropFirst(8)) }
        }
        return "pid \(pid), started \(started)"
    }
}
