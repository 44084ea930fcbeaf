import Foundation
import GleanerExtract

/// Classifies the span errors of a model on a TSV file (dev by default): wrong type, wrong
/// boundaries, missed and spurious spans, with the most frequent strings of each kind.
enum ErrorReport {
    static func run(_ options: Options) -> Result<Void, TrainError> {
        let path = options.string("model", Commands.bundledModel)
        let file = options.string("test", "\(Commands.data)/dev.tsv")
        return ModelFile.load(contentsOf: URL(fileURLWithPath: path)).mapError { .model($0) }.flatMap { model in
            Commands.titles().flatMap { titles in
                GMBReader.readWords(
                    file, titles: titles, documentSize: options.int("document", 40),
                    relabelTitledNames: options.int("titled", 1) == 1, conventions: Commands.conventions(options)
                ).map {
                    (corpus, words) in
                    let predicted = Commands.cleaned(
                        corpus.predict(with: model), corpus: corpus, words: words, titles: titles, options: options)
                    let vocabularyPath = options.string("vocabulary", "")
                    if !vocabularyPath.isEmpty,
                        let vocabulary = try? String(contentsOfFile: vocabularyPath, encoding: .utf8)
                    {
                        unseen(
                            gold: corpus.gold, predicted: predicted, sentences: corpus.sentences, words: words,
                            known: Set(
                                vocabulary.split(separator: "\n").map {
                                    $0.split(separator: "\t").first.map(String.init)?.lowercased() ?? ""
                                }))
                    }
                    let lines = report(
                        gold: corpus.gold, predicted: predicted, sentences: corpus.sentences,
                        words: words, top: options.int("top", 25))
                    let dumpPath = options.string("dump", "")
                    if !dumpPath.isEmpty {
                        let text = lines.map { $0 + "\n" }.joined()
                        if (try? text.write(toFile: dumpPath, atomically: true, encoding: .utf8)) == nil {
                            print("errors: cannot write \(dumpPath)")
                        }
                    }
                }
            }
        }
    }

    /// PER+ORG+LOC F1 over the spans with at least one word that `known` (lowercased training
    /// words) lacks: how well the model does on names it never saw.
    static func unseen(gold: [UInt8], predicted: [UInt8], sentences: [Range<Int>], words: [String], known: Set<String>)
    {
        var correct = 0
        var goldCount = 0
        var predictedCount = 0
        for sentence in sentences {
            func isNew(_ span: (type: EntityType, start: Int, end: Int)) -> Bool {
                span.type != .norp
                    && ((sentence.lowerBound + span.start)..<(sentence.lowerBound + span.end)).contains {
                        !known.contains(words[$0].lowercased())
                    }
            }
            let goldSpans = TagSet.spans(Array(gold[sentence])).filter(isNew)
            let predictedSpans = TagSet.spans(Array(predicted[sentence])).filter(isNew)
            goldCount += goldSpans.count
            predictedCount += predictedSpans.count
            correct += predictedSpans.filter { span in goldSpans.contains { $0 == span } }.count
        }
        let precision = Double(correct) / Double(max(predictedCount, 1))
        let recall = Double(correct) / Double(max(goldCount, 1))
        print(
            String(
                format: "unseen-word spans: gold %d, predicted %d, P %.4f R %.4f F1 %.4f", goldCount, predictedCount,
                precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)))
    }

    /// Prints the error counts by kind with their most frequent strings, and returns one JSON line
    /// per error (kind, gold and predicted span, the sentence with both marked) for `--dump`, so
    /// errors can be read in context and adjudicated.
    @discardableResult
    static func report(gold: [UInt8], predicted: [UInt8], sentences: [Range<Int>], words: [String], top: Int)
        -> [String]
    {
        typealias Span = (type: EntityType, start: Int, end: Int)
        var counts: [String: Int] = [:]
        var examples: [String: [String: Int]] = [:]
        var lines: [String] = []
        for sentence in sentences {
            let goldSpans = TagSet.spans(Array(gold[sentence]))
            let predictedSpans = TagSet.spans(Array(predicted[sentence]))
            func text(_ span: Span) -> String {
                words[(sentence.lowerBound + span.start)..<(sentence.lowerBound + span.end)].joined(separator: " ")
            }
            func note(_ kind: String, _ example: String, gold: Span?, predicted: Span?) {
                counts[kind, default: 0] += 1
                examples[kind, default: [:]][example, default: 0] += 1
                var record: [String: String] = [
                    "kind": kind, "sentence": marked(sentence, gold: gold, predicted: predicted, words: words),
                ]
                if let gold { record["gold"] = text(gold) + "/" + gold.type.rawValue }
                if let predicted { record["predicted"] = text(predicted) + "/" + predicted.type.rawValue }
                if let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]) {
                    lines.append(String(decoding: data, as: UTF8.self))
                }
            }
            for span in goldSpans {
                if predictedSpans.contains(where: { $0 == span }) { continue }
                if let other = predictedSpans.first(where: { $0.start == span.start && $0.end == span.end }) {
                    note(
                        "type \(span.type.rawValue)->\(other.type.rawValue)", text(span), gold: span, predicted: other)
                } else if let other = predictedSpans.first(where: { $0.start < span.end && span.start < $0.end }) {
                    note(
                        "bounds \(span.type.rawValue)", text(span) + "  ~  " + text(other) + "/" + other.type.rawValue,
                        gold: span, predicted: other)
                } else {
                    note("missed \(span.type.rawValue)", text(span), gold: span, predicted: nil)
                }
            }
            for span in predictedSpans where !goldSpans.contains(where: { $0.start < span.end && span.start < $0.end })
            {
                note("spurious \(span.type.rawValue)", text(span), gold: nil, predicted: span)
            }
        }
        for (kind, count) in counts.sorted(by: { $0.value > $1.value }) {
            let common = examples[kind]!.sorted { $0.value > $1.value }.prefix(top)
            print("\(kind): \(count)")
            print("   " + common.map { "\($0.key) (\($0.value))" }.joined(separator: "; "))
        }
        return lines
    }

    /// The sentence's words with the gold span in `[…]` and the predicted span in `{…}`.
    static func marked(
        _ sentence: Range<Int>, gold: (type: EntityType, start: Int, end: Int)?,
        predicted: (type: EntityType, start: Int, end: Int)?, words: [String]
    ) -> String {
        var out: [String] = []
        for index in sentence {
            let position = index - sentence.lowerBound
            var word = words[index]
            if let gold, position == gold.start { word = "[" + word }
            if let predicted, position == predicted.start { word = "{" + word }
            if let gold, position == gold.end - 1 { word += "]" }
            if let predicted, position == predicted.end - 1 { word += "}" }
            out.append(word)
        }
        return out.joined(separator: " ")
    }
}
