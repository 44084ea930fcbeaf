import Foundation

/// Character sets built once.
enum CharacterSetCache {
    static let alphanumerics = CharacterSet.alphanumerics
    /// What is trimmed from the ends of a word: punctuation and symbols.
    static let wordEdges = CharacterSet.punctuationCharacters.union(.symbols)
}
