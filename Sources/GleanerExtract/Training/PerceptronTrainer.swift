/// Trains the tagger with the averaged perceptron (Collins 2002), greedy decoding and predicted
/// history features; sentence order is shuffled each epoch with a fixed-seed generator.
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
        let size = (1 << bucketBits) * TagSet.count
        weights = [Float](repeating: 0, count: size)
        timedUpdates = [Double](repeating: 0, count: size)
        random = SplitMix64(seed: seed)
    }

    /// One pass over `corpus`; returns the fraction of tokens tagged wrongly during the pass.
    public mutating func trainEpoch(_ corpus: TaggedCorpus) -> Double {
        var order = Array(corpus.documents.indices)
        for index in stride(from: order.count - 1, to: 0, by: -1) {
            order.swapAt(index, Int(random.next() % UInt64(index + 1)))
        }
        let extractor = FeatureExtractor(bucketBits: bucketBits)
        let tagCount = TagSet.count
        var errors = 0
        var features = [Int32](repeating: 0, count: FeatureExtractor.maximumCount)
        var scores = [Float](repeating: 0, count: tagCount)
        corpus.infos.withUnsafeBufferPointer { infos in
            for documentIndex in order {
                var memory = DocumentMemory()
                for range in corpus.sentences[corpus.documents[documentIndex]] {
                    var previous = TagSet.start
                    var previous2 = TagSet.start
                    for index in range {
                        features.withUnsafeMutableBufferPointer { out in
                            extractor.staticFeatures(infos, index: index, range: range, into: out.baseAddress!)
                            extractor.historyFeatures(
                                infos[index], previous: previous, previous2: previous2,
                                memory: memory.recall(infos[index]),
                                first: index == range.lowerBound, into: out.baseAddress! + FeatureExtractor.staticCount)
                        }
                        for tag in 0..<tagCount { scores[tag] = 0 }
                        for feature in features {
                            let row = Int(feature) * tagCount
                            for tag in 0..<tagCount { scores[tag] += weights[row + tag] }
                        }
                        let guess = scores.withUnsafeBufferPointer { PerceptronModel.best($0, after: previous) }
                        let truth = corpus.gold[index]
                        instances += 1
                        if guess != truth {
                            errors += 1
                            let time = Double(instances)
                            for feature in features {
                                let row = Int(feature) * tagCount
                                weights[row + Int(truth)] += 1
                                timedUpdates[row + Int(truth)] += time
                                weights[row + Int(guess)] -= 1
                                timedUpdates[row + Int(guess)] -= time
                            }
                        }
                        memory.remember(infos[index], tag: guess)
                        previous2 = previous
                        previous = guess
                    }
                }
            }
        }
        return Double(errors) / Double(max(corpus.gold.count, 1))
    }

    /// The averaged weights.
    public func averagedWeights() -> [Float] {
        let count = Double(max(instances, 1))
        var averaged = [Float](repeating: 0, count: weights.count)
        for index in weights.indices where weights[index] != 0 || timedUpdates[index] != 0 {
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

/// A small seeded generator (SplitMix64) so training is reproducible.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
