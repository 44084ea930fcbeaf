import Foundation
import GleanerCore

/// A run's settings after the pipeline file and the command line were merged and checked.
public struct RunOptions: Sendable, Equatable {
    public var pipelineName: String
    public var input: String
    public var output: String
    public var workers: Int
    public var window: Int
    public var stages: [PipelineStage]
    public var limits: InputLimits
    /// Near-duplicate parameters (used when the dedup stage runs).
    public var dedup: DedupParameters
    /// The state file (processed inputs, dedup index, run history); `nil` when disabled.
    public var statePath: String?
    /// Published runs to keep under `OUTPUT/runs/`; `nil` keeps all.
    public var keep: Int?
    /// The Prometheus text file to write; `nil` for none.
    public var metricsFile: String?

    /// Checks `configuration` and fills defaults: workers default to the number of cores.
    public init(_ configuration: PipelineConfiguration) throws(RunError) {
        guard let input = configuration.input else {
            throw RunError("no input directory: pass --input DIR or set 'input:' in the pipeline file")
        }
        guard let output = configuration.output else {
            throw RunError("no output directory: pass --output DIR or set 'output:' in the pipeline file")
        }
        pipelineName = configuration.name
        self.input = input
        self.output = output
        workers = configuration.workers ?? ProcessInfo.processInfo.activeProcessorCount
        window = max(workers, configuration.window ?? 4 * workers)
        // `dedup: off` in the pipeline file is the same as leaving the stage out.
        stages = configuration.dedup == nil ? configuration.stages.filter { $0 != .dedup } : configuration.stages
        dedup = configuration.dedup ?? DedupParameters()
        limits = configuration.limits
        statePath = configuration.state.path(output: output)
        keep = configuration.keep
        metricsFile = configuration.metricsFile
    }

    /// The run lock: beside the state file, or in the output directory without one.
    public var lockPath: String {
        statePath.map { $0 + ".lock" } ?? output + "/gleaner.lock"
    }

    /// Whether the dedup stage runs.
    public var dedupEnabled: Bool { stages.contains(.dedup) }

    /// Whether the extract stage (entities, sentence counts) runs.
    public var extractEnabled: Bool { stages.contains(.extract) }
}
