import Foundation
import GleanerCore

/// Chooses the article metadata from the candidates of a page walk. Values are only ever taken
/// from the page (tags, JSON-LD, bylines, the URL), never invented.
enum MetadataResolver {
    static func resolve(
        _ candidates: MetadataCandidates, jsonLD: JSONLDArticle, headings: [String], subheadings: [String] = [],
        bylines: [String],
        visibleDates: (first: String?, nearTitle: String?) = (nil, nil)
    ) -> ArticleMeta {
        var meta = ArticleMeta()
        let tags = candidates.metaTags
        meta.site = tags["og:site_name"] ?? jsonLD.publisher ?? tags["application-name"]
        // A canonical link that is not an absolute URL (some pages put text there) gives way to og:url.
        let urls = [candidates.canonical, tags["og:url"]].compactMap { $0 }
        meta.url = urls.first(where: isAbsoluteURL) ?? urls.first
        meta.title = TitleCleaner.title(
            headings: headings, subheadings: subheadings, openGraph: tags["og:title"] ?? tags["twitter:title"],
            headline: jsonLD.headline,
            titleElement: candidates.titleElement, site: meta.site)
        meta.language = languageTag(candidates.htmlLanguage ?? tags["content-language"] ?? tags["og:locale"])
        let declaredSources: [String?] = [
            jsonLD.datePublished, tags["article:published_time"], tags["og:article:published_time"],
            tags["og:published_time"], tags["published_time"], tags["datepublished"],
            tags["parsely-pub-date"], tags["sailthru.date"], tags["publish-date"], tags["publish_date"],
            tags["publishdate"], tags["pubdate"], tags["article.published"], tags["dc.date.issued"], tags["dc.date"],
            tags["dcterms.created"], tags["dcterms.date"], tags["citation_publication_date"], tags["date"],
            tags["release_date"],
        ]
        // Other `<meta>` keys that name publication ("published-date", "published_on").
        let otherPublished = tags.keys.filter { $0.contains("publish") }.sorted().map { tags[$0] }
        // Dates in the page body come after the `<head>`'s: a body holds teasers' dates too, so
        // microdata first, then a date next to the headline, then the first `<time>` anywhere.
        let bodySources: [String?] = [
            candidates.itempropDate, meta.url.flatMap(DateNormalizer.dateInURL), candidates.timeNearTitle,
            visibleDates.nearTitle, candidates.timeDatetime,
        ]
        let dateSources = declaredSources + otherPublished + bodySources
        // A modification date is the article's date only when nothing else gives one.
        let modified: [String?] = [
            jsonLD.dateModified, tags["article:modified_time"], tags["og:updated_time"], tags["datemodified"],
            tags["dc.date.modified"], tags["dcterms.modified"], tags["modified_time"], tags["last-modified"],
        ]
        let declared = dateSources.lazy.compactMap { $0.flatMap(DateNormalizer.isoDate) }.first
        let inURL = meta.url.flatMap(DateNormalizer.dateInURL)
        meta.published =
            declared.map { declared in
                // A declared timestamp a day off the URL's date was written in another time
                // zone (UTC for a US evening); the URL keeps the site's own day.
                guard let inURL, DateNormalizer.daysBetween(declared, inURL).map(abs) == 1 else { return declared }
                return inURL
            }
            ?? inURL ?? visibleDates.first
            ?? modified.lazy.compactMap { $0.flatMap(DateNormalizer.isoDate) }.first
        meta.authors = authors(candidates, jsonLD: jsonLD, bylines: bylines, site: meta)
        return meta
    }

    /// The authors: JSON-LD, then author `<meta>` tags, then the link-preview label, then author
    /// elements (`rel=author`, `itemprop=author`, author-page links) — the first two only, as
    /// teaser lists further down repeat the pattern for other stories — then bylines of two or
    /// more words, then a name alone in an author-marked block just after the `<h1>`. Roles,
    /// labels and the site's own name are not authors.
    static func authors(
        _ candidates: MetadataCandidates, jsonLD: JSONLDArticle, bylines: [String], site meta: ArticleMeta
    ) -> [String] {
        let tags = candidates.metaTags
        var authors = jsonLD.authors
        for key in [
            "author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "dc.creator",
            "citation_author", "byl",
        ] where authors.isEmpty {
            if let value = tags[key] { authors = [value] }
        }
        // Link previews: a `twitter:labelN` "Written by" labels `twitter:dataN`.
        for index in 1...2 where authors.isEmpty && tags["twitter:label\(index)"]?.lowercased() == "written by" {
            if let value = tags["twitter:data\(index)"] { authors = [value] }
        }
        let site = siteNames(site: meta.site, titleElement: candidates.titleElement, url: meta.url)
        var result = AuthorNormalizer.normalize(authors, site: site, declared: true)
        if result.isEmpty {
            result = AuthorNormalizer.normalize(Array(candidates.authorNodes.prefix(2)), site: site)
        }
        if result.isEmpty {
            // A lone word after "By" anywhere on the page is a menu or filter label ("Shop by
            // Brand", "By Modality") more often than a writer.
            result = AuthorNormalizer.normalize(bylines, site: site).filter { $0.contains(" ") }
        }
        if result.isEmpty {
            // A byline sits next to the headline: a name alone in an author-marked block among
            // the few blocks after the `<h1>` ("Jane Doe", "Jane Doe (Editor)", "May 4, 2025 · Jane Doe").
            let name = candidates.markedBylines.lazy.compactMap(nameInMarkedByline).first {
                !AuthorNormalizer.normalize([$0], site: site).isEmpty
            }
            if let name { result = [name] }
        }
        return result
    }

    /// The name in a marked byline text: its first piece that is not a date, without a role
    /// after a comma or in brackets.
    static func nameInMarkedByline(_ text: String) -> String? {
        let pieces = text.split(whereSeparator: { "•·⋅|(".contains($0) }).map(String.init)
        guard let piece = pieces.first(where: { DateNormalizer.isoDate($0) == nil }) else { return nil }
        return AuthorNormalizer.nameInByline(piece.split(separator: ",").first.map(String.init) ?? piece)
    }

    /// Whether a value is an absolute http(s) URL with a host.
    static func isAbsoluteURL(_ value: String) -> Bool {
        let lower = value.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        return !value.contains(" ") && URL(string: value)?.host != nil
    }

    /// Names of the site: its name, the parts of the `<title>` after the first separator, and the
    /// host name's labels ("jumpseller" of "www.jumpseller.com").
    static func siteNames(site: String?, titleElement: String?, url: String?) -> [String] {
        var names: [String] = []
        if let site { names.append(site) }
        if let titleElement { names += TitleCleaner.siteParts(titleElement) }
        if let url, let host = URL(string: url)?.host {
            names += host.split(separator: ".").dropLast().map(String.init).filter { $0 != "www" }
        }
        return names
    }

    /// A BCP 47 tag from an `lang` or locale value ("en_US" → "en-US"), or `nil` when it does not look like one.
    static func languageTag(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = UnicodeText.collapsingWhitespace(value).replacingOccurrences(of: "_", with: "-")
        guard let first = trimmed.split(separator: "-").first, (2...3).contains(first.count),
            first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        return trimmed
    }
}
