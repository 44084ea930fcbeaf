import Foundation

/// Normalises author names: drops "By", URLs, e-mail addresses and empty values, splits lists
/// ("A and B", "A; B", "A • March 4, 2025", "A, Staff Writer"), drops pieces that are roles,
/// labels or the site itself, and removes duplicates while keeping the order. The word lists
/// live in `Resources/author-words.txt`.
enum AuthorNormalizer {
    private static let lexicon = BoilerplateLexicon.named("author-words")
    private static let nonPersonWords = Set(lexicon.entries("non-person-words"))
    private static let teamWords = Set(lexicon.entries("team-words"))
    /// Longest first, so "written by" wins over "by".
    static let bylinePrefixes = lexicon.entries("byline-prefixes").sorted { $0.count > $1.count }
    static let bylineLabels = Set(lexicon.entries("byline-labels"))

    /// Normalised names from raw author values. `site` holds names of the site (its name, the
    /// site part of the title, the host name): a one-word "author" equal to one is the site.
    /// `declared` says the values come from fields that hold an author and nothing else
    /// (JSON-LD, author `<meta>` tags): there a name typed in lower case ("joshua becker") is
    /// still a name, and comes out capitalised.
    static func normalize(_ raw: [String], site: [String] = [], declared: Bool = false) -> [String] {
        var result: [String] = []
        var seen: Set<String> = []
        let siteKeys = Set(site.map(key).filter { !$0.isEmpty })
        for value in raw where !value.contains(where: { "{}=<>".contains($0) }) {
            for piece in split(value) {
                var name = strippingPrefix(UnicodeText.collapsingWhitespace(piece))
                    .trimmingCharacters(in: CharacterSet(charactersIn: " ,.|:-–—"))
                if declared, let capitalised = capitalisedLowercaseName(name) { name = capitalised }
                guard isPlausible(name) else { continue }
                if !name.contains(" "), siteKeys.contains(key(name)) { continue }
                let lower = name.lowercased()
                if seen.insert(lower).inserted { result.append(name) }
            }
        }
        return result
    }

    private static let prefixBytes = bylinePrefixes.map { Array($0.utf8) }
    private static let labelBytes = Set(bylineLabels.map { Array($0.utf8) })

    /// Whether a block's bytes start with a byline prefix and a space ("by ", "written by ",
    /// "author:"), ASCII case-insensitively, without making a `String`.
    static func startsWithBylinePrefix(_ bytes: ArraySlice<UInt8>) -> Bool {
        prefixBytes.contains { prefix in
            guard bytes.count > prefix.count else { return false }
            var index = bytes.startIndex
            for byte in prefix {
                if lowerASCII(bytes[index]) != byte { return false }
                index += 1
            }
            return prefix.last == UInt8(ascii: ":") || bytes[index] == 0x20
        }
    }

    /// Whether a short block is only a byline label ("Written by", "Author:").
    static func isBylineLabel(_ bytes: ArraySlice<UInt8>) -> Bool {
        var lower = bytes.map(lowerASCII)
        while let last = lower.last, last == 0x20 || last == UInt8(ascii: ":") { lower.removeLast() }
        return labelBytes.contains(lower) || labelBytes.contains(lower + [UInt8(ascii: ":")])
    }

