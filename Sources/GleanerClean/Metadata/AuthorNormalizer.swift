import Foundation

/// Normalises author names: drops "By", URLs, e-mail addresses and empty values, splits lists
/// ("A and B", "A; B"), and removes duplicates while keeping the order.
enum AuthorNormalizer {
    static func normalize(_ raw: [String]) -> [String] {
        var result: [String] = []
        var seen: Set<String> = []
        for value in raw where !value.contains(where: { "{}=<>".contains($0) }) {
            for piece in split(value) {
                var name = UnicodeText.collapsingWhitespace(piece)
                for prefix in ["by ", "written by ", "posted by ", "author: ", "by: "]
                where name.lowercased().hasPrefix(prefix) {
                    name = String(name.dropFirst(prefix.count))
                }
                name = name.trimmingCharacters(in: CharacterSet(charactersIn: " ,.|:-–—"))
                guard isPlausible(name) else { continue }
                let key = name.lowercased()
                if seen.insert(key).inserted { result.append(name) }
            }
        }
        return result
    }

    private static func split(_ value: String) -> [String] {
        var pieces = [value]
        for separator in [";", " and ", " & ", "|", "\n"] {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        return pieces
    }

    /// Words that show a value is an organisation, a role or page text, not a person.
    private static let nonPersonWords: Set<String> = [
        "inc", "llc", "ltd", "corp", "corporation", "company", "university", "college", "institute", "clinic",
        "official", "team", "staff", "editor", "editors", "editorial", "admin", "administrator", "policy",
        "privacy", "terms", "agree", "continuing", "newsroom", "desk", "contributor", "contributors", "pc",
        "group", "media", "news", "services", "solutions", "foundation", "association", "department", "agency",
        "comments", "comment", "tags", "article", "articles", "interactive", "business", "industry", "official",
        "blog", "shop", "store", "marketing", "digital", "studio", "handmade", "home", "magazine", "press",
    ]

    /// Lowercase words allowed inside a name ("Ludwig van Beethoven", "Ahmed bin Said").
    private static let particles: Set<String> = [
        "de", "van", "von", "da", "del", "der", "den", "bin", "bint", "al", "la", "le", "di", "du", "dos", "y",
    ]

    /// A person's name as pages write it: 1–6 words with letters, not a URL, an e-mail address,
    /// a user handle ("brandon-peaktwo", "uclahealth"), an acronym ("CDC") or an organisation.
    static func isPlausible(_ name: String) -> Bool {
        guard name.count >= 3, name.count <= 60 else { return false }
        let lower = name.lowercased()
        if lower.contains("http") || lower.contains("www.") || lower.contains("@") || lower.contains("/") {
            return false
        }
        let words = name.split(separator: " ")
        guard words.count <= 6, name.contains(where: { $0.isLetter }) else { return false }
        guard !name.contains(":") else { return false }
        if words.count == 1 {
            // A lone word must look like a given name ("Krystyna"), not a handle ("uclahealth",
            // "LucyRuthnum") or an acronym ("CDC").
            guard let first = name.first, first.isUppercase, name.count <= 12,
                name.dropFirst().allSatisfy({ $0.isLowercase })
            else { return false }
        }
        let capitalised = words.allSatisfy { word in
            word.first.map { $0.isUppercase || !$0.isLetter } ?? false || particles.contains(String(word))
        }
        guard capitalised else { return false }
        let wordSet = Set(lower.split(whereSeparator: { !$0.isLetter }).map(String.init))
        return wordSet.isDisjoint(with: nonPersonWords)
    }

    /// A byline text that is only a person's name ("Jane Doe", "By Jane Doe"): 2–4 capitalised
    /// words, no digits.
    static func nameInByline(_ text: String) -> String? {
        var name = UnicodeText.collapsingWhitespace(text)
        for prefix in ["by ", "written by ", "posted by ", "author: ", "by: ", "words by "]
        where name.lowercased().hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count))
        }
        guard name.count <= 40, !name.contains(where: { $0.isNumber }) else { return nil }
        let words = name.split(separator: " ")
        guard (2...4).contains(words.count) else { return nil }
        guard words.allSatisfy({ $0.first?.isUppercase == true || particles.contains(String($0)) }) else { return nil }
        return isPlausible(name) ? name : nil
    }
}
