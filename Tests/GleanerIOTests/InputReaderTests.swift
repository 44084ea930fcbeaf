import Foundation
import GleanerCore
import GleanerIO
import Testing

@Suite("Input reader")
struct InputReaderTests {
    private func file(_ tree: TemporaryDirectory, _ name: String) -> InputFile {
        let kind = DocumentFormat.forFileName(name)!
        return InputFile(
            relativePath: name, absolutePath: tree.path + "/" + name, format: kind.format, gzipped: kind.gzipped)
    }

    private func error(_ outcome: ReadOutcome) -> DocumentError? {
        if case .failure(let error) = outcome.result { return error }
        return nil
    }

    @Test func readsAndDecodes() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("a.html", bytes: Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8))
        let outcome = InputReader(limits: InputLimits()).read(file(tree, "a.html"))
        let document = try outcome.result.get()
        #expect(outcome.diskSize == 11)
        #expect(document.decoded.encoding == "windows-1252")
        #expect(String(decoding: document.decoded.utf8, as: UTF8.self) == "<p>café</p>")
        #expect(document.diskSize == 11)
        #expect(
            document.identity
                == DocumentIdentity(
                    relativePath: "a.html", diskBytes: Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8)))
    }

    @Test func emptyFileIsAnError() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("empty.txt", "")
        let outcome = InputReader(limits: InputLimits()).read(file(tree, "empty.txt"))
        #expect(error(outcome) == DocumentError(stage: .read, reason: "empty file (0 bytes)"))
        #expect(outcome.diskSize == 0)
    }

    @Test func oversizeFileIsRefusedBeforeReading() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("big.txt", String(repeating: "word ", count: 400))
        let outcome = InputReader(limits: InputLimits(maxBytes: 1_000)).read(file(tree, "big.txt"))
        #expect(error(outcome)?.stage == .read)
        #expect(error(outcome)?.reason.hasPrefix("2 kB is larger than the 1 kB limit") == true)
    }

    @Test func vanishedFileIsAnError() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        let outcome = InputReader(limits: InputLimits()).read(file(tree, "gone.html"))
        #expect(
            error(outcome)
                == DocumentError(stage: .read, reason: "the file disappeared after the input directory was listed"))
        #expect(outcome.diskSize == nil)
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their mode"))
    func unreadableFileIsAnError() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("locked.html", "<p>x</p>")
        chmod(tree.path + "/locked.html", 0o000)
        let outcome = InputReader(limits: InputLimits()).read(file(tree, "locked.html"))
        #expect(error(outcome)?.reason.hasPrefix("permission denied") == true)
    }

    @Test func binaryAndInvalidTextAreDecodeErrors() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("photo.html", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        try tree.write("notes.txt", bytes: Array("plain ".utf8) + [0xE9, 0x20])
        let reader = InputReader(limits: InputLimits())
        #expect(error(reader.read(file(tree, "photo.html")))?.stage == .decode)
        let invalid = error(reader.read(file(tree, "notes.txt")))
        #expect(invalid?.stage == .decode)
        #expect(invalid?.reason.hasPrefix("not valid UTF-8 at byte 6") == true)
    }
}
