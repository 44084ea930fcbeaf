import CLibXML2

/// The one walk over a parsed page: records every element (kind, boilerplate marks, text totals)
/// and every paragraph-level block of text, and collects metadata candidates. Lives only inside
/// `HTMLParser.withDocument`, so no libxml2 pointer outlives the document.
struct PageWalker {
    var builder = ParagraphBuilder()
    var elements: [PageElement] = []
    var blocks: [PageBlock] = []
    var metadata = MetadataCandidates()
    private var classDecisions = ClassDecisionCache()
    private var current: Int32 = -1
    private var blockOwners: [Int32] = []
    private var linkDepth = 0
    private var pendingLinkBytes = 0

    private enum Visit {
        case skip
        case leaf
        case descend
    }

    init() {
        elements.reserveCapacity(2048)
        blocks.reserveCapacity(512)
    }

    mutating func walk(_ document: htmlDocPtr) {
        var node = document.pointee.children
        while let currentNode = node {
            let visit = enter(currentNode)
            if visit == .descend, let child = currentNode.pointee.children {
                node = child
                continue
            }
            if visit != .skip { leave(currentNode) }
            node = DocumentOrder.nodeAfterSubtree(of: currentNode, in: document) { leave($0) }
        }
        flushBlock()
    }

    // MARK: Entering and leaving

