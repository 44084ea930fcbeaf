import Foundation

/// The words the figure extractor reads, from the data file `Resources/figure-lexicon.txt`: person
/// nouns, status and identity nouns, cue phrases before and after the counted people, toll
/// phrases, modal and auxiliary words. A class, so that the many readers share one copy without
/// retaining each of its sets on every access.
final class FigureLexicon: Sendable {
    /// Every form of every person noun.
    let personNouns: Set<String>
    /// The singular forms ("civilian", "man"), which an "a"/"an"/"another" may count.
    let singularPersonNouns: Set<String>
    /// Nouns that carry a status ("prisoners" detained, "refugees" displaced, "dead" killed).
    let statusNouns: [String: FigureKind]
    /// Nouns that carry an identity ("troops", "militants", "residents").
    let identityNouns: [String: FigureKind]
    /// Cue phrases after the counted people.
    let after: PhraseTable
    /// Cue phrases before the counted people.
    let before: PhraseTable
    /// Cues before the counted people that make a figure whatever the tense ("to free 350
    /// rebels": prisoners to be released are counted).
    let release: PhraseTable
    /// Nouns whose count follows later in the clause ("death toll … to 30").
    let tolls: PhraseTable
    /// Words that make a status hypothetical.
    let modals: Set<String>
    /// Words allowed between the counted people and a cue after them.
    let auxiliaries: Set<String>
    /// Days and other time words that may sit between the people and their cue.
    let timeWords: Set<String>
    /// Modifiers that join a person noun in `who`.
    let compounds: Set<String>
    /// Everything above by word, keyed by `ScalarText.lowerHash`.
    private let infos: WordTable<WordInfo>

    /// The lexicon of the lines of a lexicon file.
    init(fileText: String) {
        var builder = Builder()
        var section = ""
        var kind: FigureKind?
        for rawLine in fileText.split(whereSeparator: \.isNewline) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces).lowercased()
            guard !line.isEmpty else { continue }
            if line.hasPrefix("[") {
                let header = line.dropFirst().dropLast().split(separator: " ")
                section = header.first.map(String.init) ?? ""
                kind = header.count > 1 ? FigureKind(rawValue: String(header[1])) : nil
                continue
            }
            builder.add(line.split(separator: " ").map(String.init), section: section, kind: kind)
        }
        personNouns = builder.personNouns
        singularPersonNouns = builder.singularPersonNouns
        statusNouns = builder.statusNouns
        identityNouns = builder.identityNouns
        after = builder.after
        before = builder.before
        release = builder.release
        tolls = builder.tolls
        modals = builder.modals
        auxiliaries = builder.auxiliaries
        timeWords = builder.timeWords
        compounds = builder.compounds
        infos = WordTable(builder.infos(), empty: WordInfo())
    }

    /// What the lexicon knows about the word whose lower form hashes to `hash`.
    func info(hash: UInt64) -> WordInfo {
        infos[hash]
    }

    /// The sections as they are read.
    private struct Builder {
        var personNouns: Set<String> = []
        var singularPersonNouns: Set<String> = []
        var statusNouns: [String: FigureKind] = [:]
        var identityNouns: [String: FigureKind] = [:]
        var after = PhraseTable(start: .afterStart, end: .afterEnd)
        var before = PhraseTable(start: .beforeStart, end: .beforeEnd)
        var release = PhraseTable(start: .releaseStart, end: .releaseEnd)
        var tolls = PhraseTable(start: .tollStart, end: .tollEnd)
        var modals: Set<String> = []
        var auxiliaries: Set<String> = []
        var timeWords: Set<String> = []
        var compounds: Set<String> = []

        mutating func add(_ words: [String], section: String, kind: FigureKind?) {
            switch section {
            case "person":
                personNouns.formUnion(words)
                if words.count == 2 { singularPersonNouns.insert(words[0]) }
            case "status-noun":
                for word in words { if let kind { statusNouns[word] = kind } }
            case "identity":
                for word in words { if let kind { identityNouns[word] = kind } }
            case "after": if let kind { after.add(words, kind) }
            case "before": if let kind { before.add(words, kind) }
            case "release": if let kind { release.add(words, kind) }
            case "toll": if let kind { tolls.add(words, kind) }
            case "modal": modals.formUnion(words)
            case "auxiliary": auxiliaries.formUnion(words)
            case "time": timeWords.formUnion(words)
            case "compound": compounds.formUnion(words)
            default: break
            }
        }

        /// The word table of everything read.
        func infos() -> [UInt64: WordInfo] {
            var infos: [UInt64: WordInfo] = [:]
            func mark(_ words: some Sequence<String>, _ flag: WordInfo.Flags) {
                for word in words { infos[ScalarText.lowerHash(word), default: WordInfo()].flags.insert(flag) }
            }
            mark(personNouns, .person)
            mark(singularPersonNouns, .singularPerson)
            mark(PeopleGroup.closedClass, .closedClass)
            mark(auxiliaries, .auxiliary)
            mark(modals, .modal)
            mark(timeWords, .time)
            mark(compounds, .compound)
            mark(NumberWords.months.map(\.string), .month)
            mark(NumberScanner.starters.map(\.string), .numberStart)
            mark(
                (Array(NumberWords.units.keys) + Array(NumberWords.tens.keys) + Array(NumberWords.scales.keys))
                    .map(\.string), .numberWord)
            mark(CountParser.qualifierFirstWords, .qualifierStart)
            for table in [after, before, release, tolls] {
                mark(table.firstWords, table.startFlag)
                mark(table.lastWords, table.endFlag)
            }
            for (word, kind) in statusNouns { infos[ScalarText.lowerHash(word), default: WordInfo()].status = kind }
            for (word, kind) in identityNouns { infos[ScalarText.lowerHash(word), default: WordInfo()].identity = kind }
            return infos
        }
    }

    /// The bundled lexicon (empty if the resource is missing, which the tests catch).
    static let bundled: FigureLexicon = {
        guard
            let url = Bundle.module.url(forResource: "figure-lexicon", withExtension: "txt", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return FigureLexicon(fileText: "") }
        return FigureLexicon(fileText: text)
    }()

}

