import CLibXML2
import Foundation

/// Leaves the bodies of `<script>` and `<style>` elements out of what libxml2 parses. Their text
/// is never page text, yet libxml2 reads it one character at a time: on news pages it is a third
/// of the bytes and a third of the parse.
///
/// Each body of at least `minimumBytes` is replaced by a marker (U+F8FF, its number, U+F8FF);
/// JSON-LD scripts (read for metadata) and tags that could spell their type with character
/// references are kept whole, and so are pages that already hold U+F8FF. Before the
/// elided page is used, `verify` checks in the parsed document that every marker is, in order,
/// the whole text of a `<script>` or `<style>` element. A body is only elided when it holds no
/// NUL or control byte, only well-formed UTF-8, no `<!--` and no `</script` (`</style`), which
/// are the things that stop or change libxml2's raw-text scan. libxml2 reads the page front to
/// back, and the elided page equals the whole page up to each body; so when `verify` passes,
/// libxml2 built the same tree from both inputs, apart from the elided text (and the line
/// numbers of later nodes, which nothing reads). Anything else (a `<script>` in a
/// comment, an unclosed tag, markers read by `NodeAttributes.textContent`) sends the caller
/// back to the whole page.
enum RawTextElision {
    /// Bodies shorter than this are left in place.
    static let minimumBytes = 64

    /// libxml2 before 2.14 ends a raw-text body at the first `</` + its name, whatever follows,
    /// and knows no escapes inside it; 2.14 tokenizes as HTML5 does. Bodies with `<!--` (HTML5's
    /// script escapes) are never elided, and the tree check catches the other differences, but
    /// elision is only used with the libxml2 whose scan the reasoning above describes.
    static let isSupported = LIBXML_VERSION < 21400

