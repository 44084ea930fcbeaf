/// Relabels GMB organisation spans that are really a title and a person's name
/// ("General Musharraf", "King Gyanendra", "State Colin Powell" from "Secretary of State Colin
/// Powell"): the C&C bootstrap tagger gave some of them `org`, while most such phrases are `per`
/// spans whose titles `GMBLabels` strips. Used on the training data (`train --relabel`) and, as a
/// scoring convention, on the dev and test gold (`score --titled`, `errors --titled`), each
/// corpus counting its own spans.
///
/// An ORGANIZATION span qualifies when it starts with title words (`PersonTitles`) followed by at
/// least one capitalised token, and its last token ends more PERSON than ORGANIZATION spans in
/// the same corpus ("Musharraf" yes, "Ministry", "Department", "Motors" no). The titles become
/// `O` and the rest a PERSON span.
public enum TitledNames {
    /// Rewrites the tags of `sentences` (BIO `TagSet` tags) in place; returns the number of spans
    /// relabelled.
    public static func relabel(_ sentences: inout [(words: [String], tags: [UInt8])], titles: PersonTitles) -> Int {
        var endings: [String: (person: Int, organization: Int)] = [:]
        for sentence in sentences {
            for span in TagSet.spans(sentence.tags) where span.type == .person || span.type == .organization {
                let last = sentence.words[span.end - 1].lowercased()
                var counts = endings[last] ?? (0, 0)
                if span.type == .person { counts.person += 1 } else { counts.organization += 1 }
                endings[last] = counts
            }
        }
        var relabelled = 0
        for index in sentences.indices {
            let words = sentences[index].words
            for span in TagSet.spans(sentences[index].tags) where span.type == .organization {
                var first = span.start
                while first < span.end && titles.contains(words[first]) { first += 1 }
                guard first > span.start, first < span.end else { continue }
                let name = words[first..<span.end]
                guard name.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
                let counts = endings[words[span.end - 1].lowercased()] ?? (0, 0)
                guard counts.person > counts.organization else { continue }
                for position in span.start..<span.end {
                    sentences[index].tags[position] =
                        position < first
                        ? TagSet.outside : position == first ? TagSet.begin(.person) : TagSet.inside(.person)
                }
                relabelled += 1
            }
        }
        return relabelled
    }
}
