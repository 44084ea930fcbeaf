/// Exact-span entity precision, recall and F1, overall and per type.
public struct EntityScore: Sendable {
    /// Counts for one group of types.
    public struct Counts: Sendable {
        /// Predicted spans that match a gold span exactly (type and boundaries).
        public var correct = 0
        /// Predicted spans.
        public var predicted = 0
        /// Gold spans.
        public var gold = 0

        /// Precision.
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        /// Recall.
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(self.gold) }
        /// F1.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Counts per type.
    public private(set) var byType: [EntityType: Counts] = [:]

    /// Scores predicted against gold tags, sentence by sentence.
    public init(gold: [UInt8], predicted: [UInt8], sentences: [Range<Int>]) {
        for type in EntityType.allCases { byType[type] = Counts() }
        for sentence in sentences {
            let goldSpans = TagSet.spans(Array(gold[sentence]))
            let predictedSpans = TagSet.spans(Array(predicted[sentence]))
            var goldSet: Set<[Int]> = []
            for span in goldSpans {
                byType[span.type]!.gold += 1
                goldSet.insert([EntityType.allCases.firstIndex(of: span.type)!, span.start, span.end])
            }
            for span in predictedSpans {
                byType[span.type]!.predicted += 1
                if goldSet.contains([EntityType.allCases.firstIndex(of: span.type)!, span.start, span.end]) {
                    byType[span.type]!.correct += 1
                }
            }
        }
    }

    /// Micro-averaged counts over `types`.
    public func micro(_ types: [EntityType]) -> Counts {
        var total = Counts()
        for type in types {
            let counts = byType[type]!
            total.correct += counts.correct
            total.predicted += counts.predicted
            total.gold += counts.gold
        }
        return total
    }
}
