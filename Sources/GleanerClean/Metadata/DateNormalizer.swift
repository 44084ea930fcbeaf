/// Turns date strings found on a page into ISO 8601 dates ("2025-09-04").
enum DateNormalizer {
    private static let months = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    /// The ISO date at the start of `value` ("2025-09-04T10:00:00Z", "2025/09/04"), or a date
    /// written as "September 4, 2025" / "4 September 2025"; `nil` when none is found.
    static func isoDate(_ value: String) -> String? {
        let scalars = Array(value.utf8)
        if let iso = leadingNumericDate(scalars) { return iso }
        return writtenDate(value)
    }

    /// A `/YYYY/MM/DD/` or `/YYYY-MM-DD` pattern in a URL path.
    static func dateInURL(_ url: String) -> String? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" }).map(String.init)
        guard parts.count >= 3 else { return nil }
        for index in 0..<(parts.count - 2) {
            guard parts[index].count == 4, let year = Int(parts[index]), (1990...2100).contains(year),
                let month = Int(parts[index + 1]), (1...12).contains(month), parts[index + 1].count <= 2,
                let day = Int(parts[index + 2]), (1...31).contains(day), parts[index + 2].count <= 2
            else { continue }
            return format(year, month, day)
        }
        return nil
    }

    private static func leadingNumericDate(_ bytes: [UInt8]) -> String? {
        var index = 0
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        func number(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<count {
                let byte = bytes[index + offset]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += count
            return value
        }
        guard let year = number(4), (1990...2100).contains(year), index < bytes.count else { return nil }
        let separator = bytes[index]
        guard separator == 0x2D || separator == 0x2F || separator == 0x2E else { return nil }
        index += 1
        guard let month = number(2) ?? number(1), (1...12).contains(month), index < bytes.count,
            bytes[index] == separator
        else { return nil }
        index += 1
        guard let day = number(2) ?? number(1), (1...31).contains(day) else { return nil }
        return format(year, month, day)
    }

    private static func writtenDate(_ value: String) -> String? {
        let words = value.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard words.count >= 3 else { return nil }
        for index in 0..<words.count {
            guard let month = months[String(words[index].prefix(3))] else { continue }
            // "September 4, 2025"
            if index + 2 < words.count, let day = Int(words[index + 1]), let year = Int(words[index + 2]),
                (1...31).contains(day), (1990...2100).contains(year)
            {
                return format(year, month, day)
            }
            // "4 September 2025"
            if index >= 1, index + 1 < words.count, let day = Int(words[index - 1]),
                let year = Int(words[index + 1]), (1...31).contains(day), (1990...2100).contains(year)
            {
                return format(year, month, day)
            }
        }
        return nil
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}
