/// Remembers the first article seen for each exact key. Not thread-safe: it lives on the run's
/// serial sink, which sees articles in input order, so "first" means first in input order.
public struct ExactDuplicateIndex: Sendable {
    /// The first article seen with a key: its id and its position in input order.
    public struct Original: Sendable, Equatable {
        public var id: String
        public var ordinal: Int

        public init(id: String, ordinal: Int) {
            self.id = id
            self.ordinal = ordinal
        }
    }

    private var originals: [ExactKey: Original] = [:]

    public init() {}

    /// Records `id` under `key` if the key is new and returns `nil`; otherwise returns the id of
    /// the article that had the key first.
    public mutating func originalOrInsert(_ key: ExactKey, id: String) -> String? {
        originalOrInsert(key, id: id, ordinal: 0)?.id
    }

    /// Records `id` (at input position `ordinal`) under `key` if the key is new and returns
    /// `nil`; otherwise returns the article that had the key first.
    public mutating func originalOrInsert(_ key: ExactKey, id: String, ordinal: Int) -> Original? {
        if let original = originals[key] { return original }
        originals[key] = Original(id: id, ordinal: ordinal)
        return nil
    }

    /// Distinct keys seen.
    public var count: Int { originals.count }
}
