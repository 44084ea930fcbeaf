import Foundation
import GleanerCore
import Logging

/// A swift-log handler that writes one JSON object per line to standard error, for journald,
/// Vector, Fluent Bit or Loki: `{"time":"2026-11-25T02:15:00.123Z","level":"info",
/// "logger":"gleaner","message":"…","pid":123}` plus the metadata as string fields.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    init(label: String) {
        self.label = label
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        var fields = merged.map { ($0.key, $0.value.description) }.sorted { $0.0 < $1.0 }
        if let error = event.error { fields.append(("error", "\(error)")) }
        let entry = Entry(
            time: Date(), level: event.level.rawValue, logger: label, message: event.message.description,
            metadata: fields)
        var bytes = JSONLine.encode(entry)
        bytes.append(0x0A)
        FileHandle.standardError.write(Data(bytes))
    }

    /// One log line.
    private struct Entry: JSONLineWritable {
        var time: Date
        var level: String
        var logger: String
        var message: String
        var metadata: [(String, String)]

        func write(to json: inout JSONLine) {
            json.object { json in
                json.field("time", Self.format(time))
                json.field("level", level)
                json.field("logger", logger)
                json.field("message", message)
                json.field("pid", Int(ProcessInfo.processInfo.processIdentifier))
                for (key, value) in metadata where !["time", "level", "logger", "message", "pid"].contains(key) {
                    json.field(key, value)
                }
            }
        }

        private static func format(_ date: Date) -> String {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            return formatter.string(from: date)
        }
    }
}