    private mutating func enter(_ node: xmlNodePtr) -> Visit {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { appendText(content) }
            return .skip
        case XML_ELEMENT_NODE:
            break
        default:
            return .skip
        }
        guard let name = node.pointee.name else { return .skip }
        let role = TagRole.of(name)
        let isButton = NodeAttributes.nameEquals(name, "button")
        switch role {
        case .drop where !isButton:
            if NodeAttributes.nameEquals(name, "script") {
                metadata.readScript(node)
            } else if NodeAttributes.nameEquals(name, "meta") {
                metadata.readMeta(node)
            }
            return .skip
        case .head:
            metadata.readHead(node)
            return .skip
        case .lineBreak:
            // In a paragraph, <br> is a line break; elsewhere (table cells and divs of old
            // layouts) it separates blocks, so each line is judged on its own.
            if let owner = blockOwners.last, elements[Int(owner)].kind == .paragraph {
                builder.appendLineBreak()
            } else {
                flushBlock()
            }
            return .skip
        default:
            break
        }
        let attributes = NodeAttributes(node, cache: &classDecisions)
        let kind = Self.kind(name, role: role)
        // Hidden elements and buttons are marked, not skipped: broken markup sometimes nests the
        // whole article inside them, and the selector un-marks an element that holds most text.
        var prune: DropReason? = role == .boilerplate ? .chromeTag : nil
        if attributes.hidden {
            prune = .hidden
        } else if isButton {
            prune = .utility
        } else if prune == nil, NodeAttributes.nameEquals(name, "figcaption") {
            prune = .caption
        }
        if prune == nil, kind != .body, kind != .main, kind != .article, !attributes.articleBodyClass,
            attributes.itemprop != .articleBody
        {
            prune = attributes.boilerplateReason
            // A byline's marked name ("By <span class="author">…") keeps its mark.
            if prune != .authorMeta, isInRunningText(role) { prune = nil }
        }
        var marker: UInt8 = 0
        if attributes.itemprop == .articleBody {
            marker = 3
        } else if attributes.articleBodyClass {
            marker = 2
        } else if kind == .article {
            marker = 1
        }
        if kind == .body || NodeAttributes.nameEquals(name, "html") {
            if let lang = attributes.lang { metadata.htmlLanguage = metadata.htmlLanguage ?? lang }
        }
        if let datetime = attributes.datetime {
            if metadata.timeDatetime == nil { metadata.timeDatetime = datetime }
            if metadata.timeNearTitle == nil, let title = metadata.titleBlock,
                blocks.count - title <= MetadataCandidates.bylineBlocksAfterTitle
            {
                metadata.timeNearTitle = datetime
            }
        }
        if attributes.itemprop == .datePublished, let value = attributes.content ?? attributes.datetime {
            metadata.itempropDate = metadata.itempropDate ?? value
        }
        if kind == .title, metadata.titleBlock == nil { metadata.titleBlock = blocks.count }
        if prune == .authorMeta, let title = metadata.titleBlock,
            blocks.count - title <= MetadataCandidates.bylineBlocksAfterTitle
        {
            metadata.addMarkedByline(node)
        }
        if attributes.relAuthor || attributes.itemprop == .author || (kind == .link && attributes.authorLink),
            !isInsideAside()
        {
            let text = NodeAttributes.textContent(node)
            if !text.isEmpty { metadata.authorNodes.append(text) }
        }
        let index = Int32(elements.count)
        elements.append(
            PageElement(
                parent: current, end: index, kind: kind, prune: prune, marker: marker, classHash: attributes.classHash))
        current = index
        node.pointee._private = UnsafeMutableRawPointer(bitPattern: Int(index) + 1)
        // A marked inline element (a "skip to content" link, a share button) becomes its own block,
        // so its mark applies to its text.
        if role == .block || role == .heading || prune != nil {
            flushBlock()
            blockOwners.append(index)
        }
        if kind == .link { linkDepth += 1 }
        return .descend
    }

    private mutating func leave(_ node: xmlNodePtr) {
        let mark = Int(bitPattern: node.pointee._private)
        guard mark > 0 else { return }
        let index = Int32(mark - 1)
        if let owner = blockOwners.last, owner == index {
            flushBlock()
            blockOwners.removeLast()
        }
        let element = elements[Int(index)]
        if element.kind == .link { linkDepth -= 1 }
        elements[Int(index)].end = Int32(elements.count - 1)
        if element.parent >= 0 {
            elements[Int(element.parent)].bytes += element.bytes
            elements[Int(element.parent)].linkBytes += element.linkBytes
        }
        current = element.parent
    }

    private mutating func appendText(_ content: UnsafeMutablePointer<xmlChar>) {
        let length = Int(xmlStrlen(content))
        let before = builder.text.count
        builder.append(UnsafeBufferPointer(start: content, count: length))
        if linkDepth > 0 { pendingLinkBytes += builder.text.count - before }
    }

    /// Whether the element being entered sits inside a menu, a comment thread or a caption: an
    /// author link there names a menu entry, a commenter or a quoted person, not the article's
    /// author. Climbs the open elements only for author links, which are few.
    private func isInsideAside() -> Bool {
        var index = current
        while index >= 0 {
            let element = elements[Int(index)]
            switch element.prune {
            case .navigation, .comments, .caption: return true
            default: index = element.parent
            }
        }
        return false
    }

    /// Whether an inline element stands inside a paragraph's running text, after some of it: a
    /// keyword or search link in a sentence ("ボルノ（<a class="searchLink">Borno</a>）州"), whose
    /// class marks are ignored so that the sentence stays whole.
    private func isInRunningText(_ role: TagRole) -> Bool {
        guard role == .inline, let owner = blockOwners.last else { return false }
        return elements[Int(owner)].kind == .paragraph && !builder.currentIsEmpty
    }

    /// Ends the open paragraph and records it as a block of the innermost open block element.
    private mutating func flushBlock() {
        defer { pendingLinkBytes = 0 }
        guard let range = builder.endParagraph() else { return }
        let owner = blockOwners.last ?? max(current, 0)
        guard !elements.isEmpty else { return }
        let links = Int32(min(pendingLinkBytes, range.count))
        blocks.append(PageBlock(range: range, element: owner, linkBytes: links))
        elements[Int(owner)].bytes += Int32(range.count)
        elements[Int(owner)].linkBytes += links
    }

    private static func kind(_ name: UnsafePointer<xmlChar>, role: TagRole) -> ElementKind {
        let first = name[0] | 0x20
        let second = name[1] == 0 ? 0 : name[1] | 0x20
        switch (first, second) {
        case (0x70, 0): return .paragraph  // p
        case (0x61, 0): return .link  // a
        case (0x68, 0x31): return name[2] == 0 ? .title : .other  // h1
        case (0x68, _) where second >= 0x32 && second <= 0x36 && name[2] == 0: return .heading
        case (0x6C, 0x69) where name[2] == 0: return .listItem  // li
        case (0x75, 0x6C) where name[2] == 0, (0x6F, 0x6C) where name[2] == 0, (0x64, 0x6C) where name[2] == 0:
            return .list
        case (0x74, 0x64) where name[2] == 0, (0x74, 0x68) where name[2] == 0: return .cell
        default: break
        }
        if NodeAttributes.nameEquals(name, "blockquote") { return .quote }
        if NodeAttributes.nameEquals(name, "pre") { return .preformatted }
        if NodeAttributes.nameEquals(name, "article") { return .article }
        if NodeAttributes.nameEquals(name, "main") { return .main }
        if NodeAttributes.nameEquals(name, "body") { return .body }
        if NodeAttributes.nameEquals(name, "table") { return .table }
        return role == .block ? .container : .other
    }
}
