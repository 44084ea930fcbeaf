import Logging

/// Sends swift-log output to standard error, once per process.
enum LoggingSetup {
    static func logger(verbose: Bool, quiet: Bool) -> Logger {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = verbose ? .debug : (quiet ? .warning : .info)
            return handler
        }
        return Logger(label: "gleaner")
    }
}