    /// The page with elided bodies and how many there are; `nil` when nothing was elided.
    static func elide(_ utf8: [UInt8]) -> (bytes: [UInt8], markers: Int)? {
        guard isSupported else { return nil }
        return utf8.withUnsafeBufferPointer { page -> ([UInt8], Int)? in
            guard let base = page.baseAddress, !containsMarkerBytes(page) else { return nil }
            let count = page.count
            var output: [UInt8] = []
            var copied = 0
            var markers = 0
            var index = 0
            while index < count {
                guard let found = memchr(base + index, 0x3C, count - index) else { break }  // "<"
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                // Only "<!--", "<script" and "<style" matter.
                guard index + 1 < count, page[index + 1] | 0x20 == 0x73 || page[index + 1] == 0x21 else {
                    index += 1
                    continue
                }
                if hasPrefix(page, at: index, "<!--") {
                    index = find(page, "-->", from: index + 4) ?? count
                    continue
                }
                guard let name = rawTextElement(page, at: index + 1),
                    let tagEnd = startTagEnd(page, from: index + 1 + name.utf8CodeUnitCount)
                else {
                    index += 1
                    continue
                }
                guard let bodyEnd = closingTag(page, name: name, from: tagEnd + 1) else { break }
                let body = (tagEnd + 1)..<bodyEnd
                if body.count >= minimumBytes, !keepsBody(page, tag: index..<tagEnd), isElidable(page, body) {
                    if output.isEmpty { output.reserveCapacity(count / 2) }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: page[copied..<body.lowerBound]))
                    output.append(contentsOf: marker(markers))
                    markers += 1
                    copied = body.upperBound
                }
                index = bodyEnd + 2
            }
            guard markers > 0 else { return nil }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: page[copied..<count]))
            return (output, markers)
        }
    }

    /// Whether the parsed elided page has markers `0..<markers`, in document order, each the whole
    /// text of a `<script>` or `<style>` element.
    static func verify(_ document: htmlDocPtr, markers: Int) -> Bool {
        var expected = 0
        var node = document.pointee.children
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE, let name = current.pointee.name,
                NodeAttributes.nameEquals(name, "script") || NodeAttributes.nameEquals(name, "style"),
                let child = current.pointee.children, let content = child.pointee.content,
                child == current.pointee.last, isMarker(content, number: expected)
            {
                expected += 1
            } else if let child = current.pointee.children, current.pointee.type == XML_ELEMENT_NODE {
                node = child
                continue
            }
            node = DocumentOrder.nodeAfterSubtree(of: current, in: document)
        }
        return expected == markers
    }

    /// Whether NUL-terminated text (a node's content) holds a marker's first bytes.
    static func containsMarker(_ text: UnsafePointer<UInt8>) -> Bool {
        var index = 0
        while text[index] != 0 {
            if text[index] == 0xEF, text[index + 1] == 0xA3, text[index + 2] == 0xBF { return true }
            index += 1
        }
        return false
    }

    /// Marker `number`: U+F8FF (a private-use character), the number in ASCII digits, U+F8FF.
    private static func marker(_ number: Int) -> [UInt8] {
        [0xEF, 0xA3, 0xBF] + Array(String(number).utf8) + [0xEF, 0xA3, 0xBF]
    }

    /// Whether NUL-terminated `content` is exactly marker `number`.
    private static func isMarker(_ content: UnsafePointer<UInt8>, number: Int) -> Bool {
        let bytes = marker(number)
        for (offset, byte) in bytes.enumerated() where content[offset] != byte { return false }
        return content[bytes.count] == 0
    }

    private static func containsMarkerBytes(_ page: UnsafeBufferPointer<UInt8>) -> Bool {
        find(page, "\u{F8FF}", from: 0) != nil
    }

    /// `script` or `style` (any case) at `index`, followed by a byte that ends a tag name.
    private static func rawTextElement(_ page: UnsafeBufferPointer<UInt8>, at index: Int) -> StaticString? {
        for name: StaticString in ["script", "style"] where hasPrefix(page, at: index, name, foldingCase: true) {
            let after = index + name.utf8CodeUnitCount
            guard after < page.count else { return nil }
            switch page[after] {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x3E, 0x2F: return name
            default: return nil
            }
        }
        return nil
    }

    /// The index of the `>` that ends a start tag whose attributes begin at `start`; `nil` for
    /// a self-closed (`/>`) or unfinished tag, or one with `<` inside.
    private static func startTagEnd(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        var afterEquals = false
        while index < page.count {
            let byte = page[index]
            switch byte {
            case 0x3E:
                return index > start && page[index - 1] == 0x2F ? nil : index
            case 0x3C:
                return nil
            case 0x22 where afterEquals, 0x27 where afterEquals:
                guard let close = memchr(page.baseAddress! + index + 1, Int32(byte), page.count - index - 1) else {
                    return nil
                }
                index = page.baseAddress!.distance(to: close.assumingMemoryBound(to: UInt8.self))
                afterEquals = false
            case 0x3D:
                afterEquals = true
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                break
            default:
                afterEquals = false
            }
            index += 1
        }
        return nil
    }

    /// The index of the first `</name` (any case) at or after `start`.
    private static func closingTag(_ page: UnsafeBufferPointer<UInt8>, name: StaticString, from start: Int) -> Int? {
        var index = start
        while index + 1 < page.count {
            guard let found = memchr(page.baseAddress! + index, 0x3C, page.count - index - 1) else { return nil }
            index = page.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if page[index + 1] == 0x2F, hasPrefix(page, at: index + 2, name, foldingCase: true) { return index }
            index += 1
        }
        return nil
    }

    /// JSON-LD scripts are read for metadata; a tag with a `type` and an `&` may spell its type
    /// with character references. (Should a kept body be needed elsewhere, the marker read by
    /// `NodeAttributes.textContent` still sends the cleaner back to the whole page.)
    private static func keepsBody(_ page: UnsafeBufferPointer<UInt8>, tag: Range<Int>) -> Bool {
        let bytes = UnsafeBufferPointer(rebasing: page[tag])
        if find(bytes, "ld+json", from: 0, foldingCase: true) != nil { return true }
        return bytes.contains(0x26) && find(bytes, "type", from: 0, foldingCase: true) != nil
    }

    /// Tab, line feed and carriage return, printable ASCII and well-formed UTF-8 of characters
    /// libxml2 accepts (not U+FFFE or U+FFFF), and no `<!--`.
    private static func isElidable(_ page: UnsafeBufferPointer<UInt8>, _ body: Range<Int>) -> Bool {
        guard find(UnsafeBufferPointer(rebasing: page[body]), "<!--", from: 0) == nil else { return false }
        var index = body.lowerBound
        let end = body.upperBound
        let base = UnsafeRawPointer(page.baseAddress!)
        while index < end {
            // Eight printable ASCII bytes at a time: no high bit, none below 0x20.
            if index + 8 <= end {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let highBits: UInt64 = 0x8080_8080_8080_8080
                if word & highBits == 0, (word &- 0x2020_2020_2020_2020) & ~word & highBits == 0 {
                    index += 8
                    continue
                }
            }
            let byte = page[index]
            if byte >= 0x20 && byte < 0x80 {
                index += 1
                continue
            }
            if byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
                continue
            }
            guard let length = scalarLength(page, at: index, end: end) else { return false }
            index += length
        }
        return true
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or `nil`.
    private static func scalarLength(_ page: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
        let lead = page[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF:
            length = 2
            value = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3
            value = UInt32(lead & 0x0F)
        case 0xF0...0xF4:
            length = 4
            value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= end else { return nil }
        for offset in 1..<length {
            let byte = page[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        switch length {
        case 3 where value < 0x800 || (value >= 0xD800 && value <= 0xDFFF) || value >= 0xFFFE: return nil
        case 4 where value < 0x10000 || value > 0x10FFFF: return nil
        default: return length
        }
    }

    private static func hasPrefix(
        _ page: UnsafeBufferPointer<UInt8>, at index: Int, _ literal: StaticString, foldingCase: Bool = false
    ) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= page.count else { return false }
        let bytes = literal.utf8Start
        for offset in 0..<count {
            let byte = page[index + offset]
            let folded = foldingCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if folded != bytes[offset] { return false }
        }
        return true
    }

    /// The index just past the first occurrence of `literal` at or after `start`.
    private static func find(
        _ page: UnsafeBufferPointer<UInt8>, _ literal: StaticString, from start: Int, foldingCase: Bool = false
    ) -> Int? {
        let first = literal.utf8Start[0]
        var index = start
        while index < page.count {
            if foldingCase {
                if hasPrefix(page, at: index, literal, foldingCase: true) { return index + literal.utf8CodeUnitCount }
                index += 1
                continue
            }
            guard let found = memchr(page.baseAddress! + index, Int32(first), page.count - index) else { return nil }
            index = page.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if hasPrefix(page, at: index, literal) { return index + literal.utf8CodeUnitCount }
            index += 1
        }
        return nil
    }
}
