import GleanerCore

#if canImport(Glibc)
    import Glibc
#endif

/// Writes one JSON object per line to a file, buffered. Not thread-safe: one writer belongs to
/// one queue (the run's serial sink).
public final class JSONLinesWriter {
    private let descriptor: Int32
    private let path: String
    private var buffer: [UInt8] = []
    private var scratch = JSONLine(capacity: 1 << 16)
    /// Lines written so far.
    public private(set) var lines = 0

    /// Creates (or truncates) the file at `path`.
    public init(path: String) throws(RunError) {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw RunError("cannot create '\(path)': \(String(cString: strerror(errno)))")
        }
        self.path = path
        buffer.reserveCapacity(1 << 20)
    }

    deinit { close(descriptor) }

    /// Writes `value` as one line.
    public func write(_ value: some JSONLineWritable) throws(RunError) {
        var json = JSONLine(capacity: 0)
        swap(&json, &scratch)
        json.reset()
        value.write(to: &json)
        buffer.append(contentsOf: json.bytes)
        buffer.append(0x0A)
        swap(&json, &scratch)
        lines += 1
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes buffered lines to the file.
    public func flush() throws(RunError) {
        guard buffer.withUnsafeBytes({ DurableFile.writeAll($0, to: descriptor) }) else {
            throw RunError("cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and forces the data to disk, so a published file is never half-written.
    public func finish() throws(RunError) {
        try flush()
        guard fsync(descriptor) == 0 else {
            throw RunError("cannot sync '\(path)': \(String(cString: strerror(errno)))")
        }
    }
}
