/// Finds the character set an HTML document declares for itself in its first 4096 bytes:
/// `<meta charset=…>`, `<meta http-equiv="Content-Type" content="text/html; charset=…">` (any
/// attribute order, quoting and case) and the XML declaration `<?xml … encoding="…"?>`.
///
/// This follows the WHATWG "prescan a byte stream to determine its encoding" algorithm
/// (https://html.spec.whatwg.org/#prescan-a-byte-stream-to-determine-its-encoding): comments are
/// skipped, so a commented-out `<meta charset>` does not count, and attributes of other tags are
/// stepped over, so `<div title="<meta charset=koi8-r>">` does not either. It works on bytes only;
/// no `String` is made except for the short label it returns.
enum CharsetSniffer {
    /// How far into the document to look.
    static let prescanLength = 4096

    /// A charset a document declares.
    struct Declaration: Equatable {
        /// The canonical WHATWG name when `isKnown`, else the label as written (lower-cased).
        var name: String
        /// Whether the label is a WHATWG label.
        var isKnown: Bool
    }

    /// The charset `bytes` declares, if any. A `<meta>` with a known label wins over the XML
    /// declaration; a label that is not a WHATWG label is only returned when there is no known one
    /// (the caller may still find it in iconv). UTF-16 labels become UTF-8 (a `<meta>` that can be
    /// read as ASCII is not in UTF-16) and x-user-defined becomes windows-1252, as in browsers.
    static func declaredEncoding(in bytes: UnsafeBufferPointer<UInt8>) -> Declaration? {
        var scanner = Scanner(bytes: UnsafeBufferPointer(rebasing: bytes.prefix(prescanLength)))
        var xmlDeclaration: Declaration?
        var firstUnknown: Declaration?

        func consider(_ label: String) -> Declaration? {
            var normalized = CharsetLabels.normalized(label)
            // `<meta charset=utf-8/>`: the spec keeps the slash in an unquoted value; drop it.
            while normalized.hasSuffix("/") { normalized.removeLast() }
            guard var name = CharsetLabels.canonicalByLabel[normalized] else {
                if firstUnknown == nil, CharsetLabels.isPlausibleCharsetName(normalized) {
                    firstUnknown = Declaration(name: normalized, isKnown: false)
                }
                return nil
            }
            if name == CharsetLabels.utf16LE || name == CharsetLabels.utf16BE { name = CharsetLabels.utf8 }
            if name == "x-user-defined" { name = CharsetLabels.windows1252 }
            return Declaration(name: name, isKnown: true)
        }

        while let lt = scanner.next(UInt8(ascii: "<")) {
            scanner.position = lt
            if scanner.hasPrefix("<!--") {
                // Skip to the first "-->" whose dashes may overlap the opening ones ("<!-->").
                guard let end = scanner.findCommentEnd(from: lt + 2) else { break }
                scanner.position = end + 1
            } else if scanner.hasPrefixIgnoringCase("<meta"), scanner.isSpaceOrSlash(at: lt + 5) {
                scanner.position = lt + 6
                if let label = scanner.metaCharset(), let declaration = consider(label) {
                    return declaration
                }
            } else if scanner.hasPrefix("<?xml"), scanner.isWhitespace(at: lt + 5) {
                if let label = scanner.xmlDeclarationEncoding(from: lt + 6), xmlDeclaration == nil {
                    xmlDeclaration = consider(label)
                }
                guard let gt = scanner.next(UInt8(ascii: ">"), from: lt + 1) else { break }
                scanner.position = gt + 1
            } else if scanner.isTagStart(at: lt) {
                // An ordinary start or end tag: skip its name, then its attributes.
                scanner.position = lt + 1
                while scanner.position < scanner.end,
                    !CharsetLabels.isASCIIWhitespace(scanner.bytes[scanner.position]),
                    scanner.bytes[scanner.position] != UInt8(ascii: ">")
                {
                    scanner.position += 1
                }
                while scanner.nextAttribute() != nil {}
            } else if scanner.hasPrefix("<!") || scanner.hasPrefix("</") || scanner.hasPrefix("<?") {
                guard let gt = scanner.next(UInt8(ascii: ">"), from: lt + 1) else { break }
                scanner.position = gt + 1
            } else {
                scanner.position = lt + 1
            }
        }
        return xmlDeclaration ?? firstUnknown
    }

