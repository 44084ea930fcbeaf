/// The tags the model predicts internally: BILOU (`O`, then `B-`, `I-`, `L-`, `U-` for each entity
/// type, in `EntityType.allCases` order). The public API stays BIO (`TagSet`); `bio(_:)` converts.
enum ModelTags {
    /// Number of tags (17).
    static let count = 1 + 4 * EntityType.allCases.count
    /// The outside tag.
    static let outside: UInt8 = 0
    /// A pseudo-tag for "before the sentence start", used only in transition features.
    static let start = UInt8(count)

    /// The type index of a tag (`EntityType.allCases`), or nil for `O` and the start tag.
    @inline(__always)
    static func typeIndex(_ tag: UInt8) -> Int? {
        tag == 0 || Int(tag) >= count ? nil : Int(tag - 1) / 4
    }

    /// 0 `B-`, 1 `I-`, 2 `L-`, 3 `U-`.
    @inline(__always)
    static func part(_ tag: UInt8) -> UInt8 { (tag - 1) & 3 }

    /// Whether the tag leaves a span open (`B-` or `I-`).
    @inline(__always)
    static func isOpen(_ tag: UInt8) -> Bool {
        tag != 0 && Int(tag) < count && part(tag) < 2
    }

    /// Whether `tag` may follow `previous`: after `B-X`/`I-X` only `I-X` or `L-X`; otherwise
    /// only `O`, `B-` or `U-`. On the last token of a sentence, no span may stay open.
    static func isAllowed(_ tag: UInt8, after previous: UInt8, last: Bool) -> Bool {
        if last && isOpen(tag) { return false }
        if isOpen(previous) {
            return tag != 0 && typeIndex(tag) == typeIndex(previous) && (part(tag) == 1 || part(tag) == 2)
        }
        return tag == 0 || part(tag) == 0 || part(tag) == 3
    }

    /// Bit `t` set when tag `t` may follow `previous` (index `previous × 2 + last`).
    static let allowedMasks: [UInt32] = (0...Int(start)).flatMap { previous in
        [false, true].map { last in
            (0..<count).reduce(UInt32(0)) { mask, tag in
                isAllowed(UInt8(tag), after: UInt8(previous), last: last) ? mask | 1 << UInt32(tag) : mask
            }
        }
    }

    /// The BIO tag (`TagSet`) of a model tag.
    @inline(__always)
    static func bio(_ tag: UInt8) -> UInt8 {
        guard let type = typeIndex(tag) else { return TagSet.outside }
        let part = part(tag)
        return UInt8(1 + 2 * type) + (part == 1 || part == 2 ? 1 : 0)
    }

    /// Model tags for one sentence of BIO tags (`TagSet`, every span starting with `B-`).
    static func fromBIO(_ tags: ArraySlice<UInt8>) -> [UInt8] {
        var result = [UInt8](repeating: outside, count: tags.count)
        for span in TagSet.spans(Array(tags)) {
            let base = UInt8(1 + 4 * EntityType.allCases.firstIndex(of: span.type)!)
            if span.end - span.start == 1 {
                result[span.start] = base + 3
                continue
            }
            result[span.start] = base
            for index in (span.start + 1)..<(span.end - 1) { result[index] = base + 1 }
            result[span.end - 1] = base + 2
        }
        return result
    }
}
