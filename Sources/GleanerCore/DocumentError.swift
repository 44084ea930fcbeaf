/// Why one input document could not become an article: the stage that failed and a reason
/// a person can act on. A `DocumentError` costs that one document, never the run.
public struct DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The stage in which the document failed.
    public var stage: PipelineStage
    /// A human-readable reason, without the file name (the error line carries the path).
    public var reason: String

    public init(stage: PipelineStage, reason: String) {
        self.stage = stage
        self.reason = reason
    }

    public var description: String { "\(stage.rawValue): \(reason)" }
}
