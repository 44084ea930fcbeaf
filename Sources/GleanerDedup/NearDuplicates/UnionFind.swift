/// Disjoint sets over document numbers 0, 1, 2, … whose representative is always the set's
/// smallest number, i.e. its earliest document in input order.
public struct UnionFind: Sendable {
    private var parent: [UInt32] = []

    public init() {}

    /// Elements so far.
    public var count: Int { parent.count }

    /// Adds the next element as a set of its own and returns its number.
    @discardableResult
    public mutating func add() -> Int {
        parent.append(UInt32(parent.count))
        return parent.count - 1
    }

    /// The smallest element of `element`'s set (with path halving).
    public mutating func root(of element: Int) -> Int {
        var x = element
        while Int(parent[x]) != x {
            let grandparent = parent[Int(parent[x])]
            parent[x] = grandparent
            x = Int(grandparent)
        }
        return x
    }

    /// Merges the sets of `a` and `b`; returns the merged set's smallest element.
    @discardableResult
    public mutating func union(_ a: Int, _ b: Int) -> Int {
        let rootA = root(of: a)
        let rootB = root(of: b)
        let low = min(rootA, rootB)
        let high = max(rootA, rootB)
        parent[high] = UInt32(low)
        return low
    }

    /// Bytes held.
    public var memoryBytes: Int { parent.capacity * 4 }
}
