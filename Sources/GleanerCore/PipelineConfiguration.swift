/// What a run does: where it reads and writes, how many workers, which stages and limits.
/// Built from built-in defaults, then a pipeline file (`PipelineFile`), then command-line flags.
public struct PipelineConfiguration: Sendable, Equatable {
    /// The pipeline's name, written into the manifest.
    public var name: String = "default"
    /// The input directory (absolute, or relative to the current directory).
    public var input: String?
    /// The output directory, published by rename when the run completes.
    public var output: String?
    /// CPU workers; `nil` means one per core.
    public var workers: Int?
    /// Documents in flight at once; `nil` means 4 × workers.
    public var window: Int?
    /// The stages to run, in pipeline order. `clean` always runs. `extract` is on by default:
    /// on `Benchmarks/work/corpus-2000` (release build, 2 workers) it takes a run from about 750
    /// to about 460 articles/s; `--stages clean,dedup` leaves it out.
    public var stages: [PipelineStage] = [.clean, .dedup, .extract]
    /// Caps that protect the run from oversized or malicious inputs.
    public var limits = InputLimits()
    /// Near-duplicate parameters; `nil` (`dedup: off`) turns the dedup stage off.
    public var dedup: DedupParameters? = DedupParameters()
    /// Where the state of earlier runs (processed inputs, dedup index, run history) is kept
    /// (`--state`, `state:`).
    public var state: StateLocation = .automatic
    /// How many published runs to keep under `OUTPUT/runs/` (`--keep`, `keep:`); `nil` keeps all.
    /// The run `latest` points to and runs in progress are never removed.
    public var keep: Int?
    /// Where to write the Prometheus text file for node_exporter (`--metrics-file`,
    /// `metrics_file:`); `nil` writes none.
    public var metricsFile: String?

    public init() {}

    /// The stages a user may name (`--stages`, `stages:`).
    public static let selectableStages: [PipelineStage] = [.clean, .dedup, .extract]

    /// Parses a stage list ("clean,dedup") and checks it; `clean` is always included.
    public static func parseStages(_ names: [String]) throws(RunError) -> [PipelineStage] {
        var stages: [PipelineStage] = []
        for raw in names {
            let name = raw.trimmingSpaces().lowercased()
            if name.isEmpty { continue }
            guard let stage = PipelineStage(rawValue: name), selectableStages.contains(stage) else {
                throw RunError(
                    "unknown stage '\(raw)'; stages are: \(selectableStages.map(\.rawValue).joined(separator: ", "))"
                )
            }
            if !stages.contains(stage) { stages.append(stage) }
        }
        if !stages.contains(.clean) { stages.insert(.clean, at: 0) }
        return stages.sorted()
    }
}

/// Where a run keeps its state file (processed inputs, dedup index and run history shared by
/// nightly runs).
public enum StateLocation: Sendable, Equatable {
    /// `state.sqlite` in the output directory, beside `runs/`, so that every run writing into
    /// the same output shares it.
    case automatic
    /// No state: the run deduplicates within itself only (`--state none`, `state: off`).
    case disabled
    /// This file.
    case file(String)

    /// The file name used by `automatic`.
    public static let defaultFileName = "state.sqlite"

    /// Parses a `--state` value or `state:` string: `none`, `off`, `false` or `no` disable it.
    public static func parse(_ text: String) -> StateLocation {
        ["none", "off", "false", "no"].contains(text.lowercased()) ? .disabled : .file(text)
    }

    /// The state file of a run writing to `output`, or `nil` when disabled.
    public func path(output: String) -> String? {
        switch self {
        case .disabled: return nil
        case .file(let path): return path
        case .automatic:
            var trimmed = Substring(output)
            while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
            return trimmed == "/" ? "/" + Self.defaultFileName : trimmed + "/" + Self.defaultFileName
        }
    }
}

/// Near-duplicate detection parameters (`dedup:` in a pipeline file). The defaults were chosen
/// on labelled wire copies with 5–20 % edits, half of them HTML pages with boilerplate
/// (`Benchmarks/dedup/results.md`): 5-word shingles, 96 permutations in 32 bands of 3 rows
/// (LSH threshold ≈ (1/32)^(1/3) ≈ 0.31; a copy at Jaccard 0.4 becomes a candidate with
/// probability 0.87, at 0.5 with 0.98), and a candidate counts as a copy when its estimated
/// Jaccard similarity is at least 0.35. 96 × 1-byte minima plus 32 table slots keep the
/// in-memory index near 255 bytes per document.
public struct DedupParameters: Sendable, Equatable {
    /// Estimated Jaccard similarity at or above which a candidate counts as a copy.
    public var threshold: Double = 0.35
    /// Words per shingle.
    public var shingle: Int = 5
    /// MinHash permutations (bytes per stored signature).
    public var permutations: Int = 96
    /// LSH bands; `permutations / bands` rows per band.
    public var bands: Int = 32

    public init(threshold: Double = 0.35, shingle: Int = 5, permutations: Int = 96, bands: Int = 32) {
        self.threshold = threshold
        self.shingle = shingle
        self.permutations = permutations
        self.bands = bands
    }

    /// Rows per band.
    public var rows: Int { permutations / bands }

    /// Why the parameters cannot be used, or `nil` when they can.
    public var problem: String? {
        if !(threshold > 0 && threshold <= 1) { return "'threshold' must be above 0 and at most 1" }
        if shingle < 1 || shingle > 32 { return "'shingle' must be a word count from 1 to 32" }
        if permutations < 1 || permutations > 1024 { return "'permutations' must be from 1 to 1024" }
        if bands < 1 || permutations % bands != 0 || permutations / bands > 8 {
            return "'bands' must divide 'permutations' into bands of 1 to 8 rows (\(permutations) permutations)"
        }
        return nil
    }
}

/// Caps applied to every input file.
public struct InputLimits: Sendable, Equatable {
    /// The largest document accepted, in bytes after decompression (default 20 MB).
    public var maxBytes: Int = 20_000_000
    /// The largest decompressed/compressed ratio accepted for gzip files (default 100).
    public var maxRatio: Int = 100

    public init(maxBytes: Int = 20_000_000, maxRatio: Int = 100) {
        self.maxBytes = maxBytes
        self.maxRatio = maxRatio
    }

    /// Parses "20MB", "512KB", "1GB", "1500000" (decimal units, as in the messages).
    public static func parseByteSize(_ text: String) -> Int? {
        let trimmed = text.trimmingSpaces().uppercased()
        let units: [(String, Int)] = [
            ("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1),
        ]
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count).trimmingSpaces()
            guard let value = Double(number), value > 0 else { return nil }
            return Int(value * Double(factor))
        }
        guard let value = Int(trimmed), value > 0 else { return nil }
        return value
    }
}

/// A problem that stops the whole run (exit status 2): bad usage or configuration, an input or
/// output directory that cannot be used, or an output file that cannot be written. Nothing is
/// published when it happens; a problem with one document is a `DocumentError` instead.
public struct RunError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// The exit status the command line reports for it: 2 (usage, configuration, output), or 75
    /// (`EX_TEMPFAIL`) when another run holds the lock.
    public var exitStatus: Int32

    public init(_ message: String, exitStatus: Int32 = 2) {
        self.message = message
        self.exitStatus = exitStatus
    }

    /// The exit status of a run refused because another run holds the lock.
    public static let lockedExitStatus: Int32 = 75

    public var description: String { message }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
