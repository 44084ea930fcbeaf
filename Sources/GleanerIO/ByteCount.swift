/// Byte counts for messages people read: decimal units (1 MB = 1,000,000 bytes) and
/// thousands separators.
public enum ByteCount {
    /// "20 MB", "1.5 MB", "100 kB", "512 bytes".
    public static func format(_ bytes: Int) -> String {
        let units: [(Int, String)] = [(1_000_000_000, "GB"), (1_000_000, "MB"), (1_000, "kB")]
        for (unit, name) in units where bytes >= unit {
            let tenths = (bytes.multipliedReportingOverflow(by: 10).partialValue + unit / 2) / unit
            let whole = tenths / 10
            let fraction = tenths % 10
            return fraction == 0 ? "\(groupThousands(whole)) \(name)" : "\(groupThousands(whole)).\(fraction) \(name)"
        }
        return "\(bytes) bytes"
    }

    /// "61,234".
    public static func groupThousands(_ value: Int) -> String {
        let digits = Array(String(value.magnitude).utf8)
        var result: [UInt8] = value < 0 ? [UInt8(ascii: "-")] : []
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(UInt8(ascii: ",")) }
            result.append(digit)
        }
        return String(decoding: result, as: UTF8.self)
    }
}
