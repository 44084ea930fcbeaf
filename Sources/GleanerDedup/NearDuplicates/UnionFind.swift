/// Disjoint sets over document numbers whose representative is always the set's smallest
/// number, i.e. its earliest document in input order.
///
/// Elements 0, 1, 2, … are added one by one. With a `PriorDocumentIndex`, the documents of
/// earlier runs come first (0 ..< `prior.documentCount`, parents read lazily from the state
/// file) and added elements are numbered after them; parents of earlier documents changed by
/// this run are kept in `changedPriorParents` for the state file's commit.
public struct UnionFind: Sendable {
    private var parent: [UInt32] = []
    private let base: Int
    private let prior: (any PriorDocumentIndex)?
    /// Earlier documents whose parent this run changed, and their new parents.
    public private(set) var changedPriorParents: [Int: Int] = [:]

    public init() {
        base = 0
        prior = nil
    }

    /// Sets over the documents of `prior` followed by the documents added.
    public init(prior: any PriorDocumentIndex) {
        base = prior.documentCount
        self.prior = prior
    }

    /// Elements added (earlier documents not included).
    public var count: Int { parent.count }

    /// Adds the next element as a set of its own and returns its number.
    @discardableResult
    public mutating func add() -> Int {
        let element = base + parent.count
        parent.append(UInt32(truncatingIfNeeded: element))
        return element
    }

    /// The smallest element of `element`'s set (with path halving over added elements).
    public mutating func root(of element: Int) -> Int {
        var x = element
        while true {
            let up = parentOf(x)
            if up == x { return x }
            let grandparent = parentOf(up)
            if x >= base { parent[x - base] = UInt32(truncatingIfNeeded: grandparent) }
            x = grandparent
        }
    }

    /// Merges the sets of `a` and `b`; returns the merged set's smallest element.
    @discardableResult
    public mutating func union(_ a: Int, _ b: Int) -> Int {
        let rootA = root(of: a)
        let rootB = root(of: b)
        let low = min(rootA, rootB)
        let high = max(rootA, rootB)
        if high >= base {
            parent[high - base] = UInt32(truncatingIfNeeded: low)
        } else if high != low {
            changedPriorParents[high] = low
        }
        return low
    }

    /// Bytes held.
    public var memoryBytes: Int { parent.capacity * 4 }

    private func parentOf(_ x: Int) -> Int {
        if x >= base { return Int(parent[x - base]) }
        return changedPriorParents[x] ?? prior?.parent(of: x) ?? x
    }
}
