/// Mends one systematic fault of GMB's labels: a person span that holds only a title, followed at
/// once by the name it belongs to under another type ("Mr./B-per Yushchenko/B-org",
/// "President/B-per Bush/B-geo"). GMB's bootstrap tagger ended the person span after the title
/// and typed the surname on its own; the phrase names one person, so the name becomes the PERSON
/// span (and the title is then stripped like every other title, `PersonTitles`). About 450 such
/// pairs in train.tsv, 52 in dev.tsv and 47 in test.tsv, every one a person in the samples read;
/// applied to training, development and test data alike.
public enum TitleSplitNames {
    /// Retypes, in the BIO `TagSet` tags of one sentence (titles not yet stripped), every
    /// ORGANIZATION or LOCATION span that follows a title-only PERSON span and starts with a
    /// capital letter; returns how many.
    @discardableResult
    public static func relabel(tags: inout [UInt8], words: [String], isTitle: (Int) -> Bool) -> Int {
        var relabelled = 0
        let spans = TagSet.spans(tags)
        for (title, name) in zip(spans, spans.dropFirst()) where title.type == .person {
            guard title.end == name.start, name.type == .organization || name.type == .location,
                words[name.start].first?.isUppercase == true,
                (title.start..<title.end).allSatisfy(isTitle)
            else { continue }
            tags[name.start] = TagSet.begin(.person)
            for index in name.start + 1..<name.end { tags[index] = TagSet.inside(.person) }
            relabelled += 1
        }
        return relabelled
    }
}
