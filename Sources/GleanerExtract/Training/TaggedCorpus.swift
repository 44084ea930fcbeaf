/// Pre-tokenised sentences with gold tags, with the token hashes computed once for all epochs.
public struct TaggedCorpus: Sendable {
    /// Token hashes of every token, sentences back to back.
    let infos: [TokenInfo]
    /// Gold tag of every token.
    public let gold: [UInt8]
    /// Token ranges of the sentences.
    public let sentences: [Range<Int>]

    /// Builds a corpus from sentences of words and their gold tags.
    public init(_ sentences: [(words: [String], tags: [UInt8])]) {
        var infos: [TokenInfo] = []
        var gold: [UInt8] = []
        var ranges: [Range<Int>] = []
        for sentence in sentences {
            let start = infos.count
            for word in sentence.words {
                let scalars = Array(word.unicodeScalars)
                scalars.withUnsafeBufferPointer { infos.append(TokenInfo($0, start: 0, end: scalars.count)) }
            }
            gold.append(contentsOf: sentence.tags)
            ranges.append(start..<infos.count)
        }
        self.infos = infos
        self.gold = gold
        self.sentences = ranges
    }

    /// Tags every sentence with `model`.
    public func predict(with model: PerceptronModel) -> [UInt8] {
        var tags = [UInt8](repeating: 0, count: infos.count)
        infos.withUnsafeBufferPointer { buffer in
            for sentence in sentences { model.tag(buffer, range: sentence, into: &tags) }
        }
        return tags
    }
}
