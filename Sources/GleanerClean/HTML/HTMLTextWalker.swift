import CLibXML2
import GleanerCore

/// One pass over a parsed page: collects paragraphs, head metadata and the first `<h1>`.
/// Lives only inside `HTMLParser.withDocument`, so it never outlives the document.
struct HTMLTextWalker {
    var builder = ParagraphBuilder()
    var metadata = ArticleMeta()
    var firstHeading: String?
    var boilerplateRemoved = 0
    private var titleElementText: String?
    private var openGraphTitle: String?

    /// What the walk does at an element before looking at its children.
    private enum Visit {
        case skip
        case leaf
        case descend
    }

    mutating func walk(_ document: htmlDocPtr) {
        let documentNode = UnsafeMutableRawPointer(document)
        var node = document.pointee.children
        while let current = node {
            let visit = enter(current)
            if visit == .descend, let child = current.pointee.children {
                node = child
                continue
            }
            if visit == .leaf { leave(current) }
            var cursor = current
            node = nil
            while true {
                if let next = cursor.pointee.next {
                    node = next
                    break
                }
                guard let parent = cursor.pointee.parent, UnsafeMutableRawPointer(parent) != documentNode
                else { break }
                leave(parent)
                cursor = parent
            }
        }
        metadata.title = openGraphTitle ?? titleElementText
    }

    private mutating func enter(_ node: xmlNodePtr) -> Visit {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { appendText(content) }
            return .leaf
        case XML_ELEMENT_NODE:
            break
        default:
            return .skip
        }
        guard let name = node.pointee.name else { return .skip }
        let role = TagRole.of(name)
        switch role {
        case .drop:
            return .skip
        case .boilerplate:
            boilerplateRemoved += 1
            return .skip
        case .head:
            readHead(node)
            return .skip
        default:
            break
        }
        if isHidden(node) {
            boilerplateRemoved += 1
            return .skip
        }
        switch role {
        case .lineBreak:
            builder.appendLineBreak()
            return .skip
        case .block, .heading:
            builder.endParagraph()
            if isHTMLElement(name) { readLanguage(node) }
            // Remember the role for `leave` in the node's application field (the document is
            // ours and freed after the walk), so the tag name is looked up once per element.
            node.pointee._private = UnsafeMutableRawPointer(
                bitPattern: role == .block ? Self.blockMark : Self.headingMark)
        default:
            break
        }
        return .descend
    }

    private static let blockMark = 1
    private static let headingMark = 2

    private mutating func leave(_ node: xmlNodePtr) {
        switch Int(bitPattern: node.pointee._private) {
        case Self.blockMark:
            builder.endParagraph()
        case Self.headingMark:
            let text = builder.endParagraph(returningText: firstHeading == nil)
            if firstHeading == nil { firstHeading = text }
        default:
            break
        }
    }

    private mutating func appendText(_ content: UnsafeMutablePointer<xmlChar>) {
        let length = Int(xmlStrlen(content))
        builder.append(UnsafeBufferPointer(start: content, count: length))
    }

    // MARK: Hidden elements

    private func isHidden(_ node: xmlNodePtr) -> Bool {
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let name = current.pointee.name else { continue }
            if equals(name, "hidden") { return true }
            if equals(name, "aria-hidden") {
                if attributeValue(current)?.lowercased() == "true" { return true }
            } else if equals(name, "style"), let style = attributeValue(current) {
                let compact = style.lowercased().filter { !$0.isWhitespace }
                if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
            }
        }
        return false
    }

    // MARK: Metadata

    private mutating func readLanguage(_ node: xmlNodePtr) {
        guard metadata.language == nil, let lang = property(node, "lang") else { return }
        let trimmed = UnicodeText.collapsingWhitespace(lang)
        if !trimmed.isEmpty { metadata.language = trimmed }
    }

    /// Reads `<title>`, `<meta>` and `<link>` inside `<head>` (iteratively, children only two deep).
    private mutating func readHead(_ head: xmlNodePtr) {
        var child = head.pointee.children
        while let node = child {
            defer { child = node.pointee.next }
            guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { continue }
            if equals(name, "title") {
                if titleElementText == nil { titleElementText = nonEmpty(textContent(node)) }
            } else if equals(name, "meta") {
                readMeta(node)
            } else if equals(name, "link") {
                if property(node, "rel")?.lowercased() == "canonical", let href = property(node, "href") {
                    metadata.url = nonEmpty(href)
                }
            }
        }
    }

    private mutating func readMeta(_ node: xmlNodePtr) {
        guard let key = (property(node, "property") ?? property(node, "name"))?.lowercased(),
            let content = property(node, "content").flatMap(nonEmpty)
        else { return }
        switch key {
        case "og:title": if openGraphTitle == nil { openGraphTitle = content }
        case "og:site_name": if metadata.site == nil { metadata.site = content }
        case "og:url": if metadata.url == nil { metadata.url = content }
        default: break
        }
    }

    private func nonEmpty(_ text: String) -> String? {
        let collapsed = UnicodeText.collapsingWhitespace(text)
        return collapsed.isEmpty ? nil : collapsed
    }

    // MARK: libxml2 helpers

    private func isHTMLElement(_ name: UnsafePointer<xmlChar>) -> Bool { equals(name, "html") }

    private func equals(_ name: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        let bytes = literal.utf8Start
        for index in 0..<count where (name[index] | 0x20) != bytes[index] { return false }
        return name[count] == 0
    }

    private func property(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { clibxml2_free(value) }
        return String(cString: value)
    }

    private func attributeValue(_ attribute: xmlAttrPtr) -> String? {
        guard let text = attribute.pointee.children, let content = text.pointee.content else { return nil }
        return String(cString: content)
    }

    private func textContent(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { clibxml2_free(content) }
        return String(cString: content)
    }
}
