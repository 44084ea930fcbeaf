import GleanerClean
import GleanerCore
import Testing

@Suite("Text cleaner")
struct TextCleanerTests {
    private func clean(_ text: String) throws -> CleanedDocument {
        try TextCleaner.clean(Array(text.utf8))
    }

    @Test func aDatelineLeavesTheFirstParagraphOnlyAfterAHeadline() throws {
        // A headline wrapped over two lines (as reposted copies write it) still counts.
        let wrapped =
            "STRIKE ON DEPOT KILLS 12 AS\nFIGHTING SPREADS\n\nHODEIDAH, Yemen -- An air strike on a fuel depot killed 12 people.\n\nMore."
        #expect(try clean(wrapped).meta.dateline == "HODEIDAH, Yemen")
        // Further down the article a dash after a capitalised word is text.
        let later =
            "An air strike on a fuel depot killed 12 people on Sunday.\n\nUNICEF, the children's agency -- which runs two clinics nearby -- said the toll would rise."
        let document = try clean(later)
        #expect(document.meta.dateline == nil)
        #expect(document.paragraphs.last?.hasPrefix("UNICEF, the children's agency --") == true)
    }

    @Test func joinsWrappedLinesAndSplitsParagraphsOnBlankLines() throws {
        let text = """
            Strike on depot kills 12

            HODEIDAH, Yemen (Wire) - An air strike on a fuel depot
            killed 12 people,   including a civilian,
            officials said.
            \t
            The U.N. called for restraint.
            """
        let document = try clean(text)
        #expect(
            document.paragraphs == [
                "Strike on depot kills 12",
                "An air strike on a fuel depot killed 12 people, including a civilian, officials said.",
                "The U.N. called for restraint.",
            ])
        #expect(document.meta.title == "Strike on depot kills 12")
        #expect(document.meta.dateline == "HODEIDAH, Yemen (Wire)")
    }

    @Test func keepsHyphenatedLineBreaksAsWritten() throws {
        let text = "Fighters linked to al-\nQaida and self-\n  declared groups, in 2019 -\nlater."
        #expect(
            try clean(text).paragraphs == ["Fighters linked to al-Qaida and self-declared groups, in 2019 - later."])
    }

    @Test func handlesWindowsLineEnds() throws {
        #expect(try clean("One\r\ntwo\r\n\r\nThree\r\n").paragraphs == ["One two", "Three"])
    }

    @Test func normalisesToNFCAndCollapsesNoBreakSpaces() throws {
        #expect(try clean("Cafe\u{301}\u{A0}\u{A0}owner").paragraphs == ["Caf\u{E9} owner"])
    }

    @Test func noHeadlineWhenTheFirstParagraphIsASentence() throws {
        #expect(try clean("A full sentence ends here.\n\nMore text.").meta.title == nil)
        #expect(try clean("Only one paragraph").meta.title == nil)
        #expect(try clean("Wrapped first\nparagraph\n\nBody.").meta.title == nil)
    }

    @Test func whitespaceOnlyIsAnError() {
        #expect(throws: DocumentError(stage: .clean, reason: "no text: the file holds only whitespace")) {
            try clean(" \n\t\n  \n")
        }
    }
}
