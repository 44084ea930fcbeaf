import GleanerCore
import GleanerDedup

/// What the parallel stage hands to the serial sink for one input.
enum ProcessedDocument: Sendable {
    /// A cleaned article; its `dedup` field is decided by the sink from the exact key and the
    /// MinHash signature (both `nil` when the dedup stage is off).
    case article(ArticleRecord, exactKey: ExactKey?, signature: MinHashSignature?)
    /// An input that failed, with the stage and reason.
    case failed(ErrorRecord)
}
