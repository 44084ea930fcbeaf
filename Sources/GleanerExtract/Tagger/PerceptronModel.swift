/// A trained tagger: Float32 weights (decoded from the Float16 rows of the file), one row of
/// `ModelTags.count` BILOU tags per hashed feature bucket, decoded per sentence with Viterbi
/// (`SequenceDecoder`); `tag(_:)` returns BIO tags (`TagSet`).
public struct PerceptronModel: Sendable {
    /// log2 of the number of feature buckets.
    public let bucketBits: Int
    /// `2^bucketBits × ModelTags.count` weights, row-major by bucket, then 16 zeros of padding.
    let weights: [Float]

    /// Zeros after the last row: `SequenceDecoder` reads rows 16 lanes at a time.
    static let padding = 16

    init(bucketBits: Int, weights: [Float]) {
        self.init(bucketBits: bucketBits, paddedWeights: weights + [Float](repeating: 0, count: Self.padding))
    }

    /// A model from weights already followed by `padding` zeros.
    init(bucketBits: Int, paddedWeights: [Float]) {
        precondition(ModelTags.count == 17, "rows are summed as 16 + 1 lanes")
        precondition(paddedWeights.count == (1 << bucketBits) * ModelTags.count + Self.padding)
        self.bucketBits = bucketBits
        self.weights = paddedWeights
    }

    /// Tags every sentence of `text`; returns one BIO tag (`TagSet`) per token.
    public func tag(_ text: TokenizedText) -> [UInt8] {
        var infos = TokenInfo.compute(scalars: text.scalars, tokens: text.tokens)
        DocumentContext.annotate(&infos, sentences: text.sentences.lazy.map(\.tokens))
        var tags = [UInt8](repeating: ModelTags.outside, count: text.tokens.count)
        var memory = DocumentMemory()
        infos.withUnsafeBufferPointer { infoBuffer in
            for sentence in text.sentences {
                tag(infoBuffer, range: sentence.tokens, memory: &memory, into: &tags)
            }
        }
        for index in tags.indices { tags[index] = ModelTags.bio(tags[index]) }
        return tags
    }

    /// Tags the tokens `range` (one sentence) and writes their model tags (`ModelTags`) into
    /// `tags[range]`; `memory` carries the tags of earlier sentences of the same document.
    func tag(
        _ infos: UnsafeBufferPointer<TokenInfo>, range: Range<Int>, memory: inout DocumentMemory,
        into tags: inout [UInt8]
    ) {
        guard !range.isEmpty else { return }
        let extractor = FeatureExtractor(bucketBits: bucketBits)
        let size = range.count * FeatureExtractor.staticCount
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: size) { features in
            extractor.sentenceFeatures(infos, range: range, memory: memory, into: features.baseAddress!)
            weights.withUnsafeBufferPointer { weightBuffer in
                tags.withUnsafeMutableBufferPointer { out in
                    SequenceDecoder.decode(
                        weights: weightBuffer.baseAddress!, extractor: extractor, range: range,
                        features: features.baseAddress!, into: out.baseAddress! + range.lowerBound)
                }
            }
        }
        for index in range { memory.remember(infos[index], tag: tags[index]) }
    }
}