/// Multi-word cue phrases with their kinds, matched on lower-case words forwards from a start
/// word or backwards from an end word.
struct PhraseTable: Sendable {
    /// Every word of every phrase.
    private(set) var allWords: Set<String> = []
    private(set) var firstWords: Set<String> = []
    private(set) var lastWords: Set<String> = []
    /// The phrases by the hash of their first word and of their last word, longest first.
    private var byFirst: [UInt64: [([LowerWord], FigureKind)]] = [:]
    private var byLast: [UInt64: [([LowerWord], FigureKind)]] = [:]
    /// The `WordInfo` flags that mark a phrase's first and last words.
    let startFlag: WordInfo.Flags
    let endFlag: WordInfo.Flags

    init(start: WordInfo.Flags, end: WordInfo.Flags) {
        startFlag = start
        endFlag = end
    }

    mutating func add(_ words: [String], _ kind: FigureKind) {
        guard let first = words.first, let last = words.last else { return }
        let phrase = words.map(LowerWord.init)
        byFirst[ScalarText.lowerHash(first), default: []].append((phrase, kind))
        byFirst[ScalarText.lowerHash(first), default: []].sort { $0.0.count > $1.0.count }
        byLast[ScalarText.lowerHash(last), default: []].append((phrase, kind))
        byLast[ScalarText.lowerHash(last), default: []].sort { $0.0.count > $1.0.count }
        allWords.formUnion(words)
        firstWords.insert(first)
        lastWords.insert(last)
    }

    /// The longest phrase starting at `index`: its kind and length.
    func match(_ words: [FigureWord], startingAt index: Int) -> (kind: FigureKind, length: Int)? {
        guard index < words.count, words[index].info.flags.contains(startFlag),
            let candidates = byFirst[words[index].hash]
        else { return nil }
        for (phrase, kind) in candidates where index + phrase.count <= words.count {
            if zip(phrase, words[index..<index + phrase.count]).allSatisfy({ $0 == $1.lower }) {
                return (kind, phrase.count)
            }
        }
        return nil
    }

    /// The longest phrase ending at `index` (inclusive): its kind and length.
    func match(_ words: [FigureWord], endingAt index: Int) -> (kind: FigureKind, length: Int)? {
        guard index >= 0, index < words.count, words[index].info.flags.contains(endFlag),
            let candidates = byLast[words[index].hash]
        else { return nil }
        for (phrase, kind) in candidates where index + 1 - phrase.count >= 0 {
            let start = index + 1 - phrase.count
            if zip(phrase, words[start...index]).allSatisfy({ $0 == $1.lower }) {
                return (kind, phrase.count)
            }
        }
        return nil
    }
}
