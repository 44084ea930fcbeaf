import Foundation

/// Finds PERSON, ORGANIZATION, LOCATION and NORP mentions in text with the bundled model.
///
/// ```swift
/// let tagger = try EntityTagger.shared.get()
/// let mentions = tagger.entities(in: text)  // offsets in code points of `text`
/// ```
public struct EntityTagger: Sendable {
    /// The tagging model.
    public let model: PerceptronModel
    /// Titles removed from the start of PERSON mentions.
    public let titles: PersonTitles

    public init(model: PerceptronModel, titles: PersonTitles) {
        self.model = model
        self.titles = titles
    }

    /// The tagger with the bundled weights (`Resources/ner-weights.bin`), loaded once.
    public static let shared: Result<EntityTagger, ModelFileError> = {
        guard let url = Bundle.module.url(forResource: "ner-weights", withExtension: "bin", subdirectory: "Resources")
        else { return .failure(.missingResource) }
        return ModelFile.load(contentsOf: url).flatMap { model in
            PersonTitles.bundled.map { EntityTagger(model: model, titles: $0) }
        }
    }()

    /// Entity mentions in `text`, in text order.
    public func entities(in text: String) -> [EntityMention] {
        entities(in: TokenizedText(text))
    }

    /// Entity mentions in already tokenised text, in text order.
    public func entities(in text: TokenizedText) -> [EntityMention] {
        var tags = model.tag(text)
        titles.stripTitles(tags: &tags) { index in
            let token = text.tokens[index]
            return titles.contains(text.scalars[token.start..<token.end])
        }
        return Self.mentions(tags: tags, in: text)
    }

    /// The mentions that BIO `tags` (one per token of `text`) mark, without the punctuation and
    /// clitics a span may have at its edges (see `isEdgeNoise`).
    static func mentions(tags: [UInt8], in text: TokenizedText) -> [EntityMention] {
        TagSet.spans(tags).compactMap { span in
            var first = span.start
            var last = span.end - 1
            while first <= last && isEdgeNoise(text, token: first, leading: true) { first += 1 }
            while last >= first && isEdgeNoise(text, token: last, leading: false) { last -= 1 }
            guard first <= last else { return nil }
            let start = text.tokens[first].start
            let end = text.tokens[last].end
            return EntityMention(type: span.type, start: start, end: end, text: text.text(from: start, to: end))
        }
    }

    /// Whether a token at the edge of a tagged span is not part of the name: punctuation (the
    /// training data puts closing quotes and dashes inside a few spans: `East "`) or, at the start,
    /// a clitic ("'s Interior Ministry").
    private static func isEdgeNoise(_ text: TokenizedText, token index: Int, leading: Bool) -> Bool {
        let token = text.tokens[index]
        let scalars = text.scalars[token.start..<token.end]
        if leading, let first = scalars.first, ScalarText.isApostrophe(first), scalars.count > 1 { return true }
        return !scalars.contains { ScalarText.isLetter($0) || ScalarText.isDigit($0) }
    }
}
