/// Builds paragraphs from UTF-8 bytes, collapsing runs of whitespace (ASCII whitespace and
/// no-break spaces) to one space and trimming each paragraph. Used by both cleaners.
struct ParagraphBuilder {
    private(set) var paragraphs: [String] = []
    private var current: [UInt8] = []
    private var pendingSpace = false

    init() { current.reserveCapacity(4096) }

    /// Whether the paragraph being built has no text yet.
    var currentIsEmpty: Bool { current.isEmpty }

    /// Appends text, collapsing whitespace.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {  // U+00A0 no-break space
                pendingSpace = true
                index += 2
                continue
            }
            if pendingSpace {
                if let last = current.last, last != 0x0A { current.append(0x20) }
                pendingSpace = false
            }
            current.append(byte)
            index += 1
        }
    }

    /// Marks a word boundary (as between two table cells) without ending the paragraph.
    mutating func appendSpace() {
        if !current.isEmpty { pendingSpace = true }
    }

    /// A line break inside the paragraph (`<br>`).
    mutating func appendLineBreak() {
        guard !current.isEmpty else { return }
        while current.last == 0x20 { current.removeLast() }
        if current.last != 0x0A { current.append(0x0A) }
        pendingSpace = false
    }

    /// Forgets a pending word boundary, so the next text joins the previous word directly.
    mutating func cancelPendingSpace() {
        pendingSpace = false
    }

    /// Ends the current paragraph; an empty one is dropped. Returns the finished text, if any.
    @discardableResult
    mutating func endParagraph() -> String? {
        pendingSpace = false
        while let last = current.last, last == 0x20 || last == 0x0A { current.removeLast() }
        guard !current.isEmpty else { return nil }
        let text = UnicodeText.nfc(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
        paragraphs.append(text)
        return text
    }

    /// The text of the unfinished paragraph (for titles taken from an `<h1>`).
    var currentText: String {
        var bytes = current
        while let last = bytes.last, last == 0x20 || last == 0x0A { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
