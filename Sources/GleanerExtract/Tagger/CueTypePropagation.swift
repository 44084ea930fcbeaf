/// A name typed by a sentence cue ("the town of El Tambo", "the Cauca department", "Mariam Saab,
/// a schoolteacher") has that type everywhere in its document: the cue is better evidence than
/// the model's guess at the name's other mentions ("El Tambo," said the governor), and an
/// entity has one type (DESIGN.md).
enum CueTypePropagation {
    /// Gives every span of `document` with the same words as a span of `cued` (typed by a cue)
    /// that span's type; `token(i)` gives token i's scalars.
    static func apply(
        tags: inout [UInt8], document: Range<Int>, cued: [Range<Int>], token: (Int) -> ArraySlice<Unicode.Scalar>
    ) {
        let inDocument = cued.filter { document.contains($0.lowerBound) }
        guard !inDocument.isEmpty else { return }
        var types: [UInt64: EntityType] = [:]
        for range in inDocument {
            guard let type = TagSet.type(of: tags[range.lowerBound]) else { continue }
            types[key(range, token: token)] = type
        }
        for span in TagSet.spans(Array(tags[document])) {
            let range = (document.lowerBound + span.start)..<(document.lowerBound + span.end)
            guard let type = types[key(range, token: token)], type != span.type else { continue }
            TagSet.mark(&tags, range, as: type)
        }
    }

    /// The name's words, hashed case-insensitively ("CAUCA" is "Cauca"), without making Strings.
    private static func key(_ range: Range<Int>, token: (Int) -> ArraySlice<Unicode.Scalar>) -> UInt64 {
        range.reduce(0) { Gazetteer.combine($0, ScalarText.lowerHash(token($1))) }
    }
}
