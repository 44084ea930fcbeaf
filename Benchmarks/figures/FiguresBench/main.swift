import Foundation
import GleanerExtract

// Reads JSON lines with "id" and "text", writes {"id", "figures"} per line (the figure schema of
// DESIGN.md), or prints the median seconds of N passes of the extract stage without figures
// (tokenise, tag, merge entities) and with them, on one thread.
//
//   gleaner-figures-bench predict SENTENCES.jsonl > predictions.jsonl
//   gleaner-figures-bench time TEXTS.jsonl 5

let arguments = CommandLine.arguments
guard arguments.count >= 3, let data = FileManager.default.contents(atPath: arguments[2]) else {
    FileHandle.standardError.write(Data("usage: gleaner-figures-bench predict|time FILE.jsonl [passes]\n".utf8))
    exit(2)
}
var documents: [(id: String, text: String)] = []
for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
        let text = object["text"] as? String
    else { continue }
    documents.append((object["id"] as? String ?? "", text))
}
guard case .success(let tagger) = EntityTagger.shared else {
    FileHandle.standardError.write(Data("cannot load the tagger\n".utf8))
    exit(1)
}
let extractor = FigureExtractor.shared

func figureObject(_ figure: Figure) -> [String: Any] {
    [
        "kind": figure.kind.rawValue, "value": figure.value as Any? ?? NSNull(), "low": figure.low,
        "high": figure.high, "qualifier": figure.qualifier?.rawValue as Any? ?? NSNull(),
        "who": figure.who as Any? ?? NSNull(), "location": figure.location as Any? ?? NSNull(),
        "actor": figure.actor as Any? ?? NSNull(), "span": [figure.start, figure.end], "text": figure.text,
    ]
}

switch arguments[1] {
case "predict":
    for document in documents {
        let tokenized = TokenizedText(document.text)
        let figures = extractor.figures(in: tokenized, entities: tagger.entities(in: tokenized))
        let line: [String: Any] = ["id": document.id, "figures": figures.map(figureObject)]
        let json = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
        print(String(decoding: json, as: UTF8.self))
    }
case "time":
    let passes = arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5
    // An optional fourth argument runs one side only ("without" or "with"), for `perf stat`.
    let only = arguments.count > 4 ? arguments[4] : "both"
    // Thread CPU time, not wall time: the machine is shared, and CPU time is what the stage costs.
    func cpuNow() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
    func seconds(_ body: () -> Int) -> (Double, Int) {
        let start = cpuNow()
        let result = body()
        return (cpuNow() - start, result)
    }
    /// One pass of the extract stage over every document: tokenise, tag and merge entities, and
    /// with `figures` extract the figures too. Returns the entity and figure counts, so that the
    /// work is used.
    func extractPass(figures: Bool) -> (entities: Int, figures: Int) {
        var entities = 0
        var found = 0
        for document in documents {
            let tokenized = TokenizedText(document.text)
            let mentions = tagger.entities(in: tokenized)
            entities += EntityMerger.merge(mentions).count
            if figures { found += extractor.figures(in: tokenized, entities: mentions).count }
        }
        return (entities, found)
    }
    var tagOnly: [Double] = []
    var withFigures: [Double] = []
    var figureTotal = 0
    for _ in 0..<passes {
        tagOnly.append(only == "with" ? 1 : seconds { extractPass(figures: false).entities }.0)
        if only == "without" {
            withFigures.append(1)
            continue
        }
        withFigures.append(
            seconds {
                let counts = extractPass(figures: true)
                figureTotal += counts.figures
                return counts.entities
            }.0)
    }
    let medianTag = tagOnly.sorted()[passes / 2]
    let medianBoth = withFigures.sorted()[passes / 2]
    let fastestTag = tagOnly.min() ?? 0
    let fastestBoth = withFigures.min() ?? 0
    print(
        String(
            format:
                "documents %d, figures per pass %d, extract without figures %.3f s CPU, with figures %.3f s CPU, figures add %.1f%%",
            documents.count, figureTotal / passes, medianTag, medianBoth, (medianBoth / medianTag - 1) * 100)
            + String(
                format: " (fastest passes: %.3f s, %.3f s, %.1f%%)", fastestTag, fastestBoth,
                (fastestBoth / fastestTag - 1) * 100))
default:
    FileHandle.standardError.write(Data("unknown mode \(arguments[1])\n".utf8))
    exit(2)
}
