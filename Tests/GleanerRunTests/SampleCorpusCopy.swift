import Foundation

/// A private copy of the repository's `SampleCorpus/` (the tests never write into the
/// repository) plus a scratch area for outputs; removed by `remove()`.
struct SampleCorpusCopy {
    let root: String
    var input: String { root + "/input" }

    /// `SampleCorpus/` in this checkout, found from this source file's path.
    static var original: String {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SampleCorpus").path
    }

    init() throws {
        root = NSTemporaryDirectory() + "gleaner-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.original, toPath: input)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
    }

    func lines(_ relative: String) throws -> [[String: Any]] {
        try read(relative).split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        }
    }
}
