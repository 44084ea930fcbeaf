/// One figure of an article (`figures` in an article line, DESIGN.md "Figures"): a count of
/// people with its kind, value, bounds and qualifier, the counted noun, place and actor, and the
/// `[start, end)` code points of its evidence in the article's `text`.
public struct FigureRecord: Sendable, Equatable, JSONLineWritable {
    /// `killed`, `injured`, `missing`, `detained`, `displaced`, `troops`, `fighters` or `population`.
    public var kind: String
    /// The best single number; `nil` for a vague amount ("dozens").
    public var value: Int?
    public var low: Int
    public var high: Int
    /// `about`, `nearly`, `at_least`, `more_than`, `up_to` or `nil`.
    public var qualifier: String?
    public var who: String?
    public var location: String?
    public var actor: String?
    public var span: Range<Int>
    /// The evidence, the article's `text[span]`.
    public var text: String

    public init(
        kind: String, value: Int?, low: Int, high: Int, qualifier: String?, who: String?, location: String?,
        actor: String?, span: Range<Int>, text: String
    ) {
        self.kind = kind
        self.value = value
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.who = who
        self.location = location
        self.actor = actor
        self.span = span
        self.text = text
    }

    public func write(to json: inout JSONLine) {
        json.object { json in
            json.field("kind", kind)
            json.field("value", value)
            json.field("low", low)
            json.field("high", high)
            json.field("qualifier", qualifier)
            json.field("who", who)
            json.field("location", location)
            json.field("actor", actor)
            json.key("span")
            json.array { json in
                json.int(span.lowerBound)
                json.int(span.upperBound)
            }
            json.field("text", text)
        }
    }
}