    /// A cursor over the prescan window.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var end: Int { bytes.count }

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The index of the next `byte` at or after `from` (default: the position).
        func next(_ byte: UInt8, from: Int? = nil) -> Int? {
            var i = from ?? position
            while i < end {
                if bytes[i] == byte { return i }
                i += 1
            }
            return nil
        }

        func hasPrefix(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard end - position >= count else { return false }
            let start = literal.utf8Start
            for k in 0..<count where bytes[position + k] != start[k] { return false }
            return true
        }

        /// Case-insensitive for letters; `literal` must be lower case.
        func hasPrefixIgnoringCase(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard end - position >= count else { return false }
            let start = literal.utf8Start
            for k in 0..<count where Scanner.lower(bytes[position + k]) != start[k] { return false }
            return true
        }

        func isWhitespace(at i: Int) -> Bool {
            i < end && CharsetLabels.isASCIIWhitespace(bytes[i])
        }

        func isSpaceOrSlash(at i: Int) -> Bool {
            i < end && (CharsetLabels.isASCIIWhitespace(bytes[i]) || bytes[i] == UInt8(ascii: "/"))
        }

        /// `<` + letter, or `</` + letter.
        func isTagStart(at i: Int) -> Bool {
            var j = i + 1
            if j < end, bytes[j] == UInt8(ascii: "/") { j += 1 }
            return j < end && Scanner.isASCIILetter(bytes[j])
        }

        /// The index of the `>` of the first `-->` ending at or after `from + 2`.
        func findCommentEnd(from: Int) -> Int? {
            var i = from + 2
            while i < end {
                if bytes[i] == UInt8(ascii: ">"), bytes[i - 1] == UInt8(ascii: "-"),
                    bytes[i - 2] == UInt8(ascii: "-")
                {
                    return i
                }
                i += 1
            }
            return nil
        }

        /// Reads the attributes of a `<meta>` (the position is just after `<meta`) and returns the
        /// charset label it declares, if it declares one the way the spec accepts.
        mutating func metaCharset() -> String? {
            var seen: Set<[UInt8]> = []
            var gotPragma = false
            var needPragma: Bool?
            var charset: [UInt8]?
            while let (name, value) = nextAttribute() {
                guard seen.insert(name).inserted else { continue }
                if name.elementsEqual("http-equiv".utf8) {
                    if value.elementsEqual("content-type".utf8) { gotPragma = true }
                } else if name.elementsEqual("content".utf8) {
                    if charset == nil, let extracted = Scanner.charsetFromContent(value) {
                        charset = extracted
                        needPragma = true
                    }
                } else if name.elementsEqual("charset".utf8) {
                    charset = value
                    needPragma = false
                }
            }
            guard let needPragma, let charset else { return nil }
            if needPragma && !gotPragma { return nil }
            return String(decoding: charset, as: UTF8.self)
        }

