/// Token context beyond the ±2 window: capitalised runs within a sentence and, across the
/// sentences of one document, how the same word is written elsewhere.
enum DocumentContext {
    /// Lowercase words that may join two capitalised words of one name ("Ministry of Defense").
    static let connectors: Set<UInt64> = Set(
        ["of", "for", "and", "the", "de", "al", "on", "du", "la", "von", "van", "bin"].map {
            ScalarText.lowerHash($0)
        })

    /// Fills `runFirst`, `runLast`, `run`, `document` and `documentRuns` of the tokens of
    /// `sentences` (one document), and their gazetteer fields (`Gazetteer.mark`).
    static func annotate(_ infos: inout [TokenInfo], sentences: some Sequence<Range<Int>>) {
        var seen: [UInt64: UInt8] = [:]
        let gazetteer = Gazetteer.bundled
        for sentence in sentences {
            markTitleCase(&infos, sentence: sentence)
            markRuns(&infos, sentence: sentence)
            gazetteer.mark(&infos, sentence: sentence)
            for index in sentence {
                let flags = infos[index].flags
                if flags & TokenInfo.allLower != 0 {
                    seen[infos[index].lower, default: 0] |= 1
                } else if flags & TokenInfo.capitalised != 0 && index != sentence.lowerBound {
                    seen[infos[index].lower, default: 0] |= 2
                }
                // Bits 2–5 (`documentRuns` bits 0–3): alone, first, last, inside a longer run.
                let run = infos[index].run
                if run != 0 && index != sentence.lowerBound {
                    seen[infos[index].lower, default: 0] |= run & 3 == 0 ? 4 : run & 3 == 1 ? 8 : run & 3 == 3 ? 16 : 32
                }
            }
        }
        guard !seen.isEmpty else { return }
        for sentence in sentences {
            for index in sentence {
                let bits = seen[infos[index].lower] ?? 0
                infos[index].document = bits & 3
                infos[index].documentRuns = bits >> 2
            }
        }
    }

    /// Short words a headline leaves in lower case ("How to Choose a Laptop").
    static let headlineLowerWords: Set<UInt64> = Set(
        [
            "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at", "to", "by",
            "up", "as", "is", "vs", "via", "with", "from", "into", "over", "off", "per",
        ].map { ScalarText.lowerHash($0) })

    /// Flags the tokens of a title-case line: at least three capitalised words and every
    /// lower-case word a short function word. Capitals there say little about names.
    private static func markTitleCase(_ infos: inout [TokenInfo], sentence: Range<Int>) {
        var capitalised = 0
        for index in sentence {
            let flags = infos[index].flags
            if flags & TokenInfo.allLower != 0 {
                guard headlineLowerWords.contains(infos[index].lower) else { return }
            } else if flags & (TokenInfo.capitalised | TokenInfo.allCaps) != 0 {
                capitalised += 1
            }
        }
        guard capitalised >= 3 else { return }
        for index in sentence { infos[index].flags |= TokenInfo.titleCaseLine }
    }

    @inline(__always)
    private static func isCapital(_ info: TokenInfo) -> Bool {
        info.flags & (TokenInfo.capitalised | TokenInfo.allCaps) != 0 && info.flags & TokenInfo.hasDigit == 0
    }

    private static func markRuns(_ infos: inout [TokenInfo], sentence: Range<Int>) {
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            guard isCapital(infos[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < sentence.upperBound {
                if isCapital(infos[end]) {
                    end += 1
                } else if end + 1 < sentence.upperBound && connectors.contains(infos[end].lower)
                    && isCapital(infos[end + 1])
                {
                    end += 2
                } else {
                    break
                }
            }
            let length = UInt8(min(end - index, 5))
            let first = infos[index].lower
            let last = infos[end - 1].lower
            for position in index..<end {
                let place: UInt8 = end - index == 1 ? 0 : position == index ? 1 : position == end - 1 ? 3 : 2
                infos[position].runFirst = first
                infos[position].runLast = last
                infos[position].run = length << 2 | place
            }
            index = end
        }
    }
}

/// How words were tagged in the earlier sentences of the document: the type index + 1 of the last
/// name a capitalised word ended or made alone, or 5 when it was last tagged `O`. Viterbi decodes a
/// sentence at once, so a sentence's tags are remembered after it is decoded.
struct DocumentMemory {
    private var types: [UInt64: UInt8] = [:]

    @inline(__always)
    func recall(_ info: TokenInfo) -> UInt8 {
        guard info.flags & (TokenInfo.capitalised | TokenInfo.allCaps) != 0, !types.isEmpty else { return 0 }
        return types[info.word] ?? 0
    }

    /// A word that opens or continues a longer name (`B-`, `I-`: "Trump" of "Trump Tower") is not
    /// remembered: the name's type belongs to its last word, and the word alone may be another
    /// entity ("Trump" the person).
    @inline(__always)
    mutating func remember(_ info: TokenInfo, tag: UInt8) {
        guard info.flags & (TokenInfo.capitalised | TokenInfo.allCaps) != 0, !ModelTags.isOpen(tag) else { return }
        types[info.word] = ModelTags.typeIndex(tag).map { UInt8($0 + 1) } ?? 5
    }
}
