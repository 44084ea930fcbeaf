import CLibXML2

/// What the first cleaner does with an element, decided from its tag name alone.
enum TagRole {
    /// Text flows through (`span`, `a`, `em`, unknown tags).
    case inline
    /// Starts and ends a paragraph (`p`, `div`, `li`, `h2`, …).
    case block
    /// A heading that may give the title (`h1`).
    case heading
    /// `<br>`: a line break inside the paragraph.
    case lineBreak
    /// Dropped with everything inside: not text (`script`, `style`, `svg`, `button`, …).
    case drop
    /// Dropped with everything inside and counted as boilerplate (`nav`, `header`, `footer`, `aside`, `form`).
    case boilerplate
    /// `<head>`: read for metadata, never for body text.
    case head

    /// The role of an element with the (lowercase, as libxml2's HTML parser gives) name `name`.
    static func of(_ name: UnsafePointer<xmlChar>) -> TagRole {
        var key: UInt64 = 0
        var length = 0
        while length < 9 {
            let byte = name[length]
            if byte == 0 { break }
            if length == 8 { return longName(name) }
            key |= UInt64(byte | 0x20) << (8 * UInt64(length))
            length += 1
        }
        return table[key] ?? .inline
    }

    private static func longName(_ name: UnsafePointer<xmlChar>) -> TagRole {
        switch String(cString: name).lowercased() {
        case "blockquote", "figcaption": return .block
        default: return .inline
        }
    }

    private static func pack(_ name: String) -> UInt64 {
        var key: UInt64 = 0
        for (index, byte) in name.utf8.enumerated() { key |= UInt64(byte) << (8 * UInt64(index)) }
        return key
    }

    private static let table: [UInt64: TagRole] = {
        var table: [UInt64: TagRole] = [:]
        let blocks = [
            "address", "article", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
            "dt", "fieldset", "figure", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "html",
            "legend", "li", "main", "menu", "ol", "p", "pre", "section", "summary", "table",
            "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul",
        ]
        for name in blocks { table[pack(name)] = .block }
        let dropped = [
            "script", "style", "noscript", "template", "svg", "iframe", "button", "select",
            "option", "textarea", "input", "object", "embed", "canvas", "audio", "video", "map",
            "math", "frameset", "frame", "title", "link", "meta",
        ]
        for name in dropped { table[pack(name)] = .drop }
        for name in ["nav", "header", "footer", "aside", "form"] { table[pack(name)] = .boilerplate }
        table[pack("h1")] = .heading
        table[pack("br")] = .lineBreak
        table[pack("head")] = .head
        return table
    }()
}
