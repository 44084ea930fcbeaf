import GleanerCore
import GleanerDedup

/// What the parallel stage hands to the serial sink for one input.
enum ProcessedDocument: Sendable {
    /// A cleaned article; its `dedup` field is decided by the sink.
    case article(ArticleRecord, exactKey: ExactKey?)
    /// An input that failed, with the stage and reason.
    case failed(ErrorRecord)
}
