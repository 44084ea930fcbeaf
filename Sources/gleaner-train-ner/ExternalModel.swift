import Foundation
import GleanerExtract

/// Scores another tagger (spaCy, see `Benchmarks/ner/ceiling/`) on GMB with the project's conventions.
///
/// `export` writes a GMB file after the conventions as `word<TAB>tag` lines (BIO tags such as
/// `B-ORGANIZATION`), a blank line after each sentence and a `-DOCSTART-<TAB>O` line and a blank
/// line before each pseudo-document of `--document` sentences; `external` reads another tagger's
/// tags for the same tokens in that format and prints `score`'s table.
enum ExternalModel {
    /// The entity types by the names in the files; tags are `O`, or `B-`, `I-`, `L-` or `U-` and one
    /// of these (BILOU read as BIO: `U-` begins a span, `L-` continues one).
    static let typeNames: [String: EntityType] = [
        "PERSON": .person, "ORGANIZATION": .organization, "LOCATION": .location, "NORP": .norp,
    ]

    /// The line that opens each pseudo-document.
    static let documentMarker = "-DOCSTART-\tO"

    /// `export --test FILE --out FILE`: the gold tags after the training conventions (`--scoring 1`:
    /// the scoring conventions and, unless `--titled 0`, `TitledNames` as `score` applies them;
    /// `--relabel 1`: `TitledNames`, as `train` reads train.tsv), or
    /// with `--predicted 1` the raw tags of `--model` (no output rules).
    static func export(_ options: Options) -> Result<Void, TrainError> {
        let output = options.string("out", "")
        guard !output.isEmpty else { return .failure(.usage("export needs --out FILE")) }
        let conventions =
            options.int("scoring", 0) == 1 ? Commands.conventions(options) : Commands.trainingConventions(options)
        return Commands.titles().flatMap { titles in
            GMBReader.readWords(
                options.string("test", "\(Commands.data)/test.tsv"), titles: titles,
                documentSize: options.int("document", 40),
                relabelTitledNames: options.int(
                    "relabel", options.int("scoring", 0) == 1 ? options.int("titled", 1) : 0)
                    == 1,
                conventions: conventions)
        }.flatMap { (corpus, words) in
            let tags: Result<[UInt8], TrainError> =
                options.int("predicted", 0) == 1
                ? ModelFile.load(contentsOf: URL(fileURLWithPath: options.string("model", Commands.bundledModel)))
                    .mapError { .model($0) }.map { corpus.predict(with: $0) }
                : .success(corpus.gold)
            return tags.flatMap { tags in
                var text = ""
                for document in corpus.documents {
                    text += documentMarker + "\n\n"
                    for sentence in corpus.sentences[document] {
                        for index in sentence { text += words[index] + "\t" + TagSet.name(tags[index]) + "\n" }
                        text += "\n"
                    }
                }
                guard (try? text.write(toFile: output, atomically: true, encoding: .utf8)) != nil else {
                    return .failure(.unreadable(output))
                }
                print("wrote \(words.count) tokens, \(corpus.sentences.count) sentences to \(output)")
                return .success(())
            }
        }
    }

    /// `external --test FILE --predictions FILE`: scores the predicted tags against the gold after
    /// the scoring conventions (and `TitledNames` unless `--titled 0`, as `score`), after the
    /// output rules (`Commands.cleaned`) unless `--rules 0`.
    static func external(_ options: Options) -> Result<Void, TrainError> {
        let path = options.string("predictions", "")
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return .failure(.unreadable(path)) }
        return Commands.titles().flatMap { titles in
            GMBReader.readWords(
                options.string("test", "\(Commands.data)/test.tsv"), titles: titles,
                documentSize: options.int("document", 40), relabelTitledNames: options.int("titled", 1) == 1,
                conventions: Commands.conventions(options)
            ).map { (corpus: $0.corpus, words: $0.words, titles: titles) }
        }.flatMap { (corpus, words, titles) in
            read(text, words: words, sentences: corpus.sentences).map { predicted in
                let final =
                    options.int("rules", 1) == 1
                    ? Commands.cleaned(predicted, corpus: corpus, words: words, titles: titles, options: options)
                    : predicted
                Commands.printTable(EntityScore(gold: corpus.gold, predicted: final, sentences: corpus.sentences))
            }
        }
    }

    /// BIO tags (`TagSet`) from the lines of a predictions file, checked token by token against
    /// `words` and sentence by sentence against `sentences`.
    static func read(_ text: String, words: [String], sentences: [Range<Int>]) -> Result<[UInt8], TrainError> {
        var tags: [UInt8] = []
        var ends: [Int] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line == documentMarker {
                if line.isEmpty, tags.count > (ends.last ?? 0) { ends.append(tags.count) }
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, let tag = tag(fields[1]) else {
                return .failure(.usage("predictions line \(number + 1): expected word<TAB>tag, got '\(line)'"))
            }
            guard tags.count < words.count, fields[0] == words[tags.count] else {
                let expected = tags.count < words.count ? "'\(words[tags.count])'" : "the end of the file"
                return .failure(.usage("predictions line \(number + 1): token '\(fields[0])', expected \(expected)"))
            }
            tags.append(tag)
        }
        if tags.count > (ends.last ?? 0) { ends.append(tags.count) }
        guard tags.count == words.count else {
            return .failure(.usage("predictions: \(tags.count) tokens, the corpus has \(words.count)"))
        }
        guard ends == sentences.map(\.upperBound) else {
            return .failure(.usage("predictions: the blank lines do not fall at the corpus's sentence ends"))
        }
        return .success(tags)
    }

    /// The BIO tag (`TagSet`) of a tag name, nil for an unknown name.
    static func tag(_ name: Substring) -> UInt8? {
        if name == "O" { return TagSet.outside }
        let parts = name.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let type = typeNames[String(parts[1])] else { return nil }
        switch parts[0] {
        case "B", "U": return TagSet.begin(type)
        case "I", "L": return TagSet.inside(type)
        default: return nil
        }
    }

}
