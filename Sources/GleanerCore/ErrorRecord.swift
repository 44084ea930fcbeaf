/// One line of `errors.jsonl` (schema `gleaner.error/1`): an input that did not become an
/// article, with the stage that failed and a reason a person can act on.
public struct ErrorRecord: Sendable, Equatable, JSONLineWritable {
    public static let schemaName = "gleaner.error/1"

    /// The input's path relative to the input directory.
    public var path: String
    public var stage: PipelineStage
    public var reason: String
    /// Bytes on disk, when the file could be read at all.
    public var bytes: Int?

    public init(path: String, error: DocumentError, bytes: Int?) {
        self.path = path
        self.stage = error.stage
        self.reason = error.reason
        self.bytes = bytes
    }

    public func write(to json: inout JSONLine) {
        json.object { json in
            json.field("schema", Self.schemaName)
            json.field("path", path)
            json.field("stage", stage.rawValue)
            json.field("reason", reason)
            json.field("bytes", bytes)
        }
    }
}
