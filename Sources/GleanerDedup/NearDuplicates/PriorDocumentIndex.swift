/// The documents that earlier runs indexed (the persisted index of a state file), as the
/// near-duplicate detector consults them. They are numbered 0 ..< `documentCount` in input order
/// across runs; the documents of the current run come after them.
///
/// Implementations read lazily (from SQLite indexes) and are used only on the run's serial sink.
/// A read failure is kept by the implementation and reported before anything is committed.
public protocol PriorDocumentIndex: Sendable {
    /// Documents indexed by earlier runs.
    var documentCount: Int { get }
    /// Calls `body(band, document)` for each band of `signature` whose key an earlier document
    /// entered first (the same band key, checked against that document's stored signature).
    func forEachCandidate(of signature: MinHashSignature, _ body: (Int, Int) -> Void)
    /// The stored signature of `document`.
    func signature(of document: Int) -> [UInt8]
    /// The union-find parent of `document` as the earlier runs left it.
    func parent(of document: Int) -> Int
    /// The article id of `document`.
    func id(of document: Int) -> String
}
