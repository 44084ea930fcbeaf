/// Per-row Int8 quantisation of the weights.
///
/// Adding a constant to every tag of one feature row never changes the argmax, so each row is
/// first centred on its mean (frequent features carry large, nearly equal weights for all tags);
/// then it is stored as a Float32 scale and `TagSet.count` Int8 codes (`weight = code × scale`).
/// Rows whose largest centred magnitude is below `floor` are dropped.
public enum RowQuantiser {
    /// Quantised rows: `scales[bucket]` (0 for a dropped row) and `codes[bucket × tags + tag]`.
    public struct Rows: Sendable {
        public var scales: [Float]
        public var codes: [Int8]
    }

    /// Quantises `weights`, dropping rows whose centred maximum is below the `pruneQuantile` of
    /// the non-zero row maxima.
    public static func quantise(_ weights: [Float], pruneQuantile: Double) -> Rows {
        let tags = TagSet.count
        let rowCount = weights.count / tags
        var centred = weights
        var maxima = [Float](repeating: 0, count: rowCount)
        for row in 0..<rowCount {
            let range = (row * tags)..<(row * tags + tags)
            var sum: Float = 0
            for index in range { sum += weights[index] }
            let mean = sum / Float(tags)
            var maximum: Float = 0
            for index in range {
                centred[index] = weights[index] - mean
                maximum = max(maximum, abs(centred[index]))
            }
            maxima[row] = maximum
        }
        let nonZero = maxima.filter { $0 > 0 }.sorted()
        let floor =
            nonZero.isEmpty
            ? Float.infinity : nonZero[min(nonZero.count - 1, Int(Double(nonZero.count) * pruneQuantile))]
        var rows = Rows(
            scales: [Float](repeating: 0, count: rowCount), codes: [Int8](repeating: 0, count: weights.count))
        for row in 0..<rowCount where maxima[row] > 0 && maxima[row] >= floor {
            let scale = maxima[row] / 127
            rows.scales[row] = scale
            for index in (row * tags)..<(row * tags + tags) {
                rows.codes[index] = Int8(max(-127, min(127, (centred[index] / scale).rounded())))
            }
        }
        return rows
    }

    /// Dense weights from quantised rows.
    public static func dequantise(_ rows: Rows) -> [Float] {
        let tags = TagSet.count
        var weights = [Float](repeating: 0, count: rows.codes.count)
        for row in rows.scales.indices where rows.scales[row] != 0 {
            for index in (row * tags)..<(row * tags + tags) {
                weights[index] = Float(rows.codes[index]) * rows.scales[row]
            }
        }
        return weights
    }
}
