import GleanerCore
import GleanerExtract

/// The extract stage for one text: tokens and sentences, entity mentions from the bundled
/// tagger, merged into distinct entities, and the figures (counts of people). Offsets are code
/// points of exactly the text given.
public struct ArticleExtractor: Sendable {
    /// What the stage found in one text.
    public struct Extraction: Sendable, Equatable {
        /// The distinct entities, sorted by first mention.
        public var entities: [EntityRecord]
        /// The figures, in text order.
        public var figures: [FigureRecord]
        /// The number of sentences.
        public var sentences: Int
    }

    let tagger: EntityTagger
    let figureExtractor: FigureExtractor

    /// The extractor with the bundled tagger and figure lexicon, or why the tagger's weights could
    /// not be loaded.
    public static func load() -> Result<ArticleExtractor, RunError> {
        EntityTagger.shared.map { ArticleExtractor(tagger: $0, figureExtractor: .shared) }.mapError {
            RunError("the extract stage cannot load the entity tagger's weights: \($0)")
        }
    }

    /// The entities, figures and sentence count of `text`.
    public func extract(_ text: String) -> Extraction {
        let tokenized = TokenizedText(text)
        let mentions = tagger.entities(in: tokenized)
        let entities = EntityMerger.merge(mentions).map {
            EntityRecord(text: $0.text, type: $0.type.rawValue, mentions: $0.mentions)
        }
        let figures = figureExtractor.figures(in: tokenized, entities: mentions).map {
            FigureRecord(
                kind: $0.kind.rawValue, value: $0.value, low: $0.low, high: $0.high, qualifier: $0.qualifier?.rawValue,
                who: $0.who, location: $0.location, actor: $0.actor, span: $0.start..<$0.end, text: $0.text)
        }
        return Extraction(entities: entities, figures: figures, sentences: tokenized.sentences.count)
    }
}
