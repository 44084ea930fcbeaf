/// Gives every occurrence of a name in the training data the type most of its occurrences have.
/// GMB's labels come from a bootstrap tagger corrected by hand, and the same name flips type
/// between sentences for no reason in the text: "ousting Moammar Gadhafi" is `org` twice in
/// train.tsv and `per` six times, "Hamas" is `org` and sometimes `per`. A tagger trained on such
/// labels learns the flips as context; DESIGN.md wants one type per name. Used on the training
/// data only; dev and test gold keep their labels.
///
/// A span qualifies when its exact words occur as a PERSON, ORGANIZATION or LOCATION span at
/// least `minimumCount` times in the corpus and one of those types holds at least `minimumShare`
/// of them; minority-typed spans of those words take the majority type. NORP spans are left
/// alone (`ListedNameConvention` settles them), and so are names whose types are split.
public enum MajorityTypes {
    /// Retypes the minority spans of `sentences` (BIO `TagSet` tags) in place; returns how many.
    public static func relabel(
        _ sentences: inout [(words: [String], tags: [UInt8])], minimumCount: Int = 3, minimumShare: Double = 0.75
    ) -> Int {
        let retyped: [EntityType] = [.person, .organization, .location]
        var counts: [[String]: [EntityType: Int]] = [:]
        for sentence in sentences {
            for span in TagSet.spans(sentence.tags) where retyped.contains(span.type) {
                counts[Array(sentence.words[span.start..<span.end]), default: [:]][span.type, default: 0] += 1
            }
        }
        var majority: [[String]: EntityType] = [:]
        for (name, types) in counts {
            let total = types.values.reduce(0, +)
            guard total >= minimumCount, let top = types.max(by: { $0.value < $1.value }),
                Double(top.value) >= minimumShare * Double(total), top.value < total
            else { continue }
            majority[name] = top.key
        }
        var relabelled = 0
        for index in sentences.indices {
            for span in TagSet.spans(sentences[index].tags) where retyped.contains(span.type) {
                guard let type = majority[Array(sentences[index].words[span.start..<span.end])], type != span.type
                else { continue }
                TagSet.mark(&sentences[index].tags, span.start..<span.end, as: type)
                relabelled += 1
            }
        }
        return relabelled
    }
}
