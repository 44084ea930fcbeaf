// libxml2 parse-only baseline for Benchmarks/clean_throughput.sh.
//
//   gleaner-parse-baseline DIR [--threads N] [--clean]
//
// Loads every .html/.htm file under DIR into memory, then parses each one with libxml2 (the
// same options Gleaner uses) and frees it, timing only the parsing. With --clean it runs
// Gleaner's whole HTML cleaner instead (parse + DOM walk), to separate the cleaner's cost from
// the pipeline's. Prints one JSON line:
// {"files":N,"bytes":B,"seconds":S,"mb_per_s":X}  (MB = 10^6 bytes).
import Dispatch
import Foundation
import GleanerClean

var arguments = Array(CommandLine.arguments.dropFirst())
var requestedThreads = 1
if let flag = arguments.firstIndex(of: "--threads"), flag + 1 < arguments.count {
    requestedThreads = max(1, Int(arguments[flag + 1]) ?? 1)
    arguments.removeSubrange(flag...(flag + 1))
}
let threads = requestedThreads
let runCleaner = arguments.contains("--clean")
arguments.removeAll { $0 == "--clean" }
guard let root = arguments.first else {
    FileHandle.standardError.write(Data("usage: gleaner-parse-baseline DIR [--threads N]\n".utf8))
    exit(2)
}

var paths: [String] = []
if let walker = FileManager.default.enumerator(atPath: root) {
    for case let relative as String in walker where relative.hasSuffix(".html") || relative.hasSuffix(".htm") {
        paths.append(root + "/" + relative)
    }
}
paths.sort()
let documents: [[UInt8]] = paths.compactMap { path in
    FileManager.default.contents(atPath: path).map { [UInt8]($0) }
}
let totalBytes = documents.reduce(0) { $0 + $1.count }

HTMLParseProbe.initialize()
let start = DispatchTime.now().uptimeNanoseconds
DispatchQueue.concurrentPerform(iterations: threads) { thread in
    var index = thread
    while index < documents.count {
        if runCleaner {
            _ = try? HTMLCleaner.clean(documents[index])
        } else {
            HTMLParseProbe.parseAndFree(documents[index])
        }
        index += threads
    }
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let rate = Double(totalBytes) / 1e6 / seconds
print(
    "{\"mode\":\"\(runCleaner ? "clean" : "parse")\",\"files\":\(documents.count),\"bytes\":\(totalBytes),\"seconds\":\(String(format: "%.4f", seconds)),\"mb_per_s\":\(String(format: "%.1f", rate))}"
)
