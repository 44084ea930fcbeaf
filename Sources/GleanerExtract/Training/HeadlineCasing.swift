/// Headline-cased copies of training sentences ("Rebels Seize Town in the North"), so the tagger
/// learns that capitals in a title-case line (headings, titles of works, list items) say little
/// about names: newswire training data has no such lines, and web articles have many.
public enum HeadlineCasing {
    /// Short words a headline leaves in lower case, unless they start it.
    static let lowerWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at", "to", "by", "up",
        "as", "is", "vs", "via", "with", "from", "into", "over", "off", "per",
    ]

    /// `words` with the first letter of every all-lowercase word capitalised, except the short
    /// function words after the first word.
    public static func titleCased(_ words: [String]) -> [String] {
        words.enumerated().map { position, word in
            guard let first = word.first, first.isLetter, word == word.lowercased() else { return word }
            if position > 0 && lowerWords.contains(word) { return word }
            return first.uppercased() + word.dropFirst()
        }
    }

    /// Appends a headline-cased copy of every `every`-th sentence that has a lowercase word to
    /// change, with the same tags; returns the number of copies.
    public static func augment(_ sentences: inout [(words: [String], tags: [UInt8])], every: Int) -> Int {
        guard every > 0 else { return 0 }
        var copies: [(words: [String], tags: [UInt8])] = []
        for index in stride(from: 0, to: sentences.count, by: every) {
            let words = titleCased(sentences[index].words)
            if words != sentences[index].words { copies.append((words, sentences[index].tags)) }
        }
        sentences.append(contentsOf: copies)
        return copies.count
    }
}
