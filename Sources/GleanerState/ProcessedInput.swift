/// One row of the state file's `inputs` table: an input path as it was last processed, so that
/// the next run can skip it while its bytes stay the same.
public struct ProcessedInput: Sendable, Equatable {
    /// The path relative to the input directory.
    public var path: String
    /// Size on disk in bytes.
    public var size: Int
    /// Modification time in nanoseconds since the epoch.
    public var mtimeNanoseconds: Int64
    /// SHA-256 of the bytes on disk, hex.
    public var sha256: String
    /// The article id the bytes were written with (also for an error line: the id they would have).
    public var id: String
    /// The run (`runs.id`) that processed them; 0 before the commit assigns it.
    public var run: Int64
    /// `unique`, `exact_duplicate`, `near_duplicate`, `not_checked` or `error`.
    public var outcome: String

    public init(
        path: String, size: Int, mtimeNanoseconds: Int64, sha256: String, id: String, run: Int64 = 0, outcome: String
    ) {
        self.path = path
        self.size = size
        self.mtimeNanoseconds = mtimeNanoseconds
        self.sha256 = sha256
        self.id = id
        self.run = run
        self.outcome = outcome
    }
}
