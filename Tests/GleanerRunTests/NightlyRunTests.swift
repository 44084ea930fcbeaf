import Foundation
import GleanerCore
import GleanerState
import Logging
import Testing

@testable import GleanerRun

/// Nightly runs: incremental inputs, run folders and `latest`, the lock, recovery after a crash,
/// pruning, the run history and the metrics file.
@Suite("Nightly runs")
struct NightlyRunTests {
    @Test func onlyNewAndChangedInputsAreProcessedAndCopiesPointAtEarlierIDs() throws {
        let corpus = try SyntheticWireCorpus(stories: 4)
        defer { corpus.remove() }
        let input = corpus.root + "/input"
        let output = corpus.root + "/out"
        let first = try run(input: input, output: output)
        let ids = try articleIDs(output)

        // A touched file (same bytes, new mtime) is skipped; a changed file supersedes its old id;
        // a new copy of yesterday's story is a duplicate of yesterday's id.
        try touch(input + "/a/s0-0.txt")
        let changed = input + "/a/s1-0.txt"
        try (String(contentsOfFile: changed, encoding: .utf8) + "\n\nA new closing paragraph.").write(
            toFile: changed, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: input + "/a/s3-0.txt", toPath: input + "/b/new-copy.txt")
        let second = try run(input: input, output: output)

        #expect(second.manifest.inputs == 2)
        #expect(second.manifest.unchanged == first.manifest.inputs - 1)
        #expect(second.manifest.superseded.map(\.path) == ["a/s1-0.txt"])
        #expect(second.manifest.superseded.first?.supersedes == ids["a/s1-0.txt"])
        let lines = try articleLines(output)
        let copy = try #require(lines.first { $0.path == "b/new-copy.txt" })
        #expect(copy.status == "exact_duplicate" && copy.duplicateOf == ids["a/s3-0.txt"])
        let history = try StateFile.openForReading(path: output + "/state.sqlite").history()
        #expect(history.map(\.name) == [first.manifest.run, second.manifest.run])
        #expect(history.map(\.status) == [.published, .published])
        #expect(history.last?.inputs == 2 && history.last?.unchanged == first.manifest.inputs - 1)
    }

    @Test func aSecondRunIsRefusedWithStatus75AndADeadHoldersLockDoesNotBlock() throws {
        let corpus = try SyntheticWireCorpus(stories: 2)
        defer { corpus.remove() }
        let output = corpus.root + "/out"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        // A lock file left by a process that died: its content is stale, but no one holds the lock.
        try "pid 999999\nstarted 2020-01-01T00:00:00Z\n".write(
            toFile: output + "/state.sqlite.lock", atomically: true, encoding: .utf8)
        _ = try run(input: corpus.root + "/input", output: output)

        var holder: RunLock? = try RunLock.acquire(path: output + "/state.sqlite.lock", started: "2026-11-25T02:00:00Z")
        let second = try runner(input: corpus.root + "/input", output: output)
        do {
            _ = try second.run()
            Issue.record("a second run went ahead while the lock was held")
        } catch {
            #expect(error.exitStatus == 75)
            #expect(error.message.contains("pid \(getpid())") && error.message.contains("2026-11-25T02:00:00Z"))
        }
        holder = nil
        #expect(holder == nil)
        #expect(try run(input: corpus.root + "/input", output: output).manifest.empty)
    }

