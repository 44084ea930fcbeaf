import GleanerExtract
import Testing

private func words(_ text: String) -> [String] {
    let tokenized = TokenizedText(text)
    return tokenized.tokens.indices.map { tokenized.text(ofToken: $0) }
}

@Suite("Tokenizer")
struct TokenizerTests {
    @Test func abbreviationsKeepTheirPeriods() {
        #expect(
            words("Mr. Haddad met Gen. Okafor and Lt. Col. Brandt.") == [
                "Mr.", "Haddad", "met", "Gen.", "Okafor", "and", "Lt.", "Col.", "Brandt", ".",
            ])
        #expect(
            words("Dr. Vance of St. Louis arrived Jan. 4") == [
                "Dr.", "Vance", "of", "St.", "Louis", "arrived", "Jan.", "4",
            ])
    }

    @Test func dottedAcronymsAndInitials() {
        #expect(words("the U.S. and the U.N. said") == ["the", "U.S.", "and", "the", "U.N.", "said"])
        #expect(words("J. R. R. Tolkien") == ["J.", "R.", "R.", "Tolkien"])
        #expect(words("U.S.-led forces") == ["U.S.-led", "forces"])
        #expect(words("at 9 a.m. today") == ["at", "9", "a.m.", "today"])
    }

    @Test func numbersKeepSeparators() {
        #expect(
            words("2,000 troops and 3.5 million people, 12, 40") == [
                "2,000", "troops", "and", "3.5", "million", "people", ",", "12", ",", "40",
            ])
        #expect(words("1,250,000.") == ["1,250,000", "."])
    }

    @Test func hyphenatedNamesStayWhole() {
        #expect(
            words("al-Qaida and al-Mustafa, a 15-year-old") == [
                "al-Qaida", "and", "al-Mustafa", ",", "a", "15-year-old",
            ])
    }

    @Test func cliticsAndQuotes() {
        #expect(
            words("Iran's envoy didn’t say “no.”") == ["Iran", "'s", "envoy", "did", "n’t", "say", "“", "no", ".", "”"])
        #expect(words("Kenya’s O'Brien") == ["Kenya", "’s", "O'Brien"])
        #expect(words("\"We'll stay,\" he said") == ["\"", "We", "'ll", "stay", ",", "\"", "he", "said"])
    }

    @Test func emDashDatelines() {
        #expect(words("BEIRUT — Shelling resumed") == ["BEIRUT", "—", "Shelling", "resumed"])
        #expect(words("TEHRAN, Iran—Officials said") == ["TEHRAN", ",", "Iran", "—", "Officials", "said"])
        #expect(words("wait... then -- nothing") == ["wait", "...", "then", "--", "nothing"])
    }

    @Test func offsetsCountCodePoints() {
        // "é" as one scalar and the emoji as one scalar: offsets are code points, not UTF-16 or bytes.
        let text = "Café 🙂 Zürich"
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.map { [$0.start, $0.end] } == [[0, 4], [5, 6], [7, 13]])
    }
}
