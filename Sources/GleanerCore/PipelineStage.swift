/// A named step of a Gleaner run. Error lines and the manifest's timings name the stage
/// in which something happened, so a user knows where to look.
public enum PipelineStage: String, Sendable, Codable, CaseIterable, Comparable {
    /// Walking the input directory.
    case discover
    /// Reading bytes from disk and decompressing gzip.
    case read
    /// Deciding the character set and transcoding to UTF-8.
    case decode
    /// Turning HTML or plain text into clean paragraphs and metadata.
    case clean
    /// Exact and near-duplicate detection.
    case dedup
    /// Sentences and named entities (figures come with issue 6).
    case extract
    /// Encoding and writing the output lines.
    case write

    public static func < (lhs: PipelineStage, rhs: PipelineStage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
