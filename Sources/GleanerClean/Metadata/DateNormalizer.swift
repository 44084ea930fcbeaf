import Foundation

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
        guard hasYear(scalars) else { return nil }
        return writtenDate(value)
    }

    /// Whether the bytes hold four digits starting "19" or "20" (a year), the cheap test before
    /// looking for a written date.
    private static func hasYear(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        for index in 0...(bytes.count - 4)
        where (bytes[index] == 0x31 && bytes[index + 1] == 0x39) || (bytes[index] == 0x32 && bytes[index + 1] == 0x30) {
            if isDigit(bytes[index + 2]), isDigit(bytes[index + 3]) { return true }
        }
        return false
    }

    /// A `/YYYY/MM/DD/` or `/YYYY-MM-DD` pattern in a URL path; the month may be a name
    /// (`/2023/october/03/`, `/2023/oct/03/`).
    static func dateInURL(_ url: String) -> String? {
        let decoded = url.contains("%") ? url.removingPercentEncoding ?? url : url
        let parts = decoded.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" }).map(String.init)
        guard parts.count >= 3 else { return nil }
        for index in 0..<(parts.count - 2) {
            guard parts[index].count == 4, let year = Int(parts[index]), (1990...2100).contains(year),
                let month = monthInURL(parts[index + 1]),
                let day = Int(parts[index + 2]), (1...31).contains(day), parts[index + 2].count <= 2
            else { continue }
            return format(year, month, day)
        }
        return nil
    }

    /// The number of days from one ISO date ("2025-12-18") to another; `nil` unless both are
    /// full dates.
    static func daysBetween(_ from: String, _ to: String) -> Int? {
        guard let start = day(from), let end = day(to) else { return nil }
        return utcCalendar.dateComponents([.day], from: start, to: end).day
    }

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    private static func day(_ iso: String) -> Date? {
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return utcCalendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    /// A URL path part as a month: "07", "7", "jul", "july", "sept" (any case).
    private static func monthInURL(_ part: String) -> Int? {
        if part.count <= 2, let month = Int(part), (1...12).contains(month) { return month }
        let lower = part.lowercased()
        guard (3...9).contains(lower.count), let month = months[String(lower.prefix(3))] else { return nil }
        return monthNames[month - 1].hasPrefix(lower) || lower == "sept" ? month : nil
    }

    private static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]

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
        let words = dateWords(value)
        guard words.count >= 3 else { return nil }
        for index in 0..<words.count {
            guard let month = months[String(words[index].prefix(3))] else {
                if let date = numericDate(words, at: index) { return date }
                continue
            }
            // "September 4, 2025", "Sept. 4th 2025"
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

    /// "17.05.2021" (day first) or "2/24/2026" (month first, as US pages write it), each read the
    /// other way round when only that gives a date: three numbers joined by the same `.` or `/`.
    private static func numericDate(_ words: [Substring], at index: Int) -> String? {
        guard index + 2 < words.count, words[index + 2].count == 4, let year = Int(words[index + 2]),
            (1990...2100).contains(year), words[index].count <= 2, words[index + 1].count <= 2,
            let first = Int(words[index]), let second = Int(words[index + 1])
        else { return nil }
        let separator = words[index].endIndex
        let base = words[index].base
        guard separator < base.endIndex, base[separator] == "." || base[separator] == "/",
            words[index + 1].endIndex < base.endIndex, base[words[index + 1].endIndex] == base[separator]
        else { return nil }
        // The other order when the usual one cannot be a date ("12.16.2025").
        let dayFirst = (base[separator] == "." || first > 12) && second <= 12
        let (day, month) = dayFirst ? (first, second) : (second, first)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return format(year, month, day)
    }

    /// The lowercased letter and digit runs of a date text: a run of digits followed by letters
    /// is split ("2025by" → "2025", "by"), and an ordinal suffix is dropped ("1st" → "1").
    private static func dateWords(_ value: String) -> [Substring] {
        let lower = value.lowercased()
        var words: [Substring] = []
        var start: String.Index?
        var previousIsDigit = false
        var index = lower.startIndex
        func close(_ end: String.Index) {
            guard let begin = start else { return }
            let word = lower[begin..<end]
            if ["st", "nd", "rd", "th"].contains(word), let last = words.last, last.allSatisfy(\.isNumber) {
                start = nil
                return
            }
            words.append(word)
            start = nil
        }
        while index < lower.endIndex {
            let character = lower[index]
            let isDigit = character.isASCII && character.isNumber
            if character.isLetter || isDigit {
                if start != nil, previousIsDigit != isDigit { close(index) }
                if start == nil { start = index }
                previousIsDigit = isDigit
            } else {
                close(index)
            }
            index = lower.index(after: index)
        }
        close(lower.endIndex)
        return words
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}
