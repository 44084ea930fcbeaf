import Foundation

/// A run's id and folder name: its UTC start time to the millisecond and a short random id,
/// `20261125T021500.123Z-3f9a2c`, so that names sort by start time and two runs never share one.
enum RunName {
    static func make(started: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: started)
        let milliseconds = Int((started.timeIntervalSince1970 * 1000).rounded(.down)) % 1000
        let time = String(
            format: "%04d%02d%02dT%02d%02d%02d.%03dZ", parts.year!, parts.month!, parts.day!, parts.hour!,
            parts.minute!, parts.second!, milliseconds)
        return time + "-" + String(format: "%06x", UInt32.random(in: 0..<(1 << 24)))
    }
}
