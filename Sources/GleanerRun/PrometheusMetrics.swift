import Foundation
import GleanerCore
import GleanerIO

/// The `--metrics-file`: a run's figures in Prometheus text exposition format (version 0.0.4),
/// for node_exporter's textfile collector. Written atomically (temporary file + rename), so the
/// collector never reads half a file. Every figure describes the last run, so all are gauges.
public struct PrometheusMetrics: Sendable {
    /// The last run's manifest; `nil` when it failed before writing one.
    public var manifest: RunManifest?
    /// The run's exit status (0, 1 or 2).
    public var exitStatus: Int32
    /// When the run ended, and the run's wall time.
    public var finished: Date
    public var durationSeconds: Double
    /// The end of the last run that completed (exit status 0 or 1), this one included.
    public var lastSuccess: Date?

    public init(
        manifest: RunManifest?, exitStatus: Int32, finished: Date, durationSeconds: Double, lastSuccess: Date?
    ) {
        self.manifest = manifest
        self.exitStatus = exitStatus
        self.finished = finished
        self.durationSeconds = durationSeconds
        self.lastSuccess = lastSuccess
    }

    /// The exposition text.
    public var text: String {
        var lines: [String] = []
        func family(_ name: String, _ help: String, _ samples: [(labels: String, value: Double)]) {
            lines.append("# HELP \(name) \(help)")
            lines.append("# TYPE \(name) gauge")
            for sample in samples {
                lines.append("\(name)\(sample.labels) \(Self.format(sample.value))")
            }
        }
        family(
            "gleaner_last_run_timestamp_seconds", "When the last gleaner run ended (Unix time).",
            [("", finished.timeIntervalSince1970)])
        family(
            "gleaner_last_run_exit_status", "Exit status of the last run: 0 ok, 1 some inputs failed, 2 run failed.",
            [("", Double(exitStatus))])
        family(
            "gleaner_last_success_timestamp_seconds",
            "When the last run that published its output ended (Unix time); 0 if none has.",
            [("", lastSuccess?.timeIntervalSince1970 ?? 0)])
        family("gleaner_run_duration_seconds", "Wall time of the last run.", [("", durationSeconds)])
        guard let manifest else { return lines.joined(separator: "\n") + "\n" }
        let statuses = ["unique", "exact_duplicate", "near_duplicate", "not_checked", "error"]
        family(
            "gleaner_articles_total", "Inputs processed by the last run, by outcome.",
            statuses.map { ("{status=\"\($0)\"}", Double(manifest.outcomes[$0] ?? 0)) })
        family(
            "gleaner_inputs_processed_total", "Inputs the last run processed (new or changed files).",
            [("", Double(manifest.inputs))])
        family(
            "gleaner_inputs_skipped_total",
            "Inputs the last run skipped because an earlier run processed the same bytes.",
            [("", Double(manifest.unchanged))])
        family(
            "gleaner_inputs_superseded_total", "Changed inputs the last run processed again under a new id.",
            [("", Double(manifest.superseded.count))])
        family(
            "gleaner_errors_total", "Inputs of the last run that failed, by stage.",
            manifest.errorsByStage.sorted { $0.key < $1.key }.map { ("{stage=\"\($0.key)\"}", Double($0.value)) })
        family(
            "gleaner_stage_seconds", "Seconds per stage in the last run, summed over threads.",
            manifest.seconds.filter { $0.key != "total" }.sorted { $0.key < $1.key }
                .map { ("{stage=\"\($0.key)\"}", $0.value) })
        family(
            "gleaner_bytes_read_total", "Bytes the last run read from disk.", [("", Double(manifest.bytesRead))])
        family(
            "gleaner_articles_per_second", "Article lines per second of wall time in the last run.",
            [("", manifest.articlesPerSecond)])
        family(
            "gleaner_peak_rss_bytes", "Peak resident memory of the last run.", [("", Double(manifest.peakRSSBytes))])
        if !manifest.figuresByKind.isEmpty {
            family(
                "gleaner_figures_total", "Figures in the last run's articles (duplicates not counted), by kind.",
                manifest.figuresByKind.sorted { $0.key < $1.key }.map { ("{kind=\"\($0.key)\"}", Double($0.value)) })
        }
        family(
            "gleaner_run_empty", "1 when the last run had no new or changed inputs.", [("", manifest.empty ? 1 : 0)])
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the text to `path` atomically.
    public func write(to path: String) throws(RunError) {
        try DurableFile.replace(path, with: Data(text.utf8))
    }

    private static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.6f", value)
    }
}
