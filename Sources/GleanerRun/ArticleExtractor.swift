import GleanerCore
import GleanerExtract

/// The extract stage for one text: tokens and sentences, entity mentions from the bundled
/// tagger, merged into distinct entities. Offsets are code points of exactly the text given.
public struct ArticleExtractor: Sendable {
    /// What the stage found in one text.
    public struct Extraction: Sendable, Equatable {
        /// The distinct entities, sorted by first mention.
        public var entities: [EntityRecord]
        /// The number of sentences.
        public var sentences: Int
    }

    let tagger: EntityTagger

    /// The extractor with the bundled tagger, or why the tagger's weights could not be loaded.
    public static func load() -> Result<ArticleExtractor, RunError> {
        EntityTagger.shared.map { ArticleExtractor(tagger: $0) }.mapError {
            RunError("the extract stage cannot load the entity tagger's weights: \($0)")
        }
    }

    /// The entities and sentence count of `text`.
    public func extract(_ text: String) -> Extraction {
        let tokenized = TokenizedText(text)
        let entities = EntityMerger.merge(tagger.entities(in: tokenized)).map {
            EntityRecord(text: $0.text, type: $0.type.rawValue, mentions: $0.mentions)
        }
        return Extraction(entities: entities, sentences: tokenized.sentences.count)
    }
}
