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
        let tags = model.tag(text)
        let isTitle = { (index: Int) -> Bool in
            let token = text.tokens[index]
            return titles.contains(text.scalars[token.start..<token.end])
        }
        return Self.mentions(tags: tags, in: text, isTitle: isTitle)
    }

    /// The rules between the model's BIO tags and the mentions, in order: courtesy-titled spans
    /// and spans that credits, roles or ages mark become persons (`PersonTitles.retypeCourtesyTitled`,
    /// `PersonCues`) and spans that place kinds surround become places (`PlaceCues`); titles and
    /// post-nominal letters leave person spans (`PersonTitles.stripTitles`,
    /// `stripPostNominals`); `MentionCleanup`; spans holding a capitalised function word are
    /// dropped (`HeadlineFragments`); "name and name" of two listed names is two names (`CoordinatedNames`); a
    /// following "al-" word continues a name
    /// (`ArabicArticleContinuation`); organisations cut at "of" or "for" are joined
    /// (`OrganizationJoins`), and so is a nationality word with the body's name after it
    /// (`NationalityJoins`); then, unless `propagateSurnames` is false, `SurnamePropagation` in each
    /// of `documents` (token ranges). The tagger and the training command's scorer both call this,
    /// so benchmark figures are those of the output.
    public static func applyOutputRules(
        tags: inout [UInt8], documents: [Range<Int>], propagateSurnames: Bool = true, isTitle: (Int) -> Bool,
        token: (Int) -> ArraySlice<Unicode.Scalar>
    ) {
        PersonTitles.retypeCourtesyTitled(tags: &tags, token: token)
        TitleFragments.apply(tags: &tags, isTitle: isTitle, token: token)
        ListedOrganizations.apply(tags: &tags, token: token)
        EmbeddedTitles.apply(tags: &tags, isTitle: isTitle, token: token)
        InnerPossessives.apply(tags: &tags, documents: documents, isTitle: isTitle, token: token)
        NicknamedNames.apply(tags: &tags, token: token)
        GivenNamePersons.apply(tags: &tags, isTitle: isTitle, token: token)
        TitleOpenedNames.apply(tags: &tags, isTitle: isTitle, token: token)
        let cued =
            PersonCues.apply(tags: &tags, isTitle: isTitle, token: token) + PlaceCues.apply(tags: &tags, token: token)
            + OrganizationCues.apply(tags: &tags, token: token) + AdministrationNames.apply(tags: &tags, token: token)
        for document in documents {
            CueTypePropagation.apply(tags: &tags, document: document, cued: cued, token: token)
        }
        KnownPlaces.apply(tags: &tags, token: token)
        KnownOrganizations.apply(tags: &tags, token: token)
        OrganizationHeads.apply(tags: &tags, token: token)
        PlaceHeads.apply(tags: &tags, token: token)
        PersonTitles.stripTitles(tags: &tags, isTitle: isTitle)
        PersonTitles.stripPostNominals(tags: &tags, token: token)
        MentionCleanup.apply(tags: &tags, token: token)
        HeadlineFragments.apply(tags: &tags, token: token)
        CoordinatedNames.apply(tags: &tags, token: token)
        ArabicArticleContinuation.apply(tags: &tags, token: token)
        OrganizationJoins.apply(tags: &tags, token: token)
        NationalityJoins.apply(tags: &tags, token: token)
        CompassNationalities.apply(tags: &tags, token: token)
        guard propagateSurnames else { return }
        for document in documents {
            SurnamePropagation.apply(tags: &tags, document: document, token: token, isTitle: isTitle)
        }
    }

    /// The mentions that BIO `tags` (one per token of `text`, one document) mark, after
    /// `MentionCleanup` and `SurnamePropagation`.
    static func mentions(
        tags: [UInt8], in text: TokenizedText, isTitle: (Int) -> Bool = { _ in false }
    ) -> [EntityMention] {
        var tags = tags
        applyOutputRules(tags: &tags, documents: [tags.indices], isTitle: isTitle) { index in
            let token = text.tokens[index]
            return text.scalars[token.start..<token.end]
        }
        return TagSet.spans(tags).map { span in
            let start = text.tokens[span.start].start
            let end = text.tokens[span.end - 1].end
            return EntityMention(type: span.type, start: start, end: end, text: text.text(from: start, to: end))
        }
    }
}
