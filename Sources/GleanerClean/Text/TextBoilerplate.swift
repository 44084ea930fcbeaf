import Foundation

/// Finds non-article paragraphs at the head and tail of a plain-text article — donation and
/// membership appeals, newsletter prompts, copyright lines, "Click here" and share prompts,
/// syndication notices, menu remnants — with a small classifier: position (only a run of such
/// paragraphs that touches the start or the end of the text), length, the phrase lexicon of
/// `Resources/boilerplate-phrases.txt`, whether the paragraph addresses the reader, and
/// stopword density. Contributor lines ("… contributed to this report", "Reporting by …") are
/// article text: they stop the scan and are kept.
enum TextBoilerplate {
    /// Paragraphs longer than this (in characters) are always article text.
    static let maximumLength = 400
    /// Paragraphs with more words than this are always article text.
    static let maximumWords = 60
    /// How many paragraphs from the start can be boilerplate.
    static let headWindow = 3
    /// How many paragraphs from the end can be boilerplate.
    static let tailWindow = 8

    private static let lexicon = BoilerplateLexicon.bundled
    private static let strongPhrases = PhraseMatcher(lexicon.entries("phrases") + lexicon.entries("text-phrases"))
    private static let contributorPhrases = PhraseMatcher(lexicon.entries("contributor-phrases"))
    private static let appealWords = Set(lexicon.entries("appeal-words"))
    private static let readerWords = Set(lexicon.entries("reader-words"))
    private static let navigationWords = Set(lexicon.entries("navigation-words"))
    private static let stopwords = Set(lexicon.entries("stopwords"))

    /// The reason to drop each of `count` paragraphs (`nil`: keep); `paragraph(i)` gives the
    /// text of paragraph `i`. At least one paragraph is always kept.
    static func verdicts(count: Int, paragraph: (Int) -> String) -> [DropReason?] {
        var verdicts = [DropReason?](repeating: nil, count: count)
        guard count > 1 else { return verdicts }
        // Tail: a section label ("Related stories") followed only by short lines ends the article.
        var end = count
        for index in stride(from: count - 1, through: max(1, count - tailWindow), by: -1) {
            let text = paragraph(index)
            if BoilerplatePhrases.isSectionLabel(text),
                (index + 1..<count).allSatisfy({ paragraph($0).count <= 200 })
            {
                verdicts[index] = .sectionLabel
                for after in index + 1..<count where verdicts[after] == nil { verdicts[after] = .afterSectionLabel }
                end = index
            }
        }
        var index = end - 1
        while index >= max(1, count - tailWindow), let reason = classify(paragraph(index)) {
            verdicts[index] = reason
            index -= 1
        }
        let lastKept = index
        index = 0
        while index < min(headWindow, lastKept), let reason = classify(paragraph(index)) {
            verdicts[index] = reason
            index += 1
        }
        return verdicts
    }

    /// Why one paragraph reads as boilerplate, or `nil` for article text.
    static func classify(_ text: String) -> DropReason? {
        guard text.count <= maximumLength else { return nil }
        let utf8 = Array(text.utf8)
        if contributorPhrases.matches(utf8) { return nil }
        let lower = text.lowercased()
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "\n" }).map {
            $0.trimmingCharacters(in: Self.wordEdges)
        }.filter { !$0.isEmpty }
        guard !words.isEmpty, words.count <= maximumWords else { return nil }
        if isCopyright(lower) { return .copyright }
        if isNavigation(text, words: words) { return .navigation }
        if BoilerplatePhrases.isSectionLabel(text) { return .sectionLabel }
        // Quoted speech is article text, whatever its wording.
        if text.contains(where: { $0 == "\"" || $0 == "“" || $0 == "”" }) { return nil }
        let appeal = words.contains { appealWords.contains($0) }
        let addressesReader = words.contains { readerWords.contains($0) }
        guard strongPhrases.matches(utf8) || (appeal && addressesReader) else { return nil }
        return reason(words)
    }

    /// "(c) 2024 …", "© Agency", "Copyright 2024 …", "All rights reserved."
    private static func isCopyright(_ lower: String) -> Bool {
        lower.contains("©") || lower.hasPrefix("(c)") || lower.hasPrefix("copyright")
            || lower.contains("all rights reserved")
    }

    /// A menu remnant: no stopwords, and either separated by `|`, `»`, `›`, `•` or `>` or made
    /// only of section words ("Home World Opinion").
    private static func isNavigation(_ text: String, words: [String]) -> Bool {
        guard words.count <= 16, !words.contains(where: { stopwords.contains($0) }) else { return false }
        let separators = text.filter { "|»›•>·".contains($0) }.count
        if separators >= 2 { return true }
        return words.count >= 2 && words.allSatisfy { navigationWords.contains($0) }
    }

    /// The closest drop reason for an appeal or prompt, by its words.
    private static func reason(_ words: [String]) -> DropReason {
        let set = Set(words)
        if !set.isDisjoint(with: ["newsletter", "inbox", "subscribe", "sign", "subscription"]) { return .newsletter }
        if !set.isDisjoint(with: ["donate", "donation", "donations", "member", "membership", "support"]) {
            return .appeal
        }
        if !set.isDisjoint(with: ["share", "friend", "tweet", "email", "print"]) { return .share }
        return .phrase
    }

    private static let wordEdges = CharacterSetCache.wordEdges
}
