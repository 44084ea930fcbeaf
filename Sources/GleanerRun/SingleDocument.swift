import Foundation
import GleanerCore
import GleanerIO

/// Cleans one document outside a run, for `gleaner clean` and for tests: the same read, decode
/// and clean code as the pipeline, without dedup (its `dedup.status` is `not_checked`).
public enum SingleDocument {
    /// Cleans `bytes` (as stored on disk) named `path`. The format comes from `format`, else the
    /// file name, else a look at the first bytes (`<` means HTML).
    public static func clean(
        bytes: [UInt8], path: String, format: DocumentFormat? = nil, limits: InputLimits = InputLimits()
    ) -> Result<ArticleRecord, DocumentError> {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let byName = DocumentFormat.forFileName(name)
        let gzipped = byName?.gzipped ?? (bytes.starts(with: [0x1F, 0x8B]))
        let file = InputFile(
            relativePath: path, absolutePath: path, format: format ?? byName?.format ?? sniff(bytes),
            gzipped: gzipped)
        return Result { () throws(DocumentError) in
            let loaded = try InputReader(limits: limits).decode(bytes, file: file)
            return try DocumentProcessor.article(from: loaded)
        }
    }

    /// The file `path` (or standard input for `-`) cleaned.
    public static func clean(path: String, format: DocumentFormat? = nil) -> Result<ArticleRecord, DocumentError> {
        let data: Data?
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: path)
        }
        guard let data else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
            return .failure(DocumentError(stage: .read, reason: reason))
        }
        return clean(bytes: [UInt8](data), path: path == "-" ? "stdin" : path, format: format)
    }

    private static func sniff(_ bytes: [UInt8]) -> DocumentFormat {
        let first = bytes.prefix(1024).first {
            $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF
        }
        return first == UInt8(ascii: "<") ? .html : .text
    }
}

extension ArticleRecord {
    /// The record as one line of JSON, exactly as a run writes it (no trailing newline).
    public var jsonLine: String { String(decoding: JSONLine.encode(self), as: UTF8.self) }
}
