import Foundation
import GleanerCore

/// Turns a walked page into the cleaned document: resolves metadata, runs the content selector,
/// applies the fallbacks, splits the dateline and, on request, records the explanation.
struct ArticleAssembler {
    let walker: PageWalker

    /// The article, or `nil` when the page has no text outside page chrome and hidden elements.
    func assemble(explain: Bool) -> (document: CleanedDocument, explanation: Explanation?)? {
        let blocks = walker.blocks
        guard !blocks.isEmpty else { return nil }
        let elements = walker.elements
        let builder = walker.builder
        let headings = blocks.lazy.filter { Self.isIn(.title, $0, elements: elements) }.prefix(5)
            .map { builder.paragraph($0.range) }
        let subheadings = blocks.lazy.filter { Self.isIn(.heading, $0, elements: elements) }.prefix(3)
            .map { builder.paragraph($0.range) }
        let jsonLD = JSONLDArticle(scripts: walker.metadata.jsonLD)
        var meta = MetadataResolver.resolve(
            walker.metadata, jsonLD: jsonLD, headings: Array(headings), subheadings: Array(subheadings),
            bylines: bylines(), visibleDates: visibleDates())
        let titleKey = meta.title.map(Self.key)
        let fixed = { (index: Int) -> DropReason? in
            let block = blocks[index]
            let kind = elements[Int(block.element)].kind
            if kind == .title || kind == .heading, block.bytes < 400, let titleKey,
                Self.key(builder.paragraph(block.range)) == titleKey
            {
                return .titleHeading
            }
            if block.bytes <= 40, Self.isDateLine(builder.text[block.range]) { return .authorMeta }
            let bytes = builder.text[block.range]
            if BoilerplatePhrases.isBoilerplatePhrase(bytes) { return .phrase }
            guard block.bytes <= 200 else { return nil }
            let text = builder.paragraph(block.range)
            if Self.isByline(text) { return .authorMeta }
            if BoilerplatePhrases.isSectionLabel(text) { return .sectionLabel }
            if BoilerplatePhrases.isBreadcrumb(text) { return .navigation }
            return nil
        }
        let selector = ContentSelector(elements: elements, blocks: blocks, fixed: fixed)
        var verdicts = Self.dropRepeats(
            Self.cutTail(selector.verdicts, blocks: blocks), blocks: blocks, elements: elements, builder: builder)
        var method = Explanation.Method.container
        var paragraphs: [String]?
        if selector.keptBytes < HTMLCleaner.minimumArticleBytes {
            let allParagraphs = blocks.indices.filter { index in
                elements[Int(blocks[index].element)].kind == .paragraph
                    && (verdicts[index] == nil || verdicts[index] == .outsideContent)
            }
            let paragraphBytes = allParagraphs.reduce(0) { $0 + Int(blocks[$1].bytes) }
            if let body = jsonLD.articleBody, body.utf8.count >= max(HTMLCleaner.minimumArticleBytes, paragraphBytes) {
                method = .jsonLD
                paragraphs = [body]
            } else if paragraphBytes > selector.keptBytes {
                method = .paragraphs
                verdicts = blocks.indices.map { _ in .outsideContent }
                for index in allParagraphs { verdicts[index] = nil }
            } else if selector.keptBytes == 0 {
                // Whatever text is not page chrome; a page with only menus has no article.
                method = .wholePage
                verdicts = blocks.indices.map { index in
                    switch verdicts[index] {
                    case .chromeTag, .ariaRole, .hidden, .linkDense: verdicts[index]
                    default: nil
                    }
                }
                guard verdicts.contains(where: { $0 == nil }) else { return nil }
            }
        }
        let keptRanges = blocks.indices.filter { verdicts[$0] == nil }.map { blocks[$0].range }
        var text = paragraphs?.joined(separator: "\n\n") ?? builder.joined(keptRanges)
        if method != .jsonLD, let firstRange = keptRanges.first {
            let first = builder.paragraph(firstRange)
            if let split = Dateline.split(first) {
                meta.dateline = split.dateline
                text = split.rest + text.dropFirst(first.count)
            }
        }
        if meta.authors.isEmpty {
            // A name alone in a byline block ("author", "byline" classes), never a guess.
            for index in blocks.indices where verdicts[index] == .authorMeta && blocks[index].bytes <= 60 {
                // "Jane Doe • March 4, 2025": the name before a separator.
                let text = builder.paragraph(blocks[index].range)
                let head = text.split(whereSeparator: { "•·⋅|".contains($0) }).first.map(String.init) ?? text
                if let name = AuthorNormalizer.nameInByline(head) {
                    meta.authors = [name]
                    break
                }
            }
        }
        if meta.language == nil { meta.language = LanguageDetector.detect(text) }
        let dropped = verdicts.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        let paragraphCount = paragraphs.map { _ in Self.countParagraphs(text) } ?? keptRanges.count
        let document = CleanedDocument(
            text: text, paragraphCount: paragraphCount, meta: meta, boilerplateRemoved: dropped,
            words: Self.countWords(text))
        guard explain else { return (document, nil) }
        let explained = blocks.indices.map { index in
            Explanation.Block(
                text: builder.paragraph(blocks[index].range), kept: verdicts[index] == nil, reason: verdicts[index])
        }
        let container =
            elements.isEmpty ? "" : "element #\(selector.container) (\(elements[Int(selector.container)].kind))"
        return (document, Explanation(blocks: explained, method: method, container: container))
    }

