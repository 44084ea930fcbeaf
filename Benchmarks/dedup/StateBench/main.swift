// Builds a state file of N synthetic signatures (default 1,000,000) with the default dedup
// parameters, then times opening it and answering one look-up (median of several fresh opens).
//
//   gleaner-state-bench FILE [N] [REPEATS] [ADD]
//
// With ADD, a file that already exists gets ADD more synthetic documents in one more commit (a
// nightly run's contribution to a large index), timed.
import Foundation
import GleanerCore
import GleanerDedup
import GleanerState

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: gleaner-state-bench FILE [DOCUMENTS] [REPEATS]\n".utf8))
    exit(2)
}
let path = arguments[1]
let documents = arguments.count > 2 ? Int(arguments[2]) ?? 1_000_000 : 1_000_000
let repeats = arguments.count > 3 ? Int(arguments[3]) ?? 9 : 9
let added = arguments.count > 4 ? Int(arguments[4]) ?? 0 : 0
let parameters = DedupParameters()

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

nonisolated(unsafe) var generator = SplitMix64(seed: UInt64(DispatchTime.now().uptimeNanoseconds))

func randomSignature() -> MinHashSignature {
    MinHashSignature(bytes: (0..<parameters.permutations).map { _ in UInt8.random(in: 0...255, using: &generator) })
}

do {
    if !FileManager.default.fileExists(atPath: path) {
        let start = now()
        let state = try DedupState.open(path: path, parameters: parameters)
        var contribution = DedupContribution(pipeline: "synthetic", started: "2026-01-01T00:00:00Z")
        contribution.documents.reserveCapacity(documents)
        for number in 0..<documents {
            let signature = randomSignature().bytes
            contribution.documents.append(
                DedupContribution.Document(
                    number: number, id: String(format: "%024x", number), path: "synthetic/\(number).txt",
                    signature: signature, parent: number, cluster: number,
                    exactKey: ExactKey(normalisedText: Array("document \(number)".utf8))))
        }
        let committing = now()
        try state.commit(contribution)
        let committed = now()
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print(
            "built \(documents) documents in \(String(format: "%.1f", now() - start)) s (commit \(String(format: "%.2f", committed - committing)) s), \(size / 1_000_000) MB (\(size / max(documents, 1)) bytes/document)"
        )
    }
    if added > 0 {
        let state = try DedupState.open(path: path, parameters: parameters)
        var contribution = DedupContribution(pipeline: "synthetic", started: "2026-01-02T00:00:00Z")
        let first = state.documentCount
        for number in first..<(first + added) {
            contribution.documents.append(
                DedupContribution.Document(
                    number: number, id: String(format: "%024x", number), path: "synthetic/\(number).txt",
                    signature: randomSignature().bytes, parent: number, cluster: number,
                    exactKey: ExactKey(normalisedText: Array("document \(number)".utf8))))
        }
        let committing = now()
        try state.commit(contribution)
        print(
            "added \(added) documents to \(first) in one commit: \(String(format: "%.2f", now() - committing)) s"
        )
    }
    var openTimes: [Double] = []
    var totalTimes: [Double] = []
    for _ in 0..<repeats {
        let probe = randomSignature()
        let start = now()
        let state = try DedupState.open(path: path, parameters: parameters)
        let opened = now()
        var detector = NearDuplicateDetector(parameters: parameters, expectedDocuments: 16, prior: state)
        _ = detector.check(probe, id: "probe", ordinal: 0)
        _ = state.exactOriginal(ExactKey(normalisedText: Array("document 12345".utf8)))
        let done = now()
        if let failure = state.failure { throw failure }
        openTimes.append((opened - start) * 1000)
        totalTimes.append((done - start) * 1000)
    }
    let median = { (values: [Double]) in values.sorted()[values.count / 2] }
    print(
        "open: median \(String(format: "%.3f", median(openTimes))) ms; open + one look-up (LSH + exact key): median \(String(format: "%.3f", median(totalTimes))) ms, max \(String(format: "%.3f", totalTimes.max() ?? 0)) ms over \(repeats) fresh opens"
    )
} catch {
    FileHandle.standardError.write(Data("gleaner-state-bench: \(error)\n".utf8))
    exit(2)
}
