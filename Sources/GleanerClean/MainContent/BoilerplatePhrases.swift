/// Short texts that mark boilerplate whatever the markup says: section labels that start a
/// non-article tail ("Related stories", "Reader comments (3)") and phrases of appeals, prompts
/// and notices ("Sign up for our newsletter", "Donate securely here"). Matched on lowercased
/// text of short blocks only, so article paragraphs that merely mention such words are safe.
enum BoilerplatePhrases {
    /// A block this short or shorter can be a section label.
    static let labelMaximumLength = 48
    /// A block this short or shorter can be an appeal, prompt or notice.
    static let phraseMaximumLength = 260

    /// Labels of sections that are never article text; the label and what follows it in the
    /// container are dropped. Matched against the whole label without a trailing count or colon.
    static let sectionLabels: Set<String> = [
        "related", "related stories", "related articles", "related posts", "related content", "related news",
        "related coverage", "related reading", "more stories", "more news", "more from", "more articles",
        "read more", "read next", "you may also like", "you might also like", "recommended",
        "recommended for you", "recommended stories", "trending", "trending now", "most read", "most popular",
        "popular posts", "popular stories", "latest news", "latest stories", "latest posts", "recent posts",
        "reader comments", "comments", "leave a reply", "leave a comment", "join the conversation", "responses",
        "share this", "share this article", "share this story", "share this post", "share", "follow us",
        "about the author", "about the authors", "newsletter", "sign up for our newsletter", "subscribe",
        "support our journalism", "tags", "topics", "filed under", "see also", "further reading", "sponsored",
        "advertisement", "sponsored content", "partner content", "from our partners", "editor's picks",
        "editors' picks", "don't miss", "up next", "more on this story", "related topics", "sections", "menu",
        "navigation", "categories", "archives", "in this article", "table of contents", "contents",
    ]

    /// Phrases of appeals, sign-up prompts, share prompts and notices.
    static let phrases: [String] = [
        "sign up for our", "sign up to our", "subscribe to our", "our newsletter", "free e-mail newsletter",
        "free email newsletter", "donate securely", "make a donation", "a donation of", "donate now", "donate today",
        "support our journalism", "support independent journalism", "support our work", "become a member",
        "become a subscriber", "uses cookies", "use cookies", "accept cookies", "cookie policy", "share this article",
        "share on facebook", "share on twitter", "follow us on", "all rights reserved", "click here to subscribe",
        "click here to sign up", "to continue reading", "already a subscriber", "log in to comment",
        "comments are closed", "this article was originally published", "independent. a donation",
        "keep this journalism free", "your support helps", "chip in", "reader-funded", "reader funded",
        "delivered right to your inbox", "delivered to your inbox", "consider supporting", "editorial policy",
        "getty images", "shutterstock", "(photo by", "photo credit", "image credit", "credit: ", "photo: ",
        "image: ", "feel free to share", "if you enjoyed this", "if you liked this", "leave a comment",
    ]

    /// Whether a block is a section label that starts a non-article tail.
    static func isSectionLabel(_ text: String) -> Bool {
        guard text.count <= labelMaximumLength else { return false }
        var label = text.lowercased()
        // "Reader comments (3)", "Comments: 12", "» Related:", "3 Comments"
        label = String(label.unicodeScalars.filter { !"0123456789()[]:|»«›‹>-–—·•".unicodeScalars.contains($0) })
            .trimmingSpaces()
        return sectionLabels.contains(label)
    }

    /// Whether a short block is a breadcrumb trail ("Home > World > Conflict Watch").
    static func isBreadcrumb(_ text: String) -> Bool {
        guard text.count <= 120 else { return false }
        let separators = text.filter { $0 == ">" || $0 == "›" || $0 == "»" || $0 == "/" }.count
        guard separators >= 2 else { return false }
        return text.split(separator: " ").count <= 14
    }

    /// Phrases grouped by their first byte, as lowercase UTF-8.
    private static let phraseBuckets: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for phrase in phrases {
            let bytes = Array(phrase.utf8)
            table[Int(bytes[0])].append(bytes)
        }
        return table
    }()

    /// Whether a short block (UTF-8 bytes) reads as an appeal, prompt or notice. ASCII letters
    /// are compared case-insensitively, byte by byte (no `String` search).
    static func isBoilerplatePhrase(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count <= phraseMaximumLength * 2 else { return false }
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let count = lower.count
        for start in 0..<count {
            for phrase in phraseBuckets[Int(lower[start])] where start + phrase.count <= count {
                var equal = true
                for offset in 1..<phrase.count where lower[start + offset] != phrase[offset] {
                    equal = false
                    break
                }
                if equal { return true }
            }
        }
        return false
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars = scalars.dropFirst() }
        while scalars.last == " " { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
