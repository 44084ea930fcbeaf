import Dispatch
import Foundation
import GleanerClean
import GleanerCore
import GleanerDedup
import GleanerExtract
import GleanerIO
import GleanerState
import Logging

/// What a finished run reports: its manifest, where it was published, and the exit status.
public struct RunResult: Sendable {
    public var manifest: RunManifest
    /// The output directory (holding `runs/` and `latest`).
    public var outputDirectory: String
    /// The run's own folder, `OUTPUT/runs/<name>`.
    public var runDirectory: String
    /// 0 when every input became an article or a duplicate, 1 when some failed.
    public var exitCode: Int32 { manifest.errors == 0 ? 0 : 1 }
}

/// Runs a whole pipeline: lock → repair what a killed run left → discover → skip unchanged
/// inputs → read/decode (serial) → clean + dedup keys + extract (parallel) → dedup decisions and
/// writing (serial, input order) → state commit → publish by rename → `latest`.
public struct PipelineRunner: Sendable {
    public var options: RunOptions
    public var logger: Logger
    public var progressMode: ProgressReporter.Mode
    /// Called after the run's folder is complete and before the state file's commit (tests use
    /// it to simulate a run killed at that point).
    var beforeStateCommit: @Sendable () throws(RunError) -> Void = {}
    /// Called after the state commit and before the rename that publishes the run.
    var afterStateCommit: @Sendable () throws(RunError) -> Void = {}

    public init(options: RunOptions, logger: Logger, progressMode: ProgressReporter.Mode = .silent) {
        self.options = options
        self.logger = logger
        self.progressMode = progressMode
    }

    /// Runs the pipeline. Problems with single documents end up in `errors.jsonl`; a `RunError`
    /// (unusable directories, failed writes, another run holding the lock) stops the run and
    /// publishes nothing.
    public func run() throws(RunError) -> RunResult {
        let started = Date()
        let clock = DispatchTime.now().uptimeNanoseconds
        let name = RunName.make(started: started)
        if !Self.isDirectory(options.input) {
            // Throws the reason, before anything is created.
            _ = try InputDiscovery.discover(root: options.input)
        }
        let root = try OutputRoot(path: options.output)
        let lock = try RunLock.acquire(path: options.lockPath, started: Self.timestamp(started))
        defer { withExtendedLifetime(lock) {} }
        var state: StateFile?
        do throws(RunError) {
            state = try options.statePath.map { path throws(RunError) in try StateFile.open(path: path) }
            let result = try run(name: name, started: started, clock: clock, root: root, state: state)
            writeMetrics(manifest: result.manifest, exitStatus: result.exitCode, clock: clock, state: state)
            return result
        } catch {
            try? state?.recordFailure(
                RunRecord(
                    name: name, started: Self.timestamp(started), finished: Self.timestamp(Date()), status: .failed,
                    exitStatus: Int(error.exitStatus), pipeline: options.pipelineName,
                    gleanerVersion: GleanerVersion.current, pipelineHash: PipelineHash.of(options),
                    input: options.input))
            writeMetrics(manifest: nil, exitStatus: error.exitStatus, clock: clock, state: state)
            throw error
        }
    }

