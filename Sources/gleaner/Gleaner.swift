import ArgumentParser
import Foundation

/// The `gleaner` command: a batch corpus pipeline for news.
@main
struct Gleaner: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gleaner",
        abstract: "Turn a folder of news articles into clean, deduplicated JSON Lines.",
        discussion: """
            Examples:
              gleaner run Pipelines/sample.yaml
              gleaner run --input ~/crawl/2026-11-24 --output ~/gleaner/out --workers 4
              gleaner runs Pipelines/nightly.yaml
              gleaner clean page.html
              gleaner extract notes.txt

            Exit status: 0 all inputs processed; 1 some inputs failed (see errors.jsonl);
            2 bad usage or configuration, or the output could not be written; 75 another run
            holds the lock (try again later).
            """,
        version: GleanerCLIVersion.text,
        subcommands: [RunCommand.self, RunsCommand.self, CleanCommand.self, ExtractCommand.self]
    )

    /// Parses and runs, mapping argument-parser's usage failures (its default is 64) to the
    /// contract's exit status 2 for bad usage.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}