    /// Whether a block is the text of an element of `kind` (`.title` an `<h1>`, `.heading` an
    /// `<h2>` to `<h6>`), directly or through inline elements (a marked `<span>` inside the
    /// heading is a block of its own).
    private static func isIn(_ kind: ElementKind, _ block: PageBlock, elements: [PageElement]) -> Bool {
        var element = Int(block.element)
        while element >= 0 {
            switch elements[element].kind {
            case kind: return true
            case .other, .link: element = Int(elements[element].parent)
            default: return false
            }
        }
        return false
    }

    /// The first short block that reads as a date ("Posted on June 29, 2020", "Updated …"), and
    /// the first such block beside the headline: among the few blocks around the `<h1>`, where
    /// an eyebrow ("Learning Center · January 28, 2025") or a byline's date sits.
    private func visibleDates() -> (first: String?, nearTitle: String?) {
        var first: String?
        let window = walker.metadata.titleBlock.map {
            ($0 - Self.dateBlocksBeforeTitle)...($0 + MetadataCandidates.bylineBlocksAfterTitle)
        }
        for (index, block) in walker.blocks.enumerated() where block.bytes >= 8 && block.bytes <= 100 {
            let isNearTitle = window?.contains(index) ?? false
            if first != nil, !isNearTitle {
                if index > window?.upperBound ?? -1 { break }
                continue
            }
            let bytes = walker.builder.text[block.range]
            guard bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            guard let date = DateNormalizer.isoDate(String(decoding: bytes, as: UTF8.self)) else { continue }
            first = first ?? date
            if isNearTitle { return (first, date) }
        }
        return (first, nil)
    }

    /// How many text blocks before the `<h1>` a date still stands beside the headline.
    private static let dateBlocksBeforeTitle = 3

    /// Bylines, wherever they are on the page: short blocks that start with a byline prefix
    /// ("By Jane Doe", "Written by Jane Doe"), and a name alone after a label block
    /// ("Written by" | "Jane Doe", or "Jane Doe" | "Author"). At most two that hold a plausible name.
    private func bylines() -> [String] {
        var result: [String] = []
        let blocks = walker.blocks
        for (index, block) in blocks.enumerated() where block.bytes >= 2 && block.bytes <= 80 {
            let bytes = walker.builder.text[block.range]
            let isLabel = block.bytes <= 16 && AuthorNormalizer.isBylineLabel(bytes)
            guard isLabel || AuthorNormalizer.startsWithBylinePrefix(bytes) else { continue }
            if isLabel {
                // The name after the label ("Written by" | "Jane Doe"), else before it, as author
                // cards write it ("Jane Doe" | "Author").
                let lower = bytes.map { $0 | 0x20 }
                let roleLabel = lower.starts(with: Array("author".utf8)) && !lower.contains(0x62)  // no "by"
                let neighbours = roleLabel ? [index + 1, index - 1] : [index + 1]
                let name = neighbours.lazy.filter { $0 >= 0 && $0 < blocks.count && blocks[$0].bytes <= 60 }
                    .compactMap { AuthorNormalizer.nameInByline(self.walker.builder.paragraph(blocks[$0].range)) }.first
                if let name { result.append(name) }
            } else {
                let text = walker.builder.paragraph(block.range)
                let name = AuthorNormalizer.strippingPrefix(text)
                if name != text, name.first.map({ $0.isUppercase || $0 == "t" }) == true,
                    !AuthorNormalizer.normalize([text]).isEmpty
                {
                    result.append(text)
                }
            }
            if result.count == 2 { break }
        }
        return result
    }