        /// The WHATWG "get an attribute" step: the next attribute's lower-cased name and value,
        /// or `nil` at `>` or at the end of the window.
        mutating func nextAttribute() -> (name: [UInt8], value: [UInt8])? {
            while position < end,
                CharsetLabels.isASCIIWhitespace(bytes[position]) || bytes[position] == UInt8(ascii: "/")
            {
                position += 1
            }
            guard position < end, bytes[position] != UInt8(ascii: ">") else { return nil }
            var name: [UInt8] = []
            var value: [UInt8] = []
            // The name.
            while true {
                guard position < end else { return nil }
                let byte = bytes[position]
                if byte == UInt8(ascii: "="), !name.isEmpty {
                    position += 1
                    break
                } else if CharsetLabels.isASCIIWhitespace(byte) {
                    while position < end, CharsetLabels.isASCIIWhitespace(bytes[position]) { position += 1 }
                    guard position < end else { return nil }
                    if bytes[position] != UInt8(ascii: "=") { return (name, value) }
                    position += 1
                    break
                } else if byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") {
                    return (name, value)
                }
                name.append(Scanner.lower(byte))
                position += 1
            }
            // The value.
            while position < end, CharsetLabels.isASCIIWhitespace(bytes[position]) { position += 1 }
            guard position < end else { return nil }
            let first = bytes[position]
            if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
                position += 1
                while position < end {
                    let byte = bytes[position]
                    position += 1
                    if byte == first { return (name, value) }
                    value.append(Scanner.lower(byte))
                }
                return nil
            }
            if first == UInt8(ascii: ">") { return (name, value) }
            while position < end {
                let byte = bytes[position]
                if CharsetLabels.isASCIIWhitespace(byte) || byte == UInt8(ascii: ">") { return (name, value) }
                value.append(Scanner.lower(byte))
                position += 1
            }
            return nil
        }

        /// The WHATWG "extract a character encoding from a meta element" step, on a lower-cased
        /// `content` value such as `text/html; charset=iso-8859-1`.
        static func charsetFromContent(_ content: [UInt8]) -> [UInt8]? {
            let key = Array("charset".utf8)
            var i = 0
            while i + key.count <= content.count {
                guard content[i..<(i + key.count)].elementsEqual(key) else {
                    i += 1
                    continue
                }
                var j = i + key.count
                while j < content.count, CharsetLabels.isASCIIWhitespace(content[j]) { j += 1 }
                guard j < content.count, content[j] == UInt8(ascii: "=") else {
                    i = j
                    continue
                }
                j += 1
                while j < content.count, CharsetLabels.isASCIIWhitespace(content[j]) { j += 1 }
                guard j < content.count else { return nil }
                let quote = content[j]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = content[(j + 1)...].firstIndex(of: quote) else { return nil }
                    return Array(content[(j + 1)..<close])
                }
                var k = j
                while k < content.count, !CharsetLabels.isASCIIWhitespace(content[k]),
                    content[k] != UInt8(ascii: ";")
                {
                    k += 1
                }
                return Array(content[j..<k])
            }
            return nil
        }

        /// The `encoding` pseudo-attribute of an XML declaration starting before `from`.
        func xmlDeclarationEncoding(from: Int) -> String? {
            guard let close = next(UInt8(ascii: ">"), from: from) else { return nil }
            let key = Array("encoding".utf8)
            var i = from
            while i + key.count <= close {
                guard UnsafeBufferPointer(rebasing: bytes[i..<(i + key.count)]).elementsEqual(key) else {
                    i += 1
                    continue
                }
                var j = i + key.count
                while j < close, CharsetLabels.isASCIIWhitespace(bytes[j]) { j += 1 }
                guard j < close, bytes[j] == UInt8(ascii: "=") else {
                    i = j
                    continue
                }
                j += 1
                while j < close, CharsetLabels.isASCIIWhitespace(bytes[j]) { j += 1 }
                guard j < close, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") else {
                    return nil
                }
                let quote = bytes[j]
                var k = j + 1
                while k < close, bytes[k] != quote { k += 1 }
                guard k < close else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[(j + 1)..<k]), as: UTF8.self)
            }
            return nil
        }

        @inline(__always)
        static func lower(_ byte: UInt8) -> UInt8 {
            byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }

        @inline(__always)
        static func isASCIILetter(_ byte: UInt8) -> Bool {
            let folded = byte | 0x20
            return folded >= 0x61 && folded <= 0x7A
        }
    }
}
