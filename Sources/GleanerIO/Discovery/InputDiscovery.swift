import Foundation
import GleanerCore

#if canImport(Glibc)
    import Glibc
#endif

/// Walks the input directory recursively and lists the files Gleaner reads, in a stable order
/// (depth first, names compared byte by byte within each directory, a subdirectory visited
/// where its name sorts), so that ids, output order and dedup decisions never depend on the
/// file system's listing order.
///
/// - Reads `.html .htm .xhtml .txt .text`, each also with `.gz`.
/// - Skips hidden files and directories (names starting with `.`).
/// - Follows a symbolic link to a file only when its target lies inside the input tree; never
///   follows a symbolic link to a directory (no cycles, no escaping the tree).
public enum InputDiscovery {
    /// Lists the inputs under `root`; throws when `root` is not a readable directory.
    public static func discover(root: String) throws(RunError) -> DiscoveredInputs {
        var info = stat()
        guard stat(root, &info) == 0 else {
            throw RunError("input directory '\(root)' does not exist (\(String(cString: strerror(errno))))")
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw RunError("input '\(root)' is not a directory; use 'gleaner clean FILE' for one file")
        }
        guard let realRoot = realpath(root, nil) else {
            throw RunError("cannot resolve input directory '\(root)'")
        }
        let canonicalRoot = String(cString: realRoot)
        free(realRoot)

        var result = DiscoveredInputs()
        // Depth first, entries in byte order, each subdirectory listed where its name sorts.
        var stack: [(directory: String, names: [String], next: Int)] = []
        func push(_ relativeDirectory: String) {
            let directory = relativeDirectory.isEmpty ? root : root + "/" + relativeDirectory
            if let names = listDirectory(directory) {
                stack.append((relativeDirectory, names, 0))
            } else {
                let reason = String(cString: strerror(errno))
                result.unreadable.append(
                    (relativeDirectory, DocumentError(stage: .discover, reason: "cannot list directory: \(reason)")))
            }
        }
        push("")
        while let top = stack.last {
            guard top.next < top.names.count else {
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].next += 1
            let name = top.names[top.next]
            if name.hasPrefix(".") {
                result.skipped["hidden", default: 0] += 1
                continue
            }
            let relative = top.directory.isEmpty ? name : top.directory + "/" + name
            let path = root + "/" + relative
            var entry = stat()
            guard lstat(path, &entry) == 0 else {
                result.unreadable.append(
                    (relative, DocumentError(stage: .discover, reason: String(cString: strerror(errno)))))
                continue
            }
            switch entry.st_mode & S_IFMT {
            case S_IFDIR:
                push(relative)
            case S_IFREG:
                appendFile(relative, path: path, to: &result)
            case S_IFLNK:
                if isFileInside(path, root: canonicalRoot), DocumentFormat.forFileName(name) != nil {
                    appendFile(relative, path: path, to: &result)
                } else {
                    result.skipped["symlink", default: 0] += 1
                }
            default:
                result.skipped["not_regular", default: 0] += 1
            }
        }
        return result
    }

    private static func appendFile(_ relative: String, path: String, to result: inout DiscoveredInputs) {
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        guard let kind = DocumentFormat.forFileName(name) else {
            result.skipped["unsupported_extension", default: 0] += 1
            return
        }
        result.files.append(
            InputFile(relativePath: relative, absolutePath: path, format: kind.format, gzipped: kind.gzipped))
    }

    /// Entry names of `directory` sorted byte-wise, or `nil` (with `errno` set) if unreadable.
    private static func listDirectory(_ directory: String) -> [String]? {
        guard let handle = opendir(directory) else { return nil }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Whether the symbolic link at `path` resolves to a regular file inside `root`.
    private static func isFileInside(_ path: String, root: String) -> Bool {
        guard let resolved = realpath(path, nil) else { return false }
        defer { free(resolved) }
        let target = String(cString: resolved)
        var info = stat()
        guard stat(target, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        return target.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
}