    /// Drops what follows a section label ("Related stories", "Reader comments") when that tail
    /// is small next to the article text kept before it.
    static func cutTail(_ verdicts: [DropReason?], blocks: [PageBlock]) -> [DropReason?] {
        var result = verdicts
        var keptBefore = 0
        let keptTotal = blocks.indices.reduce(0) { $0 + (verdicts[$1] == nil ? Int(blocks[$1].bytes) : 0) }
        for index in blocks.indices {
            if verdicts[index] == nil { keptBefore += Int(blocks[index].bytes) }
            guard verdicts[index] == .sectionLabel, keptBefore > 0 else { continue }
            let after = keptTotal - keptBefore
            guard Double(after) < 0.4 * Double(keptBefore) else { continue }
            for later in (index + 1)..<blocks.count where result[later] == nil { result[later] = .afterSectionLabel }
            break
        }
        return result
    }

    /// Drops a kept block of at least `repeatMinimumBytes` whose text equals a block kept before
    /// it: duplicated cards, tab panes and mobile copies of the same text. Table cells and list
    /// items are exempt: plans, schedules and comparisons repeat their entries.
    static func dropRepeats(
        _ verdicts: [DropReason?], blocks: [PageBlock], elements: [PageElement], builder: ParagraphBuilder
    ) -> [DropReason?] {
        var result = verdicts
        // Kept blocks by an FNV-1a hash of their bytes; equal hashes are compared byte by byte.
        var seen: [UInt64: [Int]] = [:]
        for index in blocks.indices where verdicts[index] == nil && blocks[index].bytes >= repeatMinimumBytes {
            let kind = elements[Int(blocks[index].element)].kind
            guard kind != .cell, kind != .listItem else { continue }
            let bytes = builder.text[blocks[index].range]
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            if let earlier = seen[hash], earlier.contains(where: { builder.text[blocks[$0].range] == bytes }) {
                result[index] = .repeated
            } else {
                seen[hash, default: []].append(index)
            }
        }
        return result
    }

    /// Shorter blocks ("Pros", "Step 1") may repeat in an article.
    static let repeatMinimumBytes: Int32 = 24

    /// "By Jane Doe", "By Jane Doe and John Roe | Posted …": a short line that starts with "By ".
    private static func isByline(_ text: String) -> Bool {
        guard text.count <= 120, text.hasPrefix("By ") || text.hasPrefix("BY ") else { return false }
        let rest = text.dropFirst(3)
        return rest.first?.isUppercase == true
    }

    /// A short block that is only a date ("September 4, 2025", "Updated 2025-09-04", "5 min read").
    private static func isDateLine(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        let lower = text.lowercased()
        if lower.hasSuffix("min read") || lower.hasSuffix("minute read") || lower.hasSuffix("mins read") { return true }
        guard DateNormalizer.isoDate(text) != nil else { return false }
        let letters = lower.filter { $0.isLetter }
        return letters.count <= 24
    }

    static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter(isAlphanumeric))
    }

    /// `CharacterSet.alphanumerics` membership, with ASCII answered without Foundation.
    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return CharacterSetCache.alphanumerics.contains(scalar) }
        let value = scalar.value
        return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }

    private static func countWords(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var words = 0
            var inWord = false
            for byte in bytes {
                let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                if !space, !inWord { words += 1 }
                inWord = !space
            }
            return words
        }
    }

    private static func countParagraphs(_ text: String) -> Int {
        text.components(separatedBy: "\n\n").filter { !$0.isEmpty }.count
    }
}
