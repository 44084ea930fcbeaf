/// Viterbi decoding of one sentence: per token, emission scores from the static features, plus
/// a score for each pair of consecutive tags (`FeatureExtractor.transitionBucket`), under the
/// BILOU constraints of `ModelTags`. Shared by tagging and training.
enum SequenceDecoder {
    /// Tags are scored 16 + 1 lanes at a time.
    typealias Lanes = SIMD16<Float>

    /// Writes the best model tags of the sentence `range` into `tags[0..<range.count]`.
    ///
    /// `weights` holds `ModelTags.count` weights per bucket plus 16 padding floats at the end
    /// (rows are read 16 lanes at a time); `features` holds `FeatureExtractor.staticCount`
    /// buckets per token of the sentence. In training, `gold` (the gold tags of the sentence)
    /// adds `margin` to every wrong tag's score (loss-augmented decoding).
    static func decode(
        weights: UnsafePointer<Float>, extractor: FeatureExtractor, range: Range<Int>, features: UnsafePointer<Int32>,
        into tags: UnsafeMutablePointer<UInt8>, gold: UnsafePointer<UInt8>? = nil, margin: Float = 0
    ) {
        let tagCount = ModelTags.count
        let length = range.count
        guard length > 0 else { return }
        // Per previous tag (and the start pseudo-tag), the transition scores to every tag, with
        // -∞ for forbidden pairs; a second copy for the last token, where no span may stay open.
        let matrixSize = (tagCount + 1) * tagCount
        withUnsafeTemporaryAllocation(of: Float.self, capacity: (length + 1) * tagCount + 2 * matrixSize + 16) {
            buffer in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length * tagCount + 16) { back in
                let delta = buffer.baseAddress!
                let emission = delta + length * tagCount
                let transitions = emission + tagCount
                for previous in 0...tagCount {
                    let bucket = extractor.transitionBucket(previous: UInt8(previous))
                    let row = transitions + previous * tagCount
                    withUnsafePointer(to: bucket) { rowSum(weights, $0, count: 1, into: row) }
                    let lastRow = row + matrixSize
                    for tag in 0..<tagCount {
                        let allowed = ModelTags.allowedMasks[previous * 2]
                        let allowedLast = ModelTags.allowedMasks[previous * 2 + 1]
                        lastRow[tag] = allowedLast & 1 << UInt32(tag) != 0 ? row[tag] : -Float.infinity
                        if allowed & 1 << UInt32(tag) == 0 { row[tag] = -Float.infinity }
                    }
                }
                for position in 0..<length {
                    rowSum(
                        weights, features + position * FeatureExtractor.staticCount,
                        count: FeatureExtractor.staticCount, into: emission)
                    if let gold {
                        for tag in 0..<tagCount where tag != Int(gold[position]) { emission[tag] += margin }
                    }
                    let matrix = transitions + (position == length - 1 ? matrixSize : 0)
                    var best = Lanes(repeating: -Float.infinity)
                    var bestTail = -Float.infinity
                    var from = SIMD16<Int32>(repeating: 0)
                    var fromTail: UInt8 = 0
                    let previousRange = position == 0 ? tagCount...tagCount : 0...(tagCount - 1)
                    for previous in previousRange {
                        let before: Float = position == 0 ? 0 : delta[(position - 1) * tagCount + previous]
                        guard before > -Float.infinity else { continue }
                        let row = matrix + previous * tagCount
                        let candidate = Lanes(repeating: before) + UnsafeRawPointer(row).loadUnaligned(as: Lanes.self)
                        let better = candidate .> best
                        best.replace(with: candidate, where: better)
                        from.replace(with: SIMD16<Int32>(repeating: Int32(previous)), where: better)
                        let tail = before + row[16]
                        if tail > bestTail {
                            bestTail = tail
                            fromTail = UInt8(previous)
                        }
                    }
                    let scores = best + UnsafeRawPointer(emission).loadUnaligned(as: Lanes.self)
                    let row = delta + position * tagCount
                    UnsafeMutableRawPointer(row).storeBytes(of: scores, as: Lanes.self)
                    row[16] = bestTail + emission[16]
                    let backRow = back.baseAddress! + position * tagCount
                    UnsafeMutableRawPointer(backRow).storeBytes(
                        of: SIMD16<UInt8>(truncatingIfNeeded: from), as: SIMD16<UInt8>.self)
                    backRow[16] = fromTail
                }
                let lastRow = delta + (length - 1) * tagCount
                var best = 0
                for tag in 1..<tagCount where lastRow[tag] > lastRow[best] { best = tag }
                for position in stride(from: length - 1, through: 0, by: -1) {
                    tags[position] = UInt8(best)
                    best = Int(back[position * tagCount + best])
                }
            }
        }
    }

    /// Sums the weight rows of `count` buckets into `out[0..<ModelTags.count]`.
    @inline(__always)
    static func rowSum(
        _ weights: UnsafePointer<Float>, _ buckets: UnsafePointer<Int32>, count: Int,
        into out: UnsafeMutablePointer<Float>
    ) {
        let tagCount = ModelTags.count
        var head = Lanes()
        var tail: Float = 0
        for index in 0..<count {
            let row = weights + Int(buckets[index]) * tagCount
            head += UnsafeRawPointer(row).loadUnaligned(as: Lanes.self)
            tail += row[16]
        }
        UnsafeMutableRawPointer(out).storeBytes(of: head, as: Lanes.self)
        out[16] = tail
    }
}
