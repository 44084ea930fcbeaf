/// The kind of input a file holds, decided from its extension.
public enum DocumentFormat: String, Sendable, Codable {
    case html
    case text

    /// The format for a file name, looking through a trailing `.gz`; `nil` when Gleaner does not
    /// read files of that kind.
    public static func forFileName(_ name: String) -> (format: DocumentFormat, gzipped: Bool)? {
        var lower = name.lowercased()
        var gzipped = false
        if lower.hasSuffix(".gz") {
            gzipped = true
            lower.removeLast(3)
        }
        guard let dot = lower.lastIndex(of: "."), dot != lower.startIndex else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "html", "htm", "xhtml": return (.html, gzipped)
        case "txt", "text": return (.text, gzipped)
        default: return nil
        }
    }
}
