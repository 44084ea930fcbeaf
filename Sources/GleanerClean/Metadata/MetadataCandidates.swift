import CLibXML2

/// Raw metadata values found during the page walk, before any choice is made: `<head>` tags,
/// JSON-LD scripts, `<time datetime>`, `rel=author` and `itemprop` values, `<html lang>`.
struct MetadataCandidates {
    var titleElement: String?
    /// `<meta>` values by lowercased `property`/`name`/`itemprop` key (first value wins).
    var metaTags: [String: String] = [:]
    var canonical: String?
    var jsonLD: [String] = []
    var htmlLanguage: String?
    var timeDatetime: String?
    /// The first `<time datetime>` among the first text blocks after the first `<h1>`, where the
    /// article's own date sits (teaser lists above the headline have theirs too).
    var timeNearTitle: String?
    var itempropDate: String?
    var authorNodes: [String] = []
    /// The number of text blocks before the first `<h1>`: where the headline starts.
    var titleBlock: Int?
    /// Short texts of author-marked elements ("author", "byline", "post-meta" classes) among the
    /// first text blocks after the first `<h1>`, where a byline sits.
    var markedBylines: [String] = []
    /// How many text blocks after the `<h1>` a byline may start.
    static let bylineBlocksAfterTitle = 6

    /// Keys of `<meta>` tags worth keeping.
    private static let metaKeys: Set<String> = [
        "og:title", "og:site_name", "og:url", "og:locale", "twitter:title", "author", "article:author",
        "article:published_time", "og:published_time", "published_time", "datepublished", "date", "pubdate",
        "publishdate", "publish-date", "publish_date", "parsely-pub-date", "parsely-author", "sailthru.date",
        "sailthru.author", "dc.date", "dc.date.issued", "dc.creator", "dcterms.created", "dcterms.date",
        "article.published", "citation_publication_date", "citation_author", "byl", "application-name",
        "content-language", "language", "og:article:published_time", "og:article:author", "release_date",
        "datecreated", "created", "twitter:label1", "twitter:data1", "twitter:label2", "twitter:data2",
        "article:modified_time", "og:updated_time",
        "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "modified_time",
    ]

    mutating func readHead(_ head: xmlNodePtr) {
        var child = head.pointee.children
        while let node = child {
            defer { child = node.pointee.next }
            guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { continue }
            if NodeAttributes.nameEquals(name, "title") {
                if titleElement == nil { titleElement = nonEmpty(NodeAttributes.textContent(node)) }
            } else if NodeAttributes.nameEquals(name, "meta") {
                readMeta(node)
            } else if NodeAttributes.nameEquals(name, "link") {
                if property(node, "rel")?.lowercased() == "canonical", let href = property(node, "href") {
                    canonical = canonical ?? nonEmpty(href)
                }
            } else if NodeAttributes.nameEquals(name, "script") {
                readScript(node)
            }
        }
    }

    /// Reads a `<meta>` anywhere on the page (some sites put them in the body).
    mutating func readMeta(_ node: xmlNodePtr) {
        if let equiv = property(node, "http-equiv")?.lowercased(), equiv == "content-language",
            let content = property(node, "content")
        {
            metaTags["content-language"] = metaTags["content-language"] ?? content
            return
        }
        guard
            let key = (property(node, "property") ?? property(node, "name") ?? property(node, "itemprop"))?
                .lowercased(), Self.metaKeys.contains(key) || key.contains("publish"),
            let content = property(node, "content").flatMap(nonEmpty)
        else { return }
        if metaTags[key] == nil { metaTags[key] = content }
    }

    /// Records the text of an author-marked element when it is short enough to be a byline.
    mutating func addMarkedByline(_ node: xmlNodePtr) {
        guard Self.textBytes(node, upTo: 160) <= 160 else { return }
        let text = NodeAttributes.textContent(node)
        guard text.utf8.count <= 80, let collapsed = nonEmpty(text) else { return }
        markedBylines.append(collapsed)
    }

    /// The bytes of text under `node`, counted until they pass `limit` (a large container stops
    /// the count early instead of being copied out whole).
    static func textBytes(_ node: xmlNodePtr, upTo limit: Int) -> Int {
        var total = 0
        var stack: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child ?? stack.popLast() {
            if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                total += Int(xmlStrlen(content))
                if total > limit { return total }
            }
            if let next = current.pointee.next { stack.append(next) }
            child = current.pointee.type == XML_ELEMENT_NODE ? current.pointee.children : nil
        }
        return total
    }

    mutating func readScript(_ node: xmlNodePtr) {
        guard let type = property(node, "type")?.lowercased(), type.contains("ld+json") else { return }
        let text = NodeAttributes.textContent(node)
        if !text.isEmpty { jsonLD.append(text) }
    }

    private func nonEmpty(_ text: String) -> String? {
        let collapsed = UnicodeText.collapsingWhitespace(text)
        return collapsed.isEmpty ? nil : collapsed
    }

    private func property(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { clibxml2_free(value) }
        return String(cString: value)
    }
}
