import GleanerExtract
import Testing

private func sentences(_ text: String) -> [String] {
    let tokenized = TokenizedText(text)
    return tokenized.sentences.map { tokenized.text(from: $0.start, to: $0.end) }
}

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    @Test func abbreviationsInsideSentences() {
        #expect(
            sentences("Officials in the U.S. said Gen. Okafor left. Mr. Haddad stayed.") == [
                "Officials in the U.S. said Gen. Okafor left.", "Mr. Haddad stayed.",
            ])
    }

    @Test func acronymEndsSentenceBeforeAStarter() {
        #expect(sentences("Aid came from the U.S. The convoy left.") == ["Aid came from the U.S.", "The convoy left."])
    }

    @Test func initialsDoNotSplit() {
        #expect(sentences("The novel by J. R. R. Tolkien sold well. It was reprinted.").count == 2)
    }

    @Test func quotationsEndingInPeriodQuote() {
        #expect(
            sentences("He said, \"We will not leave.\" The talks ended. She asked: “Why?” Nobody answered.") == [
                "He said, \"We will not leave.\"", "The talks ended.", "She asked: “Why?”", "Nobody answered.",
            ])
    }

    @Test func lowercaseAfterPeriodDoesNotSplit() {
        #expect(sentences("Prices rose 3.5 percent. prices fell") == ["Prices rose 3.5 percent. prices fell"])
    }

    @Test func blankLinesSplit() {
        #expect(
            sentences("BEIRUT — Shelling resumed\n\nResidents fled") == ["BEIRUT — Shelling resumed", "Residents fled"])
    }

    @Test func lineBreakAfterAShortLineSplits() {
        #expect(
            sentences("Latest News from Reuters\nBarack Obama\nspoke in Berlin on Monday") == [
                "Latest News from Reuters", "Barack Obama", "spoke in Berlin on Monday",
            ])
    }

    @Test func hardWrappedLinesDoNotSplit() {
        let wrapped =
            "Officials in the northern province said on Monday that President Barack\n"
            + "Obama would travel to the region later this month with aides"
        #expect(sentences(wrapped) == [wrapped])
    }

    @Test func sentencesCoverAllTokens() {
        let text = TokenizedText("One. Two! Three? Four")
        #expect(text.sentences.map(\.tokens) == [0..<2, 2..<4, 4..<6, 6..<7])
    }
}
