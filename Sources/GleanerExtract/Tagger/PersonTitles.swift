import Foundation

/// Title words that are not part of a person's name ("President", "Gen.", "Prime Minister"),
/// read from the bundled `Resources/person-titles.txt`.
public struct PersonTitles: Sendable {
    private let hashes: Set<UInt64>

    /// Titles from the lines of a title list (one lowercase word per line, `#` comments).
    public init(listText: String) {
        hashes = WordList.lowerHashes(listText)
    }

    /// The bundled list.
    public static let bundled: Result<PersonTitles, ModelFileError> = {
        guard
            let url = Bundle.module.url(forResource: "person-titles", withExtension: "txt", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return .failure(.missingResource) }
        return .success(PersonTitles(listText: text))
    }()

    /// Whether the scalars form a title word (case-insensitive, a final period ignored).
    func contains(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        hashes.contains(ScalarText.lowerHashWithoutFinalPeriod(scalars))
    }

    /// Whether `word` is a title word (case-insensitive, a final period ignored).
    public func contains(_ word: String) -> Bool {
        contains(Array(word.unicodeScalars)[...])
    }

    /// Lower-case hashes of the courtesy titles that only ever precede a person's name ("Mr",
    /// "Mrs", "Ms", "Messrs", "Mme", "Mlle"; a final period ignored). "Sir", "Lord" and "Dr" are
    /// left out: they also open other names ("Lord's Resistance Army", "Dr Pepper").
    private static let courtesyTitles = WordList.lowerHashes("mr\nmrs\nms\nmessrs\nmme\nmlle")

    /// Retypes as PERSON every span of two tokens or more whose first token is a courtesy title
    /// ("Mr Arafat" tagged ORGANIZATION: GMB writes "Mr." and the model has not seen "Mr");
    /// `token(i)` gives token i's scalars. Runs before `stripTitles`, which then drops the title.
    public static func retypeCourtesyTitled(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        for span in TagSet.spans(tags) where span.type != .person && span.end - span.start >= 2 {
            guard courtesyTitles.contains(ScalarText.lowerHashWithoutFinalPeriod(token(span.start))) else { continue }
            TagSet.mark(&tags, span.start..<span.end, as: .person)
        }
    }

    /// Lower-case hashes of post-nominal letters written after a name ("Jonathan Reynolds MP",
    /// "Sonia Livingstone OBE"; a final period ignored): like titles, outside the person's span.
    private static let postNominals = WordList.lowerHashes("mp\nmep\nmsp\nobe\nmbe\ncbe\nkbe\ndbe\nqc\nkc\nfrs")

    /// Drops post-nominal letters at the end of PERSON spans of two tokens or more ("Jonathan
    /// Reynolds MP" → "Jonathan Reynolds"); `token(i)` gives token i's scalars.
    public static func stripPostNominals(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        for span in TagSet.spans(tags) where span.type == .person {
            var end = span.end
            while end - span.start >= 2, postNominals.contains(ScalarText.lowerHashWithoutFinalPeriod(token(end - 1))) {
                end -= 1
                tags[end] = TagSet.outside
            }
        }
    }

    /// Rewrites BIO `tags` so that no PERSON span starts with a title token: leading titles become
    /// `O` and the first remaining token becomes `B-PERSON`; an all-title span disappears.
    public static func stripTitles(tags: inout [UInt8], isTitle: (Int) -> Bool) {
        let begin = TagSet.begin(.person)
        let inside = TagSet.inside(.person)
        var index = 0
        while index < tags.count {
            guard tags[index] == begin else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tags.count && tags[end] == inside { end += 1 }
            var first = index
            while first < end && isTitle(first) {
                tags[first] = TagSet.outside
                first += 1
            }
            if first < end { tags[first] = begin }
            index = end
        }
    }
}