    private func run(
        name: String, started: Date, clock: UInt64, root: OutputRoot, state: StateFile?
    ) throws(RunError) -> RunResult {
        try RunRecovery.recover(root: root, state: state, logger: logger)
        let timings = StageTimings()
        let discovered = try timings.measure(.discover) { () throws(RunError) in
            try InputDiscovery.discover(root: options.input)
        }
        let inputRoot = Self.canonicalPath(options.input)
        let selection = InputSelection(discovered.files, earlier: try state?.processedInputs(root: inputRoot) ?? [:])
        let files = selection.files
        let inputs = files.count + discovered.unreadable.count
        logger.info(
            "run \(name): \(inputs) input files to process in \(options.input), \(selection.unchanged) unchanged since earlier runs, \(discovered.skipped.values.reduce(0, +)) skipped; \(options.workers) workers, stages \(options.stages.map(\.rawValue).joined(separator: ","))"
        )

        let folder = try root.createStaging(name)
        var committed = false
        do throws(RunError) {
            let dedupState =
                try options.dedupEnabled
                ? state.map { file throws(RunError) in try DedupState.open(file, parameters: options.dedup) } : nil
            let articles = try JSONLinesWriter(path: folder + "/articles.jsonl")
            let errors = try JSONLinesWriter(path: folder + "/errors.jsonl")
            let progress = ProgressReporter(total: inputs, mode: progressMode, logger: logger)
            let sink = RunSink(
                articles: articles, errors: errors,
                detector: options.dedupEnabled
                    ? NearDuplicateDetector(
                        parameters: options.dedup, expectedDocuments: files.count,
                        prior: dedupState.flatMap { $0.documentCount > 0 ? $0 : nil }) : nil,
                state: dedupState, timings: timings, progress: progress)
            let ledger = RunLedger(selection: selection)
            for (path, error) in discovered.unreadable {
                sink.acceptDiscoveryError(ErrorRecord(path: path.isEmpty ? "." : path, error: error, bytes: nil))
            }

            if !files.isEmpty {
                HTMLParseProbe.initialize()
                let reader = InputReader(limits: options.limits)
                let processor = DocumentProcessor(
                    signer: options.dedupEnabled ? DocumentSigner(parameters: options.dedup) : nil,
                    extractor: try options.extractEnabled ? ArticleExtractor.load().get() : nil, timings: timings)
                OrderedStageRunner(workers: options.workers, window: options.window).run(
                    count: files.count,
                    read: { index in reader.readWithIdentity(files[index], timings: timings) },
                    process: { read in (processor.process(read.outcome), read.outcome.diskSize, read.identity) },
                    emit: { index, processed in
                        let outcome = sink.accept(processed.0, diskSize: processed.1, ordinal: index)
                        ledger.record(ordinal: index, identity: processed.2, outcome: outcome)
                    }
                )
            }
            progress.finish()
            try sink.finish()

            var manifest = makeManifest(
                name: name, started: started, clock: clock, inputs: inputs, sink: sink, timings: timings,
                discovered: discovered, selection: selection, ledger: ledger)
            guard manifest.addsUp else {
                throw RunError(
                    "internal error: \(inputs) inputs but \(sink.counts.total) outcomes; nothing was published")
            }
            if options.dedupEnabled {
                logger.info(
                    "near-duplicate index: \(sink.nearDuplicateIndexBytes) bytes, \(sink.counts.articles + sink.counts.nearDuplicates) documents"
                )
            }
            manifest.peakRSSBytes = PeakMemory.bytes
            try DurableFile.write(Self.encode(manifest), to: folder + "/manifest.json")

            try beforeStateCommit()
            CrashPoint.beforeCommit.check()
            if let state {
                let contribution =
                    dedupState == nil
                    ? nil : sink.contribution(pipeline: options.pipelineName, started: manifest.started)
                let record = RunRecord(
                    name: name, started: manifest.started, finished: manifest.finished, status: .committed,
                    exitStatus: manifest.errors == 0 ? 0 : 1, pipeline: options.pipelineName, inputs: inputs,
                    unchanged: selection.unchanged, articles: manifest.articles, duplicates: manifest.duplicates,
                    errors: manifest.errors, seconds: manifest.seconds["total"],
                    gleanerVersion: manifest.gleanerVersion,
                    pipelineHash: PipelineHash.of(options), input: options.input)
                try state.commit(
                    RunCommit(
                        record: record, processed: ledger.processed, refreshed: selection.refreshed,
                        dedup: contribution),
                    root: inputRoot, dedupState: dedupState)
                committed = true
                logger.info(
                    "state file \(state.path): \(ledger.processed.count) inputs and \(contribution?.documents.count ?? 0) dedup documents added"
                )
            }
            CrashPoint.afterCommit.check()
            try afterStateCommit()
            try publish(name: name, root: root, state: state)
            logger.info(
                "run \(name): \(sink.counts.articles) articles, \(sink.counts.duplicates) duplicates, \(sink.counts.errors) errors, \(selection.unchanged) unchanged in \(String(format: "%.2f", manifest.seconds["total"] ?? 0)) s → \(root.published(name))"
            )
            return RunResult(manifest: manifest, outputDirectory: root.path, runDirectory: root.published(name))
        } catch {
            // Once committed, the folder is complete and the next run finishes publishing it.
            if !committed { root.discardStaging(name) }
            throw error
        }
    }

