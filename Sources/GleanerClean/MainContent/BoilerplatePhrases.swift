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
        guard text.utf8.count <= labelMaximumLength || text.count <= labelMaximumLength else { return false }
        // "Reader comments (3)", "Comments: 12", "» Related:", "3 Comments"
        let label =
            asciiLabel(text)
            ?? String(text.lowercased().unicodeScalars.filter { !isLabelDecoration($0) }).trimmingSpaces()
        return sectionLabels.contains(label) || sectionLabelPrefixes.contains { label.hasPrefix($0) }
    }

    /// The label of an ASCII text as bytes (lowercased, decoration removed, spaces trimmed): the
    /// same string the scalar path gives, without `Character` work; `nil` for other text.
    private static func asciiLabel(_ text: String) -> String? {
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if !isLabelDecoration(Unicode.Scalar(lower)) { bytes.append(lower) }
        }
        let start = bytes.firstIndex { $0 != 0x20 } ?? bytes.count
        let end = (bytes.lastIndex { $0 != 0x20 } ?? -1) + 1
        return String(decoding: start < end ? bytes[start..<end] : [], as: UTF8.self)
    }

    /// Counts, numbers and punctuation around a section label: `0123456789()[]:|»«›‹>-–—·•`.
    private static func isLabelDecoration(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x28, 0x29, 0x5B, 0x5D, 0x3A, 0x7C, 0xBB, 0xAB, 0x203A, 0x2039, 0x3E, 0x2D, 0x2013, 0x2014,
            0xB7, 0x2022:
            true
        default: false
        }
    }

    /// Whether a short block is a breadcrumb trail ("Home > World > Conflict Watch").
    static func isBreadcrumb(_ text: String) -> Bool {
        // Each separator character is one of these scalars, so fewer than two of them in the
        // bytes settles it without walking characters.
        guard separatorScalars(text.utf8) >= 2, text.count <= 120 else { return false }
        let separators = text.filter { $0 == ">" || $0 == "›" || $0 == "»" || $0 == "/" }.count
        guard separators >= 2 else { return false }
        return text.split(separator: " ").count <= 14
    }

    /// Occurrences of `>`, `/`, `»` (C2 BB) and `›` (E2 80 BA) in UTF-8 bytes.
    private static func separatorScalars(_ utf8: String.UTF8View) -> Int {
        var count = 0
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in utf8 {
            if byte == 0x3E || byte == 0x2F || (byte == 0xBB && previous == 0xC2)
                || (byte == 0xBA && previous == 0x80 && beforePrevious == 0xE2)
            {
                count += 1
            }
            beforePrevious = previous
            previous = byte
        }
        return count
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
