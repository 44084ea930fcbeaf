import Foundation

/// Chooses the article title and removes the site suffix or prefix ("Story | Site", "Site - Story").
enum TitleCleaner {
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " // ", " ~ ", " • "]

    /// The title: an `<h1>` that a title tag confirms (its text inside `og:title`, the JSON-LD
    /// headline or `<title>`, also after a section label or with characters the page lost), else
    /// one of the first `<h2>`…`<h6>` (`subheadings`) equal to a title tag, else the page's only
    /// `<h1>`, else a title tag without the site part.
    static func title(
        headings: [String], subheadings: [String] = [], openGraph: String?, headline: String?, titleElement: String?,
        site: String?
    ) -> String? {
        let candidates = [openGraph, headline, titleElement].compactMap { $0 }
        let keys = candidates.map(normalized)
        let strippedKeys = Set(
            [openGraph, titleElement].compactMap { $0.map { normalized(stripSite($0, site: site)) } })
        let siteKeys = Set(([site].compactMap { $0 } + (titleElement.map(siteParts) ?? [])).map(normalized))
        let usable = headings.prefix(5).filter { !$0.isEmpty && $0.count <= 300 }
        // An `<h1>` equal to a title tag, else one inside a title tag that is not the site's name.
        // A heading with a separator loses its subtitle or site part, as a title tag does.
        for heading in usable where keys.contains(normalized(heading)) || strippedKeys.contains(normalized(heading)) {
            return stripSite(heading, site: site)
        }
        // An `<h1>` whose characters the site's encoding lost ("Beginner? Guide" for "Beginner's
        // Guide"): the title tag it was written from.
        for heading in usable where heading.dropLast().contains(where: { $0 == "?" || $0 == "\u{FFFD}" }) {
            for tag in [openGraph, titleElement].compactMap({ $0 }) {
                let story = stripSite(tag, site: site)
                if isDamagedCopy(Array(heading), of: Array(story)) { return story }
            }
        }
        // An `<h1>` that opens with a section label ("Blog: Story", "Opinion: Story") whose story
        // part is a title tag: the story part.
        for heading in usable {
            if let story = withoutLabel(heading), strippedKeys.contains(normalized(story)) { return story }
        }
        // A word or two inside a title tag ("Discord", "Planning") is a section or a card, not the title.
        for heading in usable where heading.split(separator: " ").count >= 3 {
            let key = normalized(heading)
            if !key.isEmpty, !siteKeys.contains(key), keys.contains(where: { $0.contains(key) }) {
                return stripSite(heading, site: site)
            }
        }
        // An `<h1>` that holds the headline and the site's name run together ("Story" + a
        // masthead link "Site"): the title tag's story part.
        for heading in usable {
            let key = normalized(heading)
            for tag in [openGraph, titleElement].compactMap({ $0 }) {
                let story = stripSite(tag, site: site)
                let storyKey = normalized(story)
                guard storyKey.count >= 10, key.count > storyKey.count, key.hasPrefix(storyKey) else { continue }
                if siteKeys.contains(String(key.dropFirst(storyKey.count))) { return story }
            }
        }
        // No `<h1>` is confirmed: one of the first `<h2>`…`<h6>` that a title tag names (a post
        // title under a masthead `<h1>`, or above an `<h1>` of the article's own sections).
        for heading in subheadings where heading.split(separator: " ").count >= 3 && heading.count <= 300 {
            let key = normalized(heading)
            if keys.contains(key) || strippedKeys.contains(key) { return stripSite(heading, site: site) }
        }
        if headings.count == 1, let only = usable.first {
            // A lone `<h1>` that is the site's name or a blog's masthead ("Jan's Blog") is not the title.
            let isMasthead = only.lowercased().split(separator: " ").last == "blog"
            if !siteKeys.contains(normalized(only)), !isMasthead { return stripSite(only, site: site) }
        }
        if let titleElement { return stripSite(titleElement, site: site) }
        if let openGraph { return stripSite(openGraph, site: site) }
        if let headline { return headline }
        return headings.first
    }

    /// The text after a leading label of one or two words and a colon ("Blog: Story" → "Story").
    static func withoutLabel(_ heading: String) -> String? {
        guard let colon = heading.range(of: ": ") else { return nil }
        let label = heading[..<colon.lowerBound]
        let story = heading[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        guard (1...2).contains(label.split(separator: " ").count), story.split(separator: " ").count >= 3 else {
            return nil
        }
        return story
    }

    /// Whether `damaged` is `original` with some characters replaced by "?" or U+FFFD, each
    /// standing for one to three characters (a curly quote and the letter after it, say).
    static func isDamagedCopy(_ damaged: [Character], of original: [Character]) -> Bool {
        guard damaged != original, abs(damaged.count - original.count) <= 2 * damaged.count / 10 + 2 else {
            return false
        }
        // matches[j]: damaged[..<i] can stand for original[..<j]; filled one row per i.
        var matches = [Bool](repeating: false, count: original.count + 1)
        matches[0] = true
        for character in damaged {
            var next = [Bool](repeating: false, count: original.count + 1)
            for j in 0..<original.count where matches[j] {
                if character == "?" || character == "\u{FFFD}" {
                    for width in 1...3 where j + width <= original.count { next[j + width] = true }
                } else if character == original[j] {
                    next[j + 1] = true
                }
            }
            matches = next
        }
        return matches[original.count]
    }

    /// The parts of a title after its first separator ("Site" of "Story | Site"), where a site
    /// name usually is.
    static func siteParts(_ title: String) -> [String] {
        for separator in separators where title.contains(separator) {
            return Array(title.components(separatedBy: separator).dropFirst())
        }
        return []
    }

    /// Drops the part of a title that names the site: a part equal to the site name, else the
    /// shorter end part when the title has a separator.
    static func stripSite(_ title: String, site: String?) -> String {
        // "Site: Story", the site's name as a label.
        if let site, let colon = title.range(of: ": "),
            normalized(String(title[..<colon.lowerBound])) == normalized(site)
        {
            let story = title[colon.upperBound...].trimmingCharacters(in: .whitespaces)
            if !story.isEmpty { return story }
        }
        for separator in separators where title.contains(separator) {
            var parts = title.components(separatedBy: separator)
            if let site {
                let key = normalized(site)
                parts.removeAll { normalized($0) == key || key.hasPrefix(normalized($0)) && normalized($0).count > 3 }
                if parts.count == 1 { return parts[0] }
                if parts.isEmpty { return title }
            }
            guard parts.count >= 2 else { return title }
            // "Story | Section | Site": the story comes first, unless the first part is a lone
            // word ("Opinion - Story") and a later part is clearly longer.
            let longest = parts.indices.max { parts[$0].count < parts[$1].count } ?? 0
            let firstWords = parts[0].split(separator: " ").count
            return firstWords >= 2 || longest == 0 ? parts[0] : parts[longest]
        }
        return title
    }

    private static func normalized(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
