import ArgumentParser
import Foundation
import GleanerClean
import GleanerCore
import GleanerIO
import GleanerRun

/// `gleaner clean`: one document to standard output as JSON.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Clean one document and print it as an article JSON line.",
        discussion: """
            Reads an HTML or text file (gzipped or not), or standard input for '-', and prints
            the article line a run would write (without dedup). Exits 1 when the document fails,
            with the reason on standard error.

            Examples:
              gleaner clean SampleCorpus/html/example.html
              curl -s https://example.org/story | gleaner clean - | jq .
              gleaner clean notes.txt | jq -r .text
              gleaner clean --explain page.html     # each block, kept or dropped, and why
              gleaner clean --explain story.txt     # each paragraph, kept or dropped, and why
            """
    )

    @Argument(help: "The document to clean, or '-' for standard input.")
    var file: String

    @Option(help: "html or text (default: from the file name, else sniffed).")
    var format: String?

    @Flag(help: "Print each block (HTML) or paragraph (text) with kept/dropped and the reason, instead of JSON.")
    var explain = false

    func run() throws {
        var documentFormat: DocumentFormat?
        if let format {
            guard let parsed = DocumentFormat(rawValue: format.lowercased()) else {
                throw ValidationError("--format must be html or text, not '\(format)'")
            }
            documentFormat = parsed
        }
        if explain {
            try printExplanation(format: documentFormat)
            return
        }
        switch SingleDocument.clean(path: file, format: documentFormat) {
        case .success(let record):
            print(record.jsonLine)
        case .failure(let error):
            FileHandle.standardError.write(Data("gleaner: \(file): \(error.stage.rawValue): \(error.reason)\n".utf8))
            throw ExitStatus.documentsFailed
        }
    }

    /// Reads and decodes the file like a run does, then prints the cleaner's explanation.
    private func printExplanation(format: DocumentFormat?) throws {
        let data =
            file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
        guard let data else { throw fail(stage: "read", reason: "cannot read the file") }
        let bytes = [UInt8](data)
        let byName = DocumentFormat.forFileName(file.split(separator: "/").last.map(String.init) ?? file)
        let gzipped = byName?.gzipped ?? bytes.starts(with: [0x1F, 0x8B])
        let documentFormat = format ?? byName?.format ?? .html
        let input = InputFile(relativePath: file, absolutePath: file, format: documentFormat, gzipped: gzipped)
        do {
            let loaded = try InputReader(limits: InputLimits()).decode(bytes, file: input)
            let utf8 = loaded.decoded.utf8
            let (document, explanation) =
                try documentFormat == .text ? TextCleaner.explain(utf8) : HTMLCleaner.explain(utf8)
            print("method: \(explanation.method.rawValue); container: \(explanation.container)")
            for block in explanation.blocks {
                let reason = block.reason.map { $0.rawValue } ?? "dropped"
                let verdict = block.kept ? "KEEP" : "DROP (\(reason))"
                print("\(verdict): \(block.text.prefix(160))")
            }
            print(
                "kept \(document.paragraphCount) paragraphs, \(document.words) words; dropped \(document.boilerplateRemoved)"
            )
        } catch {
            throw fail(stage: error.stage.rawValue, reason: error.reason)
        }
    }

    private func fail(stage: String, reason: String) -> ExitCode {
        FileHandle.standardError.write(Data("gleaner: \(file): \(stage): \(reason)\n".utf8))
        return ExitStatus.documentsFailed
    }
}
