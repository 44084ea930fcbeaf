import Foundation

/// Word clusters from unlabelled text (`Resources/word-clusters.txt`, built from word vectors by
/// `Benchmarks/ner/gazetteers/build_clusters.py`): every listed word has a cluster id at four
/// nested granularities (its vector row, then 1,024, 128 and 16 clusters). The tagger uses the ids
/// as features, so a name never seen in training still looks like the words near it in the
/// vector space.
struct WordClusters: Sendable {
    private let keys: [UInt64]
    /// The four ids of the word in the same slot, each plus one, 16 bits each (row in the low
    /// bits); 0 marks an empty slot.
    private let values: [UInt64]
    private let shift: UInt64

    /// Clusters from the text of a cluster file: `#` comment lines, then one line per group of
    /// words, `id id id id<TAB>word word ...` (at most four ids, finest first).
    init(text: String) {
        var entries: [(UInt64, UInt64)] = []
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            var packed: UInt64 = 0
            for (level, id) in line[..<tab].split(separator: " ").prefix(4).enumerated() {
                guard let value = UInt64(id), value < 0xFFFF else { continue }
                packed |= (value + 1) << UInt64(16 * level)
            }
            guard packed != 0 else { continue }
            for word in line[line.index(after: tab)...].split(separator: " ") {
                entries.append((ScalarText.exactHash(String(word)), packed))
            }
        }
        var bits = 4
        while 1 << bits < 2 * entries.count { bits += 1 }
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var values = [UInt64](repeating: 0, count: 1 << bits)
        let shift = UInt64(64 - bits)
        let mask = (1 << bits) - 1
        for (key, value) in entries {
            var slot = Self.slot(key, shift: shift)
            while values[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.shift = shift
    }

    /// The bundled clusters (none when the resource is missing).
    static let bundled: WordClusters = {
        guard
            let url = Bundle.module.url(forResource: "word-clusters", withExtension: "txt", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return WordClusters(text: "") }
        return WordClusters(text: text)
    }()

    @inline(__always)
    private static func slot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The packed ids of a token: those of its exact form, else of its lowercase form, else 0.
    @inline(__always)
    func clusters(of info: TokenInfo) -> UInt64 {
        let exact = self[info.word]
        return exact != 0 ? exact : self[info.lower]
    }

    @inline(__always)
    private subscript(key: UInt64) -> UInt64 {
        let mask = keys.count - 1
        var slot = Self.slot(key, shift: shift)
        while values[slot] != 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return 0
    }
}
