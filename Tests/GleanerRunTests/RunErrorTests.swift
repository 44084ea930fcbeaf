import Foundation
import GleanerCore
import GleanerRun
import Logging
import Testing

@Suite("Run-level errors and limits")
struct RunErrorTests {
    private func options(input: String?, output: String?, maxBytes: Int? = nil) throws(RunError) -> RunOptions {
        var configuration = PipelineConfiguration()
        configuration.input = input
        configuration.output = output
        configuration.workers = 2
        if let maxBytes { configuration.limits.maxBytes = maxBytes }
        return try RunOptions(configuration)
    }

    @Test func missingDirectoriesAreRunErrors() throws {
        #expect(throws: RunError.self) { try options(input: nil, output: "/tmp/x") }
        #expect(throws: RunError.self) { try options(input: "/tmp", output: nil) }
        let missing = try options(input: "/nonexistent/gleaner", output: NSTemporaryDirectory() + "gleaner-never")
        #expect(throws: RunError.self) { try PipelineRunner(options: missing, logger: Logger(label: "t")).run() }
        #expect(!FileManager.default.fileExists(atPath: NSTemporaryDirectory() + "gleaner-never"))
    }

    @Test func refusesToReplaceAForeignDirectoryAndPublishesNothing() throws {
        let corpus = try SampleCorpusCopy()
        defer { corpus.remove() }
        let precious = corpus.root + "/precious"
        try FileManager.default.createDirectory(atPath: precious, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: precious + "/notes.txt", contents: Data("mine".utf8))
        let run = PipelineRunner(
            options: try options(input: corpus.input, output: precious), logger: Logger(label: "t"))
        #expect(throws: RunError.self) { try run.run() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: precious) == ["notes.txt"])
    }

    @Test func oversizeInputCostsOneErrorLine() throws {
        let corpus = try SampleCorpusCopy()
        defer { corpus.remove() }
        let result = try PipelineRunner(
            options: try options(input: corpus.input, output: corpus.root + "/out", maxBytes: 9_000),
            logger: Logger(label: "t")
        ).run()
        let tooLarge = try corpus.lines("out/latest/errors.jsonl").filter {
            ($0["reason"] as? String)?.contains("larger than the 9 kB limit") == true
        }
        // The seven HTML pages above 9 kB fail alone; everything else goes on.
        #expect(tooLarge.count == 7)
        #expect(result.manifest.addsUp)
        #expect(result.manifest.inputs == 36)
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their mode"))
    func unreadableFileCostsOneErrorLine() throws {
        let corpus = try SampleCorpusCopy()
        defer { corpus.remove() }
        chmod(corpus.input + "/text/kashmir-gunfight.txt", 0o000)
        let result = try PipelineRunner(
            options: try options(input: corpus.input, output: corpus.root + "/out"), logger: Logger(label: "t")
        ).run()
        #expect(result.manifest.errors == 6)
        #expect(try corpus.read("out/latest/errors.jsonl").contains("permission denied"))
    }

    @Test func singleDocumentCleaning() throws {
        let record = try SingleDocument.clean(bytes: Array("<p>Five killed.</p>".utf8), path: "-").get()
        #expect(record.text == "Five killed.")
        #expect(record.dedup.status == .notChecked)
        #expect(record.source.format == .html)
        let text = try SingleDocument.clean(bytes: Array("Plain words".utf8), path: "notes").get()
        #expect(text.source.format == .text)
        #expect(throws: DocumentError.self) { try SingleDocument.clean(bytes: [], path: "x.txt").get() }
    }
}
