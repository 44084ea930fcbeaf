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

    /// The mentions that BIO `tags` (one per token of `text`) mark: a span is cut at list
    /// separators inside it ("Miami; Chicago"), and loses the punctuation and clitics at its edges
    /// (see `isEdgeNoise`).
    static func mentions(tags: [UInt8], in text: TokenizedText) -> [EntityMention] {
        var mentions: [EntityMention] = []
        for span in TagSet.spans(tags) {
            var pieceStart = span.start
            for index in span.start...span.end where index == span.end || isSeparator(text, token: index) {
                if let mention = trimmed(type: span.type, tokens: pieceStart..<index, in: text) {
                    mentions.append(mention)
                }
                pieceStart = index + 1
            }
        }
        return mentions
    }

    private static func trimmed(type: EntityType, tokens: Range<Int>, in text: TokenizedText) -> EntityMention? {
        var first = tokens.lowerBound
        var last = tokens.upperBound - 1
        while first <= last && isEdgeNoise(text, token: first, leading: true) { first += 1 }
        while last >= first && isEdgeNoise(text, token: last, leading: false) { last -= 1 }
        guard first <= last else { return nil }
        let start = text.tokens[first].start
        let end = text.tokens[last].end
        return EntityMention(type: type, start: start, end: end, text: text.text(from: start, to: end))
    }

    /// Whether a token separates items of a list and so never stands inside a name: ";", "|", "•".
    private static func isSeparator(_ text: TokenizedText, token index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.end - token.start == 1 else { return false }
        switch text.scalars[token.start] {
        case ";", "|", "\u{2022}", "\u{00B7}": return true
        default: return false
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