    private static func lowerASCII(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// The name without a leading "By", "Written by", "Author:" (case-insensitive).
    static func strippingPrefix(_ name: String) -> String {
        let lower = name.lowercased()
        for prefix in bylinePrefixes
        where lower.hasPrefix(prefix + " ") || (prefix.hasSuffix(":") && lower.hasPrefix(prefix)) {
            return String(name.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        return name
    }

    private static func split(_ value: String) -> [String] {
        var pieces = [value]
        for separator in [";", " and ", " & ", "|", "\n", "•", "·", "⋅", " – ", " — ", " - ", ", "] {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        return pieces
    }

    /// Lowercase words allowed inside a name ("Ludwig van Beethoven", "Ahmed bin Said").
    private static let particles: Set<String> = [
        "de", "van", "von", "da", "del", "der", "den", "bin", "bint", "al", "la", "le", "di", "du", "dos", "y",
    ]

    /// A person's name as pages write it: 1–6 words with letters, not a URL, an e-mail address,
    /// a user handle ("brandon-peaktwo", "uclahealth"), an acronym ("CDC"), an organisation, a
    /// role or a page label — or a team byline ("Everfit Team", "Metro Desk").
    static func isPlausible(_ name: String) -> Bool {
        guard name.count >= 3, name.count <= 60 else { return false }
        let lower = name.lowercased()
        if lower.contains("http") || lower.contains("www.") || lower.contains("@") || lower.contains("/") {
            return false
        }
        let words = name.split(separator: " ")
        guard words.count <= 6, name.contains(where: { $0.isLetter }) else { return false }
        guard !name.contains(":"), !name.contains(where: { $0.isNumber }) else { return false }
        let wordList = lower.split(whereSeparator: { !$0.isLetter }).map(String.init)
        if words.count >= 2, words.count <= 5, let last = wordList.last, teamWords.contains(last),
            words.dropFirst(wordList.first == "the" ? 1 : 0).first?.first?.isUppercase == true,
            Set(wordList).isDisjoint(with: ["our", "your", "my", "meet"])
        {
            return true
        }
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
        return Set(wordList).isDisjoint(with: nonPersonWords)
    }

    /// "Joshua Becker" for a declared author typed in lower case, "joshua becker": two or three
    /// words of two or more letters each (a handle such as "aawoods" is one word and stays a
    /// handle); particles stay lower case ("jordie van rijn" → "Jordie van Rijn"). Nil when the
    /// name is not all lower case.
    static func capitalisedLowercaseName(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard (2...3).contains(words.count),
            words.allSatisfy({ word in word.count >= 2 && word.allSatisfy { $0.isLetter && $0.isLowercase } })
        else { return nil }
        return words.enumerated().map { index, word in
            index > 0 && particles.contains(String(word))
                ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    /// A byline text that is only a person's name ("Jane Doe", "By Jane Doe"): 2–4 capitalised
    /// words, no digits.
    static func nameInByline(_ text: String) -> String? {
        let name = strippingPrefix(withoutLeadingDate(UnicodeText.collapsingWhitespace(text)))
        // Letters, spaces and the marks names use ("Mary-Jane O'Neil Jr.") only.
        guard name.count <= 40, name.allSatisfy({ $0.isLetter || " -'’.".contains($0) }) else { return nil }
        let words = name.split(separator: " ")
        guard (2...4).contains(words.count) else { return nil }
        guard words.allSatisfy({ $0.first?.isUppercase == true || particles.contains(String($0)) }) else { return nil }
        return isPlausible(name) ? name : nil
    }

    /// The text after a leading written date that page markup ran into the name ("Dec 17,
    /// 2025Jane Doe" → "Jane Doe"); the text itself when it does not start with a date.
    static func withoutLeadingDate(_ text: String) -> String {
        let characters = Array(text.prefix(24))
        let isDigit = { (character: Character) in character.isASCII && character.isNumber }
        // The end of the first four-digit year ("19xx", "20xx") in the first 24 characters.
        guard characters.count >= 4,
            let yearStart = (0...(characters.count - 4)).first(where: { start in
                characters[start..<(start + 4)].allSatisfy(isDigit)
                    && (characters[start] == "1" && characters[start + 1] == "9"
                        || characters[start] == "2" && characters[start + 1] == "0")
                    && (start + 4 == characters.count || !isDigit(characters[start + 4]))
            }),
            DateNormalizer.isoDate(String(characters[..<(yearStart + 4)])) != nil
        else { return text }
        return String(text.dropFirst(yearStart + 4)).trimmingCharacters(in: CharacterSet(charactersIn: " ,.|:-–—•·"))
    }

    /// Letters and digits only, lowercased: "Kong Inc." and "kong" compare by their letters.
    static func key(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
