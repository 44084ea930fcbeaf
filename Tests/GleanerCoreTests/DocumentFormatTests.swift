import GleanerCore
import Testing

@Suite("Document formats")
struct DocumentFormatTests {
    @Test func knownExtensions() {
        #expect(DocumentFormat.forFileName("a.html")! == (.html, false))
        #expect(DocumentFormat.forFileName("a.HTM")! == (.html, false))
        #expect(DocumentFormat.forFileName("a.xhtml.gz")! == (.html, true))
        #expect(DocumentFormat.forFileName("a.txt")! == (.text, false))
        #expect(DocumentFormat.forFileName("a.b.text.gz")! == (.text, true))
    }

    @Test func otherFilesAreNotInputs() {
        for name in ["README.md", "feed.xml", "a.gz", "html", ".html", "photo.png", "a.html.zip"] {
            #expect(DocumentFormat.forFileName(name) == nil, "\(name)")
        }
    }
}
