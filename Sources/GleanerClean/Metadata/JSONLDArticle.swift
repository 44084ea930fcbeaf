import Foundation

/// The article fields of a page's JSON-LD (`<script type="application/ld+json">`): the first
/// object of an article-like `@type` (Article, NewsArticle, BlogPosting, …), searched through
/// arrays and `@graph`. Other objects (WebPage, Organization) only give fallbacks. Strings come
/// out with HTML character references decoded, as sites often escape them.
struct JSONLDArticle {
    var headline: String?
    var articleBody: String?
    var authors: [String] = []
    var datePublished: String?
    var dateModified: String?
    var publisher: String?

    init(scripts: [String]) {
        var articles: [[String: Any]] = []
        var others: [[String: Any]] = []
        var roots: [Any] = []
        for script in scripts {
            guard let data = script.data(using: .utf8),
                let root = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            roots.append(root)
            Self.collect(root, articles: &articles, others: &others, depth: 0)
        }
        // Authors given as references (`"author": {"@id": "…#/schema/person/…"}`) are resolved
        // against the named objects of all the scripts.
        var named: [String: String] = [:]
        for root in roots { Self.indexNames(root, into: &named, depth: 0) }
        for object in articles + others {
            headline = headline ?? Self.string(object["headline"])
            articleBody = articleBody ?? Self.string(object["articleBody"])
            datePublished = datePublished ?? Self.string(object["datePublished"])
            dateModified = dateModified ?? Self.string(object["dateModified"])
            if authors.isEmpty { authors = Self.names(object["author"], named: named) }
            if publisher == nil, let org = object["publisher"] as? [String: Any] {
                publisher = Self.string(org["name"])
            }
        }
    }

    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "techarticle", "scholarlyarticle", "socialmediaposting", "liveblogposting", "review", "backgroundnewsarticle",
        "howto", "posting", "reviewnewsarticle",
    ]

    private static func collect(
        _ value: Any, articles: inout [[String: Any]], others: inout [[String: Any]], depth: Int
    ) {
        guard depth < 6 else { return }
        if let array = value as? [Any] {
            for item in array { collect(item, articles: &articles, others: &others, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            let types: [String]
            if let type = object["@type"] as? String {
                types = [type]
            } else {
                types = (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
            }
            if types.contains(where: { articleTypes.contains($0.lowercased()) }) {
                articles.append(object)
            } else if types.contains(where: { ["webpage", "itempage"].contains($0.lowercased()) }) {
                others.append(object)
            }
            if let graph = object["@graph"] { collect(graph, articles: &articles, others: &others, depth: depth + 1) }
            if let main = object["mainEntity"] { collect(main, articles: &articles, others: &others, depth: depth + 1) }
        }
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let collapsed = UnicodeText.collapsingWhitespace(HTMLEntities.decode(text))
            return collapsed.isEmpty ? nil : collapsed
        }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// schema.org types of an organisation or a site: such an "author" is the publisher, not
    /// a writer (`"author": {"@type": "Organization", "name": "Acme"}`).
    static let organisationTypes: Set<String> = [
        "organization", "corporation", "newsmediaorganization", "website", "webpage", "brand", "localbusiness",
        "educationalorganization", "governmentorganization", "ngo", "onlinebusiness", "onlinestore",
        "medicalorganization", "project", "researchorganization", "store",
    ]

    private static func types(_ object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        return (object["@type"] as? [Any])?.compactMap { ($0 as? String)?.lowercased() } ?? []
    }

    /// Whether a JSON-LD object is typed as an organisation and not also as a person.
    static func isOrganisation(_ object: [String: Any]) -> Bool {
        let types = types(object)
        return !types.contains("person") && types.contains(where: organisationTypes.contains)
    }

    private static func names(_ value: Any?, named: [String: String]) -> [String] {
        if value is String { return string(value).map { [$0] } ?? [] }
        if let object = value as? [String: Any] {
            guard !isOrganisation(object) else { return [] }
            if let name = string(object["name"]) { return [name] }
            if let id = object["@id"] as? String, let name = named[id] { return [name] }
            return []
        }
        if let array = value as? [Any] { return array.flatMap { names($0, named: named) } }
        return []
    }

    /// `@id` → `name` of every object that has both, through arrays and `@graph`.
    private static func indexNames(_ value: Any, into named: inout [String: String], depth: Int) {
        guard depth < 6 else { return }
        if let array = value as? [Any] {
            for item in array { indexNames(item, into: &named, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            if let id = object["@id"] as? String, !isOrganisation(object), let name = string(object["name"]),
                named[id] == nil
            {
                named[id] = name
            }
            if let graph = object["@graph"] { indexNames(graph, into: &named, depth: depth + 1) }
        }
    }
}
