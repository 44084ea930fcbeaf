import Foundation
import GleanerExtract

/// Reads GMB TSV files (`word<TAB>POS<TAB>tag`, blank line between sentences).
enum GMBReader {
    static func read(
        _ path: String, titles: PersonTitles, documentSize: Int = 20, relabelTitledNames: Bool = false,
        conventions: GMBLabels.Conventions = GMBLabels.Conventions()
    ) -> Result<TaggedCorpus, TrainError> {
        readWords(
            path, titles: titles, documentSize: documentSize, relabelTitledNames: relabelTitledNames,
            conventions: conventions
        ).map(\.corpus)
    }

    /// A corpus and its words, sentences back to back.
    typealias CorpusWords = (corpus: TaggedCorpus, words: [String])

    /// Reads a corpus and keeps its words (for error reports); `relabelTitledNames` applies
    /// `TitledNames` (training data only); `conventions` are those of `GMBLabels.convert`.
    static func readWords(
        _ path: String, titles: PersonTitles, documentSize: Int = 20, relabelTitledNames: Bool = false,
        conventions: GMBLabels.Conventions = GMBLabels.Conventions()
    ) -> Result<CorpusWords, TrainError> {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return .failure(.unreadable(path))
        }
        var sentences: [(words: [String], tags: [UInt8])] = []
        var words: [String] = []
        var rawTags: [Substring] = []
        var allWords: [String] = []
        func flush() {
            guard !words.isEmpty else { return }
            sentences.append(
                (words, GMBLabels.convert(words: words, rawTags: rawTags, titles: titles, conventions: conventions)))
            allWords.append(contentsOf: words)
            words.removeAll(keepingCapacity: true)
            rawTags.removeAll(keepingCapacity: true)
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count < 3 {
                flush()
                continue
            }
            words.append(String(fields[0]))
            rawTags.append(fields[2].hasSuffix("\r") ? fields[2].dropLast() : fields[2])
        }
        flush()
        if relabelTitledNames {
            print("relabelled \(TitledNames.relabel(&sentences, titles: titles)) titled ORGANIZATION spans as PERSON")
        }
        return .success((TaggedCorpus(sentences, documentSize: documentSize), allWords))
    }
}

/// Failures of the training command.
enum TrainError: Error, CustomStringConvertible {
    case unreadable(String)
    case usage(String)
    case model(ModelFileError)

    var description: String {
        switch self {
        case .unreadable(let path): "cannot read \(path)"
        case .usage(let message): message
        case .model(let error): "model: \(error)"
        }
    }
}
