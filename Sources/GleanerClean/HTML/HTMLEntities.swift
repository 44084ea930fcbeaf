import CLibXML2

/// Decodes HTML character references in text that did not go through the HTML parser: JSON-LD
/// strings, which many sites write HTML-escaped ("Maria &amp; Katerina", "Rock &#8217;n&#8217;
/// Roll"). Named references use libxml2's HTML entity table; an unknown or malformed reference
/// stays as written.
enum HTMLEntities {
    /// `text` with its character references decoded; `text` itself when it holds no `&`.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            // A reference is at most 32 characters up to its ";".
            if let semicolon = rest[afterAmpersand...].prefix(32).firstIndex(of: ";"),
                let scalar = scalar(for: rest[afterAmpersand..<semicolon])
            {
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[afterAmpersand...]
            }
        }
        return result + rest
    }

    /// The character of a reference's body ("amp", "#8217", "#x2019"), nil when it names none.
    private static func scalar(for body: Substring) -> Unicode.Scalar? {
        if body.first == "#" {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            return value.flatMap(Unicode.Scalar.init)
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        return String(body).withCString { name in
            name.withMemoryRebound(to: xmlChar.self, capacity: body.utf8.count + 1) { pointer in
                htmlEntityLookup(pointer).flatMap { Unicode.Scalar($0.pointee.value) }
            }
        }
    }
}
