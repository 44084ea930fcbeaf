/// One distinct named entity of an article: its full form, one type, and every mention of it.
public struct MergedEntity: Sendable, Hashable {
    /// The longest form the article uses ("Vladimir Putin" for "Putin", "United Nations" for "U.N.").
    public var text: String
    /// The type most of its mentions have (ties broken in `EntityType.allCases` order).
    public var type: EntityType
    /// The mentions as `[start, end)` code-point ranges of the article text, in text order.
    public var mentions: [Range<Int>]

    public init(text: String, type: EntityType, mentions: [Range<Int>]) {
        self.text = text
        self.type = type
        self.mentions = mentions
    }
}
