/// A fixed open-addressing table from a word's 64-bit lower-case hash (`ScalarText.lowerHash`)
/// to a value. The hash is already well mixed (FNV-1a), so it indexes the slots directly: one
/// probe for most look-ups, without re-hashing the key as `Dictionary` does.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private let mask: Int
    private let empty: Value

    /// A table of `entries`; `empty` is returned for words not in it.
    init(_ entries: [UInt64: Value], empty: Value) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        mask = capacity - 1
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: empty, count: capacity)
        self.empty = empty
        for (key, value) in entries {
            let stored = key == 0 ? 1 : key  // 0 marks an empty slot
            var slot = Int(truncatingIfNeeded: stored ^ (stored >> 29)) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = stored
            values[slot] = value
        }
    }

    /// The value for `hash`, or the empty value.
    @inline(__always)
    subscript(hash: UInt64) -> Value {
        let key = hash == 0 ? 1 : hash
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return empty }
            slot = (slot + 1) & mask
        }
    }
}
