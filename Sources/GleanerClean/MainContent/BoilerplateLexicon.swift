import Foundation

/// The phrase lexicon of the boilerplate rules, read once from the bundled
/// `Resources/boilerplate-phrases.txt` (sections of lowercase entries; see the file's header).
struct BoilerplateLexicon: Sendable {
    /// Entries by section name.
    let sections: [String: [String]]

    /// Parses the lexicon format: `[section]` headers, `#` comments, one entry per line, an
    /// entry in double quotes keeps its leading and trailing spaces.
    init(text: String) {
        var sections: [String: [String]] = [:]
        var current = ""
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                current = String(line.dropFirst().dropLast())
                continue
            }
            var entry = line
            if entry.count >= 2, entry.hasPrefix("\""), entry.hasSuffix("\"") {
                entry = String(entry.dropFirst().dropLast())
            }
            sections[current, default: []].append(entry.lowercased())
        }
        self.sections = sections
    }

    /// The entries of a section (empty when the section is missing).
    func entries(_ section: String) -> [String] { sections[section] ?? [] }

    /// The bundled lexicon; empty (no phrase rules) if the resource cannot be read.
    static let bundled = named("boilerplate-phrases")

    /// A bundled lexicon file `Resources/<name>.txt` in the same format; empty if it cannot be read.
    static func named(_ name: String) -> BoilerplateLexicon {
        guard
            let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return BoilerplateLexicon(text: "") }
        return BoilerplateLexicon(text: text)
    }
}

/// Case-insensitive search for many ASCII-lowercase phrases in UTF-8 bytes, phrases grouped by
/// their first two bytes (no `String` search). All phrases live in one byte buffer, so a search
/// touches no nested arrays and, at each position, only the phrases that start with its two bytes.
struct PhraseMatcher: Sendable {
    /// The phrases of two bytes or more, one after another, grouped by their first two bytes.
    private let storage: [UInt8]
    /// Where each phrase starts in `storage`; phrase `i` ends where phrase `i + 1` starts.
    private let starts: [Int32]
    /// Phrases `firstPhrase[k]..<firstPhrase[k + 1]` start with the bytes `k >> 8`, `k & 0xFF`.
    private let firstPhrase: [Int32]
    /// One-byte phrases.
    private let singleBytes: [Bool]

    init(_ phrases: [String]) {
        var table = [[[UInt8]]](repeating: [], count: 65536)
        var singleBytes = [Bool](repeating: false, count: 256)
        for phrase in phrases where !phrase.isEmpty {
            let bytes = Array(phrase.utf8)
            if bytes.count == 1 {
                singleBytes[Int(bytes[0])] = true
            } else {
                table[Int(bytes[0]) << 8 | Int(bytes[1])].append(bytes)
            }
        }
        var storage: [UInt8] = []
        var starts: [Int32] = []
        var firstPhrase: [Int32] = []
        firstPhrase.reserveCapacity(65537)
        for bucket in table {
            firstPhrase.append(Int32(starts.count))
            for phrase in bucket {
                starts.append(Int32(storage.count))
                storage.append(contentsOf: phrase)
            }
        }
        firstPhrase.append(Int32(starts.count))
        starts.append(Int32(storage.count))
        self.storage = storage
        self.starts = starts
        self.firstPhrase = firstPhrase
        self.singleBytes = singleBytes
    }

    /// Whether any phrase occurs in `bytes` (ASCII letters compared case-insensitively).
    func matches<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return lower.withUnsafeBufferPointer { text in
            storage.withUnsafeBufferPointer { phrases in
                starts.withUnsafeBufferPointer { starts in
                    firstPhrase.withUnsafeBufferPointer { firstPhrase in
                        singleBytes.withUnsafeBufferPointer { singleBytes in
                            search(
                                text, phrases: phrases, starts: starts, firstPhrase: firstPhrase, single: singleBytes)
                        }
                    }
                }
            }
        }
    }

    private func search(
        _ text: UnsafeBufferPointer<UInt8>, phrases: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int32>,
        firstPhrase: UnsafeBufferPointer<Int32>, single: UnsafeBufferPointer<Bool>
    ) -> Bool {
        let count = text.count
        for start in 0..<count {
            if single[Int(text[start])] { return true }
            guard start + 1 < count else { break }
            let key = Int(text[start]) << 8 | Int(text[start + 1])
            for phrase in Int(firstPhrase[key])..<Int(firstPhrase[key + 1]) {
                let phraseStart = Int(starts[phrase])
                let length = Int(starts[phrase + 1]) - phraseStart
                guard start + length <= count else { continue }
                var offset = 2
                while offset < length, text[start + offset] == phrases[phraseStart + offset] { offset += 1 }
                if offset == length { return true }
            }
        }
        return false
    }
}
