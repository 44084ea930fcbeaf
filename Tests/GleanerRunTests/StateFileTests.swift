import Foundation
import GRDB
import GleanerCore
import GleanerDedup
import GleanerState
import Logging
import Testing

@testable import GleanerRun

/// The state file: its schema, the parameter check, runs that share it, and a run that dies
/// before its commit.
@Suite("State file")
struct StateFileTests {
    @Test func migratesANewFileAndKeepsWhatARunCommits() throws {
        let corpus = try SyntheticWireCorpus(stories: 2)
        defer { corpus.remove() }
        let path = corpus.root + "/state.sqlite"
        let state = try DedupState.open(path: path, parameters: DedupParameters())
        #expect(state.documentCount == 0)
        let signature = DocumentSigner(parameters: DedupParameters()).signature(of: "one two three four five six")
        var contribution = DedupContribution(pipeline: "test", started: "2026-01-01T00:00:00Z")
        contribution.documents = [
            DedupContribution.Document(
                number: 0, id: "aaaa", path: "x.txt", signature: signature.bytes, parent: 0, cluster: 0,
                exactKey: ExactKey(text: "one two three four five six"))
        ]
        try state.commit(contribution)

        let reopened = try DedupState.open(path: path, parameters: DedupParameters())
        #expect(reopened.documentCount == 1)
        #expect(reopened.id(of: 0) == "aaaa")
        #expect(reopened.path(of: 0) == "x.txt")
        #expect(reopened.exactOriginal(ExactKey(text: "One two, three four five six.")) == 0)
        var found: [Int] = []
        reopened.forEachCandidate(of: signature) { _, document in found.append(document) }
        #expect(found.count == DedupParameters().bands && Set(found) == [0])
        let migrations = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        #expect(migrations == ["v1", "v2"])
    }

    @Test func refusesAnIndexBuiltWithOtherParameters() throws {
        let corpus = try SyntheticWireCorpus(stories: 2)
        defer { corpus.remove() }
        let path = corpus.root + "/state.sqlite"
        try DedupState.open(path: path, parameters: DedupParameters())
            .commit(DedupContribution(pipeline: "test", started: "now"))
        #expect(throws: Never.self) { try DedupState.open(path: path, parameters: DedupParameters()) }
        do {
            _ = try DedupState.open(path: path, parameters: DedupParameters(threshold: 0.5, permutations: 128))
            Issue.record("a changed parameter set was accepted")
        } catch {
            #expect(error.message.contains("threshold: 0.35, shingle: 5, permutations: 96, bands: 32"))
            #expect(error.message.contains("threshold: 0.5, shingle: 5, permutations: 128, bands: 32"))
            #expect(error.message.contains("--state"))
        }
    }

    @Test func twoRunsOverTheHalvesDecideAsOneRunOverTheWhole() throws {
        let corpus = try SyntheticWireCorpus()
        defer { corpus.remove() }
        let whole = try run(input: corpus.root + "/input", output: corpus.root + "/whole", state: .disabled)
        let shared = StateLocation.file(corpus.root + "/shared.sqlite")
        let first = try run(input: corpus.root + "/input/a", output: corpus.root + "/first", state: shared)
        let second = try run(input: corpus.root + "/input/b", output: corpus.root + "/second", state: shared)

        let wholeLines = try decisions([(corpus.root + "/whole", "")])
        let halfLines = try decisions([(corpus.root + "/first", "a/"), (corpus.root + "/second", "b/")])
        #expect(wholeLines.count == halfLines.count)
        #expect(wholeLines == halfLines)
        // The corpus does cross the halves: copies in b/ of originals in a/.
        #expect(halfLines.contains { $0.path.hasPrefix("b/") && $0.duplicateOf?.hasPrefix("a/") == true })
        #expect(whole.manifest.duplicates == first.manifest.duplicates + second.manifest.duplicates)
        #expect(second.manifest.largestClusters.contains { $0.path.hasSuffix("-0.txt") })
    }

    @Test func theSameFilesAgainAreSkipped() throws {
        let corpus = try SyntheticWireCorpus(stories: 4)
        defer { corpus.remove() }
        let state = StateLocation.file(corpus.root + "/state.sqlite")
        let first = try run(input: corpus.root + "/input", output: corpus.root + "/one", state: state)
        let second = try run(input: corpus.root + "/input", output: corpus.root + "/two", state: state)
        #expect(first.manifest.inputs == 18)
        #expect(second.manifest.inputs == 0 && second.manifest.unchanged == 18 && second.manifest.empty)
        #expect(try decisions([(corpus.root + "/two", "")]).isEmpty)
    }

