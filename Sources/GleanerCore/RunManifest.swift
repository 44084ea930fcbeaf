/// `manifest.json` (schema `gleaner.manifest/1`): what a run saw and did. Every input file is
/// counted exactly once as an article, a duplicate or an error, so
/// `inputs == articles + duplicates + errors` always holds.
public struct RunManifest: Sendable, Equatable, Codable {
    public static let schemaName = "gleaner.manifest/1"

    public var schema: String = RunManifest.schemaName
    public var gleanerVersion: String = GleanerVersion.current
    /// The pipeline's name (from the pipeline file, or `default`).
    public var pipeline: String
    /// UTC start and end, ISO 8601.
    public var started: String
    public var finished: String
    /// The input directory as given.
    public var input: String
    public var workers: Int
    public var stages: [PipelineStage]
    /// Input files discovered (hidden files and unsupported extensions are not inputs).
    public var inputs: Int
    /// Lines in `articles.jsonl` that are not duplicates.
    public var articles: Int
    /// Lines in `articles.jsonl` that are duplicates of an earlier article.
    public var duplicates: Int
    /// Duplicates by kind: `exact` (same normalised text) and `near` (MinHash + LSH).
    public var duplicatesByKind: [String: Int]
    /// Clusters with more than one member (an original and at least one duplicate).
    public var clusters: Int = 0
    /// The (at most 10) largest such clusters, largest first.
    public var largestClusters: [ClusterSummary] = []
    /// Lines in `errors.jsonl`.
    public var errors: Int
    public var errorsByStage: [String: Int]
    /// Entries that were not inputs, by reason (`hidden`, `unsupported_extension`, `symlink`).
    public var skipped: [String: Int]
    /// Bytes read from disk (compressed size for gzip files).
    public var bytesRead: Int
    /// Seconds per stage (summed over threads) and `total` (wall time of the run).
    public var seconds: [String: Double]
    /// Input files per second of wall time.
    public var inputsPerSecond: Double

    public init(
        pipeline: String, started: String, finished: String, input: String, workers: Int,
        stages: [PipelineStage], inputs: Int, articles: Int, duplicates: Int,
        duplicatesByKind: [String: Int], errors: Int, errorsByStage: [String: Int],
        skipped: [String: Int], bytesRead: Int, seconds: [String: Double], inputsPerSecond: Double
    ) {
        self.pipeline = pipeline
        self.started = started
        self.finished = finished
        self.input = input
        self.workers = workers
        self.stages = stages
        self.inputs = inputs
        self.articles = articles
        self.duplicates = duplicates
        self.duplicatesByKind = duplicatesByKind
        self.errors = errors
        self.errorsByStage = errorsByStage
        self.skipped = skipped
        self.bytesRead = bytesRead
        self.seconds = seconds
        self.inputsPerSecond = inputsPerSecond
    }

    /// Whether every input is accounted for exactly once.
    public var addsUp: Bool { inputs == articles + duplicates + errors }

    private enum CodingKeys: String, CodingKey {
        case schema
        case gleanerVersion = "gleaner_version"
        case pipeline, started, finished, input, workers, stages, inputs, articles, duplicates
        case duplicatesByKind = "duplicates_by_kind"
        case clusters
        case largestClusters = "largest_clusters"
        case errors
        case errorsByStage = "errors_by_stage"
        case skipped
        case bytesRead = "bytes_read"
        case seconds
        case inputsPerSecond = "inputs_per_second"
    }
}

/// One cluster in `manifest.json`'s `largest_clusters`: its original and how many members it has.
public struct ClusterSummary: Sendable, Equatable, Codable {
    /// The original's id.
    public var original: String
    /// The original's path relative to the input directory.
    public var path: String
    /// Members, the original included.
    public var size: Int

    public init(original: String, path: String, size: Int) {
        self.original = original
        self.path = path
        self.size = size
    }
}
