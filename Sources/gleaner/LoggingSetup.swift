import Logging

/// Sends swift-log output to standard error, once per process: as text lines, or with
/// `--log-format json` as one JSON object per line for log shippers.
enum LoggingSetup {
    /// The formats of `--log-format`.
    enum Format: String, CaseIterable {
        case text
        case json
    }

    static func logger(verbose: Bool, quiet: Bool, format: Format = .text) -> Logger {
        let level: Logger.Level = verbose ? .debug : (quiet ? .warning : .info)
        LoggingSystem.bootstrap { label in
            switch format {
            case .text:
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            case .json:
                var handler = JSONLogHandler(label: label)
                handler.logLevel = level
                return handler
            }
        }
        return Logger(label: "gleaner")
    }
}
