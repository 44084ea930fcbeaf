/// `manifest.json` (schema `gleaner.manifest/1`): what a run saw and did. Every input file the
/// run processed is counted exactly once as an article, a duplicate or an error, so
/// `inputs == articles + duplicates + errors` always holds; inputs an earlier run already
/// processed (same path and bytes) are counted in `unchanged` instead.
///
/// To add a field: a property with a default value and its key in `CodingKeys` (the file is
/// written with sorted keys, so the order needs no care).
public struct RunManifest: Sendable, Equatable, Codable {
    public static let schemaName = "gleaner.manifest/1"

    public var schema: String = RunManifest.schemaName
    public var gleanerVersion: String = GleanerVersion.current
    /// The run's id: the name of its folder under `OUTPUT/runs/` (`<UTC time>-<short id>`).
    public var run: String = ""
    /// The pipeline's name (from the pipeline file, or `default`).
    public var pipeline: String
    /// UTC start and end, ISO 8601.
    public var started: String
    public var finished: String
    /// The input directory as given.
    public var input: String
    public var workers: Int
    public var stages: [PipelineStage]
    /// Input files this run processed: new files, and files whose bytes changed since an
    /// earlier run (hidden files and unsupported extensions are not inputs).
    public var inputs: Int
    /// Input files skipped because an earlier run processed the same path with the same bytes.
    public var unchanged: Int = 0
    /// Whether the run had nothing to process (`inputs == 0`): it is still published, with empty
    /// `articles.jsonl` and `errors.jsonl`, so that downstream jobs see that it ran.
    public var empty: Bool = false
    /// Processed inputs by outcome: `unique`, `exact_duplicate`, `near_duplicate`, `not_checked`
    /// and `error`; they add up to `inputs`.
    public var outcomes: [String: Int] = [:]
    /// Changed inputs, each with the id of its earlier version that it supersedes.
    public var superseded: [SupersededInput] = []
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
    /// Figures by kind, summed over the articles that are not duplicates (a story copied ten
    /// times counts once); every kind is listed, empty when the extract stage did not run.
    public var figuresByKind: [String: Int] = [:]
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
    /// Article lines (articles and duplicates) per second of wall time.
    public var articlesPerSecond: Double = 0
    /// The largest resident set size the process reached (getrusage), in bytes.
    public var peakRSSBytes: Int = 0

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
        case run, pipeline, started, finished, input, workers, stages, inputs, unchanged, empty, outcomes, superseded
        case articles, duplicates
        case duplicatesByKind = "duplicates_by_kind"
        case clusters
        case largestClusters = "largest_clusters"
        case figuresByKind = "figures_by_kind"
        case errors
        case errorsByStage = "errors_by_stage"
        case skipped
        case bytesRead = "bytes_read"
        case seconds
        case inputsPerSecond = "inputs_per_second"
        case articlesPerSecond = "articles_per_second"
        case peakRSSBytes = "peak_rss_bytes"
    }
}

/// An input whose bytes changed since an earlier run: processed again under a new id, which
/// supersedes the earlier version's id.
public struct SupersededInput: Sendable, Equatable, Codable {
    /// The path relative to the input directory.
    public var path: String
    /// The id of the new version (its line in this run's `articles.jsonl` or `errors.jsonl`).
    public var id: String
    /// The id the earlier version was written with.
    public var supersedes: String

    public init(path: String, id: String, supersedes: String) {
        self.path = path
        self.id = id
        self.supersedes = supersedes
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
