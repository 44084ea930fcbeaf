import GleanerCore

/// Cleans plain-text articles: paragraphs are separated by blank lines; the lines inside a
/// paragraph are joined with a space, except that a line ending in a hyphen after a letter
/// joins the next line directly, keeping the hyphen as written ("al-" + "Qaida" → "al-Qaida").
/// Whitespace is collapsed and the text normalised to Unicode NFC. Appeals, prompts, copyright
/// lines and menu remnants at the head and tail are dropped (see `TextBoilerplate`), and a news
/// dateline opening the first paragraph goes to `meta.dateline`, as for HTML.
public enum TextCleaner {
    /// Cleans UTF-8 text; throws when the file holds only whitespace.
    public static func clean(_ utf8: [UInt8]) throws(DocumentError) -> CleanedDocument {
        try explain(utf8).document
    }

    /// Cleans UTF-8 text and says which paragraphs were dropped and why (`clean --explain`).
    public static func explain(_ utf8: [UInt8]) throws(DocumentError) -> (
        document: CleanedDocument, explanation: Explanation
    ) {
        var split = split(MojibakeRepair.repaired(utf8) ?? utf8)
        let paragraphs = split.paragraphs
        guard !paragraphs.isEmpty else {
            throw DocumentError(stage: .clean, reason: "no text: the file holds only whitespace")
        }
        let builder = split.builder
        let verdicts = TextBoilerplate.verdicts(count: paragraphs.count) { builder.paragraph(paragraphs[$0].range) }
        let kept = paragraphs.indices.filter { verdicts[$0] == nil }
        var text =
            kept.count == paragraphs.count ? split.builder.finish() : builder.joined(kept.map { paragraphs[$0].range })
        var title: String?
        if kept.count > 1, paragraphs[kept[0]].lines == 1 {
            title = Self.asHeadline(builder.paragraph(paragraphs[kept[0]].range))
        }
        // The news dateline ("POPAYAN, Colombia --") leaves the first paragraph, or the second
        // when the first reads as a headline (one line or, reflowed, several).
        var dateline: String?
        var words = kept.reduce(0) { $0 + paragraphs[$1].words }
        for position in kept.indices.prefix(2) {
            let paragraph = builder.paragraph(paragraphs[kept[position]].range)
            if let split = Dateline.split(paragraph), let range = text.range(of: paragraph) {
                dateline = split.dateline
                text.replaceSubrange(range, with: split.rest)
                words -= Self.wordCount(paragraph) - Self.wordCount(split.rest)
                break
            }
            if Self.asHeadline(paragraph) == nil { break }
        }
        var meta = ArticleMeta(title: title, language: LanguageDetector.detect(text))
        meta.dateline = dateline
        let document = CleanedDocument(
            text: text, paragraphCount: kept.count, meta: meta,
            boilerplateRemoved: paragraphs.count - kept.count, words: words)
        let blocks = paragraphs.indices.map { index in
            Explanation.Block(
                text: builder.paragraph(paragraphs[index].range), kept: verdicts[index] == nil, reason: verdicts[index])
        }
        return (document, Explanation(blocks: blocks, method: .plainText, container: "plain text"))
    }

    /// One paragraph of the text: its bytes in the builder, its words and its lines.
    private struct Paragraph {
        var range: Range<Int>
        var words: Int
        var lines: Int
    }

    /// Splits the text into paragraphs, collected in one `ParagraphBuilder`.
    private static func split(_ utf8: [UInt8]) -> (builder: ParagraphBuilder, paragraphs: [Paragraph]) {
        var builder = ParagraphBuilder()
        var paragraphs: [Paragraph] = []
        var lineCount = 0
        func endParagraph() {
            let wordsBefore = builder.words
            if let range = builder.endParagraph() {
                paragraphs.append(Paragraph(range: range, words: builder.words - wordsBefore, lines: lineCount))
            }
            lineCount = 0
        }
        utf8.withUnsafeBufferPointer { all in
            var start = 0
            var joinWithoutSpace = false
            let count = all.count
            while start <= count {
                var end = start
                while end < count, all[end] != 0x0A { end += 1 }
                var lineEnd = end
                if lineEnd > start, all[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = UnsafeBufferPointer(rebasing: all[start..<lineEnd])
                if isBlank(line) {
                    endParagraph()
                    joinWithoutSpace = false
                } else {
                    if joinWithoutSpace {
                        builder.cancelPendingSpace()
                        builder.append(trimmedLeading(line))
                    } else {
                        builder.appendSpace()
                        builder.append(line)
                    }
                    lineCount += 1
                    joinWithoutSpace = endsWithLetterHyphen(line)
                }
                start = end + 1
            }
        }
        endParagraph()
        return (builder, paragraphs)
    }

    /// A first paragraph that is one short line without closing punctuation reads as a headline.
    static func asHeadline(_ first: String) -> String? {
        guard first.count <= 150, let last = first.last, !".!?:;,\"”’)".contains(last) else { return nil }
        return first
    }

    private static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }

    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C || $0 == 0x0D }
    }

    private static func trimmedLeading(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let first = line.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? line.count
        return UnsafeBufferPointer(rebasing: line[first...])
    }

    private static func endsWithLetterHyphen(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = line.count
        while end > 0, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        guard end >= 2, line[end - 1] == 0x2D else { return false }
        let before = line[end - 2]
        return (before >= 0x41 && before <= 0x5A) || (before >= 0x61 && before <= 0x7A) || before >= 0x80
    }
}
