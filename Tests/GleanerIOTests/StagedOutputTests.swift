import Foundation
import GleanerCore
import GleanerIO
import Testing

@Suite("Staged output and JSON Lines files")
struct StagedOutputTests {
    private let manager = FileManager.default

    @Test func publishesOnlyWhenComplete() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        let destination = tree.path + "/out"
        let output = try StagedOutput(destination: destination)
        let writer = try JSONLinesWriter(path: output.path("errors.jsonl"))
        try writer.write(ErrorRecord(path: "a", error: DocumentError(stage: .read, reason: "r"), bytes: 1))
        try writer.finish()
        #expect(!manager.fileExists(atPath: destination))
        #expect(output.staging.hasPrefix(tree.path + "/.out.tmp-"))
        try output.writeFile("manifest.json", Data("{}".utf8))
        try output.publish()
        #expect(!manager.fileExists(atPath: output.staging))
        let contents = try String(contentsOfFile: destination + "/errors.jsonl", encoding: .utf8)
        #expect(contents == #"{"schema":"gleaner.error/1","path":"a","stage":"read","reason":"r","bytes":1}"# + "\n")
        #expect(writer.lines == 1)
    }

    @Test func replacesAnEarlierOutputButNothingElse() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("out/manifest.json", "{\"old\":true}")
        try tree.write("out/stale.txt", "old")
        let output = try StagedOutput(destination: tree.path + "/out")
        try output.writeFile("manifest.json", Data("{}".utf8))
        try output.publish()
        #expect(try manager.contentsOfDirectory(atPath: tree.path + "/out") == ["manifest.json"])
        #expect(try manager.contentsOfDirectory(atPath: tree.path).filter { $0.hasPrefix(".") }.isEmpty)

        try tree.write("precious/thesis.txt", "mine")
        #expect(throws: RunError.self) { try StagedOutput(destination: tree.path + "/precious") }
        try tree.write("plainfile", "x")
        #expect(throws: RunError.self) { try StagedOutput(destination: tree.path + "/plainfile") }
    }

    @Test func discardLeavesTheEarlierOutputAlone() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("out/manifest.json", "earlier")
        let output = try StagedOutput(destination: tree.path + "/out/")
        try output.writeFile("manifest.json", Data("new".utf8))
        output.discard()
        #expect(try String(contentsOfFile: tree.path + "/out/manifest.json", encoding: .utf8) == "earlier")
        #expect(!manager.fileExists(atPath: output.staging))
    }

    @Test func removesStagingLeftOverByADeadRun() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        // pid 2^22 + 1 is above Linux's pid_max, so no process has it.
        try tree.write(".out.tmp-4194305-77/articles.jsonl", "half")
        _ = try StagedOutput(destination: tree.path + "/out")
        #expect(!manager.fileExists(atPath: tree.path + "/.out.tmp-4194305-77"))
    }

    @Test func identityDependsOnPathAndBytes() {
        let bytes = Array("same bytes".utf8)
        let first = DocumentIdentity(relativePath: "a/story.html", diskBytes: bytes)
        #expect(first == DocumentIdentity(relativePath: "a/story.html", diskBytes: bytes))
        #expect(first.id != DocumentIdentity(relativePath: "b/story.html", diskBytes: bytes).id)
        #expect(first.sha256 == DocumentIdentity(relativePath: "b/story.html", diskBytes: bytes).sha256)
        #expect(first.id != DocumentIdentity(relativePath: "a/story.html", diskBytes: bytes + [0x0A]).id)
        #expect(first.id.count == 24)
        // SHA-256 of the bytes, as `sha256sum` prints it.
        #expect(first.sha256 == "58100dc8fc06562ce3e578231dc948e083520ee49c4b4ee5a5a28bb4b4003feb")
    }
}
