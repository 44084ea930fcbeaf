/// One row of the run history (`runs`), as `gleaner runs` shows it.
public struct RunRecord: Sendable, Equatable {
    /// Where a run stands.
    public enum Status: String, Sendable {
        /// Its state is committed; its folder is being renamed into place (or a crash stopped it
        /// there: the next run finishes the rename).
        case committed
        /// Its folder is under `OUTPUT/runs/`.
        case published
        /// It stopped with an error and published nothing.
        case failed
        /// `--keep` removed its folder.
        case pruned
        /// Committed, but its folder was gone when the next run looked for it.
        case lost
    }

    /// The run's folder name under `OUTPUT/runs/` (`nil` for runs before state version 2).
    public var name: String?
    public var started: String
    public var finished: String?
    public var status: Status
    public var exitStatus: Int?
    public var pipeline: String
    /// Inputs processed, and inputs skipped as unchanged.
    public var inputs: Int?
    public var unchanged: Int?
    public var articles: Int?
    public var duplicates: Int?
    public var errors: Int?
    /// Wall time of the run.
    public var seconds: Double?
    public var gleanerVersion: String?
    /// A hash of the settings that shape the output (stages, dedup parameters, limits).
    public var pipelineHash: String?
    public var input: String?

    public init(
        name: String?, started: String, finished: String? = nil, status: Status, exitStatus: Int? = nil,
        pipeline: String, inputs: Int? = nil, unchanged: Int? = nil, articles: Int? = nil, duplicates: Int? = nil,
        errors: Int? = nil, seconds: Double? = nil, gleanerVersion: String? = nil, pipelineHash: String? = nil,
        input: String? = nil
    ) {
        self.name = name
        self.started = started
        self.finished = finished
        self.status = status
        self.exitStatus = exitStatus
        self.pipeline = pipeline
        self.inputs = inputs
        self.unchanged = unchanged
        self.articles = articles
        self.duplicates = duplicates
        self.errors = errors
        self.seconds = seconds
        self.gleanerVersion = gleanerVersion
        self.pipelineHash = pipelineHash
        self.input = input
    }
}
