import ArgumentParser
import Foundation
import GleanerCore

/// Exit statuses of the command line (stable: schedulers depend on them).
enum ExitStatus {
    /// Every input was processed.
    static let success = ExitCode(0)
    /// Some documents failed; they are listed in `errors.jsonl`.
    static let documentsFailed = ExitCode(1)
    /// Bad usage or configuration, or the output could not be written.
    static let usage = ExitCode(2)

    /// Prints `error` to standard error and returns its exit code (2, or 75 for the lock).
    static func report(_ error: RunError) -> ExitCode {
        FileHandle.standardError.write(Data("gleaner: error: \(error.message)\n".utf8))
        return ExitCode(error.exitStatus)
    }
}
