import GleanerCore
import GleanerDedup
import Testing

@Suite("Shingling")
struct ShinglerTests {
    @Test func caseAndPunctuationDoNotChangeShingles() {
        let shingler = Shingler(size: 3)
        let plain = shingler.shingleHashes(of: "five killed in idlib on monday")
        #expect(plain.count == 4)
        #expect(shingler.shingleHashes(of: "Five killed, in IDLIB —  on\nMonday.") == plain)
        #expect(shingler.shingleHashes(of: "«Five» killed in Idlib on Monday!!") == plain)
    }

    @Test func nonASCIIWordsAreCaseFolded() {
        let shingler = Shingler(size: 2)
        #expect(
            shingler.shingleHashes(of: "ÉTAT D'URGENCE à Niamey")
                == shingler.shingleHashes(of: "état d urgence À niamey"))
        #expect(shingler.shingleHashes(of: "état civil") != shingler.shingleHashes(of: "etat civil"))
    }

    @Test func wordOrderAndBoundariesMatter() {
        let shingler = Shingler(size: 2)
        #expect(shingler.shingleHashes(of: "a b") != shingler.shingleHashes(of: "b a"))
        #expect(shingler.shingleHashes(of: "ab c") != shingler.shingleHashes(of: "a bc"))
    }

    @Test func longWordsAreHashedWhole() {
        let shingler = Shingler(size: 1)
        // Words that differ only after their first 8 or 16 bytes.
        #expect(shingler.shingleHashes(of: "internationally") != shingler.shingleHashes(of: "internationalist"))
        #expect(
            shingler.shingleHashes(of: "counterrevolutionaries")
                != shingler.shingleHashes(of: "counterrevolutionarily"))
        #expect(shingler.shingleHashes(of: "abcdefgh") != shingler.shingleHashes(of: "abcdefghi"))
        #expect(shingler.shingleHashes(of: "abcdefgh i") != shingler.shingleHashes(of: "abcdefghi"))
    }

    @Test func wordsMixingScriptsAreOneWord() {
        let shingler = Shingler(size: 1)
        #expect(shingler.shingleHashes(of: "NAÏVE").count == 1)
        #expect(shingler.shingleHashes(of: "naïve") == shingler.shingleHashes(of: "NAÏVE"))
        #expect(shingler.shingleHashes(of: "naïve") != shingler.shingleHashes(of: "naive"))
        #expect(shingler.shingleHashes(of: "Ünited ünited").count == 2)
    }

    @Test(arguments: [
        "Five killed in Idlib.\n\nRescuers searched — all night.", "ÉCOLE Genève, Київ: 12 dead", "", " ... ",
        "«Five» killed in Idlib on Monday!!", "Counterrevolutionaries, internationally: NAÏVE Ünited; 2,000 ",
        "Ωmega—Straße…end", "é", "a",
    ])
    func onePassGivesTheSameExactKeyAsExactKeyOfText(text: String) {
        let signer = DocumentSigner(parameters: DedupParameters())
        let (key, signature) = signer.keys(of: text)
        #expect(key == ExactKey(text: text))
        #expect(signature == signer.signature(of: text))
    }

    @Test func shortTextsGiveOneShingleAndEmptyTextsNone() {
        let shingler = Shingler(size: 5)
        #expect(shingler.shingleHashes(of: "only three words").count == 1)
        #expect(shingler.shingleHashes(of: " ... !! ").isEmpty)
        #expect(shingler.shingleHashes(of: "").isEmpty)
    }
}
