/// Acronyms spelt out in the text: "Revolutionary Armed Forces of Colombia ( FARC )" marks the
/// capitalised run (`TokenInfo.acronym` bit 1) and the acronym (bit 2), and later tokens of the
/// same document written like that acronym get bit 4. The acronym matches the run when all its
/// letters but at most one are initials of the run's words.
struct Acronyms {
    private static let open = ScalarText.exactHash("(")
    private static let close = ScalarText.exactHash(")")
    private var defined: Set<UInt64> = []

    /// Marks the acronyms spelt out in one sentence; call in document order, after the runs are marked.
    mutating func mark(_ infos: inout [TokenInfo], sentence: Range<Int>) {
        var index = sentence.lowerBound + 1
        while index + 2 < sentence.upperBound {
            defer { index += 1 }
            let acronym = infos[index + 1]
            guard infos[index].word == Self.open, infos[index + 2].word == Self.close,
                acronym.flags & TokenInfo.allCaps != 0, acronym.letters.nonzeroBitCount >= 2,
                infos[index - 1].run != 0
            else { continue }
            var start = index - 1
            var initials: UInt32 = 0
            while start >= sentence.lowerBound && infos[start].run != 0
                && infos[start].runLast == infos[index - 1].runLast
            {
                if infos[start].flags & TokenInfo.capitalised != 0 { initials |= infos[start].initial }
                if infos[start].run & 3 <= 1 { break }
                start -= 1
            }
            guard (acronym.letters & ~initials).nonzeroBitCount <= 1, acronym.letters & initials != 0 else { continue }
            for position in max(start, sentence.lowerBound)..<index { infos[position].acronym |= 1 }
            infos[index + 1].acronym |= 2
            defined.insert(acronym.word)
        }
    }

    /// Sets bit 4 of the tokens of `sentence` written like an acronym spelt out earlier.
    func recall(_ infos: inout [TokenInfo], sentence: Range<Int>) {
        guard !defined.isEmpty else { return }
        for index in sentence where defined.contains(infos[index].word) { infos[index].acronym |= 4 }
    }
}