    @Test func aRunKilledBeforeItsCommitLeavesTheStateFileAsItWas() throws {
        let corpus = try SyntheticWireCorpus(stories: 4)
        defer { corpus.remove() }
        let path = corpus.root + "/state.sqlite"
        _ = try run(input: corpus.root + "/input/a", output: corpus.root + "/first", state: .file(path))
        let documents = try DedupState.open(path: path, parameters: DedupParameters()).documentCount
        let rootA = URL(fileURLWithPath: corpus.root + "/input/a").resolvingSymlinksInPath().standardizedFileURL.path
        let rootB = URL(fileURLWithPath: corpus.root + "/input/b").resolvingSymlinksInPath().standardizedFileURL.path
        let inputs = try StateFile.open(path: path).processedInputs(root: rootA)
        #expect(inputs.count == 6)
        var runner = try runner(input: corpus.root + "/input/b", output: corpus.root + "/second", state: .file(path))
        runner.beforeStateCommit = { () throws(RunError) in throw RunError("killed") }
        #expect(throws: RunError("killed")) { try runner.run() }
        // Only the failure is recorded in the run history.
        #expect(try DedupState.open(path: path, parameters: DedupParameters()).documentCount == documents)
        #expect(try StateFile.open(path: path).processedInputs(root: rootA) == inputs)
        #expect(try StateFile.open(path: path).processedInputs(root: rootB).isEmpty)
        #expect(try StateFile.open(path: path).history().map(\.status) == [.published, .failed])
        #expect(try FileManager.default.contentsOfDirectory(atPath: corpus.root + "/second/runs").isEmpty)
        #expect(!FileManager.default.fileExists(atPath: corpus.root + "/second/latest"))
        #expect(documents > 0)
    }

    @Test func theDefaultStateFileSitsBesideTheOutput() throws {
        let corpus = try SyntheticWireCorpus(stories: 2)
        defer { corpus.remove() }
        _ = try run(input: corpus.root + "/input/a", output: corpus.root + "/out", state: .automatic)
        #expect(FileManager.default.fileExists(atPath: corpus.root + "/out/state.sqlite"))
        #expect(FileManager.default.fileExists(atPath: corpus.root + "/out/state.sqlite.lock"))
        _ = try run(input: corpus.root + "/input/b", output: corpus.root + "/out2", state: .disabled)
        #expect(!FileManager.default.fileExists(atPath: corpus.root + "/out2/state.sqlite"))
        #expect(FileManager.default.fileExists(atPath: corpus.root + "/out2/gleaner.lock"))
    }

    // MARK: Helpers

    /// One article line reduced to what must not depend on how the corpus was split into runs:
    /// paths (relative to the whole corpus) instead of ids.
    struct Decision: Equatable {
        var path: String
        var status: String
        var duplicateOf: String?
        var cluster: String?
    }

    func runner(input: String, output: String, state: StateLocation) throws -> PipelineRunner {
        var configuration = PipelineConfiguration()
        configuration.input = input
        configuration.output = output
        configuration.workers = 2
        configuration.stages = [.clean, .dedup]
        configuration.state = state
        return PipelineRunner(options: try RunOptions(configuration), logger: Logger(label: "test"))
    }

    func run(input: String, output: String, state: StateLocation) throws -> RunResult {
        try runner(input: input, output: output, state: state).run()
    }

    /// The decisions written to `outputs` (output directory, prefix that makes its paths relative
    /// to the whole corpus), in order, with ids mapped to paths (ids hash the path relative to
    /// each run's input, so they differ between a split and a whole run).
    func decisions(_ outputs: [(String, String)]) throws -> [Decision] {
        var lines: [(prefix: String, line: [String: Any])] = []
        for (output, prefix) in outputs {
            let text = try String(contentsOfFile: output + "/latest/articles.jsonl", encoding: .utf8)
            for line in text.split(separator: "\n") {
                lines.append((prefix, try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]))
            }
        }
        var paths: [String: String] = [:]
        for (prefix, line) in lines {
            paths[line["id"] as! String] = prefix + ((line["source"] as! [String: Any])["path"] as! String)
        }
        return lines.map { prefix, line in
            let dedup = line["dedup"] as! [String: Any]
            let path = { (id: Any?) in (id as? String).map { paths[$0] ?? "unknown id " + $0 } }
            return Decision(
                path: prefix + ((line["source"] as! [String: Any])["path"] as! String),
                status: dedup["status"] as! String, duplicateOf: path(dedup["duplicate_of"]),
                cluster: path(dedup["cluster"]))
        }
    }
}
