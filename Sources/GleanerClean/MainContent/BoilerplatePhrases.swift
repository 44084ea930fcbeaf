/// Short texts that mark boilerplate whatever the markup says: section labels that start a
/// non-article tail ("Related stories", "Reader comments (3)") and phrases of appeals, prompts
/// and notices ("Sign up for our newsletter", "Donate securely here"). Matched on lowercased
/// text of short blocks only, so article paragraphs that merely mention such words are safe.
/// The wording lives in the data file `Resources/boilerplate-phrases.txt`.
enum BoilerplatePhrases {
    /// A block this short or shorter can be a section label.
    static let labelMaximumLength = 48
    /// A block this short or shorter can be an appeal, prompt or notice.
    static let phraseMaximumLength = 260

    /// Labels of sections that are never article text; the label and what follows it in the
    /// container are dropped. Matched against the whole label without a trailing count or colon.
    /// From the `[section-labels]` section of `Resources/boilerplate-phrases.txt`.
    static let sectionLabels = Set(BoilerplateLexicon.bundled.entries("section-labels"))

    /// First words of section labels that go on with a name ("More from The Site:", "Recommended
    /// for you"): the `[section-label-prefixes]` section.
    static let sectionLabelPrefixes = BoilerplateLexicon.bundled.entries("section-label-prefixes").map { $0 + " " }

    /// Phrases of appeals, sign-up prompts, share prompts and notices: the `[phrases]` section
    /// of `Resources/boilerplate-phrases.txt`.
    static let phrases = PhraseMatcher(BoilerplateLexicon.bundled.entries("phrases"))

    /// Whether a block is a section label that starts a non-article tail.
    static func isSectionLabel(_ text: String) -> Bool {
        guard text.count <= labelMaximumLength else { return false }
        var label = text.lowercased()
        // "Reader comments (3)", "Comments: 12", "» Related:", "3 Comments"
        label = String(label.unicodeScalars.filter { !"0123456789()[]:|»«›‹>-–—·•".unicodeScalars.contains($0) })
            .trimmingSpaces()
        return sectionLabels.contains(label) || sectionLabelPrefixes.contains { label.hasPrefix($0) }
    }

    /// Whether a short block is a breadcrumb trail ("Home > World > Conflict Watch").
    static func isBreadcrumb(_ text: String) -> Bool {
        guard text.count <= 120 else { return false }
        let separators = text.filter { $0 == ">" || $0 == "›" || $0 == "»" || $0 == "/" }.count
        guard separators >= 2 else { return false }
        return text.split(separator: " ").count <= 14
    }

    /// Whether a short block (UTF-8 bytes) reads as an appeal, prompt or notice. ASCII letters
    /// are compared case-insensitively, byte by byte (no `String` search).
    static func isBoilerplatePhrase(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count <= phraseMaximumLength * 2 else { return false }
        return phrases.matches(bytes)
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
