/// Remembers the first article seen for each exact key. Not thread-safe: it lives on the run's
/// serial sink, which sees articles in input order, so "first" means first in input order.
public struct ExactDuplicateIndex: Sendable {
    private var originals: [ExactKey: String] = [:]

    public init() {}

    /// Records `id` under `key` if the key is new and returns `nil`; otherwise returns the id of
    /// the article that had the key first.
    public mutating func originalOrInsert(_ key: ExactKey, id: String) -> String? {
        if let original = originals[key] { return original }
        originals[key] = id
        return nil
    }

    /// Distinct keys seen.
    public var count: Int { originals.count }
}
