import ArgumentParser
import Foundation
import GleanerCore
import GleanerState

/// `gleaner runs`: the run history kept in the state file.
struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List the run history from the state file.",
        discussion: """
            One line per run, oldest first: folder name, status, exit status, start time,
            seconds, inputs processed and unchanged, articles, duplicates and errors. Reads the
            state file without locking it, so it works while a run is going.

            Examples:
              gleaner runs Pipelines/nightly.yaml
              gleaner runs --output /srv/gleaner/out --limit 7
              gleaner runs --state /srv/gleaner/out/state.sqlite --json | jq .
            """
    )

    @Argument(help: "A pipeline file; its output (or state) locates the state file.")
    var pipeline: String?

    @Option(help: "The output directory whose state file to read (its state.sqlite).")
    var output: String?

    @Option(help: ArgumentHelp("The state file to read.", valueName: "file"))
    var state: String?

    @Option(help: "Show only the last N runs.")
    var limit: Int?

    @Flag(help: "One JSON object per run instead of a table.")
    var json = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        do throws(RunError) {
            let file = try StateFile.openForReading(path: try statePath())
            let runs = try file.history(limit: limit)
            if json {
                for run in runs { print(String(decoding: JSONLine.encode(RunLine(record: run)), as: UTF8.self)) }
            } else {
                print(RunTable.render(runs))
            }
        } catch {
            throw ExitStatus.report(error)
        }
    }

    private func statePath() throws(RunError) -> String {
        var configuration =
            try pipeline.map { path throws(RunError) in try PipelineFile.load(path: path) }
            ?? PipelineConfiguration()
        if let output { configuration.output = output }
        if let state { configuration.state = StateLocation.parse(state) }
        guard let output = configuration.output ?? (state != nil ? "." : nil) else {
            throw RunError("give a pipeline file, --output DIR or --state FILE to find the state file")
        }
        guard let path = configuration.state.path(output: output) else {
            throw RunError("this pipeline keeps no state file ('state: off'), so there is no run history")
        }
        return path
    }
}

/// One run as a JSON line (`gleaner runs --json`).
private struct RunLine: JSONLineWritable {
    var record: RunRecord

    func write(to json: inout JSONLine) {
        json.object { json in
            json.field("run", record.name)
            json.field("status", record.status.rawValue)
            json.field("exit_status", record.exitStatus)
            json.field("pipeline", record.pipeline)
            json.field("started", record.started)
            json.field("finished", record.finished)
            json.field("seconds", record.seconds)
            json.field("inputs", record.inputs)
            json.field("unchanged", record.unchanged)
            json.field("articles", record.articles)
            json.field("duplicates", record.duplicates)
            json.field("errors", record.errors)
            json.field("gleaner_version", record.gleanerVersion)
            json.field("pipeline_hash", record.pipelineHash)
            json.field("input", record.input)
        }
    }
}

/// The table `gleaner runs` prints.
enum RunTable {
    static func render(_ runs: [RunRecord]) -> String {
        let header = [
            "RUN", "STATUS", "EXIT", "STARTED", "SECONDS", "INPUTS", "UNCHANGED", "ARTICLES", "DUPS", "ERRORS",
        ]
        let rows = runs.map { run -> [String] in
            [
                run.name ?? "-", run.status.rawValue, text(run.exitStatus), run.started,
                run.seconds.map { String(format: "%.2f", $0) } ?? "-", text(run.inputs), text(run.unchanged),
                text(run.articles), text(run.duplicates), text(run.errors),
            ]
        }
        guard !rows.isEmpty else { return "no runs recorded yet" }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        return ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }

    private static func text(_ value: Int?) -> String { value.map(String.init) ?? "-" }
}
