/// The project's convention for place names that GMB labels `org` because they stand for a
/// government, a team or a city's authorities ("Tehran says", "Turkey beat Brazil"). DESIGN.md
/// types a name by what it names — countries, cities and regions are LOCATION — as the CoNLL-2003
/// guidelines do, so such a span becomes LOCATION when the whole span is a name of the place list
/// and of no organisation list ("Delta" stays ORGANIZATION). Applied to training, development and
/// test data alike.
public enum PlaceNameConvention {
    /// Relabels the ORGANIZATION spans of one sentence that are place names; returns how many.
    @discardableResult
    public static func relabel(tags: inout [UInt8], words: [String]) -> Int {
        relabel(tags: &tags, words: words, gazetteer: .bundled)
    }

    static func relabel(tags: inout [UInt8], words: [String], gazetteer: Gazetteer) -> Int {
        var relabelled = 0
        for span in TagSet.spans(tags) where span.type == .organization {
            let kinds = gazetteer.kinds(ofName: words[span.start..<span.end])
            guard kinds.contains(.location), !kinds.contains(.organization) else { continue }
            tags[span.start] = TagSet.begin(.location)
            for index in span.start + 1..<span.end { tags[index] = TagSet.inside(.location) }
            relabelled += 1
        }
        return relabelled
    }
}
