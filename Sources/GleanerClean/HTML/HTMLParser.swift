import CLibXML2

/// The one place that calls libxml2's HTML parser. Documents are parsed, used and freed inside
/// one synchronous call, so no libxml2 pointer ever leaves this module or crosses a thread.
enum HTMLParser {
    /// Recover from broken markup, never touch the network, keep quiet about errors, and allow
    /// deep nesting (`XML_PARSE_HUGE` lifts the default depth limit of 256 elements, beyond which
    /// libxml2 would drop the rest of the page).
    static let options = Int32(
        bitPattern: HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
            | XML_PARSE_HUGE.rawValue)

    /// The largest input `htmlReadMemory` accepts (its size parameter is an `Int32`).
    static let maximumBytes = Int(Int32.max) - 1

    /// Parses UTF-8 HTML and runs `body` on the document; `nil` if libxml2 produced no document.
    static func withDocument<T>(_ utf8: [UInt8], _ body: (htmlDocPtr) -> T) -> T? {
        guard !utf8.isEmpty, utf8.count <= maximumBytes else { return nil }
        return utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars -> T? in
                guard
                    let document = htmlReadMemory(
                        chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
                else { return nil }
                defer { xmlFreeDoc(document) }
                return body(document)
            }
        }
    }
}

/// libxml2 parse-only entry points for the parse baseline in `Benchmarks/`.
public enum HTMLParseProbe {
    /// Initialises libxml2 once, on the calling thread, before any worker parses.
    public static func initialize() {
        xmlInitParser()
    }

    /// Parses `utf8` with Gleaner's parser options and frees the document.
    public static func parseAndFree(_ utf8: [UInt8]) {
        _ = HTMLParser.withDocument(utf8) { _ in true }
    }
}
