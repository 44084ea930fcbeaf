import Foundation

/// A small constructed corpus of plain-text wire stories in two folders, `a/` and `b/`: stories
/// with near copies (about 10 % of words replaced) and exact copies, some of whose originals are
/// in `a/` and copies in `b/`, and unrelated stories. Deterministic (a fixed-seed generator).
struct SyntheticWireCorpus {
    let root: String

    init(stories: Int = 12) throws {
        root = NSTemporaryDirectory() + "gleaner-state-" + UUID().uuidString
        for folder in ["a", "b"] {
            try FileManager.default.createDirectory(
                atPath: root + "/input/" + folder, withIntermediateDirectories: true)
        }
        var random = SplitMix(state: 42)
        let vocabulary = (0..<2000).map { "w\($0)" }
        for story in 0..<stories {
            let words = (0..<160).map { _ in vocabulary[random.next(below: vocabulary.count)] }
            // Originals alternate between the halves; copies land in both.
            let home = story % 3 == 2 ? "b" : "a"
            try write(words, to: "\(home)/s\(story)-0.txt")
            for copy in 1...3 {
                var edited = words
                for _ in 0..<16 { edited[random.next(below: edited.count)] = vocabulary[random.next(below: 2000)] }
                let folder = copy == 1 ? home : "b"
                try write(edited, to: "\(folder)/s\(story)-\(copy).txt")
            }
            if story % 2 == 0 { try write(words, to: "b/s\(story)-exact.txt") }
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    private func write(_ words: [String], to relative: String) throws {
        var text = ""
        for (index, word) in words.enumerated() {
            text += word
            text += index % 20 == 19 ? ".\n\n" : " "
        }
        try text.write(toFile: root + "/input/" + relative, atomically: true, encoding: .utf8)
    }
}

/// SplitMix64, for reproducible test data.
struct SplitMix {
    var state: UInt64

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
