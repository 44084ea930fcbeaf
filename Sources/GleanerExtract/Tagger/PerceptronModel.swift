/// A trained tagger: Float32 weights (decoded from the Float16 rows of the file), one row of `TagSet.count` per hashed feature bucket, decoded
/// greedily left to right with BIO constraints.
public struct PerceptronModel: Sendable {
    /// log2 of the number of feature buckets.
    public let bucketBits: Int
    /// `2^bucketBits × TagSet.count` weights, row-major by bucket.
    let weights: [Float]

    init(bucketBits: Int, weights: [Float]) {
        precondition(weights.count == (1 << bucketBits) * TagSet.count)
        self.bucketBits = bucketBits
        self.weights = weights
    }

    /// Tags every sentence of `text`; returns one tag per token.
    public func tag(_ text: TokenizedText) -> [UInt8] {
        var infos = TokenInfo.compute(scalars: text.scalars, tokens: text.tokens)
        DocumentContext.annotate(&infos, sentences: text.sentences.lazy.map(\.tokens))
        var tags = [UInt8](repeating: TagSet.outside, count: text.tokens.count)
        var memory = DocumentMemory()
        infos.withUnsafeBufferPointer { infoBuffer in
            for sentence in text.sentences {
                tag(infoBuffer, range: sentence.tokens, memory: &memory, into: &tags)
            }
        }
        return tags
    }

    /// Tags the tokens `range` (one sentence) and writes their tags into `tags[range]`; `memory`
    /// carries the tags of earlier sentences of the same document.
    func tag(
        _ infos: UnsafeBufferPointer<TokenInfo>, range: Range<Int>, memory: inout DocumentMemory,
        into tags: inout [UInt8]
    ) {
        let extractor = FeatureExtractor(bucketBits: bucketBits)
        let tagCount = TagSet.count
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: FeatureExtractor.maximumCount) { features in
            weights.withUnsafeBufferPointer { weightBuffer in
                let base = weightBuffer.baseAddress!
                var previous = TagSet.start
                var previous2 = TagSet.start
                for index in range {
                    extractor.staticFeatures(infos, index: index, range: range, into: features.baseAddress!)
                    extractor.historyFeatures(
                        infos[index], previous: previous, previous2: previous2, memory: memory.recall(infos[index]),
                        first: index == range.lowerBound, into: features.baseAddress! + FeatureExtractor.staticCount)
                    var scores = (
                        Float(0), Float(0), Float(0), Float(0), Float(0), Float(0), Float(0), Float(0), Float(0)
                    )
                    for feature in features {
                        let row = base + Int(feature) * tagCount
                        scores.0 += row[0]
                        scores.1 += row[1]
                        scores.2 += row[2]
                        scores.3 += row[3]
                        scores.4 += row[4]
                        scores.5 += row[5]
                        scores.6 += row[6]
                        scores.7 += row[7]
                        scores.8 += row[8]
                    }
                    let best = withUnsafeBytes(of: &scores) { raw in
                        Self.best(raw.bindMemory(to: Float.self), after: previous)
                    }
                    tags[index] = best
                    memory.remember(infos[index], tag: best)
                    previous2 = previous
                    previous = best
                }
            }
        }
    }

    /// The highest-scoring tag allowed after `previous`.
    @inline(__always)
    static func best<Score: Comparable>(_ scores: UnsafeBufferPointer<Score>, after previous: UInt8) -> UInt8 {
        var best: UInt8 = 0
        var bestScore = scores[0]
        for tag in 1..<TagSet.count where scores[tag] > bestScore {
            if TagSet.isAllowed(UInt8(tag), after: previous) {
                best = UInt8(tag)
                bestScore = scores[tag]
            }
        }
        return best
    }
}
