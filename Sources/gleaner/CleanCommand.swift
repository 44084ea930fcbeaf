import ArgumentParser
import Foundation
import GleanerCore
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
            """
    )

    @Argument(help: "The document to clean, or '-' for standard input.")
    var file: String

    @Option(help: "html or text (default: from the file name, else sniffed).")
    var format: String?

    func run() throws {
        var documentFormat: DocumentFormat?
        if let format {
            guard let parsed = DocumentFormat(rawValue: format.lowercased()) else {
                throw ValidationError("--format must be html or text, not '\(format)'")
            }
            documentFormat = parsed
        }
        switch SingleDocument.clean(path: file, format: documentFormat) {
        case .success(let record):
            print(record.jsonLine)
        case .failure(let error):
            FileHandle.standardError.write(Data("gleaner: \(file): \(error.stage.rawValue): \(error.reason)\n".utf8))
            throw ExitStatus.documentsFailed
        }
    }
}
