import GleanerCore

/// Cleans plain-text articles: paragraphs are separated by blank lines; the lines inside a
/// paragraph are joined with a space, except that a line ending in a hyphen after a letter
/// joins the next line directly, keeping the hyphen as written ("al-" + "Qaida" → "al-Qaida").
/// Whitespace is collapsed and the text normalised to Unicode NFC.
public enum TextCleaner {
    /// Cleans UTF-8 text; throws when the file holds only whitespace.
    public static func clean(_ utf8: [UInt8]) throws(DocumentError) -> CleanedDocument {
        var builder = ParagraphBuilder()
        var lineCount = 0
        var headline: String?
        var firstParagraphLines = 0
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
                    let first = builder.paragraphCount == 0
                    if let paragraph = builder.endParagraph(returningText: first), first {
                        headline = paragraph
                        firstParagraphLines = lineCount
                    }
                    lineCount = 0
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
        let text = builder.finish()
        guard builder.paragraphCount > 0 else {
            throw DocumentError(stage: .clean, reason: "no text: the file holds only whitespace")
        }
        let title = builder.paragraphCount > 1 && firstParagraphLines == 1 ? headline.flatMap(Self.asHeadline) : nil
        return CleanedDocument(
            text: text, paragraphCount: builder.paragraphCount, meta: ArticleMeta(title: title),
            boilerplateRemoved: 0, words: builder.words)
    }

    /// A first paragraph that is one short line without closing punctuation reads as a headline.
    static func asHeadline(_ first: String) -> String? {
        guard first.count <= 150, let last = first.last, !".!?:;,\"”’)".contains(last) else { return nil }
        return first
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
