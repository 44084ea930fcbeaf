import Dispatch
import Foundation
import GleanerClean
import GleanerCore
import GleanerDedup
import GleanerIO
import GleanerState
import Logging

/// What a finished run reports: its manifest, where it was published, and the exit status.
public struct RunResult: Sendable {
    public var manifest: RunManifest
    public var outputDirectory: String
    /// 0 when every input became an article or a duplicate, 1 when some failed.
    public var exitCode: Int32 { manifest.errors == 0 ? 0 : 1 }
}

/// Runs a whole pipeline: discover → read/decode (serial) → clean + dedup keys + extract (parallel) →
/// dedup decisions and writing (serial, input order) → atomic publish with `manifest.json`.
public struct PipelineRunner: Sendable {
    public var options: RunOptions
    public var logger: Logger
    public var progressMode: ProgressReporter.Mode
    /// Called after the output is complete and before the state file's commit (tests use it to
    /// simulate a run killed at that point).
    var beforeStateCommit: @Sendable () throws(RunError) -> Void = {}

    public init(options: RunOptions, logger: Logger, progressMode: ProgressReporter.Mode = .silent) {
        self.options = options
        self.logger = logger
        self.progressMode = progressMode
    }

    /// Runs the pipeline. Problems with single documents end up in `errors.jsonl`; a `RunError`
    /// (unusable directories, failed writes) stops the run and publishes nothing.
    public func run() throws(RunError) -> RunResult {
        let started = Date()
        let clock = DispatchTime.now().uptimeNanoseconds
        let timings = StageTimings()
        let discovered = try timings.measure(.discover) { () throws(RunError) in
            try InputDiscovery.discover(root: options.input)
        }
        let files = discovered.files
        let inputs = files.count + discovered.unreadable.count
        logger.info(
            "\(inputs) input files in \(options.input) (\(discovered.skipped.values.reduce(0, +)) skipped), \(options.workers) workers, stages \(options.stages.map(\.rawValue).joined(separator: ","))"
        )

        let output = try StagedOutput(destination: options.output)
        do throws(RunError) {
            // After the staged output, which creates the output's parent (the default state's folder).
            let state = try openState()
            let articles = try JSONLinesWriter(path: output.path("articles.jsonl"))
            let errors = try JSONLinesWriter(path: output.path("errors.jsonl"))
            let progress = ProgressReporter(total: inputs, mode: progressMode, logger: logger)
            let sink = RunSink(
                articles: articles, errors: errors,
                detector: options.dedupEnabled
                    ? NearDuplicateDetector(
                        parameters: options.dedup, expectedDocuments: files.count,
                        prior: state.flatMap { $0.documentCount > 0 ? $0 : nil }) : nil,
                state: state, timings: timings, progress: progress)
            for (path, error) in discovered.unreadable {
                sink.acceptDiscoveryError(ErrorRecord(path: path.isEmpty ? "." : path, error: error, bytes: nil))
            }

            HTMLParseProbe.initialize()
            let reader = InputReader(limits: options.limits)
            let processor = DocumentProcessor(
                signer: options.dedupEnabled ? DocumentSigner(parameters: options.dedup) : nil,
                extractor: try options.extractEnabled ? ArticleExtractor.load().get() : nil, timings: timings)
            OrderedStageRunner(workers: options.workers, window: options.window).run(
                count: files.count,
                read: { index in reader.read(files[index], timings: timings) },
                process: { outcome in (processor.process(outcome), outcome.diskSize) },
                emit: { index, processed in sink.accept(processed.0, diskSize: processed.1, ordinal: index) }
            )
            progress.finish()
            try sink.finish()

            let counts = sink.counts
            var seconds = timings.snapshot.reduce(into: [String: Double]()) {
                $0[$1.key.rawValue] = Self.round($1.value)
            }
            let wall = Double(DispatchTime.now().uptimeNanoseconds - clock) / 1e9
            seconds["total"] = Self.round(wall)
            var manifest = RunManifest(
                pipeline: options.pipelineName, started: Self.timestamp(started), finished: Self.timestamp(Date()),
                input: options.input, workers: options.workers, stages: options.stages, inputs: inputs,
                articles: counts.articles, duplicates: counts.duplicates,
                duplicatesByKind: ["exact": counts.exactDuplicates, "near": counts.nearDuplicates],
                errors: counts.errors, errorsByStage: counts.errorsByStage, skipped: discovered.skipped,
                bytesRead: counts.bytesRead, seconds: seconds,
                inputsPerSecond: Self.round(Double(inputs) / max(wall, 1e-6)))
            manifest.clusters = sink.clusters.multiMemberCount
            manifest.largestClusters = sink.clusters.largest(10).map {
                ClusterSummary(
                    original: $0.id,
                    path: $0.ordinal >= 0 ? files[$0.ordinal].relativePath : sink.earlierRunPath(ordinal: $0.ordinal),
                    size: $0.size)
            }
            guard manifest.addsUp else {
                throw RunError(
                    "internal error: \(inputs) inputs but \(counts.total) outcomes; nothing was published")
            }
            if options.dedupEnabled {
                logger.info(
                    "near-duplicate index: \(sink.nearDuplicateIndexBytes) bytes, \(counts.articles + counts.nearDuplicates) documents"
                )
            }
            try output.writeFile("manifest.json", Self.encode(manifest))
            try beforeStateCommit()
            if let state {
                let contribution = sink.contribution(pipeline: options.pipelineName, started: manifest.started)
                try state.commit(contribution)
                logger.info(
                    "state file \(state.path): \(contribution.documents.count) documents added to \(state.documentCount)"
                )
            }
            try output.publish()
            logger.info(
                "\(counts.articles) articles, \(counts.duplicates) duplicates, \(counts.errors) errors in \(String(format: "%.2f", wall)) s → \(options.output)"
            )
            return RunResult(manifest: manifest, outputDirectory: options.output)
        } catch {
            output.discard()
            throw error
        }
    }

    /// The state file of a run with the dedup stage, opened and checked; `nil` without one.
    private func openState() throws(RunError) -> DedupState? {
        guard options.dedupEnabled, let path = options.statePath else { return nil }
        let state = try DedupState.open(path: path, parameters: options.dedup)
        logger.info("state file \(path): \(state.documentCount) documents from earlier runs")
        return state
    }

    static func encode(_ manifest: RunManifest) throws(RunError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(manifest)
            data.append(0x0A)
            return data
        } catch {
            throw RunError("cannot encode manifest.json: \(error)")
        }
    }

    private static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    private static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}

extension InputReader {
    /// Reads and decodes `file`, adding the time to the `read` and `decode` stages.
    func read(_ file: InputFile, timings: StageTimings) -> ReadOutcome {
        let bytes: [UInt8]
        do {
            bytes = try timings.measure(.read) { () throws(DocumentError) in try load(file) }
        } catch {
            return ReadOutcome(file: file, diskSize: nil, result: .failure(error))
        }
        let result = timings.measure(.decode) {
            Result { () throws(DocumentError) in try decode(bytes, file: file) }
        }
        return ReadOutcome(file: file, diskSize: bytes.count, result: result)
    }
}
