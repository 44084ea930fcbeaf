import Dispatch
import Foundation
import Logging
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Shows how far a run is. On a terminal: one progress line on standard error, redrawn at most
/// five times a second (files done / total, inputs/s, ETA). In a pipe, under CI or with
/// `--quiet`: no progress line; a log line every `logInterval` seconds instead.
public final class ProgressReporter: Sendable {
    /// How progress is shown.
    public enum Mode: Sendable {
        case terminalLine
        case periodicLog
        case silent
    }

    private struct State {
        var done = 0
        var lastDraw: UInt64 = 0
        var drewLine = false
    }

    private let total: Int
    private let mode: Mode
    private let logger: Logger
    private let start = DispatchTime.now().uptimeNanoseconds
    private let logInterval: Double
    private let state: Mutex<State>

    public init(total: Int, mode: Mode, logger: Logger, logInterval: Double = 10) {
        self.total = total
        self.mode = mode
        self.logger = logger
        self.logInterval = logInterval
        state = Mutex(State(lastDraw: start))
    }

    /// The mode that fits standard error: a progress line only on an interactive terminal
    /// outside CI.
    public static func automaticMode(quiet: Bool) -> Mode {
        if quiet { return .silent }
        let environment = ProcessInfo.processInfo.environment
        if isatty(STDERR_FILENO) == 1, environment["CI"] == nil, environment["TERM"] != "dumb" {
            return .terminalLine
        }
        return .periodicLog
    }

    /// One more input finished.
    public func advance() {
        let now = DispatchTime.now().uptimeNanoseconds
        let line: String? = state.withLock { state in
            state.done += 1
            let interval: UInt64 = mode == .terminalLine ? 200_000_000 : UInt64(logInterval * 1e9)
            guard mode != .silent, now - state.lastDraw >= interval || state.done == total else { return nil }
            if mode == .periodicLog && state.done == total { return nil }
            state.lastDraw = now
            state.drewLine = true
            return describe(done: state.done, now: now)
        }
        guard let line else { return }
        switch mode {
        case .terminalLine: FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
        case .periodicLog: logger.info("\(line)")
        case .silent: break
        }
    }

    /// Ends the progress line so later output starts on a clean line.
    public func finish() {
        let drew = state.withLock { $0.drewLine }
        if mode == .terminalLine && drew { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private func describe(done: Int, now: UInt64) -> String {
        let elapsed = max(Double(now - start) / 1e9, 1e-3)
        let rate = Double(done) / elapsed
        let remaining = rate > 0 ? Double(total - done) / rate : 0
        let eta = Int(remaining.rounded())
        let etaText = String(format: "%d:%02d", eta / 60, eta % 60)
        return "\(done)/\(total) files, \(Int(rate.rounded())) files/s, ETA \(etaText)"
    }
}
