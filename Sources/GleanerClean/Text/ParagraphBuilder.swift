/// Builds a document's text from UTF-8 bytes: collapses runs of whitespace (ASCII whitespace
/// and no-break spaces) to one space, trims each paragraph, drops empty ones, joins paragraphs
/// with a blank line and counts words — all in one growing byte buffer, so a document costs one
/// `String` however many paragraphs it has. Used by both cleaners.
struct ParagraphBuilder {
    /// Paragraphs finished so far.
    private(set) var paragraphCount = 0
    /// Whitespace-separated words in the finished paragraphs.
    private(set) var words = 0
    private(set) var text: [UInt8] = []
    /// Where the open paragraph's bytes begin in `text`.
    private var paragraphStart = 0
    private var currentWords = 0
    private var pendingSpace = false

    init() { text.reserveCapacity(16 * 1024) }

    /// Whether the open paragraph has no text yet.
    var currentIsEmpty: Bool { text.count == paragraphStart }

    private var lastByte: UInt8? { currentIsEmpty ? nil : text[text.count - 1] }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// Appends text, collapsing whitespace. Runs of non-space bytes are copied in bulk.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if Self.isSpace(byte) {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {  // U+00A0 no-break space
                pendingSpace = true
                index += 2
                continue
            }
            var end = index + 1
            while end < count {
                let next = bytes[end]
                if Self.isSpace(next) || (next == 0xC2 && end + 1 < count && bytes[end + 1] == 0xA0) { break }
                end += 1
            }
            startWord()
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
            index = end
        }
    }

    /// Before the bytes of a word: opens the paragraph or inserts the pending space.
    private mutating func startWord() {
        guard let last = lastByte else {
            if paragraphCount > 0 {
                text.append(0x0A)
                text.append(0x0A)
                paragraphStart = text.count
            }
            currentWords += 1
            pendingSpace = false
            return
        }
        if last == 0x0A {
            currentWords += 1
        } else if pendingSpace {
            text.append(0x20)
            currentWords += 1
        }
        pendingSpace = false
    }

    /// Marks a word boundary (as between two lines of a text paragraph).
    mutating func appendSpace() {
        if !currentIsEmpty { pendingSpace = true }
    }

    /// A line break inside the paragraph (`<br>`).
    mutating func appendLineBreak() {
        guard !currentIsEmpty else { return }
        trimOpenParagraph(newlines: false)
        if lastByte != 0x0A { text.append(0x0A) }
        pendingSpace = false
    }

    /// Forgets a pending word boundary, so the next text joins the previous word directly.
    mutating func cancelPendingSpace() {
        pendingSpace = false
    }

    /// Ends the open paragraph; returns its byte range in `text`, or `nil` when it was empty
    /// (an empty paragraph is dropped).
    @discardableResult
    mutating func endParagraph() -> Range<Int>? {
        pendingSpace = false
        trimOpenParagraph(newlines: true)
        guard !currentIsEmpty else { return nil }
        let finished = paragraphStart..<text.count
        paragraphCount += 1
        words += currentWords
        currentWords = 0
        paragraphStart = text.count
        return finished
    }

    /// Ends the open paragraph and returns the whole text, paragraphs separated by a blank line,
    /// in Unicode NFC.
    mutating func finish() -> String {
        endParagraph()
        return UnicodeText.nfc(text)
    }

    private mutating func trimOpenParagraph(newlines: Bool) {
        while let last = lastByte, last == 0x20 || (newlines && last == 0x0A) { text.removeLast() }
    }

    /// The paragraphs at `ranges` (ranges of `text`), joined with a blank line, in Unicode NFC.
    func joined(_ ranges: [Range<Int>]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ranges.reduce(0) { $0 + $1.count + 2 })
        for range in ranges {
            if !bytes.isEmpty { bytes.append(contentsOf: [0x0A, 0x0A]) }
            bytes.append(contentsOf: text[range])
        }
        return UnicodeText.nfc(bytes)
    }

    /// The paragraph at `range`, in Unicode NFC.
    func paragraph(_ range: Range<Int>) -> String { UnicodeText.nfc(Array(text[range])) }
}
