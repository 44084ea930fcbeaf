import ArgumentParser
import Foundation
import GleanerCore
import GleanerRun

/// `gleaner extract`: entities, figures and sentence counts of plain-text files, one JSON line
/// each.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find the entities and figures of plain-text files and print one JSON line per file.",
        discussion: """
            Reads each file (or standard input for '-') as UTF-8 plain text exactly as
            it is, with no cleaning, and prints {"path", "entities", "figures",
            "sentences"}. Each entity is {"text", "type", "mentions": [[start, end],
            ...]}: its longest form, PERSON/ORGANIZATION/LOCATION/NORP, and every
            mention (short forms and acronyms included) as code-point offsets into
            that exact text, so that Python's text[start:end] gives the mention.
            Each figure is a count of people: {"kind", "value", "low", "high",
            "qualifier", "who", "location", "actor", "span", "text"} with kind
            killed/injured/missing/detained/displaced/troops/fighters/population. A file
            that cannot be read costs a message on standard error and exit status 1;
            the others still print.

            Examples:
              gleaner extract notes.txt
              echo 'Vladimir Putin flew to Minsk. Putin spoke.' | gleaner extract -
              echo 'A car bomb killed five people, including a child.' | gleaner extract -
              gleaner clean page.html | jq -r .text | gleaner extract -
            """
    )

    @Argument(help: "Plain-text files, or '-' for standard input.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file, or '-' for standard input") }
    }

    func run() throws {
        let extractor: ArticleExtractor
        switch ArticleExtractor.load() {
        case .success(let loaded): extractor = loaded
        case .failure(let error): throw ExitStatus.report(error)
        }
        var failed = false
        for file in files {
            switch Self.readText(file) {
            case .success(let text):
                let extraction = extractor.extract(text)
                let line = ExtractLine(path: file == "-" ? "stdin" : file, extraction: extraction)
                print(String(decoding: JSONLine.encode(line), as: UTF8.self))
            case .failure(let error):
                FileHandle.standardError.write(Data("gleaner: \(file): \(error.reason)\n".utf8))
                failed = true
            }
        }
        if failed { throw ExitStatus.documentsFailed }
    }

    /// The file's bytes as UTF-8 text, unchanged.
    private static func readText(_ file: String) -> Result<String, DocumentError> {
        let data =
            file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
        guard let data else {
            let reason = FileManager.default.fileExists(atPath: file) ? "cannot read the file" : "no such file"
            return .failure(DocumentError(stage: .read, reason: reason))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(DocumentError(stage: .decode, reason: "not valid UTF-8 text"))
        }
        return .success(text)
    }
}

/// One output line of `gleaner extract`.
private struct ExtractLine: JSONLineWritable {
    var path: String
    var extraction: ArticleExtractor.Extraction

    func write(to json: inout JSONLine) {
        json.object { json in
            json.field("path", path)
            json.key("entities")
            json.array { json in for entity in extraction.entities { entity.write(to: &json) } }
            json.key("figures")
            json.array { json in for figure in extraction.figures { figure.write(to: &json) } }
            json.field("sentences", extraction.sentences)
        }
    }
}
