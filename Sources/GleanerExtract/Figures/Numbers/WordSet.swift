/// A fixed set of lower-case words, looked up by the word's hash in one probe of a `WordTable`
/// instead of through `Hasher`: the word lists the extractor tests in its inner loops
/// (determiners, adverbs, currency words …). Membership is by 64-bit hash.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    init(_ words: some Sequence<LowerWord>) {
        var entries: [UInt64: Bool] = [:]
        for word in words { entries[word.hash] = true }
        table = WordTable(entries, empty: false)
    }

    init(arrayLiteral words: LowerWord...) {
        self.init(words)
    }

    /// Whether `word` is in the set.
    @inline(__always)
    func contains(_ word: LowerWord) -> Bool {
        table[word.hash]
    }
}
