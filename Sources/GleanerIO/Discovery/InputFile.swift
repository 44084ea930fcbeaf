import GleanerCore

/// A file the run will process, found by `InputDiscovery`.
public struct InputFile: Sendable, Equatable {
    /// The path relative to the input directory, with `/` separators (the article's `source.path`).
    public var relativePath: String
    /// The path to open.
    public var absolutePath: String
    public var format: DocumentFormat
    public var gzipped: Bool

    public init(relativePath: String, absolutePath: String, format: DocumentFormat, gzipped: Bool) {
        self.relativePath = relativePath
        self.absolutePath = absolutePath
        self.format = format
        self.gzipped = gzipped
    }
}

/// What discovery found: the inputs in a stable order, entries that are not inputs (by reason),
/// and directories it could not list (each becomes an error line).
public struct DiscoveredInputs: Sendable, Equatable {
    public var files: [InputFile] = []
    /// Counts of skipped entries: `hidden`, `unsupported_extension`, `symlink`, `not_regular`.
    public var skipped: [String: Int] = [:]
    /// Directories that could not be read, with the reason.
    public var unreadable: [(path: String, error: DocumentError)] = []

    public init() {}

    public static func == (lhs: DiscoveredInputs, rhs: DiscoveredInputs) -> Bool {
        lhs.files == rhs.files && lhs.skipped == rhs.skipped
            && lhs.unreadable.map(\.path) == rhs.unreadable.map(\.path)
    }
}
