import Foundation

/// Character sets built once.
enum CharacterSetCache {
    static let alphanumerics = CharacterSet.alphanumerics
}
