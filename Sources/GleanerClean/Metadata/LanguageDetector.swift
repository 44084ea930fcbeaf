/// Guesses the language of article text when the page declares none: letters of a few scripts
/// that belong to one language (kana, Hangul, Thai, Greek, Hebrew, Han), else a stopword profile
/// per language (`Resources/language-stopwords.txt`) counted over the first words of the text.
/// Returns `nil` rather than guess when no language clearly wins.
enum LanguageDetector {
    /// Words read from the start of the text.
    static let maximumWords = 600
    /// The winner needs at least this many stopword hits, …
    static let minimumHits = 8
    /// … this share of the words read, …
    static let minimumShare = 0.1
    /// … and this many times the runner-up's hits.
    static let marginOverRunnerUp = 1.5

    private static let lexicon = BoilerplateLexicon.named("language-stopwords")
    private static let codes = lexicon.sections.keys.filter { !$0.isEmpty }.sorted()
    /// Language indices (into `codes`) for each stopword.
    private static let languagesByWord: [String: [Int]] = {
        var table: [String: [Int]] = [:]
        for (index, code) in codes.enumerated() {
            for word in Set(lexicon.entries(code)) { table[word, default: []].append(index) }
        }
        return table
    }()

    /// The ISO 639-1 code of the text's language, or `nil` when unsure.
    static func detect(_ text: String) -> String? {
        if let script = byScript(text) { return script }
        var hits = [Int](repeating: 0, count: codes.count)
        var words = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(maximumWords) {
            words += 1
            for language in languagesByWord[String(word)] ?? [] { hits[language] += 1 }
        }
        let ranked = hits.indices.sorted { hits[$0] > hits[$1] }
        guard let best = ranked.first, hits[best] >= minimumHits,
            Double(hits[best]) >= minimumShare * Double(words)
        else { return nil }
        let runnerUp = ranked.count > 1 ? hits[ranked[1]] : 0
        guard Double(hits[best]) >= marginOverRunnerUp * Double(runnerUp) else { return nil }
        return codes[best]
    }

    /// A language told by its script, from the first 2,000 letters: kana (ja), Hangul (ko),
    /// Thai, Greek, Hebrew, or Han without kana (zh), when they make most of the letters.
    private static func byScript(_ text: String) -> String? {
        var letters = 0
        var counts: [String: Int] = [:]
        for scalar in text.unicodeScalars.prefix(4000) where scalar.properties.isAlphabetic {
            letters += 1
            if letters > 2000 { break }
            let value = scalar.value
            guard value >= 0x0370 else { continue }
            switch value {
            case 0x3040...0x30FF: counts["ja", default: 0] += 1
            case 0xAC00...0xD7AF, 0x1100...0x11FF: counts["ko", default: 0] += 1
            case 0x0E00...0x0E7F: counts["th", default: 0] += 1
            case 0x0370...0x03FF: counts["el", default: 0] += 1
            case 0x0590...0x05FF: counts["he", default: 0] += 1
            case 0x4E00...0x9FFF: counts["zh", default: 0] += 1
            default: break
            }
        }
        guard letters > 0 else { return nil }
        // Japanese mixes kana with Han: any real share of kana makes it Japanese.
        if let kana = counts["ja"], Double(kana) >= 0.1 * Double(letters) { return "ja" }
        guard let (code, count) = counts.max(by: { $0.value < $1.value }), Double(count) >= 0.5 * Double(letters)
        else { return nil }
        return code == "ja" ? nil : code
    }
}
