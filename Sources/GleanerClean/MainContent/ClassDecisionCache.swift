/// What a `class` or `id` value says about its element, remembered per page: pages repeat the
/// same few dozen class values on thousands of elements, and the vocabulary match is the costly
/// part of reading attributes. A hit is confirmed byte by byte, so a hash collision never
/// shares a decision between two different values.
struct ClassDecisionCache {
    /// The decision for one value: it names the article body, or the boilerplate it names.
    struct Decision {
        var articleBody: Bool
        var reason: DropReason?
    }

    private struct Entry {
        var start: Int
        var count: Int
        var decision: Decision
    }

    private var slots: [UInt64: Int] = [:]
    private var entries: [Entry] = []
    private var storage: [UInt8] = []

    init() {
        slots.reserveCapacity(256)
        entries.reserveCapacity(256)
        storage.reserveCapacity(8 * 1024)
    }

    /// The decision for the `count` bytes at `value` (FNV-1a `hash`), computed by `decide` the
    /// first time a value is seen.
    mutating func decision(
        _ value: UnsafePointer<UInt8>, count: Int, hash: UInt64, decide: () -> Decision
    ) -> Decision {
        if let slot = slots[hash] {
            let entry = entries[slot]
            let same =
                entry.count == count
                && storage.withUnsafeBufferPointer { stored in
                    (0..<count).allSatisfy { stored[entry.start + $0] == value[$0] }
                }
            return same ? entry.decision : decide()
        }
        let decision = decide()
        slots[hash] = entries.count
        entries.append(Entry(start: storage.count, count: count, decision: decision))
        storage.append(contentsOf: UnsafeBufferPointer(start: value, count: count))
        return decision
    }
}