    /// Renames the run into `runs/`, points `latest` at it, marks it published and prunes.
    private func publish(name: String, root: OutputRoot, state: StateFile?) throws(RunError) {
        try root.publish(name)
        CrashPoint.afterPublish.check()
        try root.pointLatest(to: name)
        CrashPoint.afterLatest.check()
        try state?.setStatus(.published, ofRun: name)
        guard let keep = options.keep else { return }
        for pruned in root.prune(keep: keep) {
            try? state?.setStatus(.pruned, ofRun: pruned)
            logger.info("removed run \(pruned) (--keep \(keep))")
        }
    }

    private func makeManifest(
        name: String, started: Date, clock: UInt64, inputs: Int, sink: RunSink, timings: StageTimings,
        discovered: DiscoveredInputs, selection: InputSelection, ledger: RunLedger
    ) -> RunManifest {
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
        manifest.run = name
        manifest.unchanged = selection.unchanged
        manifest.empty = inputs == 0
        manifest.outcomes = counts.outcomes
        if options.extractEnabled {
            manifest.figuresByKind = Dictionary(
                uniqueKeysWithValues: FigureKind.allCases.map { ($0.rawValue, counts.figuresByKind[$0.rawValue] ?? 0) })
        }
        manifest.superseded = ledger.superseded
        manifest.articlesPerSecond = Self.round(Double(counts.articles + counts.duplicates) / max(wall, 1e-6))
        manifest.clusters = sink.clusters.multiMemberCount
        manifest.largestClusters = sink.clusters.largest(10).map {
            ClusterSummary(
                original: $0.id,
                path: $0.ordinal >= 0
                    ? selection.files[$0.ordinal].relativePath : sink.earlierRunPath(ordinal: $0.ordinal),
                size: $0.size)
        }
        return manifest
    }

    /// Writes `--metrics-file`, if asked for; a failure to write it is logged, not fatal.
    private func writeMetrics(manifest: RunManifest?, exitStatus: Int32, clock: UInt64, state: StateFile?) {
        guard let path = options.metricsFile, exitStatus != RunError.lockedExitStatus else { return }
        let now = Date()
        let lastSuccess =
            manifest != nil ? now : (try? state?.lastSuccess()).flatMap { $0 }.flatMap(Self.parseTimestamp)
        let metrics = PrometheusMetrics(
            manifest: manifest, exitStatus: exitStatus, finished: now,
            durationSeconds: Double(DispatchTime.now().uptimeNanoseconds - clock) / 1e9, lastSuccess: lastSuccess)
        do {
            try metrics.write(to: path)
        } catch {
            logger.error("cannot write the metrics file: \(error.message)")
        }
    }

    /// The input directory's canonical path (links resolved), which keys its inputs in the
    /// state file.
    private static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
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

    private static func formatter() -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }

    static func timestamp(_ date: Date) -> String { formatter().string(from: date) }

    static func parseTimestamp(_ text: String) -> Date? { formatter().date(from: text) }
}

extension InputReader {
    /// Reads and decodes `file`, adding the time to the `read` and `decode` stages, and returns
    /// the identity of its bytes whenever they could be read (also when decoding failed).
    func readWithIdentity(
        _ file: InputFile, timings: StageTimings
    ) -> (outcome: ReadOutcome, identity: DocumentIdentity?) {
        let bytes: [UInt8]
        do {
            bytes = try timings.measure(.read) { () throws(DocumentError) in try load(file) }
        } catch {
            return (ReadOutcome(file: file, diskSize: nil, result: .failure(error)), nil)
        }
        let result = timings.measure(.decode) {
            Result { () throws(DocumentError) in try decode(bytes, file: file) }
        }
        let identity: DocumentIdentity
        switch result {
        case .success(let loaded): identity = loaded.identity
        case .failure: identity = DocumentIdentity(relativePath: file.relativePath, diskBytes: bytes)
        }
        return (ReadOutcome(file: file, diskSize: bytes.count, result: result), identity)
    }
}
