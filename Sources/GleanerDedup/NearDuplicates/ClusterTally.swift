/// Counts the members of every cluster that has more than one, for the run's manifest.
public struct ClusterTally: Sendable {
    /// A cluster: its original's id and input position, and its size (original included).
    public struct Cluster: Sendable, Equatable {
        public var id: String
        public var ordinal: Int
        public var size: Int
    }

    private var clusters: [Int: Cluster] = [:]

    public init() {}

    /// Counts one more duplicate in the cluster of the original `id` at input position `ordinal`.
    public mutating func addDuplicate(originalID id: String, ordinal: Int) {
        clusters[ordinal, default: Cluster(id: id, ordinal: ordinal, size: 1)].size += 1
    }

    /// Clusters with more than one member.
    public var multiMemberCount: Int { clusters.count }

    /// The `limit` largest clusters, largest first; ties go to the earlier original.
    public func largest(_ limit: Int) -> [Cluster] {
        Array(
            clusters.values.sorted { ($0.size, -$0.ordinal) > ($1.size, -$1.ordinal) }.prefix(limit))
    }
}
