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
        var word = scalars
        if word.count > 1 && word.last == "." { word = word.dropLast() }
        return hashes.contains(ScalarText.lowerHash(word))
    }

    /// Whether `word` is a title word (case-insensitive, a final period ignored).
    public func contains(_ word: String) -> Bool {
        contains(Array(word.unicodeScalars)[...])
    }

    /// Rewrites BIO `tags` so that no PERSON span starts with a title token: leading titles become
    /// `O` and the first remaining token becomes `B-PERSON`; an all-title span disappears.
    public func stripTitles(tags: inout [UInt8], isTitle: (Int) -> Bool) {
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
