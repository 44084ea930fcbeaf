/// One figure: a count of people in a sentence, classified by what happened to them or what they
/// are, with its value, bounds, qualifier, counted noun, place and actor, and the code-point span
/// of its evidence in the text (DESIGN.md, Figures).
public struct Figure: Sendable, Hashable {
    public var kind: FigureKind
    /// The best single number; `nil` for a vague amount ("dozens").
    public var value: Int?
    public var low: Int
    public var high: Int
    public var qualifier: CountQualifier?
    /// The counted noun as written ("civilians", "police officers"); `nil` when the text leaves it
    /// out ("killing six").
    public var who: String?
    /// The named place the sentence ties to the figure.
    public var location: String?
    /// Who did it (for statuses) or whose people they are (for troops and fighters), as written.
    public var actor: String?
    /// First code point of the evidence.
    public var start: Int
    /// One past the last code point of the evidence.
    public var end: Int
    /// The evidence, `text[start..<end]`.
    public var text: String

    public init(
        kind: FigureKind, value: Int?, low: Int, high: Int, qualifier: CountQualifier?, who: String?,
        location: String?, actor: String?, start: Int, end: Int, text: String
    ) {
        self.kind = kind
        self.value = value
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.who = who
        self.location = location
        self.actor = actor
        self.start = start
        self.end = end
        self.text = text
    }
}
