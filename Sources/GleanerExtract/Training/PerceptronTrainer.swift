import GleanerCore

/// Trains the tagger as an averaged structured perceptron (Collins 2002) over BILOU tags
/// (`ModelTags`) with Viterbi decoding (`SequenceDecoder`); the order of the documents is shuffled
/// each epoch with a fixed-seed generator, and the document memory uses the predicted tags.
public struct PerceptronTrainer {
    /// log2 of the number of feature buckets.
    public let bucketBits: Int
    private var weights: [Float]
    /// Sum of `instance × update`, for averaging without touching every weight each step.
    private var timedUpdates: [Double]
    private var instances = 0
    private var random: SplitMix64

    public init(bucketBits: Int, seed: UInt64) {
        self.bucketBits = bucketBits
        let size = (1 << bucketBits) * ModelTags.count
        weights = [Float](repeating: 0, count: size + PerceptronModel.padding)
        timedUpdates = [Double](repeating: 0, count: size)
        random = SplitMix64(seed: seed)
    }

    /// One pass over `corpus`; returns the fraction of tokens tagged wrongly during the pass.
    ///
    /// Each sentence is decoded with Viterbi (`SequenceDecoder`), with `margin` added to the score
    /// of every wrong tag (loss-augmented decoding, so updates also happen when the gold sequence
    /// wins by less than the margin); when the best sequence differs from the gold one, the static
    /// features of the wrongly tagged tokens and the transition features of the differing tag
    /// pairs move towards the gold tags. Averaging counts sentences.
    public mutating func trainEpoch(_ corpus: TaggedCorpus, margin: Float = 0) -> Double {
        var order = Array(corpus.documents.indices)
        for index in stride(from: order.count - 1, to: 0, by: -1) {
            order.swapAt(index, Int(random.next() % UInt64(index + 1)))
        }
        let extractor = FeatureExtractor(bucketBits: bucketBits)
        var errors = 0
        var features: [Int32] = []
        var predicted: [UInt8] = []
        corpus.infos.withUnsafeBufferPointer { infos in
            for documentIndex in order {
                var memory = DocumentMemory()
                for range in corpus.sentences[corpus.documents[documentIndex]] where !range.isEmpty {
                    let needed = range.count * FeatureExtractor.staticCount
                    if features.count < needed { features = [Int32](repeating: 0, count: needed) }
                    if predicted.count < range.count { predicted = [UInt8](repeating: 0, count: range.count) }
                    features.withUnsafeMutableBufferPointer { out in
                        extractor.sentenceFeatures(infos, range: range, memory: memory, into: out.baseAddress!)
                    }
                    weights.withUnsafeBufferPointer { weightBuffer in
                        features.withUnsafeBufferPointer { featureBuffer in
                            corpus.modelGold.withUnsafeBufferPointer { goldBuffer in
                                predicted.withUnsafeMutableBufferPointer { out in
                                    SequenceDecoder.decode(
                                        weights: weightBuffer.baseAddress!, extractor: extractor, range: range,
                                        features: featureBuffer.baseAddress!, into: out.baseAddress!,
                                        gold: goldBuffer.baseAddress! + range.lowerBound, margin: margin)
                                }
                            }
                        }
                    }
                    instances += 1
                    let time = Double(instances)
                    for position in 0..<range.count {
                        let index = range.lowerBound + position
                        let truth = corpus.modelGold[index]
                        let guess = predicted[position]
                        if guess != truth {
                            errors += 1
                            let base = position * FeatureExtractor.staticCount
                            for feature in features[base..<(base + FeatureExtractor.staticCount)] {
                                update(Int(feature), truth: truth, guess: guess, time: time)
                            }
                        }
                        let truthBefore = position == 0 ? ModelTags.start : corpus.modelGold[index - 1]
                        let guessBefore = position == 0 ? ModelTags.start : predicted[position - 1]
                        guard truth != guess || truthBefore != guessBefore else { continue }
                        update(Int(extractor.transitionBucket(previous: truthBefore)), tag: truth, by: 1, time: time)
                        update(Int(extractor.transitionBucket(previous: guessBefore)), tag: guess, by: -1, time: time)
                    }
                    for position in 0..<range.count {
                        memory.remember(infos[range.lowerBound + position], tag: predicted[position])
                    }
                }
            }
        }
        return Double(errors) / Double(max(corpus.gold.count, 1))
    }

    @inline(__always)
    private mutating func update(_ bucket: Int, truth: UInt8, guess: UInt8, time: Double) {
        update(bucket, tag: truth, by: 1, time: time)
        update(bucket, tag: guess, by: -1, time: time)
    }

    @inline(__always)
    private mutating func update(_ bucket: Int, tag: UInt8, by step: Float, time: Double) {
        let index = bucket * ModelTags.count + Int(tag)
        weights[index] += step
        timedUpdates[index] += Double(step) * time
    }

    /// The averaged weights.
    public func averagedWeights() -> [Float] {
        let count = Double(max(instances, 1))
        var averaged = [Float](repeating: 0, count: timedUpdates.count)
        for index in averaged.indices where weights[index] != 0 || timedUpdates[index] != 0 {
            averaged[index] = Float(Double(weights[index]) - timedUpdates[index] / count)
        }
        return averaged
    }

    /// A model from unquantised weights.
    public func model(weights: [Float]) -> PerceptronModel {
        PerceptronModel(bucketBits: bucketBits, weights: weights)
    }

    /// A model from quantised rows.
    public func model(rows: RowQuantiser.Rows) -> PerceptronModel {
        PerceptronModel(bucketBits: bucketBits, weights: RowQuantiser.dequantise(rows))
    }

    /// The file bytes of quantised rows.
    public func fileBytes(rows: RowQuantiser.Rows) -> [UInt8] {
        ModelFile.encode(bucketBits: bucketBits, rows: rows)
    }
}
