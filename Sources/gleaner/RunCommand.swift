import ArgumentParser
import GleanerCore
import GleanerRun

/// `gleaner run`: the main batch job.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Clean, deduplicate and extract entities from every article under an input directory.",
        discussion: """
            Writes OUTPUT/articles.jsonl (one line per article), OUTPUT/errors.jsonl (one line
            per input that failed) and OUTPUT/manifest.json. The directory is written beside
            OUTPUT under a temporary name and renamed into place only when the run completes.
            Flags override the pipeline file.

            Examples:
              gleaner run Pipelines/sample.yaml
              gleaner run --input SampleCorpus --output /tmp/out
              gleaner run Pipelines/sample.yaml --workers 1 --stages clean --output /tmp/clean-only
              gleaner run --input crawl/2026-11-25 --output out/2026-11-25 --state out/state.sqlite
            """
    )

    @Argument(help: "A pipeline file (YAML). Without one, built-in defaults are used.")
    var pipeline: String?

    @Option(help: "The directory of articles to process (searched recursively).")
    var input: String?

    @Option(help: "The output directory (replaced atomically when the run completes).")
    var output: String?

    @Option(help: "CPU workers (default: one per core).")
    var workers: Int?

    @Option(help: "Stages to run, comma-separated: clean, dedup, extract (default: all three).")
    var stages: String?

    @Option(
        help: ArgumentHelp(
            "The state file that keeps the dedup index across runs (default: gleaner-state.sqlite beside the output directory; 'none' for no state).",
            valueName: "file"))
    var state: String?

    @Option(help: "The largest input accepted after decompression, e.g. 20MB (default 20MB).")
    var maxBytes: String?

    @Flag(help: "No progress line or progress logs; warnings and errors only.")
    var quiet = false

    @Flag(help: "Debug logging.")
    var verbose = false

    func validate() throws {
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
    }

    func run() throws {
        let logger = LoggingSetup.logger(verbose: verbose, quiet: quiet)
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
            logger.warning("\(result.manifest.errors) inputs failed; see \(result.outputDirectory)/errors.jsonl")
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
