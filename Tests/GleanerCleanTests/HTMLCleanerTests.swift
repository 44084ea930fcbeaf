import GleanerClean
import GleanerCore
import Testing

@Suite("HTML cleaner")
struct HTMLCleanerTests {
    private func clean(_ html: String) throws(DocumentError) -> CleanedDocument {
        try HTMLCleaner.clean(Array(html.utf8))
    }

    @Test func keepsBodyParagraphsAndDropsNonText() throws {
        let page = """
            <!doctype html><html lang="en"><head><title>Five killed | Example News</title>
            <style>p { color: red }</style><script>var killed = 99;</script></head>
            <body><header><a href="/">Home</a> Subscribe</header>
            <nav><ul><li><a href="/world">World</a></li></ul></nav>
            <article><h1>Five killed in market strike</h1>
            <p>BEIRUT — An air strike   killed <b>five</b> people,
            including a civilian.</p>
            <div>Rescue workers searched the rubble.</div>
            <noscript>Enable JavaScript</noscript><template><p>template text</p></template>
            <form><input value="email"> Sign up</form>
            <svg><text>chart label</text></svg><iframe src="x"></iframe>
            </article><aside>Related: 12 killed in blast</aside>
            <footer>© 2024 Example News</footer></body></html>
            """
        let document = try clean(page)
        // The page's only <h1> is the title (dropped from the text); "BEIRUT —" is the dateline.
        #expect(
            document.paragraphs == [
                "An air strike killed five people, including a civilian.",
                "Rescue workers searched the rubble.",
            ])
        #expect(document.paragraphCount == 2)
        #expect(document.words == 14)  // 9 + 5 whitespace-separated words
        #expect(document.boilerplateRemoved == 6)  // header, nav, form, aside, footer, title heading
        #expect(document.meta.title == "Five killed in market strike")
        #expect(document.meta.dateline == "BEIRUT")
        #expect(document.meta.language == "en")
    }

    @Test func dropsHiddenElements() throws {
        let page = """
            <body><p>Visible.</p><p hidden>hidden attribute</p>
            <div aria-hidden="true">aria hidden</div><div style="display: none">display none</div>
            <span style="VISIBILITY:hidden">invisible</span><p aria-hidden="false">Shown too.</p></body>
            """
        #expect(try clean(page).paragraphs == ["Visible.", "Shown too."])
    }

    @Test func lineBreaksEntitiesAndWhitespace() throws {
        let page = "<p>First line<br>second&nbsp;line &amp; more&#8212;end&rsquo;s</p><p>   </p><p>\n\tLast\n</p>"
        #expect(try clean(page).paragraphs == ["First line\nsecond line & more—end’s", "Last"])
    }

    @Test func inlineElementsDoNotSplitParagraphs() throws {
        let page = "<p>The <a href='#'>U.N.</a> said <em>at least</em> <strong>14</strong> were hurt.</p>"
        #expect(try clean(page).paragraphs == ["The U.N. said at least 14 were hurt."])
    }

    @Test func listsTablesAndQuotesBecomeParagraphs() throws {
        let page = """
            <ul><li>One</li><li>Two</li></ul><blockquote>Quoted words</blockquote>
            <table><tr><td>Cell A</td><td>Cell B</td></tr></table><figure><figcaption>Caption</figcaption></figure>
            """
        // A <figcaption> is a caption, not article text.
        #expect(try clean(page).paragraphs == ["One", "Two", "Quoted words", "Cell A", "Cell B"])
    }

    @Test func titlePrefersAConfirmedHeadingThenTheOnlyHeadingThenTitleTags() throws {
        let withOpenGraph = """
            <head><meta property="og:title" content="OG Title | The Site"><title>Doc Title</title>
            <meta property="og:site_name" content="The Site"><link rel="canonical" href="https://example.org/a"></head>
            <body><h1>Other</h1><h1>OG Title</h1><p>Body.</p></body>
            """
        let first = try clean(withOpenGraph)
        #expect(first.meta.title == "OG Title")  // the <h1> that og:title confirms
        #expect(first.meta.site == "The Site")
        #expect(first.meta.url == "https://example.org/a")
        #expect(try clean("<head><title>Doc Title</title></head><h1>Heading</h1><p>x</p>").meta.title == "Heading")
        #expect(
            try clean("<head><title> Doc \n Title | Site </title></head><h1>A</h1><h1>B</h1><p>x</p>").meta.title
                == "Doc Title")
        #expect(try clean("<body><h1>The  Heading</h1><p>x</p></body>").meta.title == "The Heading")
        #expect(try clean("<p>no title</p>").meta.title == nil)
    }

    @Test func recoversFromBrokenMarkup() throws {
        let page = "<html><body><div><p>First paragraph<p>Second <b>bold text</div><p>Cut off in the mid"
        #expect(try clean(page).paragraphs == ["First paragraph", "Second bold text", "Cut off in the mid"])
    }

    @Test func normalisesToNFC() throws {
        // "e" + COMBINING ACUTE ACCENT becomes "é".
        #expect(try clean("<p>Cafe\u{301}</p>").paragraphs == ["Caf\u{E9}"])
    }

    @Test func pageWithoutTextIsAnError() {
        let page =
            "<html><head><title>Only a title</title><script>x()</script></head><body><nav><a>Home</a></nav></body></html>"
        #expect(throws: DocumentError.self) { try clean(page) }
        #expect(throws: DocumentError.self) { try clean("") }
        do throws(DocumentError) {
            _ = try clean(page)
        } catch {
            #expect(error.stage == .clean)
            #expect(error.reason.contains("no article text"))
        }
    }

    @Test func deepNestingDoesNotOverflowTheStack() throws {
        let depth = 5000
        let page = String(repeating: "<div>", count: depth) + "deep text" + String(repeating: "</div>", count: depth)
        #expect(try clean(page).paragraphs == ["deep text"])
    }
}
