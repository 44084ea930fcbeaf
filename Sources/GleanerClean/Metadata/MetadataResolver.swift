import Foundation
import GleanerCore

/// Chooses the article metadata from the candidates of a page walk. Values are only ever taken
/// from the page (tags, JSON-LD, bylines, the URL), never invented.
enum MetadataResolver {
    static func resolve(
        _ candidates: MetadataCandidates, jsonLD: JSONLDArticle, headings: [String], bylines: [String],
        visibleDate: String? = nil
    ) -> ArticleMeta {
        var meta = ArticleMeta()
        let tags = candidates.metaTags
        meta.site = tags["og:site_name"] ?? jsonLD.publisher ?? tags["application-name"]
        meta.url = candidates.canonical ?? tags["og:url"]
        meta.title = TitleCleaner.title(
            headings: headings, openGraph: tags["og:title"] ?? tags["twitter:title"], headline: jsonLD.headline,
            titleElement: candidates.titleElement, site: meta.site)
        meta.language = languageTag(candidates.htmlLanguage ?? tags["content-language"] ?? tags["og:locale"])
        let dateSources: [String?] = [
            jsonLD.datePublished, tags["article:published_time"], tags["og:article:published_time"],
            tags["og:published_time"], tags["published_time"], tags["datepublished"], candidates.itempropDate,
            tags["parsely-pub-date"], tags["sailthru.date"], tags["publish-date"], tags["publish_date"],
            tags["publishdate"], tags["pubdate"], tags["article.published"], tags["dc.date.issued"], tags["dc.date"],
            tags["dcterms.created"], tags["dcterms.date"], tags["citation_publication_date"], tags["date"],
            tags["release_date"], candidates.timeDatetime,
        ]
        meta.published =
            dateSources.lazy.compactMap { $0.flatMap(DateNormalizer.isoDate) }.first
            ?? meta.url.flatMap(DateNormalizer.dateInURL) ?? visibleDate
        var authors = jsonLD.authors
        for key in [
            "author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "dc.creator",
            "citation_author", "byl",
        ] where authors.isEmpty {
            if let value = tags[key] { authors = [value] }
        }
        if authors.isEmpty { authors = candidates.authorNodes }
        if authors.isEmpty { authors = bylines }
        meta.authors = AuthorNormalizer.normalize(authors)
        return meta
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
