/// The BIO tag set of the tagger: `O`, then `B-` and `I-` for each entity type, in
/// `EntityType.allCases` order. Tags are small integers so weights index by `feature * count + tag`.
public enum TagSet {
    /// Number of tags (9).
    public static let count = 1 + 2 * EntityType.allCases.count
    /// The outside tag.
    public static let outside: UInt8 = 0
    /// A pseudo-tag for "before the sentence start", used only in history features.
    static let start: UInt8 = UInt8(count)

    /// The `B-` tag of a type.
    public static func begin(_ type: EntityType) -> UInt8 {
        UInt8(1 + 2 * EntityType.allCases.firstIndex(of: type)!)
    }

    /// The `I-` tag of a type.
    public static func inside(_ type: EntityType) -> UInt8 { begin(type) + 1 }

    /// The type of a `B-`/`I-` tag, nil for `O`.
    public static func type(of tag: UInt8) -> EntityType? {
        tag == 0 ? nil : EntityType.allCases[Int(tag - 1) / 2]
    }

    /// Whether the tag is an `I-` tag.
    public static func isInside(_ tag: UInt8) -> Bool { tag != 0 && tag % 2 == 0 }

    /// Whether `tag` may follow `previous` (an `I-X` only after `B-X` or `I-X`).
    @inline(__always)
    static func isAllowed(_ tag: UInt8, after previous: UInt8) -> Bool {
        guard tag != 0 && tag % 2 == 0 else { return true }
        return previous == tag || previous == tag - 1
    }

    /// A tag's name, such as `B-PERSON`.
    public static func name(_ tag: UInt8) -> String {
        guard let type = type(of: tag) else { return "O" }
        return (isInside(tag) ? "I-" : "B-") + type.rawValue
    }

    /// Token-index spans `(type, first, last + 1)` of a BIO sequence; a stray `I-` starts a span.
    public static func spans(_ tags: [UInt8]) -> [(type: EntityType, start: Int, end: Int)] {
        var spans: [(type: EntityType, start: Int, end: Int)] = []
        var index = 0
        while index < tags.count {
            guard let type = type(of: tags[index]) else {
                index += 1
                continue
            }
            let inside = TagSet.inside(type)
            var end = index + 1
            while end < tags.count && tags[end] == inside { end += 1 }
            spans.append((type, index, end))
            index = end
        }
        return spans
    }

    /// Leaves out of every span of two tokens or more the leading tokens for which `drops(i)` holds,
    /// keeping at least one token; returns how many spans changed.
    @discardableResult
    static func trimStarts(_ tags: inout [UInt8], drops: (Int) -> Bool) -> Int {
        var trimmed = 0
        for span in spans(tags) {
            var start = span.start
            while span.end - start >= 2 && drops(start) { start += 1 }
            guard start != span.start else { continue }
            for index in span.start..<start { tags[index] = outside }
            tags[start] = begin(span.type)
            trimmed += 1
        }
        return trimmed
    }

    /// Writes one span of `type` over the tokens `range` of BIO `tags`: `B-` at its start, `I-` after.
    static func mark(_ tags: inout [UInt8], _ range: Range<Int>, as type: EntityType) {
        guard let first = range.first else { return }
        tags[first] = begin(type)
        for index in range.dropFirst() { tags[index] = inside(type) }
    }
}
