/// The words of a mention's text and the comparisons the merger makes on them: exact repeats,
/// surnames of full names and acronyms of expansions.
struct SurfaceForm: Sendable {
    /// The words, split on white space.
    let words: [Substring]
    /// The words joined by single spaces: mentions with the same key are exact repeats.
    let key: String
    /// The letters of a one-word acronym, dots dropped ("U.N." → "UN", "NATO" → "NATO").
    let acronym: String?
    /// The initials of the capitalised words of a name of two or more of them
    /// ("North Atlantic Treaty Organization" → "NATO", "Islamic State of Iraq" → "ISI").
    let initials: String?

    /// Whether the letters are all capitals ("ERBIL" in a dateline, "U.N.").
    let isCapitals: Bool

    init(_ text: String) {
        // Mentions are short and nearly always ASCII: split and test on bytes, and fall back to
        // Unicode properties only for other text.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            words = text.utf8.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }).map { Substring($0) }
            key = words.count == 1 ? String(words[0]) : words.joined(separator: " ")
            var hasLetter = false
            var hasLower = false
            for byte in key.utf8 {
                if byte >= 0x61 && byte <= 0x7A {
                    hasLower = true
                } else if byte >= 0x41 && byte <= 0x5A {
                    hasLetter = true
                }
            }
            isCapitals = hasLetter && !hasLower
        } else {
            words = text.split(whereSeparator: \.isWhitespace)
            key = words.joined(separator: " ")
            isCapitals = key.contains { $0.isLetter } && !key.contains { $0.isLowercase }
        }
        acronym = words.count == 1 ? Self.acronymLetters(words[0]) : nil
        initials = words.count >= 2 ? Self.initialLetters(words) : nil
    }

    /// Whether `self` is the last word(s) of the longer name `full` ("Putin" of "Vladimir Putin"),
    /// also when the full name's last word carries an Arabic article ("Assad" of "Bashar al-Assad").
    func isSurname(of full: SurfaceForm) -> Bool {
        guard words.count < full.words.count, let last = words.last, let fullLast = full.words.last else {
            return false
        }
        let offset = full.words.count - words.count
        for index in 0..<(words.count - 1) where words[index] != full.words[offset + index] {
            return false
        }
        return last == fullLast || Self.withoutArticle(fullLast) == last
    }

    /// Whether `self`, two words or more, is a short form of the longer organisation name `full`:
    /// its last words ("Protection Force" of "Souq al-Juma Protection Force"), or its first words
    /// when every word left over carries an Arabic article ("Harakat al-Fajr" of "Harakat al-Fajr
    /// al-Islami"; "United Nations" is not a short form of "United Nations Assistance Mission").
    func isOrganizationShortForm(of full: SurfaceForm) -> Bool {
        guard words.count >= 2, words.count < full.words.count else { return false }
        if full.words.suffix(words.count).elementsEqual(words) { return true }
        guard full.words.prefix(words.count).elementsEqual(words) else { return false }
        return full.words.dropFirst(words.count).allSatisfy { Self.withoutArticle($0) != nil }
    }

    private static func withoutArticle(_ word: Substring) -> Substring? {
        for article in ["al-", "Al-", "el-", "El-", "ad-", "as-", "ash-", "an-", "ar-", "az-"]
        where word.hasPrefix(article) && word.count > article.count {
            return word.dropFirst(article.count)
        }
        return nil
    }

    private static func acronymLetters(_ word: Substring) -> String? {
        // Most one-word mentions are not acronyms: a lower-case ASCII letter settles it.
        if word.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return nil }
        let letters = word.filter { $0 != "." }
        guard letters.count >= 2, letters.allSatisfy({ $0.isLetter && $0.isUppercase }) else { return nil }
        return letters
    }

    private static func initialLetters(_ words: [Substring]) -> String? {
        var initials = ""
        for word in words {
            guard let first = word.first, first.isLetter else { return nil }
            if first.isUppercase { initials.append(first) }
        }
        return initials.count >= 2 ? initials : nil
    }
}
