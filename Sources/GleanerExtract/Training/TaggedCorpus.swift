/// Pre-tokenised sentences with gold tags, with the token hashes computed once for all epochs.
public struct TaggedCorpus: Sendable {
    /// Token hashes of every token, sentences back to back.
    let infos: [TokenInfo]
    /// Gold BIO tag (`TagSet`) of every token.
    public let gold: [UInt8]
    /// Gold model tag (`ModelTags`, BILOU) of every token.
    let modelGold: [UInt8]
    /// Token ranges of the sentences.
    public let sentences: [Range<Int>]
    /// Sentence-index ranges of the documents: blocks of `documentSize` consecutive sentences
    /// (GMB keeps the sentences of an article together but does not mark article boundaries).
    public let documents: [Range<Int>]

    /// Builds a corpus from sentences of words and their gold tags.
    public init(_ sentences: [(words: [String], tags: [UInt8])], documentSize: Int = 20) {
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
        documents = stride(from: 0, to: ranges.count, by: documentSize).map {
            $0..<min($0 + documentSize, ranges.count)
        }
        for document in documents { DocumentContext.annotate(&infos, sentences: ranges[document]) }
        self.infos = infos
        self.gold = gold
        self.modelGold = ranges.flatMap { ModelTags.fromBIO(gold[$0]) }
        self.sentences = ranges
    }

    /// Tags every sentence with `model`; returns BIO tags (`TagSet`).
    public func predict(with model: PerceptronModel) -> [UInt8] {
        var tags = [UInt8](repeating: 0, count: infos.count)
        infos.withUnsafeBufferPointer { buffer in
            for document in documents {
                var memory = DocumentMemory()
                for sentence in sentences[document] { model.tag(buffer, range: sentence, memory: &memory, into: &tags) }
            }
        }
        return tags.map(ModelTags.bio)
    }
}
