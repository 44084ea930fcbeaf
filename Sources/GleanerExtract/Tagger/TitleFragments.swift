/// A span made only of title words and followed by the rest of a title or by a name is part of a
/// person's title, not an entity: "[Defense] Secretary Robert Gates", "[Justice] Minister Patrick
/// Chinamasa", "Secretary of [State] Colin Powell", "[General] Musharraf". GMB's bootstrap tagger
/// typed such fragments `org` now and then, and the model follows it; DESIGN.md keeps titles out
/// of entities. The span is dropped when every word is a title word (`PersonTitles`) and the next
/// token is capitalised (the rest of the title, or the name); a title word standing for its body
/// ("the Army said", "the Cabinet met") or modifying a common noun ("an Army sergeant") is left
/// alone. Applied to the output, and by the scorer to GMB's dev and test gold (`GMBLabels`,
/// `--fragments 0` off); training keeps GMB's spans.
enum TitleFragments {
    /// Drops those spans from BIO `tags`; `isTitle(i)` says whether token i is a title word,
    /// `token(i)` gives its scalars.
    static func apply(tags: inout [UInt8], isTitle: (Int) -> Bool, token: (Int) -> ArraySlice<Unicode.Scalar>) {
        for span in TagSet.spans(tags) where span.type != .norp && span.end < tags.count {
            guard (span.start..<span.end).allSatisfy(isTitle), tags[span.end] != TagSet.inside(span.type),
                ScalarText.isCapitalised(token(span.end))
            else { continue }
            for index in span.start..<span.end { tags[index] = TagSet.outside }
        }
    }
}
