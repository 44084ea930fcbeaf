import GleanerCore

#if canImport(Glibc)
    import Glibc
#endif

/// Reads one input: its bytes from disk, their SHA-256 (the content hash that identifies the
/// document, needed before anything else so that unchanged files can be recognised), gzip
/// decompression and charset decoding, with the size and decompression-ratio caps applied.
/// Blocking I/O: call it from the run's reader queue.
public struct InputReader: Sendable {
    public var limits: InputLimits

    public init(limits: InputLimits) {
        self.limits = limits
    }

    /// Reads and decodes `file`; every failure becomes a `DocumentError` for that file alone.
    public func read(_ file: InputFile) -> ReadOutcome {
        let bytes: [UInt8]
        do {
            bytes = try load(file)
        } catch {
            return ReadOutcome(file: file, diskSize: nil, result: .failure(error))
        }
        return ReadOutcome(
            file: file, diskSize: bytes.count,
            result: Result { () throws(DocumentError) in try decode(bytes, file: file) })
    }

    /// The file's bytes as stored on disk; refuses files above the size cap before reading them.
    public func load(_ file: InputFile) throws(DocumentError) -> [UInt8] {
        try readBytes(file.absolutePath)
    }

    /// Hashes, decompresses and decodes bytes already in memory (also used for standard input).
    public func decode(_ bytes: [UInt8], file: InputFile) throws(DocumentError) -> LoadedDocument {
        guard !bytes.isEmpty else {
            throw DocumentError(stage: .read, reason: "empty file (0 bytes)")
        }
        let identity = DocumentIdentity(relativePath: file.relativePath, diskBytes: bytes)
        var content = bytes
        if file.gzipped {
            content = try GzipDecompressor.decompress(bytes, maxBytes: limits.maxBytes, maxRatio: limits.maxRatio)
            guard !content.isEmpty else {
                throw DocumentError(stage: .read, reason: "the gzip stream decompresses to 0 bytes")
            }
        } else if bytes.count > limits.maxBytes {
            throw DocumentError(stage: .read, reason: tooLarge(bytes.count))
        }
        let decoded = try CharsetDecoder.decode(content, format: file.format)
        return LoadedDocument(file: file, identity: identity, diskSize: bytes.count, decoded: decoded)
    }

    private func tooLarge(_ size: Int) -> String {
        "\(ByteCount.format(size)) is larger than the \(ByteCount.format(limits.maxBytes)) limit (raise limits.max_bytes or --max-bytes if this file is genuine)"
    }

    /// The whole file; refuses files above the cap before reading them.
    private func readBytes(_ path: String) throws(DocumentError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw DocumentError(stage: .read, reason: Self.openFailure(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw DocumentError(stage: .read, reason: "cannot stat: \(String(cString: strerror(errno)))")
        }
        let size = Int(info.st_size)
        if size > limits.maxBytes {
            throw DocumentError(stage: .read, reason: tooLarge(size))
        }
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < size {
                let got = Glibc.read(descriptor, buffer.baseAddress! + initialized, size - initialized)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if got == 0 { break }  // the file shrank while we read it
                initialized += got
            }
        }
        if failure != 0 {
            throw DocumentError(stage: .read, reason: "read failed: \(String(cString: strerror(failure)))")
        }
        return bytes
    }

    private static func openFailure(_ code: Int32) -> String {
        switch code {
        case EACCES: return "permission denied: the file is not readable by this user (check its mode and owner)"
        case ENOENT: return "the file disappeared after the input directory was listed"
        case EISDIR: return "is a directory"
        default: return "cannot open: \(String(cString: strerror(code)))"
        }
    }
}