    @Test func aRunKilledAfterItsCommitIsPublishedByTheNextRun() throws {
        let corpus = try SyntheticWireCorpus(stories: 6)
        defer { corpus.remove() }
        let input = corpus.root + "/input"
        let reference = try run(input: input, output: corpus.root + "/reference")
        let output = corpus.root + "/out"
        var killed = try runner(input: input, output: output)
        killed.afterStateCommit = { () throws(RunError) in throw RunError("killed") }
        #expect(throws: RunError("killed")) { try killed.run() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: output + "/runs").count == 1)  // .partial only
        #expect(!FileManager.default.fileExists(atPath: output + "/latest"))

        let next = try run(input: input, output: output)
        #expect(next.manifest.empty)
        let runs = try FileManager.default.contentsOfDirectory(atPath: output + "/runs").sorted()
        #expect(runs.count == 2 && !runs.contains { $0.hasPrefix(".") })
        let recovered = try #require(runs.first { $0 != next.manifest.run })
        #expect(
            try String(contentsOfFile: output + "/runs/\(recovered)/articles.jsonl", encoding: .utf8)
                == String(contentsOfFile: corpus.root + "/reference/latest/articles.jsonl", encoding: .utf8))
        #expect(reference.manifest.inputs == 27)
        let history = try StateFile.openForReading(path: output + "/state.sqlite").history()
        #expect(history.map(\.status) == [.published, .published])
    }

    @Test func aRunKilledBeforeItsCommitIsRedoneWithTheSameLines() throws {
        let corpus = try SyntheticWireCorpus(stories: 6)
        defer { corpus.remove() }
        let input = corpus.root + "/input"
        _ = try run(input: input, output: corpus.root + "/reference")
        let output = corpus.root + "/out"
        var killed = try runner(input: input, output: output)
        killed.beforeStateCommit = { () throws(RunError) in throw RunError("killed") }
        #expect(throws: RunError("killed")) { try killed.run() }
        let redone = try run(input: input, output: output)
        #expect(redone.manifest.inputs == 27)
        #expect(
            try String(contentsOfFile: output + "/latest/articles.jsonl", encoding: .utf8)
                == String(contentsOfFile: corpus.root + "/reference/latest/articles.jsonl", encoding: .utf8))
        let history = try StateFile.openForReading(path: output + "/state.sqlite").history()
        #expect(history.map(\.status) == [.failed, .published])
    }

    @Test func keepPrunesOldRunsButNeverLatest() throws {
        let corpus = try SyntheticWireCorpus(stories: 2)
        defer { corpus.remove() }
        let output = corpus.root + "/out"
        var names: [String] = []
        for _ in 0..<3 {
            var configuration = try configuration(input: corpus.root + "/input", output: output)
            configuration.keep = 2
            names.append(
                try PipelineRunner(options: RunOptions(configuration), logger: Logger(label: "test")).run().manifest.run
            )
        }
        let runs = try FileManager.default.contentsOfDirectory(atPath: output + "/runs").sorted()
        #expect(runs == Array(names.sorted().suffix(2)))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: output + "/latest") == "runs/" + names[2])
        let history = try StateFile.openForReading(path: output + "/state.sqlite").history()
        #expect(history.filter { $0.status == .pruned }.count == 1)
    }

    @Test func theMetricsFileHasEveryFamilyWithHelpAndType() throws {
        let corpus = try SyntheticWireCorpus(stories: 2)
        defer { corpus.remove() }
        var configuration = try configuration(input: corpus.root + "/input", output: corpus.root + "/out")
        configuration.metricsFile = corpus.root + "/gleaner.prom"
        let result = try PipelineRunner(options: RunOptions(configuration), logger: Logger(label: "test")).run()
        let text = try String(contentsOfFile: corpus.root + "/gleaner.prom", encoding: .utf8)
        for family in [
            "gleaner_articles_total", "gleaner_run_duration_seconds", "gleaner_last_success_timestamp_seconds",
            "gleaner_inputs_skipped_total", "gleaner_peak_rss_bytes",
        ] {
            #expect(text.contains("# HELP \(family) ") && text.contains("# TYPE \(family) gauge"))
        }
        #expect(text.contains("gleaner_articles_total{status=\"unique\"} \(result.manifest.outcomes["unique"] ?? -1)"))
        #expect(result.manifest.peakRSSBytes > 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: corpus.root).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    // MARK: Helpers

    struct Line: Equatable {
        var path: String
        var id: String
        var status: String
        var duplicateOf: String?
    }

    private func configuration(input: String, output: String) throws -> PipelineConfiguration {
        var configuration = PipelineConfiguration()
        configuration.input = input
        configuration.output = output
        configuration.workers = 2
        configuration.stages = [.clean, .dedup]
        return configuration
    }

    private func runner(input: String, output: String) throws -> PipelineRunner {
        PipelineRunner(
            options: try RunOptions(configuration(input: input, output: output)), logger: Logger(label: "test"))
    }

    private func run(input: String, output: String) throws -> RunResult {
        try runner(input: input, output: output).run()
    }

    /// Every article line of every run under `output`, oldest run first.
    private func articleLines(_ output: String) throws -> [Line] {
        var lines: [Line] = []
        for run in try FileManager.default.contentsOfDirectory(atPath: output + "/runs").sorted()
        where !run.hasPrefix(".") {
            let text = try String(contentsOfFile: output + "/runs/\(run)/articles.jsonl", encoding: .utf8)
            for raw in text.split(separator: "\n") {
                let line = try JSONSerialization.jsonObject(with: Data(raw.utf8)) as! [String: Any]
                let dedup = line["dedup"] as! [String: Any]
                lines.append(
                    Line(
                        path: (line["source"] as! [String: Any])["path"] as! String, id: line["id"] as! String,
                        status: dedup["status"] as! String, duplicateOf: dedup["duplicate_of"] as? String))
            }
        }
        return lines
    }

    private func articleIDs(_ output: String) throws -> [String: String] {
        Dictionary(try articleLines(output).map { ($0.path, $0.id) }, uniquingKeysWith: { $1 })
    }

    private func touch(_ path: String) throws {
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(3600)], ofItemAtPath: path)
    }
}
