import CLibXML2

/// The attributes of one element that main-content extraction reads, found in one pass over the
/// element's attribute list. Class and id values are matched as bytes; only the few values kept
/// for metadata become strings.
struct NodeAttributes {
    enum ItemProp {
        case none
        case articleBody
        case datePublished
        case author
        case other
    }

    var hidden = false
    var itemprop = ItemProp.none
    var boilerplateReason: DropReason?
    var articleBodyClass = false
    var relAuthor = false
    /// An `href` to an author page (`/author/…`, `/authors/…`, `?author=…`).
    var authorLink = false
    var lang: String?
    var datetime: String?
    var content: String?
    /// FNV-1a hash of the `class` value (0 when there is none), so elements that share a class
    /// can share a decision.
    var classHash: UInt32 = 0

    /// Reads the attributes of `node`; class and id decisions come from, and go to, `cache`.
    init(_ node: xmlNodePtr, cache: inout ClassDecisionCache) {
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let name = current.pointee.name,
                let value = current.pointee.children?.pointee.content
            else {
                if let name = current.pointee.name, Self.nameEquals(name, "hidden") { hidden = true }
                continue
            }
            read(name: name, value: value, cache: &cache)
        }
    }

    private mutating func read(
        name: UnsafePointer<xmlChar>, value: UnsafeMutablePointer<xmlChar>, cache: inout ClassDecisionCache
    ) {
        switch name[0] | 0x20 {
        case 0x63 where Self.nameEquals(name, "class"), 0x69 where Self.nameEquals(name, "id"):  // class, id
            let isClass = name[0] | 0x20 == 0x63
            let (count, hash32, hash64) = Self.hashes(value)
            if isClass { classHash = hash32 == 0 ? 1 : hash32 }
            let decision = cache.decision(value, count: count, hash: hash64) {
                Self.isArticleBodyValue(value)
                    ? ClassDecisionCache.Decision(articleBody: true, reason: nil)
                    : ClassDecisionCache.Decision(articleBody: false, reason: BoilerplateVocabulary.reason(value))
            }
            if decision.articleBody {
                articleBodyClass = true
            } else if boilerplateReason == nil, isClass || !Self.isSlug(value) {
                boilerplateReason = decision.reason
            }
        case 0x72:  // role, rel
            if Self.nameEquals(name, "role") {
                if Self.isBoilerplateRole(value) { boilerplateReason = .ariaRole }
            } else if Self.nameEquals(name, "rel") {
                relAuthor = Self.valueEquals(value, "author")
            }
        case 0x69 where Self.nameEquals(name, "itemprop"):
            if Self.valueEquals(value, "articlebody") {
                itemprop = .articleBody
            } else if Self.valueEquals(value, "datepublished") {
                itemprop = .datePublished
            } else if Self.valueEquals(value, "author") {
                itemprop = .author
            } else {
                itemprop = .other
            }
        case 0x68 where Self.nameEquals(name, "hidden"):
            hidden = true
        case 0x68 where Self.nameEquals(name, "href"):
            authorLink = Self.isAuthorLink(value)
        case 0x61 where Self.nameEquals(name, "aria-hidden"):
            if Self.valueEquals(value, "true") { hidden = true }
        case 0x73 where Self.nameEquals(name, "style"):
            if Self.styleHides(value) { hidden = true }
        case 0x6C where Self.nameEquals(name, "lang"):
            lang = String(cString: value)
        case 0x64 where Self.nameEquals(name, "datetime"):
            datetime = String(cString: value)
        case 0x63 where Self.nameEquals(name, "content"):
            content = String(cString: value)
        default:
            break
        }
    }

    private static let boilerplateRoles: [StaticString] = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
        "alertdialog", "alert", "toolbar", "tablist", "form",
    ]

    private static func isBoilerplateRole(_ value: UnsafeMutablePointer<xmlChar>) -> Bool {
        boilerplateRoles.contains { valueEquals(value, $0) }
    }

    /// Class or id words that name the article body ("article-body", "entry-content", …).
    private static let bodyWords: Set<String> = [
        "articlebody", "article-body", "article__body", "article_body", "article-content", "article__content",
        "articlecontent", "entry-content", "entry__content", "post-content", "post__content", "postcontent",
        "post-body", "postbody", "post_body", "story-body", "storybody", "story-content", "content-body",
        "single-content", "blog-post-content", "article-text", "post-entry", "rich-text-article-body",
    ]

    /// The body words as bytes, for the ASCII path of `isArticleBodyValue`.
    private static let bodyWordBytes: [[UInt8]] = bodyWords.map { Array($0.utf8) }

    private static func isArticleBodyValue(_ value: UnsafeMutablePointer<xmlChar>) -> Bool {
        // Only values with a body-ish word can match; ASCII values are matched as bytes.
        var index = 0
        var hasMark = false
        var ascii = true
        while value[index] != 0 {
            let byte = value[index]
            if byte | 0x20 == 0x62 || byte | 0x20 == 0x63 { hasMark = true }  // 'b' (body) or 'c' (content)
            if byte >= 0x80 { ascii = false }
            index += 1
        }
        guard hasMark else { return false }
        guard ascii else {
            let words = String(cString: value).lowercased().split(separator: " ")
            return words.contains { bodyWords.contains(String($0)) }
        }
        // Words are separated by spaces only (as `split(separator: " ")` does).
        var start = 0
        while start < index {
            if value[start] == 0x20 {
                start += 1
                continue
            }
            var end = start
            while end < index, value[end] != 0x20 { end += 1 }
            if isBodyWord(value + start, count: end - start) { return true }
            start = end
        }
        return false
    }

    private static func isBodyWord(_ word: UnsafePointer<UInt8>, count: Int) -> Bool {
        bodyWordBytes.contains { candidate in
            candidate.count == count
                && (0..<count).allSatisfy { offset in
                    let byte = word[offset]
                    return (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == candidate[offset]
                }
        }
    }

    /// An id made from a heading's words ("menu-innovation-strategies-for-caterers",
    /// "toc_should-you-invest"): at least four parts and 20 bytes, no spaces. Such ids name a
    /// section of the article, so their words say nothing about boilerplate.
    static func isSlug(_ value: UnsafePointer<xmlChar>) -> Bool {
        var parts = 1
        var index = 0
        while value[index] != 0 {
            let byte = value[index]
            if byte == 0x20 { return false }
            if byte == 0x2D || byte == 0x5F { parts += 1 }
            index += 1
        }
        return parts >= 4 && index >= 20
    }

    /// An `href` holding "/author/", "/authors/" or "author=" (ASCII letters in any case).
    private static func isAuthorLink(_ value: UnsafeMutablePointer<xmlChar>) -> Bool {
        var index = 0
        while value[index] != 0 {
            defer { index += 1 }
            guard value[index] | 0x20 == 0x61, foldedPrefix(value + index + 1, "uthor") else { continue }
            let after = value + index + 6
            if after[0] == 0x3D { return true }  // "author="
            guard index > 0, value[index - 1] == 0x2F else { continue }  // "/author…"
            if after[0] == 0x2F || (after[0] | 0x20 == 0x73 && after[1] == 0x2F) { return true }
        }
        return false
    }

    /// Whether NUL-terminated `value`, ASCII letters lowercased, starts with the lowercase `literal`.
    private static func foldedPrefix(_ value: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
        let bytes = literal.utf8Start
        for offset in 0..<literal.utf8CodeUnitCount {
            let byte = value[offset]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != bytes[offset] { return false }
        }
        return true
    }

    private static func styleHides(_ value: UnsafeMutablePointer<xmlChar>) -> Bool {
        var compact: [UInt8] = []
        var index = 0
        while value[index] != 0 {
            let byte = value[index]
            if byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { compact.append(byte | 0x20) }
            index += 1
        }
        return contains(compact, "display:none") || contains(compact, "visibility:hidden")
    }

    private static func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard haystack.count >= count else { return false }
        let bytes = needle.utf8Start
        outer: for start in 0...(haystack.count - count) {
            for offset in 0..<count where haystack[start + offset] != bytes[offset] { continue outer }
            return true
        }
        return false
    }

    /// The length of `value`, its 32-bit FNV-1a hash (the class hash) and its 64-bit FNV-1a hash
    /// (the decision cache's key), in one pass.
    private static func hashes(_ value: UnsafeMutablePointer<xmlChar>) -> (Int, UInt32, UInt64) {
        var hash32: UInt32 = 2_166_136_261
        var hash64: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = 0
        while value[index] != 0 {
            hash32 = (hash32 ^ UInt32(value[index])) &* 16_777_619
            hash64 = (hash64 ^ UInt64(value[index])) &* 0x100_0000_01b3
            index += 1
        }
        return (index, hash32, hash64)
    }

    // MARK: Byte comparisons

    /// Whether a tag or attribute name equals `literal` (ASCII, case-insensitive).
    static func nameEquals(_ name: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        let bytes = literal.utf8Start
        for index in 0..<count where (name[index] | 0x20) != bytes[index] { return false }
        return name[count] == 0
    }

    /// Whether an attribute value equals `literal` (ASCII, case-insensitive, surrounding spaces ignored).
    static func valueEquals(_ value: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        var start = 0
        while value[start] == 0x20 { start += 1 }
        let count = literal.utf8CodeUnitCount
        let bytes = literal.utf8Start
        for index in 0..<count where (value[start + index] | 0x20) != bytes[index] { return false }
        var end = start + count
        while value[end] == 0x20 { end += 1 }
        return value[end] == 0
    }

    /// The text of `node` and its descendants, whitespace collapsed.
    static func textContent(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { clibxml2_free(content) }
        // On a page parsed with elided script bodies (`RawTextElision`), text holding a marker
        // is not the page's text: flag it, and the cleaner parses the whole page instead.
        if let markerRead = node.pointee.doc?.pointee._private, RawTextElision.containsMarker(content) {
            markerRead.storeBytes(of: true, as: Bool.self)
        }
        return UnicodeText.collapsingWhitespace(String(cString: content))
    }
}
