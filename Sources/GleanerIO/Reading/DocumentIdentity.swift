import Crypto
import GleanerCore

/// The stable identity of an input document: the SHA-256 of its bytes on disk, and its id — a
/// hash of its relative path and its bytes, so the same bytes under two paths get two ids.
public struct DocumentIdentity: Sendable, Equatable {
    /// SHA-256 of the bytes on disk, hex.
    public var sha256: String
    /// 24 hex digits (96 bits) of SHA-256(relative path ‖ 0x00 ‖ SHA-256 of the bytes).
    public var id: String

    public init(relativePath: String, diskBytes: [UInt8]) {
        let contentDigest = SHA256.hash(data: diskBytes)
        sha256 = Hex.encode(contentDigest)
        var hasher = SHA256()
        hasher.update(data: Array(relativePath.utf8))
        hasher.update(data: [0])
        hasher.update(data: Array(contentDigest))
        id = Hex.encode(hasher.finalize().prefix(12))
    }
}
