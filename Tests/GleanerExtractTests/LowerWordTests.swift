import Testing

@testable import GleanerExtract

/// The inline lower-case word of the figure extractor: equality, hashes that agree with
/// `ScalarText.lowerHash`, byte tests, and words longer than it holds.
@Suite struct LowerWordTests {
    /// The word `SentenceWords` would build from `text` (already lower-case), scalar by scalar.
    private func built(_ text: String) -> LowerWord {
        var word = LowerWord()
        for scalar in text.unicodeScalars { word.append(scalar) }
        return word
    }

    @Test func literalsEqualBuiltWords() {
        #expect(built("killed") == "killed")
        #expect(built("killed") != "kill")
        #expect(built("kill") != "killed")
        #expect(built("’s") == "’s")
        #expect(built("") == LowerWord())
        #expect(LowerWord("2,000") == built("2,000"))
    }

    @Test func hashesAgreeWithTheTokenHash() {
        for text in ["killed", "twenty-five", "’s", "déplacés", "", "a-very-long-hyphenated-word-beyond-thirty-two"] {
            #expect(built(text).hash == ScalarText.lowerHash(text), "\(text)")
            #expect(LowerWord(text).hash == ScalarText.lowerHash(text), "\(text)")
        }
        let literal: LowerWord = "troops"
        #expect(literal.hash == ScalarText.lowerHash("troops"))
    }

    @Test func setsFindBuiltWords() {
        let set: Set<LowerWord> = ["the", "its", "their"]
        #expect(set.contains(built("its")))
        #expect(!set.contains(built("it")))
    }

    @Test func byteTests() {
        let word = built("year-old")
        #expect(word.hasPrefix("year"))
        #expect(!word.hasPrefix("old"))
        #expect(word.hasSuffix("-old"))
        #expect(!word.hasSuffix("year"))
        #expect(word.contains(byte: 0x2D))
        #expect(!built("troops").contains(byte: 0x2D))
        #expect(word.first == UInt8(ascii: "y"))
        #expect(word.last == UInt8(ascii: "d"))
        #expect(built("2,000").allBytes { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C })
        #expect(built("été").firstScalar == "é")
        #expect(built("5km").firstScalar == "5")
        #expect(LowerWord().first == nil)
        #expect(word.string == "year-old")
        #expect(built("déplacés").string == "déplacés")
    }

    @Test func longWordsKeepTheirLengthAndHash() {
        let long = "http://example.com/a/very/long/path/to/an/article"
        let word = built(long)
        #expect(word.count == long.utf8.count)
        #expect(word.string == String(long.prefix(LowerWord.capacity)))
        // Same first 32 bytes and length, different ends: not equal.
        let other = built("http://example.com/a/very/long/path/to/an/articlf")
        #expect(word != other)
        #expect(word == built(long))
        #expect(!word.hasSuffix("article"))
        #expect(word.last == nil)
        // A multi-byte scalar that does not fit is not cut in half.
        let accents = built(String(repeating: "é", count: 20))
        #expect(accents.string == String(repeating: "é", count: 16))
    }
}
