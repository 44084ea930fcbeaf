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

    @Test(arguments: [
        "Five killed in Idlib.\n\nRescuers searched — all night.", "ÉCOLE Genève, Київ: 12 dead", "", " ... ",
        "«Five» killed in Idlib on Monday!!",
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
