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
/// their first byte (no `String` search).
struct PhraseMatcher: Sendable {
    private let buckets: [[[UInt8]]]

    init(_ phrases: [String]) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for phrase in phrases where !phrase.isEmpty {
            let bytes = Array(phrase.utf8)
            table[Int(bytes[0])].append(bytes)
        }
        buckets = table
    }

    /// Whether any phrase occurs in `bytes` (ASCII letters compared case-insensitively).
    func matches<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let count = lower.count
        for start in 0..<count {
            for phrase in buckets[Int(lower[start])] where start + phrase.count <= count {
                var equal = true
                for offset in 1..<phrase.count where lower[start + offset] != phrase[offset] {
                    equal = false
                    break
                }
                if equal { return true }
            }
        }
        return false
    }
}
