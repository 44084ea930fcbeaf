import ArgumentParser
import GleanerCore
import GleanerRun

/// `gleaner run`: the main batch job.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Clean, deduplicate and extract entities from every new or changed article under an input directory.",
        discussion: """
            Each run is a folder OUTPUT/runs/<UTC time>-<id>/ holding articles.jsonl,
            errors.jsonl and manifest.json, written under a temporary name and renamed
            into place only when complete; OUTPUT/latest points to the newest.
            Inputs an earlier run processed with the same bytes are skipped: the
            state file (default OUTPUT/state.sqlite) remembers them, the dedup index
            and the run history. A run with nothing new publishes an empty run.
            A run that finds another one holding the lock exits 75.
            Flags override the pipeline file.

            Examples:
              gleaner run Pipelines/sample.yaml
              gleaner run Pipelines/nightly.yaml --keep 30 --metrics-file gleaner.prom
              gleaner run --input SampleCorpus --output /tmp/out
              gleaner run Pipelines/sample.yaml --workers 1 --stages clean --output /tmp/clean-only
              gleaner run --input crawl --output out --state none --log-format json
            """
    )

    @Argument(help: "A pipeline file (YAML). Without one, built-in defaults are used.")
    var pipeline: String?

    @Option(help: "The directory of articles to process (searched recursively).")
    var input: String?

    @Option(help: "The output directory: runs/, latest and the state file live there.")
    var output: String?

    @Option(help: "CPU workers (default: one per core).")
    var workers: Int?

    @Option(help: "Stages to run, comma-separated: clean, dedup, extract (default: all three).")
    var stages: String?

    @Option(
        help: ArgumentHelp(
            "The state file that remembers processed inputs, the dedup index and the run history (default: OUTPUT/state.sqlite; 'none' for no state).",
            valueName: "file"))
    var state: String?

    @Option(help: "Keep only the newest N runs under OUTPUT/runs/ (default: all). Never removes 'latest'.")
    var keep: Int?

    @Option(help: "Write Prometheus text metrics to this file (atomically), for node_exporter's textfile collector.")
    var metricsFile: String?

    @Option(help: "Log line format on standard error: text or json (one object per line).")
    var logFormat: LoggingSetup.Format = .text

    @Option(help: "The largest input accepted after decompression, e.g. 20MB (default 20MB).")
    var maxBytes: String?

    @Flag(help: "No progress line or progress logs; warnings and errors only.")
    var quiet = false

    @Flag(help: "Debug logging.")
    var verbose = false

    func validate() throws {
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
        if let keep, keep < 1 { throw ValidationError("--keep must be at least 1") }
    }

    func run() throws {
        let logger = LoggingSetup.logger(verbose: verbose, quiet: quiet, format: logFormat)
        let result: RunResult
        do {
            let options = try RunOptions(configuration())
            result = try PipelineRunner(
                options: options, logger: logger, progressMode: ProgressReporter.automaticMode(quiet: quiet)
            ).run()
        } catch {
            throw ExitStatus.report(error)
        }
        if result.exitCode != 0 {
            logger.warning("\(result.manifest.errors) inputs failed; see \(result.runDirectory)/errors.jsonl")
            throw ExitStatus.documentsFailed
        }
    }

    /// Defaults, then the pipeline file, then flags.
    private func configuration() throws(RunError) -> PipelineConfiguration {
        var configuration =
            try pipeline.map { path throws(RunError) in try PipelineFile.load(path: path) }
            ?? PipelineConfiguration()
        if let input { configuration.input = input }
        if let output { configuration.output = output }
        if let workers { configuration.workers = workers }
        if let state { configuration.state = StateLocation.parse(state) }
        if let keep { configuration.keep = keep }
        if let metricsFile { configuration.metricsFile = metricsFile }
        if let stages {
            configuration.stages = try PipelineConfiguration.parseStages(
                stages.split(separator: ",").map(String.init))
        }
        if let maxBytes {
            guard let bytes = InputLimits.parseByteSize(maxBytes) else {
                throw RunError("--max-bytes must be a size such as 20MB or 5000000, not '\(maxBytes)'")
            }
            configuration.limits.maxBytes = bytes
        }
        return configuration
    }
}

extension LoggingSetup.Format: ExpressibleByArgument {}
