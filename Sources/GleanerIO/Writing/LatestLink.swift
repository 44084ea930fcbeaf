import GleanerCore

#if canImport(Glibc)
    import Glibc
#endif

/// `OUTPUT/latest`, a symbolic link to the newest complete run (`runs/<name>`, relative, so the
/// output directory can be moved). Replaced atomically: a new link under a temporary name,
/// renamed over the old one, so a reader always finds a link to a complete run.
extension OutputRoot {
    /// Points `latest` at run `name`.
    public func pointLatest(to name: String) throws(RunError) {
        let temporary = "\(path)/.latest.tmp-\(getpid())"
        unlink(temporary)
        guard symlink("runs/\(name)", temporary) == 0 else {
            throw RunError("cannot create the link '\(temporary)': \(String(cString: strerror(errno)))")
        }
        guard rename(temporary, latest) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw RunError("cannot replace '\(latest)': \(reason)")
        }
        DurableFile.syncDirectory(path)
    }

    /// The run `latest` points to, if it is a link into `runs/`.
    public func latestRun() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink(latest, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard target.hasPrefix("runs/") else { return nil }
        return String(target.dropFirst("runs/".count))
    }
}
