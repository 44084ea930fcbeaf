/// Class and id tokens that mark non-article blocks, matched on the raw attribute bytes (no
/// `String` per element).
///
/// A class or id value is split at spaces into words. Inside a word, `-` and `_` separate parts:
/// "anywhere" patterns match inside the word with the separators removed ("related-posts" →
/// "relatedposts" contains "related"); "exact" and "prefix" patterns match one part ("ad-slot"
/// has the part "ad"), so "address" or "adventure" never look like ads.
enum BoilerplateVocabulary {
    enum Mode {
        case exact
        case prefix
        case anywhere
        /// The whole word, separators removed ("sr-only"), so "tag-fitness" or
        /// "category-news" (WordPress post classes) never match.
        case word
    }

    struct Pattern {
        let bytes: [UInt8]
        let mode: Mode
        let reason: DropReason
    }

    private static func entries(_ reason: DropReason, _ mode: Mode, _ words: [String]) -> [Pattern] {
        words.map { Pattern(bytes: Array($0.utf8), mode: mode, reason: reason) }
    }

    static let patterns: [Pattern] =
        entries(
            .navigation, .anywhere,
            ["breadcrumb", "navbar", "navigation", "pagination", "megamenu", "skiplink", "skipto"])
        + entries(.navigation, .exact, ["menu", "menus", "submenu", "toc", "pager", "crumbs", "topbar"])
        + entries(.navigation, .prefix, ["nav", "menubar", "menuitem", "mainmenu"])
        + entries(.consent, .anywhere, ["cookie", "consent", "gdpr", "popup", "modal", "lightbox"])
        + entries(.newsletter, .anywhere, ["newsletter", "subscribe", "subscription", "signup", "optin", "mailchimp"])
        // Not "paywall": metered sites put it on the gated paragraphs of the story itself
        // (`<p class="paywall">`); their prompts carry other marks ("cta", "modal", "subscribe").
        + entries(.appeal, .anywhere, ["donate", "donation", "membership", "supportus"])
        + entries(.share, .anywhere, ["share", "social", "sharing", "addtoany", "addthis", "followus"])
        + entries(.share, .exact, ["facebook", "twitter", "linkedin", "whatsapp", "pinterest", "print", "email"])
        + entries(.comments, .anywhere, ["comment", "disqus", "respond", "replies"])
        + entries(
            .related, .anywhere,
            [
                "related", "recommend", "trending", "popular", "morestories", "readmore", "readnext", "upnext",
                "outbrain",
                "taboola", "yarpp", "moreposts", "otherposts", "mostread", "latestposts", "latestnews",
            ])
        + entries(.related, .exact, ["more", "also", "next", "prev", "previous", "recent"])
        + entries(.advertising, .anywhere, ["advert", "sponsor", "promo", "banner", "adslot", "adunit", "adsense"])
        + entries(.advertising, .exact, ["ad", "ads", "adv", "dfp", "cta", "affiliate"])
        + entries(.advertising, .prefix, ["ads"])
        + entries(
            .authorMeta, .anywhere,
            [
                "byline", "author", "postmeta", "entrymeta", "articlemeta", "dateline", "timestamp", "published",
                "posted", "readtime", "readingtime",
            ])
        + entries(.authorMeta, .exact, ["meta", "date", "time", "bio", "avatar", "profile"])
        + entries(.caption, .anywhere, ["caption", "credit"])
        + entries(
            .sidebar, .anywhere,
            ["sidebar", "widgetarea", "masthead", "footer", "header", "toolbar", "flyout", "offcanvas", "drawer"])
        + entries(.sidebar, .exact, ["rail", "sticky", "alert", "notice"])
        + entries(
            .utility, .anywhere,
            [
                "tagcloud", "taglist", "posttags", "entrytags", "categories", "login", "signin", "visuallyhidden",
                "screenreader",
            ])
        + entries(.utility, .word, ["tag", "tags", "category", "sronly", "srtext"])
        + entries(.utility, .prefix, ["search", "account", "rating", "survey", "feedback"])

    private static func table(_ modes: Set<String>) -> [[Pattern]] {
        var table = [[Pattern]](repeating: [], count: 256)
        for pattern in patterns where modes.contains("\(pattern.mode)") {
            table[Int(pattern.bytes[0])].append(pattern)
        }
        return table
    }

    private static let anywhereBuckets = table(["anywhere"])
    /// Whole-word patterns, first match per word kept (a short list: compared, not hashed).
    private static let wordPatterns: [(bytes: [UInt8], reason: DropReason)] = patterns.filter { $0.mode == .word }
        .reduce(into: []) { list, pattern in
            if !list.contains(where: { $0.bytes == pattern.bytes }) { list.append((pattern.bytes, pattern.reason)) }
        }
    private static let partBuckets = table(["exact", "prefix"])

    /// Words that never mark boilerplate even when a pattern is inside them.
    private static let safeWords: [[UInt8]] =
        ([
            "articlebody", "postbody", "entrycontent", "postcontent", "articlecontent", "storybody", "maincontent",
            "subheader", "subheading", "shareable", "commentary", "headerless", "noads", "hasads", "navy",
        ] as [String]).map { Array($0.utf8) }

    /// The reason a class or id value marks boilerplate, or `nil`.
    static func reason(_ value: UnsafePointer<UInt8>) -> DropReason? {
        var index = 0
        var word: [UInt8] = []
        var part: [UInt8] = []
        word.reserveCapacity(32)
        part.reserveCapacity(32)
        var partReason: DropReason?
        while true {
            let raw = value[index]
            let lower = raw | 0x20
            let isLetter = lower >= 0x61 && lower <= 0x7A
            let isDigit = raw >= 0x30 && raw <= 0x39
            if isLetter || isDigit {
                let byte = isLetter ? lower : raw
                word.append(byte)
                part.append(byte)
            } else {
                if partReason == nil, !part.isEmpty { partReason = matchPart(part) }
                part.removeAll(keepingCapacity: true)
                let endsWord = raw != UInt8(ascii: "-") && raw != UInt8(ascii: "_")
                if endsWord {
                    if !word.isEmpty, !safeWords.contains(word) {
                        if let reason = partReason ?? wordReason(word) ?? matchAnywhere(word) { return reason }
                    }
                    partReason = nil
                    word.removeAll(keepingCapacity: true)
                    if raw == 0 { return nil }
                }
            }
            index += 1
        }
    }

    private static func wordReason(_ word: [UInt8]) -> DropReason? {
        wordPatterns.first { $0.bytes == word }?.reason
    }

    private static func matchPart(_ part: [UInt8]) -> DropReason? {
        for pattern in partBuckets[Int(part[0])] {
            let length = pattern.bytes.count
            guard length <= part.count else { continue }
            if pattern.mode == .exact, length != part.count { continue }
            if part.starts(with: pattern.bytes) { return pattern.reason }
        }
        return nil
    }

    private static func matchAnywhere(_ word: [UInt8]) -> DropReason? {
        let count = word.count
        for start in 0..<count {
            for pattern in anywhereBuckets[Int(word[start])] {
                let length = pattern.bytes.count
                guard start + length <= count else { continue }
                var equal = true
                for offset in 1..<length where word[start + offset] != pattern.bytes[offset] {
                    equal = false
                    break
                }
                if equal { return pattern.reason }
            }
        }
        return nil
    }
}
