import Foundation

/// The name lists of the tagger in one hash table (see `Resources/gazetteer-README.md`): place
/// (GeoNames, and a curated list of country short forms and regions of conflict),
/// organisation (a curated list, and the companies of stock indices) and NORP names (one or more
/// tokens), given names, surnames and common words (one token).
/// Names are matched on the lower forms of tokens starting at a capitalised token; the tagger
/// uses the match positions and the name bits as features.
struct Gazetteer: Sendable {
    /// What a key is: the end of a name of some lists, and/or the start of a longer name.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt8
        static let location = Kinds(rawValue: 1)
        static let organization = Kinds(rawValue: 2)
        static let norp = Kinds(rawValue: 4)
        static let prefix = Kinds(rawValue: 8)
        static let givenName = Kinds(rawValue: 16)
        static let surname = Kinds(rawValue: 32)
        /// A common English word (WordNet), not a name: "Chanting", "MBA".
        static let commonWord = Kinds(rawValue: 64)
    }

    private let table: NameTable
    /// Longest name, in tokens (at most 5).
    let maximumLength: Int

    /// Names from list texts (one lowercase name per line, tokens separated by spaces, `#`
    /// comments), each list with the kind its names get.
    init(lists: [(text: String, kind: Kinds)]) {
        var entries: [UInt64: Kinds] = [:]
        var maximumLength = 1
        for (text, kind) in lists {
            for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
                let words = line.split(separator: " ")
                guard !words.isEmpty, words.count <= 5 else { continue }
                maximumLength = max(maximumLength, words.count)
                var hash: UInt64 = 0
                for (position, word) in words.enumerated() {
                    hash = Self.combine(hash, ScalarText.lowerHash(String(word)))
                    entries[hash, default: []].insert(position == words.count - 1 ? kind : .prefix)
                }
            }
        }
        table = NameTable(entries.mapValues(\.rawValue))
        self.maximumLength = maximumLength
    }

    /// The bundled lists (a missing resource is an empty list).
    static let bundled: Gazetteer = {
        let read = WordList.bundledText
        return Gazetteer(lists: [
            (read("gazetteer-locations"), .location), (read("gazetteer-places-curated"), .location),
            (read("gazetteer-organizations"), .organization),
            (read("gazetteer-companies"), .organization),
            (read("gazetteer-norp"), .norp), (read("gazetteer-given-names"), .givenName),
            (read("gazetteer-surnames"), .surname), (read("gazetteer-common-words"), .commonWord),
        ])
    }()

    /// The lists that hold exactly the name `words` (lower-cased here), without `.prefix`.
    func kinds(ofName words: some Collection<String>) -> Kinds {
        guard !words.isEmpty, words.count <= maximumLength else { return [] }
        var hash: UInt64 = 0
        for word in words { hash = Self.combine(hash, ScalarText.lowerHash(word)) }
        return Kinds(rawValue: table[hash]).subtracting(.prefix)
    }

    /// The lists that hold exactly the name made of the tokens `range` (`token(i)` gives token
    /// i's scalars, lower-cased here), without `.prefix`; no `String` is made.
    func kinds(ofTokens range: Range<Int>, token: (Int) -> ArraySlice<Unicode.Scalar>) -> Kinds {
        guard !range.isEmpty, range.count <= maximumLength else { return [] }
        var hash: UInt64 = 0
        for index in range { hash = Self.combine(hash, ScalarText.lowerHash(token(index))) }
        return Kinds(rawValue: table[hash]).subtracting(.prefix)
    }

    /// The length of the longest name of `kind` that starts at token `start` and ends before
    /// `limit` (`token(i)` gives token i's scalars), 0 when none does.
    func longestName(_ kind: Kinds, at start: Int, limit: Int, token: (Int) -> ArraySlice<Unicode.Scalar>) -> Int {
        var hash: UInt64 = 0
        var longest = 0
        for length in 1...max(1, min(maximumLength, limit - start)) where start + length <= limit {
            hash = Self.combine(hash, ScalarText.lowerHash(token(start + length - 1)))
            let kinds = Kinds(rawValue: table[hash])
            if kinds.contains(kind) { longest = length }
            guard kinds.contains(.prefix) else { break }
        }
        return longest
    }

    /// Whether one token is on the common-word list ("Force", "Health"): an English word, not a name.
    func isCommonWord(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        Kinds(rawValue: table[Self.combine(0, ScalarText.lowerHash(scalars))]).contains(.commonWord)
    }

    /// Whether one token is a common word or the plural of one ("Foods", "Motors").
    func isCommonWordOrPlural(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        isCommonWord(scalars) || (scalars.last == "s" && isCommonWord(scalars.dropLast()))
    }

    @inline(__always)
    static func combine(_ hash: UInt64, _ lower: UInt64) -> UInt64 {
        (hash &* 0x2545_F491_4F6C_DD1D) ^ lower
    }

    /// Marks the tokens of one sentence. For each of places, organisations and NORP names, the
    /// longest name starting at a capitalised token sets the field (`gazetteer`, `organization`,
    /// `norp`) of its tokens to 1 single-token name, 2 first, 3 inside, 4 last; `name` gets bit 0
    /// for a given name, bit 1 for a surname and bit 2 for a common word.
    func mark(_ infos: inout [TokenInfo], sentence: Range<Int>) {
        var covered = (sentence.lowerBound, sentence.lowerBound, sentence.lowerBound)
        for index in sentence where infos[index].flags & (TokenInfo.capitalised | TokenInfo.allCaps) != 0 {
            var hash: UInt64 = 0
            var matched = (0, 0, 0)
            for length in 1...min(maximumLength, sentence.upperBound - index) {
                hash = Self.combine(hash, infos[index + length - 1].lower)
                let kinds = Kinds(rawValue: table[hash])
                if length == 1 { infos[index].name = kinds.rawValue >> 4 }
                if kinds.contains(.location) && index >= covered.0 { matched.0 = length }
                if kinds.contains(.organization) && index >= covered.1 { matched.1 = length }
                if kinds.contains(.norp) && index >= covered.2 { matched.2 = length }
                guard kinds.contains(.prefix) else { break }
            }
            if matched.0 > 0 {
                Self.setPositions(&infos, start: index, length: matched.0, field: \.gazetteer)
                covered.0 = index + matched.0
            }
            if matched.1 > 0 {
                Self.setPositions(&infos, start: index, length: matched.1, field: \.organization)
                covered.1 = index + matched.1
            }
            if matched.2 > 0 {
                Self.setPositions(&infos, start: index, length: matched.2, field: \.norp)
                covered.2 = index + matched.2
            }
        }
    }

    private static func setPositions(
        _ infos: inout [TokenInfo], start: Int, length: Int, field: WritableKeyPath<TokenInfo, UInt8>
    ) {
        for position in start..<(start + length) {
            infos[position][keyPath: field] =
                length == 1 ? 1 : position == start ? 2 : position == start + length - 1 ? 4 : 3
        }
    }
}

/// An open-addressing hash table from name hashes (already well mixed) to one byte, 0 if absent.
struct NameTable: Sendable {
    private let keys: [UInt64]
    private let values: [UInt8]
    private let shift: UInt64

    init(_ entries: [UInt64: UInt8]) {
        var bits = 4
        while 1 << bits < 2 * entries.count { bits += 1 }
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var values = [UInt8](repeating: 0, count: 1 << bits)
        let mask = (1 << bits) - 1
        for (key, value) in entries where value != 0 {
            var slot = Self.slot(key, shift: UInt64(64 - bits))
            while values[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        shift = UInt64(64 - bits)
    }

    @inline(__always)
    private static func slot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value of `key`, 0 if absent.
    @inline(__always)
    subscript(key: UInt64) -> UInt8 {
        let mask = keys.count - 1
        var slot = Self.slot(key, shift: shift)
        while values[slot] != 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return 0
    }
}
