/// One entity mention: its type and its code-point range `[start, end)` in the text.
public struct EntityMention: Sendable, Hashable {
    /// The entity type.
    public var type: EntityType
    /// First code point of the mention.
    public var start: Int
    /// One past the last code point of the mention.
    public var end: Int
    /// The mention's text.
    public var text: String

    public init(type: EntityType, start: Int, end: Int, text: String) {
        self.type = type
        self.start = start
        self.end = end
        self.text = text
    }
}
